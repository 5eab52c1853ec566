"""The operations that span the boards: one place that knows every board's tables.

- a workshop made from a template: its agenda and plus-min themes (:func:`create_workshop`);
- a participant removed from (and restored to) every board that names them
  (:func:`remove_participant`, :func:`restore_participant`);
- a full copy of a workshop, every board included (:func:`duplicate_workshop`).

The board modules import :mod:`app.models.workshop`, never this module, so the
model layer has no import cycle (``make lint`` checks it). Like every model
operation these commit once, announce what changed and return what an undo needs.
"""
from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models.actions import Action
from app.models.agenda import Round
from app.models.base import Base, restore_row, row_values
from app.models.circle import Note
from app.models.events import Kind, Topic
from app.models.market import (
    MarketDevelopment,
    MarketDismissal,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.plusmin import Theme, ThemeItem, ThemePair, core_theme
from app.models.reflection import ReflectionNote
from app.models.store import Store
from app.models.text import InputError, clean_line
from app.models.workshop import LANGUAGES, Participant, Workshop, get_workshop, load_template

# -- a workshop from a template -------------------------------------------------------

def create_workshop(store: Store, *, title: str = "", date: dt.date | None = None,
                    location: str = "", facilitator: str = "", template: str = "blank",
                    language: str = "nl") -> Workshop:
    """A new workshop, its agenda (and boards) filled from a template."""
    with store.write() as s:
        ws = insert_workshop(s, title=title, date=date, location=location,
                             facilitator=facilitator, template=template, language=language)
    store.emit(Topic.WORKSHOP, ws.id, Kind.INSERT, (ws.id,))
    return ws


def insert_workshop(s: Any, *, title: str = "", date: dt.date | None = None,
                    location: str = "", facilitator: str = "", template: str = "blank",
                    language: str = "nl") -> Workshop:
    """:func:`create_workshop` inside a write session the caller commits (and announces)."""
    tpl = load_template(template)
    title = clean_line(title or tpl.get("title", ""), what="Titel") or "Nieuwe bijeenkomst"
    ws = Workshop(title=title, date=date or dt.date.today(),
                  location=clean_line(location, what="Locatie"),
                  facilitator=clean_line(facilitator, what="Gespreksleider"),
                  template=template, language=language if language in LANGUAGES else "nl")
    s.add(ws)
    s.flush()
    for pos, r in enumerate(tpl.get("rounds", [])):
        s.add(Round(workshop_id=ws.id, position=pos, title=r["title"],
                    planned_minutes=int(r["minutes"]), board=r.get("board"),
                    prompts=list(r.get("prompts", []))))
    for pos, theme_title in enumerate(tpl.get("themes", [])):
        theme = Theme(workshop_id=ws.id, title=theme_title, position=pos)
        s.add(theme)
        core = core_theme(theme_title) if tpl.get("theme_points") else None
        if core is not None:  # the research's preliminary points, to report back
            s.flush()
            for sign, texts in (("plus", core.plus), ("min", core.min)):
                s.add_all(ThemeItem(theme_id=theme.id, sign=sign, text=text, position=n)
                          for n, text in enumerate(texts))
    s.flush()
    return ws


# -- participants across the boards ---------------------------------------------

@dataclass
class ParticipantSnapshot:
    """A removed participant and every place that pointed at them."""

    row: dict[str, Any]
    note_ids: list[int] = field(default_factory=list)
    action_ids: list[int] = field(default_factory=list)
    entry_people: list[dict[str, Any]] = field(default_factory=list)
    reflection_ids: list[int] = field(default_factory=list)


def remove_participant(store: Store, participant_id: int) -> ParticipantSnapshot:
    with store.write() as s:
        p = s.get(Participant, participant_id)
        if p is None:
            raise InputError(QCoreApplication.translate("Models", "Deze deelnemer bestaat niet (meer)."))
        snap = ParticipantSnapshot(
            row=row_values(p),
            note_ids=list(s.scalars(select(Note.id).where(Note.participant_id == participant_id))),
            action_ids=list(s.scalars(select(Action.id)
                                      .where(Action.who_participant_id == participant_id))),
            entry_people=[row_values(ep) for ep in s.scalars(
                select(MarketEntryPerson).where(MarketEntryPerson.participant_id == participant_id))],
            reflection_ids=list(s.scalars(select(ReflectionNote.id)
                                          .where(ReflectionNote.participant_id == participant_id))),
        )
        s.delete(p)
    _emit_participant(store, snap, Kind.DELETE)
    return snap


def restore_participant(store: Store, snap: ParticipantSnapshot) -> None:
    pid = snap.row["id"]
    with store.write() as s:
        restore_row(s, Participant, snap.row)
        s.flush()
        if snap.note_ids:
            s.execute(update(Note).where(Note.id.in_(snap.note_ids)).values(participant_id=pid))
        if snap.action_ids:
            s.execute(update(Action).where(Action.id.in_(snap.action_ids))
                      .values(who_participant_id=pid))
        for values in snap.entry_people:
            restore_row(s, MarketEntryPerson, values)
        if snap.reflection_ids:
            s.execute(update(ReflectionNote).where(ReflectionNote.id.in_(snap.reflection_ids))
                      .values(participant_id=pid))
    _emit_participant(store, snap, Kind.INSERT)


def _emit_participant(store: Store, snap: ParticipantSnapshot, kind: Kind) -> None:
    """A participant came or went: so did their name on notes, market entries and actions."""
    workshop_id = snap.row["workshop_id"]
    store.emit(Topic.PARTICIPANT, workshop_id, kind, (snap.row["id"],))
    if snap.note_ids:
        store.emit(Topic.NOTE, workshop_id, Kind.UPDATE, snap.note_ids)
    if snap.entry_people:
        store.emit(Topic.MARKET, workshop_id, Kind.RESET)
    if snap.action_ids:
        store.emit(Topic.ACTION, workshop_id, Kind.UPDATE, snap.action_ids)
    if snap.reflection_ids:
        store.emit(Topic.REFLECTION, workshop_id, Kind.UPDATE, snap.reflection_ids)


# -- a full copy ---------------------------------------------------------------

def duplicate_workshop(store: Store, workshop_id: int) -> Workshop:
    """A full copy of a workshop (facts, participants, agenda and every board)."""
    with store.write() as s:
        new_id = copy_workshop(s, workshop_id)
    store.emit(Topic.WORKSHOP, new_id, Kind.INSERT, (new_id,))
    ws = get_workshop(store, new_id)
    assert ws is not None
    return ws


IdMap = dict[int, int]


def _clone(s: Session, rows: list[Any], cls: type[Base], remap: dict[str, IdMap],
           fixed: dict[str, Any]) -> IdMap:
    """Insert copies of ``rows``; reference columns go through ``remap``."""
    ids: IdMap = {}
    for row in rows:
        values = row_values(row)
        old_id = values.pop("id", None)
        values.update(fixed)
        for col, mapping in remap.items():
            if values.get(col) is not None:
                values[col] = mapping.get(values[col])
        copy = cls(**values)
        s.add(copy)
        s.flush()
        if old_id is not None:
            ids[old_id] = copy.id  # type: ignore[attr-defined]
    return ids


def copy_workshop(s: Session, workshop_id: int) -> int:
    """Copy a workshop and every board inside the caller's write session; the new id."""
    src = s.get(Workshop, workshop_id)
    if src is None:
        raise ValueError("no such workshop")
    values = row_values(src)
    values.pop("id")
    values.update(title=f"{src.title} (kopie)", created_at=time.time(), deleted_at=None,
                  current_round_id=None)
    new = Workshop(**values)
    s.add(new)
    s.flush()
    w = {"workshop_id": new.id}

    def rows(cls: Any, *where: Any) -> list[Any]:
        return list(s.scalars(select(cls).where(*where)))

    people = _clone(s, rows(Participant, Participant.workshop_id == workshop_id), Participant, {}, w)
    # a copy is a fresh session: same plan, nothing run yet
    rounds = _clone(s, rows(Round, Round.workshop_id == workshop_id), Round, {},
                    {**w, "actual_seconds": None})
    if src.current_round_id in rounds:
        new.current_round_id = rounds[src.current_round_id]
    _clone(s, rows(Note, Note.workshop_id == workshop_id), Note, {"participant_id": people}, w)
    groups = _clone(s, rows(MarketSubgroup, MarketSubgroup.workshop_id == workshop_id),
                    MarketSubgroup, {}, w)
    devs = _clone(s, rows(MarketDevelopment, MarketDevelopment.workshop_id == workshop_id),
                  MarketDevelopment, {}, w)
    old_entries = rows(MarketEntry, MarketEntry.workshop_id == workshop_id)
    entries = _clone(s, old_entries, MarketEntry,
                     {"subgroup_id": groups, "fits_development_id": devs}, w)
    _clone(s, rows(MarketEntryPerson, MarketEntryPerson.entry_id.in_(list(entries))),
           MarketEntryPerson, {"entry_id": entries, "participant_id": people}, {})
    pools = _clone(s, rows(MarketPool, MarketPool.workshop_id == workshop_id), MarketPool, {}, w)
    _clone(s, rows(MarketPoolMember, MarketPoolMember.pool_id.in_(list(pools))), MarketPoolMember,
           {"pool_id": pools, "entry_id": entries}, {})
    _clone(s, rows(MarketMatch, MarketMatch.workshop_id == workshop_id), MarketMatch,
           {"demand_id": entries, "supply_id": entries}, w)
    _clone(s, rows(MarketDismissal, MarketDismissal.workshop_id == workshop_id), MarketDismissal,
           {"a_id": entries, "b_id": entries}, w)
    themes = _clone(s, rows(Theme, Theme.workshop_id == workshop_id), Theme, {}, w)
    items = _clone(s, rows(ThemeItem, ThemeItem.theme_id.in_(list(themes))), ThemeItem,
                   {"theme_id": themes}, {})
    _clone(s, rows(ThemePair, ThemePair.theme_id.in_(list(themes))), ThemePair,
           {"theme_id": themes, "plus_id": items, "min_id": items}, {})
    _clone(s, rows(Action, Action.workshop_id == workshop_id), Action,
           {"who_participant_id": people}, w)
    _clone(s, rows(ReflectionNote, ReflectionNote.workshop_id == workshop_id), ReflectionNote,
           {"participant_id": people}, w)
    return new.id
