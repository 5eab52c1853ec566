"""Undoable edits for the action list (over naar actie) and the conversation rules."""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import actions as ops
from app.models import rules as rules_ops
from app.models.store import Store

MOVE_ACTION_ID = 0x4C12  # merge id for repeated Alt+Up/Alt+Down on one action


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AddAction(StoreCommand):
    """Add an action at the end; undo removes it, redo puts the same row back."""

    def __init__(self, store: Store, workshop_id: int, what: str, *,
                 who_participant_id: int | None = None, who_text: str = "",
                 due: dt.date | str | None = None) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Actie toevoegen: {what}").format(what=_short(what)))
        self.workshop_id = workshop_id
        self.fields: dict[str, Any] = {"what": what, "who_participant_id": who_participant_id,
                                       "who_text": who_text, "due": due}
        self.action_id: int | None = None
        self.snapshot: dict[str, Any] | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.action_id = ops.add_action(self.store, self.workshop_id, **self.fields).id
        else:
            ops.restore_action(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.action_id is not None
        self.snapshot = ops.delete_action(self.store, self.action_id)


class UpdateAction(StoreCommand):
    """Change what, who or when of one action."""

    def __init__(self, store: Store, action_id: int, **fields: Any) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Actie wijzigen"))
        self.action_id = action_id
        self.new = fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_action(self.store, self.action_id, **dict(self.new))

    def undo_op(self) -> None:
        ops.update_action(self.store, self.action_id, **self.old)


class DeleteActions(StoreCommand):
    """Delete one or more actions in one step; undo puts each back at its place."""

    def __init__(self, store: Store, action_ids: list[int]) -> None:
        text = (QCoreApplication.translate("Commands", "Actie verwijderen") if len(action_ids) == 1
                else QCoreApplication.translate("Commands", "{n} acties verwijderen").format(n=len(action_ids)))
        super().__init__(store, text)
        self.action_ids = list(action_ids)
        self.snapshots: list[dict[str, Any]] = []

    def do(self) -> None:
        self.snapshots = []
        for action_id in self.action_ids:
            self.snapshots.append(ops.delete_action(self.store, action_id))

    def undo_op(self) -> None:
        # Restore in reverse order of deletion so every stored index is valid again.
        for snapshot in reversed(self.snapshots):
            ops.restore_action(self.store, snapshot)


class MoveAction(StoreCommand):
    """Move an action in the list; repeated nudges of the same action merge into one step."""

    def __init__(self, store: Store, action_id: int, index: int, *, nudge: bool = False) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Actie verplaatsen"))
        self.action_id, self.index, self.nudge = action_id, index, nudge
        self.old_index: int | None = None

    def do(self) -> None:
        old = ops.move_action(self.store, self.action_id, self.index)
        if self.old_index is None:
            self.old_index = old

    def undo_op(self) -> None:
        assert self.old_index is not None
        ops.move_action(self.store, self.action_id, self.old_index)

    def id(self) -> int:
        return MOVE_ACTION_ID if self.nudge else -1

    def mergeWith(self, other: Any) -> bool:
        if not (isinstance(other, MoveAction) and other.nudge and other.action_id == self.action_id):
            return False
        self.index = other.index
        if self.index == self.old_index:
            self.setObsolete(True)
        return True


class SetRules(StoreCommand):
    """Replace the workshop's conversation rules (``None`` restores the defaults)."""

    def __init__(self, store: Store, workshop_id: int, rules: list[str] | None,
                 text: str = "") -> None:
        super().__init__(store, text or (QCoreApplication.translate("Commands", "Standaardgespreksregels herstellen") if rules is None
                                         else QCoreApplication.translate("Commands", "Gespreksregels wijzigen")))
        self.workshop_id = workshop_id
        self.rules = None if rules is None else list(rules)
        self.old: list[str] | None = None

    def do(self) -> None:
        self.old = rules_ops.set_rules(self.store, self.workshop_id, self.rules)

    def undo_op(self) -> None:
        rules_ops.set_rules(self.store, self.workshop_id, self.old)


class ShowRules(StoreCommand):
    """Show or hide the conversation rules in the room."""

    def __init__(self, store: Store, workshop_id: int, show: bool) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Gespreksregels tonen") if show else QCoreApplication.translate("Commands", "Gespreksregels verbergen"))
        self.workshop_id, self.show = workshop_id, bool(show)
        self.old = not self.show

    def do(self) -> None:
        self.old = rules_ops.set_show_rules(self.store, self.workshop_id, self.show)

    def undo_op(self) -> None:
        rules_ops.set_show_rules(self.store, self.workshop_id, self.old)
