"""Pairs in the exchange file: one-to-one files import unchanged, one-to-several round-trip."""
from __future__ import annotations

import json

from app.models import orchestration
from app.models import plusmin as pm
from app.models.exchange import export_workshop, import_workshop
from app.models.store import Store


def _ties(store: Store, workshop_id: int) -> set[tuple[str, str]]:
    board = pm.load_board(store, pm.list_themes(store, workshop_id)[0].id)
    text = {i.id: i.text for i in board.items}
    return {(text[p.plus_id], text[p.min_id]) for p in board.pairs}


def _doc(pairs: list[dict[str, str]]) -> dict:
    return {"format": "leidraad-workshop", "version": 1,
            "workshop": {"title": "Oud bestand", "date": "2026-11-24", "location": "", "facilitator": "",
                         "language": "nl"},
            "participants": [], "agenda": [], "circle": {"notes": []},
            "market": {"subgroups": [], "developments": [], "entries": [], "pools": [], "matches": []},
            "plusmin": {"themes": [{"id": "t1", "title": "Feedback en bespreekbaarheid", "priority": None,
                                    "items": [{"id": "i1", "sign": "plus", "text": "Open sfeer"},
                                              {"id": "i2", "sign": "min", "text": "Te voorzichtig"},
                                              {"id": "i3", "sign": "min", "text": "Niemand spreekt aan"}],
                                    "pairs": pairs}]},
            "actions": []}


def test_a_one_to_one_version_one_file_imports_unchanged(store: Store) -> None:
    wid = import_workshop(store, json.dumps(_doc([{"plus": "i1", "min": "i2"}])))
    assert _ties(store, wid) == {("Open sfeer", "Te voorzichtig")}
    assert pm.unpaired_counts(store, pm.list_themes(store, wid)[0].id) == (0, 1)


def test_one_point_with_several_reverse_sides_round_trips(store: Store) -> None:
    wid = import_workshop(store, json.dumps(_doc([{"plus": "i1", "min": "i2"}, {"plus": "i1", "min": "i3"}])))
    assert _ties(store, wid) == {("Open sfeer", "Te voorzichtig"), ("Open sfeer", "Niemand spreekt aan")}
    assert pm.unpaired_counts(store, pm.list_themes(store, wid)[0].id) == (0, 0)
    again = import_workshop(store, json.dumps(export_workshop(store, wid)))
    assert _ties(store, again) == _ties(store, wid)
    copy = orchestration.duplicate_workshop(store, wid)
    assert _ties(store, copy.id) == _ties(store, wid)
