"""Undoable edits on the circle-of-influence board.

A multi-note drag is one :class:`MoveNotes`; consecutive arrow-key nudges of
the same selection merge into one step, as in Qt's undo-framework example.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.commands import StoreCommand
from app.models import circle as ops
from app.models.store import Store

NUDGE_ID = 0x43495243  # "CIRC": merge id for arrow-key nudges


def _count(n: int, one: str, many: str) -> str:
    return one if n == 1 else many.format(n=n)


class AddNote(StoreCommand):
    """A new post-it (in the parking strip unless a position is given)."""

    def __init__(self, store: Store, workshop_id: int, text: str,
                 participant_id: int | None = None, color: str | None = None,
                 x: float | None = None, y: float | None = None) -> None:
        super().__init__(store, QCoreApplication.translate("CircleCommands", "Nieuwe post-it"))
        self.args: dict[str, Any] = dict(workshop_id=workshop_id, text=text,
                                         participant_id=participant_id, color=color, x=x, y=y)
        self.note_id: int | None = None
        self.snapshots: list[dict[str, Any]] = []

    def do(self) -> None:
        if self.snapshots:
            ops.restore_notes(self.store, self.snapshots)
        else:
            self.note_id = ops.add_note(self.store, **self.args).id

    def undo_op(self) -> None:
        assert self.note_id is not None
        self.snapshots = ops.delete_notes(self.store, [self.note_id])


class EditNotes(StoreCommand):
    """Change text, participant or colour of one or more notes."""

    def __init__(self, store: Store, changes: Mapping[int, Mapping[str, Any]],
                 text: str | None = None) -> None:
        if text is None:
            text = _count(len(changes), QCoreApplication.translate("CircleCommands", "Post-it wijzigen"), QCoreApplication.translate("CircleCommands", "{n} post-its wijzigen"))
        super().__init__(store, text)
        self.new = {note_id: dict(fields) for note_id, fields in changes.items()}
        self.old: dict[int, dict[str, Any]] = {}

    def do(self) -> None:
        self.old = ops.update_notes(self.store, self.new)

    def undo_op(self) -> None:
        ops.update_notes(self.store, self.old)


class EditNote(EditNotes):
    """Change one note (text, participant_id, color)."""

    def __init__(self, store: Store, note_id: int, **fields: Any) -> None:
        super().__init__(store, {note_id: fields}, QCoreApplication.translate("CircleCommands", "Post-it wijzigen"))


class MoveNotes(StoreCommand):
    """Move one or more notes in one step (a drag of a selection, or a nudge).

    ``nudge=True`` marks arrow-key steps: consecutive nudges of the same set of
    notes merge, so one Ctrl+Z undoes the whole series.
    """

    def __init__(self, store: Store, moves: Mapping[int, ops.Position], *,
                 nudge: bool = False) -> None:
        n = len(moves)
        super().__init__(store, _count(n, QCoreApplication.translate("CircleCommands", "Post-it verplaatsen"), QCoreApplication.translate("CircleCommands", "{n} post-its verplaatsen")))
        self.moves: dict[int, ops.Position] = dict(moves)
        self.nudge = nudge
        self.old: dict[int, tuple[float, float, int]] = {}

    def do(self) -> None:
        old = ops.move_notes(self.store, self.moves)
        if not self.old:
            self.old = old

    def undo_op(self) -> None:
        ops.move_notes(self.store, self.old)

    def id(self) -> int:
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, MoveNotes) and other.nudge and self.nudge):
            return False
        if set(other.moves) != set(self.moves) or other.failed or self.failed:
            return False
        self.moves = dict(other.moves)
        return True


class DeleteNotes(StoreCommand):
    def __init__(self, store: Store, note_ids: Iterable[int]) -> None:
        self.note_ids = list(note_ids)
        n = len(self.note_ids)
        super().__init__(store, _count(n, QCoreApplication.translate("CircleCommands", "Post-it verwijderen"), QCoreApplication.translate("CircleCommands", "{n} post-its verwijderen")))
        self.snapshots: list[dict[str, Any]] = []

    def do(self) -> None:
        self.snapshots = ops.delete_notes(self.store, self.note_ids)

    def undo_op(self) -> None:
        ops.restore_notes(self.store, self.snapshots)
