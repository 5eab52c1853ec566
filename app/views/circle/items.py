"""Scene items of the circle-of-influence board: the rings, the parking strip, the notes.

Board coordinates (FORMAT.md: centre (0, 0), outer radius 1.0) map to scene
units by :data:`SCALE`; the view only ever scales the scene, so a window of
any size shows the same board and no stored position changes.

Notes are one custom-painted item each (no text item per note), so a board
of thousands builds fast; settled notes are drawn by the scene's cached layer
(``circle_scene``), and only the note being edited gets a real text editor
(``circle_widgets.NoteEditor``).
"""
from __future__ import annotations

import itertools
import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStaticText,
    QTextLayout,
    QTextOption,
    QTransform,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models import circle as model
from app.views.circle.note_images import NoteImages, blit, render

SCALE = 500.0  # scene units per board unit: the outer circle has radius 500
NOTE_W, NOTE_H = model.NOTE_WIDTH * SCALE, model.NOTE_HEIGHT * SCALE
TEXT_PX, NAME_PX, RING_LABEL_PX, STRIP_LABEL_PX = 28, 18, 30, 28
# Keywords get the largest size at which they fit the post-it whole (fewer words, larger type);
# a long word then tightens its letters before it is broken.
TEXT_VARIANTS = ((46, 100.0), (42, 100.0), (38, 100.0), (35, 100.0), (32, 100.0), (30, 100.0),
                 (TEXT_PX, 100.0), (TEXT_PX, 94.0), (TEXT_PX, 88.0))
TEXT_MIN_PX = TEXT_PX  # the smallest keyword size: what the readability bounds are set for
MAX_LINES = 3
PAD_X, PAD_TOP, PAD_BOTTOM = 9, 5, 5
SIMPLE_BELOW = 0.28  # below this (text under ~8 px) notes are painted as plain blocks
BOARD_RECT = QRectF(model.BOARD_LEFT * SCALE, model.BOARD_TOP * SCALE,
                    (model.BOARD_RIGHT - model.BOARD_LEFT) * SCALE,
                    (model.BOARD_BOTTOM - model.BOARD_TOP) * SCALE)

# Ring fills inside out: distinct steps of one calm hue survive a washed-out projector.
RING_FILLS = ("#c9ddf0", "#d7e6f4", "#e3eef8", "#edf4fa", "#f6f9fd")
RING_LINE = QColor("#5f86ad")
MOST_FILL = QColor("#ffe6b3")
MOST_LINE = QColor("#c77c02")
HOVER_FILL = QColor("#d5eecb")  # the ring a dragged note would land in
SELECT_LINE = QColor("#1565c0")


def to_scene(x: float, y: float) -> QPointF:
    return QPointF(x * SCALE, y * SCALE)


def to_board(point: QPointF) -> tuple[float, float]:
    return point.x() / SCALE, point.y() / SCALE


def ui_font(px: int, weight: QFont.Weight = QFont.Weight.Normal, spacing: float = 100.0) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setWeight(weight)
    if spacing != 100.0:
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, spacing)
    return font


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> tuple[list[str], bool, bool]:
    """Word-wrap ``text`` to at most ``max_lines`` lines; the last one is elided.

    Returns the lines, whether text was cut, and whether a word had to be
    broken. Only the head of a very long text is laid out: a post-it shows a
    few words.
    """
    head = text[:400].replace("\n", "\u2028")
    layout = QTextLayout(head, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(starts) <= max_lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.textLength()))
    layout.endLayout()
    broken = any(not head[s - 1].isspace() and not head[s].isspace()
                 for s, _ in starts[1:max_lines] if 0 < s < len(head))
    lines = [head[s:s + n].replace("\u2028", " ").strip() for s, n in starts[:max_lines]]
    elided = len(starts) > max_lines or len(text) > len(head)
    if elided and lines:
        rest = head[starts[max_lines - 1][0]:].replace("\u2028", " ")
        lines[-1] = QFontMetricsF(font).elidedText(rest + " …", Qt.TextElideMode.ElideRight, width)
    return lines, elided, broken


def static_line(text: str, metrics: QFontMetricsF) -> tuple[QStaticText, float]:
    """One laid-out line and its width: drawn again and again without re-shaping."""
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static, metrics.horizontalAdvance(text)


_PASSED = frozenset((QGraphicsItem.GraphicsItemChange.ItemParentChange,
                     QGraphicsItem.GraphicsItemChange.ItemParentHasChanged))
_JOINED = itertools.count()  # order of joining a scene: Qt's tie-break for equal z
_SERIALS = itertools.count()  # a note item's key among the kept pictures (ids get reused)
IMAGES = NoteImages()


# Combined once: Python enum flag arithmetic per note costs ~50 us, i.e. 50 ms per 1,000 notes
_STATIC_FLAGS = (QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
                 | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
_INTERACTIVE_FLAGS = (_STATIC_FLAGS | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
_CACHE_MODE = QGraphicsItem.CacheMode.DeviceCoordinateCache


class NoteItem(QGraphicsRectItem):
    """One post-it: keywords (up to three lines), the participant's name below, a colour.

    Its position is the note's centre; the whole rounded rectangle is the hit target.
    A settled note is drawn by the scene's cached note layer (``ItemHasNoContents``);
    a live one (selected, dragged) paints itself above it. A note selected by a
    click stays in the layer (``layered``) and is only lifted out of it, which
    redraws the notes under it, when it first moves or changes: a press costs
    no layer redraw, and neither does selecting many notes at once.

    A rectangle item whose rectangle is the painted box (shadow included), so
    Qt's index and hit tests read the bounding rectangle without calling into
    Python; only the rounded hit shape is Python's.
    """

    TEXT_FONTS: tuple[QFont, ...] = ()
    NAME_FONT: QFont | None = None

    def __init__(self, note_id: int, *, interactive: bool = True,
                 pos: QPointF | None = None, z: float = 0.0) -> None:
        """``pos`` and ``z`` are set before the item reports changes: building a board of
        thousands then costs no change notifications beyond joining the scene."""
        super().__init__(_BOX)
        self.setPen(Qt.PenStyle.NoPen)  # the bounding rectangle is exactly _BOX
        self.note_id, self.serial = note_id, next(_SERIALS)
        self.z, self.seq = z, -1  # stacking key (z, joining order), read by the note layer
        self.text, self.name, self.color = "", "", QColor(model.DEFAULT_NOTE_COLOR)
        self._lines: list[str] | None = None
        self._tip = ""
        self.live = False
        self.layered = True  # the note layer holds this note's image (settled, or selected unmoved)
        self.px = self.py = 0.0  # the position as plain floats, for the note layer's culling
        self.shown = True  # False: counted in a "+N" (or off this screen), not drawn
        self._down: QPointF | None = None  # where the left button went down (scene)
        if pos is not None:
            self.setPos(pos)
            self.px, self.py = pos.x(), pos.y()
        if z:
            self.setZValue(z)
        self.setFlags(_INTERACTIVE_FLAGS if interactive else _STATIC_FLAGS)
        self.setCacheMode(_CACHE_MODE)
        if not NoteItem.TEXT_FONTS:
            NoteItem.TEXT_FONTS = tuple(ui_font(px, QFont.Weight.Medium, spacing)
                                        for px, spacing in TEXT_VARIANTS)
            NoteItem.NAME_FONT = ui_font(NAME_PX)
        self._font = NoteItem.TEXT_FONTS[0]
        self._line_h = self._name_h = 0.0
        self._static: list[tuple[QStaticText, float]] = []
        self._name_static: tuple[QStaticText, float] | None = None

    # -- content ---------------------------------------------------------------
    def set_content(self, text: str, name: str, color: str) -> None:
        if (text, name, QColor(color)) == (self.text, self.name, self.color):
            return
        self.text, self.name, self.color = text, name, QColor(color)
        self._lines = None
        IMAGES.forget(self.serial)
        self._changed()
        self.update()

    def set_live(self, live: bool) -> None:
        """Paint as an item (selected or dragged) or from the scene's note layer.

        Going live leaves the layer as it is (the item paints over its own
        image there); a lifted note settles back into the layer.
        """
        if live != self.live:
            self.live = live
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not live)
            scene = self.scene()
            if not live and not self.layered:
                self.layered = True
                if scene is not None and hasattr(scene, "settle"):
                    scene.settle(self)
                else:
                    self._changed()
            elif not live and scene is not None:  # Qt repaints no item without contents
                scene.update(self.sceneBoundingRect())
            self.update()

    def lift(self) -> None:
        """A live note leaves the note layer now (the layer is redrawn under it)."""
        if self.live:
            self._changed()

    def _changed(self) -> None:
        """The note's image in the layer is out of date: redraw there (a live note leaves it)."""
        scene = self.scene()
        if scene is not None and self.layered and hasattr(scene, "invalidate_notes"):
            if self.live:
                self.layered = False  # lifted: from now on it paints only itself
            scene.invalidate_notes(self.sceneBoundingRect())

    def lines(self) -> list[str]:
        """The wrapped keyword lines at the largest size that fits, laid out once and kept."""
        if self._lines is None:
            assert NoteItem.NAME_FONT is not None
            name_metrics = QFontMetricsF(NoteItem.NAME_FONT)
            self._name_h = name_metrics.lineSpacing() if self.name else 0.0
            room = NOTE_H - PAD_TOP - PAD_BOTTOM - self._name_h
            max_lines = MAX_LINES if self.name else MAX_LINES + 1
            for font in NoteItem.TEXT_FONTS:
                metrics = QFontMetricsF(font)
                fit_lines = max(1, min(max_lines, int(room // metrics.lineSpacing())))
                self._lines, elided, broken = wrap_lines(self.text, font, NOTE_W - 2 * PAD_X,
                                                         fit_lines)
                self._font = font
                if not broken and not elided:
                    break
            metrics = QFontMetricsF(self._font)
            self._line_h = metrics.lineSpacing()
            self._static = [static_line(line, metrics) for line in self._lines]
            name_line = name_metrics.elidedText(self.name, Qt.TextElideMode.ElideRight,
                                                NOTE_W - 2 * PAD_X)
            self._name_static = static_line(name_line, name_metrics) if name_line else None
            tip = self.text[:600] if elided else ""
            if tip != self._tip:
                self._tip = tip
                self.setToolTip(tip)
        return self._lines

    def text_rect(self) -> QRectF:
        """Where the keywords are drawn, around the note's centre (item coordinates)."""
        self.lines()
        height = self._line_h * len(self._static)
        width = max((w for _s, w in self._static), default=0.0)
        area = self.body().adjusted(PAD_X, PAD_TOP, -PAD_X, -PAD_BOTTOM - self._name_h)
        top = area.top() + max(0.0, (area.height() - height) / 2)
        return QRectF(area.center().x() - width / 2, top, width, height)

    def text_font(self) -> QFont:
        self.lines()
        return self._font

    def board_pos(self) -> tuple[float, float]:
        return to_board(self.pos())

    # -- geometry --------------------------------------------------------------
    def body(self) -> QRectF:
        return QRectF(_BODY)

    def shape(self) -> QPainterPath:
        return _SHAPE

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        """Keep a note's centre on the board; tell the note layer what a settled note did."""
        if change in _PASSED:  # joining the scene's note holder: nothing to do, return fast
            return value
        kind = QGraphicsItem.GraphicsItemChange
        if change == kind.ItemPositionChange and isinstance(value, QPointF):
            self._changed()  # the old place
            scene = self.scene()
            rect = scene.sceneRect() if scene is not None else BOARD_RECT
            return QPointF(min(max(value.x(), rect.left()), rect.right()),
                           min(max(value.y(), rect.top()), rect.bottom()))
        if change == kind.ItemPositionHasChanged and isinstance(value, QPointF):
            self.px, self.py = value.x(), value.y()
            self._changed()
        elif change == kind.ItemZValueHasChanged:
            self.z = float(value)  # type: ignore[arg-type]
            self._restack(self.scene(), True)
            self._changed()
        elif change == kind.ItemSceneChange:
            self._changed()
            self._restack(self.scene(), False)
        elif change == kind.ItemSceneHasChanged:
            self.seq = next(_JOINED)
            self._restack(self.scene(), True)
            self._changed()
        elif change == kind.ItemSelectedHasChanged:
            self.set_live(bool(value))
        return super().itemChange(change, value)

    # -- mouse -----------------------------------------------------------------
    # The board hands a pressed note the mouse itself (BoardView.mousePressEvent). For
    # such a grab Qt neither accepts the press (the view would start a rubber band) nor
    # remembers where the button went down (drags would not move): both are done here.
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton \
                and self.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            self._down = event.scenePos()
            event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._down is not None:
            event.setButtonDownScenePos(Qt.MouseButton.LeftButton, self._down)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._down is not None:
            event.setButtonDownScenePos(Qt.MouseButton.LeftButton, self._down)
        super().mouseReleaseEvent(event)
        if not event.buttons() & Qt.MouseButton.LeftButton:
            self._down = None

    def _restack(self, scene: object, present: bool) -> None:
        if scene is not None and hasattr(scene, "restack"):
            scene.restack(self, present)

    # -- painting --------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.draw(painter, selected=bool(option.state & QStyle.StateFlag.State_Selected))

    def draw(self, painter: QPainter, *, selected: bool, under: bool = False,
             text: bool = True) -> None:
        """Paint the note at the painter's origin (used by the item and the note layer).

        ``under``: the note layer draws from the top note down with
        ``CompositionMode_DestinationOver``, so the parts go in reverse order
        (text, then the body beneath it). ``text=False`` skips text that notes
        above would hide anyway.
        """
        body = self.body()
        transform = painter.worldTransform()
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(transform)
        if lod < SIMPLE_BELOW:
            painter.fillRect(body, self.color)
            if selected:
                painter.setPen(QPen(SELECT_LINE, 8))
                painter.drawRect(body)
            return
        if transform.isRotating():
            if under and text:
                self._paint_text(painter, body)
            paint_body(painter, body, self.color, selected, under=under)
            if text and not under:
                self._paint_text(painter, body)
            return
        # The painted box starts on a whole device pixel, text included: the body is a
        # shared blit, and a kept picture of the note (draw_settled) then looks the same.
        origin = transform.map(_BOX.topLeft())
        corner = QPointF(round(origin.x()), round(origin.y()))
        snapped = transform * QTransform.fromTranslate(corner.x() - origin.x(),
                                                       corner.y() - origin.y())
        painter.setWorldTransform(snapped)
        if under and text:
            self._paint_text(painter, body)
        pixmap = body_pixmap(self.color, selected, transform.m11(), transform.m22(),
                             painter.device().devicePixelRatioF())
        painter.resetTransform()
        painter.drawPixmap(corner, pixmap)
        if text and not under:
            painter.setWorldTransform(snapped)
            self._paint_text(painter, body)
        painter.setWorldTransform(transform)

    def draw_settled(self, painter: QPainter, transform: QTransform, *, under: bool = False,
                     text: bool = True) -> None:
        """The note as the note layer shows it, ``transform`` mapping scene to device.

        A note drawn again at the same scale is one blit of its kept picture
        (``note_images``); text the layer would skip (``text=False``) lies under
        paper drawn before, so the picture may hold it.
        """
        picture, scale = None, None
        if not transform.isRotating() and QStyleOptionGraphicsItem.levelOfDetailFromTransform(
                transform) >= SIMPLE_BELOW:
            scale = (transform.m11(), transform.m22(), painter.device().devicePixelRatioF())
            picture = IMAGES.picture(self.serial, scale)
        if picture is None and (scale is None or not IMAGES.wanted(self.serial, scale)):
            painter.setWorldTransform(QTransform.fromTranslate(self.px, self.py) * transform)
            self.draw(painter, selected=False, under=under, text=text)
            return
        if picture is None:
            assert scale is not None
            picture = render(_BOX.width(), _BOX.height(), scale[0], scale[1], scale[2],
                             self._paint_picture)
            IMAGES.keep(self.serial, scale, picture)
        blit(painter, picture, transform.map(QPointF(self.px + _BOX.left(), self.py + _BOX.top())))

    def _paint_picture(self, painter: QPainter) -> None:
        """Body and text with the painter's origin at the painted box's top left."""
        transform = painter.worldTransform()
        body = body_pixmap(self.color, False, transform.m11(), transform.m22(),
                           painter.device().devicePixelRatioF())
        painter.resetTransform()
        painter.drawPixmap(QPointF(0, 0), body)
        painter.setWorldTransform(transform)
        painter.translate(-_BOX.left(), -_BOX.top())
        self._paint_text(painter, self.body())

    def _paint_text(self, painter: QPainter, body: QRectF) -> None:
        self.lines()
        area = body.adjusted(PAD_X, PAD_TOP, -PAD_X, -PAD_BOTTOM - self._name_h)
        line_h = self._line_h
        top = area.top() + max(0.0, (area.height() - line_h * len(self._static)) / 2)
        painter.setFont(self._font)
        painter.setPen(TEXT_COLOR)
        centre = area.center().x()
        for i, (static, width) in enumerate(self._static):
            painter.drawStaticText(QPointF(centre - width / 2, top + i * line_h), static)
        if self.name and self._name_static is not None:
            assert NoteItem.NAME_FONT is not None
            painter.setFont(NoteItem.NAME_FONT)
            painter.setPen(NAME_COLOR)
            static, width = self._name_static
            painter.drawStaticText(QPointF(centre - width / 2, body.bottom() - PAD_BOTTOM - self._name_h),
                                   static)


TEXT_COLOR, NAME_COLOR = QColor("#1d1d1d"), QColor("#4a4a4a")
_BODY = QRectF(-NOTE_W / 2, -NOTE_H / 2, NOTE_W, NOTE_H)
_BOX = _BODY.adjusted(-6, -6, 9, 9)  # the body and its shadow
_SHAPE = QPainterPath()
_SHAPE.addRoundedRect(_BODY, 10, 10)
_BODIES: dict[tuple[int, bool, int, int, int], QPixmap] = {}


def paint_body(painter: QPainter, body: QRectF, color: QColor, selected: bool, *,
               under: bool = False) -> None:
    """A post-it's shadow, paper and edge (the selection edge when selected).

    ``under``: drawn beneath what is there (DestinationOver), so paper before shadow.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    parts = [(Qt.PenStyle.NoPen, QColor(0, 0, 0, 45), body.translated(4, 5)),
             (QPen(SELECT_LINE, 6) if selected else QPen(color.darker(135), 1.5), color, body)]
    for pen, brush, rect in reversed(parts) if under else parts:
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(rect, 10, 10)


def body_pixmap(color: QColor, selected: bool, sx: float, sy: float, dpr: float = 1.0) -> QPixmap:
    """The body of a note at one device scale, shared by every note of that colour."""
    key = (color.rgba(), selected, round(sx * 1000), round(sy * 1000), round(dpr * 100))
    pixmap = _BODIES.get(key)
    if pixmap is None:
        if len(_BODIES) > 64:  # zooming leaves old scales behind
            _BODIES.clear()
        bounds = QRectF(-NOTE_W / 2 - 6, -NOTE_H / 2 - 6, NOTE_W + 15, NOTE_H + 15)
        pixmap = QPixmap(max(1, math.ceil(bounds.width() * sx * dpr)) + 1,
                         max(1, math.ceil(bounds.height() * sy * dpr)) + 1)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.scale(sx, sy)
        painter.translate(-bounds.left(), -bounds.top())
        paint_body(painter, QRectF(-NOTE_W / 2, -NOTE_H / 2, NOTE_W, NOTE_H), color, selected)
        painter.end()
        _BODIES[key] = pixmap
    return pixmap
