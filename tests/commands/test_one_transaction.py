"""One gesture, one transaction: a command that writes in several parts stores all or none.

The failure is injected at the database layer on a chosen statement, half-way
through the gesture; the store must then hold exactly what it held before, the
command must not sit on the undo stack, and no view may have been told of a
change that was rolled back.
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import GestureCommand
from app.commands.actions import DeleteActions
from app.commands.market import SubgroupsFromParticipants
from app.commands.workshop import RemoveParticipant
from app.models import actions, market
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.models.store import Store
from tests.tools.faults import failing_writes


def heard(store: Store) -> list[Change]:
    changes: list[Change] = []
    store.bus.subscribe(changes.append)
    return changes


def test_deleting_several_actions_fails_whole(qapp, store: Store, workshop_id: int) -> None:  # noqa: ANN001
    ids = [actions.add_action(store, workshop_id, f"Actie {i}").id for i in range(3)]
    stack, changes, failures = QUndoStack(), heard(store), []
    store.bus.subscribe_failures(failures.append)
    with failing_writes(store, verbs=("DELETE",), nth=3):
        stack.push(DeleteActions(store, ids))
    assert [a.what for a in actions.list_actions(store, workshop_id)] == ["Actie 0", "Actie 1",
                                                                          "Actie 2"]
    assert stack.count() == 0 and len(failures) == 1 and "vol" in str(failures[0])
    assert [c for c in changes if c.topic is Topic.ACTION] == []


def test_undoing_several_deletions_restores_all_or_none(qapp, store: Store,  # noqa: ANN001
                                                        workshop_id: int) -> None:
    ids = [actions.add_action(store, workshop_id, f"Actie {i}").id for i in range(3)]
    stack = QUndoStack()
    stack.push(DeleteActions(store, ids))
    assert actions.list_actions(store, workshop_id) == []
    with failing_writes(store, verbs=("INSERT",), nth=2):
        stack.undo()
    assert actions.list_actions(store, workshop_id) == []  # none back, not one of three
    stack.undo() if stack.canUndo() else None
    stack.redo() if stack.canRedo() else None
    assert actions.list_actions(store, workshop_id) == []  # the stack still matches the store


def test_removing_several_participants_is_one_step_and_one_transaction(
        qapp, store: Store, workshop_id: int) -> None:  # noqa: ANN001
    people = [ops.add_participant(store, workshop_id, name) for name in ("Anna", "Bo", "Cas")]
    stack = QUndoStack()
    children = [RemoveParticipant(store, p.id, p.name) for p in people]
    with failing_writes(store, verbs=("DELETE",), nth=3):
        stack.push(GestureCommand(store, "Deelnemers verwijderen", list(children)))
    assert [p.name for p in ops.list_participants(store, workshop_id)] == ["Anna", "Bo", "Cas"]
    assert stack.count() == 0
    children = [RemoveParticipant(store, p.id, p.name) for p in people]
    stack.push(GestureCommand(store, "Deelnemers verwijderen", list(children)))
    assert ops.list_participants(store, workshop_id) == [] and stack.count() == 1
    stack.undo()
    assert [p.name for p in ops.list_participants(store, workshop_id)] == ["Anna", "Bo", "Cas"]


def test_undoing_subgroups_from_participants_is_all_or_none(qapp, store: Store,  # noqa: ANN001
                                                            workshop_id: int) -> None:
    for name, group in (("Anna", "A"), ("Bo", "B"), ("Cas", "C")):
        ops.add_participant(store, workshop_id, name, "other", group)
    stack = QUndoStack()
    stack.push(SubgroupsFromParticipants(store, workshop_id))
    assert [g.name for g in market.list_subgroups(store, workshop_id)] == ["A", "B", "C"]
    with failing_writes(store, verbs=("DELETE",), nth=2):
        stack.undo()
    assert [g.name for g in market.list_subgroups(store, workshop_id)] == ["A", "B", "C"]


def test_a_swallowed_failure_inside_a_gesture_still_rolls_everything_back(
        store: Store, workshop_id: int) -> None:
    from app.models.store import StoreWriteError

    with pytest.raises(StoreWriteError):
        with store.gesture():
            actions.add_action(store, workshop_id, "Eerste")
            with failing_writes(store, verbs=("INSERT",), nth=1):
                try:
                    actions.add_action(store, workshop_id, "Tweede")
                except StoreWriteError:
                    pass  # a careless caller carries on
    assert actions.list_actions(store, workshop_id) == []


def test_reads_inside_a_gesture_see_its_own_edits(store: Store, workshop_id: int) -> None:
    with store.gesture():
        actions.add_action(store, workshop_id, "Eerste")
        assert [a.what for a in actions.list_actions(store, workshop_id)] == ["Eerste"]
    assert [a.what for a in actions.list_actions(store, workshop_id)] == ["Eerste"]
