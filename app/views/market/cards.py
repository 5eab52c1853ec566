"""Drawing blocks shared by the marketplace's sheets and plenary scenes.

One custom-painted item per line (text laid out once with QTextLayout, cached
per device), panels for sheets, pools and columns, a view that fits the wall's
width, and a scene base class that turns a mouse drag of a card into a drop on
another card or panel. Items move live while dragged; the scene writes nothing
until the button is released.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.models.market_analysis import EntryView
from app.views.market.panel_head import PanelHead

PAPER = {"supply": QColor("#fff6c2"), "demand": QColor("#dcefff")}
ACCENT = {"supply": QColor("#8a5000"), "demand": QColor("#1565c0")}
INK = QColor("#1f2328")
MUTED = QColor("#55606b")
WALL = QColor("#e9e6df")
SHEET = QColor("#fdfdfb")
SELECT = QColor("#e65100")
FOCUS = QColor("#0d2a6b")  # the facilitator's keyboard focus frame (never on the room's board)
POOL = QColor("#e9e2d4")  # clearly apart from the supply paper: the cards stand out
KNOT = QColor("#e3f4e1")


@dataclass(frozen=True)
class Metrics:
    """Sizes in scene units; the audience projection uses larger type on the same layout."""

    card_w: float = 250.0
    text_pt: float = 11.5
    small_pt: float = 9.0
    title_pt: float = 16.0
    pad: float = 9.0
    contrast: bool = False  # the projector's high-contrast look: black ink, strong edges

    @classmethod
    def for_audience(cls, audience: bool) -> Metrics:
        return cls(card_w=245.0, text_pt=15.0, small_pt=11.5, title_pt=21.0, pad=11.0) if audience else cls()

    def scaled(self, scale: float, *, contrast: bool | None = None) -> Metrics:
        """The same layout with type ``scale`` times larger (wraps sooner, never overflows)."""
        return replace(self, text_pt=self.text_pt * scale, small_pt=self.small_pt * scale,
                       title_pt=self.title_pt * scale,
                       contrast=self.contrast if contrast is None else contrast)

    def tone(self, color: QColor) -> QColor:
        """Muted greys and soft accents become near-black in high contrast."""
        if not self.contrast:
            return color
        return INK if color == MUTED else color.darker(170)

    def edge(self, fill: QColor) -> QPen:
        return QPen(INK, 1.6) if self.contrast else QPen(fill.darker(122), 1)


def font(point_size: float, *, bold: bool = False, italic: bool = False) -> QFont:
    f = QFont(QApplication.font())
    f.setPointSizeF(point_size)
    f.setBold(bold)
    f.setItalic(italic)
    return f


class TextBlock:
    """Wrapped text of a fixed width: breaks at words, or anywhere in a very long word.

    The writing direction follows the text, so Arabic or Hebrew lines read right to left.
    """

    def __init__(self, text: str, qfont: QFont, width: float, color: QColor = INK) -> None:
        self.color = color
        self.layout = QTextLayout(text, qfont)
        option = QTextOption(Qt.AlignmentFlag.AlignLeading)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        self.layout.setTextOption(option)
        self.layout.beginLayout()
        y = 0.0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(10.0, width))
            line.setPosition(QPointF(0, y))
            y += line.height()
        self.layout.endLayout()
        self.height = y if text else 0.0

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(self.color)
        self.layout.draw(painter, QPointF(x, y))


class EntryCard(QGraphicsObject):
    """A line on a sheet as a note: its text, its people, and small tags below."""

    def __init__(self, entry: EntryView, metrics: Metrics, *, people: str = "",
                 tags: str = "", width: float | None = None) -> None:
        super().__init__()
        self.metrics = metrics
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.highlighted = False
        self.focused = False  # keyboard focus; only the facilitator's scene ever sets it
        self.width = width or metrics.card_w
        self.set_entry(entry, people=people, tags=tags)

    @property
    def entry_id(self) -> int:
        return self.entry.id

    def set_entry(self, entry: EntryView, *, people: str = "", tags: str = "") -> None:
        """Update the content; re-lays out only when something visible changed."""
        key = (entry.text, entry.side, people, tags)
        self.entry, self.people_text = entry, people
        if getattr(self, "_key", None) == key:
            return
        self.prepareGeometryChange()
        self._key = key
        m, inner = self.metrics, self.width - 2 * self.metrics.pad
        self.text = TextBlock(entry.text, font(m.text_pt), inner)
        self.people = TextBlock(people, font(m.small_pt, italic=True), inner, m.tone(MUTED))
        self.tags = TextBlock(tags, font(m.small_pt, bold=True), inner, m.tone(ACCENT[entry.side]))
        gaps = sum(4.0 for block in (self.people, self.tags) if block.height)
        self.height = 2 * m.pad + self.text.height + self.people.height + self.tags.height + gaps
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-FOCUS_GAP - 2, -FOCUS_GAP - 2, self.width + 2 * FOCUS_GAP + 6,
                      self.height + 2 * FOCUS_GAP + 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, self.width, self.height))
        return path

    def set_focused(self, on: bool) -> None:
        if on != self.focused:
            self.focused = on
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, self.width, self.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(rect.translated(2, 3), 4, 4)
        painter.setBrush(PAPER[self.entry.side])
        if self.isSelected():
            painter.setPen(QPen(SELECT, 3))
        elif self.highlighted:
            painter.setPen(QPen(ACCENT[self.entry.side], 3, Qt.PenStyle.DashLine))
        else:
            painter.setPen(self.metrics.edge(PAPER[self.entry.side]))
        painter.drawRoundedRect(rect, 4, 4)
        if self.focused:
            paint_focus(painter, rect)
        y = self.metrics.pad
        for block in (self.text, self.people, self.tags):
            if block.height:
                block.draw(painter, self.metrics.pad, y)
                y += block.height + 4


FOCUS_GAP = 5.0


def paint_focus(painter: QPainter, rect: QRectF) -> None:
    """The keyboard focus frame: a dark dashed line just outside the card (a shape, not a hue)."""
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FOCUS, 2.5, Qt.PenStyle.DashLine))
    painter.drawRoundedRect(rect.adjusted(-FOCUS_GAP, -FOCUS_GAP, FOCUS_GAP, FOCUS_GAP), 6, 6)
    painter.restore()


class PanelItem(QGraphicsObject):
    """A sheet, a pool frame or a column: a titled paper area and a drop target.

    ``key`` says what dropping on it means to the scene, e.g. ("sheet", group, side).
    """

    def __init__(self, key: Any, title: str, metrics: Metrics, *, fill: QColor = SHEET,
                 accent: QColor = MUTED, subtitle: str = "", width: float = 270.0,
                 title_pt: float | None = None) -> None:
        super().__init__()
        self.key, self.metrics, self.fill, self.accent = key, metrics, fill, accent
        self.title_pt = title_pt or metrics.title_pt * 0.85
        self.width, self.height = width, 120.0
        self.highlighted = self.current = False
        self.setZValue(-1)
        self.head = PanelHead(self)  # the titles, cached: a taller sheet leaves them be
        self.set_titles(title, subtitle)

    def set_titles(self, title: str, subtitle: str = "") -> None:
        inner = self.width - 2 * self.metrics.pad
        self.title = TextBlock(title, font(self.title_pt, bold=True), inner,
                               self.metrics.tone(self.accent))
        self.subtitle = TextBlock(subtitle, font(self.metrics.small_pt, italic=True), inner,
                                  self.metrics.tone(MUTED))
        self.header = self.metrics.pad + self.title.height + (self.subtitle.height + 2
                                                              if self.subtitle.height else 0) + 8
        self.head.changed()

    def set_height(self, height: float) -> None:
        if height != self.height:
            self.prepareGeometryChange()
            self.height = height

    def set_flags(self, *, highlighted: bool | None = None, current: bool | None = None) -> None:
        flags = (self.highlighted if highlighted is None else highlighted,
                 self.current if current is None else current)
        if flags != (self.highlighted, self.current):
            self.highlighted, self.current = flags
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, self.width + 8, self.height + 8)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, self.width, self.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 22))
        painter.drawRoundedRect(rect.translated(3, 4), 6, 6)
        painter.setBrush(QBrush(self.fill))
        painter.setPen(QPen(SELECT, 3, Qt.PenStyle.DashLine) if self.highlighted else
                       QPen(self.accent, 2.5) if self.current else self.metrics.edge(self.fill))
        painter.drawRoundedRect(rect, 6, 6)

    def paint_titles(self, painter: QPainter) -> None:
        self.title.draw(painter, self.metrics.pad, self.metrics.pad)
        if self.subtitle.height:
            self.subtitle.draw(painter, self.metrics.pad, self.metrics.pad + self.title.height + 2)


class LabelItem(QGraphicsObject):
    """A free-standing title or hint on the wall."""

    def __init__(self, text: str, qfont: QFont, width: float, color: QColor = INK) -> None:
        super().__init__()
        self.width = width
        self.block = TextBlock(text, qfont, width, color)
        self._look = (text, qfont, QColor(color))
        self.key: Any = None

    def set_text(self, text: str, qfont: QFont, color: QColor = INK) -> None:
        if (text, qfont, QColor(color)) == self._look:
            return
        self._look = (text, qfont, QColor(color))
        self.prepareGeometryChange()
        self.block = TextBlock(text, qfont, self.width, color)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.block.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.block.draw(painter, 0, 0)


class BoardView(QGraphicsView):
    """Shows the wall scaled to the viewport's width (never above ``max_scale``)."""

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None, *,
                 max_scale: float = 1.6) -> None:
        super().__init__(scene, parent)
        self.max_scale = max_scale
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setBackgroundBrush(WALL)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())

    def set_contrast(self, on: bool) -> None:
        self.setBackgroundBrush(QColor("#ffffff") if on else WALL)

    def fit(self) -> None:
        rect = self.sceneRect()
        if rect.width() <= 0:
            return
        width = max(50, self.viewport().width() - 4)
        self.set_scale(min(self.max_scale, width / rect.width()))

    def set_scale(self, scale: float) -> None:
        """Show the wall at ``scale``; the same scale again changes (and repaints) nothing."""
        if self.transform().m11() != scale:
            self.resetTransform()
            self.scale(scale, scale)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        hook = getattr(self.scene(), "set_view_width", None)
        if hook is not None:
            hook(self.viewport().width())
        self.fit()


class DragScene(QGraphicsScene):
    """Press, drag and release a card; subclasses say what a drop means.

    Subclasses implement :meth:`target_at` (what lies under the cursor: a card
    or a panel, or None) and :meth:`drop` (push the command); :meth:`relayout`
    puts every item back in its place afterwards.

    Signals:
        card_activated(int): a card was double-clicked (entry id).
        laid_out(): the items have their places (the room's view pages the wall anew).
    """

    card_activated = Signal(int)
    laid_out = Signal()

    def __init__(self, parent: Any = None, *, editable: bool = True) -> None:
        super().__init__(parent)
        self.editable = editable
        self._press: tuple[EntryCard, QPointF, QPointF] | None = None
        self._dragging = False
        self._target: Any = None

    def cancel_drag(self) -> None:
        """Forget a drag in progress (its card is about to be rebuilt)."""
        self._press, self._dragging, self._target = None, False, None

    # -- subclass hooks ------------------------------------------------------
    def target_at(self, pos: QPointF, card: EntryCard) -> Any:
        return None

    def drop(self, card: EntryCard, target: Any, pos: QPointF) -> None:
        pass

    def relayout(self) -> None:
        pass

    def can_drag(self, card: EntryCard) -> bool:
        return True

    # -- mouse -----------------------------------------------------------------
    def card_at(self, pos: QPointF, exclude: QGraphicsItem | None = None) -> EntryCard | None:
        for item in self.items(pos):
            if isinstance(item, EntryCard) and item is not exclude:
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        card = self.card_at(event.scenePos())
        if (card is not None and self.editable and event.button() == Qt.MouseButton.LeftButton
                and self.can_drag(card)):
            self._press = (card, event.scenePos(), card.pos())

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        card, start, origin = self._press
        delta = event.scenePos() - start
        if not self._dragging and delta.manhattanLength() < QApplication.startDragDistance():
            return
        if not self._dragging:
            self._dragging = True
            card.setZValue(100)
            card.setOpacity(0.85)
            card.setCursor(Qt.CursorShape.ClosedHandCursor)
        card.setPos(origin + delta)
        self._set_target(self.target_at(event.scenePos(), card))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press, dragging, target = self._press, self._dragging, self._target
        self._press, self._dragging = None, False
        self._set_target(None)
        if press is None or not dragging:
            super().mouseReleaseEvent(event)
            return
        card = press[0]
        card.setZValue(0)
        card.setOpacity(1.0)
        card.setCursor(Qt.CursorShape.OpenHandCursor)
        if target is not None:
            self.drop(card, target, event.scenePos())
        self.relayout()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos())
        if card is not None and self.editable:
            self.card_activated.emit(card.entry_id)
            return
        super().mouseDoubleClickEvent(event)

    def _set_target(self, target: Any) -> None:
        if target is self._target:
            return
        for item in (self._target, target):
            if isinstance(item, EntryCard | PanelItem):
                item.set_highlighted(item is target) if isinstance(item, EntryCard) else \
                    item.set_flags(highlighted=item is target)
        self._target = target


# -- words on the cards ----------------------------------------------------------


def group_title(name: str) -> str:
    """"Subgroep A" for a short code, the name itself for a longer one."""
    return QCoreApplication.translate("Market", "Subgroep {name}").format(name=name) if len(name) <= 3 else name


def names(refs: Any) -> str:
    from app.models.market_analysis import people_names

    return people_names(refs, conjunction=QCoreApplication.translate("Market", "en"))


def people_line(entry: EntryView) -> str:
    """Who offers it, or who asks and from whom."""
    who = names(entry.owners)
    if entry.side == "demand" and entry.sources:
        source = QCoreApplication.translate("Market", "van: {names}").format(names=names(entry.sources))
        return f"{who} · {source}" if who else source
    return who


class TagIndex:
    """The small marks of every line of one state, counted once (not once per line)."""

    def __init__(self, state: Any) -> None:
        self.pooled = state.pool_of
        self.tied: dict[int, int] = {}
        for _, demand, supply in state.matches:
            for entry_id in {demand, supply}:
                self.tied[entry_id] = self.tied.get(entry_id, 0) + 1
        self.developments = {d.id: d.text for d in state.developments}

    def line(self, entry: EntryView, *, fits: bool = True) -> str:
        """Pooled, tied in a knot, serving a development (``fits``)."""
        tags = []
        if entry.id in self.pooled:
            tags.append(QCoreApplication.translate("Market", "gebundeld"))
        tied = self.tied.get(entry.id, 0)
        if tied:
            tags.append(QCoreApplication.translate("Market", "knoop") if tied == 1 else QCoreApplication.translate("Market", "{n} knopen").format(n=tied))
        if fits and entry.fits_development_id is not None:
            dev = self.developments.get(entry.fits_development_id, "")
            if dev:
                tags.append(QCoreApplication.translate("Market", "past bij: {development}").format(development=dev))
        return " · ".join(tags)



def add_shortcut(keys: Any, parent: QWidget, slot: Any,
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> Any:
    """A shortcut that only works where it belongs.

    PySide6 6.11 silently ignores ``context=`` in ``QShortcut(key, parent, slot,
    context=...)`` (the shortcut becomes window-wide), so set it explicitly.
    """
    from PySide6.QtGui import QKeySequence, QShortcut

    shortcut = QShortcut(keys if isinstance(keys, QKeySequence) else QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut
