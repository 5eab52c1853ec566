"""The session minutes as PDF: content, anonymisation, fonts, atomic writing.

The PDF is read back with pypdf, so every assertion is about text a reader
would find in the file.
"""
from __future__ import annotations

import datetime as dt
import errno
import math
import os
import re
import shutil
import subprocess
import unicodedata
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export import MinutesError
from app.export.pdf import build_minutes, export_minutes, fold, gather
from app.models import orchestration
from app.models import workshop as ops
from app.models.actions import Action
from app.models.agenda import Round
from app.models.circle import Note
from app.models.market import (
    MarketDevelopment,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.plusmin import Theme, ThemeItem, ThemePair
from app.models.store import Store

PEOPLE = [
    ("Şükrü Yılmaz", "older_teacher", "A"), ("Łucja Wróbel", "younger_teacher", "A"),
    ("Marleen de Graaf", "older_teacher", "A"), ("Joost van Dijk", "leadership", "A"),
    ("Ágnes Kőrösi", "older_teacher", "A"), ("Iñigo Muñoz", "younger_teacher", "B"),
    ("François Garçon", "older_teacher", "B"), ("Ayşe Doğan", "other", "B"),
    ("Henk Bos", "older_teacher", "B"), ("Fatima El Amrani", "leadership", "B"),
]
FACILITATOR = "Petra Vermeulen"
COLLEAGUE = "Gerrit Hoekstra"  # named on a sheet, not in the room
SOURCE = "Karin Smit"  # someone a demand would like to learn from, not in the room
RINGS_INSIDE_OUT = ("self", "class", "section", "school", "society")
STORY_WORDS = ["Leerlingen zelf laten ontwerpen", "Sectie bouwt samen een toets",
               "Compliment van ouders", "Stagiair begeleid", "Nieuwe lesmethode uitgeprobeerd",
               "Projectweek met de wijk", "Collega vroeg om feedback", "Mentorklas op kamp"]


def seed_session(store: Store, *, notes: int = 40, entries: int = 30) -> int:
    """A full session: 10 participants, notes in every ring, a marketplace, 2 themes."""
    ws = orchestration.create_workshop(store, title="Betrokken blijven in een groeiende school",
                             date=dt.date(2026, 11, 24), location="Het Baken, Almere",
                             facilitator=FACILITATOR)
    pids = [ops.add_participant(store, ws.id, n, r, g).id for n, r, g in PEOPLE]
    with store.write() as s:
        for pos, (title, planned, actual, board) in enumerate([
                ("Verhalen", 30, 1910, "circle"), ("Plaatsen in de cirkel", 10, 720, "circle"),
                ("Dialoog", 30, 1650, None), ("Marktplaats in subgroepen", 20, 1260, "market"),
                ("Plus-min", 20, None, "plusmin"), ("Afsluiting", 5, None, None)]):
            s.add(Round(workshop_id=ws.id, position=pos, title=title, planned_minutes=planned,
                        actual_seconds=actual, board=board,
                        notes=("Şükrü merkt op dat de sectie het verschil maakt.\n"
                               "- Łucja wil vaker bij collega's kijken" if pos == 2 else ""),
                        private_notes="GEHEIM: Henk was stil vandaag" if pos == 2 else ""))
        rings = list(RINGS_INSIDE_OUT)
        for i in range(notes):
            ring = rings[i % 5]
            middle = 0.2 * rings.index(ring) + 0.1
            angle = (i // 5) * 2 * math.pi / 8 + rings.index(ring)
            x, y = middle * math.cos(angle), middle * math.sin(angle)
            if i == notes - 1:
                x, y = 1.3, 1.2  # not placed
            text = f"{STORY_WORDS[i % len(STORY_WORDS)]} #{i + 1}"
            if i == 0:
                text = "Met Şükrü een project over €-rekenen"
            s.add(Note(workshop_id=ws.id, participant_id=pids[i % len(pids)], text=text,
                       x=x, y=y, z=i, color=("#fff59d", "#f8bbd0", "#b3e5fc")[i % 3]))
        groups = [MarketSubgroup(workshop_id=ws.id, name=n, position=p) for p, n in
                  enumerate(["A", "B"])]
        s.add_all(groups)
        dev = MarketDevelopment(workshop_id=ws.id, text="Invoering tweetalig onderwijs")
        s.add(dev)
        s.flush()
        made = []
        for i in range(entries):
            side = "supply" if i % 3 else "demand"
            e = MarketEntry(workshop_id=ws.id, subgroup_id=groups[i % 2].id, side=side,
                            text=f"{'Aanbod' if side == 'supply' else 'Vraag'} onderwerp {i + 1}",
                            position=i)
            if i == 1:
                e.text = "Omgaan met ADHD in de klas"
            if i == 2:
                e.text, e.fits_development_id = "Lesgeven in het Engels", dev.id
            if i == 4:
                e.text = "ADHD in de les"
            if i == 0:
                e.text = "Hoe geef ik feedback op een les?"
            s.add(e)
            s.flush()
            made.append(e)
            s.add(MarketEntryPerson(entry_id=e.id, participant_id=pids[i % len(pids)]))
        s.add(MarketEntryPerson(entry_id=made[1].id, free_name=COLLEAGUE, position=1))
        # Two demands name someone to learn from: a colleague outside the room, and Şükrü.
        s.add(MarketEntryPerson(entry_id=made[3].id, free_name=SOURCE, role="source"))
        s.add(MarketEntryPerson(entry_id=made[6].id, participant_id=pids[0], role="source"))
        pool = MarketPool(workshop_id=ws.id)
        s.add(pool)
        s.flush()
        s.add_all([MarketPoolMember(pool_id=pool.id, entry_id=made[1].id),
                   MarketPoolMember(pool_id=pool.id, entry_id=made[4].id)])
        s.add(MarketMatch(workshop_id=ws.id, demand_id=made[0].id, supply_id=made[1].id))
        for pos, (title, priority, votes) in enumerate([("Feedback en bespreekbaarheid", 1, 5),
                                                        ("Veranderen, vernieuwen en leren",
                                                         None, 3)]):
            theme = Theme(workshop_id=ws.id, title=title, position=pos, priority=priority,
                          votes=votes)
            s.add(theme)
            s.flush()
            plus = ThemeItem(theme_id=theme.id, sign="plus", text=f"Open sfeer {pos}", position=0)
            minus = ThemeItem(theme_id=theme.id, sign="min", text=f"Te vrijblijvend {pos}",
                              position=1)
            lonely = ThemeItem(theme_id=theme.id, sign="plus", text=f"Veel ruimte {pos}",
                               position=2)
            s.add_all([plus, minus, lonely])
            s.flush()
            s.add(ThemePair(theme_id=theme.id, plus_id=plus.id, min_id=minus.id))
        s.add(Action(workshop_id=ws.id, what="Marktplaats herhalen met Łucja in sectieoverleg",
                     who_participant_id=pids[0], due=dt.date(2027, 1, 15), position=0))
        s.add(Action(workshop_id=ws.id, what="Terugkoppeling aan het team", who_text=COLLEAGUE,
                     position=1))
    return ws.id


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(_as_file(data)).pages)


def _as_file(data: bytes):  # noqa: ANN202
    import io

    return io.BytesIO(data)


def raw_streams(data: bytes) -> str:
    """Every stream of the file, inflated where compressed: what a hex editor could find."""
    out = []
    for body in re.findall(rb"stream\r?\n(.*?)endstream", data, re.S):
        try:
            out.append(zlib.decompress(body))
        except zlib.error:
            out.append(body)
    return b"\n".join(out).decode("latin-1")


def flat(text: str) -> str:
    """Whitespace-insensitive: table cells may wrap anywhere."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def full(store: Store) -> int:
    return seed_session(store)


# -- content -----------------------------------------------------------------------

def test_every_section_and_the_names_are_in_the_pdf(store: Store, full: int) -> None:
    text = pdf_text(build_minutes(store, full))
    for section in ("Wie deden er mee", "Agenda: gepland en werkelijk",
                    "Cirkel van invloed en betrokkenheid", "Marktplaats interne deskundigheid",
                    "Plus-min-schema's", "Uit de gesprekken", "Over naar actie"):
        assert section in text, section
    assert "Betrokken blijven in een groeiende school" in text
    assert "24 november 2026" in text and "Het Baken, Almere" in text
    assert FACILITATOR in text
    for name, _role, _group in PEOPLE:
        assert name in text, name
    assert "Oudere docenten (45+)" in text and "Leidinggevenden" in text
    assert "pagina 1 van" in text


def test_agenda_shows_planned_actual_and_totals(store: Store, full: int) -> None:
    text = flat(pdf_text(build_minutes(store, full)))
    # Verhalen: 30 planned, 1910 s = 32 min; totals 115 planned, 92 min over the run rounds.
    assert flat("1. Verhalen Cirkel van invloed 30 min 32 min +2") in text
    assert flat("Plaatsen in de cirkel Cirkel van invloed 10 min 12 min +2") in text
    assert flat("Totaal 115 min 92 min +2") in text  # 90 planned for the 4 rounds run


def test_circle_tally_stories_and_authors(store: Store, full: int) -> None:
    minutes = gather(store, full)
    placed = [st for st in minutes.stories if st.ring]
    assert len(minutes.stories) == 40 and len(placed) == 39
    text = pdf_text(build_minutes(store, full))
    ft = flat(text)
    # 40 notes over the 5 rings in turn; the last (a society note) lies off the board.
    assert flat("Zelf 8") in ft and flat("Klas 8") in ft and flat("School 8") in ft
    assert flat("Omgeving/maatschappij 7") in ft and flat("Niet geplaatst 1") in ft
    assert "De meeste post-its staan in de ringen" in text
    assert flat("Met Şükrü een project over €-rekenen — Şükrü Yılmaz") in ft
    assert flat("Zelf (8)") in ft and flat("Niet geplaatst (1)") in ft


def test_marketplace_pools_knots_developments_open_demand_and_handout(store: Store,
                                                                       full: int) -> None:
    text = pdf_text(build_minutes(store, full))
    ft = flat(text)
    for title in ("Subgroep A", "Subgroep B", "Gebundeld aanbod", "Knopen: wie kan bij wie terecht",
                  "Aanbod bij de ontwikkelingen van de school", "Vraag zonder aanbod",
                  "Per persoon"):
        assert title in text, title
    # the pool: two ADHD offers, with everyone who offers them (the colleague too)
    assert flat(f"Omgaan met ADHD in de klas (ook: ADHD in de les) — Łucja Wróbel, {COLLEAGUE}, "
                "Ágnes Kőrösi") in ft
    # the knot: who asks, about what, with whom
    assert flat("Şükrü Yılmaz Hoe geef ik feedback op een les? Omgaan met ADHD in de klas "
                f"Łucja Wróbel, {COLLEAGUE}") in ft
    assert flat("Invoering tweetalig onderwijs") in ft
    assert flat("Lesgeven in het Engels — Marleen de Graaf") in ft
    # open demand: every demand except the matched one (entries 3, 6, ... 27)
    open_part = ft.split(flat("Vraag zonder aanbod"))[1].split(flat("Per persoon"))[0]
    assert flat("Vraag onderwerp 4 — Joost van Dijk") in open_part
    assert "feedbackopeenles" not in open_part
    assert flat(f"Vraag onderwerp 4 — Joost van Dijk (wil leren van: {SOURCE})") in open_part
    # hand-out: Şükrü asked for feedback and should look up the ADHD offerers (the knot);
    # François hoped to learn from Şükrü, so Şükrü hears about it too
    handout = ft.split(flat("Per persoon"))[1]
    assert flat("Łucja Wróbel: biedt Omgaan met ADHD in de klas") in handout
    assert flat("François Garçon: wil van je leren over Vraag onderwerp 7") in handout
    assert flat("Şükrü Yılmaz: gevraagd voor Vraag onderwerp 7") in handout
    assert flat("Ágnes Kőrösi: biedt ook ADHD in de les") in handout
    assert flat(f"{SOURCE}: gevraagd voor Vraag onderwerp 4") in handout


def test_plusmin_pairs_on_one_row_unpaired_flagged_and_urgency(store: Store, full: int) -> None:
    text = pdf_text(build_minutes(store, full))
    ft = flat(text)
    assert flat("Open sfeer 0 Te vrijblijvend 0") in ft  # the pair shares a row
    assert flat("Veel ruimte 0 nog geen aandachtspunt ertegenover") in ft
    assert flat("1. Feedback en bespreekbaarheid (prioriteit 1, 5 stemmen)") in ft
    assert flat("2. Veranderen, vernieuwen en leren (3 stemmen)") in ft
    assert "punt staat nog zonder tegenhanger" in text


def test_shared_notes_and_actions_but_never_private_notes(store: Store, full: int) -> None:
    text = pdf_text(build_minutes(store, full))
    assert "Şükrü merkt op dat de sectie het verschil maakt." in text
    assert "Łucja wil vaker bij collega's kijken" in text
    assert "GEHEIM" not in text and "stil vandaag" not in text
    ft = flat(text)
    assert flat("Marktplaats herhalen met Łucja in sectieoverleg Şükrü Yılmaz 15 januari 2027") in ft
    assert flat(f"Terugkoppeling aan het team {COLLEAGUE}") in ft


def test_sections_of_empty_boards_are_left_out(store: Store, workshop_id: int) -> None:
    text = pdf_text(build_minutes(store, workshop_id))
    assert "Testbijeenkomst" in text
    assert "Wie deden er mee" in text and "Over naar actie" in text
    assert "Er zijn geen acties vastgelegd." in text
    assert "Cirkel van invloed en betrokkenheid" not in text
    assert "Marktplaats interne deskundigheid" not in text
    assert "Plus-min-schema's" not in text


def test_a_missing_workshop_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(MinutesError, match="bestaat niet"):
        export_minutes(store, 999, tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf")) == []


# -- anonymised ----------------------------------------------------------------------

def _name_forms(name: str) -> set[str]:
    parts = [p for p in re.split(r"[\s\-]+", name) if len(p) > 2 and p.lower() not in
             {"van", "de", "der", "den", "el"}]
    return {fold(name), *(fold(p) for p in parts)}


def test_anonymised_pdf_contains_no_real_name_anywhere(store: Store, full: int,
                                                       tmp_path: Path) -> None:
    path = export_minutes(store, full, tmp_path / "anoniem.pdf", anonymise=True)
    data = path.read_bytes()
    reader = PdfReader(path)
    text = pdf_text(data)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    haystacks = [fold(text), fold(meta), fold(data.decode("latin-1")), fold(raw_streams(data)),
                 fold(unicodedata.normalize("NFD", text))]
    everyone = [n for n, _r, _g in PEOPLE] + [FACILITATOR, COLLEAGUE, SOURCE]
    for name in everyone:
        for form in _name_forms(name):
            for hay in haystacks:
                assert not re.search(rf"(?<!\w){re.escape(form)}(?!\w)", hay), (name, form)
    assert "Deelnemer 1" in text and "Deelnemer 10" in text and "Collega 1" in text
    assert "Geanonimiseerde versie" in text


def test_anonymised_labels_are_consistent_everywhere(store: Store, full: int) -> None:
    minutes = gather(store, full, anonymise=True)
    assert [n for n, _ in minutes.participants] == [f"Deelnemer {i}" for i in range(1, 11)]
    # Şükrü is participant 1: author of story 1, asker in the knot, owner of the first action,
    # and "Şükrü" inside free texts became the same label.
    assert minutes.stories[0].author == "Deelnemer 1"
    assert minutes.stories[0].text == "Met Deelnemer 1 een project over €-rekenen"
    assert minutes.market is not None
    demand, supply = minutes.market.matches[0]
    assert demand.people == ["Deelnemer 1"] and supply.people == ["Deelnemer 2", "Collega 1"]
    assert minutes.actions[0][:2] == ("Marktplaats herhalen met Deelnemer 2 in sectieoverleg",
                                      "Deelnemer 1")
    assert minutes.actions[1][1] == "Collega 1"
    assert minutes.market.open_demand[0].sources == ["Collega 2"]
    assert minutes.rounds[2].notes.startswith("Deelnemer 1 merkt op")
    assert minutes.facilitator == ""


def test_name_mentions_are_found_in_any_case_or_spelling(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Sessie", facilitator="Petra Vermeulen")
    ops.add_participant(store, ws.id, "Şükrü Yılmaz", "older_teacher")
    with store.write() as s:
        s.add(Action(workshop_id=ws.id, what="ŞÜKRÜ en sukru yilmaz, plus Petra, vragen Sükrü"))
        s.add(Action(workshop_id=ws.id, what=unicodedata.normalize("NFD", "Yılmaz belt")))
    actions = gather(store, ws.id, anonymise=True).actions
    assert actions[0][0] == ("Deelnemer 1 en Deelnemer 1, plus de gespreksleider, "
                             "vragen Deelnemer 1")
    assert actions[1][0] == "Deelnemer 1 belt"


# -- fonts ---------------------------------------------------------------------------

def test_names_with_any_latin_letters_survive_extraction_exactly(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Ñandú, façade, Erdős, 5 €")
    for name in ("Şükrü Yılmaz", "Łucja Wróbel", "Ğülay Öztürk", "Zoë Çelik"):
        ops.add_participant(store, ws.id, name, "older_teacher")
    text = pdf_text(build_minutes(store, ws.id))
    for expected in ("Şükrü Yılmaz", "Łucja Wróbel", "Ğülay Öztürk", "Zoë Çelik",
                     "Ñandú, façade, Erdős, 5 €"):
        assert expected in text, expected
    assert "\ufffd" not in text and "■" not in text


# -- writing -------------------------------------------------------------------------

def test_written_atomically_and_replaces_an_old_file(store: Store, full: int,
                                                     tmp_path: Path) -> None:
    target = tmp_path / "notulen.pdf"
    target.write_bytes(b"old")
    assert export_minutes(store, full, target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert sorted(p.name for p in tmp_path.iterdir() if "notulen" in p.name) == ["notulen.pdf"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root ignores folder permissions; see the simulated variants")
def test_a_read_only_folder_gives_the_message_and_leaves_no_file(store: Store, full: int,
                                                                 tmp_path: Path) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(MinutesError, match="Geen schrijfrechten"):
            export_minutes(store, full, folder / "notulen.pdf")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


@pytest.mark.parametrize(("step", "code", "message"), [
    ("replace", errno.EACCES, "Geen schrijfrechten in de map"),
    ("write", errno.ENOSPC, "De schijf is vol"),
    ("replace", errno.ENOSPC, "De schijf is vol"),
])
def test_a_failing_disk_gives_the_message_and_leaves_nothing(store: Store, full: int,
                                                             tmp_path: Path, monkeypatch,
                                                             step: str, code: int,
                                                             message: str) -> None:
    target = tmp_path / "out" / "notulen.pdf"
    target.parent.mkdir()

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    with monkeypatch.context() as m:
        m.setattr(os, step, fail)
        with pytest.raises(MinutesError, match=message):
            export_minutes(store, full, target)
    assert list(target.parent.iterdir()) == []


def test_a_missing_folder_or_a_folder_as_target_is_refused(store: Store, full: int,
                                                           tmp_path: Path) -> None:
    with pytest.raises(MinutesError, match="bestaat niet"):
        export_minutes(store, full, tmp_path / "nergens" / "notulen.pdf")
    with pytest.raises(MinutesError, match="is een map"):
        export_minutes(store, full, tmp_path)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler not installed")
def test_the_pdf_renders_with_poppler(store: Store, full: int, tmp_path: Path) -> None:
    path = export_minutes(store, full, tmp_path / "notulen.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "20", "-f", "1", "-l", "1", str(path),
                    str(tmp_path / "page")], check=True, capture_output=True, timeout=60)
    assert list(tmp_path.glob("page*.png"))


def test_hostile_text_never_breaks_the_export(store: Store, tmp_path: Path) -> None:
    """Markup, control characters and huge texts straight in the tables (as an import could)."""
    ws = orchestration.create_workshop(store, title="<b>Kop</b> & \x00co")
    pid = ops.add_participant(store, ws.id, "Anna <i>", "other").id
    huge = "woord " * 6_000
    with store.write() as s:
        s.add(Round(workshop_id=ws.id, title="R&D <1>", planned_minutes=10, notes=huge,
                    actual_seconds=59))
        s.add(Note(workshop_id=ws.id, participant_id=pid, text="a<b>&c\x07" + "x" * 5000,
                   x=0.1, y=0.1, color="not-a-colour"))
        s.add(Action(workshop_id=ws.id, what=huge, who_text="\x1b[31m"))
        group = MarketSubgroup(workshop_id=ws.id, name="A")
        s.add(group)
        s.flush()
        for i in range(40):  # one person on forty entries: the hand-out row must still fit
            e = MarketEntry(workshop_id=ws.id, subgroup_id=group.id, side="supply",
                            text=f"{i} " + "lang " * 200)
            s.add(e)
            s.flush()
            s.add(MarketEntryPerson(entry_id=e.id, participant_id=pid))
    path = export_minutes(store, ws.id, tmp_path / "n.pdf")
    text = pdf_text(path.read_bytes())
    assert "<b>Kop</b> & co" in text and "Anna <i>" in text and "R&D <1>" in text
    assert "… en nog 32" in text
    assert text.count("woord") > 5_900  # the shared notes are kept whole, across pages
