"""The console's side panel at 1366x768: the Actions and Rules tabs fit without sideways scrolling.

On the most common school laptop the side panel is about 300 px wide. The action
list's entry row and columns and the rules' two buttons used to ask for more, so
the whole tab scrolled sideways and cut the rules card and the action texts off.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from app.models import actions as aops
from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store
from app.views.common.fit_row import FitRow
from app.views.shell.main_window import MainWindow

LONG = "Een wat langere actie die de groep samen afspreekt om na de vakantie te doen"


@pytest.fixture
def window(qtbot, store_path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    store = Store(store_path)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


def _workshop(store: Store) -> int:
    wid = orchestration.create_workshop(store, title="Teamdag", template="circle").id
    anna = ops.add_participant(store, wid, "Anna de Vries-van den Berg", "older_teacher")
    for n in range(5):
        aops.add_action(store, wid, f"{LONG} ({n + 1})", due="15-12-2027",
                        who_participant_id=anna.id if n % 2 else None,
                        who_text="" if n % 2 else "Schoolleiding")
    return wid


@pytest.mark.parametrize("tab", ["actions", "rules"])
def test_the_tab_fits_the_side_panel_at_1366x768(qtbot, window: MainWindow, tab: str) -> None:  # noqa: ANN001
    screen = window.open_workshop(_workshop(window.store))
    assert screen is not None
    screen.show_side(tab)
    QApplication.processEvents()
    area = screen.side.currentWidget()
    assert isinstance(area, QScrollArea)
    panel = area.widget()
    assert area.viewport().width() < 360  # really the narrow side panel of a laptop
    assert panel.minimumSizeHint().width() <= area.viewport().width()
    assert area.horizontalScrollBar().maximum() == 0
    assert not area.horizontalScrollBar().isVisible()
    if tab == "actions":
        table = screen.actions_panel.table
        assert table.horizontalScrollBar().maximum() == 0
        header = table.horizontalHeader()
        # "what" gets the room and wraps; the date is shown whole
        assert header.sectionSize(0) >= header.sectionSize(1)
        assert header.sectionSize(2) >= table.sizeHintForColumn(2)
        assert table.rowHeight(0) > 2 * table.fontMetrics().height()  # wrapped, not cut
        assert screen.actions_panel.what_edit.width() >= area.viewport().width() - 40
    else:
        row = screen.rules.top_row
        assert row.stacked  # the two buttons went under each other
        for button in row.findChildren(QPushButton):
            assert button.width() >= button.sizeHint().width() - 1  # text not cut


def test_the_due_date_placeholder_is_shown_whole_at_1366x768(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    screen = window.open_workshop(_workshop(window.store))
    assert screen is not None
    screen.show_side("actions")
    QApplication.processEvents()
    area = screen.side.currentWidget()
    panel = screen.actions_panel
    due = panel.due_edit
    assert due.isVisible() and due.text() == "" and due.placeholderText() == "Wanneer? d-m-jjjj"
    advance = due.fontMetrics().horizontalAdvance(due.placeholderText())
    margins = due.textMargins()
    option = QStyleOptionFrame()
    due.initStyleOption(option)
    frame = due.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, due)
    assert due.width() >= advance + margins.left() + margins.right() + 2 * frame + 2 * 2
    # the text area the line edit paints in (less its 2 px each side) holds the whole text
    text_area = due.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, due)
    assert text_area.width() - margins.left() - margins.right() - 2 * 2 >= advance
    # on screen inside the panel, next to the calendar button, and still no sideways scrolling
    assert due.mapTo(panel, due.rect().topRight()).x() < panel.calendar_button.x()
    assert panel.add_button.geometry().right() <= area.viewport().width()
    assert panel.minimumSizeHint().width() <= area.viewport().width()
    assert area.horizontalScrollBar().maximum() == 0


def test_a_fit_row_is_side_by_side_when_there_is_room(qtbot) -> None:  # noqa: ANN001
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FitRow(holder)
    first, second = QPushButton("Toon gespreksregels in de zaal"), QPushButton("Regels aanpassen…")
    row.add(first, 1)
    row.add(second)
    wide = first.sizeHint().width() + second.sizeHint().width() + 40
    holder.resize(wide + 20, 200)
    holder.show()
    row.resize(wide, 40)
    QApplication.processEvents()
    assert not row.stacked and first.y() == second.y()
    assert row.minimumSizeHint().width() < wide - 40  # asks only for its widest child
    row.resize(first.sizeHint().width() + 10, 80)
    QApplication.processEvents()
    assert row.stacked and second.y() > first.y()
