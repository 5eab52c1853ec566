"""The session minutes as PDF: read from the model, optionally anonymised, written atomically.

Public API (the CLI and the GUI call exactly these):

* :func:`export_minutes` builds the PDF and writes it to ``path``.
* :func:`build_minutes` returns the PDF bytes (handy for tests and previews).
* :func:`gather` reads one workshop into plain :class:`Minutes` data, with
  every name already replaced when anonymising; the layout never sees a row.

Board tables are read directly (not through the boards' operations), so the
minutes keep working while the boards evolve. reportlab is imported only in
:mod:`app.export.pdf_layout`, which is loaded when a PDF is built.
"""
from __future__ import annotations

import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from app.export import MinutesError
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
from app.models.store import Store, output_conflict
from app.models.workshop import Participant, Workshop

__all__ = ["MinutesError", "Minutes", "build_minutes", "export_minutes", "gather"]


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


# -- names and anonymisation --------------------------------------------------

_SPECIAL = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O", "đ": "d",
                          "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "æ": "ae",
                          "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ħ": "h", "ŧ": "t", "ŀ": "l"})
# Name parts that are ordinary words: never replaced on their own.
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "von", "vd", "la",
                        "le", "du", "da", "dos", "des", "del", "di", "el", "al", "bin", "ibn",
                        "op", "in", "en", "t", "s", "d", "mc", "mac", "st"})


@lru_cache(maxsize=8192)
def fold_char(ch: str) -> str:
    """Case- and accent-free form of one character ('Ş' -> 's', 'ł' -> 'l', 'ß' -> 'ss')."""
    decomposed = unicodedata.normalize("NFKD", ch.translate(_SPECIAL))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Compare names the way a reader would: ignoring case, accents and spacing."""
    return " ".join("".join(fold_char(c) for c in unicodedata.normalize("NFC", text)).split())


# Characters of one item in a table cell. Rows split across pages, so a post-it of
# a few thousand characters appears whole; only a pasted essay is clipped.
CELL_LIMIT = 10_000
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def printable(value: str | None, limit: int | None = None) -> str:
    """Text without control characters, clipped with an ellipsis at ``limit``."""
    value = _CONTROL.sub("", value or "")
    if limit is not None and len(value) > limit:
        value = value[:limit - 1].rstrip() + "…"
    return value


class Namer:
    """Gives every person the name the minutes show, and scrubs names from free text.

    Without anonymising, names pass through unchanged. With it, participants
    become "Deelnemer 1..N" (in participant order), other colleagues
    "Collega 1..M" (in order of first appearance), the facilitator disappears,
    and every mention of any of them inside a free text (full name or one part
    of it, any case or accents) is replaced by the same label.
    """

    def __init__(self, participants: list[Participant], facilitator: str, anonymise: bool) -> None:
        self.anonymise = anonymise
        self.labels = {p.id: (QCoreApplication.translate("Minutes", "Deelnemer {n}").format(n=i) if anonymise else p.name)
                       for i, p in enumerate(participants, start=1)}
        self._by_name = {fold(p.name): self.labels[p.id] for p in participants if fold(p.name)}
        self._colleagues: dict[str, str] = {}
        self._facilitator = fold(facilitator)
        self._pattern: re.Pattern[str] | None = None
        self._replacement: dict[str, str] = {}
        self._participants = participants

    def participant(self, participant_id: int | None) -> str:
        label = self.labels.get(participant_id, "") if participant_id is not None else ""
        return printable(label, 300)

    def free(self, name: str) -> str:
        """A typed name: the participant it matches, else a colleague label."""
        key = fold(name)
        if not key:
            return ""
        if key in self._by_name:
            return self._by_name[key]
        if not self.anonymise:
            return printable(name.strip(), 300)
        if key not in self._colleagues:
            self._colleagues[key] = QCoreApplication.translate("Minutes", "Collega {n}").format(n=len(self._colleagues) + 1)
            self._pattern = None
        return self._colleagues[key]

    def _compile(self) -> None:
        """One alternation of every name and name part, longest first."""
        wanted: dict[str, set[str]] = {}
        full: dict[str, str] = {}
        people = [(fold(p.name), self.labels[p.id]) for p in self._participants]
        people += list(self._colleagues.items())
        if self._facilitator:
            people.append((self._facilitator, QCoreApplication.translate("Minutes", "de gespreksleider")))
        for name, label in people:
            if not name:
                continue
            full.setdefault(name, label)
            for part in re.split(r"[\s\-]+", name):
                part = part.strip(".'’")
                if len(part) >= 2 and part not in _PARTICLES:
                    wanted.setdefault(part, set()).add(label)
        self._replacement = {part: (labels.pop() if len(labels) == 1 else QCoreApplication.translate("Minutes", "[naam]"))
                             for part, labels in wanted.items()}
        self._replacement.update(full)  # a full name always wins over its parts
        alternatives = sorted(self._replacement, key=len, reverse=True)
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alternatives)
        self._pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)") if body else re.compile(r"(?!x)x")

    def text(self, value: str, limit: int | None = CELL_LIMIT) -> str:
        """``value`` printable, every known name replaced when anonymising, clipped to ``limit``.

        Names are replaced before clipping, so a clip never leaves half a real
        name behind that the replacement would no longer recognise.
        """
        if not self.anonymise or not value:
            return printable(value, limit)
        value = printable(value)
        if self._pattern is None:
            self._compile()
        assert self._pattern is not None
        value = unicodedata.normalize("NFC", value)
        folded, origin = [], []
        for index, ch in enumerate(value):
            for c in fold_char(ch):
                folded.append(c)
                origin.append(index)
        flat = "".join(folded)
        pieces, last = [], 0
        for match in self._pattern.finditer(flat):
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            key = " ".join(match.group(0).split())
            pieces += [value[last:start], self._replacement.get(key, QCoreApplication.translate("Minutes", "[naam]"))]
            last = end
        pieces.append(value[last:])
        return printable("".join(pieces), limit)


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


# -- building and writing -----------------------------------------------------

def build_minutes(store: Store, workshop_id: int, *, anonymise: bool = False) -> bytes:
    """The minutes of one workshop as PDF bytes."""
    minutes = gather(store, workshop_id, anonymise=anonymise)
    from app.export.pdf_layout import render  # reportlab loads here, not at start-up

    try:
        return render(minutes)
    except MinutesError:
        raise
    except Exception as exc:  # reportlab layout failures must not crash the app
        raise MinutesError(QCoreApplication.translate("Minutes", "De notulen konden niet worden opgemaakt ({error}).").format(
            error=f"{exc.__class__.__name__}: {exc}")) from exc


def export_minutes(store: Store, workshop_id: int, path: Path | str, *,
                   anonymise: bool = False) -> Path:
    """Build the minutes and write them to ``path`` atomically; returns the path.

    Raises :class:`MinutesError` with a message for the user; on failure no
    partial or temporary file is left behind.
    """
    target = Path(path).expanduser()
    conflict = output_conflict(store.path, target)
    if conflict is not None:
        raise MinutesError(conflict)
    if target.is_dir():
        raise MinutesError(QCoreApplication.translate("Minutes", "{path} is een map: kies een bestandsnaam voor de notulen.")
                           .format(path=target))
    folder = target.parent
    if not folder.is_dir():
        raise MinutesError(QCoreApplication.translate("Minutes", "De map {folder} bestaat niet. Kies een andere map.")
                           .format(folder=folder))
    data = build_minutes(store, workshop_id, anonymise=anonymise)
    write_atomically(target, data)
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Temp file in the target folder, flushed to disk, then renamed over ``target``."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise MinutesError(_write_message(exc, target)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _write_message(exc: OSError, target: Path) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QCoreApplication.translate("Minutes", "De schijf is vol: de notulen zijn niet opgeslagen. Maak ruimte vrij of kies "
                  "een andere plek.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate("Minutes", "Geen schrijfrechten in de map {folder}: de notulen zijn niet opgeslagen. "
                  "Kies een andere map.").format(folder=target.parent)
    if code == errno.ENAMETOOLONG:
        return QCoreApplication.translate("Minutes", "De bestandsnaam is te lang: kies een kortere naam.")
    return QCoreApplication.translate("Minutes", "De notulen konden niet worden opgeslagen in {path}: {reason}.").format(
        path=target, reason=exc.strerror or exc.__class__.__name__)
