"""Meedoen in the window: the join server of the open workshop, bridged to the GUI thread.

Device edits reach the GUI thread through a queued Qt signal (the server's
thread never touches a widget or the undo stack) and are pushed there as the
ordinary undo commands, so they are stored at once, shown live on console and
projector by the change bus, and undoable by the facilitator.
"""
from __future__ import annotations

import concurrent.futures
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from app.commands import StoreCommand
from app.commands.circle import AddNote
from app.commands.join import AcceptStory, RejectStory, RevealVotes
from app.commands.market import AddEntry, RemoveEntry, UpdateEntry
from app.join.edits import note_fields
from app.join.room import JoinRoom
from app.models import joining
from app.models.events import Change, Kind, Topic
from app.models.market import PersonSpec
from app.models.store import Store
from app.models.workshop import InputError
from app.views.common.bus import ViewContext

if TYPE_CHECKING:  # aiohttp loads when the facilitator opens the door, not at start-up
    from app.join.server import JoinServer


class OwnerThread(QObject):
    """Runs callables handed over from the server's thread on the thread this object lives in.

    Edits are run in batches from a zero-delay timer, at most ``BUDGET_MS`` of them
    per turn of the event loop, so the round timer and repaints always get their
    turn. The store's changes of one batch reach the views once, on the next
    turn (inserts of one topic become one "reset": a board reloads once, not
    once per phone): storing and drawing are two short turns, not one long one,
    and a due tick of the round timer runs between them. The waiting requests
    are answered after that, when the boards show the edits.
    """

    BUDGET_MS = 20.0
    wake = Signal()

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._jobs: deque[tuple[Callable[[], Any], concurrent.futures.Future[Any]]] = deque()
        self._lock = threading.Lock()
        # what the last batch stored and must still show and answer: (changes, delivered
        # count of the bus when they were held, outcomes)
        self._shown: tuple[list[Change], int, list[_Outcome]] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._drain)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(0)
        self._show_timer.timeout.connect(self.show_batch)
        self.wake.connect(self._timer.start, Qt.ConnectionType.QueuedConnection)

    def submit(self, fn: Callable[[], Any]) -> concurrent.futures.Future[Any]:
        future: concurrent.futures.Future[Any] = concurrent.futures.Future()
        with self._lock:
            first = not self._jobs
            self._jobs.append((fn, future))
        if first:
            self.wake.emit()
        return future

    def _drain(self) -> None:
        if self._shown is not None:  # the last batch is not on the boards yet: it goes first
            return
        started = time.perf_counter()
        done: list[_Outcome] = []
        held: list[Change] = []

        def keep(changes: list[Change]) -> list[Change]:
            held.extend(changes)
            return []  # delivered by show_batch, on the next turn

        hold = self.store.bus.hold(keep) if self.store is not None else nullcontext()
        with hold:
            while (time.perf_counter() - started) * 1000 < self.BUDGET_MS:
                with self._lock:
                    if not self._jobs:
                        break
                    fn, future = self._jobs.popleft()
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    done.append((future, fn(), None))
                except BaseException as exc:  # noqa: BLE001 - handed back to the request
                    done.append((future, None, exc))
        if self.store is None or not held:
            self._answer(done)
            return
        self._shown = (held, self.store.bus.delivered, done)
        self._show_timer.start()

    def show_batch(self) -> None:
        """The stored batch to the views, then the answers; at once when called directly
        (closing Meedoen shows what was stored before the server goes)."""
        self._show_timer.stop()
        shown, self._shown = self._shown, None
        if shown is None:
            return
        held, delivered, done = shown
        assert self.store is not None
        bus = self.store.bus
        # something else reached the views in between (the facilitator's own edit): an
        # insert or update of the batch may be out of date, the boards reload instead
        try:
            bus.emit_once(merge_changes(held, reset=bus.delivered != delivered))
        finally:
            self._answer(done)

    def _answer(self, done: list[_Outcome]) -> None:
        for future, result, error in done:  # the views have drawn the batch: answer now
            if error is None:
                future.set_result(result)
            else:
                future.set_exception(error)
        with self._lock:
            more = bool(self._jobs)
        if more:
            self._timer.start()


_Outcome = tuple["concurrent.futures.Future[Any]", Any, "BaseException | None"]


def merge_changes(changes: list[Change], *, reset: bool = False) -> list[Change]:
    """Several changes of one topic in one workshop: a single "reset" of that topic (with
    ``reset``, also a single change of a board's topic)."""
    by_topic: dict[tuple[Topic, int | None], list[Change]] = {}
    for change in changes:
        by_topic.setdefault((change.topic, change.workshop_id), []).append(change)
    out: list[Change] = []
    for (topic, workshop_id), group in by_topic.items():
        if (len(group) == 1 and not reset) or topic not in (Topic.MARKET, Topic.NOTE):
            out.extend(group)
        else:
            out.append(Change(topic, workshop_id, Kind.RESET))
    return out


class UndoEdits:
    """Device edits as the ordinary undo commands on the workshop's stack."""

    def __init__(self, ctx: ViewContext) -> None:
        self.ctx, self.store = ctx, ctx.store

    def _push(self, command: StoreCommand) -> None:
        caught: list[Exception] = []
        unsubscribe = self.store.bus.subscribe_failures(caught.append)
        try:
            self.ctx.push(command)
        finally:
            unsubscribe()
        if command.failed:
            raise caught[0] if caught else InputError("Niet opgeslagen.")

    def add_entry(self, workshop_id: int, subgroup_id: int, side: str, text: str,
                  owners: list[PersonSpec], sources: list[PersonSpec]) -> int:
        command = AddEntry(self.store, workshop_id, subgroup_id, side, text, owners, sources)
        self._push(command)
        assert command.row_id is not None
        return command.row_id

    def update_entry(self, entry_id: int, text: str, owners: list[PersonSpec],
                     sources: list[PersonSpec]) -> None:
        changes: dict[str, Any] = {"text": text, "owners": owners}
        if sources:
            changes["sources"] = sources
        self._push(UpdateEntry(self.store, entry_id, **changes))

    def remove_entry(self, entry_id: int) -> None:
        self._push(RemoveEntry(self.store, entry_id))

    def story(self, workshop_id: int, text: str, name: str, *, direct: bool) -> None:
        if direct:
            note_text, participant_id = note_fields(self.store, workshop_id, text, name)
            self._push(AddNote(self.store, workshop_id, note_text, participant_id))
        else:
            joining.add_story(self.store, workshop_id, text, name)

    def vote(self, workshop_id: int, theme_id: int, delta: int) -> None:
        joining.change_pending_vote(self.store, workshop_id, theme_id, delta)


class JoinController(QObject):
    """Meedoen for one workshop: open, close the door, cut off, switches, inbox, reveal.

    Signals:
        changed(): opened, closed, the door, a switch or the reveal changed.
        devices_changed(int): how many devices have joined.
    """

    changed = Signal()
    devices_changed = Signal(int)
    reachable = Signal(str, bool)  # base URL, whether this laptop reached its own page there

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.owner = OwnerThread(ctx.store, self)
        self.room: JoinRoom | None = None
        self.server: JoinServer | None = None
        self.base_url = ""

    # -- life ---------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.server is not None

    def open(self, host: str, port: int = 0, *, lang: str | None = None) -> str:
        """Start serving on ``host``; returns the join URL. Raises OSError if refused."""
        from app.join.server import JoinServer

        self.stop()
        room = JoinRoom(UndoEdits(self.ctx), self.workshop_id, lang=lang)
        server = JoinServer(room, host, port, run_on_owner=self.owner.submit,
                            on_devices=self.devices_changed.emit)
        server.start()
        self.room, self.server = room, server
        from app.join.codes import base_url

        self.base_url = base_url(host, server.port)
        self.changed.emit()
        self.devices_changed.emit(0)
        self.check_reachable()
        return server.url

    def check_reachable(self, timeout: float = 3.0) -> None:
        """Ask the page from this laptop itself, at the address in the QR code, off the GUI
        thread; ``reachable`` tells the answer. When even the laptop cannot reach it there,
        no phone can: the address belongs to a network that is gone, or is blocked here."""
        url = self.base_url
        if not url:
            return
        emit = self.reachable.emit

        def probe() -> None:
            import urllib.error
            import urllib.request

            try:
                with urllib.request.urlopen(url + "/static/ping", timeout=timeout):  # noqa: S310 - our own http URL
                    ok = True
            except urllib.error.HTTPError:
                ok = True  # an answer, even a refusal: the server is there
            except (OSError, ValueError):
                ok = False
            try:
                emit(url, ok)
            except RuntimeError:  # the controller went away while we asked
                pass

        threading.Thread(target=probe, name="meedoen-self-check", daemon=True).start()

    def close_door(self) -> None:
        """No one new gets in; devices already in may finish."""
        if self.room is not None:
            self.room.close_door()
            self._poke()

    def stop(self) -> None:
        """Stop listening at once: everyone is cut off, token and code die."""
        room, server = self.room, self.server
        self.room = self.server = None
        self.owner.show_batch()
        if room is not None:
            room.cut_off()
        if server is not None:
            server.stop()
            self.changed.emit()
            self.devices_changed.emit(0)

    def url(self) -> str:
        return self.server.url if self.server is not None and self.room and self.room.token else ""

    def device_count(self) -> int:
        return self.room.device_count() if self.room is not None else 0

    def _poke(self) -> None:
        if self.server is not None:
            self.server.poke()
        self.changed.emit()

    # -- what devices may do ----------------------------------------------------------
    def feature(self, name: str) -> bool:
        return bool(self.room and self.room.features.get(name))

    def set_feature(self, name: str, on: bool) -> None:
        if self.room is not None:
            self.room.set_feature(name, on)
            self._poke()

    def set_direct(self, on: bool) -> None:
        if self.room is not None:
            self.room.direct_to_strip = bool(on)
            self._poke()

    # -- the inbox and the vote ----------------------------------------------------------
    def stories(self) -> list[dict[str, Any]]:
        return joining.list_stories(self.ctx.store, self.workshop_id)

    def accept(self, story: dict[str, Any], text: str | None = None) -> bool:
        note_text, participant_id = note_fields(self.ctx.store, self.workshop_id,
                                                story["text"] if text is None else text,
                                                story.get("name", ""))
        return self.ctx.push(AcceptStory(self.ctx.store, self.workshop_id, story, note_text,
                                         participant_id))

    def reject(self, story: dict[str, Any]) -> bool:
        return self.ctx.push(RejectStory(self.ctx.store, self.workshop_id, int(story["id"])))

    def hidden_dots(self) -> int:
        return sum(joining.pending_votes(self.ctx.store, self.workshop_id).values())

    def reveal(self) -> bool:
        done = self.ctx.push(RevealVotes(self.ctx.store, self.workshop_id))
        if self.room is not None:
            self.room.reveal()
            self._poke()
        return done
