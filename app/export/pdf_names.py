"""Names in the minutes: comparing them as a reader would, and anonymising them.

:class:`Namer` gives every person the name the minutes show and scrubs names from
free text; :func:`printable` keeps control characters out of the PDF. No reportlab,
no database: plain text in, plain text out.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.models.workshop import Participant

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d",
                          "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "ŧ": "t", "ŀ": "l"})
# Name parts that are ordinary words: never replaced on their own.
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "von", "vd", "la",
                        "le", "du", "da", "dos", "des", "del", "di", "el", "al", "bin", "ibn",
                        "op", "in", "en", "t", "s", "d", "mc", "mac", "st"})


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Case- and accent-free form of one character ('Ş' -> 's', 'ł' -> 'l', 'ß' -> 'ss')."""
    decomposed = unicodedata.normalize("NFKD", ch.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Compare names the way a reader would: ignoring case, accents and spacing."""
    return " ".join("".join(fold_char(c) for c in unicodedata.normalize("NFC", text)).split())


# Characters of one item in a table cell. Rows split across pages, so a post-it of
# a few thousand characters appears whole; only a pasted essay is clipped.
CELL_LIMIT = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def printable(value: str | None, limit: int | None = None) -> str:
    """Text without control characters, clipped with an ellipsis at ``limit``."""
    value = _CONTROL.sub("", value or "")
    if limit is not None and len(value) > limit:
        value = value[:limit - 1].rstrip() + "…"
    return value


class Namer:
    """Gives every person the name the minutes show, and scrubs names from free text.

    Without anonymising, names pass through unchanged. With it, participants
    become "Deelnemer 1..N" (in participant order), other colleagues
    "Collega 1..M" (in order of first appearance), the facilitator disappears,
    and every mention of any of them inside a free text (full name or one part
    of it, any case or accents) is replaced by the same label.
    """

    def __init__(self, participants: list[Participant], facilitator: str, anonymise: bool) -> None:
        self.anonymise = anonymise
        self.labels = {p.id: (QCoreApplication.translate("Minutes", "Deelnemer {n}").format(n=i) if anonymise else p.name)
                       for i, p in enumerate(participants, start=1)}
        self._by_name = {fold(p.name): self.labels[p.id] for p in participants if fold(p.name)}
        self._colleagues: dict[str, str] = {}
        self._facilitator = fold(facilitator)
        self._pattern: re.Pattern[str] | None = None
        self._replacement: dict[str, str] = {}
        self._participants = participants

    def participant(self, participant_id: int | None) -> str:
        label = self.labels.get(participant_id, "") if participant_id is not None else ""
        return printable(label, 300)

    def free(self, name: str) -> str:
        """A typed name: the participant it matches, else a colleague label."""
        key = fold(name)
        if not key:
            return ""
        if key in self._by_name:
            return self._by_name[key]
        if not self.anonymise:
            return printable(name.strip(), 300)
        if key not in self._colleagues:
            self._colleagues[key] = QCoreApplication.translate("Minutes", "Collega {n}").format(n=len(self._colleagues) + 1)
            self._pattern = None
        return self._colleagues[key]

    def _compile(self) -> None:
        """One alternation of every name and name part, longest first."""
        wanted: dict[str, set[str]] = {}
        full: dict[str, str] = {}
        people = [(fold(p.name), self.labels[p.id]) for p in self._participants]
        people += list(self._colleagues.items())
        if self._facilitator:
            people.append((self._facilitator, QCoreApplication.translate("Minutes", "de gespreksleider")))
        for name, label in people:
            if not name:
                continue
            full.setdefault(name, label)
            for part in re.split(r"[\s\-]+", name):
                part = part.strip(".'’")
                if len(part) >= 2 and part not in _PARTICLES:
                    wanted.setdefault(part, set()).add(label)
        self._replacement = {part: (labels.pop() if len(labels) == 1 else QCoreApplication.translate("Minutes", "[naam]"))
                             for part, labels in wanted.items()}
        self._replacement.update(full)  # a full name always wins over its parts
        alternatives = sorted(self._replacement, key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else re.compile(r"(?!x)x")

    def text(self, value: str, limit: int | None = CELL_LIMIT) -> str:
        """``value`` printable, every known name replaced when anonymising, clipped to ``limit``.

        Names are replaced before clipping, so a clip never leaves half a real
        name behind that the replacement would no longer recognise.
        """
        if not self.anonymise or not value:
            return printable(value, limit)
        value = printable(value)
        if self._pattern is None:
            self._compile()
        assert self._pattern is not None
        value = unicodedata.normalize("NFC", value)
        folded, origin = [], []
        for index, ch in enumerate(value):
            for c in fold_char(ch):
                folded.append(c)
                origin.append(index)
        flat = "".join(folded)
        pieces, last = [], 0
        for match in self._pattern.finditer(flat):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            key = " ".join(match.group(0).split())
            pieces += [value[last:start], self._replacement.get(key, QCoreApplication.translate("Minutes", "[naam]"))]
            last = end
        pieces.append(value[last:])
        return printable("".join(pieces), limit)
