"""The exchange file (FORMAT.md v1): round trip, refusals that name a path, and fuzzing."""
from __future__ import annotations

import copy
import datetime as dt
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.models.actions import Action
from app.models.agenda import MAX_PROMPTS, MAX_ROUND_MINUTES, Round
from app.models.circle import BOARD_RIGHT, Note
from app.models.exchange import (
    ExchangeError,
    dumps,
    export_to_file,
    export_workshop,
    import_file,
    import_workshop,
)
from app.models.exchange_schema import validate
from app.models.market import (
    ENTRY_LIMIT,
    MarketDevelopment,
    MarketDismissal,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.plusmin import Theme, ThemeItem, ThemePair
from app.models.store import Store
from app.models.workshop import InputError, Participant, Workshop

# -- a workshop with data on every board ---------------------------------------------


def build_full_workshop(store: Store) -> int:
    """Rows straight through the ORM: participants, agenda, circle, market, plus-min, actions."""
    with store.write() as s:
        ws = Workshop(title="Betrokken blijven in een groeiende school", date=dt.date(2026, 11, 24),
                      location="Het Baken, Almere", facilitator="Marleen de Graaf", language="nl",
                      template="circle", rules=["Praat met wie er is."], show_rules=True,
                      current_board="market", extra={"zoom": 1.5})
        s.add(ws)
        s.flush()
        w = ws.id
        people = [Participant(workshop_id=w, name=n, role=r, subgroup=g, position=i)
                  for i, (n, r, g) in enumerate([("Şükrü Yılmaz", "older_teacher", "A"),
                                                 ("Łucja Wróbel", "younger_teacher", "B"),
                                                 ("Anna de Vries", "leadership", None),
                                                 ("Piet Bakker", "other", "C")])]
        s.add_all(people)
        rounds = [Round(workshop_id=w, position=i, title=t, planned_minutes=m, board=b,
                        prompts=p, notes=n, private_notes=pn, actual_seconds=sec)
                  for i, (t, m, b, p, n, pn, sec) in enumerate([
                      ("Verhalen", 30, "circle", ["Wanneer was je tevreden?"], "", "", 1910),
                      ("Marktplaats", 20, "market", [], "gedeeld", "alleen ik", 1250),
                      ("Plus-min", 25, "plusmin", ["Wat gaat goed?", "Wat kan beter?"], "", "", 0),
                      ("Afsluiting", 5, None, [], "", "", None)])]
        s.add_all(rounds)
        s.flush()
        ws.current_round_id = rounds[1].id
        s.add_all([
            Note(workshop_id=w, participant_id=people[0].id, text="Leerlingen zelf laten ontwerpen",
                 x=0.05, y=-0.1, ring="self", color="#fff59d", z=3),
            Note(workshop_id=w, participant_id=people[1].id, text="Sectie\nvergadering", x=0.5,
                 y=0.3, ring="section", color="#ffcc80"),
            Note(workshop_id=w, participant_id=None, text="Landelijk beleid", x=-0.7, y=-0.55,
                 ring="society", color="#b3e5fc"),
            Note(workshop_id=w, participant_id=people[2].id, text="Nog niet geplaatst", x=1.4,
                 y=0.2, ring=None, color="#fff59d")])
        groups = [MarketSubgroup(workshop_id=w, name=n, position=i) for i, n in enumerate("ABC")]
        devs = [MarketDevelopment(workshop_id=w, text=t, position=i)
                for i, t in enumerate(["Invoering tweetalig onderwijs", "Nieuwe toetsvisie"])]
        s.add_all(groups + devs)
        s.flush()
        specs = [(0, "supply", "Omgaan met ADHD in de klas", 1), (0, "demand", "Leren plannen", None),
                 (1, "supply", "ADHD: rust in de klas", None), (1, "demand", "Rust in de klas", 0),
                 (2, "supply", "Toetsen ontwerpen", 1), (2, "demand", "Engels geven", 0)]
        entries = [MarketEntry(workshop_id=w, subgroup_id=groups[g].id, side=side, text=t,
                               position=i // 2,
                               fits_development_id=None if d is None else devs[d].id)
                   for i, (g, side, t, d) in enumerate(specs)]
        s.add_all(entries)
        s.flush()
        s.add_all([MarketEntryPerson(entry_id=entries[0].id, participant_id=people[0].id, position=0),
                   MarketEntryPerson(entry_id=entries[0].id, free_name="Mevr. Jansen", position=1),
                   MarketEntryPerson(entry_id=entries[2].id, participant_id=people[1].id, position=0),
                   MarketEntryPerson(entry_id=entries[3].id, participant_id=people[3].id, position=0),
                   MarketEntryPerson(entry_id=entries[3].id, participant_id=people[1].id, position=1,
                                     role="source"),
                   MarketEntryPerson(entry_id=entries[3].id, free_name="Meester Kees", position=2,
                                     role="source"),
                   MarketEntryPerson(entry_id=entries[4].id, participant_id=people[2].id, position=0),
                   MarketEntryPerson(entry_id=entries[4].id, participant_id=people[0].id, position=1)])
        pool = MarketPool(workshop_id=w)
        s.add(pool)
        s.flush()
        s.add_all([MarketPoolMember(pool_id=pool.id, entry_id=entries[0].id),
                   MarketPoolMember(pool_id=pool.id, entry_id=entries[2].id),
                   MarketMatch(workshop_id=w, demand_id=entries[3].id, supply_id=entries[0].id),
                   MarketMatch(workshop_id=w, demand_id=entries[5].id, supply_id=entries[4].id),
                   MarketDismissal(workshop_id=w, kind="match", a_id=entries[1].id,
                                   b_id=entries[4].id)])
        themes = [Theme(workshop_id=w, title="Feedback en bespreekbaarheid", position=0,
                        priority=1, votes=4, attention_revealed=True),
                  Theme(workshop_id=w, title="Veranderen, vernieuwen en leren", position=1,
                        priority=None)]
        s.add_all(themes)
        s.flush()
        items = [ThemeItem(theme_id=themes[t].id, sign=sign, text=text, position=pos)
                 for t, sign, text, pos in [(0, "plus", "Collega's vragen elkaar om raad", 0),
                                            (0, "min", "Weinig tijd voor lesbezoek", 0),
                                            (0, "plus", "Open sfeer in de sectie", 1),
                                            (1, "min", "Te veel tegelijk", 0),
                                            (1, "plus", "Ruimte om te proberen", 0)]]
        s.add_all(items)
        s.flush()
        s.add_all([ThemePair(theme_id=themes[0].id, plus_id=items[0].id, min_id=items[1].id),
                   ThemePair(theme_id=themes[1].id, plus_id=items[4].id, min_id=items[3].id)])
        s.add_all([Action(workshop_id=w, what="Marktplaats herhalen in sectieoverleg",
                          who_participant_id=people[0].id, due=dt.date(2027, 1, 15), position=0),
                   Action(workshop_id=w, what="Lesbezoek plannen", who_text="De directie",
                          position=1),
                   Action(workshop_id=w, what="Verslag rondsturen", position=2)])
    return w


@pytest.fixture
def full_id(store: Store) -> int:
    return build_full_workshop(store)


@pytest.fixture
def doc(store: Store, full_id: int) -> dict[str, Any]:
    return export_workshop(store, full_id)


def store_dump(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (sqlite_sequence included), for "left exactly as it was"."""
    with store.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {t: list(map(tuple, conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY rowid')))
                for t in tables}


# -- export and round trip ------------------------------------------------------------


def test_export_follows_the_format(doc: dict[str, Any]) -> None:
    assert list(doc) == ["format", "version", "workshop", "participants", "agenda", "circle",
                         "market", "plusmin", "actions"]
    assert list(doc["workshop"])[:5] == ["title", "date", "location", "facilitator", "language"]
    assert doc["workshop"]["date"] == "2026-11-24"
    assert [p["id"] for p in doc["participants"]] == ["p1", "p2", "p3", "p4"]
    assert doc["agenda"][3] == {"id": "r4", "title": "Afsluiting", "planned_minutes": 5,
                                "actual_seconds": None, "board": None, "prompts": [], "notes": "",
                                "private_notes": ""}
    assert [n["ring"] for n in doc["circle"]["notes"]] == ["self", "section", "society", None]
    first = doc["market"]["entries"][0]
    assert first == {"id": "m1", "subgroup": "g1", "side": "supply",
                     "text": "Omgaan met ADHD in de klas", "people": ["p1"],
                     "fits_development": "d2", "extra": {"free_people": ["Mevr. Jansen"]}}
    assert doc["market"]["entries"][3]["people"] == ["p4"]
    assert doc["market"]["entries"][3]["extra"] == {"sources": ["p2", {"name": "Meester Kees"}]}
    assert doc["market"]["pools"] == [{"id": "pool1", "entries": ["m1", "m3"]}]
    assert doc["market"]["matches"] == [{"demand": "m4", "supply": "m1"},
                                        {"demand": "m6", "supply": "m5"}]
    theme = doc["plusmin"]["themes"][0]
    assert [i["sign"] for i in theme["items"]] == ["plus", "plus", "min"]
    assert theme["pairs"] == [{"plus": "i1", "min": "i3"}]
    assert [a["who"] for a in doc["actions"]] == ["p1", "De directie", ""]
    assert doc["actions"][0]["due"] == "2027-01-15"
    validate(doc)  # an export is always importable


def test_json_text_is_readable_utf8(doc: dict[str, Any]) -> None:
    text = dumps(doc)
    assert "Şükrü Yılmaz" in text and "\\u" not in text
    assert text.startswith('{\n  "format": "leidraad-workshop",\n  "version": 1,')


def test_round_trip_into_an_empty_store(tmp_path: Path, doc: dict[str, Any]) -> None:
    other = Store(tmp_path / "andere-laptop.sqlite")
    try:
        new_id = import_workshop(other, dumps(doc).encode("utf-8"))
        again = export_workshop(other, new_id)
        assert normalise_ids(again) == normalise_ids(doc)
        assert again == doc  # ids are numbered in document order, so even they agree
        with other.read() as s:
            ws = s.get(Workshop, new_id)
            assert ws is not None
            assert (ws.template, ws.rules, ws.show_rules, ws.extra) == (
                "circle", ["Praat met wie er is."], True, {"zoom": 1.5})
            assert s.get(Round, ws.current_round_id).title == "Marktplaats"  # type: ignore[union-attr]
            assert sorted(s.scalars(select(Note.z))) == [0, 0, 0, 3]
            free = s.scalars(select(MarketEntryPerson.free_name)
                             .where(MarketEntryPerson.free_name.is_not(None))).all()
            assert free == ["Mevr. Jansen", "Meester Kees"]
            roles = s.scalars(select(MarketEntryPerson.role).order_by(MarketEntryPerson.id)).all()
            assert roles.count("source") == 2
            assert s.scalars(select(Theme.votes).order_by(Theme.position)).all() == [4, 0]
            assert s.scalar(select(MarketDismissal.kind)) == "match"
    finally:
        other.close()


def normalise_ids(doc: Any) -> Any:
    """Replace every id string by its order of first appearance (ids may differ, links not)."""
    names: dict[str, str] = {}
    ids = {v for v in _walk_ids(doc)}

    def norm(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: norm(v) for k, v in value.items()}
        if isinstance(value, list):
            return [norm(v) for v in value]
        if isinstance(value, str) and value in ids:
            return names.setdefault(value, f"#{len(names)}")
        return value

    return norm(doc)


def _walk_ids(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [value["id"]] if isinstance(value.get("id"), str) else []
        return found + [i for v in value.values() for i in _walk_ids(v)]
    if isinstance(value, list):
        return [i for v in value for i in _walk_ids(v)]
    return []


def test_import_adds_a_second_workshop_beside_the_first(store: Store, full_id: int,
                                                        doc: dict[str, Any]) -> None:
    new_id = import_workshop(store, doc)
    assert new_id != full_id
    assert export_workshop(store, full_id) == export_workshop(store, new_id)
    with store.read() as s:
        assert len(s.scalars(select(Participant)).all()) == 8


def test_position_decides_the_ring(store: Store, doc: dict[str, Any]) -> None:
    doc["circle"]["notes"][0].update(x=0.0, y=0.95, ring="self")  # a stale ring in the file
    doc["circle"]["notes"][1].update(x=3.0, y=0.0)
    new_id = import_workshop(store, doc)
    with store.read() as s:
        notes = s.scalars(select(Note).where(Note.workshop_id == new_id).order_by(Note.id)).all()
        assert [n.ring for n in notes] == ["society", None, "society", None]
        assert (notes[1].x, notes[1].y) == (BOARD_RIGHT, 0.0)  # kept on the board


def test_who_text_that_looks_like_an_id_survives(store: Store, full_id: int) -> None:
    with store.write() as s:
        s.add(Action(workshop_id=full_id, what="Oefenen", who_text="p2", position=9))
    doc = export_workshop(store, full_id)
    assert doc["actions"][-1]["who"] is None
    assert doc["actions"][-1]["extra"] == {"who_text": "p2"}
    new_id = import_workshop(store, doc)
    with store.read() as s:
        action = s.scalars(select(Action).where(Action.workshop_id == new_id)
                           .order_by(Action.position.desc())).first()
        assert action is not None
        assert (action.who_text, action.who_participant_id) == ("p2", None)


def test_unknown_keys_inside_extra_are_ignored(store: Store, doc: dict[str, Any]) -> None:
    doc["extra"] = {"written_by": "another tool", "nested": {"a": [1, 2.5, None]}}
    doc["circle"]["notes"][0]["extra"] = {"z": "top", "glow": True}  # a wrong z is not fatal
    doc["market"]["entries"][0]["extra"] = {"free_people": ["  Mevr.   Jansen ", 7]}
    doc["market"]["entries"][3]["extra"] = {"sources": ["p99", {"name": ""}, "p2", 4]}
    new_id = import_workshop(store, doc)
    again = export_workshop(store, new_id)
    assert "extra" not in again["circle"]["notes"][0]
    assert again["market"]["entries"][0]["extra"] == {"free_people": ["Mevr. Jansen"]}
    assert again["market"]["entries"][3]["extra"] == {"sources": ["p2"]}


def test_a_blank_workshop_round_trips(store: Store, workshop_id: int) -> None:
    doc = export_workshop(store, workshop_id)
    assert doc["participants"] == [] and doc["market"]["entries"] == []
    assert export_workshop(store, import_workshop(store, json.dumps(doc))) == doc


def test_export_of_a_missing_or_binned_workshop_is_refused(store: Store, full_id: int) -> None:
    from app.models import workshop as ops

    with pytest.raises(InputError, match="bestaat niet"):
        export_workshop(store, 999)
    ops.delete_workshop(store, full_id)
    with pytest.raises(InputError, match="bestaat niet"):
        export_workshop(store, full_id)


def test_files_are_written_whole_and_read_back(store: Store, full_id: int, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    target = folder / "sessie.leidraad.json"
    export_to_file(store, full_id, target)
    assert [p.name for p in folder.iterdir()] == ["sessie.leidraad.json"]  # no temp file left
    new_id = import_file(store, target)
    assert export_workshop(store, new_id) == export_workshop(store, full_id)
    with pytest.raises(InputError, match="kan niet geschreven worden"):
        export_to_file(store, full_id, tmp_path / "bestaat-niet" / "x.json")
    with pytest.raises(InputError, match="kan niet gelezen worden"):
        import_file(store, tmp_path / "weg.json")


# -- refusals ------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _set(path: str, value: Any) -> Mutation:
    """A mutation that puts ``value`` at a dotted path (``agenda.0.planned_minutes``)."""
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = doc
        for p in parents:
            target = target[p]
        target[last] = value
        return doc
    return apply


def _drop(path: str) -> Mutation:
    def apply(doc: dict[str, Any]) -> dict[str, Any]:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = doc
        for p in parents:
            target = target[p]
        del target[last]
        return doc
    return apply


def _text(replace: tuple[str, str]) -> Mutation:
    """Edit the JSON text itself (for what a dict cannot hold, like a NaN literal)."""
    return lambda doc: dumps(doc).replace(*replace, 1)


def _dup_participant(doc: dict[str, Any]) -> dict[str, Any]:
    doc["participants"].append(dict(doc["participants"][0], name="Kopie"))
    return doc


def _two_pools(doc: dict[str, Any]) -> dict[str, Any]:
    doc["market"]["pools"].append({"id": "pool2", "entries": ["m3", "m5"]})
    return doc


def _same_pair_twice(doc: dict[str, Any]) -> dict[str, Any]:
    doc["plusmin"]["themes"][0]["pairs"].append(dict(doc["plusmin"]["themes"][0]["pairs"][0]))
    return doc


def _deep(doc: dict[str, Any]) -> dict[str, Any]:
    nested: Any = 1
    for _ in range(100):
        nested = {"a": nested}
    doc["extra"] = nested
    return doc


TEN_MB = "x" * (10 * 1024 * 1024)
CASES: list[tuple[str, Mutation, str, str]] = [
    ("type: minutes as text", _set("agenda.0.planned_minutes", "30"),
     "$.agenda[0].planned_minutes", "geheel getal verwacht, niet tekst"),
    ("type: participants object", _set("participants", {}), "$.participants", "een lijst verwacht"),
    ("type: x as text", _set("circle.notes.1.x", "0.5"), "$.circle.notes[1].x", "getal verwacht"),
    ("type: true as seconds", _set("agenda.0.actual_seconds", True),
     "$.agenda[0].actual_seconds", "geheel getal verwacht"),
    ("type: null name", _set("participants.2.name", None), "$.participants[2].name",
     "tekst verwacht, niet null"),
    ("type: market is a list", _set("market", []), "$.market", "een object verwacht"),
    ("empty name", _set("participants.0.name", "   "), "$.participants[0].name",
     "mag niet leeg zijn"),
    ("missing title", _drop("workshop.title"), "$.workshop.title", "ontbreekt"),
    ("missing matches", _drop("market.matches"), "$.market.matches", "ontbreekt"),
    ("missing people", _drop("market.entries.2.people"), "$.market.entries[2].people", "ontbreekt"),
    ("missing actions", _drop("actions"), "$.actions", "ontbreekt"),
    ("unknown key in workshop", _set("workshop.titel", "x"), "$.workshop.titel",
     "onbekende sleutel"),
    ("unknown top-level key", _set("board", "circle"), "$.board", "onbekende sleutel"),
    ("unknown key with odd name", _set("circle.notes.0.kleur nu", "#ffffff"),
     '$.circle.notes[0]["kleur nu"]', "onbekende sleutel"),
    ("key written twice", _text(('"location": "Het Baken, Almere"',
                                 '"location": "Het Baken", "location": "Het Baken, Almere"')),
     "$.workshop.location", "twee keer"),
    ("unknown format", _set("format", "trello-board"), "$.format", "onbekend formaat"),
    ("no format at all", lambda d: {"name": "iets anders"}, "$.format", "geen Leidraad"),
    ("newer version", _set("version", 2), "$.version", "nieuwere Leidraad"),
    ("version as text", _set("version", "1"), "$.version", "onbekende versie"),
    ("invalid UTF-8", lambda d: dumps(d).encode("utf-8").replace(b"Almere", b"Alm\xe9re"),
     "$", "geen geldige UTF-8"),
    ("invalid JSON", lambda d: dumps(d)[:-30], "$", "geen geldige JSON"),
    ("empty file", lambda d: b"", "$", "leeg"),
    ("top-level list", lambda d: b"[]", "$", "object verwacht"),
    ("10 MB in a note", _set("circle.notes.0.text", TEN_MB), "$.circle.notes[0].text",
     "te lang (10.485.760 tekens"),
    ("10 MB inside extra", _set("extra", {"log": [TEN_MB]}), "$.extra.log[0]", "te lang"),
    ("too long name", _set("participants.0.name", "A" * 301), "$.participants[0].name",
     "maximaal 300"),
    ("duplicate participant id", _dup_participant, "$.participants[4].id",
     'id "p1" komt al voor bij $.participants[0].id'),
    ("duplicate id across kinds", _set("circle.notes.2.id", "r2"), "$.circle.notes[2].id",
     'komt al voor bij $.agenda[1].id'),
    ("dangling person", _set("market.entries.3.people.0", "p12"), "$.market.entries[3].people[0]",
     'onbekende deelnemer "p12"'),
    ("dangling note participant", _set("circle.notes.0.participant", "p9"),
     "$.circle.notes[0].participant", 'onbekende deelnemer "p9"'),
    ("dangling development", _set("market.entries.0.fits_development", "d9"),
     "$.market.entries[0].fits_development", "onbekende ontwikkeling"),
    ("dangling subgroup", _set("market.entries.1.subgroup", "g7"), "$.market.entries[1].subgroup",
     "onbekende subgroep"),
    ("reference to the wrong kind", _set("market.entries.0.people.0", "g1"),
     "$.market.entries[0].people[0]", '"g1" is een subgroep, geen deelnemer'),
    ("who is a note", _set("actions.1.who", "n2"), "$.actions[1].who",
     '"n2" is een post-it, geen deelnemer'),
    ("pair of two plus items", _set("plusmin.themes.0.pairs.0.min", "i2"),
     "$.plusmin.themes[0].pairs[0].min", "koppelt een pluspunt aan een minpunt"),
    ("the same pair twice", _same_pair_twice, "$.plusmin.themes[0].pairs[1]", "dit paar staat al bij"),
    ("pair across themes", _set("plusmin.themes.0.pairs.0.min", "i4"),
     "$.plusmin.themes[0].pairs[0].min", "hoort bij een ander thema"),
    ("NaN coordinates", _text(('"x": 0.05', '"x": NaN')), "$.circle.notes[0].x", "geen NaN"),
    ("infinite coordinates", _text(('"y": 0.3', '"y": -Infinity')), "$.circle.notes[1].y",
     "oneindig"),
    ("negative planned minutes", _set("agenda.2.planned_minutes", -5),
     "$.agenda[2].planned_minutes", "groter zijn dan 0"),
    ("absurd planned minutes", _set("agenda.2.planned_minutes", 10**30),
     "$.agenda[2].planned_minutes", f"hoogstens {MAX_ROUND_MINUTES} zijn"),
    ("too many prompts", _set("agenda.0.prompts", ["Vraag"] * (MAX_PROMPTS + 1)),
     "$.agenda[0].prompts", f"te veel elementen (maximaal {MAX_PROMPTS})"),
    ("entry longer than a flip-over line", _set("market.entries.0.text", "x" * (ENTRY_LIMIT + 1)),
     "$.market.entries[0].text", f"maximaal {ENTRY_LIMIT} tekens"),
    ("impossible date", _set("workshop.date", "2026-02-30"), "$.workshop.date", "bestaat niet"),
    ("Dutch date order", _set("actions.0.due", "15-01-2027"), "$.actions[0].due", "JJJJ-MM-DD"),
    ("match demand to demand", _set("market.matches.0.supply", "m2"),
     "$.market.matches[0].supply", "een verbinding koppelt een vraag aan een aanbod"),
    ("duplicate match", _set("market.matches.1", {"demand": "m4", "supply": "m1"}),
     "$.market.matches[1]", "staat al bij $.market.matches[0]"),
    ("demand in a pool", _set("market.pools.0.entries.1", "m2"), "$.market.pools[0].entries[1]",
     "alleen aanbod"),
    ("entry in two pools", _two_pools, "$.market.pools[1].entries[0]", "staat al in een pool"),
    ("unknown role", _set("participants.1.role", "teacher"), "$.participants[1].role",
     'moet "older_teacher", "younger_teacher", "leadership" of "other" zijn, niet "teacher"'),
    ("unknown board", _set("agenda.0.board", "flipchart"), "$.agenda[0].board", "flipchart"),
    ("unknown side", _set("market.entries.0.side", "offer"), "$.market.entries[0].side", "supply"),
    ("colour name", _set("circle.notes.0.color", "yellow"), "$.circle.notes[0].color", "#rrggbb"),
    ("lone surrogate", _text(("Piet Bakker", "Piet \\ud800Bakker")), "$.participants[3].name",
     "ongeldig teken"),
    ("deep nesting", _deep, "$.extra" + ".a" * 64, "te diep genest"),
    ("extra is not an object", _set("workshop.extra", [1]), "$.workshop.extra",
     "een object verwacht"),
]


@pytest.mark.parametrize(("mutate", "path", "fragment"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_malformed_files_are_refused_and_change_nothing(
        store: Store, doc: dict[str, Any], mutate: Mutation, path: str, fragment: str) -> None:
    data = mutate(copy.deepcopy(doc))
    before = store_dump(store)
    with pytest.raises(ExchangeError) as refused:
        import_workshop(store, data)
    assert refused.value.path == path
    assert str(refused.value).startswith(f"{path}: ")
    assert fragment in str(refused.value)
    assert "\n" not in str(refused.value)
    assert store_dump(store) == before


def test_there_are_at_least_twenty_refusal_cases() -> None:
    assert len({c[0] for c in CASES}) >= 20


def test_a_file_above_twenty_megabytes_is_refused_unread(store: Store, tmp_path: Path) -> None:
    big = tmp_path / "groot.leidraad.json"
    with big.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    before = store_dump(store)
    with pytest.raises(ExchangeError, match=r"^\$: het bestand is te groot \(21,0 MB"):
        import_file(store, big)
    with pytest.raises(ExchangeError, match="te groot"):
        import_workshop(store, b" " * (21 * 1024 * 1024))
    assert store_dump(store) == before


def test_a_bom_is_accepted(store: Store, doc: dict[str, Any]) -> None:
    new_id = import_workshop(store, b"\xef\xbb\xbf" + dumps(doc).encode("utf-8"))
    assert export_workshop(store, new_id) == doc


def test_control_characters_are_dropped_from_texts(store: Store, doc: dict[str, Any]) -> None:
    doc["participants"][0]["name"] = "Şükrü\x00 \x07Yılmaz\n"
    doc["circle"]["notes"][0]["text"] = "regel 1\nregel\x1b 2"
    again = export_workshop(store, import_workshop(store, doc))
    assert again["participants"][0]["name"] == "Şükrü Yılmaz"
    assert again["circle"]["notes"][0]["text"] == "regel 1\nregel 2"


# -- fuzzing ------------------------------------------------------------------------

JUNK = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=12)
    | st.sampled_from(["p1", "m2", "i1", "g1", "d1", "n1", "r1", "", "2026-13-01", "plus"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                max_size=3),
    max_leaves=6)


def _paths(value: Any, here: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [here]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*here, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*here, i))
    return out


def _mutate(doc: dict[str, Any], data: st.DataObject) -> Any:
    for _ in range(data.draw(st.integers(1, 3), label="mutations")):
        paths = _paths(doc)
        path = data.draw(st.sampled_from(paths[1:]), label="path")
        parent: Any = doc
        for p in path[:-1]:
            parent = parent[p]
        op = data.draw(st.sampled_from(["drop", "junk", "insert", "copy"]), label="op")
        key = path[-1]
        if op == "drop":
            del parent[key]
        elif op == "junk":
            parent[key] = data.draw(JUNK, label="junk")
        elif op == "insert" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(["extra", "x", "id", "zz"]))] = data.draw(JUNK)
        elif isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
    as_text = data.draw(st.booleans(), label="as JSON text")
    return json.dumps(doc, ensure_ascii=data.draw(st.booleans())) if as_text else doc


COUNTED = {"participant": ("participants",), "round": ("agenda",), "note": ("circle", "notes"),
           "market_subgroup": ("market", "subgroups"),
           "market_development": ("market", "developments"),
           "market_entry": ("market", "entries"), "market_pool": ("market", "pools"),
           "market_match": ("market", "matches"), "theme": ("plusmin", "themes"),
           "action": ("actions",)}


def _expected_counts(doc: dict[str, Any]) -> dict[str, int]:
    counts = {"workshop": 1}
    for table, (first, *rest) in COUNTED.items():
        value = doc[first]
        for key in rest:
            value = value[key]
        counts[table] = len(value)
    themes = doc["plusmin"]["themes"]
    counts["theme_item"] = sum(len(t["items"]) for t in themes)
    counts["theme_pair"] = sum(len(t["pairs"]) for t in themes)
    counts["market_pool_member"] = sum(len(p["entries"]) for p in doc["market"]["pools"])
    return counts


@pytest.mark.slow
def test_fuzzed_files_never_crash_and_never_half_import(tmp_path: Path,
                                                        doc: dict[str, Any]) -> None:
    fuzz_store = Store(tmp_path / "fuzz.sqlite")
    outcomes = {"refused": 0, "imported": 0}

    @settings(max_examples=int(os.environ.get("LEIDRAAD_FUZZ_EXAMPLES", "300")), deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.data())
    def run(data: st.DataObject) -> None:
        mutated = _mutate(copy.deepcopy(doc), data)
        before = store_dump(fuzz_store)
        try:
            new_id = import_workshop(fuzz_store, mutated)
        except ExchangeError as exc:
            assert str(exc).startswith("$") and "\n" not in str(exc)
            assert store_dump(fuzz_store) == before
            outcomes["refused"] += 1
            return
        outcomes["imported"] += 1
        after = store_dump(fuzz_store)
        parsed = json.loads(mutated) if isinstance(mutated, str) else mutated
        for table, count in _expected_counts(parsed).items():
            assert len(after[table]) - len(before[table]) == count, table
        validate(export_workshop(fuzz_store, new_id))

    try:
        run()
    finally:
        fuzz_store.close()
    assert outcomes["refused"] and outcomes["imported"]
