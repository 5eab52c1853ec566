"""Store faults as the facilitator sees them: a message, a red banner, and the typed text kept.

The window must never carry on as if an edit were saved when the disk
refused it; once the fault is gone the same edit goes through.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import workshop as ops
from app.models.store import Store
from app.views.shell.main_window import MainWindow
from tests.tools.faults import failing_writes

FAULTS = [("database or disk is full", "schijf is vol"),
          ("attempt to write a readonly database", "alleen-lezen"),
          ("database is locked", "bezet")]


@pytest.mark.parametrize(("sqlite_message", "words"), FAULTS, ids=["full", "readonly", "locked"])
def test_adding_a_participant_on_a_failing_disk_shows_message_and_banner(
        qtbot, window: MainWindow, store: Store, workshop_id: int,  # noqa: ANN001
        shown: list[tuple[str, str]], sqlite_message: str, words: str) -> None:
    screen = window.open_workshop(workshop_id)
    assert screen is not None
    panel = screen.participants
    assert not window.not_saving.isVisible()
    with failing_writes(store, sqlite_message):
        panel.name_edit.setText("Anna")
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert len(shown) == 1
    title, text = shown[0]
    assert title == "Niet opgeslagen"
    assert words in text and "niet opgeslagen" in text
    assert window.not_saving.isVisible()
    assert "NIET opgeslagen" in window.not_saving.text()
    assert ops.list_participants(store, workshop_id) == []
    assert panel.model.rowCount() == 0  # the table shows no row that was never stored
    assert panel.name_edit.text() == "Anna"  # what was typed is not lost
    stack = window.undo_group.activeStack()
    assert stack.count() == 0 and not stack.canUndo()  # no phantom undo step

    # The fault is gone: pressing Enter again saves it, and it can be undone.
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in ops.list_participants(store, workshop_id)] == ["Anna"]
    assert panel.model.rowCount() == 1 and panel.name_edit.text() == ""
    assert len(shown) == 1
    stack.undo()
    assert ops.list_participants(store, workshop_id) == []


def test_failed_undo_is_reported_and_keeps_the_data(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                                    workshop_id: int,
                                                    shown: list[tuple[str, str]]) -> None:
    screen = window.open_workshop(workshop_id)
    assert screen is not None
    panel = screen.participants
    panel.name_edit.setText("Bo")
    qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    stack = window.undo_group.activeStack()
    assert stack.count() == 1
    with failing_writes(store, "database or disk is full"):
        stack.undo()
    assert len(shown) == 1 and "schijf is vol" in shown[0][1]
    assert window.not_saving.isVisible()
    assert [p.name for p in ops.list_participants(store, workshop_id)] == ["Bo"]
    assert panel.model.rowCount() == 1


def test_bad_input_is_a_status_message_not_a_fault(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                                   workshop_id: int,
                                                   shown: list[tuple[str, str]]) -> None:
    """Refused input is explained quietly; the red banner is only for lost saves."""
    screen = window.open_workshop(workshop_id)
    assert screen is not None
    panel = screen.participants
    panel.name_edit.setText("x" * 100_000)
    panel.add_from_fields()
    assert shown == []
    assert not window.not_saving.isVisible()
    assert "te lang" in window.statusBar().currentMessage()
    assert ops.list_participants(store, workshop_id) == []
    for odd in ("👩🏽‍🏫 Juf Anna", "שרה כהן", "An\x00na"):
        panel.name_edit.setText(odd)
        panel.add_from_fields()
    assert [p.name for p in ops.list_participants(store, workshop_id)] == [
        "👩🏽‍🏫 Juf Anna", "שרה כהן", "Anna"]
    assert [panel.model.index(r, 0).data() for r in range(3)] == [
        "👩🏽‍🏫 Juf Anna", "שרה כהן", "Anna"]
