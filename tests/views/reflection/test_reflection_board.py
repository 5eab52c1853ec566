"""The red/green board driven like a facilitator: the bar, keys, a drag, the room's view."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.models import reflection as rf
from app.models import workshop as wops
from app.views.reflection.board import ReflectionBoard
from app.views.reflection.scene import to_scene


def _board(qtbot, ctx, workshop_id: int, *, audience: bool = False) -> ReflectionBoard:
    board = ReflectionBoard(ctx, workshop_id, audience=audience)
    qtbot.addWidget(board)
    board.resize(1100, 700)
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    return board


def _zones(store, wid: int) -> list[tuple[str, str | None]]:
    return [(n.text, n.zone) for n in rf.list_notes(store, wid)]


def test_the_bar_adds_post_its_in_red_between_and_green(qtbot, ctx, workshop_id) -> None:
    wops.add_participant(ctx.store, workshop_id, "Anouk")
    board = _board(qtbot, ctx, workshop_id)
    board.person_box.setCurrentIndex(1)
    board.text_edit.setText("Steeds dezelfde lessen")
    board.zone_buttons["red"].click()
    board.text_edit.setText("Nieuw keuzevak")
    board.zone_buttons["green"].click()
    board.text_edit.setText("Twijfel")
    QTest.keyClick(board.text_edit, Qt.Key.Key_Return)
    assert _zones(ctx.store, workshop_id) == [("Steeds dezelfde lessen", "red"),
                                              ("Nieuw keuzevak", "green"), ("Twijfel", "between")]
    assert board.balance_label.text() == "Rood 1 · ertussen 1 · groen 1"
    assert {i.name for i in board.scene.items_by_id.values()} == {"Anouk"}
    prompts = board.prompts.text()  # the round's prompts, in the console only
    for probe in ("wanneer zit je vooral in de rode cirkel", "hoe tevreden ben je",
                  "Wat zou beter kunnen?", "wat kun je zelf doen, en wie heb je daarbij nodig?"):
        assert probe in prompts
    ctx.undo.undo()
    assert len(rf.list_notes(ctx.store, workshop_id)) == 2
    assert len(board.scene.items_by_id) == 2


def test_an_empty_post_it_gets_a_message_not_a_row(qtbot, ctx, workshop_id) -> None:
    board = _board(qtbot, ctx, workshop_id)
    with qtbot.waitSignal(board.message) as said:
        board.zone_buttons["green"].click()
    assert "steekwoorden" in said.args[0]
    assert rf.list_notes(ctx.store, workshop_id) == []


def test_a_drag_is_one_undoable_move_and_keys_place_and_delete(qtbot, ctx, workshop_id) -> None:
    note = rf.add_note(ctx.store, workshop_id, "Vasthouden", None, -0.5, 0.0)
    board = _board(qtbot, ctx, workshop_id)
    view = board.view
    start = view.mapFromScene(to_scene(-0.5, 0.0))
    end = view.mapFromScene(to_scene(0.5, 0.1))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * step / 10)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert _zones(ctx.store, workshop_id) == [("Vasthouden", "green")]
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert _zones(ctx.store, workshop_id) == [("Vasthouden", "red")]
    board.scene.items_by_id[note.id].setSelected(True)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert _zones(ctx.store, workshop_id) == [("Vasthouden", "green")]
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert rf.list_notes(ctx.store, workshop_id)[0].x == pytest.approx(0.26)
    board.scene.items_by_id[note.id].setSelected(True)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert rf.list_notes(ctx.store, workshop_id) == []
    ctx.undo.undo()
    assert _zones(ctx.store, workshop_id)[0][0] == "Vasthouden"


def test_the_room_sees_the_circles_and_post_its_but_no_chrome(qtbot, ctx, workshop_id, tmp_path) -> None:
    wops.add_participant(ctx.store, workshop_id, "Bas")
    rf.add_note(ctx.store, workshop_id, "Nieuwe uitdaging gekozen", None, 0.5, 0.0)
    room = _board(qtbot, ctx, workshop_id, audience=True)
    assert not hasattr(room, "text_edit") and not hasattr(room, "prompts")
    assert not room.view.isInteractive()
    rf.add_note(ctx.store, workshop_id, "Oude routine", None, -0.5, 0.0)  # follows live
    assert {i.text for i in room.scene.items_by_id.values()} == {"Nieuwe uitdaging gekozen", "Oude routine"}
    for size in ((1024, 768), (1280, 720), (1920, 1080)):
        room.resize(*size)
        qtbot.wait(20)
        # both circles fit on screen: the scene is fitted, never cropped
        shown = room.view.mapToScene(room.view.viewport().rect()).boundingRect()
        assert shown.contains(room.scene.sceneRect().adjusted(1, 1, -1, -1))
        if os.environ.get("LEIDRAAD_SHOTS"):
            room.grab().save(os.path.join(os.environ["LEIDRAAD_SHOTS"], f"reflection_{size[0]}.png"))
