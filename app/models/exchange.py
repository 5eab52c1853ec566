"""The workshop exchange file (../shared/FORMAT.md, version 1): export and import.

One JSON document holds a whole workshop, so a facilitator can move a session
to another laptop, keep a backup or share a prepared agenda. The export (rows to
a document, ids numbered per kind in document order) is
:mod:`app.models.exchange_export`; this module holds the import and the files,
and is what callers import. Import first checks the whole document
(:mod:`app.models.exchange_schema`) and only then inserts everything in one
transaction: a refused file leaves the store exactly as it was. App-specific facts that FORMAT.md does not name
(template, rules, note z-order, theme votes...) travel in ``"extra"`` objects.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.actions import Action
from app.models.agenda import BOARDS, Round
from app.models.circle import Note, check_position, ring_at
from app.models.events import Kind, Topic
from app.models.exchange_export import export_workshop as export_workshop
from app.models.exchange_schema import (
    FILE_SUFFIX,
    MAX_FILE_BYTES,
    DocumentIn,
    ExchangeError,
    decode,
    validate,
)
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
from app.models.reflection import ReflectionNote, zone_at
from app.models.reflection import check_position as reflection_position
from app.models.store import Store, output_conflict
from app.models.text import InputError, local_number
from app.models.workshop import TEMPLATES, Participant, Workshop

__all__ = ["ExchangeError", "FILE_SUFFIX", "export_workshop", "import_workshop", "dumps",
           "check_document", "import_document",
           "export_to_file", "import_file", "atomic_write", "read_file"]

INT_RANGE = (-(2**31), 2**31 - 1)


# -- import -------------------------------------------------------------------------

def import_workshop(store: Store, data: bytes | str | dict[str, Any]) -> int:
    """Check a whole document, then add it as a new workshop in one transaction.

    Raises :class:`ExchangeError` (message names the JSON path) before anything
    is written; returns the new workshop's id.
    """
    return import_document(store, check_document(data))


def check_document(data: bytes | str | dict[str, Any]) -> DocumentIn:
    """Decode and validate without touching the store (raises :class:`ExchangeError`)."""
    return validate(data if isinstance(data, dict) else decode(data))


def import_document(store: Store, doc: DocumentIn) -> int:
    """Insert a document that :func:`check_document` accepted, in one transaction."""
    with store.write() as s:
        new_id = _insert(s, doc)
    store.emit(Topic.WORKSHOP, new_id, Kind.INSERT, (new_id,))
    return new_id


def _extra(obj: Any) -> dict[str, Any]:
    return obj.extra or {}


def _int(value: Any, default: int, lo: int = INT_RANGE[0], hi: int = INT_RANGE[1]) -> int:
    return value if type(value) is int and lo <= value <= hi else default


def _template_of(doc: DocumentIn) -> str:
    """The workshop's kind: as the file says, else what its agenda and boards hold.

    A file from another tool carries no template; "Lege bijeenkomst" in the overview
    would then hide a marketplace full of entries.
    """
    named = _extra(doc.workshop).get("template")
    if named in TEMPLATES:
        return str(named)
    boards = [r.board for r in doc.agenda if r.board in TEMPLATES]
    if boards:
        return max(dict.fromkeys(boards), key=boards.count)  # the most used, first on ties
    content = (("circle", len(doc.circle.notes)), ("market", len(doc.market.entries)),
               ("plusmin", sum(1 + len(t.items) for t in doc.plusmin.themes)))
    kind, amount = max(content, key=lambda pair: pair[1])
    return kind if amount else "blank"


def _insert(s: Session, doc: DocumentIn) -> int:
    facts, extra = doc.workshop, _extra(doc.workshop)
    rules = extra.get("rules")
    ws = Workshop(
        title=facts.title or "Geïmporteerde bijeenkomst", date=dt.date.fromisoformat(facts.date),
        location=facts.location, facilitator=facts.facilitator, language=facts.language,
        template=_template_of(doc),
        created_at=time.time(),
        rules=[r for r in rules if isinstance(r, str)] if isinstance(rules, list) else None,
        show_rules=extra.get("show_rules") is True,
        current_board=extra.get("current_board") if extra.get("current_board") in BOARDS else None,
        extra=extra["data"] if isinstance(extra.get("data"), dict) else {})
    s.add(ws)
    s.flush()
    wid = ws.id
    people = _add(s, [Participant(workshop_id=wid, name=p.name, role=p.role, subgroup=p.subgroup,
                                  position=i) for i, p in enumerate(doc.participants)],
                  doc.participants)
    rounds = _add(s, [Round(workshop_id=wid, position=i, title=r.title,
                            planned_minutes=r.planned_minutes, actual_seconds=r.actual_seconds,
                            board=r.board, prompts=[p for p in r.prompts if p], notes=r.notes,
                            private_notes=r.private_notes) for i, r in enumerate(doc.agenda)],
                  doc.agenda)
    current = extra.get("current_round")
    ws.current_round_id = rounds.get(current) if isinstance(current, str) else None
    _add(s, [_note(wid, n, people) for n in doc.circle.notes], doc.circle.notes)
    _insert_market(s, wid, doc, people)
    _insert_plusmin(s, wid, doc)
    _insert_actions(s, wid, doc, people)
    _add(s, [_reflection_note(wid, n, people, z) for z, n in enumerate(doc.reflection.notes, 1)],
         doc.reflection.notes)
    return wid


def _reflection_note(wid: int, n: Any, people: dict[str, int], z: int) -> ReflectionNote:
    """The position decides the zone, as on the board."""
    x, y = reflection_position(n.x, n.y)
    return ReflectionNote(workshop_id=wid, text=n.text, participant_id=people.get(n.participant or ""),
                          x=x, y=y, zone=zone_at(x, y), z=z)


def _note(wid: int, n: Any, people: dict[str, int]) -> Note:
    """Kept on the board like a dragged note; the position decides the ring."""
    x, y = check_position(n.x, n.y)
    return Note(workshop_id=wid, text=n.text, participant_id=people.get(n.participant or ""),
                x=x, y=y, ring=ring_at(x, y), color=n.color, z=_int(_extra(n).get("z"), 0))


def _add(s: Session, rows: list[Any], sources: list[Any]) -> dict[str, int]:
    """Insert ``rows`` in one flush; map each source's file id to the new row id."""
    s.add_all(rows)
    s.flush()
    return {src.id: row.id for src, row in zip(sources, rows, strict=True)}


def _ranks(keys: list[Any]) -> list[int]:
    """Position of each element among the earlier ones with the same key."""
    seen: dict[Any, int] = {}
    out = []
    for key in keys:
        out.append(seen.get(key, 0))
        seen[key] = out[-1] + 1
    return out


def _insert_market(s: Session, wid: int, doc: DocumentIn, people: dict[str, int]) -> None:
    m = doc.market
    groups = _add(s, [MarketSubgroup(workshop_id=wid, name=g.name, position=i)
                      for i, g in enumerate(m.subgroups)], m.subgroups)
    devs = _add(s, [MarketDevelopment(workshop_id=wid, text=d.text, position=i)
                    for i, d in enumerate(m.developments)], m.developments)
    positions = _ranks([(e.subgroup, e.side) for e in m.entries])
    entries = _add(s, [MarketEntry(workshop_id=wid, subgroup_id=groups[e.subgroup], side=e.side,
                                   text=e.text, position=pos,
                                   fits_development_id=devs.get(e.fits_development or ""))
                       for e, pos in zip(m.entries, positions, strict=True)], m.entries)
    for e in m.entries:
        s.add_all(_entry_people(entries[e.id], e, people))
    pools = _add(s, [MarketPool(workshop_id=wid) for _ in m.pools], m.pools)
    for pool in m.pools:
        s.add_all([MarketPoolMember(pool_id=pools[pool.id], entry_id=entries[ident])
                   for ident in pool.entries])
    s.add_all([MarketMatch(workshop_id=wid, demand_id=entries[x.demand],
                           supply_id=entries[x.supply]) for x in m.matches])
    _insert_dismissals(s, wid, _extra(m).get("dismissed"), entries)
    s.flush()


def _entry_people(entry_id: int, e: Any, people: dict[str, int]) -> list[MarketEntryPerson]:
    """Owners (participants, then free names), then sources; bad "extra" parts skipped."""
    specs: list[tuple[int | None, str | None, str]] = [(people[p], None, "owner") for p in e.people]
    free = _extra(e).get("free_people")
    specs += [(None, _name(n), "owner") for n in (free if isinstance(free, list) else []) if _name(n)]
    sources = _extra(e).get("sources") if hasattr(MarketEntryPerson, "role") else None
    for src in sources if isinstance(sources, list) else []:
        if isinstance(src, str) and src in people:
            specs.append((people[src], None, "source"))
        elif isinstance(src, dict) and _name(src.get("name")):
            specs.append((None, _name(src.get("name")), "source"))
    rows = []
    for i, (pid, name, role) in enumerate(specs):
        row = MarketEntryPerson(entry_id=entry_id, participant_id=pid, free_name=name, position=i)
        if role != "owner":
            row.role = role  # type: ignore[attr-defined]
        rows.append(row)
    return rows


def _name(value: Any) -> str | None:
    return " ".join(value.split())[:200] or None if isinstance(value, str) else None


def _insert_dismissals(s: Session, wid: int, dismissed: Any, entries: dict[str, int]) -> None:
    """The app's own memory of turned-down suggestions; malformed ones are skipped."""
    if not isinstance(dismissed, list):
        return
    seen = set()
    for d in dismissed:
        if not isinstance(d, dict) or d.get("kind") not in ("pool", "match"):
            continue
        a, b = (entries.get(v) if isinstance(v, str) else None for v in (d.get("a"), d.get("b")))
        if a is None or b is None or (d["kind"], a, b) in seen:
            continue
        seen.add((d["kind"], a, b))
        s.add(MarketDismissal(workshop_id=wid, kind=d["kind"], a_id=a, b_id=b))


def _insert_plusmin(s: Session, wid: int, doc: DocumentIn) -> None:
    themes = doc.plusmin.themes
    theme_ids = _add(s, [Theme(workshop_id=wid, title=t.title, position=i, priority=t.priority,
                               votes=_int(_extra(t).get("votes"), 0, 0),
                               attention_revealed=_extra(t).get("attention_revealed") is True)
                         for i, t in enumerate(themes)], themes)
    for t in themes:
        tid = theme_ids[t.id]
        positions = _ranks([i.sign for i in t.items])
        items = _add(s, [ThemeItem(theme_id=tid, sign=i.sign, text=i.text, position=pos)
                         for i, pos in zip(t.items, positions, strict=True)], t.items)
        s.add_all([ThemePair(theme_id=tid, plus_id=items[p.plus], min_id=items[p.min])
                   for p in t.pairs])
    s.flush()


def _insert_actions(s: Session, wid: int, doc: DocumentIn, people: dict[str, int]) -> None:
    rows = []
    for i, a in enumerate(doc.actions):
        who_id = people.get(a.who or "")
        text = _extra(a).get("who_text")
        who_text = text if isinstance(text, str) else ("" if who_id is not None else a.who or "")
        rows.append(Action(workshop_id=wid, what=a.what, who_participant_id=who_id,
                           who_text=" ".join(who_text.split())[:300],
                           due=dt.date.fromisoformat(a.due) if a.due else None, position=i))
    s.add_all(rows)
    s.flush()


# -- files --------------------------------------------------------------------------

def dumps(doc: dict[str, Any]) -> str:
    """The file's text: UTF-8 without escapes, indented, keys in FORMAT order."""
    return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a crash never leaves half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_to_file(store: Store, workshop_id: int, path: Path) -> Path:
    """Export a workshop to ``path`` (atomically); problems become :class:`InputError`.

    Never over the store itself or one of its backups.
    """
    conflict = output_conflict(store.path, path)
    if conflict is not None:
        raise InputError(conflict)
    data = dumps(export_workshop(store, workshop_id)).encode("utf-8")
    try:
        atomic_write(Path(path), data)
    except OSError as exc:
        raise InputError(QCoreApplication.translate("Models", "{path} kan niet geschreven worden: {strerror}.").format(path=path, strerror=exc.strerror or exc)) from None
    return Path(path)


def read_file(path: Path) -> bytes:
    """The bytes of an exchange file; a too large or unreadable file is refused."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(QCoreApplication.translate("Models", "{path} is een map, geen bestand.").format(path=path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ExchangeError("$", QCoreApplication.translate("Models", "het bestand is te groot ({size} MB; maximaal "
                                     "{limit} MB)").format(size=local_number(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20))
        return path.read_bytes()
    except OSError as exc:
        raise InputError(QCoreApplication.translate("Models", "{path} kan niet gelezen worden: {strerror}.").format(path=path, strerror=exc.strerror or exc)) from None


def import_file(store: Store, path: Path) -> int:
    """Read and import an exchange file; returns the new workshop's id."""
    return import_workshop(store, read_file(path))
