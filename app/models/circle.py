"""Board 1: the circle of influence (cirkel van invloed en betrokkenheid).

Geometry (../shared/FORMAT.md): centre (0, 0), outer radius 1.0, five rings of
equal width, inside out. The ring of a note is a pure function of its centre
and is stored with the note at every move. New notes wait in a parking strip
to the right of the circle (outside r = 1, so ``ring`` is None) until the
placing round.

Operations take the store first, commit once, emit one ``"note"`` change and
return what an undo needs.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Float, ForeignKey, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, restore_row, row_values
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.text import InputError, clean_text
from app.models.workshop import Participant

RINGS: tuple[str, ...] = ("self", "class", "section", "school", "society")
RING_WIDTH = 1.0 / len(RINGS)
DEFAULT_NOTE_COLOR = "#fff59d"
NOTE_COLORS: tuple[str, ...] = ("#fff59d", "#ffcc80", "#f8bbd0", "#c5e1a5", "#b3e5fc", "#d1c4e9")

# Sizes in board units (the outer circle has radius 1.0).
NOTE_WIDTH, NOTE_HEIGHT = 0.46, 0.27
BOARD_LEFT, BOARD_TOP, BOARD_RIGHT, BOARD_BOTTOM = -1.04, -1.04, 2.12, 1.04
STRIP_LEFT, STRIP_TOP, STRIP_RIGHT, STRIP_BOTTOM = 1.07, -1.0, 2.09, 1.0
STRIP_COLUMNS: tuple[float, ...] = (1.32, 1.84)
STRIP_ROWS: tuple[float, ...] = tuple(round(-0.70 + 0.29 * i, 4) for i in range(6))
PARKING_SLOTS: tuple[tuple[float, float], ...] = tuple(
    (x, y) for y in STRIP_ROWS for x in STRIP_COLUMNS)
_HEX_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


def ring_at(x: float, y: float) -> str | None:
    """The ring holding a note centred at (x, y), or None outside the circle."""
    r = math.hypot(x, y)
    if not math.isfinite(r) or r > 1.0:
        return None
    index = max(0, math.ceil(r / RING_WIDTH) - 1)
    return RINGS[min(index, len(RINGS) - 1)]


class Note(Base):
    """A post-it: keywords of a story, who told it, where it sits."""

    __tablename__ = "note"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True, index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    x: Mapped[float] = mapped_column(Float, default=0.0)
    y: Mapped[float] = mapped_column(Float, default=0.0)
    ring: Mapped[str | None] = mapped_column(String(16), nullable=True)
    color: Mapped[str] = mapped_column(String(16), default=DEFAULT_NOTE_COLOR)
    z: Mapped[int] = mapped_column(Integer, default=0)


# -- validation ----------------------------------------------------------------

def clean_note_text(text: str) -> str:
    """Keywords of a story; Qt's paragraph separators become plain newlines."""
    if isinstance(text, str):
        text = text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\r\n", "\n")
    return clean_text(text, what="De tekst van de post-it")


def check_color(color: str | None) -> str:
    if color is None:
        return DEFAULT_NOTE_COLOR
    if not isinstance(color, str) or not _HEX_COLOR.match(color):
        raise InputError(QCoreApplication.translate("Models", "Ongeldige kleur: {color} (verwacht #rrggbb).").format(color=repr(color)))
    return color.lower()


def check_position(x: float, y: float, bounds: tuple[float, float, float, float] | None = None
                   ) -> tuple[float, float]:
    """A finite position, kept on the board (clamping never changes the ring).

    ``bounds`` (left, top, right, bottom) is another board's area (the reflection board's)."""
    try:
        fx, fy = float(x), float(y)
    except (TypeError, ValueError) as exc:
        raise InputError(QCoreApplication.translate("Models", "Een positie bestaat uit twee getallen.")) from exc
    if not (math.isfinite(fx) and math.isfinite(fy)):
        raise InputError(QCoreApplication.translate("Models", "Ongeldige positie: de coördinaten moeten eindige getallen zijn."))
    left, top, right, bottom = bounds or (BOARD_LEFT, BOARD_TOP, BOARD_RIGHT, BOARD_BOTTOM)
    return (min(max(fx, left), right), min(max(fy, top), bottom))


def _check_participant(s: Any, workshop_id: int, participant_id: int | None) -> int | None:
    if participant_id is None:
        return None
    p = s.get(Participant, participant_id)
    if p is None or p.workshop_id != workshop_id:
        raise InputError(QCoreApplication.translate("Models", "Deze deelnemer hoort niet (meer) bij de bijeenkomst."))
    return participant_id


# -- reading -------------------------------------------------------------------

def list_notes(store: Store, workshop_id: int, ids: Iterable[int] | None = None) -> list[Note]:
    """The workshop's notes bottom to top (or only ``ids``)."""
    query = select(Note).where(Note.workshop_id == workshop_id)
    if ids is not None:
        query = query.where(Note.id.in_(list(ids)))
    with store.read() as s:
        return list(s.scalars(query.order_by(Note.z, Note.id)))


def get_note(store: Store, note_id: int) -> Note | None:
    with store.read() as s:
        return s.get(Note, note_id)


def _occupied(x: float, y: float, slot: tuple[float, float]) -> bool:
    return abs(x - slot[0]) < NOTE_WIDTH / 2 and abs(y - slot[1]) < NOTE_HEIGHT / 2


def free_slot(positions: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The first parking slot no note covers; when all are taken, a cascade over them."""
    taken = [(x, y) for x, y in positions if x > 1.0]
    for slot in PARKING_SLOTS:
        if not any(_occupied(x, y, slot) for x, y in taken):
            return slot
    extra = len(taken) - len(PARKING_SLOTS)
    base = PARKING_SLOTS[max(extra, 0) % len(PARKING_SLOTS)]
    shift = 0.03 * (1 + max(extra, 0) // len(PARKING_SLOTS) % 4)
    return (base[0] + shift, base[1] + shift)


def next_parking_slot(store: Store, workshop_id: int) -> tuple[float, float]:
    with store.read() as s:
        rows = s.execute(select(Note.x, Note.y).where(Note.workshop_id == workshop_id,
                                                      Note.x > 1.0)).all()
    return free_slot((x, y) for x, y in rows)


# -- writing -------------------------------------------------------------------

def add_note(store: Store, workshop_id: int, text: str, participant_id: int | None = None,
             color: str | None = None, x: float | None = None, y: float | None = None) -> Note:
    """A new note; without a position it goes to the next free slot of the parking strip.

    A note needs keywords or a participant: a post-it with only a name is a
    story still to be told, an entirely empty one is refused.
    """
    text = clean_note_text(text)
    color = check_color(color)
    if x is None or y is None:
        x, y = next_parking_slot(store, workshop_id)
    x, y = check_position(x, y)
    with store.write() as s:
        participant_id = _check_participant(s, workshop_id, participant_id)
        if not text and participant_id is None:
            raise InputError(QCoreApplication.translate("Models", "Een lege post-it: typ steekwoorden of kies een deelnemer."))
        top = s.scalar(select(Note.z).where(Note.workshop_id == workshop_id)
                       .order_by(Note.z.desc()).limit(1))
        note = Note(workshop_id=workshop_id, participant_id=participant_id, text=text,
                    x=x, y=y, ring=ring_at(x, y), color=color, z=(top or 0) + 1)
        s.add(note)
    store.emit(Topic.NOTE, workshop_id, Kind.INSERT, (note.id,))
    return note


NOTE_FIELDS = ("text", "participant_id", "color")


def update_notes(store: Store, changes: Mapping[int, Mapping[str, Any]]) -> dict[int, dict[str, Any]]:
    """Change text, participant or colour of several notes at once; returns the old values."""
    cleaned: dict[int, dict[str, Any]] = {}
    for note_id, fields in changes.items():
        if set(fields) - set(NOTE_FIELDS):
            raise InputError(QCoreApplication.translate("Models", "Onbekend veld voor een post-it."))
        values = dict(fields)
        if "text" in values:
            values["text"] = clean_note_text(values["text"])
        if "color" in values:
            values["color"] = check_color(values["color"])
        cleaned[note_id] = values
    old: dict[int, dict[str, Any]] = {}
    workshop_id = None
    with store.write() as s:
        for note_id, values in cleaned.items():
            note = s.get(Note, note_id)
            if note is None:
                raise InputError(QCoreApplication.translate("Models", "Deze post-it bestaat niet (meer)."))
            workshop_id = note.workshop_id
            if "participant_id" in values:
                _check_participant(s, note.workshop_id, values["participant_id"])
            old[note_id] = {key: getattr(note, key) for key in values}
            for key, value in values.items():
                setattr(note, key, value)
            if not note.text and note.participant_id is None:
                raise InputError(QCoreApplication.translate("Models", "Een lege post-it: typ steekwoorden of kies een deelnemer."))
    if old:
        store.emit(Topic.NOTE, workshop_id, Kind.UPDATE, tuple(old))
    return old


def update_note(store: Store, note_id: int, **fields: Any) -> dict[str, Any]:
    """Change one note's text, participant or colour; returns the old values."""
    return update_notes(store, {note_id: fields}).get(note_id, {})


Position = tuple[float, float] | tuple[float, float, int]


def move_notes(store: Store, moves: Mapping[int, Position]) -> dict[int, tuple[float, float, int]]:
    """Move notes in one transaction, re-deriving each ring; returns old (x, y, z).

    A move is ``(x, y)`` or ``(x, y, z)``; the view passes a new z to bring a
    dragged note on top, and an undo passes the old one back.
    """
    wanted: dict[int, tuple[float, float, int | None]] = {}
    for note_id, move in moves.items():
        x, y = check_position(move[0], move[1])
        wanted[note_id] = (x, y, int(move[2]) if len(move) > 2 else None)
    if not wanted:
        return {}
    old: dict[int, tuple[float, float, int]] = {}
    with store.write() as s:
        # plain rows and one UPDATE by primary key: a drop is a hot path at 10,000 notes
        rows = s.execute(select(Note.id, Note.x, Note.y, Note.z, Note.workshop_id)
                         .where(Note.id.in_(list(wanted)))).all()
        if len(rows) != len(wanted):
            raise InputError(QCoreApplication.translate("Models", "Een van deze post-its bestaat niet (meer)."))
        values = []
        for note_id, old_x, old_y, old_z, _ws in rows:
            x, y, z = wanted[note_id]
            old[note_id] = (old_x, old_y, old_z)
            values.append({"id": note_id, "x": x, "y": y, "ring": ring_at(x, y),
                           "z": old_z if z is None else z})
        s.execute(update(Note), values)
        workshop_id = rows[0][4]
    store.emit(Topic.NOTE, workshop_id, Kind.UPDATE, tuple(old))
    return old


def delete_notes(store: Store, note_ids: Iterable[int]) -> list[dict[str, Any]]:
    """Delete notes; returns their snapshots for :func:`restore_notes`."""
    ids = list(dict.fromkeys(note_ids))
    if not ids:
        return []
    with store.write() as s:
        notes = list(s.scalars(select(Note).where(Note.id.in_(ids))))
        snapshots = [row_values(n) for n in notes]
        for note in notes:
            s.delete(note)
    if snapshots:
        store.emit(Topic.NOTE, snapshots[0]["workshop_id"], Kind.DELETE,
                   tuple(snap["id"] for snap in snapshots))
    return snapshots


def restore_notes(store: Store, snapshots: Iterable[dict[str, Any]]) -> None:
    """Put deleted notes back with their ids; a participant removed meanwhile is dropped."""
    snaps = [dict(snap) for snap in snapshots]
    if not snaps:
        return
    with store.write() as s:
        for snap in snaps:
            pid = snap.get("participant_id")
            if pid is not None and s.get(Participant, pid) is None:
                snap["participant_id"] = None
            restore_row(s, Note, snap)
    store.emit(Topic.NOTE, snaps[0]["workshop_id"], Kind.INSERT, tuple(snap["id"] for snap in snaps))


# -- the tally: the method's bridge question -----------------------------------

@dataclass(frozen=True)
class Tally:
    """Notes per ring (key None = not placed) and the ring(s) holding the most.

    ``most`` is empty while no note is in the circle; several rings in it are a tie.
    """

    counts: dict[str | None, int]
    most: tuple[str, ...]
    top: int

    @property
    def placed(self) -> int:
        return sum(n for ring, n in self.counts.items() if ring is not None)


def tally_of_counts(counts: Mapping[str | None, int]) -> Tally:
    """The tally from notes per ring (key None: not placed), as a board keeps them."""
    full: dict[str | None, int] = {ring: int(counts.get(ring, 0)) for ring in RINGS}
    full[None] = int(counts.get(None, 0))
    top = max(full[ring] for ring in RINGS)
    return Tally(full, tuple(ring for ring in RINGS if top and full[ring] == top), top)


def tally(source: Store | Iterable[Note | str | None], workshop_id: int | None = None) -> Tally:
    """Count notes per ring, from a store (with ``workshop_id``), notes or ring codes."""
    if isinstance(source, Store):
        if workshop_id is None:
            raise ValueError("tally(store) needs a workshop_id")
        with source.read() as s:
            rings: Iterable[Any] = list(s.scalars(select(Note.ring)
                                                  .where(Note.workshop_id == workshop_id)))
    else:
        rings = (item.ring if isinstance(item, Note) else item for item in source)
    counts: dict[str | None, int] = {ring: 0 for ring in RINGS}
    counts[None] = 0
    for ring in rings:
        counts[ring if ring in RINGS else None] += 1
    top = max(counts[ring] for ring in RINGS)
    most = tuple(ring for ring in RINGS if top and counts[ring] == top)
    return Tally(counts, most, top)
