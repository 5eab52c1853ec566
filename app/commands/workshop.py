"""Commands for workshops and participants."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import workshop as ops
from app.models.store import Store


class CreateWorkshop(StoreCommand):
    def __init__(self, store: Store, **facts: Any) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Nieuwe bijeenkomst"))
        self.facts = facts
        self.workshop_id: int | None = None

    def do(self) -> None:
        if self.workshop_id is None:
            self.workshop_id = ops.create_workshop(self.store, **self.facts).id
        else:
            ops.restore_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        assert self.workshop_id is not None
        ops.delete_workshop(self.store, self.workshop_id)


class DuplicateWorkshop(StoreCommand):
    def __init__(self, store: Store, workshop_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Bijeenkomst dupliceren"))
        self.source_id = workshop_id
        self.workshop_id: int | None = None

    def do(self) -> None:
        if self.workshop_id is None:
            self.workshop_id = ops.duplicate_workshop(self.store, self.source_id).id
        else:
            ops.restore_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        assert self.workshop_id is not None
        ops.delete_workshop(self.store, self.workshop_id)


class DeleteWorkshop(StoreCommand):
    def __init__(self, store: Store, workshop_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Bijeenkomst verwijderen"))
        self.workshop_id = workshop_id

    def do(self) -> None:
        ops.delete_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        ops.restore_workshop(self.store, self.workshop_id)


class UpdateWorkshop(StoreCommand):
    """Change workshop facts (title, date, location, facilitator...)."""

    def __init__(self, store: Store, workshop_id: int, text: str = "",
                 **facts: Any) -> None:
        super().__init__(store, text or QCoreApplication.translate("Commands", "Gegevens wijzigen"))
        self.workshop_id = workshop_id
        self.new = facts
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_workshop(self.store, self.workshop_id, **dict(self.new))

    def undo_op(self) -> None:
        ops.update_workshop(self.store, self.workshop_id, **self.old)


class AddParticipant(StoreCommand):
    def __init__(self, store: Store, workshop_id: int, name: str, role: str,
                 subgroup: str | None = None) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Deelnemer toevoegen: {name}").format(name=name))
        self.args = (workshop_id, name, role, subgroup)
        self.snapshot: ops.ParticipantSnapshot | None = None
        self.participant_id: int | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.participant_id = ops.add_participant(self.store, *self.args).id
        else:
            ops.restore_participant(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.participant_id is not None
        self.snapshot = ops.remove_participant(self.store, self.participant_id)


class UpdateParticipant(StoreCommand):
    def __init__(self, store: Store, participant_id: int, **fields: Any) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Deelnemer wijzigen"))
        self.participant_id = participant_id
        self.new = fields
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_participant(self.store, self.participant_id, **dict(self.new))

    def undo_op(self) -> None:
        ops.update_participant(self.store, self.participant_id, **self.old)


class RemoveParticipant(StoreCommand):
    def __init__(self, store: Store, participant_id: int, name: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Deelnemer verwijderen: {name}").format(name=name))
        self.participant_id = participant_id
        self.snapshot: ops.ParticipantSnapshot | None = None

    def do(self) -> None:
        self.snapshot = ops.remove_participant(self.store, self.participant_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        ops.restore_participant(self.store, self.snapshot)


class CreateSample(StoreCommand):
    """The sample workshop of the start screen; undo deletes it like any other."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Voorbeeldbijeenkomst"))
        self.workshop_id: int | None = None

    def do(self) -> None:
        from app.models.sample import create_sample

        if self.workshop_id is None:
            self.workshop_id = create_sample(self.store)
        else:
            ops.restore_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        assert self.workshop_id is not None
        ops.delete_workshop(self.store, self.workshop_id)
