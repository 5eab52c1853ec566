"""Undoable edits on the red/green reflection board (each calls one model operation)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.commands import StoreCommand
from app.models import reflection as ops
from app.models.store import Store

NUDGE_ID = 0x5245464C  # "REFL": merge id for arrow-key nudges


class AddReflectionNote(StoreCommand):
    def __init__(self, store: Store, workshop_id: int, text: str,
                 participant_id: int | None = None, x: float = 0.0, y: float = 0.0) -> None:
        super().__init__(store, QCoreApplication.translate("ReflectionCommands", "Nieuwe post-it"))
        self.args: dict[str, Any] = dict(workshop_id=workshop_id, text=text,
                                         participant_id=participant_id, x=x, y=y)
        self.note_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            ops.restore_note(self.store, self.snapshot)
        else:
            self.note_id = ops.add_note(self.store, **self.args).id

    def undo_op(self) -> None:
        assert self.note_id is not None
        self.snapshot = ops.delete_note(self.store, self.note_id)


class EditReflectionNote(StoreCommand):
    def __init__(self, store: Store, note_id: int, **fields: Any) -> None:
        super().__init__(store, QCoreApplication.translate("ReflectionCommands", "Post-it wijzigen"))
        self.note_id, self.new = note_id, dict(fields)
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_note(self.store, self.note_id, **self.new)

    def undo_op(self) -> None:
        ops.update_note(self.store, self.note_id, **self.old)


class MoveReflectionNotes(StoreCommand):
    """One drag (or a series of arrow-key nudges of the same post-its, merged)."""

    def __init__(self, store: Store, moves: Mapping[int, tuple[float, float]], *,
                 nudge: bool = False) -> None:
        super().__init__(store, QCoreApplication.translate("ReflectionCommands", "Post-it verplaatsen"))
        self.new = dict(moves)
        self.old: dict[int, tuple[float, float]] = {}
        self.nudge = nudge

    def do(self) -> None:
        old = ops.move_notes(self.store, self.new)
        for nid, pos in old.items():
            self.old.setdefault(nid, pos)

    def undo_op(self) -> None:
        ops.move_notes(self.store, self.old)

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return NUDGE_ID if self.nudge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, MoveReflectionNotes) or set(other.new) != set(self.new):
            return False
        self.new = dict(other.new)
        return True


class DeleteReflectionNote(StoreCommand):
    def __init__(self, store: Store, note_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("ReflectionCommands", "Post-it verwijderen"))
        self.note_id = note_id
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        self.snapshot = ops.delete_note(self.store, self.note_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        ops.restore_note(self.store, self.snapshot)
