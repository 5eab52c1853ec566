"""The red/green board drawn: two circles and the post-its on them.

Board coordinates (app.models.reflection) map to scene pixels by :data:`UNIT`. One
custom-painted item per post-it; items move live while dragged and the board writes
the new positions when the gesture ends.

Signals (ReflectionScene):
    moved(dict): post-its a drag moved, {note_id: (x, y)} in board coordinates
    edit_requested(int): a post-it was double-clicked
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models import reflection as model

UNIT = 400.0  # scene pixels per board unit
NOTE_W, NOTE_H = 0.34 * UNIT, 0.2 * UNIT
SCENE_RECT = QRectF(model.LEFT * UNIT - NOTE_W / 2, model.TOP * UNIT - 50,
                    (model.RIGHT - model.LEFT) * UNIT + NOTE_W, (model.BOTTOM - model.TOP) * UNIT + 110)
COLOURS = {
    "normal": {"red": "#f6c9c4", "red_edge": "#c0392b", "green": "#cfe8cf", "green_edge": "#2e7d32",
               "note": "#fff59d", "note_edge": "#b59f3b", "text": "#1d2b36", "name": "#4e3d00",
               "select": "#2f6f8f"},
    "contrast": {"red": "#ffffff", "red_edge": "#b00000", "green": "#ffffff", "green_edge": "#006400",
                 "note": "#ffffff", "note_edge": "#000000", "text": "#000000", "name": "#000000",
                 "select": "#0033cc"},
}


def to_scene(x: float, y: float) -> QPointF:
    return QPointF(x * UNIT, y * UNIT)


def to_board(point: QPointF) -> tuple[float, float]:
    return (point.x() / UNIT, point.y() / UNIT)


class ReflectionNoteItem(QGraphicsItem):
    """One post-it: keywords, and the participant's name underneath."""

    def __init__(self, note_id: int, text: str, name: str, *, movable: bool) -> None:
        super().__init__()
        self.note_id, self.text, self.name = note_id, text, name
        self.text_scale = 1.0
        flags = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
        if movable:
            flags |= QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        self.setFlags(flags if movable else QGraphicsItem.GraphicsItemFlag(0))
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(-NOTE_W / 2 - 3, -NOTE_H / 2 - 3, NOTE_W + 6, NOTE_H + 6)

    def set_content(self, text: str, name: str) -> None:
        if (text, name) != (self.text, self.name):
            self.text, self.name = text, name
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        scene = self.scene()
        colours = COLOURS["contrast" if getattr(scene, "high_contrast", False) else "normal"]
        rect = QRectF(-NOTE_W / 2, -NOTE_H / 2, NOTE_W, NOTE_H)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = QPen(QColor(colours["select"] if self.isSelected() else colours["note_edge"]),
                    4 if self.isSelected() else 1.5)
        painter.setPen(edge)
        painter.setBrush(QColor(colours["note"]))
        painter.drawRoundedRect(rect, 4, 4)
        inner = rect.adjusted(8, 6, -8, -6)
        name_font = QFont()
        name_font.setPixelSize(max(8, round(14 * self.text_scale)))
        name_font.setBold(True)
        name_h = QFontMetricsF(name_font).height() if self.name else 0.0
        body = QRectF(inner.left(), inner.top(), inner.width(), inner.height() - name_h)
        text_font = QFont()
        text_font.setPixelSize(max(8, round(18 * self.text_scale)))
        painter.setPen(QColor(colours["text"]))
        painter.setFont(text_font)
        painter.drawText(body, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), _fit(self.text, text_font, body))
        if self.name:
            painter.setFont(name_font)
            painter.setPen(QColor(colours["name"]))
            metrics = QFontMetricsF(name_font)
            painter.drawText(QRectF(inner.left(), inner.bottom() - name_h, inner.width(), name_h),
                             int(Qt.AlignmentFlag.AlignRight),
                             metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, inner.width()))


def _fit(text: str, font: QFont, rect: QRectF) -> str:
    """The text, cut with an ellipsis so it fits ``rect`` when wrapped."""
    metrics = QFontMetricsF(font)
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)

    def fits(candidate: str) -> bool:
        return metrics.boundingRect(QRectF(0, 0, rect.width(), 10_000), flags, candidate).height() <= rect.height()

    if fits(text):
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(text[:mid].rstrip() + "…"):
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


class ReflectionScene(QGraphicsScene):
    """The two circles (background) and the post-it items."""

    moved = Signal(object)
    edit_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSceneRect(SCENE_RECT)
        self.high_contrast = False
        self.text_scale = 1.0
        self.items_by_id: dict[int, ReflectionNoteItem] = {}
        self.captions = ("", "", "", "")
        self._press: dict[int, QPointF] = {}

    def set_captions(self, red: str, red_sub: str, green: str, green_sub: str) -> None:
        self.captions = (red, red_sub, green, green_sub)
        self.update()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt's name)
        colours = COLOURS["contrast" if self.high_contrast else "normal"]
        painter.fillRect(rect, QColor("#ffffff" if self.high_contrast else "#f7f5f0"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = model.RADIUS * UNIT
        for centre, fill, edge, title, sub in (
                (model.RED_CENTRE, colours["red"], colours["red_edge"], *self.captions[:2]),
                (model.GREEN_CENTRE, colours["green"], colours["green_edge"], *self.captions[2:])):
            c = to_scene(*centre)
            painter.setPen(QPen(QColor(edge), 6))
            painter.setBrush(QBrush(QColor(fill)))
            painter.drawEllipse(c, radius, radius)
            font = QFont()
            font.setPixelSize(round(26 * self.text_scale))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(edge))
            head = QRectF(c.x() - radius, c.y() - radius - 40, 2 * radius, 36)
            painter.drawText(head, int(Qt.AlignmentFlag.AlignCenter), title)
            font.setBold(False)
            font.setPixelSize(round(17 * self.text_scale))
            painter.setFont(font)
            foot = QRectF(c.x() - radius - 20, c.y() + radius + 4, 2 * radius + 40, 60)
            painter.drawText(foot, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), sub)

    # -- items -------------------------------------------------------------------
    def sync(self, notes: list[tuple[int, str, str, float, float]], *, movable: bool) -> None:
        """Show exactly ``notes`` (id, text, name, x, y), bottom to top; keeps items that stay."""
        wanted = {n[0] for n in notes}
        for note_id in list(self.items_by_id):
            if note_id not in wanted:
                self.removeItem(self.items_by_id.pop(note_id))
        for z, (note_id, text, name, x, y) in enumerate(notes):
            item = self.items_by_id.get(note_id)
            if item is None:
                item = self.items_by_id[note_id] = ReflectionNoteItem(note_id, text, name, movable=movable)
                item.text_scale = self.text_scale
                self.addItem(item)
            else:
                item.set_content(text, name)
            item.setPos(to_scene(x, y))
            item.setZValue(z)

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        for item in self.items_by_id.values():
            item.text_scale = scale
            item.update()
        self.update()

    def selected_ids(self) -> list[int]:
        return [i.note_id for i in self.selectedItems() if isinstance(i, ReflectionNoteItem)]

    # -- one drag is one gesture ------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mousePressEvent(event)
        self._press = {i.note_id: i.pos() for i in self.selectedItems()
                       if isinstance(i, ReflectionNoteItem)}

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        moves = {}
        for note_id, start in self._press.items():
            item = self.items_by_id.get(note_id)
            if item is not None and item.pos() != start:
                moves[note_id] = to_board(item.pos())
        self._press = {}
        if moves:
            self.moved.emit(moves)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 (Qt's name)
        item = self.itemAt(event.scenePos(), self.views()[0].transform()) if self.views() else None
        if isinstance(item, ReflectionNoteItem) and item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
            self.edit_requested.emit(item.note_id)
            return
        super().mouseDoubleClickEvent(event)
