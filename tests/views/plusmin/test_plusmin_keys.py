"""The plus-min board by keyboard alone: move a point across, reorder it, walk the pairs.

No mouse event is sent; every change is checked in the store and undone with Ctrl+Z.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import plusmin as pm
from app.models.store import Store
from app.views.plusmin.board import PlusMinBoard

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
PLUS = ["Feedback van leerlingen", "Vaste maatjes", "Goede sfeer"]
MIN = ["Te aardig voor elkaar", "Jong spreekt oud niet aan"]


def _board(qtbot, ctx, workshop_id: int) -> PlusMinBoard:  # noqa: ANN001
    board = PlusMinBoard(ctx, workshop_id)
    qtbot.addWidget(board)
    board.resize(1300, 800)
    undo = ctx.undo.createUndoAction(board)
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    board.addAction(undo)
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    return board


def _key(widget, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    QTest.keyClick(widget, key, mods)
    QApplication.processEvents()


def _focused(board: PlusMinBoard) -> int | None:
    return next((i for i, c in board.cards.items() if c.hasFocus()), None)


def _column(store: Store, theme_id: int, sign: str) -> list[str]:
    return [i.text for i in pm.load_board(store, theme_id).column(sign)]


def test_move_across_reorder_and_undo_by_key(qtbot, ctx, store, workshop_id) -> None:  # noqa: ANN001
    theme = pm.add_theme(store, workshop_id, "Feedback en bespreekbaarheid").id
    p = [pm.add_item(store, theme, "plus", t).id for t in PLUS]
    [pm.add_item(store, theme, "min", t).id for t in MIN]
    board = _board(qtbot, ctx, workshop_id)
    board.cards[p[0]].setFocus()
    qtbot.waitUntil(board.cards[p[0]].hasFocus)
    _key(board.cards[p[0]], Qt.Key.Key_Down, ALT)  # reorder
    assert _column(store, theme, "plus") == [PLUS[1], PLUS[0], PLUS[2]]
    _key(board.cards[p[0]], Qt.Key.Key_Z, CTRL)
    assert _column(store, theme, "plus") == PLUS
    board.cards[p[1]].setFocus()
    qtbot.waitUntil(board.cards[p[1]].hasFocus)
    _key(board.cards[p[1]], Qt.Key.Key_Right, CTRL)  # to the other column
    assert PLUS[1] in _column(store, theme, "min") and PLUS[1] not in _column(store, theme, "plus")
    _key(board, Qt.Key.Key_Z, CTRL)
    assert _column(store, theme, "plus") == PLUS and _column(store, theme, "min") == MIN


def test_walk_the_pairs_by_key(qtbot, ctx, store, workshop_id) -> None:  # noqa: ANN001
    theme = pm.add_theme(store, workshop_id, "Feedback en bespreekbaarheid").id
    p = [pm.add_item(store, theme, "plus", t).id for t in PLUS]
    m = [pm.add_item(store, theme, "min", t).id for t in MIN]
    pm.pair_items(store, p[0], m[1])
    pm.pair_items(store, p[2], m[0])
    board = _board(qtbot, ctx, workshop_id)
    messages: list[str] = []
    board.message.connect(messages.append)
    board.cards[p[0]].setFocus()
    qtbot.waitUntil(board.cards[p[0]].hasFocus)
    _key(board.cards[p[0]], Qt.Key.Key_J, CTRL)  # to its partner
    assert _focused(board) == m[1]
    assert messages[-1] == f"{PLUS[0]} ⟷ {MIN[1]}"
    _key(board.cards[m[1]], Qt.Key.Key_J, CTRL)  # and back
    assert _focused(board) == p[0]
    _key(board.cards[p[0]], Qt.Key.Key_Down, CTRL)  # the next pair
    assert _focused(board) == p[2]
    assert messages[-1].startswith("Paar 2 van 2")
    _key(board.cards[p[2]], Qt.Key.Key_Up, CTRL)
    assert _focused(board) == p[0]
    board.cards[p[1]].setFocus()
    qtbot.waitUntil(board.cards[p[1]].hasFocus)
    _key(board.cards[p[1]], Qt.Key.Key_J, CTRL)  # an unpaired point says so
    assert _focused(board) == p[1] and "nog niet gekoppeld" in messages[-1]
    assert ctx.undo.count() == 0  # walking stores nothing


def test_pairing_by_key_and_its_undo(qtbot, ctx, store, workshop_id) -> None:  # noqa: ANN001
    theme = pm.add_theme(store, workshop_id, "Feedback en bespreekbaarheid").id
    p = [pm.add_item(store, theme, "plus", t).id for t in PLUS]
    m = [pm.add_item(store, theme, "min", t).id for t in MIN]
    board = _board(qtbot, ctx, workshop_id)
    board.cards[p[1]].setFocus()
    qtbot.waitUntil(board.cards[p[1]].hasFocus)
    _key(board.cards[p[1]], Qt.Key.Key_Space)
    _key(board.cards[p[1]], Qt.Key.Key_Right)  # focus across to the points of attention
    focus = _focused(board)
    assert focus in m
    _key(board.cards[focus], Qt.Key.Key_K, CTRL)
    pairs = {(x.plus_id, x.min_id) for x in pm.load_board(store, theme).pairs}
    assert pairs == {(p[1], focus)}
    _key(board.cards[focus], Qt.Key.Key_Z, CTRL)
    assert not pm.load_board(store, theme).pairs
