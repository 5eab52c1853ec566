"""Board 2: the expertise marketplace (marktplaats interne deskundigheid).

Subgroups each fill a supply sheet (aanbod) and a demand sheet (vraag); the
plenary pools equal supply, ties demand to supply, and links supply to the
school's coming developments.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models.base import Base, next_position, restore_row, row_values
from app.models.events import Kind, MarketPart, Topic
from app.models.market_rows import (
    MarketDevelopment as MarketDevelopment,
)
from app.models.market_rows import (
    MarketDismissal as MarketDismissal,
)
from app.models.market_rows import (
    MarketEntry as MarketEntry,
)
from app.models.market_rows import (
    MarketEntryPerson as MarketEntryPerson,
)
from app.models.market_rows import (
    MarketMatch as MarketMatch,
)
from app.models.market_rows import (
    MarketPool as MarketPool,
)
from app.models.market_rows import (
    MarketPoolMember as MarketPoolMember,
)
from app.models.market_rows import (  # the tables, re-exported: callers import them from here
    MarketSubgroup as MarketSubgroup,
)
from app.models.store import Store
from app.models.workshop import InputError, Participant, clean_line

SIDES = ("supply", "demand")
PERSON_ROLES = ("owner", "source")
ENTRY_LIMIT = 500  # characters: an entry is a line on a flip-over, not an essay
NAME_LIMIT = 200
PersonSpec = int | str  # a participant id, or the free-text name of a colleague


# -- snapshots for undo --------------------------------------------------------

RESTORE_ORDER: tuple[type[Base], ...] = (MarketSubgroup, MarketDevelopment, MarketPool, MarketEntry,
                                         MarketEntryPerson, MarketPoolMember, MarketMatch,
                                         MarketDismissal)
_CLASSES = {cls.__name__: cls for cls in RESTORE_ORDER}


@dataclass
class Snapshot:
    """Rows an operation deleted and column values it overwrote, so undo can put them back.

    rows: (class name, column values) of deleted rows, re-inserted with their ids.
    fields: (class name, id, {column: old value}) for rows that stayed but changed.
    """

    workshop_id: int
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    fields: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)

    def keep(self, *objs: Base) -> None:
        self.rows.extend((type(o).__name__, row_values(o)) for o in objs)

    def entry_ids(self) -> list[int]:
        return [v["id"] for name, v in self.rows if name == "MarketEntry"]


def restore(store: Store, snap: Snapshot) -> None:
    """Undo a removal: re-insert the snapshot's rows (same ids), then its old values."""
    with store.write() as s:
        _restore_in(s, snap)
    store.emit(Topic.MARKET, snap.workshop_id, Kind.RESET)


def _restore_in(s: Session, snap: Snapshot) -> None:
    for cls in RESTORE_ORDER:
        for name, values in snap.rows:
            if name == cls.__name__ and s.get(cls, _key(cls, values)) is None:
                restore_row(s, cls, dict(values))
        s.flush()
    for name, row_id, values in snap.fields:
        obj = s.get(_CLASSES[name], row_id)
        if obj is not None:
            for key, value in values.items():
                setattr(obj, key, value)


def _key(cls: type[Base], values: dict[str, Any]) -> Any:
    if cls is MarketPoolMember:
        return (values["pool_id"], values["entry_id"])
    return values["id"]


def _links_of(s: Session, entry_ids: Sequence[int]) -> list[Base]:
    """Matches, dismissals and pool memberships that involve ``entry_ids``."""
    ids = list(entry_ids)
    return [*s.scalars(select(MarketMatch).where(MarketMatch.demand_id.in_(ids)
                                                 | MarketMatch.supply_id.in_(ids))),
            *s.scalars(select(MarketDismissal).where(MarketDismissal.a_id.in_(ids)
                                                     | MarketDismissal.b_id.in_(ids))),
            *s.scalars(select(MarketPoolMember).where(MarketPoolMember.entry_id.in_(ids)))]


def _drop_links(s: Session, snap: Snapshot, entry_ids: Sequence[int]) -> None:
    """Delete the links of ``entry_ids`` (and pools left with one member) into ``snap``."""
    links = _links_of(s, entry_ids)
    pools = {o.pool_id for o in links if isinstance(o, MarketPoolMember)}
    snap.keep(*links)
    for obj in links:
        s.delete(obj)
    s.flush()
    for pool_id in pools:
        rest = list(s.scalars(select(MarketPoolMember).where(MarketPoolMember.pool_id == pool_id)))
        if len(rest) < 2:
            pool = s.get(MarketPool, pool_id)
            snap.keep(*([pool] if pool else []), *rest)
            s.execute(delete(MarketPool).where(MarketPool.id == pool_id))


# -- subgroups -----------------------------------------------------------------

def list_subgroups(store: Store, workshop_id: int) -> list[MarketSubgroup]:
    with store.read() as s:
        return list(s.scalars(select(MarketSubgroup).where(MarketSubgroup.workshop_id == workshop_id)
                              .order_by(MarketSubgroup.position, MarketSubgroup.id)))


def _next_letter(used: Iterable[str]) -> str:
    taken = {u.casefold() for u in used}
    for n in range(1, 1000):
        name, k = "", n
        while k:
            k, r = divmod(k - 1, 26)
            name = chr(65 + r) + name
        if name.casefold() not in taken:
            return name
    return str(len(taken) + 1)


def add_subgroup(store: Store, workshop_id: int, name: str = "") -> MarketSubgroup:
    """A new subgroup; without a name it gets the next free letter (A, B, ...)."""
    name = clean_line(name, what="Naam van de subgroep", limit=NAME_LIMIT)
    with store.write() as s:
        used = s.scalars(select(MarketSubgroup.name).where(MarketSubgroup.workshop_id == workshop_id))
        group = MarketSubgroup(workshop_id=workshop_id, name=name or _next_letter(used),
                               position=next_position(s, MarketSubgroup.position,
                                                      MarketSubgroup.workshop_id == workshop_id))
        s.add(group)
    store.emit(Topic.MARKET, workshop_id, Kind.INSERT, (group.id,), what=MarketPart.SUBGROUP)
    return group


def rename_subgroup(store: Store, subgroup_id: int, name: str) -> str:
    """Rename; returns the old name."""
    name = clean_line(name, what="Naam van de subgroep", required=True, limit=NAME_LIMIT)
    with store.write() as s:
        group = _get(s, MarketSubgroup, subgroup_id, QCoreApplication.translate("Models", "Deze subgroep bestaat niet (meer)."))
        old, group.name = group.name, name
    store.emit(Topic.MARKET, group.workshop_id, Kind.UPDATE, (subgroup_id,), what=MarketPart.SUBGROUP)
    return old


def remove_subgroup(store: Store, subgroup_id: int) -> Snapshot:
    """Remove a subgroup with its sheets; :func:`restore` brings it all back."""
    with store.write() as s:
        group = _get(s, MarketSubgroup, subgroup_id, QCoreApplication.translate("Models", "Deze subgroep bestaat niet (meer)."))
        snap = Snapshot(group.workshop_id)
        entries = list(s.scalars(select(MarketEntry).where(MarketEntry.subgroup_id == subgroup_id)))
        ids = [e.id for e in entries]
        snap.keep(group, *entries, *s.scalars(select(MarketEntryPerson)
                                              .where(MarketEntryPerson.entry_id.in_(ids))))
        _drop_links(s, snap, ids)
        s.delete(group)
    store.emit(Topic.MARKET, snap.workshop_id, Kind.RESET)
    return snap


def _natural(text: str) -> list[Any]:
    return [(0, int(t), "") if t.isdigit() else (1, 0, t.casefold()) for t in re.split(r"(\d+)", text)]


def subgroups_from_participants(store: Store, workshop_id: int) -> list[int]:
    """Create a subgroup for every participant subgroup not yet on the board.

    Returns the new subgroup ids (possibly none), for undo.
    """
    with store.write() as s:
        wanted = {p.strip() for p in s.scalars(select(Participant.subgroup).where(
            Participant.workshop_id == workshop_id, Participant.subgroup.is_not(None))) if p.strip()}
        have = {n.casefold() for n in s.scalars(select(MarketSubgroup.name)
                                                .where(MarketSubgroup.workshop_id == workshop_id))}
        start = next_position(s, MarketSubgroup.position, MarketSubgroup.workshop_id == workshop_id)
        created = [MarketSubgroup(workshop_id=workshop_id, name=name, position=start + i)
                   for i, name in enumerate(sorted((w for w in wanted if w.casefold() not in have),
                                                   key=_natural))]
        s.add_all(created)
    ids = [g.id for g in created]
    if ids:
        store.emit(Topic.MARKET, workshop_id, Kind.INSERT, ids, what=MarketPart.SUBGROUP)
    return ids


# -- developments --------------------------------------------------------------

def list_developments(store: Store, workshop_id: int) -> list[MarketDevelopment]:
    with store.read() as s:
        return list(s.scalars(select(MarketDevelopment)
                              .where(MarketDevelopment.workshop_id == workshop_id)
                              .order_by(MarketDevelopment.position, MarketDevelopment.id)))


def add_development(store: Store, workshop_id: int, text: str) -> MarketDevelopment:
    text = clean_line(text, what="Ontwikkeling", required=True, limit=ENTRY_LIMIT)
    with store.write() as s:
        dev = MarketDevelopment(workshop_id=workshop_id, text=text,
                                position=next_position(s, MarketDevelopment.position,
                                                       MarketDevelopment.workshop_id == workshop_id))
        s.add(dev)
    store.emit(Topic.MARKET, workshop_id, Kind.INSERT, (dev.id,), what=MarketPart.DEVELOPMENT)
    return dev


def update_development(store: Store, development_id: int, text: str) -> str:
    text = clean_line(text, what="Ontwikkeling", required=True, limit=ENTRY_LIMIT)
    with store.write() as s:
        dev = _get(s, MarketDevelopment, development_id, QCoreApplication.translate("Models", "Deze ontwikkeling bestaat niet (meer)."))
        old, dev.text = dev.text, text
    store.emit(Topic.MARKET, dev.workshop_id, Kind.UPDATE, (development_id,), what=MarketPart.DEVELOPMENT)
    return old


def remove_development(store: Store, development_id: int) -> Snapshot:
    with store.write() as s:
        dev = _get(s, MarketDevelopment, development_id, QCoreApplication.translate("Models", "Deze ontwikkeling bestaat niet (meer)."))
        snap = Snapshot(dev.workshop_id)
        snap.keep(dev)
        for entry_id in s.scalars(select(MarketEntry.id)
                                  .where(MarketEntry.fits_development_id == development_id)):
            snap.fields.append(("MarketEntry", entry_id, {"fits_development_id": development_id}))
        s.delete(dev)
    store.emit(Topic.MARKET, snap.workshop_id, Kind.RESET)
    return snap


# -- entries -------------------------------------------------------------------

def _get(s: Session, cls: type[Any], row_id: int | None, message: str) -> Any:
    obj = s.get(cls, row_id) if row_id is not None else None
    if obj is None:
        raise InputError(message)
    return obj


def _check_side(side: str) -> str:
    if side not in SIDES:
        raise InputError(QCoreApplication.translate("Models", "Onbekend blad: {side} (aanbod of vraag).").format(side=repr(side)))
    return side


def _clean_people(s: Session, workshop_id: int, people: Iterable[PersonSpec]) -> list[PersonSpec]:
    """Validated, de-duplicated people: participant ids of this workshop, or cleaned names."""
    out: list[PersonSpec] = []
    for person in people:
        if isinstance(person, bool) or not isinstance(person, int | str):
            raise InputError(QCoreApplication.translate("Models", "Persoon: naam of deelnemer verwacht."))
        if isinstance(person, int):
            p = s.get(Participant, person)
            if p is None or p.workshop_id != workshop_id:
                raise InputError(QCoreApplication.translate("Models", "Deze deelnemer bestaat niet (meer)."))
            value: PersonSpec = person
        else:
            value = clean_line(person, what="Naam", limit=NAME_LIMIT)
            if not value:
                continue
        if value not in out:
            out.append(value)
    return out


def _set_people(s: Session, entry_id: int, role: str, people: list[PersonSpec]) -> None:
    s.execute(delete(MarketEntryPerson).where(MarketEntryPerson.entry_id == entry_id,
                                              MarketEntryPerson.role == role))
    for pos, person in enumerate(people):
        s.add(MarketEntryPerson(entry_id=entry_id, role=role, position=pos,
                                participant_id=person if isinstance(person, int) else None,
                                free_name=person if isinstance(person, str) else None))


def _people_of(s: Session, entry_id: int, role: str) -> list[PersonSpec]:
    rows = s.scalars(select(MarketEntryPerson).where(MarketEntryPerson.entry_id == entry_id,
                                                     MarketEntryPerson.role == role)
                     .order_by(MarketEntryPerson.position, MarketEntryPerson.id))
    return [r.participant_id if r.participant_id is not None else (r.free_name or "") for r in rows]


def _sheet_ids(s: Session, subgroup_id: int, side: str, *, without: int | None = None) -> list[int]:
    ids = s.scalars(select(MarketEntry.id).where(MarketEntry.subgroup_id == subgroup_id,
                                                 MarketEntry.side == side)
                    .order_by(MarketEntry.position, MarketEntry.id))
    return [i for i in ids if i != without]


def _renumber(s: Session, ids: Sequence[int]) -> None:
    for pos, entry_id in enumerate(ids):
        s.execute(update(MarketEntry).where(MarketEntry.id == entry_id).values(position=pos))


def add_entry(store: Store, workshop_id: int, subgroup_id: int, side: str, text: str,
              owners: Iterable[PersonSpec] = (), sources: Iterable[PersonSpec] = ()) -> MarketEntry:
    """A new line at the bottom of a sheet.

    owners offer the supply or ask the demand; sources (demand only) are the
    colleagues the asker would like to learn from, participants or free names.
    """
    text = clean_line(text, what="Tekst", required=True, limit=ENTRY_LIMIT)
    _check_side(side)
    sources = list(sources)
    if side == "supply" and sources:
        raise InputError(QCoreApplication.translate("Models", "Bij aanbod hoort geen 'van wie': dat staat op het vraagblad."))
    with store.write() as s:
        group = _get(s, MarketSubgroup, subgroup_id, QCoreApplication.translate("Models", "Deze subgroep bestaat niet (meer)."))
        if group.workshop_id != workshop_id:
            raise InputError(QCoreApplication.translate("Models", "Deze subgroep hoort bij een andere bijeenkomst."))
        owner_list = _clean_people(s, workshop_id, owners)
        source_list = _clean_people(s, workshop_id, sources)
        entry = MarketEntry(workshop_id=workshop_id, subgroup_id=subgroup_id, side=side, text=text,
                            position=len(_sheet_ids(s, subgroup_id, side)))
        s.add(entry)
        s.flush()
        _set_people(s, entry.id, "owner", owner_list)
        _set_people(s, entry.id, "source", source_list)
    store.emit(Topic.MARKET, workshop_id, Kind.INSERT, (entry.id,), what=MarketPart.ENTRY)
    return entry


def update_entry(store: Store, entry_id: int, **changes: Any) -> dict[str, Any]:
    """Change text, owners and/or sources; returns the old values (for undo)."""
    if set(changes) - {"text", "owners", "sources"}:
        raise InputError(QCoreApplication.translate("Models", "Onbekend veld voor een regel."))
    if "text" in changes:
        changes["text"] = clean_line(changes["text"], what="Tekst", required=True, limit=ENTRY_LIMIT)
    with store.write() as s:
        entry = _get(s, MarketEntry, entry_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        old: dict[str, Any] = {}
        if "text" in changes:
            old["text"], entry.text = entry.text, changes["text"]
        for key, role in (("owners", "owner"), ("sources", "source")):
            if key in changes:
                people = _clean_people(s, entry.workshop_id, changes[key])
                if role == "source" and people and entry.side == "supply":
                    raise InputError(QCoreApplication.translate("Models", "Bij aanbod hoort geen 'van wie': dat staat op het vraagblad."))
                old[key] = _people_of(s, entry_id, role)
                _set_people(s, entry_id, role, people)
    store.emit(Topic.MARKET, entry.workshop_id, Kind.UPDATE, (entry_id,), what=MarketPart.ENTRY)
    return old


def remove_entry(store: Store, entry_id: int) -> Snapshot:
    """Delete a line with its people and links; :func:`restore` undoes it."""
    with store.write() as s:
        entry = _get(s, MarketEntry, entry_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        snap = Snapshot(entry.workshop_id)
        snap.keep(entry, *s.scalars(select(MarketEntryPerson)
                                    .where(MarketEntryPerson.entry_id == entry_id)))
        _drop_links(s, snap, [entry_id])
        rest = _sheet_ids(s, entry.subgroup_id, entry.side, without=entry_id)
        snap.fields.extend(("MarketEntry", i, {"position": pos})
                           for i, pos in s.execute(select(MarketEntry.id, MarketEntry.position)
                                                   .where(MarketEntry.id.in_(rest))))
        s.delete(entry)
        s.flush()
        _renumber(s, rest)
    store.emit(Topic.MARKET, snap.workshop_id, Kind.DELETE, (entry_id,), what=MarketPart.ENTRY)
    return snap


@dataclass
class MoveUndo:
    """Where an entry was, and the links a move to the other sheet dissolved."""

    entry_id: int
    subgroup_id: int
    side: str
    index: int
    fits_development_id: int | None
    dropped: Snapshot


def move_entry(store: Store, entry_id: int, subgroup_id: int, side: str, index: int) -> MoveUndo:
    """Move a line to ``index`` on a sheet (same sheet: reorder).

    Moving supply to demand (or back) changes what the line is, so its pool,
    matches, dismissed suggestions and development mark are let go; undo
    restores them.
    """
    _check_side(side)
    with store.write() as s:
        entry = _get(s, MarketEntry, entry_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        group = _get(s, MarketSubgroup, subgroup_id, QCoreApplication.translate("Models", "Deze subgroep bestaat niet (meer)."))
        if group.workshop_id != entry.workshop_id:
            raise InputError(QCoreApplication.translate("Models", "Deze subgroep hoort bij een andere bijeenkomst."))
        old_sheet = _sheet_ids(s, entry.subgroup_id, entry.side)
        back = MoveUndo(entry_id, entry.subgroup_id, entry.side, old_sheet.index(entry_id),
                        entry.fits_development_id, Snapshot(entry.workshop_id))
        if side != entry.side:
            _drop_links(s, back.dropped, [entry_id])
            entry.fits_development_id = None
        _renumber(s, [i for i in old_sheet if i != entry_id])
        target = _sheet_ids(s, subgroup_id, side, without=entry_id)
        target.insert(max(0, min(int(index), len(target))), entry_id)
        entry.subgroup_id, entry.side = subgroup_id, side
        s.flush()
        _renumber(s, target)
    store.emit(Topic.MARKET, entry.workshop_id, Kind.UPDATE, (entry_id,), what=MarketPart.ENTRY)
    return back


def undo_move(store: Store, back: MoveUndo) -> None:
    move_entry(store, back.entry_id, back.subgroup_id, back.side, back.index)
    with store.write() as s:
        _restore_in(s, back.dropped)
        entry = s.get(MarketEntry, back.entry_id)
        if entry is not None:
            entry.fits_development_id = back.fits_development_id
    store.emit(Topic.MARKET, back.dropped.workshop_id, Kind.RESET)


def set_fit(store: Store, entry_id: int, development_id: int | None) -> int | None:
    """Mark a supply line as serving a development (None: no longer); returns the old mark."""
    with store.write() as s:
        entry = _get(s, MarketEntry, entry_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        if entry.side != "supply" and development_id is not None:
            raise InputError(QCoreApplication.translate("Models", "Alleen aanbod kan bij een ontwikkeling passen."))
        if development_id is not None:
            dev = _get(s, MarketDevelopment, development_id, QCoreApplication.translate("Models", "Deze ontwikkeling bestaat niet (meer)."))
            if dev.workshop_id != entry.workshop_id:
                raise InputError(QCoreApplication.translate("Models", "Deze ontwikkeling hoort bij een andere bijeenkomst."))
        old, entry.fits_development_id = entry.fits_development_id, development_id
    store.emit(Topic.MARKET, entry.workshop_id, Kind.UPDATE, (entry_id,), what=MarketPart.ENTRY)
    return old
