"""The facilitator's plenary wall on the most common school laptop (1366x768): readable
when fitted (body text >= 11 px), with zoom and fit like the circle."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.views.market.room_view import CONSOLE_MIN_PX, ZoomBoardView, text_px
from app.views.shell.main_window import MainWindow
from tests.tools.room_seed import seed_room


def _plenary(qtbot, store):  # noqa: ANN001, ANN202
    wid = seed_room(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_workshop(wid)
    screen = window.workshop_screen
    screen.show_board("market")
    board = screen.board("market")
    board.set_mode("plenary")
    QApplication.processEvents()
    return window, board


def test_plenary_text_is_at_least_11_px_when_fitted_at_1366x768(qtbot, store) -> None:
    window, board = _plenary(qtbot, store)
    view = board.plenary.view
    assert isinstance(view, ZoomBoardView)
    assert window.width() <= 1366
    px = view.transform().m11() * text_px(board.metrics.text_pt, view)
    assert px >= CONSOLE_MIN_PX, px
    # nothing is lost: a wall wider than the view scrolls sideways, the columns stack when narrow
    wall = view.mapFromScene(view.scene().sceneRect()).boundingRect()
    assert wall.width() <= view.viewport().width() + 2 or view.horizontalScrollBar().maximum() > 0


def test_plenary_zooms_and_fits_like_the_circle(qtbot, store) -> None:
    _, board = _plenary(qtbot, store)
    view = board.plenary.view
    view.setFocus()
    fitted = view.transform().m11()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() > fitted * 1.1
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.transform().m11() < fitted
    qtbot.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert abs(view.transform().m11() - fitted) < 1e-6
