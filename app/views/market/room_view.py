"""The marketplace walls as the room sees them: all of it fitted, or paged, never scrolled.

The room cannot scroll. :class:`RoomBoardView` shows the whole scene when it
fits at a readable size (body text at least :data:`MIN_TEXT_SHARE` of the
room's height); otherwise it shows it readable and cuts it into pages, each
card, knot or label whole on exactly one page. The facilitator turns the pages
(Page Down / Page Up); the audience view shows "2/3".
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QWidget

from app.views.market.cards import BoardView, PanelItem

PAGED_OUT = 0x5041  # item data key: hidden by the room's view because it is on another page
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
        self.members: list[set | None] = [None]  # the items on each page (None: all)
        self.page = 0
        self._count = 1
        laid_out = getattr(scene, "laid_out", None)
        if laid_out is not None:
            laid_out.connect(self.fit)

    # -- fitting -----------------------------------------------------------------
    def room_height(self) -> int:
        return max(1, self.window().height())

    def readable_scale(self) -> float:
        """The smallest scale at which body text is large enough for the back row."""
        return min_text_px(self.room_height()) / text_px(self.text_pt, self)

    def fit(self) -> None:
        rect = self.scene().sceneRect()
        port = self.viewport().rect()
        if rect.width() <= 0 or port.width() <= 0 or port.height() <= 0:
            return
        self._unhide()
        width_scale = min(self.max_scale, (port.width() - 4) / rect.width())
        whole = min(width_scale, (port.height() - 4) / rect.height())
        if whole >= self.readable_scale() or whole >= width_scale * 0.999:
            scale, self.breaks, self.members = whole, [rect.top()], [None]
        else:  # paged: readable, not larger than needed (more fits on a page)
            scale = min(width_scale, max(self.readable_scale(), whole) * PAGED_ZOOM)
            self.breaks, self.members = self._pages(rect, (port.height() - 4) / scale)
        self.set_scale(scale)
        count = len(self.breaks)
        self.page = min(self.page, count - 1)
        self._show()
        if count != self._count:
            self._count = count
            self.pages_changed.emit(count)

    def content_items(self) -> list[QGraphicsItem]:
        """What must not be cut: cards, knots, labels (not the panels behind them)."""
        return [item for item in self.scene().items()
                if not isinstance(item, PanelItem) and item.parentItem() is None
                and (item.isVisible() or item.data(PAGED_OUT))]

    def _pages(self, rect: QRectF, page_h: float) -> tuple[list[float], list[set | None]]:
        """Each page's top and the items on it: every item whole on exactly one page.

        A page shows what lies entirely between its top and top + its height; the
        next page starts just above the first item that did not fit, so columns
        of different rhythm never leave a card cut in half.
        """
        # each item's extent read once: sceneBoundingRect() is a Qt call per item and page
        spans = sorted(((r.top(), r.bottom(), i) for i in self.content_items()
                        for r in (i.sceneBoundingRect(),)), key=lambda span: span[0])
        tops: list[float] = []
        members: list[set | None] = []
        top = rect.top()
        while spans and len(tops) < 60:
            bottom = top + page_h + 0.5
            here = [span for span in spans if span[1] <= bottom]
            if here:
                spans = [span for span in spans if span[1] > bottom]
            else:  # an item taller than a page: it gets a page of its own
                here, spans = spans[:1], spans[1:]
            tops.append(top)
            members.append({span[2] for span in here})
            if spans:
                # 5 px: cards reserve 7 px above for the keyboard focus frame
                top = max(top + 1, spans[0][0] - 5)
        return tops or [rect.top()], members or [None]

    # -- pages ---------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self.breaks) or 1

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self._show()

    def _unhide(self) -> None:
        for item in self.scene().items():
            if item.data(PAGED_OUT):
                item.setData(PAGED_OUT, False)
                item.setVisible(True)

    def _show(self) -> None:
        """Scroll to the page's top and show only the items of this page."""
        if not self.breaks:
            return
        top = self.breaks[self.page]
        wanted = self.members[self.page]
        if wanted is not None:
            for item in self.content_items():
                on = item in wanted
                if item.isVisible() != on:
                    item.setVisible(on)
                item.setData(PAGED_OUT, not on)
        rect = self.scene().sceneRect()
        scale = self.transform().m11() or 1.0
        height = self.viewport().height() / scale
        # the view's own scene rect reaches a page's full height, so the last page can start
        # at its top even when the wall ends sooner
        self.setSceneRect(QRectF(rect.left(), rect.top(), rect.width(),
                                 max(rect.height(), top - rect.top() + height)))
        self.centerOn(rect.center().x(), top + height / 2)  # Qt repaints what this changes

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
        self.set_scale(self.fit_scale())

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
