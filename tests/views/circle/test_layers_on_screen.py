"""What the circle board shows on screen comes from cached layers: it must match the board.

The view draws the settled post-its from a note layer over a base layer (rings,
strip), updated area by area after a press or a drop, blended straight onto the
screen on the first frame after a zoom and composed when the event loop is
idle. Each of those ways must show the same picture as painting the board
directly (``QGraphicsScene.render`` into an image, which bypasses the layers).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest

from app.models import circle as ops
from app.views.circle.board import CircleBoard
from tests.tools.circle_drag import LEFT, NONE, drag_note, view_point
from tests.tools.pictures import shown, unmatched


def _board(qtbot, ctx, workshop_id: int) -> CircleBoard:  # noqa: ANN001
    for k in range(30):  # "Zelf" holds the most, whatever one drop does
        ring = 0 if k < 10 else k % 4 + 1
        angle = k * 2.4
        r = 0.2 * ring + 0.1
        ops.add_note(ctx.store, workshop_id, f"Verhaal {k}", x=r * math.cos(angle),
                     y=r * math.sin(angle))
    return shown(qtbot, CircleBoard(ctx, workshop_id), (1280, 800))


def _on_screen(board: CircleBoard) -> QImage:
    """The viewport as it paints itself (through the layers)."""
    return board.view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _direct(board: CircleBoard) -> QImage:
    """The same part of the scene painted directly, without the layers."""
    port = board.view.viewport()
    image = QImage(port.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(board.view.renderHints())
    source = board.view.mapToScene(port.rect()).boundingRect()
    board.scene.render(painter, QRectF(image.rect()), source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.end()
    return image


def _differing(a: QImage, b: QImage) -> float:
    """The share of pixels that differ clearly (by more than anti-aliasing does)."""
    return unmatched(a, b, tolerance=24, reach=0) / (a.width() * a.height())


def test_every_way_the_layers_are_drawn_shows_the_board(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    board = _board(qtbot, ctx, workshop_id)
    port = board.view.viewport()
    port.repaint()
    assert _differing(_on_screen(board), _direct(board)) < 0.001  # the first frame
    board.view.zoom(1.15)  # a new scale: both layers are new, blended on screen
    port.repaint()
    assert board.scene._compose_timer.isActive()
    assert _differing(_on_screen(board), _direct(board)) < 0.001
    qtbot.waitUntil(lambda: not board.scene._compose_timer.isActive())  # composed when idle
    port.repaint()
    assert _differing(_on_screen(board), _direct(board)) < 0.001
    # a drop inside its ring: the note layer is redrawn where post-its moved, and the
    # composed picture only there (the rings stay where they are)
    before = board.scene.composer.current
    note = next(n for n in board.notes.values() if ops.ring_at(n.x, n.y) == "self")
    _drop(board, note.id, (0.1 * math.cos(4.0), 0.1 * math.sin(4.0)))
    assert ops.ring_at(*_stored_at(ctx, note.id)) == "self"
    port.repaint()
    assert board.scene.composer.current is before and not board.scene._compose_timer.isActive()
    assert _differing(_on_screen(board), _direct(board)) < 0.001
    # a drag across rings lights them up (other bases) and its drop frame blends only
    # the redrawn areas into the picture of the base at rest: no blend on screen
    note = next(n for n in board.notes.values() if ops.ring_at(n.x, n.y) == "self")
    start = board.view.mapFromScene(board.items[note.id].pos())
    QTest.mousePress(port, LEFT, NONE, start)
    for to in ((0.5, 0.0), (0.55, 0.05)):  # over "Klas" and "Team"
        QTest.mouseMove(port, view_point(board, *to))
        port.repaint()
        assert board.rings.hover is not None
        qtbot.waitUntil(lambda: not board.scene._compose_timer.isActive())
    end = view_point(board, 0.1 * math.cos(2.0), 0.1 * math.sin(2.0))
    QTest.mouseMove(port, end)
    QTest.mouseRelease(port, LEFT, NONE, end)
    board.scene.clearSelection()
    assert board.rings.hover is None
    port.repaint()
    assert board.scene.composer.current is before and not board.scene._compose_timer.isActive()
    assert _differing(_on_screen(board), _direct(board)) < 0.001
    # a drop into another ring moves the ring lines: the rings are drawn again
    note = next(n for n in board.notes.values() if ops.ring_at(n.x, n.y) == "class")
    _drop(board, note.id, (0.7 * math.cos(1.0), 0.7 * math.sin(1.0)))
    assert ops.ring_at(*_stored_at(ctx, note.id)) == "school"
    port.repaint()
    assert _differing(_on_screen(board), _direct(board)) < 0.001
    qtbot.waitUntil(lambda: not board.scene._compose_timer.isActive())
    port.repaint()
    assert _differing(_on_screen(board), _direct(board)) < 0.001


def _drop(board: CircleBoard, note_id: int, to: tuple[float, float]) -> None:
    """Drag a post-it to a board position and let go; it is deselected, so it settles."""
    drag_note(board, note_id, to)
    board.scene.clearSelection()


def _stored_at(ctx, note_id: int) -> tuple[float, float]:  # noqa: ANN001
    note = ops.get_note(ctx.store, note_id)
    return note.x, note.y

def test_overlapping_repaint_areas_are_joined_and_distant_ones_kept() -> None:
    from PySide6.QtCore import QRect

    from app.views.circle.culling import merged_areas

    row = [QRect(x, 100, 120, 80) for x in (0, 110, 220)]  # a ring row shifted by a slot
    far = QRect(900, 600, 120, 80)
    corner = [QRect(500, 300, 100, 100), QRect(595, 395, 100, 100)]  # touching diagonally
    merged = merged_areas([*row, far, *corner])
    assert QRect(0, 100, 340, 80) in merged and far in merged
    assert all(r in merged for r in corner)  # joining them would paint twice their pixels
    assert len(merged) == 4
    covered = merged_areas([*row, far])
    assert all(any(m.contains(r) for m in covered) for r in [*row, far])
