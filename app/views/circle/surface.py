"""The circle's surface under the post-its: the rings with their labels, the parking strip, the "+N" tiles."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models import circle as model
from app.models.circle_layout import Layout
from app.views.circle.items import (
    _BODY,
    BOARD_RECT,
    HOVER_FILL,
    MOST_FILL,
    MOST_LINE,
    NAME_PX,
    NOTE_H,
    NOTE_W,
    RING_FILLS,
    RING_LABEL_PX,
    RING_LINE,
    SCALE,
    STRIP_LABEL_PX,
    ui_font,
)
from app.views.common.labels import ring_label


def default_layout() -> Layout:
    """The stored geometry drawn as it is (the circle of radius SCALE around 0, 0)."""
    return Layout(zoom=1.0, width=BOARD_RECT.width(), height=BOARD_RECT.height(), cx=0.0,
                  cy=0.0, ax=SCALE, ay=SCALE,
                  radii=tuple((k + 1) * model.RING_WIDTH for k in range(len(model.RINGS))))


class Rings:
    """The five concentric rings with large labels, painted under the notes.

    Drawn as the layout (``circle_layout``) shaped them: ellipses filling the
    board, widths following their contents, labels where the layout keeps
    them clear of post-its; in focus mode one panel for the ring shown.
    ``most`` rings (the tally's winners) get a warm fill and label; ``hover``
    is the ring under a note being dragged, so the facilitator sees where it
    lands. ``changed`` is called when either changes (the scene repaints).
    """

    def __init__(self, changed: Callable[[], None] = lambda: None) -> None:
        self.most: tuple[str, ...] = ()
        self.hover: str | None = None
        self.changed = changed
        self.label_font = ui_font(RING_LABEL_PX, QFont.Weight.DemiBold)
        self.layout = default_layout()
        self.focus_title = ""
        self._shape_of: object = None
        self._shape: tuple[object, ...] = ((), "")

    def boundingRect(self) -> QRectF:
        lay = self.layout
        if lay.cx == 0.0 and lay.cy == 0.0:
            return QRectF(-SCALE - 4, -SCALE - 4, 2 * SCALE + 8, 2 * SCALE + 8)
        return QRectF(-4, -4, lay.width + 8, lay.height + 8)

    def shape(self) -> tuple[object, ...]:
        """What the picture of rings and strip depends on besides ``most`` and ``hover``
        (worked out once per layout: every frame asks)."""
        lay = self.layout
        if self._shape_of is not lay or self._shape[1] != self.focus_title:
            self._shape_of = lay
            self._shape = (lay.focus, self.focus_title, lay.radii, lay.cx, lay.cy, lay.ax,
                           lay.ay, lay.width, lay.height, tuple(sorted(lay.labels.items())),
                           tuple(sorted(lay.named_more)), lay.strip, tuple(lay.strip_cells))
        return self._shape

    def set_state(self, *, most: tuple[str, ...] | None = None, hover: str | None | bool = False) -> None:
        changed = False
        if most is not None and most != self.most:
            self.most, changed = most, True
        if hover is not False and hover != self.hover:
            self.hover, changed = hover, True  # type: ignore[assignment]
        if changed:
            self.changed()

    def label_size(self, ring: str) -> tuple[float, float]:
        """A label's box: one line, or two when it is wider than a post-it."""
        metrics = QFontMetricsF(self.label_font)
        text = ring_label(ring)
        one = metrics.horizontalAdvance(text) + 28
        if one <= NOTE_W:
            return one, metrics.height() + 6
        box = metrics.boundingRect(QRectF(0, 0, NOTE_W - 28, 400),
                                   int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        return min(NOTE_W, box.width() + 28), box.height() + 10

    def label_rect(self, ring: str) -> QRectF:
        """Where a ring's label is drawn, in scene units (empty when the ring has none)."""
        rect = self.layout.labels.get(ring)
        return QRectF(*rect) if rect else QRectF()

    def _fill(self, ring: str) -> QColor:
        if ring == self.hover:
            return HOVER_FILL
        if ring in self.most:
            return MOST_FILL
        return QColor(RING_FILLS[model.RINGS.index(ring)])

    def paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        lay = self.layout
        if lay.focus is not None:
            self._paint_focus(painter)
            return
        for index in reversed(range(len(model.RINGS))):
            ring = model.RINGS[index]
            painter.setBrush(self._fill(ring))
            painter.setPen(QPen(RING_LINE, 4 if index == len(model.RINGS) - 1 else 2.5))
            painter.drawEllipse(QPointF(lay.cx, lay.cy), lay.ax * lay.radii[index],
                                lay.ay * lay.radii[index])
        painter.setFont(self.label_font)
        for ring in model.RINGS:
            rect = self.label_rect(ring)
            if not rect.isEmpty():
                self._paint_label(painter, rect, ring_label(ring), ring in self.most)

    def _paint_label(self, painter: QPainter, rect: QRectF, text: str, winner: bool) -> None:
        painter.setPen(QPen(MOST_LINE, 2.5) if winner else Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff") if not winner else QColor("#fff7e0"))
        painter.setOpacity(0.92)
        radius = min(rect.height() / 2, 22)
        painter.drawRoundedRect(rect, radius, radius)
        painter.setOpacity(1.0)
        painter.setPen(QColor("#7a4a00") if winner else QColor("#22405e"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _paint_focus(self, painter: QPainter) -> None:
        lay = self.layout
        ring = lay.focus
        assert ring is not None
        painter.setBrush(self._fill(ring))
        painter.setPen(QPen(RING_LINE, 3))
        painter.drawRoundedRect(QRectF(4, 4, lay.width - 8, lay.height - 8), 24, 24)
        painter.setFont(self.label_font)
        rect = self.label_rect(ring)
        if not rect.isEmpty():
            self._paint_label(painter, rect, self.focus_title or ring_label(ring), ring in self.most)


MORE_PX = 44


class MoreItem(QGraphicsRectItem):
    """A post-it-sized tile "+N": the N post-its of a ring that do not fit the screen.

    Clicking it (on the console) opens that ring in focus: ``opened(ring)``.
    """

    def __init__(self, ring: str | None, opened: Callable[[str], None] | None) -> None:
        super().__init__(_BODY)
        self.ring, self.count, self._opened = ring, 0, opened
        self.setPen(Qt.PenStyle.NoPen)
        self.setZValue(1e9)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)  # drawn once per count
        if opened is None or ring is None:
            self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.font = ui_font(MORE_PX, QFont.Weight.Bold)
        self.small = ui_font(NAME_PX)

    def text(self) -> str:
        return f"+{self.count}"

    def set_count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.update()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._opened is not None and self.ring is not None:
            self._opened(self.ring)
        event.accept()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        body = self.rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#ffffff"))
        painter.setPen(QPen(RING_LINE, 3, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(body, 10, 10)
        painter.setPen(QColor("#22405e"))
        painter.setFont(self.font)
        top = body.adjusted(0, 4, 0, -NAME_PX * 1.6)
        painter.drawText(top, Qt.AlignmentFlag.AlignCenter, self.text())
        painter.setFont(self.small)
        hint = (QCoreApplication.translate("CircleBoard", "klik: toon alle")
                if self._opened is not None and self.ring is not None
                else ring_label(self.ring) if self.ring is not None
                else QCoreApplication.translate("CircleBoard", "nog te plaatsen"))
        painter.drawText(body.adjusted(4, 0, -4, -6),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, hint)


HINT_FLAGS = (Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
              | Qt.TextFlag.TextWordWrap)


class Strip:
    """The parking strip beside the circle, where new notes wait to be placed."""

    def __init__(self, title: str, *, slots: bool = True, hint: str = "") -> None:
        self.title, self.slots, self.hint = title, slots, hint
        self.font = ui_font(STRIP_LABEL_PX, QFont.Weight.DemiBold)
        self.hint_font = ui_font(NAME_PX)
        self.layout = default_layout()

    def hint_rect(self, area: QRectF) -> QRectF:
        """Where the hint goes: at the strip's foot, wrapped onto two lines when narrow."""
        inner = QRectF(area.left() + 6, area.top(), area.width() - 12, area.height() - 4)
        need = QFontMetricsF(self.hint_font).boundingRect(inner, HINT_FLAGS, self.hint)
        height = min(need.height(), area.height() / 4)
        return QRectF(inner.left(), area.bottom() - 4 - height, inner.width(), height)

    def area(self) -> QRectF:
        rect = self.layout.strip
        if rect is None:
            return QRectF()
        return QRectF(*rect)

    def boundingRect(self) -> QRectF:
        return self.area().adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter) -> None:
        area = self.area()
        if area.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#f4f4f1"))
        painter.setPen(QPen(QColor("#a5a59c"), 2.5, Qt.PenStyle.DashLine))
        painter.drawRoundedRect(area, 18, 18)
        font = QFont(self.font)
        width = QFontMetricsF(font).horizontalAdvance(self.title)
        if width > area.width() - 16:
            font.setPixelSize(max(12, int(STRIP_LABEL_PX * (area.width() - 16) / width)))
        painter.setFont(font)
        painter.setPen(QColor("#5b5b52"))
        painter.drawText(QRectF(area.left(), area.top() + 4, area.width(), 40),
                         Qt.AlignmentFlag.AlignCenter, self.title)
        if self.hint and area.height() > 300:
            painter.setFont(self.hint_font)
            painter.setPen(QColor("#7b7b72"))
            painter.drawText(self.hint_rect(area), HINT_FLAGS, self.hint)
        if not self.slots:
            return
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor("#d2d2ca"), 2, Qt.PenStyle.DotLine))
        for x, y in self.layout.strip_cells:
            painter.drawRoundedRect(QRectF(x - NOTE_W / 2, y - NOTE_H / 2, NOTE_W, NOTE_H), 10, 10)
