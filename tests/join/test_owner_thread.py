"""Device edits on the GUI thread: stored in one turn, shown in the next, answered after that.

The round timer must not wait for storing and drawing together: a timer tick
that falls due while a batch is stored runs before the boards draw it. When
the facilitator's own edit reaches the views in between, the boards reload
instead of applying a possibly stale insert; when the facilitator closes
Meedoen in between, what was stored is shown and answered at once.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from app.models import market, orchestration
from app.models.events import Change, Kind, Topic
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.session.join_controller import JoinController, OwnerThread


def _market(store: Store, workshop_id: int) -> int:
    return market.add_subgroup(store, workshop_id, "A").id


def _from_a_device(owner: OwnerThread, job):  # noqa: ANN001, ANN202
    """Submit ``job`` from another thread, as the server does; the future it got."""
    got = []
    worker = threading.Thread(target=lambda: got.append(owner.submit(job)))
    worker.start()
    worker.join()
    return got[0]


def test_a_due_timer_tick_runs_between_storing_and_showing(qtbot, store: Store,
                                                           workshop_id: int) -> None:  # noqa: ANN001
    group = _market(store, workshop_id)
    owner = OwnerThread(store)
    events: list[str] = []
    unsubscribe = store.bus.subscribe(
        lambda c: events.append(f"shown {c.kind.name}") if c.topic is Topic.MARKET else None)

    def job() -> int:
        entry = market.add_entry(store, workshop_id, group, "supply", "Coöperatief leren")
        events.append("stored")
        QTimer.singleShot(0, lambda: events.append("tick"))  # falls due while storing
        return entry.id

    future = _from_a_device(owner, job)
    future.add_done_callback(lambda _f: events.append("answered"))
    qtbot.waitUntil(future.done, timeout=5000)
    unsubscribe()
    assert events == ["stored", "tick", "shown INSERT", "answered"]
    assert [e.text for e in load_market(store, workshop_id).entries.values()] == ["Coöperatief leren"]


def test_an_edit_of_the_facilitator_in_between_makes_the_boards_reload(
        qtbot, store: Store, workshop_id: int) -> None:  # noqa: ANN001
    group = _market(store, workshop_id)
    owner = OwnerThread(store)
    seen: list[Change] = []
    unsubscribe = store.bus.subscribe(
        lambda c: seen.append(c) if c.topic is Topic.MARKET else None)

    def facilitator() -> None:
        market.add_entry(store, workshop_id, group, "demand", "Feedback geven")

    def job() -> int:
        QTimer.singleShot(0, facilitator)  # the facilitator types while the batch waits
        return market.add_entry(store, workshop_id, group, "supply", "Coöperatief leren").id

    future = _from_a_device(owner, job)
    qtbot.waitUntil(future.done, timeout=5000)
    unsubscribe()
    assert [c.kind for c in seen] == [Kind.INSERT, Kind.RESET]
    assert sorted(e.text for e in load_market(store, workshop_id).entries.values()) == [
        "Coöperatief leren", "Feedback geven"]


def test_closing_meedoen_shows_and_answers_what_was_stored(qtbot, ctx) -> None:  # noqa: ANN001
    workshop_id = orchestration.create_workshop(ctx.store, title="Markt").id
    group = _market(ctx.store, workshop_id)
    controller = JoinController(ctx, workshop_id)
    controller.open("127.0.0.1", 0)
    seen: list[Change] = []
    unsubscribe = ctx.store.bus.subscribe(seen.append)

    at_stop: list[int] = []

    def close() -> None:  # the controller may go right after (leaving the workshop)
        controller.stop()
        at_stop.append(sum(c.topic is Topic.MARKET for c in seen))

    def job() -> int:
        entry_id = market.add_entry(ctx.store, workshop_id, group, "supply", "Lesson study").id
        QTimer.singleShot(0, close)  # the facilitator closes before the next turn
        return entry_id

    future = _from_a_device(controller.owner, job)
    qtbot.waitUntil(future.done, timeout=5000)
    qtbot.wait(20)  # the batch's own turn would have come by now: it must not show it again
    unsubscribe()
    assert not controller.is_open and at_stop == [1]  # shown by stop() itself
    assert [c.kind for c in seen if c.topic is Topic.MARKET] == [Kind.INSERT]
    assert future.result() > 0
