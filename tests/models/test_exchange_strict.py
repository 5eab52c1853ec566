"""Import is as strict as typing (issue 19): invisible characters, direction overrides, limits."""
from __future__ import annotations

import copy
from typing import Any

import pytest

from app.models import circle, exchange, orchestration
from app.models import workshop as ops
from app.models.exchange_schema import MAX_NOTES, MAX_PARTICIPANTS
from app.models.store import Store


@pytest.fixture
def doc(store: Store) -> dict[str, Any]:
    ws = orchestration.create_workshop(store, title="Bron", template="blank")
    ops.add_participant(store, ws.id, "Anna de Vries")
    circle.add_note(store, ws.id, "Een post-it", x=0.1, y=0.1)
    data = exchange.export_workshop(store, ws.id)
    ops.delete_workshop(store, ws.id)
    ops.purge_deleted(store)
    return data


def stored(store: Store) -> list[tuple[str, list[str]]]:
    return [(w.title, [p.name for p in ops.list_participants(store, w.id)])
            for w in ops.list_workshops(store)]


@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u202e", "\u200b\ufeff\u202e\u2066"])
def test_a_name_of_only_invisible_characters_is_refused(store: Store, doc: dict[str, Any],
                                                        invisible: str) -> None:
    bad = copy.deepcopy(doc)
    bad["participants"][0]["name"] = invisible
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.import_workshop(store, bad)
    assert "$.participants[0].name" in str(info.value) and "leeg" in str(info.value)
    assert stored(store) == []


def test_invisible_characters_and_overrides_are_cleaned_as_when_typing(
        store: Store, doc: dict[str, Any]) -> None:
    doc["workshop"]["title"] = "\ufeffTeam\u200bdag \u202eanil"
    doc["participants"][0]["name"] = "An\u200bna\u202e"
    doc["circle"]["notes"][0]["text"] = "Brief\u200bje\u202e"
    wid = exchange.import_workshop(store, doc)
    typed = orchestration.create_workshop(store, title="\ufeffTeam\u200bdag \u202eanil")
    assert ops.get_workshop(store, wid).title == typed.title == "Teamdag anil"
    assert [p.name for p in ops.list_participants(store, wid)] == ["Anna"]
    assert [n.text for n in circle.list_notes(store, wid)] == ["Briefje"]


def test_persian_joiners_stay(store: Store, doc: dict[str, Any]) -> None:
    doc["participants"][0]["name"] = "می\u200cخواهم"
    wid = exchange.import_workshop(store, doc)
    assert [p.name for p in ops.list_participants(store, wid)] == ["می\u200cخواهم"]


@pytest.mark.parametrize(("where", "limit"), [("participants", MAX_PARTICIPANTS),
                                              ("notes", MAX_NOTES)])
def test_an_import_above_the_limits_is_refused_with_a_message(
        store: Store, doc: dict[str, Any], where: str, limit: int) -> None:
    if where == "participants":
        one = doc["participants"][0]
        doc["participants"] = [dict(one, id=f"p{i}", name=f"Naam {i}") for i in range(limit + 1)]
        doc["circle"]["notes"][0]["participant"] = None
        path = "$.participants"
    else:
        one = doc["circle"]["notes"][0]
        doc["circle"]["notes"] = [dict(one, id=f"n{i}") for i in range(limit + 1)]
        path = "$.circle.notes"
    with pytest.raises(exchange.ExchangeError) as info:
        exchange.import_workshop(store, doc)
    assert path in str(info.value) and f"maximaal {limit}" in str(info.value)
    assert stored(store) == []
