"""A small, Qt-free observer: the model says what changed, views update only that.

Every model operation emits one :class:`Change` after its commit. Views
subscribe through :class:`ChangeBus` (the views layer turns it into a Qt
signal); the store emits errors it could not write through ``failures``.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    """What an operation changed.

    topic: the kind of row ("workshop", "participant", "note", "market",
        "plusmin", "round", "timer", "action", "setting").
    workshop_id: the workshop it belongs to (None for store-wide changes).
    kind: "insert", "update", "delete" or "reset" (reload everything of topic).
    ids: the affected row ids, where the operation knows them.
    """

    topic: str
    workshop_id: int | None
    kind: str = "update"
    ids: tuple[int, ...] = ()
    detail: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


Listener = Callable[[Change], None]


class ChangeBus:
    """Synchronous publish/subscribe for :class:`Change` and write failures."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._failure_listeners: list[Callable[[Exception], None]] = []
        self._muted = 0
        self._held: list[Change] = []

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
        for listener in list(self._listeners):
            listener(change)

    def fail(self, error: Exception) -> None:
        for listener in list(self._failure_listeners):
            listener(error)

    def hold(self, merge: Callable[[list[Change]], list[Change]] | None = None) -> _Hold:
        """Collect changes during a batch and deliver them once at the end.

        ``merge`` may rewrite the collected changes first (for example many inserts
        into one "reset" of their topic, so a board reloads once for the batch).
        """
        return _Hold(self, merge)


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
            seen: set[Change] = set()
            for change in held:
                if change not in seen:
                    seen.add(change)
                    self.bus.emit(change)
