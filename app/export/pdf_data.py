"""The minutes' data: one workshop read into plain dataclasses, names resolved or anonymised.

:func:`gather` reads everything the minutes show in one session and hands the
layout a :class:`Minutes`; the layout never sees a database row. Board tables are
read directly (not through the boards' operations), so the minutes keep working
while the boards evolve; the rules the boards share (the circle tally, the hand-out
rows, the plus-min rows, the urgency ranking) come from :mod:`app.models`.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.export import MinutesError
from app.export.pdf_names import Namer, fold, printable
from app.models.actions import Action
from app.models.agenda import Round
from app.models.circle import Note, Tally, ring_at
from app.models.circle import tally as tally_of
from app.models.market import (
    MarketDevelopment,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.market_analysis import MarketState, PersonRef, handout_rows, read_market
from app.models.plusmin import Theme, ThemeItem, ThemePair
from app.models.plusmin_read import board_rows, rank_urgency
from app.models.reflection import ReflectionNote
from app.models.store import Store
from app.models.workshop import Participant, Workshop

__all__ = ["AgendaRow", "Entry", "Handout", "Market", "Minutes", "Story", "ThemeTable", "gather"]


# -- the data the layout draws ------------------------------------------------

@dataclass
class Story:
    """A circle post-it: its text, who told it, where it sits (ring None: not placed)."""

    text: str
    author: str
    x: float
    y: float
    ring: str | None
    color: str


@dataclass
class Entry:
    """A line on a marketplace sheet, with its people (already named or anonymised).

    people: who offers (supply) or asks (demand); sources: for a demand, the
    colleagues the asker would like to learn from. ``*keys`` identify them.
    """

    id: int
    side: str
    text: str
    people: list[str]
    keys: list[tuple[str, object]]
    development_id: int | None
    sources: list[str] = field(default_factory=list)
    source_keys: list[tuple[str, object]] = field(default_factory=list)


@dataclass
class Handout:
    """One participant's slip: what they offer, what they asked, whom to contact."""

    name: str
    offers: list[str]
    asks: list[str]
    contacts: list[str]


@dataclass
class Market:
    sheets: list[tuple[str, list[Entry], list[Entry]]]
    pools: list[list[Entry]]
    matches: list[tuple[Entry, Entry]]
    developments: list[tuple[str, list[Entry]]]
    open_demand: list[Entry]
    handouts: list[Handout]


@dataclass
class ThemeTable:
    """A plus-min theme: rows of (plus, min); a None side is a missing counterpart."""

    title: str
    priority: int | None
    votes: int
    rows: list[tuple[str | None, str | None]]


@dataclass
class AgendaRow:
    """A round as printed: never its private notes."""

    title: str
    board: str | None
    planned_minutes: int
    actual_seconds: int | None
    notes: str


@dataclass
class Minutes:
    title: str
    date: object
    location: str
    facilitator: str
    anonymised: bool
    participants: list[tuple[str, str]]  # (name, role)
    rounds: list[AgendaRow]
    stories: list[Story] = field(default_factory=list)
    market: Market | None = None
    themes: list[ThemeTable] = field(default_factory=list)
    actions: list[tuple[str, str, object]] = field(default_factory=list)  # (what, who, due)
    reflection: list[tuple[str, str, str | None]] = field(default_factory=list)  # (text, who, zone)
    traject: list[str] = field(default_factory=list)  # titles of the traject's sessions, in order
    # The model's rules, read once here: post-its per ring, and the themes from most to
    # least urgent (only those ranked or voted for).
    tally: Tally = field(default_factory=lambda: tally_of([]))
    urgency: list[ThemeTable] = field(default_factory=list)


# -- reading the model --------------------------------------------------------

def _rows(session, stmt) -> list:  # noqa: ANN001 - SQLAlchemy session/statement
    return list(session.scalars(stmt))


def gather(store: Store, workshop_id: int, *, anonymise: bool = False) -> Minutes:
    """Everything the minutes show, read in one session; names resolved or anonymised."""
    try:
        with store.read() as s:
            ws = s.get(Workshop, workshop_id)
            if ws is None or ws.deleted_at is not None:
                raise MinutesError(QCoreApplication.translate("Minutes", "Deze bijeenkomst bestaat niet (meer)."))
            people = _rows(s, select(Participant).where(Participant.workshop_id == workshop_id)
                           .order_by(Participant.position, Participant.id))
            rounds = _rows(s, select(Round).where(Round.workshop_id == workshop_id)
                           .order_by(Round.position, Round.id))
            notes = _rows(s, select(Note).where(Note.workshop_id == workshop_id)
                          .order_by(Note.z, Note.id))
            raw_market = _read_market(s, workshop_id)
            market_state = read_market(s, workshop_id)
            raw_themes = _read_themes(s, workshop_id)
            actions = _rows(s, select(Action).where(Action.workshop_id == workshop_id)
                            .order_by(Action.position, Action.id))
            reflection = _rows(s, select(ReflectionNote).where(ReflectionNote.workshop_id == workshop_id)
                               .order_by(ReflectionNote.z, ReflectionNote.id))
    except SQLAlchemyError as exc:
        raise MinutesError(QCoreApplication.translate("Minutes", "De gegevens konden niet gelezen worden: {error}").format(
            error=exc.__class__.__name__)) from exc

    namer = Namer(people, ws.facilitator or "", anonymise)
    # Register typed colleague names in reading order first, so numbering is stable.
    for person in raw_market["people"]:
        if person.participant_id is None and person.free_name:
            namer.free(person.free_name)
    for action in actions:
        if action.who_participant_id is None and action.who_text:
            namer.free(action.who_text)

    text = namer.text
    minutes = Minutes(
        title=text(ws.title, 300), date=ws.date, location=text(ws.location, 300),
        facilitator="" if anonymise else printable(ws.facilitator, 300), anonymised=anonymise,
        participants=[(namer.participant(p.id), p.role) for p in people],
        rounds=[_scrubbed_round(r, text) for r in rounds],
    )
    minutes.stories = [Story(text(n.text), namer.participant(n.participant_id), n.x, n.y,
                             ring_at(n.x, n.y), n.color) for n in notes]
    minutes.market = _market(raw_market, namer, market_state)
    minutes.tally = tally_of(story.ring for story in minutes.stories)
    minutes.themes = _themes(raw_themes, text)
    tables = {theme.id: table for (theme, _, _), table in zip(raw_themes, minutes.themes, strict=True)}
    minutes.urgency = [tables[u.theme_id] for u in rank_urgency([t for t, _, _ in raw_themes])
                       if u.basis != "none"]
    minutes.actions = [(text(a.what),
                        namer.participant(a.who_participant_id) if a.who_participant_id
                        else namer.free(a.who_text or ""), a.due) for a in actions]
    minutes.reflection = [(text(n.text), namer.participant(n.participant_id), n.zone)
                          for n in reflection]
    return minutes


def _scrubbed_round(r: Round, text) -> AgendaRow:  # noqa: ANN001
    """Only what may be printed: the shared notes, never the private ones."""
    return AgendaRow(text(r.title), r.board, r.planned_minutes or 0, r.actual_seconds,
                     text(r.notes or "", None))


def _read_market(s, workshop_id: int) -> dict:  # noqa: ANN001
    subgroups = _rows(s, select(MarketSubgroup).where(MarketSubgroup.workshop_id == workshop_id)
                      .order_by(MarketSubgroup.position, MarketSubgroup.id))
    entries = _rows(s, select(MarketEntry).where(MarketEntry.workshop_id == workshop_id)
                    .order_by(MarketEntry.position, MarketEntry.id))
    ids = [e.id for e in entries]
    people = _rows(s, select(MarketEntryPerson).where(MarketEntryPerson.entry_id.in_(ids))
                   .order_by(MarketEntryPerson.entry_id, MarketEntryPerson.position,
                             MarketEntryPerson.id)) if ids else []
    members = _rows(s, select(MarketPoolMember).where(MarketPoolMember.entry_id.in_(ids))
                    .order_by(MarketPoolMember.pool_id, MarketPoolMember.entry_id)) if ids else []
    matches = _rows(s, select(MarketMatch).where(MarketMatch.workshop_id == workshop_id)
                    .order_by(MarketMatch.id))
    developments = _rows(s, select(MarketDevelopment)
                         .where(MarketDevelopment.workshop_id == workshop_id)
                         .order_by(MarketDevelopment.position, MarketDevelopment.id))
    return {"subgroups": subgroups, "entries": entries, "people": people, "members": members,
            "matches": matches, "developments": developments}


def _market(raw: dict, namer: Namer, state: MarketState) -> Market | None:
    if not raw["entries"]:
        return None
    on_entry: dict[int, list[MarketEntryPerson]] = {}
    for person in raw["people"]:
        on_entry.setdefault(person.entry_id, []).append(person)
    entries: dict[int, Entry] = {}
    for e in raw["entries"]:
        entry = Entry(e.id, e.side, namer.text(e.text), [], [], e.fits_development_id)
        for person in on_entry.get(e.id, []):
            source = getattr(person, "role", "owner") == "source"
            names = entry.sources if source else entry.people
            keys = entry.source_keys if source else entry.keys
            if person.participant_id is not None:
                names.append(namer.participant(person.participant_id))
                keys.append(("p", person.participant_id))
            elif person.free_name:
                names.append(namer.free(person.free_name))
                keys.append(("f", fold(person.free_name)))
        entries[e.id] = entry
    sheets = []
    for group in raw["subgroups"]:
        mine = [entries[e.id] for e in raw["entries"] if e.subgroup_id == group.id]
        if mine:
            sheets.append((namer.text(group.name),
                           [x for x in mine if x.side == "supply"],
                           [x for x in mine if x.side == "demand"]))
    pool_of = {m.entry_id: m.pool_id for m in raw["members"]}
    pools: dict[int, list[Entry]] = {}
    for entry in entries.values():  # board order within each pool
        if entry.id in pool_of:
            pools.setdefault(pool_of[entry.id], []).append(entry)
    matches = [(entries[m.demand_id], entries[m.supply_id]) for m in raw["matches"]
               if m.demand_id in entries and m.supply_id in entries]
    matched = {d.id for d, _ in matches}
    developments = [(namer.text(d.text), [x for x in entries.values()
                                          if x.side == "supply" and x.development_id == d.id])
                    for d in raw["developments"]]
    grouped = [members for members in pools.values() if len(members) > 1]
    return Market(
        sheets=sheets,
        pools=grouped,
        matches=matches,
        developments=[d for d in developments if d[0] or d[1]],
        open_demand=[x for x in entries.values() if x.side == "demand" and x.id not in matched],
        handouts=_handouts(state, namer),
    )


def _handouts(state: MarketState, namer: Namer) -> list[Handout]:
    """The model's hand-out rows (the CSV's too), named and scrubbed as the minutes print them.

    Only people with something on the market get a slip.
    """
    def name(person: PersonRef) -> str:
        if person.participant_id is not None:
            return namer.participant(person.participant_id)
        return namer.free(person.name)

    slips = []
    for row in handout_rows(state):
        if not row.has_content:
            continue
        contacts = [c.line(who, printable(namer.text(c.what), 80))
                    for c in row.contacts if (who := name(c.person))]
        slips.append(Handout(namer.participant(row.participant_id),
                             [namer.text(t) for t in row.offers],
                             [namer.text(t) for t in row.asks], _unique(contacts)))
    return slips


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _read_themes(s, workshop_id: int) -> list[tuple[Theme, list[ThemeItem], list[ThemePair]]]:  # noqa: ANN001
    themes = _rows(s, select(Theme).where(Theme.workshop_id == workshop_id)
                   .order_by(Theme.position, Theme.id))
    ids = [t.id for t in themes]
    items = _rows(s, select(ThemeItem).where(ThemeItem.theme_id.in_(ids))
                  .order_by(ThemeItem.position, ThemeItem.id)) if ids else []
    pairs = _rows(s, select(ThemePair).where(ThemePair.theme_id.in_(ids))
                  .order_by(ThemePair.id)) if ids else []
    return [(t, [i for i in items if i.theme_id == t.id], [p for p in pairs if p.theme_id == t.id])
            for t in themes]


def _themes(raw: list[tuple[Theme, list[ThemeItem], list[ThemePair]]], text) -> list[ThemeTable]:  # noqa: ANN001
    """Groups of paired points first (in the plus column's order), then the unpaired items.

    One point may be tied to several on the other side: a group's row that has only
    one side says the other side is the one above ("idem").
    """
    same = QCoreApplication.translate("Minutes", "(idem)")
    tables = []
    for theme, items, pairs in raw:
        rows: list[tuple[str | None, str | None]] = []
        loose_plus, loose_min = [], []
        for r in board_rows(items, pairs):
            if not r.paired:  # unpaired points never share a row on paper
                loose_plus += [(text(r.plus.text), None)] if r.plus else []
                loose_min += [(None, text(r.min.text))] if r.min else []
                continue
            rows.append((text(r.plus.text) if r.plus else same, text(r.min.text) if r.min else same))
        rows += loose_plus + loose_min
        tables.append(ThemeTable(text(theme.title), theme.priority, theme.votes or 0, rows))
    return tables
