"""Which settled post-its a repaint of the note layer must draw, topmost first.

A coverage grid of 8 px cells records where notes already drawn are opaque; a
note whose painted box lies wholly under that paper is skipped, and its text
is skipped when only its paper shows. This keeps a repaint of a crowded board
to the notes one can actually see.
"""
from __future__ import annotations

import math
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QRect
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene

from app.views.circle.items import NOTE_H, NOTE_W, NoteItem

CELL = 8  # px: the coverage grid of the note layer
CULL_MIN_SCALE = 0.12  # below this the opaque margin is under ~1 px: no culling
SLACK = 2.0  # px: how far pixel snapping may move a note's painted body

# Around a note's centre, in scene units (left, top, right, bottom): the painted box
# (shadow included), the paper, and the paper's opaque part inside the rounded corners.
BOX = (-NOTE_W / 2 - 6, -NOTE_H / 2 - 6, NOTE_W / 2 + 9, NOTE_H / 2 + 9)
PAPER = (-NOTE_W / 2, -NOTE_H / 2, NOTE_W / 2, NOTE_H / 2)
OPAQUE = (-NOTE_W / 2 + 10, -NOTE_H / 2 + 10, NOTE_W / 2 - 10, NOTE_H / 2 - 10)


def _span(x: float, y: float, box: tuple[float, float, float, float], cols: int,
          rows: int) -> tuple[int, int, int, int]:
    """The cells touched by ``box`` (device px around ``x, y``), clipped to the grid."""
    return (max(0, int((x + box[0]) // CELL)), min(cols - 1, int((x + box[2]) // CELL)),
            max(0, int((y + box[1]) // CELL)), min(rows - 1, int((y + box[3]) // CELL)))


def _covered(cover: list[int], span: tuple[int, int, int, int]) -> bool:
    c0, c1, r0, r1 = span
    mask = ((1 << (c1 - c0 + 1)) - 1) << c0
    for r in range(r0, r1 + 1):
        if cover[r] & mask != mask:
            return False
    return True


def visible_down(notes: Sequence[NoteItem], scene: QGraphicsScene, transform: QTransform,
                 area: QRect) -> Iterator[tuple[NoteItem, bool]]:
    """The settled ``notes`` (topmost first) that show in ``area``, and whether their text does.

    The caller draws each as it comes, beneath what it drew before. A note is
    left out when every grid cell its painted box touches lies inside the
    opaque paper of notes already yielded; its text is left out when its
    paper is covered that way. Stops when the whole area is covered.
    """
    sx, sy = transform.m11(), transform.m22()
    ox, oy = transform.dx() - area.left(), transform.dy() - area.top()
    width, height = area.width(), area.height()
    cols, rows = max(1, -(-width // CELL)), max(1, -(-height // CELL))
    cull = (transform.type().value <= QTransform.TransformationType.TxScale.value
            and min(sx, sy) >= CULL_MIN_SCALE)
    box = (BOX[0] * sx - SLACK, BOX[1] * sy - SLACK, BOX[2] * sx + SLACK, BOX[3] * sy + SLACK)
    paper = (PAPER[0] * sx - SLACK, PAPER[1] * sy - SLACK, PAPER[2] * sx + SLACK,
             PAPER[3] * sy + SLACK)
    opaque = (OPAQUE[0] * sx + SLACK, OPAQUE[1] * sy + SLACK, OPAQUE[2] * sx - SLACK,
              OPAQUE[3] * sy - SLACK)
    cover, full, open_rows = [0] * rows, (1 << cols) - 1, rows
    left, right, top, bottom = -box[2], width - box[0], -box[3], height - box[1]
    for item in notes:
        x, y = item.px * sx + ox, item.py * sy + oy
        if x < left or x >= right or y < top or y >= bottom or not item.layered \
                or not item.shown or item.scene() is not scene:
            continue
        if not cull:
            yield item, True
            continue
        if _covered(cover, _span(x, y, box, cols, rows)):
            continue
        yield item, not _covered(cover, _span(x, y, paper, cols, rows))
        c0 = max(0, math.ceil((x + opaque[0]) / CELL))
        c1 = min(cols - 1, math.floor((x + opaque[2]) / CELL) - 1)
        r0 = max(0, math.ceil((y + opaque[1]) / CELL))
        r1 = min(rows - 1, math.floor((y + opaque[3]) / CELL) - 1)
        if c0 > c1 or r0 > r1:
            continue
        mask = ((1 << (c1 - c0 + 1)) - 1) << c0
        for r in range(r0, r1 + 1):
            before = cover[r]
            if before != full:
                cover[r] = before | mask
                open_rows -= cover[r] == full
        if not open_rows:
            return


def merged_areas(areas: Sequence[QRect], *, waste: float = 1.5) -> list[QRect]:
    """Overlapping repaint areas joined into their bounding rectangle where little is wasted.

    A re-arranged ring moves a row of neighbours by a slot each: their old and new
    boxes overlap (the shadow reaches into the next slot), and repainting each on
    its own draws the same neighbours again and again. Two areas are joined when
    they intersect and their bounding rectangle is at most ``waste`` times the
    pixels of both; joining repeats until nothing more joins.
    """
    out = [QRect(a) for a in areas if not a.isEmpty()]
    joined = True
    while joined and len(out) > 1:
        joined = False
        for i in range(len(out)):
            a = out[i]
            for j in range(i + 1, len(out)):
                b = out[j]
                if not a.intersects(b):
                    continue
                union = a.united(b)
                if union.width() * union.height() <= waste * (
                        a.width() * a.height() + b.width() * b.height()):
                    out[i] = union
                    del out[j]
                    joined = True
                    break
            if joined:
                break
    return out
