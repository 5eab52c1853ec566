"""Device edits on the GUI thread: stored in one turn, shown in the next, answered after that.

The round timer must not wait for storing and drawing together: a timer tick
that falls due while a batch is stored runs before the boards draw it. And
when the facilitator's own edit reaches the views in between, the boards
reload instead of applying a possibly stale insert.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from app.models import market
from app.models.events import Change, Kind, Topic
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.session.join_controller import OwnerThread


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


def test_closing_shows_and_answers_what_was_stored(qtbot, store: Store,
                                                   workshop_id: int) -> None:  # noqa: ANN001
    group = _market(store, workshop_id)
    owner = OwnerThread(store)
    seen: list[Change] = []
    unsubscribe = store.bus.subscribe(seen.append)

    def job() -> int:
        entry_id = market.add_entry(store, workshop_id, group, "supply", "Lesson study").id
        QTimer.singleShot(0, owner.show_batch)  # Meedoen closes before the next turn
        return entry_id

    future = _from_a_device(owner, job)
    qtbot.waitUntil(future.done, timeout=5000)
    unsubscribe()
    assert [c.kind for c in seen if c.topic is Topic.MARKET] == [Kind.INSERT]
    assert future.result() > 0
