"""The minutes' "per person" table and the marketplace's hand-out CSV say the same.

Both read the model's hand-out rows (app.models.market_analysis.handout_rows); the
PDF is read back with pypdf and the CSV with the csv module, so the check is about
what a reader of either file finds: the same people, each with the same offers,
questions and contacts, in the same order.
"""
from __future__ import annotations

import csv
import re
from pathlib import Path

from app.export.pdf import build_minutes
from app.models import market as market_ops
from app.models import market_links as links
from app.models import orchestration
from app.models import workshop as ops
from app.models.market_analysis import LIST_SEPARATOR, write_handout_csv
from app.models.store import Store
from tests.tools.pdf import flat, pdf_text
from tests.tools.session_seed import PEOPLE, seed_session

HANDOUT_TITLE = "Per persoon: om elkaar later terug te vinden"
TABLE_HEAD = "Wie Biedt aan Vraagt Neem contact op met"


def csv_rows(store: Store, workshop_id: int, path: Path) -> list[dict[str, list[str]]]:
    write_handout_csv(store, workshop_id, path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Naam", "Subgroep", "Biedt aan", "Vraagt", "Contact"]

    def items(cell: str) -> list[str]:
        return cell.split(LIST_SEPARATOR) if cell else []

    return [{"name": [r[0]], "offers": items(r[2]), "asks": items(r[3]), "contacts": items(r[4])}
            for r in rows[1:]]


def pdf_handout(data: bytes) -> str:
    """The per-person table of the minutes, whitespace-free, without page furniture."""
    text = pdf_text(data)
    assert HANDOUT_TITLE in text
    part = text.split(HANDOUT_TITLE, 1)[1]
    for end in ("Plus-min-schema's", "Versmallen of doorleren", "Uit de gesprekken",
                "Over naar actie"):
        part = part.split(end, 1)[0]
    part = "\n".join(line for line in part.splitlines()
                     if not re.search(r"pagina \d+ van \d+", line))
    return flat(part).replace(flat(TABLE_HEAD), "")


def as_printed(rows: list[dict[str, list[str]]]) -> str:
    """The CSV's rows as the table prints them: name, offers, asks, contacts ('–' if none)."""
    out = []
    for row in rows:
        if not (row["offers"] or row["asks"] or row["contacts"]):
            continue  # nothing on the market: no slip in the minutes
        out += [*row["name"], *(row["offers"] or ["–"]), *(row["asks"] or ["–"]),
                *(row["contacts"] or ["–"])]
    return flat("".join(out))


def test_pdf_and_csv_handouts_agree_for_a_full_session(store: Store, tmp_path: Path) -> None:
    workshop_id = seed_session(store)
    rows = csv_rows(store, workshop_id, tmp_path / "hand-out.csv")
    printed = pdf_handout(build_minutes(store, workshop_id))
    # the realistic session: every participant has something on the market
    assert [r["name"][0] for r in rows] == [name for name, _, _ in PEOPLE]
    assert all(r["offers"] for r in rows)
    assert sum(len(r["contacts"]) for r in rows) >= 8  # knots, pools and sources all show
    assert printed == as_printed(rows)


def test_contacts_come_in_the_same_order_in_both(store: Store, tmp_path: Path) -> None:
    """A pooled offer and a demand naming a colleague: the minutes used to list the
    colleague first and the CSV the pool first; both now follow the board."""
    ws = orchestration.create_workshop(store, title="Volgorde").id
    carla = ops.add_participant(store, ws, "Carla Smit", "other", "A").id
    bram = ops.add_participant(store, ws, "Bram Jansen", "other", "B").id
    ops.add_participant(store, ws, "Dirk Bakker", "other", "B")  # nothing on the market
    group_a = market_ops.add_subgroup(store, ws, "A").id
    group_b = market_ops.add_subgroup(store, ws, "B").id
    mine = market_ops.add_entry(store, ws, group_a, "supply", "ICT in de les", [carla]).id
    market_ops.add_entry(store, ws, group_a, "demand", "Digitaal toetsen", [carla], ["Karin"])
    theirs = market_ops.add_entry(store, ws, group_b, "supply", "ict in de les", [bram]).id
    links.pool_entries(store, mine, theirs)
    rows = csv_rows(store, ws, tmp_path / "h.csv")
    carla_row = next(r for r in rows if r["name"] == ["Carla Smit"])
    assert carla_row["contacts"] == ["Bram Jansen: biedt ook ict in de les",
                                     "Karin: gevraagd voor Digitaal toetsen"]
    assert [r["name"][0] for r in rows] == ["Carla Smit", "Bram Jansen", "Dirk Bakker"]
    printed = pdf_handout(build_minutes(store, ws))
    assert printed == as_printed(rows)
    assert "DirkBakker" not in printed
