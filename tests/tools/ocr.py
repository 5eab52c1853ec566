"""Read a picture of the room back with tesseract (Dutch), as a person at the back would.

Matching is per word, fuzzy (rapidfuzz), on normalised words (case, accents and
punctuation dropped): a text counts as read when its words, weighted by length,
score at least :data:`READ_SCORE` and no word of four letters or more scores
below :data:`WORD_FLOOR`. So "Werken met AI" read as "Werken met Al" counts;
a missing or garbled long word does not.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz, process

READ_SCORE = 85.0
WORD_FLOOR = 80.0


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "’": "'"})


def normalise(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text.casefold().translate(_LETTERS))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [w for w in re.split(r"[^0-9a-z]+", plain) if w]


def tesseract_words(png: Path) -> list[str]:
    """Every word tesseract finds (sparse text mode: boards are scattered cards)."""
    binary = shutil.which("tesseract")
    assert binary, "tesseract-ocr (with tesseract-ocr-nld) must be installed"
    done = subprocess.run([binary, str(png), "stdout", "-l", "nld", "--psm", "11"],
                          capture_output=True, text=True, timeout=120, check=True)
    return normalise(done.stdout)


def is_read(text: str, words: list[str]) -> bool:
    wanted = normalise(text)
    if not wanted or not words:
        return False
    total = weight = 0.0
    for word in wanted:
        best = process.extractOne(word, words, scorer=fuzz.ratio)
        score = best[1] if best else 0.0
        if len(word) >= 4 and score < WORD_FLOOR:
            return False
        total += score * len(word)
        weight += len(word)
    return total / weight >= READ_SCORE


def read_count(texts: list[str], pngs: list[Path]) -> tuple[int, list[str]]:
    """How many of ``texts`` are read on the pictures (a paged board: on any page)."""
    words = [w for png in pngs for w in tesseract_words(png)]
    missed = [t for t in texts if not is_read(t, words)]
    return len(texts) - len(missed), missed
