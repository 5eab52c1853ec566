"""Dragging post-its on a circle board with the mouse, as a facilitator does."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.views.circle.board import CircleBoard

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier


def view_point(board: CircleBoard, x: float, y: float) -> QPoint:
    """Where the stored board position (x, y) is drawn in the board's view."""
    return board.view.mapFromScene(board.scene_point(x, y))


def drag(board: CircleBoard, start: QPoint, end: QPoint, modifiers=NONE) -> None:  # noqa: ANN001
    """Press, move in steps, release: what a mouse (or a synthesised touch) sends."""
    port = board.view.viewport()
    QTest.mousePress(port, LEFT, modifiers, start)
    for k in range(1, 5):
        QTest.mouseMove(port, start + (end - start) * k / 4)
    QTest.mouseRelease(port, LEFT, modifiers, end)


def drag_note(board: CircleBoard, note_id: int, to: tuple[float, float]) -> None:
    """Drag one post-it to the stored board position ``to``."""
    item = board.items[note_id]
    drag(board, board.view.mapFromScene(item.pos()), view_point(board, *to))
