"""The marketplace walls as the room sees them: all of it fitted, or paged, never scrolled.

The room cannot scroll. :class:`RoomBoardView` shows the whole scene when it
fits at a readable size (body text at least :data:`MIN_TEXT_SHARE` of the
room's height); otherwise it fits the wall's width and cuts it into pages at
lines where no card, knot or label is split. The facilitator turns the pages
(Page Down / Page Up); the audience view shows "2/3".
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from app.views.market.cards import BoardView, PanelItem

PAGED_ZOOM = 1.25  # a paged wall is shown at most this much above the readable size
MIN_TEXT_SHARE = 0.019  # body text >= 1.9 % of the room's height (20.5 px at 1080) ...
MIN_TEXT_PX = 15.0  # ... and never below 15 px (1024x768, 1280x720)
PT_TO_PX = 96 / 72


def min_text_px(room_height: int) -> float:
    return max(MIN_TEXT_PX, MIN_TEXT_SHARE * room_height)


def text_px(point_size: float, widget: QWidget | None = None) -> float:
    """The pixel size of type set at ``point_size`` on ``widget``'s screen."""
    dpi = widget.logicalDpiY() if widget is not None else 96
    return point_size * dpi / 72


class RoomBoardView(BoardView):
    """A read-only wall fitted to the room, paged when it would be too small to read.

    Signals:
        pages_changed(int): the number of pages changed (after a resize or an edit).
    """

    pages_changed = Signal(int)

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None, *,
                 max_scale: float = 2.2, text_pt: float = 15.0) -> None:
        super().__init__(scene, parent, max_scale=max_scale)
        self.text_pt = text_pt
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setInteractive(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.breaks: list[float] = []  # top of each page, in scene units
        self.bottoms: list[float | None] = []  # where each page ends (None: the wall's end)
        self.page = 0
        self._count = 1

    # -- fitting -----------------------------------------------------------------
    def room_height(self) -> int:
        return max(1, self.window().height())

    def readable_scale(self) -> float:
        """The smallest scale at which body text is large enough for the back row."""
        return min_text_px(self.room_height()) / text_px(self.text_pt, self)

    def fit(self) -> None:
        rect = self.sceneRect()
        port = self.viewport().rect()
        if rect.width() <= 0 or port.width() <= 0 or port.height() <= 0:
            return
        width_scale = min(self.max_scale, (port.width() - 4) / rect.width())
        whole = min(width_scale, (port.height() - 4) / rect.height())
        if whole >= self.readable_scale() or whole >= width_scale * 0.999:
            scale, self.breaks, self.bottoms = whole, [rect.top()], [None]
        else:  # paged: readable, not larger than needed (more fits on a page)
            scale = min(width_scale, max(self.readable_scale(), whole) * PAGED_ZOOM)
            self.breaks, self.bottoms = self._page_tops(rect, (port.height() - 4) / scale)
        self.resetTransform()
        self.scale(scale, scale)
        count = len(self.breaks)
        self.page = min(self.page, count - 1)
        self._show()
        if count != self._count:
            self._count = count
            self.pages_changed.emit(count)

    def _content_spans(self) -> list[tuple[float, float]]:
        """Vertical extents of what must not be cut: cards, knots, labels (not the panels)."""
        spans = []
        for item in self.scene().items():
            if isinstance(item, PanelItem) or not item.isVisible() or item.parentItem() is not None:
                continue
            box = item.sceneBoundingRect()
            spans.append((box.top(), box.bottom()))
        return spans

    def _page_tops(self, rect: QRectF, page_h: float) -> tuple[list[float], list[float | None]]:
        """Where each page starts, and where the one before it ends (a line no item crosses)."""
        spans = sorted(self._content_spans())
        tops: list[float] = [rect.top()]
        bottoms: list[float | None] = []
        while tops[-1] + page_h < rect.bottom() and len(tops) < 50:
            top = tops[-1]
            cut = top + page_h
            for start, end in spans:
                if start < cut < end and start > top + 1:
                    cut = min(cut, start - 2)
            if cut <= top + 1:  # one item taller than a page: cut through it
                cut = top + page_h
            following = [start for start, _end in spans if start >= cut - 2]
            if not following:
                break
            bottoms.append(cut)
            tops.append(max(cut - 2, min(following) - 12))
        bottoms.append(None)
        return tops, bottoms

    # -- pages ---------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.breaks) or 1

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self._show()

    def _show(self) -> None:
        """Scroll to the page's top; what lies beyond the page's end is hidden under a mask."""
        if not self.breaks:
            return
        top = self.breaks[self.page]
        bottom = self.bottoms[self.page]
        self.page_bottom = bottom
        rect = self.sceneRect()
        scale = self.transform().m11() or 1.0
        height = self.viewport().height() / scale
        self.setSceneRectForPage(QRectF(rect.left(), top, rect.width(),
                                        max(height, (bottom or rect.bottom()) - top)))
        self.viewport().update()

    def setSceneRectForPage(self, rect: QRectF) -> None:
        self.centerOn(rect.center().x(), rect.top() + self.viewport().height()
                      / (2 * (self.transform().m11() or 1.0)))

    def drawForeground(self, painter, rect: QRectF) -> None:  # noqa: ANN001
        """Cover what belongs to the next page, so no card shows half."""
        bottom = getattr(self, "page_bottom", None)
        if bottom is not None and bottom < rect.bottom():
            painter.fillRect(QRectF(rect.left(), bottom, rect.width(), rect.bottom() - bottom),
                             self.backgroundBrush())

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        hook = getattr(self.scene(), "set_room_view", None)
        if hook is not None:
            port = self.viewport().rect()
            hook(port.width() - 4, port.height() - 4, self.readable_scale())
        super().resizeEvent(event)


CONSOLE_MIN_PX = 11.0  # the facilitator's laptop: body text never smaller than this when fitted
ZOOM_STEP, MAX_ZOOM = 1.15, 4.0


class ZoomBoardView(BoardView):
    """The facilitator's wall: fitted to the width (never below 11 px text), zoom like the circle.

    Ctrl+wheel or Ctrl+= / Ctrl+- zoom, Ctrl+0 fits again. When the fitted wall
    would be smaller than readable, it stays readable and scrolls sideways.
    """

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None, *,
                 max_scale: float = 1.4, text_pt: float = 11.5) -> None:
        super().__init__(scene, parent, max_scale=max_scale)
        self.text_pt = text_pt
        self.fitted = True
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        from app.views.market.cards import add_shortcut

        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((("Ctrl+=", "Ctrl++"), lambda: self.zoom(ZOOM_STEP)),
                           (("Ctrl+-",), lambda: self.zoom(1 / ZOOM_STEP)),
                           (("Ctrl+0",), self.fit_again)):
            for key in keys:
                add_shortcut(key, self, slot, within)

    def readable_scale(self) -> float:
        return CONSOLE_MIN_PX / text_px(self.text_pt, self)

    def fit_scale(self) -> float:
        rect = self.sceneRect()
        width = max(50, self.viewport().width() - 4)
        return max(self.readable_scale(), min(self.max_scale, width / max(1.0, rect.width())))

    def fit(self) -> None:
        if not self.fitted or self.sceneRect().width() <= 0:
            return
        scale = self.fit_scale()
        self.resetTransform()
        self.scale(scale, scale)

    def fit_again(self) -> None:
        self.fitted = True
        self.fit()

    def zoom(self, factor: float) -> None:
        current = self.transform().m11() or 1.0
        fit = self.fit_scale()
        target = min(max(current * factor, 0.5 * fit), MAX_ZOOM * fit)
        self.fitted = False
        self.scale(target / current, target / current)

    def wheelEvent(self, event) -> None:  # noqa: ANN001
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)
