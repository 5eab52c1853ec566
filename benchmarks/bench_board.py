"""The circle board with 1,000 and 10,000 notes: drag steps and a whole fitted frame.

Drags are real mouse events on the view's viewport (QTest), each followed by a
synchronous repaint of the whole viewport, so a step costs what the user waits
for: event handling, the scene's bookkeeping and the frame. The baseline is
the same gesture on a bare QGraphicsView holding one rectangle.

The fitted frame is the first frame after the view changed scale (Ctrl+0
after a zoom): the board is fitted to a 1920x1080 viewport and painted once,
so the cached layers are rebuilt for the new scale. Its baseline is a bare QGraphicsView of the same
size painting an empty scene.
"""
from __future__ import annotations

import math
import random
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from app.models import workshop as ops
from app.models.store import Store
from app.views.circle.board import ZOOM_STEP, CircleBoard
from app.views.circle.items import BOARD_RECT, NoteItem
from app.views.common.bus import QtBus, ViewContext
from app.views.common.heap import settle_heap
from benchmarks.seed import seed_big_session
from benchmarks.stats import Figure, Series, timed_ms

LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
WINDOW = (1280, 800)  # the board in a laptop window
FULL_HD = (1920, 1080)
MOVE_STEPS = 25  # a drag of 200 x 125 px in 8 px mouse events: across a ring or two
STEP_PX = QPoint(8, 5)
# The press at 1,000 notes sat at 1.2-2.1 ms against its 2 ms budget and failed every other
# run. It was made faster (0.9-1.1 ms, 1.5-1.8 ms when this shared machine runs slow), and it
# is judged against the 2 ms again: a ratio to the bare view's press proved less stable, as
# that press hardly slows down when the machine does (9x to 15x in runs of one day).


def _settle(widget: QWidget) -> None:
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    QApplication.processEvents()


def _viewport_to(view: QGraphicsView, outer: QWidget, size: tuple[int, int]) -> None:
    """Resize ``outer`` so that ``view``'s viewport is exactly ``size``."""
    for _ in range(3):
        port = view.viewport().size()
        dw, dh = size[0] - port.width(), size[1] - port.height()
        if not dw and not dh:
            return
        outer.resize(outer.width() + dw, outer.height() + dh)
        QApplication.processEvents()


def drag_gesture(view: QGraphicsView, start: QPoint) -> tuple[float, list[float], float]:
    """Press, move in steps, release at ``start``; each with a synchronous repaint (ms)."""
    port = view.viewport()

    def press() -> None:
        QTest.mousePress(port, LEFT, NONE, start)
        port.repaint()

    def move(k: int) -> None:
        QTest.mouseMove(port, start + STEP_PX * k)
        port.repaint()

    def release() -> None:
        QTest.mouseRelease(port, LEFT, NONE, start + STEP_PX * MOVE_STEPS)
        port.repaint()

    pressed = timed_ms(press)
    moves = [timed_ms(lambda k=k: move(k)) for k in range(1, MOVE_STEPS + 1)]
    return pressed, moves, timed_ms(release)


def board_drags(board: CircleBoard, gestures: int, rng: random.Random
                ) -> tuple[list[float], list[float], list[float]]:
    """``gestures`` drags of notes picked at random among those in the circle."""
    presses, steps, drops = [], [], []
    for _ in range(gestures):  # every drop re-arranges: pick among the notes shown now
        placed = [board.items[i] for i in sorted(board.layout_now.positions)
                  if board.layout_now.ring_at(*board.layout_now.positions[i]) is not None]
        item = rng.choice(placed)
        start = board.view.mapFromScene(item.pos())
        grabbed = board.note_at(start)
        assert grabbed is not None, "a drag must start on a note"
        before = board.notes[grabbed.note_id]
        pressed, moves, dropped = drag_gesture(board.view, start)
        after = board.notes[grabbed.note_id]
        assert (after.x, after.y) != (before.x, before.y), "the drop must be stored"
        presses.append(pressed)
        steps.extend(moves)
        drops.append(dropped)
    return presses, steps, drops


def rearrangements(board: CircleBoard, count: int, rng: random.Random) -> list[float]:
    """Re-arranging the board after a drop: one note into another ring, then the layout applied.

    What the board does once the drop is stored (``CircleBoard.relayout``): the
    per-ring index takes the moved note, ``circle_layout.arrange`` places the
    notes for this screen and the items that moved are moved.
    """
    notes = list(board.notes.values())
    samples = []
    for _ in range(count):
        note = rng.choice(notes)
        ring = rng.randrange(5)
        angle = rng.uniform(0, 6.283)
        r = 0.2 * ring + 0.1
        note.x, note.y = r * math.cos(angle), r * math.sin(angle)
        note.z = max(n.z for n in notes[:1]) + len(samples) + 10_000
        board.arranger.put(note)
        samples.append(timed_ms(board.relayout))
    return samples


def fitted_frame(board: CircleBoard) -> tuple[float, float]:
    """The first frame of the fitted board after a zoom (layers rebuilt), then a repeat frame.

    Ctrl+0 after zooming in: the view's transform changes, so the cached
    layers are redrawn for the new scale within this one frame.
    """
    _viewport_to(board.view, board, FULL_HD)
    port = board.view.viewport()
    board.view.zoom(ZOOM_STEP)
    port.repaint()
    board.fit()
    assert board.view.fitted and port.size().toTuple() == FULL_HD
    cold = timed_ms(port.repaint)
    warm = timed_ms(port.repaint)
    return cold, warm


class BareView(QGraphicsView):
    """The baseline: a QGraphicsView with one movable rectangle and nothing else."""

    def __init__(self) -> None:
        self.bare_scene = QGraphicsScene(BOARD_RECT)
        super().__init__(self.bare_scene)
        rect = QGraphicsRectItem(QRectF(-115, -67, 230, 135))
        rect.setBrush(QColor("#fff59d"))
        rect.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsMovable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.bare_scene.addItem(rect)
        self.rect_item = rect
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.fitInView(BOARD_RECT, Qt.AspectRatioMode.KeepAspectRatio)


def bare_runs(runs: int, gestures: int) -> tuple[Series, Series, Series, Series]:
    view = BareView()
    view.resize(*WINDOW)
    _settle(view)
    steps, presses, frames, drops = Series(), Series(), Series(), Series()
    for _ in range(runs):
        run_steps, run_presses, run_drops = [], [], []
        for _ in range(gestures):
            view.rect_item.setPos(0, 0)
            pressed, moves, dropped = drag_gesture(view, view.mapFromScene(0, 0))
            run_presses.append(pressed)
            run_steps.extend(moves)
            run_drops.append(dropped)
        steps.add_run(run_steps)
        presses.add_run(run_presses)
        drops.add_run(run_drops)
    _viewport_to(view, view, FULL_HD)
    for _ in range(runs):
        view.scale(ZOOM_STEP, ZOOM_STEP)
        view.viewport().repaint()
        view.fitInView(BOARD_RECT, Qt.AspectRatioMode.KeepAspectRatio)
        frames.add_run([timed_ms(view.viewport().repaint)])
    view.close()
    return steps, presses, frames, drops


def open_board(folder: Path, notes: int) -> tuple[Store, QtBus, CircleBoard]:
    store = Store(folder / f"board-{notes}.sqlite")
    workshop_id = seed_big_session(store, notes=notes)
    ops.update_workshop(store, workshop_id, current_board="circle")
    bus = QtBus(store)
    ctx = ViewContext(store, bus, QUndoStack())
    board = CircleBoard(ctx, workshop_id)
    board.resize(*WINDOW)
    _settle(board)
    board.view.viewport().repaint()  # the first frame (layout of every note) is not a drag
    settle_heap()  # as the app does once a workshop is open (MainWindow.open_workshop)
    return store, bus, board


def measure(*, runs: int, sizes: tuple[int, int], gestures: int) -> list[Figure]:
    QApplication.instance() or QApplication([])
    rng = random.Random(5)
    base_steps, base_presses, base_frames, base_drops = bare_runs(runs, gestures)
    figures: list[Figure] = []
    labels = ("1,000", "10,000") if sizes == (1000, 10000) else tuple(f"{n:,}" for n in sizes)
    budgets = ((2.0, 16.0), (4.0, 50.0))
    drop_budgets = (None, 16.0)  # the whole drop at 10,000 notes within one frame
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        figures += arrange_figures(Path(tmp), runs, rng, small=sizes != (1000, 10000),
                                   baseline=base_drops)
        for n, label, (step_budget, frame_budget), drop_budget in zip(
                sizes, labels, budgets, drop_budgets, strict=True):
            store, bus, board = open_board(Path(tmp), n)
            assert len(board.items) == n and isinstance(next(iter(board.items.values())), NoteItem)
            steps, presses, drops, cold, warm = Series(), Series(), Series(), Series(), Series()
            for _ in range(runs):
                run_presses, run_steps, run_drops = board_drags(board, gestures, rng)
                steps.add_run(run_steps)
                presses.add_run(run_presses)
                drops.add_run(run_drops)
            for _ in range(runs):
                c, w = fitted_frame(board)
                cold.add_run([c])
                warm.add_run([w])
            figures += [
                Figure(f"drag_step_{n}", f"drag step (move + repaint) p95, {label} notes", steps,
                       "p95", budget_ms=step_budget, baseline_title="bare QGraphicsView, 1 item",
                       baseline=base_steps),
                Figure(f"drag_press_{n}", f"drag step (press + repaint) p95, {label} notes",
                       presses, "p95", budget_ms=step_budget,
                       baseline_title="bare QGraphicsView, 1 item", baseline=base_presses,
                       note="the note turns live: the layer redraws under it"),
                Figure(f"drag_drop_{n}",
                       f"drop (release, autosave, re-arrangement, repaint) p95, {label} notes",
                       drops, "p95", budget_ms=drop_budget,
                       baseline_title="bare QGraphicsView, 1 item, release", baseline=base_drops,
                       note="MoveNotes through the undo stack and the store, then the layout"),
                Figure(f"frame_fit_{n}", f"whole board fitted to 1920x1080, one frame, {label} notes",
                       cold, budget_ms=frame_budget, baseline_title="bare QGraphicsView 1920x1080",
                       baseline=base_frames, note="first frame after the view changed: layer rebuilt"),
                Figure(f"frame_repeat_{n}", f"same view, next frame (cached layer), {label} notes",
                       warm, baseline_title="bare QGraphicsView 1920x1080", baseline=base_frames),
            ]
            board.close()
            board.deleteLater()
            QApplication.processEvents()
            bus.detach()
            store.close()
    return figures


def arrange_figures(folder: Path, runs: int, rng: random.Random, *, small: bool,
                    baseline: Series) -> list[Figure]:
    """Re-arranging after a drop at 40 and 1,000 post-its (the room's sizes of concern)."""
    figures = []
    for n, budget in ((40, 16.0), (1000, 100.0)):
        count = n if not small else min(n, 60)
        store, bus, board = open_board(folder, count)
        series = Series()
        for _ in range(runs):
            series.add_run(rearrangements(board, 20, rng))
        figures.append(Figure(f"rearrange_{n}", f"re-arrangement after a drop p95, {count:,} notes",
                              series, "p95", budget_ms=budget,
                              baseline_title="bare QGraphicsView, 1 item, release",
                              baseline=baseline,
                              note="circle_layout.arrange plus moving the items that moved"))
        board.close()
        board.deleteLater()
        QApplication.processEvents()
        bus.detach()
        store.close()
    return figures
