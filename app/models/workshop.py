"""Workshops (bijeenkomsten), their participants, and store-wide settings.

What spans the boards (a workshop made from a template, a participant removed
from every board, a full copy) is in :mod:`app.models.orchestration`; this module
imports no board, so every board can import it.

Operations take the :class:`~app.models.store.Store` first, commit once, emit
one :class:`~app.models.events.Change`, and return what an undo needs.
"""
from __future__ import annotations

import datetime as dt
import json
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, String, Text, select, update
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, JSONText, next_position
from app.models.events import Kind, Topic
from app.models.store import Store

# The shared text rules live in app.models.text; views, commands and the join page
# import them from here as well.
from app.models.text import FIELDS as FIELDS
from app.models.text import MAX_TEXT as MAX_TEXT
from app.models.text import InputError as InputError
from app.models.text import clean_line as clean_line
from app.models.text import clean_text as clean_text
from app.models.text import local_number as local_number
from app.paths import resource

ROLES: tuple[str, ...] = ("older_teacher", "younger_teacher", "leadership", "other")
TEMPLATES: tuple[str, ...] = ("circle", "market", "plusmin", "first_session", "follow_up", "blank")
LANGUAGES: tuple[str, ...] = ("nl", "en")
EDITABLE_FACTS = ("title", "date", "location", "facilitator", "language")


class Workshop(Base):
    """A group session (bijeenkomst) and its facts."""

    __tablename__ = "workshop"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[dt.date] = mapped_column(Date, default=dt.date.today)
    location: Mapped[str] = mapped_column(String(300), default="")
    facilitator: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(8), default="nl")
    template: Mapped[str] = mapped_column(String(16), default="blank")
    created_at: Mapped[float] = mapped_column(Float, default=time.time)
    deleted_at: Mapped[float | None] = mapped_column(Float, nullable=True)
    current_round_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    current_board: Mapped[str | None] = mapped_column(String(16), nullable=True)
    rules: Mapped[list[str] | None] = mapped_column(JSONText, nullable=True)
    show_rules: Mapped[bool] = mapped_column(Boolean, default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(JSONText, default=dict)


class Participant(Base):
    """Someone in the group. Role per the method: older (45+), younger, leadership, other."""

    __tablename__ = "participant"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(16), default="other")
    subgroup: Mapped[str | None] = mapped_column(String(100), nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Setting(Base):
    """Store-wide preferences and where the facilitator left off."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# -- workshops ---------------------------------------------------------------

def load_template(key: str) -> dict[str, Any]:
    """A built-in workshop template from ``app/resources/templates``."""
    if key not in TEMPLATES:
        raise InputError(QCoreApplication.translate("Models", "Onbekend sjabloon: {key}").format(key=key))
    return json.loads(resource("templates", f"{key}.json").read_text(encoding="utf-8"))


def list_workshops(store: Store) -> list[Workshop]:
    """Workshops newest first: by date, then by creation."""
    with store.read() as s:
        return list(s.scalars(select(Workshop).where(Workshop.deleted_at.is_(None))
                              .order_by(Workshop.date.desc(), Workshop.created_at.desc(),
                                        Workshop.id.desc())))


def get_workshop(store: Store, workshop_id: int) -> Workshop | None:
    with store.read() as s:
        ws = s.get(Workshop, workshop_id)
        return ws if ws is not None and ws.deleted_at is None else None


def update_workshop(store: Store, workshop_id: int, **facts: Any) -> dict[str, Any]:
    """Change workshop facts; returns the previous values (for undo)."""
    unknown = set(facts) - set(EDITABLE_FACTS) - {"current_round_id", "current_board", "rules",
                                                 "show_rules", "extra"}
    if unknown:
        raise InputError(QCoreApplication.translate("Models", "Onbekende velden: {unknown}").format(unknown=', '.join(sorted(unknown))))
    if "title" in facts:
        facts["title"] = clean_line(facts["title"], what="Titel", required=True)
    for key, label in (("location", "Locatie"), ("facilitator", "Gespreksleider")):
        if key in facts:
            facts[key] = clean_line(facts[key], what=label)
    if "date" in facts and isinstance(facts["date"], str):
        try:
            facts["date"] = dt.date.fromisoformat(facts["date"])
        except ValueError as exc:
            raise InputError(QCoreApplication.translate("Models", "Ongeldige datum: {date} (gebruik JJJJ-MM-DD).").format(date=facts['date'])) from exc
    if "date" in facts and not isinstance(facts["date"], dt.date):
        raise InputError(QCoreApplication.translate("Models", "Een bijeenkomst heeft een datum nodig."))
    if "language" in facts and facts["language"] not in LANGUAGES:
        raise InputError(QCoreApplication.translate("Models", "Onbekende taal: {language}").format(language=facts['language']))
    with store.write() as s:
        ws = s.get(Workshop, workshop_id)
        if ws is None:
            raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
        old = {key: getattr(ws, key) for key in facts}
        for key, value in facts.items():
            setattr(ws, key, value)
    store.emit(Topic.WORKSHOP, workshop_id, Kind.UPDATE, (workshop_id,), fields=tuple(facts))
    return old


def delete_workshop(store: Store, workshop_id: int) -> None:
    """Move a workshop to the bin; :func:`restore_workshop` undoes it.

    Binned workshops are erased for good by :func:`purge_deleted` at the next start.
    """
    with store.write() as s:
        s.execute(update(Workshop).where(Workshop.id == workshop_id).values(deleted_at=time.time()))
    store.emit(Topic.WORKSHOP, workshop_id, Kind.DELETE, (workshop_id,))


def restore_workshop(store: Store, workshop_id: int) -> None:
    with store.write() as s:
        s.execute(update(Workshop).where(Workshop.id == workshop_id).values(deleted_at=None))
    store.emit(Topic.WORKSHOP, workshop_id, Kind.INSERT, (workshop_id,))


def purge_deleted(store: Store) -> int:
    """Erase binned workshops (and, by cascade, all their content)."""
    with store.write() as s:
        doomed = list(s.scalars(select(Workshop).where(Workshop.deleted_at.is_not(None))))
        for ws in doomed:
            s.delete(ws)
    return len(doomed)


# -- participants ------------------------------------------------------------

def list_participants(store: Store, workshop_id: int) -> list[Participant]:
    with store.read() as s:
        return list(s.scalars(select(Participant).where(Participant.workshop_id == workshop_id)
                              .order_by(Participant.position, Participant.id)))


def _check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError(QCoreApplication.translate("Models", "Onbekende rol: {role}").format(role=role))
    return role


def add_participant(store: Store, workshop_id: int, name: str, role: str = "other",
                    subgroup: str | None = None) -> Participant:
    name = clean_line(name, what="Naam", required=True)
    sub = clean_line(subgroup or "", what="Subgroep", limit=100) or None
    with store.write() as s:
        p = Participant(workshop_id=workshop_id, name=name, role=_check_role(role), subgroup=sub,
                        position=next_position(s, Participant.position,
                                               Participant.workshop_id == workshop_id))
        s.add(p)
    store.emit(Topic.PARTICIPANT, workshop_id, Kind.INSERT, (p.id,))
    return p


def update_participant(store: Store, participant_id: int, **fields: Any) -> dict[str, Any]:
    """Change name, role or subgroup; returns the previous values."""
    if set(fields) - {"name", "role", "subgroup", "position"}:
        raise InputError(QCoreApplication.translate("Models", "Onbekend veld voor een deelnemer."))
    if "name" in fields:
        fields["name"] = clean_line(fields["name"], what="Naam", required=True)
    if "role" in fields:
        _check_role(fields["role"])
    if "subgroup" in fields:
        fields["subgroup"] = clean_line(fields["subgroup"] or "", what="Subgroep", limit=100) or None
    with store.write() as s:
        p = s.get(Participant, participant_id)
        if p is None:
            raise InputError(QCoreApplication.translate("Models", "Deze deelnemer bestaat niet (meer)."))
        old = {key: getattr(p, key) for key in fields}
        for key, value in fields.items():
            setattr(p, key, value)
        workshop_id = p.workshop_id
    store.emit(Topic.PARTICIPANT, workshop_id, Kind.UPDATE, (participant_id,))
    return old


# -- composition ---------------------------------------------------------------

@dataclass(frozen=True)
class Composition:
    """Counts per role and the method's advice on the group's make-up.

    hints: codes, worded by the view: ("too_small", n), ("too_large", n),
    ("missing", role), ("older_not_most", older, largest_other).
    """

    counts: dict[str, int]
    total: int
    hints: tuple[tuple[str, Any], ...]


ADVISED_MIN, ADVISED_MAX = 8, 10
REQUIRED_ROLES = ("older_teacher", "younger_teacher", "leadership")


def composition(participants: list[Participant]) -> Composition:
    counts = {role: 0 for role in ROLES}
    for p in participants:
        counts[p.role] = counts.get(p.role, 0) + 1
    total = len(participants)
    hints: list[tuple[str, Any]] = []
    if total < ADVISED_MIN:
        hints.append(("too_small", total))
    elif total > ADVISED_MAX:
        hints.append(("too_large", total))
    for role in REQUIRED_ROLES:
        if counts[role] == 0:
            hints.append(("missing", role))
    others = max(counts["younger_teacher"], counts["leadership"], counts["other"])
    if total and counts["older_teacher"] <= others:
        hints.append(("older_not_most", (counts["older_teacher"], others)))
    return Composition(counts, total, tuple(hints))


# -- settings ------------------------------------------------------------------

def get_setting(store: Store, key: str, default: str | None = None) -> str | None:
    with store.read() as s:
        row = s.get(Setting, key)
        return default if row is None else row.value


def set_setting(store: Store, key: str, value: str) -> None:
    with store.write() as s:
        s.merge(Setting(key=key, value=value))
    store.emit(Topic.SETTING, None, Kind.UPDATE, key=key)
