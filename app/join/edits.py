"""How a device's edit reaches the store: through an :class:`Edits`.

The server never writes itself. The GUI hands it an implementation that
pushes the ordinary undo commands on the workshop's undo stack (so every
device edit is undoable by the facilitator and shows live on console and
projector through the change bus); the headless ``leidraad meedoen`` uses
:class:`DirectEdits`, which calls the same model operations directly.
Every method runs on the owner's thread (the GUI thread, or the server's
own loop when headless).
"""
from __future__ import annotations

from typing import Protocol

from app.models import circle, joining, market
from app.models.market import PersonSpec
from app.models.store import Store
from app.models.workshop import list_participants


class Edits(Protocol):
    store: Store

    def add_entry(self, workshop_id: int, subgroup_id: int, side: str, text: str,
                  owners: list[PersonSpec], sources: list[PersonSpec]) -> int: ...

    def update_entry(self, entry_id: int, text: str, owners: list[PersonSpec],
                     sources: list[PersonSpec]) -> None: ...

    def remove_entry(self, entry_id: int) -> None: ...

    def story(self, workshop_id: int, text: str, name: str, *, direct: bool) -> None: ...

    def vote(self, workshop_id: int, theme_id: int, delta: int) -> None: ...


def participant_named(store: Store, workshop_id: int, name: str) -> int | None:
    """The participant called ``name`` (case and spacing ignored), if exactly one is."""
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    hits = [p.id for p in list_participants(store, workshop_id)
            if " ".join(p.name.split()).casefold() == wanted]
    return hits[0] if len(hits) == 1 else None


def note_fields(store: Store, workshop_id: int, text: str, name: str) -> tuple[str, int | None]:
    """A story post-it's text and participant: a known name links the participant,
    any other name is kept with the keywords."""
    participant_id = participant_named(store, workshop_id, name) if name else None
    if name and participant_id is None:
        text = f"{text}\n({name})"
    return text, participant_id


class DirectEdits:
    """Model operations called directly (headless: there is no undo stack)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add_entry(self, workshop_id: int, subgroup_id: int, side: str, text: str,
                  owners: list[PersonSpec], sources: list[PersonSpec]) -> int:
        return market.add_entry(self.store, workshop_id, subgroup_id, side, text, owners,
                                sources).id

    def update_entry(self, entry_id: int, text: str, owners: list[PersonSpec],
                     sources: list[PersonSpec]) -> None:
        market.update_entry(self.store, entry_id, text=text, owners=owners, sources=sources)

    def remove_entry(self, entry_id: int) -> None:
        market.remove_entry(self.store, entry_id)

    def story(self, workshop_id: int, text: str, name: str, *, direct: bool) -> None:
        if direct:
            note_text, participant_id = note_fields(self.store, workshop_id, text, name)
            circle.add_note(self.store, workshop_id, note_text, participant_id)
        else:
            joining.add_story(self.store, workshop_id, text, name)

    def vote(self, workshop_id: int, theme_id: int, delta: int) -> None:
        joining.change_pending_vote(self.store, workshop_id, theme_id, delta)
