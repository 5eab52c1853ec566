"""What the projector shows at 1024x768, 1280x720 and 1920x1080: a header that keeps to its
share, and boards that show everything, fitted or paged with "1/2", never scrolled.

Measured on the audience window itself (its widget geometry), as the room sees it.
"""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from app.models import agenda, plusmin
from app.models import timer as tm
from app.views.files.snapshot import RoomFrame
from app.views.market.cards import EntryCard
from app.views.room.audience import AudienceWindow, Projection
from tests.tools.room_seed import SHEETS, seed_room

SIZES = [(1024, 768), (1280, 720), (1920, 1080)]
LONG_ROUND = ("Dialoog over invloed en betrokkenheid: wat helpt en wat hindert je om mee te "
              "denken over de school")


def _audience(qtbot, ctx, wid: int, size: tuple[int, int], board: str = "circle"):  # noqa: ANN001, ANN202
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    projection = Projection(ctx.store)
    window = AudienceWindow(ctx, projection, facilitator)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    projection.set_workshop(wid, board)
    qtbot.waitExposed(window)
    QApplication.processEvents()
    return window, projection


def _text_fits(label) -> bool:  # noqa: ANN001
    metrics = QFontMetrics(label.font())
    flags = int(Qt.TextFlag.TextWordWrap) if label.wordWrap() else 0
    need = metrics.boundingRect(QRect(0, 0, label.width(), 10_000), flags, label.text())
    return need.height() <= label.height() and need.width() <= label.width()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("state", ["idle", "warning", "over", "two-line round"])
def test_header_keeps_to_a_fifth_of_the_room_and_nothing_overlaps(qtbot, ctx, size, state) -> None:
    wid = seed_room(ctx.store)
    first = agenda.list_rounds(ctx.store, wid)[0]
    if state == "two-line round":
        agenda.update_round(ctx.store, first.id, title=LONG_ROUND)
    window, _ = _audience(qtbot, ctx, wid, size)
    header = window.view.header
    timer = header.timer
    if state in ("warning", "over"):  # the last 2 minutes, and past the end of the round
        clock = tm.ManualClock()
        timer.clock = clock
        tm.start(ctx.store, wid, clock)
        clock.advance((first.planned_minutes * 60 - 90) if state == "warning"
                      else first.planned_minutes * 60 + 125 * 60)
        timer.rows = tm.timer_rows(ctx.store, wid)
        timer.refresh()
        QApplication.processEvents()
        assert timer.reading.phase == state
    assert header.height() <= 0.20 * window.height(), (header.height(), window.height())
    rects = header.line_rects()
    assert {"title", "round", "session", "countdown"} <= set(rects)
    inside = header.rect()
    for name, rect in rects.items():
        assert inside.contains(rect), (name, rect, inside)
    for (a, ra), (b, rb) in itertools.combinations(rects.items(), 2):
        assert not ra.intersects(rb), (a, ra, b, rb)
    for label in (header.title, timer.round_label, timer.session_label):
        assert _text_fits(label), (label.text(), label.font().pixelSize(), label.size())
        assert label.font().pixelSize() >= 14
    if state == "two-line round":
        assert timer.round_label.height() > timer.session_label.height()  # given two lines
        assert LONG_ROUND.split()[0] in timer.round_label.text()
    board = window.view.stack
    assert board.geometry().top() >= header.geometry().bottom()
    assert board.height() >= 0.7 * window.height()


def _frame(ctx, wid: int, board: str, size: tuple[int, int]) -> RoomFrame:  # noqa: ANN001
    return RoomFrame(ctx, wid, board, size)


def _page_label(frame: RoomFrame) -> str:
    label = frame.view.page_label
    return label.text() if label.isVisibleTo(frame.view) else ""


def _market_cards_on_pages(frame: RoomFrame) -> dict[str, list[int]]:
    """Per entry text, the pages on which its card is wholly on screen."""
    view = frame.view.board_widget("market").room_view()
    port = QRectF(view.viewport().rect()).adjusted(-1, -1, 1, 1)
    seen: dict[str, list[int]] = {}
    for page in range(frame.page_count()):
        frame.show_page(page)
        if frame.page_count() > 1:
            assert _page_label(frame) == f"{page + 1}/{frame.page_count()}"
        for item in view.scene().items():
            if isinstance(item, EntryCard) and item.isVisible():
                shown = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
                if port.contains(QRectF(shown)):
                    seen.setdefault(item.entry.text, []).append(page)
                else:
                    assert not port.intersects(QRectF(shown)), f"{item.entry.text} cut off"
    return seen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("board", ["market", "plenary"])
def test_every_marketplace_entry_is_on_screen_whole_on_one_page(qtbot, ctx, size, board) -> None:
    wid = seed_room(ctx.store)
    frame = _frame(ctx, wid, board, size)
    try:
        seen = _market_cards_on_pages(frame)
        state = frame.view.board_widget("market").state
        wanted = ({e.text for e in state.entries.values()} if board == "market" else
                  {e.text for e in state.side("supply") + state.open_demand()})
        assert set(seen) == wanted
        assert all(len(pages) == 1 for pages in seen.values()), seen
        assert frame.view.board_widget("market").room_view().verticalScrollBar().isHidden() or \
            frame.view.board_widget("market").room_view().verticalScrollBarPolicy() == \
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    finally:
        frame.close()


def test_third_subgroup_at_1280x720_is_on_screen_or_on_the_next_page_with_its_mark(qtbot, ctx) -> None:
    wid = seed_room(ctx.store)
    frame = _frame(ctx, wid, "market", (1280, 720))
    try:
        seen = _market_cards_on_pages(frame)
        for text in SHEETS["C"][0] + SHEETS["C"][1]:
            assert text in seen
        if max(p for pages in seen.values() for p in pages) > 0:
            assert frame.page_count() > 1
    finally:
        frame.close()


def _plusmin_rows_on_pages(frame: RoomFrame) -> dict[str, list[int]]:
    board = frame.view.board_widget("plusmin")
    seen: dict[str, list[int]] = {}
    for page in range(frame.page_count()):
        frame.show_page(page)
        if frame.page_count() > 1:
            assert _page_label(frame) == f"{page + 1}/{frame.page_count()}"
        port = board.scroll.viewport()
        for card in board.cards.values():
            if not card.isVisibleTo(board):
                continue
            top_left = card.mapTo(port, card.rect().topLeft())
            rect = QRect(top_left, card.size())
            assert port.rect().contains(rect), f"{card.text} cut off on page {page + 1}"
            seen.setdefault(card.text, []).append(page)
    return seen


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_every_plusmin_point_is_on_screen_whole_on_one_page(qtbot, ctx, size, scale) -> None:
    from app.models import workshop as ops

    wid = seed_room(ctx.store)
    ops.set_setting(ctx.store, "projector_scale", str(scale))
    frame = _frame(ctx, wid, "plusmin", size)
    try:
        seen = _plusmin_rows_on_pages(frame)
        theme = plusmin.list_themes(ctx.store, wid)[0]
        wanted = {i.text for i in plusmin.load_board(ctx.store, theme.id).items}
        assert set(seen) == wanted
        assert all(len(pages) == 1 for pages in seen.values()), seen
    finally:
        frame.close()


def test_sixth_plusmin_row_at_1280x720_even_with_large_text(qtbot, ctx) -> None:
    from app.models import workshop as ops

    wid = seed_room(ctx.store)
    ops.set_setting(ctx.store, "projector_scale", "1.6")
    frame = _frame(ctx, wid, "plusmin", (1280, 720))
    try:
        seen = _plusmin_rows_on_pages(frame)
        assert "Open sfeer in sectie" in seen and "Kritiek blijft binnen" in seen
        assert frame.page_count() > 1  # at 1.6 times the text size six rows need a second page
        assert seen["Open sfeer in sectie"] == seen["Kritiek blijft binnen"]  # a pair stays a row
    finally:
        frame.close()


def test_text_size_control_scales_the_boards_the_room_reads(qtbot, ctx) -> None:
    wid = seed_room(ctx.store)
    window, projection = _audience(qtbot, ctx, wid, (1920, 1080), board="market")
    room_market = window.view.board_widget("market")
    card = next(iter(room_market.sheets_scene.cards.values()))
    before_market = card.text.layout.font().pointSizeF()
    projection.set_board("plusmin")
    QApplication.processEvents()
    point = next(iter(window.view.board_widget("plusmin").cards.values()))
    before_point = point.label.fontInfo().pixelSize()
    projection.change_scale(0.3)
    QApplication.processEvents()
    projection.set_board("market")
    QApplication.processEvents()
    card = next(iter(room_market.sheets_scene.cards.values()))
    assert card.text.layout.font().pointSizeF() > before_market * 1.2
    projection.set_board("plusmin")
    QApplication.processEvents()
    point = next(iter(window.view.board_widget("plusmin").cards.values()))
    assert point.label.fontInfo().pixelSize() > before_point * 1.15


def test_page_down_in_the_console_turns_the_rooms_page(qtbot, ctx, store) -> None:
    from app.models import workshop as ops
    from app.views.shell.main_window import MainWindow

    wid = seed_room(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(wid)
    window.workshop_screen.show_board("market")
    audience = window.toggle_audience_window(True)
    audience.showNormal()
    audience.resize(1024, 768)
    QApplication.processEvents()
    view = audience.view
    assert view.page_count() > 1 and window.projection.page_count == view.page_count()
    assert window.action_next_page.isEnabled() and not window.action_previous_page.isEnabled()
    assert view.page_label.text() == f"1/{view.page_count()}"
    window.action_next_page.trigger()
    assert view.page_label.text() == f"2/{view.page_count()}"
    assert view.board_widget("market").room_view().page == 1
    window.action_previous_page.trigger()
    assert view.page_label.text() == f"1/{view.page_count()}"
    window.enter_presentation()  # the same keys work in presentation mode
    assert window.action_next_page in window.actions()
    assert ops.get_workshop(store, wid) is not None
