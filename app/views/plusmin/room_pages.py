"""Pages of the plus-min schema in the room: rows that do not fit go on the next page.

The room cannot scroll. The schema's rows (a pair, or a point without its
counterpart) are measured with every row shown; pages are cut between rows,
and only the current page's rows are shown. The audience view puts "1/2" on
the board; the facilitator turns pages with Page Down / Page Up.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget


class RowPager:
    """Pages of a grid's rows inside a scroll area that the room never scrolls."""

    def __init__(self, scroll: QScrollArea, grid: QGridLayout) -> None:
        self.scroll, self.grid = scroll, grid
        self.pages: list[list[int]] = [[]]
        self.page = 0
        self._watcher: _ResizeWatcher | None = None

    def watch(self, repage: Callable[[], None]) -> None:
        """Cut the pages anew whenever the room's view of the rows changes size."""
        self._watcher = _ResizeWatcher(repage, self.scroll.viewport())
        self.scroll.viewport().installEventFilter(self._watcher)

    def rows(self) -> dict[int, list[QWidget]]:
        out: dict[int, list[QWidget]] = {}
        for index in range(self.grid.count()):
            widget = self.grid.itemAt(index).widget()
            if widget is None:
                continue
            row, _col, _rs, _cs = self.grid.getItemPosition(index)
            out.setdefault(row, []).append(widget)
        return out

    def measure(self) -> int:
        """Show every row, lay out, and cut pages at row boundaries; returns the page count."""
        rows = self.rows()
        for widgets in rows.values():
            for widget in widgets:
                widget.setVisible(True)
        content = self.scroll.widget()
        available = self.scroll.viewport().height()
        if content is None or available <= 0 or not rows:
            self.pages = [sorted(rows)]
            return len(self.pages)
        content.resize(self.scroll.viewport().width(), max(content.minimumSizeHint().height(),
                                                           content.sizeHint().height()))
        self.grid.activate()
        spans = {}
        for row, widgets in rows.items():
            top = min(w.geometry().top() for w in widgets)
            bottom = max(w.geometry().bottom() for w in widgets)
            spans[row] = (top, bottom)
        margin = self.grid.contentsMargins()
        usable = available - margin.top() - margin.bottom() - 2
        pages: list[list[int]] = [[]]
        page_top = None
        for row in sorted(spans):
            top, bottom = spans[row]
            if page_top is None:
                page_top = top
            if pages[-1] and bottom - page_top > usable:
                pages.append([])
                page_top = top
            pages[-1].append(row)
        self.pages = pages
        return len(pages)

    def show(self, page: int) -> None:
        """Show only the rows of ``page`` (0-based, clamped)."""
        self.page = max(0, min(page, len(self.pages) - 1))
        wanted = set(self.pages[self.page])
        for row, widgets in self.rows().items():
            for widget in widgets:
                widget.setVisible(row in wanted)
        self.scroll.verticalScrollBar().setValue(0)


class _ResizeWatcher(QObject):
    """Calls ``repage`` (once, after the layout settles) when the watched widget resizes."""

    def __init__(self, repage: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self, singleShot=True, interval=0)
        self.timer.timeout.connect(repage)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.timer.start()
        return False
