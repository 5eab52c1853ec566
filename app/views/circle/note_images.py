"""Whole pictures of settled post-its, kept per scale for the note layer.

A drop that re-arranges a ring redraws the notes around it, and a re-arrangement
that shifts the rings redraws every note on screen (~150), each one a body blit
and up to four lines of text: text is most of that cost. A note drawn at the
same scale as before is therefore blitted from one picture of its body and text.

A note gets its picture on its second draw at a scale, not its first: the first
frame after a zoom draws every note once and would only pay for pictures that
the next zoom throws away. Pictures are dropped when the note's content changes
(``forget``) and, oldest first, once they together pass :data:`BUDGET_BYTES`.
"""
from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QPixmap, QTransform

BUDGET_BYTES = 48 << 20  # ~900 notes of 150 x 90 px
SEEN_MAX = 20_000  # notes remembered as drawn once at a scale


class NoteImages:
    """The pictures of one process's notes: at most one per note (its latest scale)."""

    def __init__(self, budget: int = BUDGET_BYTES) -> None:
        self.budget, self.used = budget, 0
        self._kept: OrderedDict[int, tuple[tuple[float, float, float], QPixmap, int]] = OrderedDict()
        self._seen: dict[int, tuple[float, float, float]] = {}

    def picture(self, key: int, scale: tuple[float, float, float]) -> QPixmap | None:
        """The kept picture of note ``key`` at ``scale`` (sx, sy, dpr); None: draw it.

        Returns None the first time a note is asked for at a scale; the caller
        then draws it directly and, when asked again, gets to :meth:`keep` one.
        """
        kept = self._kept.get(key)
        if kept is not None and kept[0] == scale:
            self._kept.move_to_end(key)
            return kept[1]
        return None

    def wanted(self, key: int, scale: tuple[float, float, float]) -> bool:
        """Whether a picture is worth making now (this is not the note's first draw at ``scale``)."""
        if self._seen.get(key) == scale:
            return True
        if len(self._seen) > SEEN_MAX:  # notes long gone (a reload makes new items)
            self._seen.clear()
        self._seen[key] = scale
        return False

    def keep(self, key: int, scale: tuple[float, float, float], pixmap: QPixmap) -> None:
        self.forget(key)
        size = pixmap.width() * pixmap.height() * 4
        self._kept[key] = (scale, pixmap, size)
        self.used += size
        while self.used > self.budget and len(self._kept) > 1:
            _key, (_scale, _pixmap, old) = self._kept.popitem(last=False)
            self.used -= old

    def forget(self, key: int) -> None:
        """Note ``key`` changed (text, name, colour) or left: its picture is out of date."""
        kept = self._kept.pop(key, None)
        if kept is not None:
            self.used -= kept[2]
        self._seen.pop(key, None)

    def __len__(self) -> int:
        return len(self._kept)


def render(box_w: float, box_h: float, sx: float, sy: float, dpr: float,
           paint: object) -> QPixmap:
    """A transparent picture of ``box_w`` x ``box_h`` scene units at this scale; ``paint``
    is called with a painter whose origin is the box's top left corner (scene units)."""
    pixmap = QPixmap(max(1, math.ceil(box_w * sx * dpr)) + 1,
                     max(1, math.ceil(box_h * sy * dpr)) + 1)
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setWorldTransform(QTransform.fromScale(sx, sy))
    paint(painter)  # type: ignore[operator]
    painter.end()
    return pixmap


def blit(painter: QPainter, pixmap: QPixmap, origin: QPointF) -> None:
    """``pixmap`` at device point ``origin`` (rounded to whole pixels, as the bodies are)."""
    painter.setWorldTransform(QTransform())
    painter.drawPixmap(QPointF(round(origin.x()), round(origin.y())), pixmap)
