"""The circle board's layers blended into one opaque picture, one per base layer.

A frame in which neither layer changed then costs one opaque copy instead of a
blend of the whole transparent note layer. The base layer changes while a
note is dragged (the ring under it lights up) and back when it is dropped, so
a picture is kept per base (the last :data:`KEEP`), each with the note-layer
areas redrawn since it was blended: the drop's frame blends only those areas
into the picture that was on screen before the drag, not the whole viewport.
"""
from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter, QPixmap

KEEP = 3  # the base at rest and the rings a drag lit up last


class _Picture:
    def __init__(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self.pending: list[QRect] | None = None  # note-layer areas redrawn since (None: all)


class Composer:
    """Blended pictures of (base, note layer), kept per base pixmap."""

    def __init__(self) -> None:
        self._kept: OrderedDict[int, _Picture] = OrderedDict()
        self.current: QPixmap | None = None  # the picture composed last

    def clear(self) -> None:
        """New layers (a new scale or size): nothing kept fits them."""
        self._kept.clear()
        self.current = None

    def changed(self, area: QRect | None) -> None:
        """The note layer was redrawn in ``area`` (its device pixels; None: anywhere)."""
        for picture in self._kept.values():
            if area is None or picture.pending is None:
                picture.pending = None
            else:
                picture.pending.append(QRect(area))

    def stale(self, under: QPixmap) -> str:
        """What the picture over ``under`` lacks: "" nothing, "areas" the note layer's
        redrawn areas, "whole" everything (none kept, or a different size)."""
        picture = self._kept.get(under.cacheKey())
        if picture is None or picture.pending is None \
                or picture.pixmap.size() != under.size() \
                or picture.pixmap.devicePixelRatio() != under.devicePixelRatio():
            return "whole"
        return "areas" if picture.pending else ""

    def compose(self, under: QPixmap, notes: QPixmap) -> QPixmap:
        """``under`` with ``notes`` over it, blended where that is not done yet."""
        key, stale = under.cacheKey(), self.stale(under)
        picture = self._kept.get(key)
        if picture is None or picture.pixmap.size() != under.size() \
                or picture.pixmap.devicePixelRatio() != under.devicePixelRatio():
            pixmap = QPixmap(under.size())
            pixmap.setDevicePixelRatio(under.devicePixelRatio())
            picture = self._kept[key] = _Picture(pixmap)
        assert picture is not None
        self._kept.move_to_end(key)
        while len(self._kept) > KEEP:
            self._kept.popitem(last=False)
        if stale:
            dpr = under.devicePixelRatio()
            painter = QPainter(picture.pixmap)
            whole = QRect(0, 0, picture.pixmap.width(), picture.pixmap.height())
            for area in (picture.pending if stale == "areas" else None) or [whole]:
                pixels = QRectF(area)  # device pixels of the layers
                logical = QRectF(area.x() / dpr, area.y() / dpr, area.width() / dpr,
                                 area.height() / dpr)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                painter.drawPixmap(logical, under, pixels)
                painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                painter.drawPixmap(logical, notes, pixels)
            painter.end()
            picture.pending = []
        self.current = picture.pixmap
        return picture.pixmap
