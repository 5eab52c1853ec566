"""Undoable edits of the agenda: add, change, remove and reorder rounds.

Timer transitions (start, next round...) are not commands: they are the
session moving on, not edits, and Ctrl+Z must not rewind the clock.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.commands import StoreCommand
from app.models import agenda as ops
from app.models.store import Store


class AddRound(StoreCommand):
    """A new round; redo after undo brings back the same row (same id)."""

    def __init__(self, store: Store, workshop_id: int, title: str, planned_minutes: int = 10,
                 board: str | None = None, prompts: list[str] | None = None,
                 position: int | None = None) -> None:
        super().__init__(store, QCoreApplication.translate("AgendaCommands", "Ronde toevoegen: {title}").format(title=title))
        self.workshop_id = workshop_id
        self.values: dict[str, Any] = {"title": title, "planned_minutes": planned_minutes,
                                       "board": board, "prompts": prompts, "position": position}
        self.round_id: int | None = None
        self.snapshot: ops.RoundSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.round_id = ops.add_round(self.store, self.workshop_id, **self.values).id
        else:
            ops.restore_round(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.round_id is not None
        self.snapshot = ops.delete_round(self.store, self.round_id)


class UpdateRound(StoreCommand):
    """Change fields of a round (title, minutes, board, prompts, notes...)."""

    def __init__(self, store: Store, round_id: int, text: str = "", **fields: Any) -> None:
        super().__init__(store, text or QCoreApplication.translate("AgendaCommands", "Ronde wijzigen"))
        self.round_id = round_id
        self.new = fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_round(self.store, self.round_id, **dict(self.new))

    def undo_op(self) -> None:
        ops.update_round(self.store, self.round_id, **self.old)


class DeleteRound(StoreCommand):
    def __init__(self, store: Store, round_id: int, title: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("AgendaCommands", "Ronde verwijderen: {title}").format(title=title))
        self.round_id = round_id
        self.snapshot: ops.RoundSnapshot | None = None

    def do(self) -> None:
        self.snapshot = ops.delete_round(self.store, self.round_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        ops.restore_round(self.store, self.snapshot)


class MoveRound(StoreCommand):
    """Move a round; repeated nudges of the same round merge into one undo step."""

    MERGE_ID = 0x526F  # "Ro"

    def __init__(self, store: Store, round_id: int, position: int, title: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("AgendaCommands", "Ronde verplaatsen: {title}").format(title=title))
        self.round_id = round_id
        self.position = position
        self.old_position: int | None = None

    def do(self) -> None:
        self.old_position = ops.move_round(self.store, self.round_id, self.position)

    def undo_op(self) -> None:
        assert self.old_position is not None
        ops.move_round(self.store, self.round_id, self.old_position)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveRound) or other.round_id != self.round_id or other.failed:
            return False
        self.position = other.position
        return True
