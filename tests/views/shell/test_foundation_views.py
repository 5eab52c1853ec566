"""The start screen, the participants panel and the main window, driven like a user."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models import orchestration
from app.models import workshop as ops
from app.views.session.participants_panel import ParticipantsPanel
from app.views.shell.start_screen import StartScreen
from tests.tools.reopen import app_window


def test_start_screen_lists_newest_first_and_deletes_with_confirmation(qtbot, ctx, monkeypatch) -> None:
    import datetime as dt

    orchestration.create_workshop(ctx.store, title="Oud", date=dt.date(2025, 1, 1))
    orchestration.create_workshop(ctx.store, title="Nieuw", date=dt.date(2026, 11, 24))
    screen = StartScreen(ctx)
    qtbot.addWidget(screen)
    assert [w.title for w in screen.model.rows] == ["Nieuw", "Oud"]
    assert screen.model.index(0, 1).data() == "Nieuw"

    screen.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    screen.delete_selected()
    assert len(ops.list_workshops(ctx.store)) == 2  # declined: nothing deleted
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.delete_selected()
    assert [w.title for w in ops.list_workshops(ctx.store)] == ["Oud"]
    assert [w.title for w in screen.model.rows] == ["Oud"]
    ctx.undo.undo()
    assert [w.title for w in screen.model.rows] == ["Nieuw", "Oud"]


def test_rename_and_duplicate_are_undoable(qtbot, ctx, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    orchestration.create_workshop(ctx.store, title="Marktplaats", template="market")
    screen = StartScreen(ctx)
    qtbot.addWidget(screen)
    screen.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Marktplaats november", True))
    screen.rename_selected()
    assert ops.list_workshops(ctx.store)[0].title == "Marktplaats november"
    screen.duplicate_selected()
    assert sorted(w.title for w in ops.list_workshops(ctx.store)) == [
        "Marktplaats november", "Marktplaats november (kopie)"]
    ctx.undo.undo()
    ctx.undo.undo()
    assert [w.title for w in ops.list_workshops(ctx.store)] == ["Marktplaats"]
    ctx.undo.redo()
    assert [w.title for w in ops.list_workshops(ctx.store)] == ["Marktplaats november"]


def test_participants_from_the_keyboard_with_undo_redo(qtbot, ctx, workshop_id) -> None:
    panel = ParticipantsPanel(ctx, workshop_id)
    qtbot.addWidget(panel)
    for name, role_index in (("Şükrü Yılmaz", 0), ("Łucja Wróbel", 1), ("Anna de Vries", 2)):
        panel.role_box.setCurrentIndex(role_index)
        panel.name_edit.insert(name)  # QTest.keyClicks only types ASCII
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    stored = ops.list_participants(ctx.store, workshop_id)
    assert [(p.name, p.role) for p in stored] == [
        ("Şükrü Yılmaz", "older_teacher"), ("Łucja Wróbel", "younger_teacher"),
        ("Anna de Vries", "leadership")]
    assert panel.name_edit.text() == ""

    # edit in place: the role column
    panel.model.setData(panel.model.index(1, 1), "other")
    assert ops.list_participants(ctx.store, workshop_id)[1].role == "other"
    ctx.undo.undo()
    assert ops.list_participants(ctx.store, workshop_id)[1].role == "younger_teacher"
    ctx.undo.redo()
    assert ops.list_participants(ctx.store, workshop_id)[1].role == "other"

    # remove with Del, then undo brings the person back
    panel.table.selectRow(0)
    panel.remove_selected()
    assert [p.name for p in ops.list_participants(ctx.store, workshop_id)] == [
        "Łucja Wróbel", "Anna de Vries"]
    ctx.undo.undo()
    assert [p.name for p in ops.list_participants(ctx.store, workshop_id)] == [
        "Şükrü Yılmaz", "Łucja Wróbel", "Anna de Vries"]
    # undo everything: add x3, edit, remove -> empty
    while ctx.undo.canUndo():
        ctx.undo.undo()
    assert ops.list_participants(ctx.store, workshop_id) == []
    while ctx.undo.canRedo():
        ctx.undo.redo()
    assert len(ops.list_participants(ctx.store, workshop_id)) == 2


def test_empty_name_gives_a_message_not_a_row(qtbot, ctx, workshop_id) -> None:
    panel = ParticipantsPanel(ctx, workshop_id)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.message) as blocker:
        qtbot.keyClicks(panel.name_edit, "   ")
        qtbot.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert "naam" in blocker.args[0].lower()
    assert ops.list_participants(ctx.store, workshop_id) == []


def test_composition_hint_shows_for_three_leaders_and_not_for_balanced_nine(qtbot, ctx,
                                                                           workshop_id) -> None:
    panel = ParticipantsPanel(ctx, workshop_id)
    qtbot.addWidget(panel)
    panel.show()
    for i in range(3):
        ops.add_participant(ctx.store, workshop_id, f"Leider {i}", "leadership")
    assert "kleine groep" in panel.composition.hint_text()
    assert "oudere docent" in panel.composition.hint_text()
    ids = [p.id for p in ops.list_participants(ctx.store, workshop_id)]
    for pid in ids[1:]:
        orchestration.remove_participant(ctx.store, pid)
    for i in range(4):
        ops.add_participant(ctx.store, workshop_id, f"Ouder {i}", "older_teacher")
    for i in range(3):
        ops.add_participant(ctx.store, workshop_id, f"Jonger {i}", "younger_teacher")
    ops.add_participant(ctx.store, workshop_id, "Leider X", "leadership")
    assert len(ops.list_participants(ctx.store, workshop_id)) == 9
    assert panel.composition.hint_text() == ""


def test_workshop_with_participants_survives_closing_and_reopening_the_app(qtbot, store_path: Path) -> None:
    with app_window(qtbot, store_path) as window:
        ws = orchestration.create_workshop(window.store, title="Sessie 24 november", template="circle")
        screen = window.open_workshop(ws.id)
        assert screen is not None
        qtbot.keyClicks(screen.participants.name_edit, "Marleen de Graaf")
        qtbot.keyClick(screen.participants.name_edit, Qt.Key.Key_Return)

    with app_window(qtbot, store_path) as window:
        window.restore_last()
        assert window.workshop_screen is not None
        assert window.workshop_screen.workshop_id == ws.id
        assert [p.name for p in window.workshop_screen.participants.model.rows] == [
            "Marleen de Graaf"]


def test_failed_write_is_shown_and_not_left_on_the_undo_stack(qtbot, ctx, workshop_id) -> None:
    from app.commands.workshop import AddParticipant

    failures: list[Exception] = []
    ctx.bus.failed.connect(failures.append)
    assert not ctx.push(AddParticipant(ctx.store, workshop_id, "   ", "other"))
    assert failures and "Naam" in str(failures[0])
    assert ctx.undo.count() == 0
