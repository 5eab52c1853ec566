"""Undoable edits: each QUndoCommand calls model operations, which commit at once.

Each redo and each undo is one transaction (:meth:`Store.gesture`): a command
that calls several operations, or one operation that writes in several steps,
stores all of it or none of it, also when the laptop dies half-way. A command
whose operation fails (bad input, a write the disk refused) makes itself
obsolete, so it never sits on the undo stack pretending to be done, and
reports the error through ``store.bus.fail`` for the window to show.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from app.models.store import Store, StoreError
from app.models.text import InputError

REPORTED = (StoreError, InputError)


class StoreCommand(QUndoCommand):
    """Base class: override :meth:`do` and :meth:`undo_op`."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.failed = False

    def do(self) -> None:
        raise NotImplementedError

    def undo_op(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_op)

    def _guard(self, op: Callable[[], Any]) -> None:
        try:
            with self.store.gesture():
                op()
        except REPORTED as exc:
            self.failed = True
            self.setObsolete(True)
            self.store.bus.fail(exc)


class GestureCommand(StoreCommand):
    """Several commands as one undo step and one transaction (instead of a Qt macro).

    A Qt macro runs each child's redo on its own, so each would commit apart
    and a failure half-way would leave half a gesture stored. Here the children's
    :meth:`do` (and, backwards, :meth:`undo_op`) run inside one gesture.
    """

    def __init__(self, store: Store, text: str, children: list[StoreCommand]) -> None:
        super().__init__(store, text)
        self.children_ = list(children)

    def do(self) -> None:
        for child in self.children_:
            child.do()

    def undo_op(self) -> None:
        for child in reversed(self.children_):
            child.undo_op()
