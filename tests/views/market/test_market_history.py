"""A marketplace board that lived through a session shows what a freshly opened one shows.

Cards and sheets keep cached pictures and positions between edits. After lines
are added (a long one wraps), changed, moved, removed and undone, on the console
and in the room (paged at 1280x720), the board must look like a new board
opened on the same store: nothing stale, nothing left behind (compared give or
take a pixel: ``tests.tools.pictures``).
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.commands.market import AddEntry, MoveEntry, RemoveEntry, UpdateEntry
from app.views.market.board import MarketBoard
from tests.tools.market_seed import build
from tests.tools.pictures import same_within_a_pixel, shown


def _picture(board: MarketBoard) -> QImage:
    board.sheets_scene.clearSelection()
    QApplication.processEvents()
    return board.sheets_view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize(("audience", "size"), [(False, (1366, 768)), (True, (1280, 720))])
def test_after_a_session_of_edits_the_board_shows_what_a_fresh_one_shows(
        qtbot, ctx, audience: bool, size: tuple[int, int]) -> None:  # noqa: ANN001
    market = build(ctx.store)
    board = shown(qtbot, MarketBoard(ctx, market.ws, audience=audience), size)
    a, b, c = (market.groups[g] for g in "ABC")
    ctx.push(AddEntry(ctx.store, market.ws, a, "supply", "Feedback geven op elkaars lessen, "
                      "met een kijkwijzer die we samen opstellen", [market.people["Anna"]]))
    ctx.push(AddEntry(ctx.store, market.ws, c, "demand", "Lesson study", []))
    ctx.push(UpdateEntry(ctx.store, market.e["s1"], text="ICT en AI in de les"))
    ctx.push(MoveEntry(ctx.store, market.e["s2"], b, "supply", 0))
    ctx.push(RemoveEntry(ctx.store, market.e["s3"]))
    ctx.push(AddEntry(ctx.store, market.ws, b, "demand", "Tijdelijk", []))
    ctx.undo.undo()  # the last line goes again
    ctx.undo.undo()
    ctx.undo.redo()  # the removal stays
    if audience:
        board.set_page(board.page_count() - 1)
        board.set_page(0)
    QApplication.processEvents()
    fresh = shown(qtbot, MarketBoard(ctx, market.ws, audience=audience), size)
    assert board.page_count() == fresh.page_count()
    lived, new = _picture(board), _picture(fresh)
    assert lived.size() == new.size()
    assert same_within_a_pixel(lived, new)


def test_the_rooms_screen_shows_every_new_line_and_page_as_it_comes(qtbot, ctx) -> None:  # noqa: ANN001
    """What the projector really shows (the window's pixels on the screen) after each edit
    and page turn is the wall as a fresh paint draws it: no region left unrepainted."""
    market = build(ctx.store)
    room = shown(qtbot, MarketBoard(ctx, market.ws, audience=True), (1280, 720))
    port = room.sheets_view.viewport()

    def on_screen() -> QImage:
        qtbot.wait(30)  # the paint events of the edit
        corner = port.mapTo(room, port.rect().topLeft())
        return room.screen().grabWindow(room.winId()).toImage().copy(
            corner.x(), corner.y(), port.width(), port.height())

    for k in range(6):
        ctx.push(AddEntry(ctx.store, market.ws, market.groups["ABC"[k % 3]],
                          "supply" if k % 2 else "demand", f"Nieuwe regel {k} van de zaal", []))
        if k == 2:
            room.set_page(room.page_count() - 1)
        if k == 4:
            room.set_page(0)
        assert same_within_a_pixel(on_screen(), port.grab().toImage()), f"after line {k}"
    assert room.page_count() > 1
