"""Fingers on the digibord (issue 18): Qt touch events, not synthesised mouse events."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest

from app.models import circle as ops
from app.models import market as mops
from app.models import orchestration
from app.models.market_analysis import load_market
from app.views.circle.board import CircleBoard
from app.views.common import touch
from app.views.market.board import MarketBoard


@pytest.fixture(scope="module")
def finger():  # noqa: ANN201
    return QTest.createTouchDevice()


def _board(qtbot, ctx, wid: int) -> CircleBoard:  # noqa: ANN001
    board = CircleBoard(ctx, wid)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    return board


class Touch:
    """QTest.touchEvent on one widget, at points given in that widget's coordinates.

    (In PySide6 6.11 the sequence takes the points as screen coordinates.)
    """

    def __init__(self, widget, device) -> None:  # noqa: ANN001
        self.widget, self.device = widget, device

    def __call__(self, *steps: tuple[str, int, QPoint]) -> None:
        sequence = QTest.touchEvent(self.widget, self.device)
        for kind, finger, point in steps:
            getattr(sequence, kind)(finger, self.widget.mapToGlobal(point))
        sequence.commit()


def _swipe(port, finger, start: QPoint, end: QPoint) -> None:  # noqa: ANN001
    touch_ = Touch(port, finger)
    touch_(("press", 0, start))
    for k in range(1, 6):
        touch_(("move", 0, start + (end - start) * k / 5))
    touch_(("release", 0, end))


def test_a_finger_drags_a_post_it_into_a_ring(qtbot, ctx, finger) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Cirkel").id
    note = ops.add_note(ctx.store, wid, "Een leerling die durfde")
    board = _board(qtbot, ctx, wid)
    port = board.view.viewport()
    start = board.view.mapFromScene(board.items[note.id].pos())
    _swipe(port, finger, start, board.view.mapFromScene(board.scene_point(0.0, 0.5)))
    row = ops.list_notes(ctx.store, wid)[0]
    assert row.ring == "section"  # where it sits inside the ring is the layout's job
    assert ctx.undo.count() == 1


def test_a_tap_selects_and_a_long_press_opens_the_right_click_menu(qtbot, ctx, finger,
                                                                   monkeypatch) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Cirkel").id
    note = ops.add_note(ctx.store, wid, "Samen een toets gemaakt", x=0.05, y=0.05)
    board = _board(qtbot, ctx, wid)
    menus: list[QPoint] = []
    monkeypatch.setattr(board, "context_menu", lambda pos, _global: menus.append(pos))
    port = board.view.viewport()
    at = board.view.mapFromScene(board.items[note.id].pos())
    fingers = Touch(port, finger)
    fingers(("press", 0, at))
    fingers(("release", 0, at))
    assert board.items[note.id].isSelected() and menus == []  # a tap selects
    board.scene.clearSelection()
    fingers(("press", 0, at))
    qtbot.waitUntil(lambda: bool(menus), timeout=touch.LONG_PRESS_MS * 3)
    fingers(("release", 0, at))
    assert menus == [at]
    assert ops.list_notes(ctx.store, wid)[0].x == pytest.approx(0.05)  # nothing moved


def test_two_fingers_zoom_the_board(qtbot, ctx, finger) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Cirkel").id
    board = _board(qtbot, ctx, wid)
    port = board.view.viewport()
    before = board.view.transform().m11()
    centre = port.rect().center()
    fingers = Touch(port, finger)
    left, right = centre - QPoint(50, 0), centre + QPoint(50, 0)
    fingers(("press", 0, left), ("press", 1, right))
    fingers(("move", 0, left - QPoint(50, 0)), ("move", 1, right + QPoint(50, 0)))
    fingers(("release", 0, left - QPoint(50, 0)), ("release", 1, right + QPoint(50, 0)))
    assert board.view.transform().m11() == pytest.approx(before * 2, rel=0.05)
    assert ctx.undo.count() == 0  # zooming stores nothing


def _centre(card) -> QPointF:  # noqa: ANN001
    return card.mapToScene(QPointF(card.width / 2, card.height / 2))


def test_a_finger_moves_a_marketplace_card_and_pairs_by_dragging(qtbot, ctx, finger) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Markt").id
    group = mops.add_subgroup(ctx.store, wid, "A")
    supply = mops.add_entry(ctx.store, wid, group.id, "supply", "Werken met exit tickets")
    asked = mops.add_entry(ctx.store, wid, group.id, "supply", "Formatief evalueren")
    board = MarketBoard(ctx, wid)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    view, scene = board.sheets_view, board.sheets_scene
    target = scene.sheets[(group.id, "demand")]
    _swipe(view.viewport(), finger, view.mapFromScene(_centre(scene.cards[asked.id])),
           view.mapFromScene(target.mapToScene(QPointF(40, target.height - 10))))
    assert load_market(ctx.store, wid).entries[asked.id].side == "demand"

    board.set_mode("plenary")
    view, scene = board.plenary.view, board.plenary.scene
    _swipe(view.viewport(), finger, view.mapFromScene(_centre(scene.cards[asked.id])),
           view.mapFromScene(_centre(scene.cards[supply.id])))
    [knot] = load_market(ctx.store, wid).knots()
    assert (knot.demand.id, knot.supply.id) == (asked.id, supply.id)


def test_presentation_controls_are_finger_sized(qtbot, store_path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QToolButton

    from app.models.store import Store
    from app.views.shell.main_window import MainWindow

    store = Store(store_path)
    wid = orchestration.create_workshop(store, title="Zaal").id
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(wid)
    window.enter_presentation()
    buttons = window.presentation.controls.findChildren(QToolButton)
    assert len(buttons) == 4
    assert all(b.width() >= 40 and b.height() >= 40 for b in buttons)
    window.leave_presentation()
    window.close()
    store.close()
