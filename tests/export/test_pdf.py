"""The session minutes as PDF: content, anonymisation, fonts, atomic writing.

The PDF is read back with pypdf, so every assertion is about text a reader
would find in the file.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import subprocess
import unicodedata
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
from app.models.market import MarketEntry, MarketEntryPerson, MarketSubgroup
from app.models.store import Store
from tests.tools.pdf import flat, pdf_text, raw_streams
from tests.tools.session_seed import COLLEAGUE, FACILITATOR, PEOPLE, SOURCE, seed_session


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
