"""The small slips of issue 18: each seen in the window a facilitator uses."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionComboBox

from app.models import exchange, orchestration
from app.models import plusmin as pm
from app.models import workshop as ops
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.plusmin.board import PlusMinBoard
from app.views.shell.main_window import MainWindow
from tests.tools.market_seed import build


@pytest.fixture
def window(qtbot, store_path: Path):  # noqa: ANN001, ANN201
    store = Store(store_path)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    store.close()


def test_an_imported_workshop_shows_its_real_kind(window) -> None:  # noqa: ANN001
    store = window.store
    market = build(store)
    doc = exchange.export_workshop(store, market.ws)
    doc["workshop"]["extra"] = None  # as written by another tool: no template
    new_id = exchange.import_document(store, exchange.check_document(doc))
    assert ops.get_workshop(store, new_id).template == "market"
    window.start.model.reload()
    model = window.start.table.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 1).data() == ops.get_workshop(store, new_id).title)
    kinds = [model.index(row, c).data() for c in range(model.columnCount())]
    assert "Marktplaats interne deskundigheid" in kinds and "Lege bijeenkomst" not in kinds


def test_the_add_bar_names_the_target_sheet_in_full(window) -> None:  # noqa: ANN001
    from app.models import market as mops

    store = window.store
    wid = orchestration.create_workshop(store, title="Markt", template="market").id
    for name, sub in (("Anna de Vries", "Bovenbouw"), ("Bram Jansen", "Onderbouw"),
                      ("Carla Smit", "Sectie Engels")):
        ops.add_participant(store, wid, name, "other", sub)
    screen = window.open_workshop(wid)
    board = screen.board("market")
    screen.show_board("market")
    QApplication.processEvents()  # shown while there are no sheets yet
    mops.subgroups_from_participants(store, wid)
    QApplication.processEvents()
    box = board.target_box
    longest = max((box.itemText(i) for i in range(box.count())), key=len)
    assert box.count() == 6 and "·" in longest
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    assert box.fontMetrics().horizontalAdvance(longest) <= field.width()


def test_enter_on_the_suggestion_list_accepts_in_the_window(qtbot, window) -> None:  # noqa: ANN001
    market = build(window.store)
    screen = window.open_workshop(market.ws)
    board = screen.board("market")
    screen.show_board("market")
    board.set_mode("plenary")
    panel = board.plenary
    row = next(i for i, s in enumerate(panel.suggestions) if s.kind == "match")
    panel.suggestion_list.setCurrentRow(row)
    panel.suggestion_list.setFocus()
    before = len(load_market(window.store, market.ws).knots())
    QTest.keyClick(panel.suggestion_list, Qt.Key.Key_Return)
    assert len(load_market(window.store, market.ws).knots()) == before + 1


def test_nog_niet_gekoppeld_stands_above_the_first_unpaired_row(qtbot, ctx) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="PM", template="plusmin").id
    theme = pm.list_themes(ctx.store, wid)[0]
    pm.add_item(ctx.store, theme.id, "plus", "Goede sfeer in de sectie")
    pm.add_item(ctx.store, theme.id, "min", "Vergaderingen lopen uit")  # side by side, not a pair
    board = PlusMinBoard(ctx, wid)
    qtbot.addWidget(board)
    board.resize(900, 600)
    board.show()
    qtbot.waitExposed(board)
    headings = [w for w in board.findChildren(QLabel)
                if w.objectName() == "pmLoose" and w.isVisibleTo(board)]
    assert len(headings) == 1
    first_card = min(c.geometry().top() for c in board.cards.values())
    assert headings[0].geometry().bottom() < first_card


def test_a_participant_error_shows_in_the_participants_panel_until_the_next_edit(window) -> None:  # noqa: ANN001
    market = build(window.store)
    screen = window.open_workshop(market.ws)
    board = screen.board("market")
    screen.show_board("market")
    panel = screen.participants
    screen.show_side("participants")
    QApplication.processEvents()
    assert board.isVisible()
    index = panel.model.index(0, 0)
    assert panel.model.setData(index, "   ") is False  # a name cannot be empty
    assert panel.error.isVisibleTo(panel) and "Naam" in panel.error.text()
    assert board.feedback.text() == ""  # not under the marketplace add bar
    assert panel.model.setData(panel.model.index(0, 2), "Z") is True
    assert not panel.error.isVisibleTo(panel)
