"""The marketplace by keyboard alone: every drag of the sheets and the plenary wall has a key.

No mouse event is sent in this file. Each route is checked in the store, and so
is its undo (Ctrl+Z, as the main window wires it).
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from app.models import market as ops
from app.models import market_links as links
from app.models.market_analysis import load_market
from app.views.market.board import MarketBoard
from app.views.market.cards import EntryCard
from app.views.market.plenary import KnotItem
from tests.tools.market_seed import Market, build

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def market(ctx) -> Market:  # noqa: ANN001
    m = build(ctx.store)
    for text in ("Digitalisering", "Inclusie"):
        ops.add_development(ctx.store, m.ws, text)
    return m


def make_board(qtbot, ctx, ws: int, *, audience: bool = False) -> MarketBoard:  # noqa: ANN001
    board = MarketBoard(ctx, ws, audience=audience)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    if not audience:
        undo = ctx.undo.createUndoAction(board)  # what the main window's Edit menu does
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        board.addAction(undo)
        board.activateWindow()
        board.sheets_view.setFocus()
        qtbot.waitUntil(board.sheets_view.hasFocus)
    return board


def press(view, key: Qt.Key, mods=NONE, times: int = 1) -> None:  # noqa: ANN001
    for _ in range(times):
        QTest.keyClick(view, key, mods)
    QApplication.processEvents()


def undo(view) -> None:  # noqa: ANN001
    press(view, Qt.Key.Key_Z, CTRL)


def focused(scene) -> object:  # noqa: ANN001
    hits = [i for i in scene.items() if getattr(i, "focused", False)]
    assert len(hits) <= 1
    return hits[0] if hits else None


def walk_to(view, walker, target, mods=NONE) -> None:  # noqa: ANN001
    """Arrow keys (Ctrl held: the selection stays) until ``target`` has the focus frame."""
    for _ in range(80):
        here = walker.focus()
        if here is target:
            return
        columns = walker.columns()
        col = next((n for n, c in enumerate(columns) if target in c))
        if here is None:
            press(view, Qt.Key.Key_Home, mods)
            continue
        at = next((n for n, c in enumerate(columns) if here in c))
        if at != col:
            press(view, Qt.Key.Key_Right if col > at else Qt.Key.Key_Left, mods)
        else:
            row, want = columns[col].index(here), columns[col].index(target)
            press(view, Qt.Key.Key_Down if want > row else Qt.Key.Key_Up, mods)
    raise AssertionError("the focus never reached the card")


def focus_entry(view, scene, m: Market, name: str, mods=NONE) -> None:  # noqa: ANN001
    walker = next(k for k in view.children() if k.__class__.__name__ == "CardKeys")
    walk_to(view, walker, scene.cards[m.e[name]], mods)
    assert focused(scene) is scene.cards[m.e[name]]


def sheet_texts(ctx, m: Market, group: str, side: str) -> list[str]:  # noqa: ANN001
    return [e.text for e in load_market(ctx.store, m.ws).sheet(m.groups[group], side)]


def entry(ctx, m: Market, name: str):  # noqa: ANN001, ANN201
    return load_market(ctx.store, m.ws).entries[m.e[name]]


# -- the sheets ------------------------------------------------------------------------

def test_sheets_reorder_and_move_by_key_with_undo(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    view, scene = board.sheets_view, board.sheets_scene
    press(view, Qt.Key.Key_Tab)
    assert focused(scene).entry_id == market.e["s1"] and board.selected_entry() == market.e["s1"]
    press(view, Qt.Key.Key_Down)
    assert board.selected_entry() == market.e["s2"]

    press(view, Qt.Key.Key_Down, ALT)  # reorder
    assert sheet_texts(ctx, market, "A", "supply")[1:] == ["Wiskunde-apps op de tablet",
                                                           "Omgaan met ADHD in de klas"]
    undo(view)
    assert sheet_texts(ctx, market, "A", "supply")[1] == "Omgaan met ADHD in de klas"

    press(view, Qt.Key.Key_Right, ALT)  # to the neighbouring sheet: A's demand
    assert (entry(ctx, market, "s2").subgroup_id, entry(ctx, market, "s2").side) == \
        (market.groups["A"], "demand")
    assert focused(scene).entry_id == market.e["s2"]  # the frame follows the card
    undo(view)
    assert entry(ctx, market, "s2").side == "supply"

    press(view, Qt.Key.Key_M, CTRL)  # any sheet of any subgroup, by number
    menu = board.open_menu
    assert isinstance(menu, QMenu) and menu.isVisible()
    assert any("Subgroep B · Aanbod" in a.text() for a in menu.actions())
    press(menu, Qt.Key.Key_3)  # 1 = A aanbod, 2 = A vraag, 3 = B aanbod
    assert entry(ctx, market, "s2").subgroup_id == market.groups["B"]
    assert sheet_texts(ctx, market, "B", "supply")[-1] == "Omgaan met ADHD in de klas"
    undo(view)
    assert entry(ctx, market, "s2").subgroup_id == market.groups["A"]

    press(view, Qt.Key.Key_Delete)
    assert market.e["s2"] not in load_market(ctx.store, market.ws).entries
    undo(view)
    assert market.e["s2"] in load_market(ctx.store, market.ws).entries


def test_the_focus_frame_is_not_on_the_rooms_board(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    room = make_board(qtbot, ctx, market.ws, audience=True)
    board.activateWindow()
    board.sheets_view.setFocus()
    qtbot.waitUntil(board.sheets_view.hasFocus)
    press(board.sheets_view, Qt.Key.Key_Tab, times=3)
    assert isinstance(focused(board.sheets_scene), EntryCard)
    assert focused(room.sheets_scene) is None and not room.sheets_scene.selectedItems()
    press(board.sheets_view, Qt.Key.Key_F6)  # the plenary wall, for both
    assert board.mode() == room.mode() == "plenary"
    board.plenary.view.setFocus()
    press(board.plenary.view, Qt.Key.Key_Tab)
    assert isinstance(focused(board.plenary.scene), EntryCard)
    assert focused(room.plenary.scene) is None and not room.plenary.scene.selectedItems()


# -- the plenary wall ------------------------------------------------------------------

def plenary(qtbot, ctx, market: Market):  # noqa: ANN001, ANN201
    board = make_board(qtbot, ctx, market.ws)
    press(board.sheets_view, Qt.Key.Key_F6)
    assert board.mode() == "plenary"
    view = board.plenary.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    return board, view, board.plenary.scene


def choose(view, scene, market: Market, *names: str) -> None:  # noqa: ANN001
    """Tab to the first card, then Ctrl-walk and Space to add each of the others."""
    press(view, Qt.Key.Key_Escape)
    first, *rest = names
    focus_entry(view, scene, market, first)
    for name in rest:
        focus_entry(view, scene, market, name, CTRL)
        press(view, Qt.Key.Key_Space)
    chosen = {i.entry_id for i in scene.selectedItems() if isinstance(i, EntryCard)}
    assert chosen == {market.e[n] for n in names}


def test_pooling_three_supply_cards_by_key_is_one_step(qtbot, ctx, market: Market) -> None:
    board, view, scene = plenary(qtbot, ctx, market)
    choose(view, scene, market, "s1", "s4", "s6")
    before = ctx.undo.index()
    press(view, Qt.Key.Key_B, CTRL)
    state = load_market(ctx.store, market.ws)
    pools = {state.pool_of.get(market.e[n]) for n in ("s1", "s4", "s6")}
    assert len(pools) == 1 and None not in pools
    assert ctx.undo.index() == before + 1
    assert "gebundeld" in board.plenary.scene.cards[market.e["s4"]].tags.layout.text()
    undo(view)
    assert not load_market(ctx.store, market.ws).pool_of


def test_unpool_by_key_and_undo(qtbot, ctx, market: Market) -> None:
    links.pool_all(ctx.store, [market.e["s1"], market.e["s4"]])
    board, view, scene = plenary(qtbot, ctx, market)
    press(view, Qt.Key.Key_Home)
    focus_entry(view, scene, market, "s4")
    press(view, Qt.Key.Key_B, CTRL | SHIFT)
    assert not load_market(ctx.store, market.ws).pool_of
    undo(view)
    state = load_market(ctx.store, market.ws)
    assert state.pool_of[market.e["s1"]] == state.pool_of[market.e["s4"]]


def test_tie_and_untie_by_key_with_undo(qtbot, ctx, market: Market) -> None:
    board, view, scene = plenary(qtbot, ctx, market)
    choose(view, scene, market, "d1", "s2")
    press(view, Qt.Key.Key_K, CTRL)
    state = load_market(ctx.store, market.ws)
    [(match_id, demand, supply)] = state.matches
    assert (demand, supply) == (market.e["d1"], market.e["s2"])
    # walk to the knot (its own column) and untie it with Del
    press(view, Qt.Key.Key_Home)
    for _ in range(20):
        if isinstance(focused(scene), KnotItem):
            break
        press(view, Qt.Key.Key_Tab)
    assert focused(scene).match_id == match_id
    press(view, Qt.Key.Key_Delete)
    assert not load_market(ctx.store, market.ws).matches
    undo(view)
    assert load_market(ctx.store, market.ws).matches
    undo(view)
    assert not load_market(ctx.store, market.ws).matches


def test_development_fit_for_one_card_and_for_a_whole_pool(qtbot, ctx, market: Market) -> None:
    devs = {d.text: d.id for d in ops.list_developments(ctx.store, market.ws)}
    links.pool_all(ctx.store, [market.e["s3"], market.e["s7"]])
    board, view, scene = plenary(qtbot, ctx, market)
    press(view, Qt.Key.Key_Home)
    focus_entry(view, scene, market, "s2")
    press(view, Qt.Key.Key_D, CTRL)
    menu = board.plenary.keys.open_menu
    assert menu is not None and menu.isVisible()
    press(menu, Qt.Key.Key_2)  # 2 = Inclusie
    assert entry(ctx, market, "s2").fits_development_id == devs["Inclusie"]
    assert entry(ctx, market, "s3").fits_development_id is None
    undo(view)
    assert entry(ctx, market, "s2").fits_development_id is None

    press(view, Qt.Key.Key_Home)
    focus_entry(view, scene, market, "s7")
    before = ctx.undo.index()
    press(view, Qt.Key.Key_D, CTRL | SHIFT)  # the whole pool of the focused card
    press(board.plenary.keys.open_menu, Qt.Key.Key_1)
    assert entry(ctx, market, "s3").fits_development_id == devs["Digitalisering"]
    assert entry(ctx, market, "s7").fits_development_id == devs["Digitalisering"]
    assert ctx.undo.index() == before + 1
    undo(view)
    assert entry(ctx, market, "s3").fits_development_id is None
    assert entry(ctx, market, "s7").fits_development_id is None


def test_whole_pool_fit_is_one_transaction_in_the_model(ctx, market: Market) -> None:
    dev = ops.list_developments(ctx.store, market.ws)[0].id
    ids = [market.e["s1"], market.e["s4"], market.e["s6"]]
    links.pool_all(ctx.store, ids)
    assert links.pool_members(ctx.store, ids[1]) == sorted(ids)
    changes: list[object] = []
    unsubscribe = ctx.store.bus.subscribe(changes.append)
    old = links.set_fits(ctx.store, {i: dev for i in ids})
    unsubscribe()
    assert len(changes) == 1 and old == {i: None for i in ids}
    with pytest.raises(ops.InputError):
        links.set_fits(ctx.store, {market.e["d1"]: dev})  # demand cannot serve a development
    assert entry(ctx, market, "d1").fits_development_id is None
