"""The agenda: rounds, their order and the two-hour limit (no Qt needed)."""
from __future__ import annotations

import pytest

from app.models import agenda, orchestration
from app.models import workshop as ops
from app.models.store import Store


@pytest.fixture
def wid(store: Store) -> int:
    return orchestration.create_workshop(store, title="Cirkel", template="circle").id


def titles(store: Store, wid: int) -> list[str]:
    return [r.title for r in agenda.list_rounds(store, wid)]


def test_template_fills_the_agenda_per_the_method(store: Store, wid: int) -> None:
    rounds = agenda.list_rounds(store, wid)
    assert [(r.title, r.planned_minutes, r.board) for r in rounds] == [
        ("Verhalen", 30, "circle"), ("Plaatsen in de cirkel", 10, "circle"),
        ("Dialoog", 30, "circle"), ("Afsluiting", 5, None)]
    assert len(rounds[2].prompts) == 4
    assert agenda.planned_total(store, wid) == 75


def test_limit_warns_at_121_minutes_and_not_at_120() -> None:
    assert agenda.MAX_SESSION_MINUTES == 120
    assert agenda.exceeds_limit(121) is True
    assert agenda.exceeds_limit(120) is False
    assert agenda.crosses_limit(120, 121) is True
    assert agenda.crosses_limit(75, 120) is False
    assert agenda.crosses_limit(125, 130) is False  # already accepted: no second question


def test_planned_total_follows_edits(store: Store, wid: int) -> None:
    first = agenda.list_rounds(store, wid)[0]
    agenda.update_round(store, first.id, planned_minutes=75)
    assert agenda.planned_total(store, wid) == 120
    assert not agenda.exceeds_limit(agenda.planned_total(store, wid))
    agenda.add_round(store, wid, "Uitloop", planned_minutes=1)
    assert agenda.exceeds_limit(agenda.planned_total(store, wid))


def test_add_update_returns_old_values(store: Store, wid: int) -> None:
    new = agenda.add_round(store, wid, "  Pauze ", planned_minutes=10, position=2)
    assert titles(store, wid) == ["Verhalen", "Plaatsen in de cirkel", "Pauze", "Dialoog",
                                  "Afsluiting"]
    old = agenda.update_round(store, new.id, title="Koffie", prompts="Wie wil er koffie?\n\n  ",
                              board="plusmin")
    assert old == {"title": "Pauze", "prompts": [], "board": None}
    stored = agenda.get_round(store, new.id)
    assert (stored.title, stored.prompts, stored.board) == ("Koffie", ["Wie wil er koffie?"],
                                                            "plusmin")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("title", "   ", "mag niet leeg"), ("planned_minutes", 0, "1 tot 240"),
    ("planned_minutes", 241, "1 tot 240"), ("planned_minutes", "tien", "heel getal"),
    ("planned_minutes", 2.5, "heel getal"), ("board", "whiteboard", "Onbekend bord"),
    ("notes", "x" * 100_001, "te lang"), ("actual_seconds", float("inf"), "seconden"),
    ("colour", "red", "Onbekende velden"),
])
def test_bad_input_is_refused_and_nothing_changes(store: Store, wid: int, field: str,
                                                  value: object, message: str) -> None:
    first = agenda.list_rounds(store, wid)[0]
    with pytest.raises(ops.InputError, match=message):
        agenda.update_round(store, first.id, **{field: value})
    again = agenda.get_round(store, first.id)
    assert (again.title, again.planned_minutes, again.board, again.notes) == (
        "Verhalen", 30, "circle", "")


def test_move_round_and_move_back(store: Store, wid: int) -> None:
    closing = agenda.list_rounds(store, wid)[3]
    assert agenda.move_round(store, closing.id, 0) == 3
    assert titles(store, wid) == ["Afsluiting", "Verhalen", "Plaatsen in de cirkel", "Dialoog"]
    agenda.move_round(store, closing.id, 99)  # clamped to the end
    assert titles(store, wid) == ["Verhalen", "Plaatsen in de cirkel", "Dialoog", "Afsluiting"]
    assert [r.position for r in agenda.list_rounds(store, wid)] == [0, 1, 2, 3]


def test_delete_and_restore_keep_id_place_and_notes(store: Store, wid: int) -> None:
    placing = agenda.list_rounds(store, wid)[1]
    agenda.update_round(store, placing.id, notes="Meeste post-its bij Klas",
                        private_notes="Jan stil vandaag")
    snap = agenda.delete_round(store, placing.id)
    assert titles(store, wid) == ["Verhalen", "Dialoog", "Afsluiting"]
    assert agenda.planned_total(store, wid) == 65
    agenda.restore_round(store, snap)
    back = agenda.list_rounds(store, wid)[1]
    assert (back.id, back.title, back.notes, back.private_notes) == (
        placing.id, "Plaatsen in de cirkel", "Meeste post-its bij Klas", "Jan stil vandaag")
    assert [r.position for r in agenda.list_rounds(store, wid)] == [0, 1, 2, 3]


def test_notes_and_private_notes_are_kept_apart(store: Store, wid: int) -> None:
    first = agenda.list_rounds(store, wid)[0]
    agenda.update_round(store, first.id, notes="Gedeeld\x07 verhaal")
    agenda.update_round(store, first.id, private_notes="Alleen voor mij")
    stored = agenda.get_round(store, first.id)
    assert (stored.notes, stored.private_notes) == ("Gedeeld verhaal", "Alleen voor mij")


def test_operations_on_a_missing_round_explain(store: Store, wid: int) -> None:
    for op in (lambda: agenda.update_round(store, 999, title="x"),
               lambda: agenda.delete_round(store, 999),
               lambda: agenda.move_round(store, 999, 0)):
        with pytest.raises(ops.InputError, match="bestaat niet"):
            op()
