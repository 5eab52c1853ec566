"""Big groups and long texts in the minutes (issue 19).

160 participants used to raise reportlab's LayoutError (one table row per
role, taller than a page); long post-its were clipped at 600 characters, and
a clip could cut a real name in half so that the anonymiser no longer knew it.
"""
from __future__ import annotations

import re

from app.export.pdf import build_minutes, fold
from app.models import circle, orchestration, plusmin
from app.models import workshop as ops
from app.models.store import Store
from tests.tools.pdf import pdf_text

FIRST = ["Anouk", "Bram", "Chantal", "Daan", "Eva", "Floris", "Gül", "Hamza", "Iris", "Jeroen",
         "Kim", "Lotte", "Mehmet", "Noor", "Olaf", "Priya", "Quinten", "Roos", "Sven", "Tess"]
LAST = ["Bakker", "Claassen", "Dekker", "Eijkelboom", "Frijling", "Gerritsen", "Hofstede",
        "IJzerman"]


def squeeze(text: str) -> str:
    """PDF text without page footers, line breaks and hyphenation, accents folded."""
    lines = [line for line in text.splitlines()
             if not re.fullmatch(r"pagina \d+ van \d+|Hele school  ·  .*", line.strip())]
    return fold(re.sub(r"\s+", " ", "\n".join(lines)))


def big_workshop(store: Store) -> tuple[int, list[str]]:
    ws = orchestration.create_workshop(store, title="Hele school", template="blank")
    names = [f"{first} {last}-van den Broek{i:03d}" for i, (first, last) in
             enumerate((f, s) for s in LAST for f in FIRST)][:160]
    for name in names:  # one role: a single table row of the old layout held all 160
        ops.add_participant(store, ws.id, name, "older_teacher")
    return ws.id, names


def test_minutes_of_160_participants_export_with_every_name(store: Store) -> None:
    wid, names = big_workshop(store)
    text = squeeze(pdf_text(build_minutes(store, wid)))
    missing = [n for n in names if fold(n) not in text]
    assert missing == []


def test_a_900_character_post_it_and_plusmin_item_appear_whole(store: Store) -> None:
    wid, _names = big_workshop(store)
    words = [f"woord{i:03d}" for i in range(101)]
    long_text = " ".join(words)[:900]
    assert len(long_text) == 900
    circle.add_note(store, wid, long_text, x=0.1, y=0.1)
    theme = plusmin.add_theme(store, wid, "Feedback")
    plusmin.add_item(store, theme.id, "plus", long_text.replace("woord", "punt"))
    text = squeeze(pdf_text(build_minutes(store, wid)))
    last_word = long_text.split()[-1]
    assert fold(long_text.split()[-2]) in text and fold(last_word) in text
    assert fold(long_text.replace("woord", "punt").split()[-2]) in text


def test_anonymised_minutes_never_show_part_of_a_real_name(store: Store) -> None:
    wid, names = big_workshop(store)
    first = names[5].split(" ", 1)[0]
    filler = "x" * (599 - 1 - len(first) - 1 - 4)
    # a clip at the old limit of 600 falls four letters into the surname
    circle.add_note(store, wid, f"{filler} {names[5]} zei dat", x=0.1, y=0.1)
    circle.add_note(store, wid, f"Idee van {names[7]} " + "lang " * 400, x=0.2, y=0.1)
    text = squeeze(pdf_text(build_minutes(store, wid, anonymise=True)))
    for name in names:
        for part in re.split(r"[\s-]+", name):
            if part not in ("van", "den"):  # ordinary words, never replaced on their own
                assert fold(part) not in text, part
    parts = {fold(p) for n in names for p in re.split(r"[\s-]+", n[:-3]) if len(p) > 3}
    fragments = [w for w in re.findall(r"\w+", text) if len(w) >= 3
                 and any(p.startswith(w) for p in parts)]
    assert fragments == [], fragments  # no clipped start of a real name either
