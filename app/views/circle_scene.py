"""The circle board's scene: settled notes are drawn once into a cached layer.

A board of thousands of notes must stay fluid: a frame should cost a blit,
not a paint call per note. So the scene keeps two viewport-sized pixmaps:

- the *base*: rings and parking strip (redrawn when the tally's winner or the
  drag-hover ring changes; a handful of shapes);
- the *notes*: every settled (unselected, not dragged) note in stacking order,
  redrawn only inside the rectangles that changed.

Selected and dragged notes are "live": they paint themselves as ordinary items
(with a device-coordinate cache) above the layers. Settled notes keep their
items for hit tests, rubber bands and the BSP index, but carry
``ItemHasNoContents`` so the view never paints them one by one.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsScene, QWidget

from app.views.circle_items import BOARD_RECT, NoteItem, Rings, Strip

MAX_DIRTY = 32  # more changed rectangles than this are merged into one


class CircleScene(QGraphicsScene):
    """Rings, strip and notes of one board; see the module docstring for the layers."""

    def __init__(self, rings: Rings, strip: Strip, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSceneRect(BOARD_RECT)
        self.rings, self.strip = rings, strip
        rings.changed = self.invalidate_base
        self.layer_device: QWidget | None = None  # the viewport the layers are kept for
        self._key: tuple[float, ...] | None = None
        self._base: QPixmap | None = None
        self._notes: QPixmap | None = None
        self._base_dirty = True
        self._dirty: list[QRectF] = []

    # -- invalidation ----------------------------------------------------------
    def invalidate_notes(self, rect: QRectF) -> None:
        """A settled note appeared, changed or left inside ``rect`` (scene units)."""
        self._dirty.append(QRectF(rect))
        if len(self._dirty) > MAX_DIRTY:
            union = QRectF(self._dirty[0])
            for r in self._dirty[1:]:
                union = union.united(r)
            self._dirty = [union]
        self.update(rect)

    def invalidate_base(self) -> None:
        self._base_dirty = True
        self.update(self.rings.boundingRect())

    # -- painting --------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        device = painter.device()
        if self.layer_device is None or device is not self.layer_device:
            self.paint_direct(painter, rect)  # printing, or rendering to an image
            return
        transform = painter.worldTransform()
        self._ensure_layers(transform, self.layer_device)
        assert self._base is not None and self._notes is not None
        if self._base_dirty:
            self._paint_base(transform)
        if self._dirty:
            self._paint_notes(transform)
        dpr = self._base.devicePixelRatio()
        target = transform.mapRect(rect).toAlignedRect().adjusted(-1, -1, 1, 1)
        target = target.intersected(QRect(0, 0, self.layer_device.width(), self.layer_device.height()))
        source = QRectF(target.x() * dpr, target.y() * dpr, target.width() * dpr, target.height() * dpr)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(QRectF(target), self._base, source)
        painter.drawPixmap(QRectF(target), self._notes, source)
        painter.restore()

    def paint_direct(self, painter: QPainter, rect: QRectF) -> None:
        """Everything under the live notes, painted straight onto ``painter``."""
        painter.fillRect(rect, QColor("#ffffff"))
        self.rings.paint(painter)
        self.strip.paint(painter)
        for item in self._settled_in(rect):
            painter.save()
            painter.translate(item.pos())
            item.draw(painter, selected=False)
            painter.restore()

    def _settled_in(self, rect: QRectF) -> list[NoteItem]:
        return [item for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                                            Qt.SortOrder.AscendingOrder)
                if isinstance(item, NoteItem) and not item.live and item.isVisible()]

    def _ensure_layers(self, transform: QTransform, device: QWidget) -> None:
        dpr = device.devicePixelRatioF()
        key = (transform.m11(), transform.m12(), transform.m21(), transform.m22(),
               transform.dx(), transform.dy(), float(device.width()), float(device.height()), dpr)
        if key == self._key:
            return
        self._key = key
        layers = []
        for _ in range(2):
            pixmap = QPixmap(max(1, round(device.width() * dpr)), max(1, round(device.height() * dpr)))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            layers.append(pixmap)
        self._base, self._notes = layers
        self._base_dirty = True
        self._dirty = [QRectF(self.sceneRect())]

    def _paint_base(self, transform: QTransform) -> None:
        assert self._base is not None
        self._base.fill(QColor("#ffffff"))
        painter = QPainter(self._base)
        painter.setWorldTransform(transform)
        self.rings.paint(painter)
        self.strip.paint(painter)
        painter.end()
        self._base_dirty = False

    def _paint_notes(self, transform: QTransform) -> None:
        assert self._notes is not None and self.layer_device is not None
        bounds = QRect(0, 0, self.layer_device.width(), self.layer_device.height())
        inverse, _ok = transform.inverted()
        painter = QPainter(self._notes)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for scene_rect in self._dirty:
            area = transform.mapRect(scene_rect).toAlignedRect().adjusted(-2, -2, 2, 2) & bounds
            if area.isEmpty():
                continue
            painter.resetTransform()
            painter.setClipping(False)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillRect(area, Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            painter.setClipRect(area)
            for item in self._settled_in(inverse.mapRect(QRectF(area))):
                painter.setWorldTransform(QTransform.fromTranslate(item.x(), item.y()) * transform)
                item.draw(painter, selected=False)
        painter.end()
        self._dirty = []
