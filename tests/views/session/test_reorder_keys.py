"""Rounds and actions reorder with Ctrl+Up / Ctrl+Down (as with Alt), by key alone, undoable."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from app.models import actions as act
from app.models import agenda, orchestration
from app.views.session.actions_panel import ActionsPanel
from app.views.session.agenda_panel import AgendaPanel

CTRL = Qt.KeyboardModifier.ControlModifier


def _show(qtbot, ctx, widget) -> None:  # noqa: ANN001
    qtbot.addWidget(widget)
    undo = ctx.undo.createUndoAction(widget)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    widget.addAction(undo)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def test_rounds_move_with_ctrl_arrows_and_undo(qtbot, ctx) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Cirkel", template="circle").id
    panel = AgendaPanel(ctx, wid)
    _show(qtbot, ctx, panel)
    before = [r.title for r in agenda.list_rounds(ctx.store, wid)]
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    QTest.keyClick(panel.table, Qt.Key.Key_Home)
    QTest.keyClick(panel.table, Qt.Key.Key_Down)  # the second round
    assert panel.selected_round().title == before[1]
    QTest.keyClick(panel.table, Qt.Key.Key_Down, CTRL)
    after = [r.title for r in agenda.list_rounds(ctx.store, wid)]
    assert after == [before[0], before[2], before[1], *before[3:]]
    assert panel.selected_round().title == before[1]  # the moved round stays chosen
    QTest.keyClick(panel.table, Qt.Key.Key_Up, CTRL)
    QTest.keyClick(panel.table, Qt.Key.Key_Up, CTRL)
    assert [r.title for r in agenda.list_rounds(ctx.store, wid)][0] == before[1]
    QTest.keyClick(panel.table, Qt.Key.Key_Z, CTRL)  # the nudges of one round: one step
    assert [r.title for r in agenda.list_rounds(ctx.store, wid)] == before


def test_actions_move_with_ctrl_arrows_and_undo(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    for what in ("A", "B", "C"):
        act.add_action(ctx.store, workshop_id, what)
    panel = ActionsPanel(ctx, workshop_id)
    _show(qtbot, ctx, panel)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    QTest.keyClick(panel.table, Qt.Key.Key_Home)
    QTest.keyClick(panel.table, Qt.Key.Key_Down, CTRL)
    assert [a.what for a in act.list_actions(ctx.store, workshop_id)] == ["B", "A", "C"]
    QTest.keyClick(panel.table, Qt.Key.Key_Down, CTRL)
    assert [a.what for a in act.list_actions(ctx.store, workshop_id)] == ["B", "C", "A"]
    QTest.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    assert [a.what for a in act.list_actions(ctx.store, workshop_id)] == ["A", "B", "C"]
