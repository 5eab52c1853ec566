"""Keys on a card belong to the card; no key means two things at once.

The round timer's keys (Space, N, P, +, -, M) live on the main window so they work in
presentation mode. A window shortcut beats a widget's own key handling unless the
focused widget claims the key (QEvent.ShortcutOverride): the cards of the plus-min board
must, so choosing a card with Space never starts the clock.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMenuBar, QWidget

from app.models import market as mk
from app.models import orchestration
from app.models import plusmin as pm
from app.models.store import Store
from app.models.timer import read_timer
from app.views.shell.main_window import MainWindow
from app.views.shell.workshop_screen import SIDE_TABS

BOARDS = ("circle", "market", "plusmin")


def _window(qtbot, store: Store, template: str):  # noqa: ANN001, ANN202
    wid = orchestration.create_workshop(store, title="Sneltoetsen", template=template).id
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    screen = window.open_workshop(wid)
    assert screen is not None
    return window, screen, wid


def _press(qtbot, widget: QWidget, key: Qt.Key) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, key)


# -- the card gets the key, the clock keeps still ------------------------------------

def test_space_on_a_plusmin_card_chooses_it_and_leaves_the_timer(qtbot, store: Store) -> None:
    window, screen, wid = _window(qtbot, store, "plusmin")
    theme = pm.add_theme(store, wid, pm.CORE_THEMES[0], with_points=True)
    screen.show_board("plusmin")
    board = screen.board("plusmin")
    board.show_theme(theme.id)
    plus = next(i for i in board.board.items if i.sign == "plus")
    card = board.card(plus.id)
    assert read_timer(store, wid).state == "idle"

    _press(qtbot, card, Qt.Key.Key_Space)
    assert board.selected["plus"] == plus.id  # the card was chosen for pairing
    assert read_timer(store, wid).state == "idle"  # and the round did not start

    sound = screen.timer.action_sound.isChecked()
    QTest.keyClick(card, Qt.Key.Key_M)  # not a card key: the timer still answers it
    assert screen.timer.action_sound.isChecked() != sound

    _press(qtbot, card, Qt.Key.Key_Space)  # Space again: choice undone, still no clock
    assert board.selected["plus"] is None
    QTest.keyClick(board.quick["plus"], Qt.Key.Key_Space)  # typing a space in quick-add
    assert board.quick["plus"].text() == " "
    assert read_timer(store, wid).state == "idle"


def test_enter_and_arrows_on_a_card_stay_on_the_card(qtbot, store: Store) -> None:
    window, screen, wid = _window(qtbot, store, "plusmin")
    theme = pm.add_theme(store, wid, pm.CORE_THEMES[1], with_points=True)
    screen.show_board("plusmin")
    board = screen.board("plusmin")
    board.show_theme(theme.id)
    plus = [i for i in board.board.items if i.sign == "plus"]
    first = board.card(plus[0].id)
    _press(qtbot, first, Qt.Key.Key_Down)
    assert board.card(plus[1].id).hasFocus()
    QTest.keyClick(board.card(plus[1].id), Qt.Key.Key_F2)
    editor = board.card(plus[1].id).editor
    assert editor is not None
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClicks(editor, " np+-m")  # the timer's letters typed into a point
    QTest.keyClick(editor, Qt.Key.Key_Return)
    edited = next(i for i in pm.load_board(store, board.current_theme_id).items
                  if i.id == plus[1].id)
    assert edited.text == f"{plus[1].text} np+-m"
    reading = read_timer(store, wid)
    assert (reading.state, reading.extra_seconds) == ("idle", 0)


def test_inspiration_card_takes_space_to_add_the_point(qtbot, store: Store) -> None:
    window, screen, wid = _window(qtbot, store, "plusmin")
    theme = pm.add_theme(store, wid, pm.CORE_THEMES[0])
    screen.show_board("plusmin")
    board = screen.board("plusmin")
    board.show_theme(theme.id)
    board.side_toggle.setChecked(True)  # folded away on a narrow board; the toggle opens it
    card = board.inspiration.cards[0]
    _press(qtbot, card, Qt.Key.Key_Space)
    assert [i.text for i in pm.load_board(store, theme.id).items] == [card.text]
    assert read_timer(store, wid).state == "idle"


def test_typing_on_the_market_leaves_the_timer(qtbot, store: Store) -> None:
    window, screen, wid = _window(qtbot, store, "market")
    screen.show_board("market")
    board = screen.board("market")
    group = mk.add_subgroup(store, wid, "A")
    entry = mk.add_entry(store, wid, group.id, "supply", "Formatief evalueren")
    qtbot.waitUntil(lambda: entry.id in board.sheets_scene.cards)
    board.sheets_scene.cards[entry.id].setSelected(True)
    _press(qtbot, board.sheets_view, Qt.Key.Key_Return)  # Enter on the chosen card: edit it
    field = QApplication.focusWidget()
    assert isinstance(field, QLineEdit)
    field.setText("Feedback")
    QTest.keyClicks(field, " np+-m")
    assert field.text() == "Feedback np+-m"
    QTest.keyClick(field, Qt.Key.Key_Return)
    with store.read() as s:
        assert s.get(mk.MarketEntry, entry.id).text == "Feedback np+-m"
    reading = read_timer(store, wid)
    assert (reading.state, reading.extra_seconds, reading.index) == ("idle", 0, 0)


# -- no key bound twice where both could fire -------------------------------------------

def _key_names(sequences: list[QKeySequence]) -> Iterator[str]:
    for seq in sequences:
        if not seq.isEmpty():
            yield seq.toString(QKeySequence.SequenceFormat.PortableText)


def _widget_context(context: Qt.ShortcutContext, widget: QWidget, focus: QWidget,
                    window: QWidget) -> bool:
    """Qt's rule (qshortcut.cpp, correctWidgetContext) for one widget and one focus."""
    if isinstance(widget, QMenuBar):
        return widget.window() is window
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if context == Qt.ShortcutContext.ApplicationShortcut:
        return True
    if context == Qt.ShortcutContext.WidgetShortcut:
        return widget is focus
    if context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
        w = focus
        while w is not None and w is not widget and not w.isWindow():
            w = w.parentWidget()
        return w is widget
    return widget.window() is window


def _action_context(action: QAction, focus: QWidget, window: QWidget) -> bool:
    for owner in action.associatedObjects():
        if isinstance(owner, QMenu):
            if _action_context(owner.menuAction(), focus, window):
                return True
        elif isinstance(owner, QWidget) and _widget_context(action.shortcutContext(), owner,
                                                            focus, window):
            return True
    return False


def _bindings(window: QWidget) -> list[tuple[QObject, list[str], object]]:
    """Every QAction and QShortcut with keys: (owner, key names, is-active(focus))."""
    actions: dict[int, QAction] = {id(a): a for a in window.findChildren(QAction)}
    for widget in [window, *window.findChildren(QWidget)]:
        actions.update({id(a): a for a in QWidget.actions(widget)})  # TimerPanel shadows it
    out = []
    for action in actions.values():
        keys = list(_key_names(action.shortcuts()))
        if keys:  # disabled ones too: they clash as soon as they are enabled
            out.append((action, keys, lambda f, a=action: _action_context(a, f, window)))
    for shortcut in window.findChildren(QShortcut):
        keys = list(_key_names([shortcut.key()]))
        parent = shortcut.parent()
        if keys and isinstance(parent, QWidget):
            out.append((shortcut, keys, lambda f, s=shortcut, p=parent:
                        _widget_context(s.context(), p, f, window)))
    return out


def _name(owner: QObject) -> str:
    text = owner.text() if isinstance(owner, QAction) else owner.whatsThis()
    parent = owner.parent()
    return f"{type(parent).__name__}:{text or owner.objectName() or type(owner).__name__}"


def _clashes(window: QWidget) -> dict[str, set[str]]:
    """Keys that two commands would both answer, for any widget that can take focus."""
    bindings = _bindings(window)
    focusable = [w for w in window.findChildren(QWidget)
                 if w.isVisible() and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    found: dict[str, set[str]] = defaultdict(set)
    for focus in focusable:
        by_key: dict[str, list[QObject]] = defaultdict(list)
        for owner, keys, active in bindings:
            if active(focus):
                for key in set(keys):
                    by_key[key].append(owner)
        for key, owners in by_key.items():
            if len(owners) > 1:
                found[key].add(" + ".join(sorted(_name(o) for o in owners)))
    return dict(found)


@pytest.mark.parametrize("template", BOARDS)
def test_no_key_is_bound_twice_where_both_are_active(qtbot, store: Store, template: str) -> None:
    window, screen, wid = _window(qtbot, store, template)
    if template == "plusmin":
        screen.board("plusmin").show_theme(
            pm.add_theme(store, wid, pm.CORE_THEMES[0], with_points=True).id)
    if template == "market":
        mk.add_entry(store, wid, mk.add_subgroup(store, wid, "A").id, "supply", "Coachen")
    clashes: dict[str, set[str]] = {}
    for board in BOARDS:
        screen.show_board(board)
        for tab in SIDE_TABS:
            screen.show_side(tab)
            QApplication.processEvents()
            for key, owners in _clashes(window).items():
                clashes.setdefault(key, set()).update(owners)
    assert clashes == {}


def test_the_walk_finds_a_planted_clash(qtbot, store: Store) -> None:
    """The check above is not blind: a board key on Space is reported with the timer's."""
    window, screen, _wid = _window(qtbot, store, "market")
    screen.show_board("market")
    view = screen.board("market").sheets_view
    planted = QShortcut(QKeySequence("Space"), view)
    planted.setContext(Qt.ShortcutContext.WidgetShortcut)
    clashes = _clashes(window)
    assert list(clashes) == ["Space"]
    assert any("Start/pauze" in owners for owners in clashes["Space"])
