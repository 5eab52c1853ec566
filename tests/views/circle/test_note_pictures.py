"""Settled post-its drawn again at the same scale come from a kept picture of each note.

What the room must never see: a kept picture that outlived the note's content
(an edited keyword, a new colour or name). And the pictures must stay within
their memory budget, however long the session.
"""
from __future__ import annotations

import math

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from app.commands.circle import EditNote
from app.models import circle as ops
from app.views.circle.board import CircleBoard
from app.views.circle.items import IMAGES
from app.views.circle.note_images import NoteImages
from tests.tools.pictures import same_within_a_pixel, shown


def _redrawn(board: CircleBoard) -> None:
    """The whole note layer drawn again (as a re-arrangement of every ring does)."""
    board.scene.invalidate_notes(board.scene.sceneRect())
    board.view.viewport().repaint()
    QApplication.processEvents()


def test_an_edited_note_is_never_shown_from_its_old_picture(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    ids = [ops.add_note(ctx.store, workshop_id, f"Verhaal {k}",
                        x=(0.2 * (k % 5) + 0.1) * math.cos(k * 2.4),
                        y=(0.2 * (k % 5) + 0.1) * math.sin(k * 2.4)).id for k in range(12)]
    board = shown(qtbot, CircleBoard(ctx, workshop_id), (1280, 800))
    kept_before = len(IMAGES)
    _redrawn(board)
    _redrawn(board)
    assert len(IMAGES) >= kept_before + 12  # the second draw at this scale kept pictures
    ctx.push(EditNote(ctx.store, ids[3], text="Collega's observeren", color="#b3e5fc"))
    QApplication.processEvents()
    _redrawn(board)
    lived = board.view.viewport().grab().toImage()
    fresh = shown(qtbot, CircleBoard(ctx, workshop_id), (1280, 800))
    assert same_within_a_pixel(lived, fresh.view.viewport().grab().toImage())
    # undone: the old card is back, and the comparison tells the two cards apart
    ctx.undo.undo()
    QApplication.processEvents()
    _redrawn(board)
    undone = board.view.viewport().grab().toImage()
    reopened = shown(qtbot, CircleBoard(ctx, workshop_id), (1280, 800))
    assert same_within_a_pixel(undone, reopened.view.viewport().grab().toImage())
    assert not same_within_a_pixel(undone, lived)


def test_pictures_stay_within_their_budget_oldest_first() -> None:
    picture = QPixmap(100, 50)
    images = NoteImages(budget=2 * 100 * 50 * 4)
    scale = (0.5, 0.5, 1.0)
    assert not images.wanted(1, scale) and images.wanted(1, scale)  # the second draw asks
    for key in (1, 2, 3):
        images.keep(key, scale, picture)
    assert images.picture(1, scale) is None  # the oldest went
    assert images.picture(2, scale) is not None and images.picture(3, scale) is not None
    assert images.used == 2 * 100 * 50 * 4
    assert images.picture(3, (0.6, 0.6, 1.0)) is None  # another scale: drawn anew
    images.forget(3)
    assert images.picture(3, scale) is None and images.used == 100 * 50 * 4
