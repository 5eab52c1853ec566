"""The red/green reflection board (appendix 1): zones, placements, undo, restart, exchange."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QUndoStack

from app.commands import reflection as cmd
from app.models import orchestration
from app.models import reflection as rf
from app.models import workshop as wops
from app.models.exchange import dumps, export_workshop, import_workshop
from app.models.exchange_schema import ExchangeError
from app.models.store import Store


def test_the_position_decides_the_zone() -> None:
    assert rf.zone_at(-0.5, 0.0) == "red"
    assert rf.zone_at(-0.9, 0.1) == "red"
    assert rf.zone_at(0.5, 0.3) == "green"
    assert rf.zone_at(0.0, 0.0) == "between"
    assert rf.zone_at(0.0, -0.55) == "between"
    assert rf.zone_at(1.5, 0.0) is None


def _placed(store: Store, wid: int) -> list[tuple[str, str | None, str | None]]:
    names = {p.id: p.name for p in wops.list_participants(store, wid)}
    return [(n.text, names.get(n.participant_id), n.zone) for n in rf.list_notes(store, wid)]


def test_placements_survive_undo_and_a_restart(store_path: Path, store: Store, workshop_id: int) -> None:
    ans = wops.add_participant(store, workshop_id, "Anouk", "older_teacher").id
    stack = QUndoStack()
    stack.push(cmd.AddReflectionNote(store, workshop_id, "steeds dezelfde lessen", ans, -0.5, 0.0))
    stack.push(cmd.AddReflectionNote(store, workshop_id, "nieuwe module", ans, 0.0, 0.0))
    note = rf.list_notes(store, workshop_id)[1]
    stack.push(cmd.MoveReflectionNotes(store, {note.id: (0.55, 0.1)}))
    assert _placed(store, workshop_id) == [("steeds dezelfde lessen", "Anouk", "red"),
                                           ("nieuwe module", "Anouk", "green")]
    stack.undo()
    assert _placed(store, workshop_id)[1][2] == "between"
    stack.redo()
    stack.push(cmd.DeleteReflectionNote(store, note.id))
    assert len(rf.list_notes(store, workshop_id)) == 1
    stack.undo()
    assert rf.balance(rf.list_notes(store, workshop_id)) == rf.Balance(red=1, between=0, green=1)
    stack.clear()
    store.close()
    again = Store(store_path)
    try:
        assert _placed(again, workshop_id) == [("steeds dezelfde lessen", "Anouk", "red"),
                                               ("nieuwe module", "Anouk", "green")]
    finally:
        again.close()


def test_arrow_nudges_of_the_same_post_it_merge_into_one_undo(store: Store, workshop_id: int) -> None:
    note = rf.add_note(store, workshop_id, "x", None, 0.0, 0.0)
    stack = QUndoStack()
    for step in range(1, 4):
        stack.push(cmd.MoveReflectionNotes(store, {note.id: (0.1 * step, 0.0)}, nudge=True))
    assert stack.count() == 1
    stack.undo()
    assert (rf.list_notes(store, workshop_id)[0].x, rf.list_notes(store, workshop_id)[0].y) == (0.0, 0.0)


def test_bad_input_is_refused_with_a_message(store: Store, workshop_id: int) -> None:
    with pytest.raises(wops.InputError, match="lege post-it"):
        rf.add_note(store, workshop_id, "   ")
    with pytest.raises(wops.InputError, match="eindige getallen"):
        rf.add_note(store, workshop_id, "x", None, float("nan"), 0.0)
    assert rf.list_notes(store, workshop_id) == []
    note = rf.add_note(store, workshop_id, "x", None, 5.0, -9.0)  # kept on the board
    assert (note.x, note.y, note.zone) == (1.0, -0.6, "between")


def test_export_and_import_keep_the_placements(tmp_path: Path, store: Store, workshop_id: int) -> None:
    pid = wops.add_participant(store, workshop_id, "Şükrü Yılmaz").id
    rf.add_note(store, workshop_id, "vasthouden aan wat werkt", pid, -0.4, 0.1)
    rf.add_note(store, workshop_id, "nieuwe uitdaging", None, 0.6, -0.1)
    rf.add_note(store, workshop_id, "twijfel", None, 0.0, 0.4)
    doc = export_workshop(store, workshop_id)
    assert [(n["text"], n["zone"]) for n in doc["reflection"]["notes"]] == [
        ("vasthouden aan wat werkt", "red"), ("nieuwe uitdaging", "green"), ("twijfel", "between")]
    assert doc["reflection"]["notes"][0]["participant"] == doc["participants"][0]["id"]
    other = Store(tmp_path / "andere.sqlite")
    try:
        new_id = import_workshop(other, dumps(doc).encode("utf-8"))
        assert _placed(other, new_id) == [("vasthouden aan wat werkt", "Şükrü Yılmaz", "red"),
                                          ("nieuwe uitdaging", None, "green"),
                                          ("twijfel", None, "between")]
        assert export_workshop(other, new_id)["reflection"] == doc["reflection"]
    finally:
        other.close()


def test_a_version_one_file_without_the_board_still_imports(store: Store, workshop_id: int) -> None:
    rf.add_note(store, workshop_id, "weg", None, 0.5, 0.0)
    doc = export_workshop(store, workshop_id)
    del doc["reflection"]
    new_id = import_workshop(store, json.dumps(doc))
    assert rf.list_notes(store, new_id) == []
    empty = export_workshop(store, orchestration.create_workshop(store, title="Leeg").id)
    assert "reflection" not in empty  # the addition is written only when the board was used


def test_a_dangling_participant_on_the_board_is_refused(store: Store, workshop_id: int) -> None:
    rf.add_note(store, workshop_id, "x", None, 0.5, 0.0)
    doc = export_workshop(store, workshop_id)
    doc["reflection"]["notes"][0]["participant"] = "p9"
    before = len(wops.list_workshops(store))
    with pytest.raises(ExchangeError, match=r"\$\.reflection\.notes\[0\]\.participant"):
        import_workshop(store, json.dumps(doc))
    assert len(wops.list_workshops(store)) == before


def test_removing_a_participant_keeps_the_post_it_and_undo_gives_the_name_back(
        store: Store, workshop_id: int) -> None:
    pid = wops.add_participant(store, workshop_id, "Bram").id
    rf.add_note(store, workshop_id, "x", pid, 0.5, 0.0)
    snap = orchestration.remove_participant(store, pid)
    assert _placed(store, workshop_id) == [("x", None, "green")]
    orchestration.restore_participant(store, snap)
    assert _placed(store, workshop_id) == [("x", "Bram", "green")]
