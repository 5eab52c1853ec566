"""A plus-min board that lived through a session shows what a freshly opened one shows.

Points are added (a long one wraps), changed, moved, paired, removed and undone,
on the console and in the room (paged at 1280x720); the board must then look
like a new board opened on the same store, give or take a pixel
(``tests.tools.pictures``): no stale text, no card left behind.
"""
from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.commands.plusmin import AddItem, EditItem, MoveItem, PairItems, RemoveItem
from app.models import plusmin as pm
from app.views.plusmin.board import PlusMinBoard
from tests.tools.pictures import same_within_a_pixel, shown

PLUS = ["Leerlingen geven elke dag feedback", "Vaste maatjes in de sectie", "Goede sfeer"]
MIN = ["Te aardig voor elkaar", "Jong spreekt oud niet aan", "Verschil is een drempel"]


def _picture(board: PlusMinBoard) -> QImage:
    QApplication.processEvents()
    return board.grab().toImage()


@pytest.mark.parametrize(("audience", "size"), [(False, (1366, 768)), (True, (1280, 720))])
def test_after_a_session_of_edits_the_board_shows_what_a_fresh_one_shows(
        qtbot, ctx, workshop_id: int, audience: bool, size: tuple[int, int]) -> None:  # noqa: ANN001
    theme = pm.add_theme(ctx.store, workshop_id, "Feedback en bespreekbaarheid").id
    plus = [pm.add_item(ctx.store, theme, "plus", t).id for t in PLUS]
    minus = [pm.add_item(ctx.store, theme, "min", t).id for t in MIN]
    board = shown(qtbot, PlusMinBoard(ctx, workshop_id, audience=audience), size)
    ctx.push(AddItem(ctx.store, theme, "plus", "We kijken bij elkaar in de les en bespreken "
                     "daarna wat we zagen, zonder oordeel"))
    ctx.push(AddItem(ctx.store, theme, "min", "Tijdelijk punt"))
    ctx.push(EditItem(ctx.store, plus[1], "Vaste maatjes in de sectie en daarbuiten"))
    ctx.push(PairItems(ctx.store, plus[0], minus[1]))
    ctx.push(MoveItem(ctx.store, minus[2], "min", minus[0]))
    ctx.push(RemoveItem(ctx.store, plus[2]))
    ctx.undo.undo()
    ctx.undo.redo()  # the removal stays
    assert "Tijdelijk punt" in {i.text for i in pm.load_board(ctx.store, theme).items}
    if audience and board.page_count() > 1:
        board.set_page(board.page_count() - 1)
        board.set_page(0)
    QApplication.processEvents()
    fresh = shown(qtbot, PlusMinBoard(ctx, workshop_id, audience=audience), size)
    assert board.page_count() == fresh.page_count()
    assert same_within_a_pixel(_picture(board), _picture(fresh))
