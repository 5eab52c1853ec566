"""The agenda: timed rounds within the method's two-hour limit.

A session should fit in :data:`MAX_SESSION_MINUTES`; :func:`exceeds_limit` is
the one place that decides when it does not, so the planner (red total, a
confirmation) and the minutes agree. Operations follow the house style: the
store first, one commit, one :class:`~app.models.events.Change` (topic
``Topic.ROUND``), and a return value that an undo needs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, JSONText, next_position, restore_row, row_values
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.text import InputError, clean_line, clean_text
from app.models.timer_state import TimerState

MAX_SESSION_MINUTES = 120
BOARDS = ("circle", "market", "plusmin", "reflection")
MIN_ROUND_MINUTES, MAX_ROUND_MINUTES = 1, 240
MAX_PROMPTS = 50
PROMPT_LIMIT = 2000
EDITABLE_FIELDS = ("title", "planned_minutes", "board", "prompts", "notes", "private_notes",
                   "actual_seconds")


class Round(Base):
    """One time-boxed round of a session."""

    __tablename__ = "round"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300), default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    board: Mapped[str | None] = mapped_column(String(16), nullable=True)
    prompts: Mapped[list[str]] = mapped_column(JSONText, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    private_notes: Mapped[str] = mapped_column(Text, default="")
    actual_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)


# -- the two-hour limit ------------------------------------------------------------

def exceeds_limit(total_minutes: int) -> bool:
    """True when a session of ``total_minutes`` is longer than the method allows."""
    return total_minutes > MAX_SESSION_MINUTES


def crosses_limit(before: int, after: int) -> bool:
    """True for the edit that takes the planned total over the limit.

    Only the crossing asks for confirmation: once the facilitator accepted a
    long session, further edits above the line just keep the total red.
    """
    return exceeds_limit(after) and not exceeds_limit(before)


def planned_total(store: Store, workshop_id: int) -> int:
    """The planned minutes of all rounds of a workshop."""
    return sum(r.planned_minutes for r in list_rounds(store, workshop_id))


# -- validation ----------------------------------------------------------------------

def clean_minutes(value: Any) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError) as exc:
        raise InputError(QCoreApplication.translate("Models", "Geplande minuten: een heel getal verwacht, niet {value}.").format(value=repr(value))) from exc
    if isinstance(value, float) and value != minutes:
        raise InputError(QCoreApplication.translate("Models", "Geplande minuten: een heel getal verwacht."))
    if not MIN_ROUND_MINUTES <= minutes <= MAX_ROUND_MINUTES:
        raise InputError(QCoreApplication.translate("Models", "Een ronde duurt {min_round_minutes} tot {max_round_minutes} minuten "
                         "(niet {minutes}).").format(min_round_minutes=MIN_ROUND_MINUTES, max_round_minutes=MAX_ROUND_MINUTES, minutes=minutes))
    return minutes


def clean_board(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if value not in BOARDS:
        raise InputError(QCoreApplication.translate("Models", "Onbekend bord: {value}").format(value=value))
    return str(value)


def clean_prompts(value: Any) -> list[str]:
    """A list of prompts; empty lines are dropped, each prompt is one line."""
    if isinstance(value, str):
        value = value.splitlines()
    if not isinstance(value, list | tuple):
        raise InputError(QCoreApplication.translate("Models", "Vragen: een lijst met teksten verwacht."))
    prompts = [clean_line(p, what="Vraag", limit=PROMPT_LIMIT) for p in value]
    prompts = [p for p in prompts if p]
    if len(prompts) > MAX_PROMPTS:
        raise InputError(QCoreApplication.translate("Models", "Te veel vragen voor één ronde ({count}; maximaal {max_prompts}).").format(count=len(prompts), max_prompts=MAX_PROMPTS))
    return prompts


def clean_actual(value: Any) -> int | None:
    if value is None:
        return None
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not math.isfinite(value) or value < 0):
        raise InputError(QCoreApplication.translate("Models", "Werkelijke duur: een positief aantal seconden verwacht."))
    return int(round(value))


def clean_fields(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate round fields typed by the facilitator (raises :class:`InputError`)."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(QCoreApplication.translate("Models", "Onbekende velden voor een ronde: {unknown}").format(unknown=', '.join(sorted(unknown))))
    cleaners = {
        "title": lambda v: clean_line(v, what="Titel van de ronde", required=True),
        "planned_minutes": clean_minutes,
        "board": clean_board,
        "prompts": clean_prompts,
        "notes": lambda v: clean_text(v, what="Notities"),
        "private_notes": lambda v: clean_text(v, what="Eigen notities"),
        "actual_seconds": clean_actual,
    }
    return {key: cleaners[key](value) for key, value in fields.items()}


# -- reading -------------------------------------------------------------------------

def list_rounds(store: Store, workshop_id: int) -> list[Round]:
    with store.read() as s:
        return ordered_rounds(s, workshop_id)


def get_round(store: Store, round_id: int) -> Round | None:
    with store.read() as s:
        return s.get(Round, round_id)


def ordered_rounds(s: Session, workshop_id: int) -> list[Round]:
    return list(s.scalars(select(Round).where(Round.workshop_id == workshop_id)
                          .order_by(Round.position, Round.id)))


def _renumber(rounds: list[Round]) -> None:
    for pos, r in enumerate(rounds):
        if r.position != pos:
            r.position = pos


# -- editing -------------------------------------------------------------------------

def add_round(store: Store, workshop_id: int, title: str = "Nieuwe ronde",
              planned_minutes: int = 10, board: str | None = None,
              prompts: list[str] | None = None, position: int | None = None) -> Round:
    """A new round at the end, or at ``position`` (the rounds after it move down)."""
    values = clean_fields({"title": title, "planned_minutes": planned_minutes, "board": board,
                           "prompts": list(prompts or [])})
    with store.write() as s:
        r = Round(workshop_id=workshop_id, notes="", private_notes="",
                  position=next_position(s, Round.position, Round.workshop_id == workshop_id),
                  **values)
        s.add(r)
        s.flush()
        if position is not None:
            rounds = [x for x in ordered_rounds(s, workshop_id) if x.id != r.id]
            rounds.insert(max(0, min(position, len(rounds))), r)
            _renumber(rounds)
    store.emit(Topic.ROUND, workshop_id, Kind.INSERT, (r.id,))
    return r


def update_round(store: Store, round_id: int, **fields: Any) -> dict[str, Any]:
    """Change a round; returns the previous values of the changed fields (for undo)."""
    values = clean_fields(fields)
    with store.write() as s:
        r = s.get(Round, round_id)
        if r is None:
            raise InputError(QCoreApplication.translate("Models", "Deze ronde bestaat niet (meer)."))
        old = {key: getattr(r, key) for key in values}
        for key, value in values.items():
            setattr(r, key, value)
        workshop_id = r.workshop_id
    store.emit(Topic.ROUND, workshop_id, Kind.UPDATE, (round_id,), fields=tuple(values))
    return old


@dataclass
class RoundSnapshot:
    """A removed round, where it stood, and the timer that was on it."""

    row: dict[str, Any]
    order: list[int] = field(default_factory=list)
    timer: dict[str, Any] | None = None


def delete_round(store: Store, round_id: int) -> RoundSnapshot:
    """Remove a round; :func:`restore_round` puts it back with the same id and place.

    A timer running on the round stops (its time is kept in the snapshot).
    """
    with store.write() as s:
        r = s.get(Round, round_id)
        if r is None:
            raise InputError(QCoreApplication.translate("Models", "Deze ronde bestaat niet (meer)."))
        workshop_id = r.workshop_id
        snap = RoundSnapshot(row=row_values(r), order=[x.id for x in ordered_rounds(s, workshop_id)])
        timer = s.get(TimerState, workshop_id)
        if timer is not None and timer.round_id == round_id:
            snap.timer = row_values(timer)
            timer.round_id, timer.state = None, "idle"
            timer.accumulated_seconds, timer.started_wall = 0.0, None
        s.delete(r)
        s.flush()
        _renumber(ordered_rounds(s, workshop_id))
    store.emit(Topic.ROUND, workshop_id, Kind.DELETE, (round_id,))
    if snap.timer is not None:
        store.emit(Topic.TIMER, workshop_id, Kind.UPDATE, (workshop_id,))
    return snap


def restore_round(store: Store, snap: RoundSnapshot) -> None:
    workshop_id = snap.row["workshop_id"]
    with store.write() as s:
        restore_row(s, Round, dict(snap.row))
        s.flush()
        rounds = {x.id: x for x in ordered_rounds(s, workshop_id)}
        ordered = [rounds.pop(rid) for rid in snap.order if rid in rounds]
        _renumber(ordered + sorted(rounds.values(), key=lambda x: (x.position, x.id)))
        timer = s.get(TimerState, workshop_id)
        restored_timer = snap.timer is not None and timer is not None and timer.round_id is None
        if restored_timer:
            assert snap.timer is not None and timer is not None
            for key, value in snap.timer.items():
                setattr(timer, key, value)
    store.emit(Topic.ROUND, workshop_id, Kind.INSERT, (snap.row["id"],))
    if restored_timer:
        store.emit(Topic.TIMER, workshop_id, Kind.UPDATE, (workshop_id,))


def move_round(store: Store, round_id: int, position: int) -> int:
    """Move a round to ``position`` (0-based, clamped); returns its old position."""
    with store.write() as s:
        r = s.get(Round, round_id)
        if r is None:
            raise InputError(QCoreApplication.translate("Models", "Deze ronde bestaat niet (meer)."))
        workshop_id = r.workshop_id
        rounds = ordered_rounds(s, workshop_id)
        old = rounds.index(r)
        rounds.pop(old)
        rounds.insert(max(0, min(position, len(rounds))), r)
        _renumber(rounds)
        ids = [x.id for x in rounds]
    store.emit(Topic.ROUND, workshop_id, Kind.UPDATE, ids, fields=("position",))
    return old
