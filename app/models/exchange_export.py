"""Export of a workshop to the exchange file's document (../shared/FORMAT.md, version 1).

Reads the ORM rows directly and numbers the ids per kind in document order ("p1",
"r1", "n1"...), so exporting the same content twice gives the same text.
App-specific facts that FORMAT.md does not name (template, rules, note z-order,
theme votes...) travel in ``"extra"`` objects. :mod:`app.models.exchange` holds the
import and the files and re-exports :func:`export_workshop`.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.actions import Action
from app.models.agenda import Round
from app.models.circle import Note, ring_at
from app.models.exchange_document import FORMAT_NAME, FORMAT_VERSION
from app.models.market import (
    SIDES,
    MarketDevelopment,
    MarketDismissal,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.plusmin import SIGNS, Theme, ThemeItem, ThemePair
from app.models.reflection import ReflectionNote
from app.models.store import Store
from app.models.text import InputError
from app.models.workshop import Participant, Workshop


class _Numbering:
    """Export ids: one counter per prefix, in document order."""

    def __init__(self) -> None:
        self.ids: dict[tuple[str, int], str] = {}
        self.count: dict[str, int] = {}

    def give(self, prefix: str, row_id: int) -> str:
        n = self.count[prefix] = self.count.get(prefix, 0) + 1
        self.ids[prefix, row_id] = f"{prefix}{n}"
        return f"{prefix}{n}"

    def get(self, prefix: str, row_id: int | None) -> str | None:
        return None if row_id is None else self.ids.get((prefix, row_id))


def export_workshop(store: Store, workshop_id: int) -> dict[str, Any]:
    """The whole workshop as a FORMAT.md document (plain dicts, keys in FORMAT order)."""
    with store.read() as s:
        ws = s.get(Workshop, workshop_id)
        if ws is None or ws.deleted_at is not None:
            raise InputError(QCoreApplication.translate("Models", "Bijeenkomst {workshop_id} bestaat niet (meer).").format(workshop_id=workshop_id))
        ids = _Numbering()
        participants = _export_participants(s, ws.id, ids)
        agenda = _export_agenda(s, ws.id, ids)
        circle = _export_circle(s, ws.id, ids)
        market = _export_market(s, ws.id, ids)
        plusmin = _export_plusmin(s, ws.id, ids)
        actions = _export_actions(s, ws.id, ids)
        reflection = _export_reflection(s, ws.id, ids)
        doc = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "workshop": {"title": ws.title, "date": ws.date.isoformat(), "location": ws.location,
                         "facilitator": ws.facilitator, "language": ws.language,
                         "extra": _workshop_extra(ws, ids)},
            "participants": participants, "agenda": agenda, "circle": circle, "market": market,
            "plusmin": plusmin, "actions": actions,
        }
        if reflection["notes"]:  # the optional addition: only when the board was used
            doc["reflection"] = reflection
        return doc


def _export_reflection(s: Session, wid: int, ids: _Numbering) -> dict[str, Any]:
    rows = _rows(s, ReflectionNote, ReflectionNote.workshop_id == wid, order=(ReflectionNote.z,))
    return {"notes": [{"id": ids.give("q", n.id), "text": n.text,
                       "participant": ids.get("p", n.participant_id), "x": n.x, "y": n.y,
                       "zone": n.zone} for n in rows]}


def _rows(s: Session, cls: Any, *where: Any, order: tuple[Any, ...] = ()) -> list[Any]:
    return list(s.scalars(select(cls).where(*where).order_by(*order, cls.id)))


def _workshop_extra(ws: Workshop, ids: _Numbering) -> dict[str, Any]:
    extra: dict[str, Any] = {"template": ws.template}
    if ws.rules is not None:
        extra["rules"] = list(ws.rules)
    if ws.show_rules:
        extra["show_rules"] = True
    if ws.current_board is not None:
        extra["current_board"] = ws.current_board
    current = ids.get("r", ws.current_round_id)
    if current is not None:
        extra["current_round"] = current
    if ws.extra:
        extra["data"] = ws.extra
    return extra


def _export_participants(s: Session, wid: int, ids: _Numbering) -> list[dict[str, Any]]:
    return [{"id": ids.give("p", p.id), "name": p.name, "role": p.role, "subgroup": p.subgroup}
            for p in _rows(s, Participant, Participant.workshop_id == wid,
                           order=(Participant.position,))]


def _export_agenda(s: Session, wid: int, ids: _Numbering) -> list[dict[str, Any]]:
    return [{"id": ids.give("r", r.id), "title": r.title, "planned_minutes": r.planned_minutes,
             "actual_seconds": r.actual_seconds, "board": r.board, "prompts": list(r.prompts or []),
             "notes": r.notes, "private_notes": r.private_notes}
            for r in _rows(s, Round, Round.workshop_id == wid, order=(Round.position,))]


def _export_circle(s: Session, wid: int, ids: _Numbering) -> dict[str, Any]:
    notes = []
    for n in _rows(s, Note, Note.workshop_id == wid):
        note = {"id": ids.give("n", n.id), "text": n.text,
                "participant": ids.get("p", n.participant_id), "x": n.x, "y": n.y,
                "ring": ring_at(n.x, n.y), "color": n.color}
        if n.z:
            note["extra"] = {"z": n.z}
        notes.append(note)
    return {"notes": notes}


def _export_market(s: Session, wid: int, ids: _Numbering) -> dict[str, Any]:
    groups = _rows(s, MarketSubgroup, MarketSubgroup.workshop_id == wid,
                   order=(MarketSubgroup.position,))
    group_rank = {g.id: i for i, g in enumerate(groups)}
    subgroups = [{"id": ids.give("g", g.id), "name": g.name} for g in groups]
    developments = [{"id": ids.give("d", d.id), "text": d.text} for d in _rows(
        s, MarketDevelopment, MarketDevelopment.workshop_id == wid,
        order=(MarketDevelopment.position,))]
    rows = sorted(_rows(s, MarketEntry, MarketEntry.workshop_id == wid),
                  key=lambda e: (group_rank.get(e.subgroup_id, len(groups)),
                                 _rank(SIDES, e.side), e.position, e.id))
    people: dict[int, list[MarketEntryPerson]] = {}
    for person in _rows(s, MarketEntryPerson, MarketEntryPerson.entry_id.in_([e.id for e in rows]),
                        order=(MarketEntryPerson.position,)):
        people.setdefault(person.entry_id, []).append(person)
    entries = [_export_entry(e, people.get(e.id, []), ids) for e in rows]
    entry_rank = {e.id: i for i, e in enumerate(rows)}
    pools = []
    for pool in _rows(s, MarketPool, MarketPool.workshop_id == wid):
        members = s.scalars(select(MarketPoolMember.entry_id)
                            .where(MarketPoolMember.pool_id == pool.id)).all()
        pools.append({"id": ids.give("pool", pool.id),
                      "entries": [ids.get("m", m) for m in sorted(members, key=entry_rank.get)]})
    matches = [{"demand": ids.get("m", m.demand_id), "supply": ids.get("m", m.supply_id)}
               for m in _rows(s, MarketMatch, MarketMatch.workshop_id == wid)]
    market: dict[str, Any] = {"subgroups": subgroups, "developments": developments,
                              "entries": entries, "pools": pools, "matches": matches}
    dismissed = [{"kind": d.kind, "a": ids.get("m", d.a_id), "b": ids.get("m", d.b_id)}
                 for d in _rows(s, MarketDismissal, MarketDismissal.workshop_id == wid)]
    if dismissed:
        market["extra"] = {"dismissed": dismissed}
    return market


def _rank(order: tuple[str, ...], value: str) -> int:
    return order.index(value) if value in order else len(order)


def _export_entry(e: MarketEntry, people: list[MarketEntryPerson], ids: _Numbering) -> dict[str, Any]:
    """FORMAT's ``people`` are participant ids; free names and sources go under "extra"."""
    owners = [p for p in people if getattr(p, "role", "owner") == "owner"]
    sources = [p for p in people if getattr(p, "role", "owner") != "owner"]
    entry: dict[str, Any] = {
        "id": ids.give("m", e.id), "subgroup": ids.get("g", e.subgroup_id), "side": e.side,
        "text": e.text,
        "people": [ids.get("p", p.participant_id) for p in owners if p.participant_id is not None],
        "fits_development": ids.get("d", e.fits_development_id)}
    extra = {"free_people": [p.free_name for p in owners if p.participant_id is None and p.free_name],
             "sources": [ids.get("p", p.participant_id) if p.participant_id is not None
                         else {"name": p.free_name} for p in sources]}
    extra = {key: value for key, value in extra.items() if value}
    if extra:
        entry["extra"] = extra
    return entry


def _export_plusmin(s: Session, wid: int, ids: _Numbering) -> dict[str, Any]:
    themes = []
    for t in _rows(s, Theme, Theme.workshop_id == wid, order=(Theme.position,)):
        tid = ids.give("t", t.id)
        rows = sorted(_rows(s, ThemeItem, ThemeItem.theme_id == t.id),
                      key=lambda i: (_rank(SIGNS, i.sign), i.position, i.id))
        items = [{"id": ids.give("i", i.id), "sign": i.sign, "text": i.text} for i in rows]
        pairs = [{"plus": ids.get("i", p.plus_id), "min": ids.get("i", p.min_id)}
                 for p in _rows(s, ThemePair, ThemePair.theme_id == t.id)]
        theme: dict[str, Any] = {"id": tid, "title": t.title, "priority": t.priority,
                                 "items": items, "pairs": pairs}
        extra = {key: value for key, value in (("votes", t.votes),
                                               ("attention_revealed", t.attention_revealed)) if value}
        if extra:
            theme["extra"] = extra
        themes.append(theme)
    return {"themes": themes}


def _export_actions(s: Session, wid: int, ids: _Numbering) -> list[dict[str, Any]]:
    rows = _rows(s, Action, Action.workshop_id == wid, order=(Action.position,))
    numbers = [ids.give("a", a.id) for a in rows]
    taken = set(ids.ids.values())
    out = []
    for a, number in zip(rows, numbers, strict=True):
        who = ids.get("p", a.who_participant_id)
        action: dict[str, Any] = {"id": number, "what": a.what, "who": who,
                                  "due": a.due.isoformat() if a.due else None}
        if who is None and a.who_text not in taken:
            action["who"] = a.who_text  # free text ("" when nobody was named)
        elif a.who_text:
            action["extra"] = {"who_text": a.who_text}  # "who" cannot say it without ambiguity
        out.append(action)
    return out
