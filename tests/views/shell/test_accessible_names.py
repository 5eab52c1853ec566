"""Every button and field a facilitator can reach has a name assistive technology reads out.

A button that shows only an icon, a symbol or a number ("+", "−", "5") needs an
accessible name and a tooltip; a field needs an accessible name, a label that
points to it (buddy) or a placeholder text. The walk covers every board and
every side panel of the workshop screen, as shown in the real window.
"""
from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from app.models import market as mk
from app.models import orchestration
from app.models import plusmin as pm
from app.models.store import Store
from app.views.shell.main_window import MainWindow
from app.views.shell.workshop_screen import SIDE_TABS

BOARDS = ("circle", "market", "plusmin")
WORDLESS = re.compile(r"^[\W\d_]*$")  # only symbols, digits or nothing: no word to read out


def _words(text: str) -> str:
    return text.replace("&", "").strip()


def _labelled(widget: QWidget, root: QWidget) -> bool:
    return any(label.buddy() is widget for label in root.findChildren(QLabel))


def offenders(root: QWidget) -> list[str]:
    """Visible buttons without a spoken name, fields without a name or label."""
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or isinstance(widget.parent(), QTabBar) \
                or widget.objectName() == "qt_tableview_cornerbutton":
            continue  # Qt's own parts: tab scroll arrows, a table's select-all corner
        named = bool(widget.accessibleName().strip())
        if isinstance(widget, QAbstractButton):
            wordless = WORDLESS.match(_words(widget.text())) is not None
            if wordless and not (named and widget.toolTip()):
                out.append(f"button {widget.objectName() or type(widget).__name__} "
                           f"text={widget.text()!r} tip={widget.toolTip()!r}")
        elif isinstance(widget, QHeaderView):
            continue  # a table's header: the table is named
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QComboBox
                        | QAbstractSpinBox | QAbstractItemView):
            if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
                continue  # the line edit inside a combo box or spin box: the box is named
            line = widget.lineEdit() if isinstance(widget, QComboBox) and widget.isEditable() else widget
            placeholder = getattr(line, "placeholderText", lambda: "")()
            if not (named or placeholder or _labelled(widget, root)):
                out.append(f"field {type(widget).__name__} {widget.objectName()!r}")
    return out


@pytest.fixture
def screen(qtbot, store: Store):  # noqa: ANN001, ANN201
    wid = orchestration.create_workshop(store, title="Toegankelijk", template="market").id
    mk.add_subgroup(store, wid, "A")
    theme = pm.add_theme(store, wid, pm.CORE_THEMES[0], with_points=True)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    screen = window.open_workshop(wid)
    assert screen is not None
    screen.board("plusmin").show_theme(theme.id)
    return window, screen


@pytest.mark.parametrize("kind", BOARDS)
def test_every_button_and_field_of_a_board_has_a_name(qtbot, screen, kind: str) -> None:  # noqa: ANN001
    window, ws = screen
    ws.show_board(kind)
    board = ws.board(kind)
    if kind == "market":
        for mode in ("sheets", "plenary"):
            board.set_mode(mode)
            QApplication.processEvents()
            assert offenders(board) == [], mode
    else:
        QApplication.processEvents()
        assert offenders(board) == []


@pytest.mark.parametrize("tab", SIDE_TABS)
def test_every_button_and_field_of_a_side_panel_has_a_name(qtbot, screen, tab: str) -> None:  # noqa: ANN001
    window, ws = screen
    ws.show_side(tab)
    QApplication.processEvents()
    assert offenders(ws.side_panel()) == []


def test_the_window_chrome_has_names(qtbot, screen) -> None:  # noqa: ANN001
    window, ws = screen
    QApplication.processEvents()
    problems = [o for o in offenders(window) if o]
    assert problems == []
