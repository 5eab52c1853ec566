"""Deep copy of a workshop inside one session (for "Dupliceren")."""
from __future__ import annotations

import time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.actions import Action
from app.models.agenda import Round
from app.models.base import Base, row_values
from app.models.circle import Note
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
from app.models.plusmin import Theme, ThemeItem, ThemePair
from app.models.reflection import ReflectionNote
from app.models.workshop import Participant, Workshop

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
