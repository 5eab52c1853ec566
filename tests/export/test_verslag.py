"""The one-page verslag for everyone at school: one page, the main results, no names."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.export import MinutesError
from app.export.verslag import build_verslag, candidate_points, export_verslag
from app.models import orchestration
from app.models import plusmin as pm
from app.models import reflection as rf
from app.models import workshop as ops
from app.models.store import Store
from app.models.traject import create_follow_up
from tests.tools.pdf import flat
from tests.tools.session_seed import COLLEAGUE, FACILITATOR, PEOPLE, seed_session


def _pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def full(store: Store) -> int:
    wid = seed_session(store)
    pids = [p.id for p in ops.list_participants(store, wid)]
    rf.add_note(store, wid, "Steeds dezelfde klassen", pids[0], -0.5, 0.0)
    rf.add_note(store, wid, "Nieuw vak opgezet met Łucja", pids[1], 0.5, 0.0)
    rf.add_note(store, wid, "Coach voor starters", pids[2], 0.55, 0.1)
    return wid


def _name_parts() -> set[str]:
    parts = set()
    for name in [p[0] for p in PEOPLE] + [FACILITATOR, COLLEAGUE]:
        parts |= {w for w in name.replace("-", " ").split() if len(w) > 2 and w not in ("van", "den", "der")}
    return parts


def test_the_verslag_is_one_page_with_every_main_result(store: Store, full: int) -> None:
    pages = _pages(build_verslag(store, full))
    assert len(pages) == 1
    text = pages[0]
    assert flat("Betrokken blijven in een groeiende school") in flat(text)
    text = " ".join(text.split())
    assert "Betrokken blijven in een groeiende school" in text
    assert "VERSLAG VOOR IEDEREEN OP SCHOOL" in text
    assert "In één oogopslag" in text
    # the ring with the most post-its, the knots tied, the most urgent theme, the balance
    assert "De meeste post-its:" in text
    assert "1 verbinding tussen vraag en aanbod, 1 keer aanbod gebundeld" in text
    assert "Meest urgent: Feedback en bespreekbaarheid" in text
    assert "Rood 1 · ertussen 0 · groen 2" in text
    assert "Over naar actie" in text and "Terugkoppeling aan het team" in text
    assert "Om over na te denken" in text


def test_anonymised_by_default_no_name_anywhere(store: Store, full: int) -> None:
    text = _pages(build_verslag(store, full))[0]
    found = [part for part in _name_parts() if part.casefold() in text.casefold()]
    assert found == []
    assert "Deelnemer 1" in text or "Collega 1" in text  # who does an action, without a name
    named = _pages(build_verslag(store, full, anonymise=False))[0]
    assert "Şükrü Yılmaz" in named


def test_three_to_five_chosen_points_and_typed_names_are_scrubbed(store: Store, full: int) -> None:
    candidates = candidate_points(store, full)
    assert len(candidates) >= 3
    assert not any("Şükrü" in c or "Łucja" in c for c in candidates)  # already anonymised
    points = ["Wat Henk Bos zei over de sectie", "Tweede punt", "Derde punt", "Vierde", "Vijfde", "Zesde"]
    text = " ".join(_pages(build_verslag(store, full, points=points))[0].split())
    assert "Henk" not in text and "Bos " not in text
    assert "Vijfde" in text and "Zesde" not in text  # at most five
    default = _pages(build_verslag(store, full))[0]
    assert "Wat we willen onthouden" in default
    assert flat(candidates[0][:30]) in flat(default)


def test_a_very_busy_session_still_fits_one_page(store: Store) -> None:
    wid = seed_session(store, notes=200, entries=120)
    for n in range(40):
        from app.models.actions import add_action

        add_action(store, wid, f"Actie nummer {n} met een wat langere omschrijving van wat er moet gebeuren")
    points = ["x" * 400] * 5
    assert len(_pages(build_verslag(store, wid, points=points))) == 1


def test_a_follow_up_shows_its_traject(store: Store) -> None:
    src = orchestration.create_workshop(store, title="Traject De Horst", template="first_session")
    pm.add_vote(store, pm.list_themes(store, src.id)[0].id)
    follow = create_follow_up(store, src.id)
    text = " ".join(_pages(build_verslag(store, follow.id))[0].split())
    assert "Onderdeel van een traject:" in text
    assert "Eerste groepsgesprek" in text and "Vervolggesprek" in text


def test_export_writes_the_file_or_says_why_not(store: Store, full: int, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    target = export_verslag(store, full, out / "verslag.pdf")
    assert len(_pages(target.read_bytes())) == 1
    with pytest.raises(MinutesError, match="bestaat niet"):
        export_verslag(store, full, out / "nergens" / "verslag.pdf")
    with pytest.raises(MinutesError, match="is een map"):
        export_verslag(store, full, out)
    assert sorted(p.name for p in out.iterdir()) == ["verslag.pdf"]  # no temp files left


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_verslag_renders_as_one_picture(store: Store, full: int, tmp_path: Path) -> None:
    pdf = tmp_path / "verslag.pdf"
    pdf.write_bytes(build_verslag(store, full))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / "page")], check=True)
    assert [p.name for p in sorted(tmp_path.glob("page*.png"))] == ["page-1.png"]
