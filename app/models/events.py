"""A small, Qt-free observer: the model says what changed, views update only that.

Every model operation emits one :class:`Change` after its commit. Views
subscribe through :class:`ChangeBus` (the views layer turns it into a Qt
signal); the store emits errors it could not write through ``failures``.

What changed is typed: a :class:`Topic` (the kind of row), a :class:`Kind`
(insert, update, delete, reset) and, where listeners need it, a part of the
board (:class:`PlusMinPart`, :class:`MarketPart`, :class:`JoinPart`) and a few
typed fields. A plain string or a misspelt name is refused when the change is
made, so it cannot become a refresh that silently never happens.

The enums are plain :class:`enum.Enum`, not ``StrEnum``: a ``StrEnum`` member
equals its string, so ``change.topic == "note"`` would keep working and a
misspelt ``"notes"`` would again be silently false. Nothing stores these values
(neither the database nor the exchange file); their values are the old strings
only so a printed change reads as before.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum


class Topic(Enum):
    """The kind of row a change is about."""

    WORKSHOP = "workshop"
    PARTICIPANT = "participant"
    NOTE = "note"  # circle-of-influence post-its
    MARKET = "market"  # see MarketPart
    PLUSMIN = "plusmin"  # see PlusMinPart
    ROUND = "round"
    TIMER = "timer"
    ACTION = "action"
    REFLECTION = "reflection"
    JOIN = "join"  # what devices sent (see JoinPart)
    SETTING = "setting"  # store-wide; ``key`` says which setting
    STORE = "store"  # the store itself; ``saving`` after a failure healed


class Kind(Enum):
    """What happened to the rows: RESET means reload everything of the topic."""

    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESET = "reset"


class PlusMinPart(Enum):
    """Which part of a plus-min schema changed."""

    THEME = "theme"
    ORDER = "order"
    REVEAL = "reveal"
    URGENCY = "urgency"
    ITEM = "item"
    TEXT = "text"
    LAYOUT = "layout"
    PAIR = "pair"


class MarketPart(Enum):
    """Which part of the marketplace changed."""

    SUBGROUP = "subgroup"
    DEVELOPMENT = "development"
    ENTRY = "entry"
    POOL = "pool"
    MATCH = "match"
    DISMISSAL = "dismissal"


class JoinPart(Enum):
    """Which of the devices' contributions changed."""

    INBOX = "inbox"
    VOTES = "votes"


Part = PlusMinPart | MarketPart | JoinPart

#: The part enum each topic may name (a topic not listed names none).
PARTS: dict[Topic, type[Enum]] = {
    Topic.PLUSMIN: PlusMinPart, Topic.MARKET: MarketPart, Topic.JOIN: JoinPart}


@dataclass(frozen=True)
class Change:
    """What an operation changed.

    topic: the kind of row (:class:`Topic`).
    workshop_id: the workshop it belongs to (None for store-wide changes).
    kind: :class:`Kind`; RESET means reload everything of the topic.
    ids: the affected row ids, where the operation knows them.
    what: the part of the board (the topic's enum in :data:`PARTS`).
    theme_id: the plus-min theme a PLUSMIN change is about.
    key: the setting a SETTING change wrote.
    fields: the columns an update changed, where the operation says so.
    saving: a STORE change: writing works again after a failure.

    Two changes are equal when topic, workshop, kind and ids are (the rest is
    detail), so a held batch announces each of them once.
    """

    topic: Topic
    workshop_id: int | None
    kind: Kind = Kind.UPDATE
    ids: tuple[int, ...] = ()
    what: Part | None = field(default=None, compare=False)
    theme_id: int | None = field(default=None, compare=False)
    key: str | None = field(default=None, compare=False)
    fields: tuple[str, ...] = field(default=(), compare=False)
    saving: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.topic, Topic):
            raise TypeError(f"Change topic must be a Topic, not {self.topic!r}")
        if not isinstance(self.kind, Kind):
            raise TypeError(f"Change kind must be a Kind, not {self.kind!r}")
        if self.what is not None and not isinstance(self.what, PARTS.get(self.topic, ())):
            raise TypeError(f"{self.topic} names no part {self.what!r}")


Listener = Callable[[Change], None]


class ChangeBus:
    """Synchronous publish/subscribe for :class:`Change` and write failures."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._failure_listeners: list[Callable[[Exception], None]] = []
        self._muted = 0
        self._held: list[Change] = []
        self.delivered = 0  # changes handed to listeners so far (a batch held back checks it)

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def subscribe_failures(self, listener: Callable[[Exception], None]) -> Callable[[], None]:
        self._failure_listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._failure_listeners:
                self._failure_listeners.remove(listener)

        return unsubscribe

    def emit(self, change: Change) -> None:
        if self._muted:
            self._held.append(change)
            return
        self.delivered += 1
        for listener in list(self._listeners):
            listener(change)

    def emit_once(self, changes: list[Change]) -> None:
        """Emit ``changes`` in order, each equal change once (a batch held back)."""
        seen: set[Change] = set()
        for change in changes:
            if change not in seen:
                seen.add(change)
                self.emit(change)

    def fail(self, error: Exception) -> None:
        for listener in list(self._failure_listeners):
            listener(error)

    def hold(self, merge: Callable[[list[Change]], list[Change]] | None = None) -> _Hold:
        """Collect changes during a batch and deliver them once at the end.

        ``merge`` may rewrite the collected changes first (for example many inserts
        into one "reset" of their topic, so a board reloads once for the batch).
        """
        return _Hold(self, merge)


class Pending:
    """The changes of one open transaction on one thread, announced after its commit.

    The store keeps one per gesture: what its writes announce waits here and is
    delivered in order by :meth:`deliver` once the commit succeeded; after a
    rollback it is dropped, so listeners never hear of an edit that is not stored.
    """

    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        self.thread = threading.get_ident()
        self.changes: list[Change] = []

    def on_this_thread(self) -> bool:
        return self.thread == threading.get_ident()

    def emit(self, change: Change) -> None:
        self.changes.append(change)

    def deliver(self) -> None:
        for change in self.changes:
            self.bus.emit(change)


class _Hold:
    def __init__(self, bus: ChangeBus,
                 merge: Callable[[list[Change]], list[Change]] | None = None) -> None:
        self.bus, self.merge = bus, merge

    def __enter__(self) -> ChangeBus:
        self.bus._muted += 1
        return self.bus

    def __exit__(self, *exc: object) -> None:
        self.bus._muted -= 1
        if self.bus._muted == 0:
            held, self.bus._held = self.bus._held, []
            if self.merge is not None:
                held = self.merge(held)
            self.bus.emit_once(held)
