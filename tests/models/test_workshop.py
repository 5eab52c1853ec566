"""Workshops and participants in the model layer."""
from __future__ import annotations

import datetime as dt

import pytest

from app.models import orchestration
from app.models import workshop as ops
from app.models.agenda import Round
from app.models.store import Store


def test_workshops_are_listed_newest_first(store: Store) -> None:
    orchestration.create_workshop(store, title="Oud", date=dt.date(2025, 3, 1))
    orchestration.create_workshop(store, title="Nieuw", date=dt.date(2026, 11, 24))
    orchestration.create_workshop(store, title="Midden", date=dt.date(2026, 1, 10))
    assert [w.title for w in ops.list_workshops(store)] == ["Nieuw", "Midden", "Oud"]


@pytest.mark.parametrize(("template", "minutes"), [("circle", [30, 10, 30, 5]),
                                                   ("market", [5, 20, 30, 10]),
                                                   ("plusmin", [15, 25, 25, 15, 15]),
                                                   ("blank", [])])
def test_templates_fill_the_agenda(store: Store, template: str, minutes: list[int]) -> None:
    ws = orchestration.create_workshop(store, template=template)
    with store.read() as s:
        rounds = s.query(Round).filter_by(workshop_id=ws.id).order_by(Round.position).all()
    assert [r.planned_minutes for r in rounds] == minutes
    assert sum(minutes) <= 120


def test_delete_restore_and_purge(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Weg")
    ops.add_participant(store, ws.id, "Anna", "leadership")
    ops.delete_workshop(store, ws.id)
    assert ops.list_workshops(store) == []
    ops.restore_workshop(store, ws.id)
    assert [w.title for w in ops.list_workshops(store)] == ["Weg"]
    ops.delete_workshop(store, ws.id)
    assert ops.purge_deleted(store) == 1
    assert ops.list_participants(store, ws.id) == []


def test_duplicate_copies_participants_and_agenda(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Bron", template="circle")
    ops.add_participant(store, ws.id, "Łucja Wróbel", "younger_teacher", "B")
    copy = orchestration.duplicate_workshop(store, ws.id)
    assert copy.title == "Bron (kopie)"
    assert [p.name for p in ops.list_participants(store, copy.id)] == ["Łucja Wróbel"]
    with store.read() as s:
        assert s.query(Round).filter_by(workshop_id=copy.id).count() == 4


def test_participant_remove_and_restore_keeps_references(store: Store, workshop_id: int) -> None:
    from app.models.actions import Action
    from app.models.circle import Note

    p = ops.add_participant(store, workshop_id, "Bram", "older_teacher")
    with store.write() as s:
        s.add(Note(workshop_id=workshop_id, participant_id=p.id, text="Project", x=0.1, y=0.0))
        s.add(Action(workshop_id=workshop_id, what="Herhalen", who_participant_id=p.id))
    snap = orchestration.remove_participant(store, p.id)
    with store.read() as s:
        assert s.query(Note).one().participant_id is None
    orchestration.restore_participant(store, snap)
    with store.read() as s:
        assert s.query(Note).one().participant_id == p.id
        assert s.query(Action).one().who_participant_id == p.id


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x07", "a" * 301])
def test_bad_participant_names_are_refused_with_a_message(store: Store, workshop_id: int,
                                                          bad: str) -> None:
    with pytest.raises(ops.InputError) as info:
        ops.add_participant(store, workshop_id, bad)
    assert "Naam" in str(info.value)
    assert ops.list_participants(store, workshop_id) == []


def test_names_with_emoji_and_rtl_are_kept(store: Store, workshop_id: int) -> None:
    for name in ("Noor 🌷", "مريم", "Zoë  van\tDijk"):
        ops.add_participant(store, workshop_id, name)
    assert [p.name for p in ops.list_participants(store, workshop_id)] == [
        "Noor 🌷", "مريم", "Zoë van Dijk"]


def _group(store: Store, workshop_id: int, roles: list[str]) -> ops.Composition:
    for i, role in enumerate(roles):
        ops.add_participant(store, workshop_id, f"P{i}", role)
    return ops.composition(ops.list_participants(store, workshop_id))


def test_composition_hint_for_three_leaders(store: Store, workshop_id: int) -> None:
    comp = _group(store, workshop_id, ["leadership"] * 3)
    codes = {code for code, _ in comp.hints}
    assert codes == {"too_small", "missing", "older_not_most"}
    assert comp.counts["leadership"] == 3


def test_no_composition_hint_for_a_balanced_nine(store: Store, workshop_id: int) -> None:
    comp = _group(store, workshop_id, ["older_teacher"] * 4 + ["younger_teacher"] * 3
                  + ["leadership"] * 2)
    assert comp.total == 9
    assert comp.hints == ()
