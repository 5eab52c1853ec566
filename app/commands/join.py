"""Undoable facilitator decisions on what devices sent (Meedoen).

Device edits themselves go through the ordinary market and circle commands;
these are the facilitator's answers to the story inbox and the vote reveal.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import circle, joining
from app.models import plusmin as pm
from app.models.store import Store


class AcceptStory(StoreCommand):
    """A story from the inbox becomes a post-it in the parking strip (optionally edited)."""

    def __init__(self, store: Store, workshop_id: int, story: dict[str, Any], text: str,
                 participant_id: int | None) -> None:
        super().__init__(store, QCoreApplication.translate("JoinCommands", "Verhaal aannemen"))
        self.workshop_id, self.story = workshop_id, dict(story)
        self.text_, self.participant_id = text, participant_id
        self.note_id: int | None = None
        self.snapshots: list[dict[str, Any]] = []

    def do(self) -> None:
        if self.snapshots:
            circle.restore_notes(self.store, self.snapshots)
        else:
            self.note_id = circle.add_note(self.store, self.workshop_id, self.text_,
                                           self.participant_id).id
        joining.remove_story(self.store, self.workshop_id, int(self.story["id"]))

    def undo_op(self) -> None:
        assert self.note_id is not None
        self.snapshots = circle.delete_notes(self.store, [self.note_id])
        joining.restore_story(self.store, self.workshop_id, self.story)


class RejectStory(StoreCommand):
    """A story leaves the inbox without becoming a post-it; undo puts it back."""

    def __init__(self, store: Store, workshop_id: int, story_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("JoinCommands", "Verhaal afwijzen"))
        self.workshop_id, self.story_id = workshop_id, story_id
        self.story: dict[str, Any] | None = None

    def do(self) -> None:
        self.story = joining.remove_story(self.store, self.workshop_id, self.story_id)

    def undo_op(self) -> None:
        assert self.story is not None
        joining.restore_story(self.store, self.workshop_id, self.story)


class RevealVotes(StoreCommand):
    """The hidden dots are counted into each theme's votes: the urgency as the board shows it."""

    def __init__(self, store: Store, workshop_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("JoinCommands", "Stemmen tonen"))
        self.workshop_id = workshop_id
        self.tally: dict[int, int] = {}
        self.old_votes: dict[int, int] = {}

    def do(self) -> None:
        with self.store.bus.hold():
            self.tally = joining.set_pending_votes(self.store, self.workshop_id, {})
            themes = {t.id: t for t in pm.list_themes(self.store, self.workshop_id)}
            self.old_votes = {}
            for theme_id, dots in self.tally.items():
                theme = themes.get(theme_id)
                if theme is not None:
                    self.old_votes[theme_id] = pm.set_votes(self.store, theme_id, theme.votes + dots)

    def undo_op(self) -> None:
        with self.store.bus.hold():
            for theme_id, votes in self.old_votes.items():
                if pm.get_theme(self.store, theme_id) is not None:
                    pm.set_votes(self.store, theme_id, votes)
            joining.set_pending_votes(self.store, self.workshop_id, self.tally)
