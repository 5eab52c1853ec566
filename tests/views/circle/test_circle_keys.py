"""The circle board by keyboard alone: rings by number, Tab in reading order, panning.

No mouse event is sent in this file: every step is a key press on the board view.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.models import circle as ops
from app.models.circle_place import place_in_ring, reading_order
from app.views.circle.board import CircleBoard

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def make_board(qtbot, ctx, workshop_id: int) -> CircleBoard:  # noqa: ANN001
    board = CircleBoard(ctx, workshop_id)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    board.view.setFocus()
    qtbot.waitUntil(board.view.hasFocus)
    return board


def stored(ctx, workshop_id):  # noqa: ANN001, ANN201
    return {n.id: n for n in ops.list_notes(ctx.store, workshop_id)}


def key(board: CircleBoard, k: Qt.Key, mods=NONE) -> None:  # noqa: ANN001
    QTest.keyClick(board.view, k, mods)


def test_place_in_ring_lands_each_note_in_the_asked_ring() -> None:
    positions = {1: (1.32, -0.7), 2: (1.84, -0.7), 3: (0.5, 0.5), 4: (0.1, 0.0)}
    for ring in ops.RINGS:
        moves = place_in_ring(positions, [1, 2, 3, 4], ring)
        for note_id in (1, 2, 3, 4):
            x, y = moves.get(note_id, positions[note_id])
            assert ops.ring_at(x, y) == ring
    # two notes from the strip into the same ring do not land on one spot
    moves = place_in_ring(positions, [1, 2], "school")
    assert moves[1] != moves[2]


def test_reading_order_is_the_circle_line_by_line_then_the_strip() -> None:
    positions = {1: (1.32, -0.7), 2: (0.4, -0.6), 3: (-0.4, -0.58), 4: (0.0, 0.5), 5: (1.84, -0.7)}
    assert reading_order(positions) == [3, 2, 4, 1, 5]


def test_number_keys_put_the_selection_into_a_ring_and_zero_back_to_the_strip(
        qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    notes = [ops.add_note(ctx.store, workshop_id, f"verhaal {i}") for i in range(3)]
    board = make_board(qtbot, ctx, workshop_id)
    key(board, Qt.Key.Key_Tab)  # the first note in reading order (strip: first slot)
    assert board.selected_ids() == [notes[0].id]
    for number, ring in zip((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5),
                            ops.RINGS, strict=True):
        key(board, number)
        assert stored(ctx, workshop_id)[notes[0].id].ring == ring
    assert ops.tally(ctx.store, workshop_id).counts["society"] == 1
    key(board, Qt.Key.Key_0)
    assert stored(ctx, workshop_id)[notes[0].id].ring is None
    assert stored(ctx, workshop_id)[notes[0].id].x > 1.0  # in the strip again
    # undo walks back one ring per step
    ctx.undo.undo()
    assert stored(ctx, workshop_id)[notes[0].id].ring == "society"
    ctx.undo.undo()
    assert stored(ctx, workshop_id)[notes[0].id].ring == "school"


def test_several_selected_notes_move_in_one_undo_step(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    notes = [ops.add_note(ctx.store, workshop_id, f"verhaal {i}") for i in range(3)]
    board = make_board(qtbot, ctx, workshop_id)
    key(board, Qt.Key.Key_A, CTRL)  # all notes
    before = ctx.undo.index()
    key(board, Qt.Key.Key_2)
    rows = stored(ctx, workshop_id)
    assert [rows[n.id].ring for n in notes] == ["class"] * 3
    assert ctx.undo.index() == before + 1
    assert len({(rows[n.id].x, rows[n.id].y) for n in notes}) == 3  # not on one spot
    ctx.undo.undo()
    assert all(r.ring is None for r in stored(ctx, workshop_id).values())


def test_tab_and_shift_tab_walk_the_notes_in_reading_order(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    a = ops.add_note(ctx.store, workshop_id, "links boven", x=-0.4, y=-0.6)
    b = ops.add_note(ctx.store, workshop_id, "rechts boven", x=0.4, y=-0.62)
    c = ops.add_note(ctx.store, workshop_id, "onder", x=0.0, y=0.5)
    d = ops.add_note(ctx.store, workshop_id, "in de strook")
    board = make_board(qtbot, ctx, workshop_id)
    seen = []
    for _ in range(4):
        key(board, Qt.Key.Key_Tab)
        seen.append(board.selected_ids())
    assert seen == [[a.id], [b.id], [c.id], [d.id]]
    key(board, Qt.Key.Key_Backtab, SHIFT)
    assert board.selected_ids() == [c.id]
    key(board, Qt.Key.Key_Backtab, SHIFT)
    assert board.selected_ids() == [b.id]


def test_keys_pan_the_view_when_zoomed(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    ops.add_note(ctx.store, workshop_id, "verhaal")
    board = make_board(qtbot, ctx, workshop_id)
    for _ in range(6):
        key(board, Qt.Key.Key_Equal, CTRL)  # zoom in by key
    hbar, vbar = board.view.horizontalScrollBar(), board.view.verticalScrollBar()
    x0, y0 = hbar.value(), vbar.value()
    key(board, Qt.Key.Key_Right, CTRL)
    key(board, Qt.Key.Key_Down, CTRL)
    assert hbar.value() > x0 and vbar.value() > y0
    centre = board.view.mapToScene(board.view.viewport().rect().center())
    key(board, Qt.Key.Key_Left)  # nothing selected: a plain arrow pans too
    assert board.view.mapToScene(board.view.viewport().rect().center()).x() < centre.x()
    assert ctx.undo.index() == 0  # panning stores nothing
