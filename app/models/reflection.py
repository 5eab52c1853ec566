"""Board 4: narrowing or continuing to learn (appendix 1 of the method).

Two circles side by side: red, the narrowing route (*versmallingsroute*: holding on
to the familiar, doing what one used to be good at), and green, the learning route
(*leerroute*: from one's qualities, choosing new challenge). Post-its (keywords with
the participant's name, as on the circle board) go in one of them or between.

Board coordinates: x in [-1, 1], y in [-0.6, 0.6]; the red circle is centred at
(-0.5, 0), the green one at (0.5, 0), both with radius :data:`RADIUS`. The zone of a
post-it is a pure function of its position (:func:`zone_at`). Operations take the
store first, commit once and emit one ``reflection`` change.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Float, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, mapped_column

from app.models import circle
from app.models.base import Base, restore_row, row_values
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.text import InputError, clean_text
from app.models.workshop import Participant

TOPIC = Topic.REFLECTION
ZONES: tuple[str, ...] = ("red", "between", "green")
RED_CENTRE, GREEN_CENTRE, RADIUS = (-0.5, 0.0), (0.5, 0.0), 0.45
LEFT, RIGHT, TOP, BOTTOM = -1.0, 1.0, -0.6, 0.6



class ReflectionNote(Base):
    """A post-it on the red/green board."""

    __tablename__ = "reflection_note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    zone: Mapped[str | None] = mapped_column(String(8), nullable=True)
    z: Mapped[int] = mapped_column(Integer, default=0)


def zone_at(x: float, y: float) -> str | None:
    """red, green, between (on the board, in neither circle) or None (off the board)."""
    if math.dist((x, y), RED_CENTRE) <= RADIUS:
        return "red"
    if math.dist((x, y), GREEN_CENTRE) <= RADIUS:
        return "green"
    if LEFT <= x <= RIGHT and TOP <= y <= BOTTOM:
        return "between"
    return None


def check_position(x: float, y: float) -> tuple[float, float]:
    """A finite position, kept on the board (the circle board's rule, this board's area)."""
    return circle.check_position(x, y, bounds=(LEFT, TOP, RIGHT, BOTTOM))


_participant = circle._check_participant  # the same rule as on the circle board


def _text(text: str) -> str:
    if isinstance(text, str):
        text = text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\r\n", "\n")
    return clean_text(text, what="De tekst van de post-it")


# -- reading -------------------------------------------------------------------

def list_notes(store: Store, workshop_id: int) -> list[ReflectionNote]:
    """The board's post-its, bottom to top."""
    with store.read() as s:
        return list(s.scalars(select(ReflectionNote).where(ReflectionNote.workshop_id == workshop_id)
                              .order_by(ReflectionNote.z, ReflectionNote.id)))


@dataclass(frozen=True)
class Balance:
    """How many post-its lie in each zone."""

    red: int
    between: int
    green: int

    @property
    def total(self) -> int:
        return self.red + self.between + self.green


def balance(notes: Iterable[ReflectionNote]) -> Balance:
    counts = {zone: 0 for zone in ZONES}
    for note in notes:
        if note.zone in counts:
            counts[note.zone] += 1
    return Balance(counts["red"], counts["between"], counts["green"])


# -- writing -------------------------------------------------------------------

def add_note(store: Store, workshop_id: int, text: str, participant_id: int | None = None,
             x: float = 0.0, y: float = 0.0) -> ReflectionNote:
    """A new post-it (by default between the circles). Needs keywords or a name."""
    text = _text(text)
    x, y = check_position(x, y)
    with store.write() as s:
        participant_id = _participant(s, workshop_id, participant_id)
        if not text and participant_id is None:
            raise InputError(QCoreApplication.translate("Models", "Een lege post-it: typ steekwoorden of kies een deelnemer."))
        top = s.scalar(select(ReflectionNote.z).where(ReflectionNote.workshop_id == workshop_id)
                       .order_by(ReflectionNote.z.desc()).limit(1))
        note = ReflectionNote(workshop_id=workshop_id, participant_id=participant_id, text=text,
                              x=x, y=y, zone=zone_at(x, y), z=(top or 0) + 1)
        s.add(note)
    store.emit(TOPIC, workshop_id, Kind.INSERT, (note.id,))
    return note


def update_note(store: Store, note_id: int, **fields: Any) -> dict[str, Any]:
    """Change text or participant; returns the previous values."""
    if set(fields) - {"text", "participant_id"}:
        raise InputError(QCoreApplication.translate("Models", "Onbekend veld voor een post-it."))
    with store.write() as s:
        note = s.get(ReflectionNote, note_id)
        if note is None:
            raise InputError(QCoreApplication.translate("Models", "Deze post-it bestaat niet (meer)."))
        if "text" in fields:
            fields["text"] = _text(fields["text"])
        if "participant_id" in fields:
            fields["participant_id"] = _participant(s, note.workshop_id, fields["participant_id"])
        text = fields.get("text", note.text)
        who = fields.get("participant_id", note.participant_id)
        if not text and who is None:
            raise InputError(QCoreApplication.translate("Models", "Een lege post-it: typ steekwoorden of kies een deelnemer."))
        old = {key: getattr(note, key) for key in fields}
        for key, value in fields.items():
            setattr(note, key, value)
        workshop_id = note.workshop_id
    store.emit(TOPIC, workshop_id, Kind.UPDATE, (note_id,))
    return old


def move_notes(store: Store, moves: Mapping[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """Put post-its at new positions (one gesture); returns the old positions."""
    checked = {nid: check_position(*pos) for nid, pos in moves.items()}
    old: dict[int, tuple[float, float]] = {}
    workshop_id = None
    with store.write() as s:
        for nid, (x, y) in checked.items():
            note = s.get(ReflectionNote, nid)
            if note is None:
                raise InputError(QCoreApplication.translate("Models", "Een van deze post-its bestaat niet (meer)."))
            old[nid] = (note.x, note.y)
            note.x, note.y, note.zone = x, y, zone_at(x, y)
            workshop_id = note.workshop_id
    if workshop_id is not None:
        store.emit(TOPIC, workshop_id, Kind.UPDATE, tuple(checked))
    return old


def delete_note(store: Store, note_id: int) -> dict[str, Any]:
    """Remove a post-it; returns its row for :func:`restore_note`."""
    with store.write() as s:
        note = s.get(ReflectionNote, note_id)
        if note is None:
            raise InputError(QCoreApplication.translate("Models", "Deze post-it bestaat niet (meer)."))
        snap = row_values(note)
        s.delete(note)
    store.emit(TOPIC, snap["workshop_id"], Kind.DELETE, (note_id,))
    return snap


def restore_note(store: Store, snap: dict[str, Any]) -> None:
    with store.write() as s:
        values = dict(snap)
        if values.get("participant_id") is not None and s.get(Participant, values["participant_id"]) is None:
            values["participant_id"] = None
        restore_row(s, ReflectionNote, values)
    store.emit(TOPIC, snap["workshop_id"], Kind.INSERT, (snap["id"],))
