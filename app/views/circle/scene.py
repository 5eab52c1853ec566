"""The circle board's scene: settled notes are drawn once into a cached layer.

A board of thousands of notes must stay fluid: a frame should cost a blit,
not a paint call per note. So the scene keeps viewport-sized pixmaps:

- the *base*: rings and parking strip, one pixmap per rings state (the
  tally's winner, the ring under a dragged note), so a drag across rings
  swaps pixmaps instead of repainting;
- the *notes*: every settled (unselected, not dragged) note in stacking
  order, redrawn only inside the rectangles that changed.

Settled notes are drawn from the top one down, beneath what is already there
(``CompositionMode_DestinationOver``), with a coarse grid of the cells their
opaque paper covers: a note whose whole box lies under paper drawn before is
skipped, text under paper is not drawn, and an area stops once it is covered.
On a crowded board that leaves a fraction of the notes to draw.

When the view's scale changes on a big board, the old layer is scaled into the
new frame as a stand-in and the exact layer is drawn over it in slices of a few
milliseconds per event-loop turn, topmost notes first; until it is complete no
other redraw of the layer starts (they queue up and follow it).

Selected and dragged notes are "live": they paint themselves as ordinary items
(with a device-coordinate cache) above the layers. A selected note stays in the
layer (``NoteItem.layered``), covered by its own live image, until it moves or
changes: only then is the layer redrawn under it, so a click that selects costs
no redraw. Settled notes keep their items for hit tests, rubber bands and the
BSP index, but carry ``ItemHasNoContents`` so the view never paints them one by one.
Every shown note is a child of one empty top-level item (``add_note``): a frame's
search of the index then finds that one item, not every note in view to sort;
notes counted in a "+N" wait under a hidden second one (``shelve``). Notes drawn
again at the same scale come from kept pictures (``note_images``), and the two
layers are blended once per change into a picture per base (``composed``).
"""
from __future__ import annotations

import bisect
import time
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QWidget

from app.views.circle.composed import Composer
from app.views.circle.culling import BOX, merged_areas, visible_down
from app.views.circle.items import BOARD_RECT, NOTE_H, NOTE_W, NoteItem
from app.views.circle.surface import Rings, Strip

MAX_DIRTY = 32  # more changed rectangles than this are merged into one
# Qt picks a depth of ~14 for this scene; notes are large next to it, so each
# sat in ~150 cells and a full repaint walked them all. Keep the BSP index, shallower.
BSP_DEPTH = 6
FIRST_SLICE_MS, SLICE_MS = 4.0, 8.0  # a progressive rebuild yields this often
SYNC_UP_TO = 300  # boards with at most this many notes are always rebuilt in one go
BASE_BYTES = 64 << 20  # the kept base pixmaps (one per rings state) stay under this
TOP_FIRST = 256  # a press tries this many topmost notes before asking the index

def _hit(item: NoteItem, rect: QRectF) -> bool:
    """Whether a press on ``rect`` (scene units) lands on ``item``'s paper, as Qt decides it."""
    if not item.acceptedMouseButtons() & Qt.MouseButton.LeftButton:
        return False
    path = QPainterPath()
    path.addRect(rect)
    path.translate(-item.px, -item.py)
    return path.intersects(item.shape())


def _stack_key(item: NoteItem) -> tuple[float, int]:
    return (-item.z, -item.seq)


class _Rebuild:
    """A whole-layer redraw in progress: what is left to draw, and where."""

    def __init__(self, steps: Iterator[tuple[NoteItem, bool]], transform: QTransform,
                 area: QRect) -> None:
        self.steps, self.transform, self.area = steps, transform, area


class CircleScene(QGraphicsScene):
    """Rings, strip and notes of one board; see the module docstring for the layers."""

    def __init__(self, rings: Rings, strip: Strip, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSceneRect(BOARD_RECT)
        self.setBspTreeDepth(BSP_DEPTH)
        self.rings, self.strip = rings, strip
        rings.changed = self.invalidate_base
        self.layer_device: QWidget | None = None  # the viewport the layers are kept for
        self._key: tuple[float, ...] | None = None
        self._transform = QTransform()
        self._bases: dict[tuple[object, ...], QPixmap] = {}
        self._bases_shape: tuple[object, ...] = ()  # the rings' geometry the bases show
        self._notes: QPixmap | None = None
        self._backdrop: QPixmap | None = None  # the old frame, scaled, under a rebuild
        self.composer = Composer()  # base (or backdrop) and notes, blended
        self._rebuild: _Rebuild | None = None
        self._dirty: list[QRectF] = []
        self._on_top: list[NoteItem] = []  # settled notes to draw over the layer as it is
        self._order: list[NoteItem] | None = None
        self._batch = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._continue_rebuild)
        self._compose_timer = QTimer(self)
        self._compose_timer.setSingleShot(True)
        self._compose_timer.setInterval(0)
        self._compose_timer.timeout.connect(self._compose_when_idle)
        self._pressed: NoteItem | None = None  # lifted out of the layer once the loop is idle
        self._lift_timer = QTimer(self)
        self._lift_timer.setSingleShot(True)
        self._lift_timer.setInterval(0)
        self._lift_timer.timeout.connect(self._lift_pressed)
        # Every note is a child of one empty top-level item: a frame then asks the
        # index for one top-level item instead of sorting every note in view
        # (~1.4 ms a frame at 10,000 notes), and skips settled notes in C++.
        # Notes not shown (counted in a "+N") wait under a second, hidden holder: a change
        # of z (every drop brings a note on top) makes Qt sort the shown holder's children
        # before the next frame, ~0.7 ms when all 10,000 notes were its children.
        self._holder, self._shelf = self._group(), self._group()
        self._shelf.hide()

    def _group(self) -> QGraphicsRectItem:
        group = QGraphicsRectItem()
        group.setPen(Qt.PenStyle.NoPen)
        group.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        group.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.addItem(group)
        return group

    def add_note(self, item: NoteItem) -> None:
        """``item`` joins the board, stacked among the notes as ``addItem`` would stack it."""
        item.setParentItem(self._holder if item.shown else self._shelf)

    def shelve(self, item: NoteItem) -> None:
        """``item`` was shown or hidden (``item.shown``): it waits under the right holder."""
        group = self._holder if item.shown else self._shelf
        if item.scene() is self and item.parentItem() is not group:
            item.setParentItem(group)

    # -- invalidation ----------------------------------------------------------
    def invalidate_notes(self, rect: QRectF) -> None:
        """A settled note appeared, changed or left inside ``rect`` (scene units)."""
        if self._batch:
            return
        self._dirty.append(QRectF(rect))
        if len(self._dirty) > MAX_DIRTY:
            union = QRectF(self._dirty[0])
            for r in self._dirty[1:]:
                union = union.united(r)
            self._dirty = [union]
        self.update(rect)

    def invalidate_base(self) -> None:
        self.update(self.rings.boundingRect())

    def settle(self, item: NoteItem) -> None:
        """A live note joins the layer: with no settled note above it, it is drawn on top.

        That is the common case after a drag (the dropped note comes on top),
        and far cheaper than redrawing everything under it.
        """
        rect = item.sceneBoundingRect()
        if self._batch or self._rebuild is not None or self._notes is None:
            self.invalidate_notes(rect)
            return
        reach_x, reach_y = BOX[2] - BOX[0], BOX[3] - BOX[1]
        for other in self._ordered():
            if other is item:
                break
            if other.layered and abs(other.px - item.px) < reach_x \
                    and abs(other.py - item.py) < reach_y:
                self.invalidate_notes(rect)
                return
        self._on_top.append(item)
        self.update(rect)

    def restack(self, item: NoteItem, present: bool) -> None:
        """``item`` joined, left (``present=False``) or changed its z: keep the order current."""
        if self._order is None:
            return
        if self._batch:
            self._order = None
            return
        try:
            self._order.remove(item)
        except ValueError:
            pass
        if present and item.shown:
            bisect.insort(self._order, item, key=_stack_key)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many notes change at once (opening, reload): one redraw of the layer at the end."""
        self._batch += 1
        try:
            yield
        finally:
            self._batch -= 1
            if not self._batch:
                self.invalidate_notes(self._everywhere())

    def _everywhere(self) -> QRectF:
        """The board and every note on it, notes on the edge included."""
        return self.sceneRect().adjusted(-NOTE_W, -NOTE_H, NOTE_W, NOTE_H)

    def grab_note(self, view_transform: QTransform, pos: QPoint) -> NoteItem | None:
        """A left press at viewport ``pos``: the note under it grabs the mouse before Qt looks.

        Qt then hands it the press (selecting it, starting a drag) without its own
        search for the item under the mouse (see ``note_under``).
        """
        if self.mouseGrabberItem() is not None:
            return None
        rect = view_transform.inverted()[0].mapRect(QRectF(pos.x(), pos.y(), 1, 1))
        item = self.note_under(rect)
        if item is not None:
            item.grabMouse()
            self._pressed = item
            self._lift_timer.start()
        return item

    def _lift_pressed(self) -> None:
        """Redraw the layer under a pressed note while the app waits for the hand to move.

        The press frame left the layer as it was; a drag's first step would
        otherwise pay for this redraw.
        """
        item, self._pressed = self._pressed, None
        if item is not None and item.live and item.layered and item.scene() is self:
            item.lift()

    def note_under(self, rect: QRectF) -> NoteItem | None:
        """The topmost note whose paper meets ``rect`` (scene units): the one Qt's press would pick.

        Qt's own search asks every note stacked there for its hit shape through
        Python, hundreds of calls on a big board. Here the topmost notes are tried
        first (on a crowded spot one of them is hit), then the notes whose boxes
        meet ``rect``, from the top down; each is tested the way Qt tests it.
        """
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        for item in self._ordered()[:TOP_FIRST]:
            if item.shown and item.px + BOX[0] <= right and item.px + BOX[2] >= left \
                    and item.py + BOX[1] <= bottom and item.py + BOX[3] >= top \
                    and _hit(item, rect):
                return item
        for item in self.items(rect, Qt.ItemSelectionMode.IntersectsItemBoundingRect,
                               Qt.SortOrder.DescendingOrder):
            if isinstance(item, NoteItem) and item.shown and _hit(item, rect):
                return item
        return None

    def _ordered(self) -> list[NoteItem]:
        """Every note, topmost first, as Qt stacks them (z, then the order they joined)."""
        if self._order is None:  # notes counted in a "+N" are not drawn: left out
            self._order = sorted((item for item in self.items()
                                  if isinstance(item, NoteItem) and item.shown), key=_stack_key)
        return self._order

    # -- painting --------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        device = painter.device()
        if self.layer_device is None or device is not self.layer_device:
            self.paint_direct(painter, rect)  # printing, or rendering to an image
            return
        transform = painter.worldTransform()
        if self._ensure_layers(transform, self.layer_device):
            self._run_slice(FIRST_SLICE_MS)
        if self._rebuild is None:
            self._paint_on_top(transform)
        assert self._notes is not None
        under = self._backdrop if self._backdrop is not None else self._base_for(transform)
        dpr = self._notes.devicePixelRatio()
        target = transform.mapRect(rect).toAlignedRect().adjusted(-1, -1, 1, 1)
        target = target.intersected(QRect(0, 0, self.layer_device.width(), self.layer_device.height()))
        source = QRectF(target.x() * dpr, target.y() * dpr, target.width() * dpr, target.height() * dpr)
        painter.save()
        painter.resetTransform()
        if self._stale(under) == "whole":  # a new layer: blend it on screen, compose when idle
            painter.drawPixmap(QRectF(target), under, source)
            painter.drawPixmap(QRectF(target), self._notes, source)
            self._compose_timer.start()
        else:
            painter.drawPixmap(QRectF(target), self._composed_of(under), source)
        painter.restore()

    def _stale(self, under: QPixmap) -> str:
        """What the composed picture over ``under`` lacks (``Composer.stale``): on "whole"
        (a new scale or base) composing would be one more pass over every pixel, so
        that frame blends both layers on screen instead and composes when idle."""
        return self.composer.stale(under)

    def _compose_when_idle(self) -> None:
        if self._notes is None or self._rebuild is not None or self.layer_device is None:
            return  # gone, or still being rebuilt (a slice's frame comes back here)
        self._composed_of(self._backdrop if self._backdrop is not None
                          else self._base_for(self._transform))

    def _composed_of(self, under: QPixmap) -> QPixmap:
        assert self._notes is not None
        return self.composer.compose(under, self._notes)

    def _note_layer_changed(self, area: QRect | None) -> None:
        """The note layer was redrawn in ``area`` (its device pixels; None: anywhere)."""
        self.composer.changed(area)

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
                if isinstance(item, NoteItem) and item.layered and item.isVisible()]

    def _new_pixmap(self, device: QWidget) -> QPixmap:
        dpr = device.devicePixelRatioF()
        pixmap = QPixmap(max(1, round(device.width() * dpr)), max(1, round(device.height() * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        return pixmap

    def _ensure_layers(self, transform: QTransform, device: QWidget) -> bool:
        """New layers when the view's transform or size changed; True when a rebuild began."""
        dpr = device.devicePixelRatioF()
        key = (transform.m11(), transform.m12(), transform.m21(), transform.m22(),
               transform.dx(), transform.dy(), float(device.width()), float(device.height()), dpr)
        if key == self._key:
            return False
        old, old_transform = self._shown(), self._transform
        self._key, self._transform = key, QTransform(transform)
        self._notes = self._new_pixmap(device)
        self.composer.clear()
        self._backdrop = self._rebuild = None
        for item in self._on_top:  # drawn with everything else by the new layer
            self._dirty.append(item.sceneBoundingRect())
        self._on_top = []
        if not old or old[0].devicePixelRatio() != dpr or len(self._ordered()) <= SYNC_UP_TO:
            self._bases.clear()
            self._dirty = [self._everywhere()]
            return False
        self._backdrop = self._new_pixmap(device)
        self._backdrop.fill(QColor("#ffffff"))
        inverse, _ok = old_transform.inverted()
        painter = QPainter(self._backdrop)
        painter.setWorldTransform(inverse * transform)
        for pixmap in old:
            painter.drawPixmap(0, 0, pixmap)
        painter.end()
        self._bases.clear()
        area = QRect(0, 0, device.width(), device.height())
        self._rebuild = _Rebuild(visible_down(self._ordered(), self, transform, area),
                                 QTransform(transform), area)
        self._dirty = []
        return True

    def _shown(self) -> list[QPixmap]:
        """The pixmaps that make up the board on screen now, bottom first."""
        if self._notes is None:
            return []
        under = self._backdrop or self._bases.get((self.rings.most, self.rings.hover))
        return [under, self._notes] if under is not None else [self._notes]

    def _base_for(self, transform: QTransform) -> QPixmap:
        """Rings and strip for the rings' current state, drawn once per state and view."""
        assert self.layer_device is not None
        state, shape = (self.rings.most, self.rings.hover), self.rings.shape()
        if shape != self._bases_shape:  # the rings moved (a re-arrangement): redraw them
            self._bases.clear()
            self._bases_shape = shape
        base = self._bases.get(state)
        if base is None:
            base = self._new_pixmap(self.layer_device)
            base.fill(QColor("#ffffff"))
            painter = QPainter(base)
            painter.setWorldTransform(transform)
            self.rings.paint(painter)
            self.strip.paint(painter)
            painter.end()
            size = base.width() * base.height() * 4
            while self._bases and (len(self._bases) + 1) * size > BASE_BYTES:
                del self._bases[next(iter(self._bases))]  # the oldest state
            self._bases[state] = base
        return base

    def _begin_notes(self, area: QRect) -> QPainter:
        """A painter on the note layer, clipped to ``area``, drawing beneath what is there."""
        assert self._notes is not None
        painter = QPainter(self._notes)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setClipRect(area)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
        return painter

    @staticmethod
    def _draw(painter: QPainter, transform: QTransform, item: NoteItem, text: bool) -> None:
        item.draw_settled(painter, transform, under=True, text=text)

    def _run_slice(self, budget_ms: float) -> None:
        """Draw the rebuild's next notes for at most ``budget_ms``; finish it when done."""
        job = self._rebuild
        if job is None:
            return
        end = time.perf_counter() + budget_ms / 1000
        self._note_layer_changed(None)
        painter = self._begin_notes(job.area)
        finished = True
        for item, text in job.steps:
            self._draw(painter, job.transform, item, text)
            if time.perf_counter() > end:
                finished = False
                break
        painter.end()
        if not finished:
            self._timer.start()
            return
        self._rebuild = self._backdrop = None
        if self._dirty:
            self.update()

    def _continue_rebuild(self) -> None:
        if self._rebuild is not None:
            self._run_slice(SLICE_MS)
            self.update()

    def _paint_on_top(self, transform: QTransform) -> None:
        """Redraw the changed areas, then draw the notes that settled on top of everything."""
        on_top, self._on_top = self._on_top, []
        on_top = [item for item in on_top if item.scene() is self and item.layered]
        for item in on_top[:]:
            rect = item.sceneBoundingRect()
            if any(rect.intersects(dirty) for dirty in self._dirty):
                on_top.remove(item)  # that area is redrawn whole anyway
                self._dirty.append(rect)
        if self._dirty:
            self._paint_notes(transform)
        if not on_top:
            return
        assert self._notes is not None
        painter = QPainter(self._notes)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for item in on_top:
            self._note_layer_changed(
                transform.mapRect(item.sceneBoundingRect()).toAlignedRect().adjusted(-2, -2, 2, 2))
            item.draw_settled(painter, transform)
        painter.end()

    def _paint_notes(self, transform: QTransform) -> None:
        assert self._notes is not None and self.layer_device is not None
        bounds = QRect(0, 0, self.layer_device.width(), self.layer_device.height())
        for area in merged_areas([transform.mapRect(scene_rect).toAlignedRect()
                                  .adjusted(-2, -2, 2, 2) & bounds for scene_rect in self._dirty]):
            self._note_layer_changed(area)
            painter = self._begin_notes(area)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Clear)
            painter.fillRect(area, Qt.GlobalColor.transparent)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
            for item, text in visible_down(self._ordered(), self, transform, area):
                self._draw(painter, transform, item, text)
            painter.end()
        self._dirty = []
