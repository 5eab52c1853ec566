"""Commands for workshops and participants."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store

if TYPE_CHECKING:
    from app.models.exchange_schema import DocumentIn


class CreateWorkshop(StoreCommand):
    def __init__(self, store: Store, **facts: Any) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Nieuwe bijeenkomst"))
        self.facts = facts
        self.workshop_id: int | None = None

    def do(self) -> None:
        if self.workshop_id is None:
            self.workshop_id = orchestration.create_workshop(self.store, **self.facts).id
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
            self.workshop_id = orchestration.duplicate_workshop(self.store, self.source_id).id
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
        self.snapshot: orchestration.ParticipantSnapshot | None = None
        self.participant_id: int | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.participant_id = ops.add_participant(self.store, *self.args).id
        else:
            orchestration.restore_participant(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.participant_id is not None
        self.snapshot = orchestration.remove_participant(self.store, self.participant_id)


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
        self.snapshot: orchestration.ParticipantSnapshot | None = None

    def do(self) -> None:
        self.snapshot = orchestration.remove_participant(self.store, self.participant_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        orchestration.restore_participant(self.store, self.snapshot)


class CreateFollowUp(StoreCommand):
    """"Vervolg op deze bijeenkomst": a follow-up session in the same traject (undo bins it)."""

    def __init__(self, store: Store, workshop_id: int, theme_id: int | None = None) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Vervolg op deze bijeenkomst"))
        self.source_id, self.theme_id = workshop_id, theme_id
        self.workshop_id: int | None = None

    def do(self) -> None:
        from app.models.traject import create_follow_up

        if self.workshop_id is None:
            self.workshop_id = create_follow_up(self.store, self.source_id, self.theme_id).id
        else:
            ops.restore_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        assert self.workshop_id is not None
        ops.delete_workshop(self.store, self.workshop_id)


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


class ShowTurn(StoreCommand):
    """Show or hide the appreciative-turn card in the room."""

    def __init__(self, store: Store, workshop_id: int, show: bool) -> None:
        super().__init__(store, QCoreApplication.translate("Commands", "Waarderende wending tonen") if show
                         else QCoreApplication.translate("Commands", "Waarderende wending verbergen"))
        self.workshop_id, self.show = workshop_id, bool(show)
        self.old = not self.show

    def do(self) -> None:
        from app.models.traject import set_turn_shown

        self.old = set_turn_shown(self.store, self.workshop_id, self.show)

    def undo_op(self) -> None:
        from app.models.traject import set_turn_shown

        set_turn_shown(self.store, self.workshop_id, self.old)


class ImportWorkshop(StoreCommand):
    """Add a checked document as a new workshop; undo bins it, redo restores it."""

    def __init__(self, store: Store, doc: DocumentIn) -> None:
        super().__init__(store, QCoreApplication.translate("Exchange", "Bijeenkomst importeren: {title}").format(
            title=doc.workshop.title))
        self.doc = doc
        self.workshop_id: int | None = None

    def do(self) -> None:
        if self.workshop_id is None:
            # loaded on first use: pydantic and the schema cost ~0.15 s of every start-up
            from app.models.exchange import import_document

            self.workshop_id = import_document(self.store, self.doc)
        else:
            ops.restore_workshop(self.store, self.workshop_id)

    def undo_op(self) -> None:
        assert self.workshop_id is not None
        ops.delete_workshop(self.store, self.workshop_id)
