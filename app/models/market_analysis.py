"""The marketplace read model: the sheets as the room sees them, and what the plenary finds.

:func:`load_market` reads everything of one workshop's marketplace in one short
session; the analysis (pools, knots, fits, open demand) and the hand-out are
pure functions of that state, so the board, the PDF and the tests agree.
"""
from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.market import (
    MarketDevelopment,
    MarketDismissal,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPoolMember,
    MarketSubgroup,
    PersonSpec,
)
from app.models.store import Store
from app.models.workshop import InputError, Participant, clean_line


@dataclass(frozen=True)
class PersonRef:
    """Someone on an entry: a participant (id set) or a free-text colleague."""

    participant_id: int | None
    name: str

    @property
    def spec(self) -> PersonSpec:
        return self.participant_id if self.participant_id is not None else self.name


@dataclass(frozen=True)
class EntryView:
    """One line of a sheet with its people resolved to names."""

    id: int
    subgroup_id: int
    side: str
    text: str
    position: int
    fits_development_id: int | None
    owners: tuple[PersonRef, ...] = ()
    sources: tuple[PersonRef, ...] = ()


@dataclass(frozen=True)
class Knot:
    """A match: ``demand`` asks what ``supply`` offers."""

    match_id: int
    demand: EntryView
    supply: EntryView


@dataclass
class MarketState:
    """Everything on one workshop's marketplace, detached from the database."""

    workshop_id: int
    subgroups: list[MarketSubgroup] = field(default_factory=list)
    developments: list[MarketDevelopment] = field(default_factory=list)
    entries: dict[int, EntryView] = field(default_factory=dict)  # in board order
    pool_of: dict[int, int] = field(default_factory=dict)  # entry id -> pool id
    matches: list[tuple[int, int, int]] = field(default_factory=list)  # (id, demand, supply)
    dismissed: dict[tuple[str, int, int], int] = field(default_factory=dict)  # key -> id
    participants: list[Participant] = field(default_factory=list)

    def sheet(self, subgroup_id: int, side: str) -> list[EntryView]:
        return [e for e in self.entries.values() if e.subgroup_id == subgroup_id and e.side == side]

    def side(self, side: str) -> list[EntryView]:
        return [e for e in self.entries.values() if e.side == side]

    def subgroup_name(self, subgroup_id: int) -> str:
        return next((g.name for g in self.subgroups if g.id == subgroup_id), "")

    def pools(self) -> list[list[EntryView]]:
        """Pooled supply: groups of two or more supply lines, in board order."""
        groups: dict[int, list[EntryView]] = {}
        for entry in self.entries.values():
            pool_id = self.pool_of.get(entry.id)
            if pool_id is not None:
                groups.setdefault(pool_id, []).append(entry)
        return [g for g in groups.values() if len(g) >= 2]

    def knots(self) -> list[Knot]:
        """Matches in the order they were tied."""
        return [Knot(mid, self.entries[d], self.entries[s]) for mid, d, s in self.matches
                if d in self.entries and s in self.entries]

    def open_demand(self) -> list[EntryView]:
        """Demand no supply answers yet: for "how could we develop this?"."""
        matched = {d for _, d, _ in self.matches}
        return [e for e in self.side("demand") if e.id not in matched]

    def fits(self) -> list[tuple[MarketDevelopment, list[EntryView]]]:
        """Each development of the school with the supply that serves it."""
        return [(dev, [e for e in self.side("supply") if e.fits_development_id == dev.id])
                for dev in self.developments]


def load_market(store: Store, workshop_id: int) -> MarketState:
    """One workshop's marketplace, read in one short session."""
    with store.read() as s:
        return read_market(s, workshop_id)


def read_market(s: Session, workshop_id: int) -> MarketState:
    """The marketplace read inside an open session (the minutes read everything in one)."""
    state = MarketState(workshop_id)
    state.participants = list(s.scalars(select(Participant).where(
        Participant.workshop_id == workshop_id).order_by(Participant.position, Participant.id)))
    names = {p.id: p.name for p in state.participants}
    state.subgroups = list(s.scalars(select(MarketSubgroup).where(
        MarketSubgroup.workshop_id == workshop_id).order_by(MarketSubgroup.position,
                                                            MarketSubgroup.id)))
    state.developments = list(s.scalars(select(MarketDevelopment).where(
        MarketDevelopment.workshop_id == workshop_id).order_by(MarketDevelopment.position,
                                                               MarketDevelopment.id)))
    # plain rows, not ORM objects: this runs on every change of a busy marketplace
    rows = list(s.execute(select(
        MarketEntry.id, MarketEntry.subgroup_id, MarketEntry.side, MarketEntry.text,
        MarketEntry.position, MarketEntry.fits_development_id)
        .where(MarketEntry.workshop_id == workshop_id)))
    people: dict[tuple[int, str], list[PersonRef]] = {}
    for entry_id, role, participant_id, free_name in s.execute(select(
            MarketEntryPerson.entry_id, MarketEntryPerson.role,
            MarketEntryPerson.participant_id, MarketEntryPerson.free_name)
            .join(MarketEntry).where(MarketEntry.workshop_id == workshop_id)
            .order_by(MarketEntryPerson.position, MarketEntryPerson.id)):
        name = names.get(participant_id, "") if participant_id else (free_name or "")
        people.setdefault((entry_id, role), []).append(PersonRef(participant_id, name))
    state.pool_of = {entry_id: pool_id for entry_id, pool_id in s.execute(
        select(MarketPoolMember.entry_id, MarketPoolMember.pool_id)
        .join(MarketEntry, MarketEntry.id == MarketPoolMember.entry_id)
        .where(MarketEntry.workshop_id == workshop_id))}
    state.matches = [(mid, d, sup) for mid, d, sup in s.execute(
        select(MarketMatch.id, MarketMatch.demand_id, MarketMatch.supply_id)
        .where(MarketMatch.workshop_id == workshop_id).order_by(MarketMatch.id))]
    for d in s.scalars(select(MarketDismissal).where(MarketDismissal.workshop_id == workshop_id)):
        state.dismissed[(d.kind, d.a_id, d.b_id)] = d.id
    order = {g.id: i for i, g in enumerate(state.subgroups)}
    rows.sort(key=lambda e: (order.get(e[1], len(order)), e[2] != "supply", e[4], e[0]))
    for entry_id, subgroup_id, side, text, position, fits in rows:
        state.entries[entry_id] = EntryView(entry_id, subgroup_id, side, text, position, fits,
                                            tuple(people.get((entry_id, "owner"), ())),
                                            tuple(people.get((entry_id, "source"), ())))
    return state


# -- names -----------------------------------------------------------------------

def people_names(refs: Iterable[PersonRef], *, conjunction: str = "en") -> str:
    """"Anna", "Anna en Bram", "Anna, Bram en Carla"."""
    names = [r.name for r in refs if r.name]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def people_text(refs: Iterable[PersonRef]) -> str:
    """Names as typed in an editor: comma separated."""
    return ", ".join(r.name for r in refs if r.name)


def resolve_people(participants: Iterable[Participant], text: str) -> list[PersonSpec]:
    """Comma-separated names to participant ids where the name is unambiguous, else free text.

    A name counts only when it equals a participant's full name or (uniquely) first
    name, ignoring case; near misses ("Sukru" for "Şükrü") stay free text, for the
    plenary to suggest rather than to merge silently.
    """
    people = list(participants)
    out: list[PersonSpec] = []
    for part in str(text).replace(";", ",").split(","):
        name = clean_line(part, what="Naam", limit=200)
        if not name:
            continue
        key = name.casefold()
        full = [p.id for p in people if p.name.casefold() == key]
        first = [p.id for p in people if p.name.split()[:1] and p.name.split()[0].casefold() == key]
        spec: PersonSpec = full[0] if full else first[0] if len(first) == 1 else name
        if spec not in out:
            out.append(spec)
    return out


# -- the hand-out ----------------------------------------------------------------
# One rule for every hand-out: the CSV of the marketplace and the minutes' "per person"
# table both read these rows (the minutes only put their names and texts through the
# anonymiser and leave out the people with nothing on the market).

# Why someone is on your slip, worded as the minutes word it.
CONTACT_REASONS = {
    "asked": QT_TRANSLATE_NOOP("Minutes", "gevraagd voor {what}"),  # you hoped to learn from them
    "learns": QT_TRANSLATE_NOOP("Minutes", "wil van je leren over {what}"),  # they asked you
    "also": QT_TRANSLATE_NOOP("Minutes", "biedt ook {what}"),  # pooled with your offer
    "offers": QT_TRANSLATE_NOOP("Minutes", "biedt {what}"),  # a knot: they offer what you asked
}


def contact_reason(kind: str, what: str) -> str:
    """'biedt ICT in de les': why to look someone up, in the UI language."""
    return QCoreApplication.translate("Minutes", CONTACT_REASONS[kind]).format(what=what)


@dataclass(frozen=True)
class Contact:
    """Someone to look up (``person``), and why: ``kind`` (see CONTACT_REASONS) about ``what``."""

    person: PersonRef
    kind: str
    what: str

    def line(self, name: str | None = None, what: str | None = None) -> str:
        """'Name: why'; the minutes pass the name and text as they print them."""
        return f"{self.person.name if name is None else name}: " \
               f"{contact_reason(self.kind, self.what if what is None else what)}"


@dataclass
class HandoutRow:
    """What one participant takes home: their offers, their questions, whom to contact."""

    participant_id: int
    name: str
    subgroup: str
    offers: list[str] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)

    @property
    def has_content(self) -> bool:
        """Anything to hand out: the minutes print a slip only for these."""
        return bool(self.offers or self.asks or self.contacts)

    def contact_lines(self) -> list[str]:
        return [c.line() for c in self.contacts]


def _add(items: list, item: object) -> None:
    if item and item not in items:
        items.append(item)


def _contact(row: HandoutRow, person: PersonRef, kind: str, what: str) -> None:
    """Add a contact, never the participant themselves nor a nameless one."""
    if person.name and person.participant_id != row.participant_id:
        _add(row.contacts, Contact(person, kind, what))


def handout_rows(state: MarketState) -> list[HandoutRow]:
    """One row per participant (participants' order): offers, asks, contacts in board order.

    Contacts: whoever hoped to learn from you, who also offers a pooled expertise,
    whom you hoped to learn from, and for a knot who offers what you asked or who
    asked what you offer.
    """
    rows = {p.id: HandoutRow(p.id, p.name, p.subgroup or "") for p in state.participants}
    pools: dict[int, list[EntryView]] = {}
    for group in state.pools():
        for entry in group:
            pools[entry.id] = group
    for entry in state.entries.values():
        for source in entry.sources if entry.side == "demand" else ():
            named = rows.get(source.participant_id or -1)
            for asker in entry.owners if named is not None else ():
                _contact(named, asker, "learns", entry.text)
        for owner in entry.owners:
            row = rows.get(owner.participant_id or -1)
            if row is None:
                continue
            if not row.subgroup:
                row.subgroup = state.subgroup_name(entry.subgroup_id)
            _add(row.offers if entry.side == "supply" else row.asks, entry.text)
            for mate in (e for e in pools.get(entry.id, []) if e.id != entry.id):
                for p in mate.owners:
                    _contact(row, p, "also", mate.text)
            if entry.side == "demand":
                for p in entry.sources:
                    _contact(row, p, "asked", entry.text)
    for knot in state.knots():
        for asker in knot.demand.owners:
            for offerer in knot.supply.owners:
                if asker.participant_id in rows:
                    _contact(rows[asker.participant_id], offerer, "offers", knot.supply.text)
                if offerer.participant_id in rows:
                    _contact(rows[offerer.participant_id], asker, "learns", knot.supply.text)
    return list(rows.values())


def handout(store: Store, workshop_id: int) -> list[HandoutRow]:
    """One row per participant, in the participants' order (also for the minutes PDF)."""
    return handout_rows(load_market(store, workshop_id))


HANDOUT_HEADER = (QT_TRANSLATE_NOOP("Handout", "Naam"), QT_TRANSLATE_NOOP("Handout", "Subgroep"),
                  QT_TRANSLATE_NOOP("Handout", "Biedt aan"), QT_TRANSLATE_NOOP("Handout", "Vraagt"),
                  QT_TRANSLATE_NOOP("Handout", "Contact"))
LIST_SEPARATOR = " | "
CSV_DELIMITER = ";"  # what Excel expects in Dutch locales, where the comma is the decimal sign


def _cell(text: str) -> str:
    """Neutralise text a spreadsheet would run as a formula (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_handout_csv(store: Store, workshop_id: int, path: Path | str) -> int:
    """Write the hand-out as CSV; returns the number of people.

    UTF-8 with a byte-order mark so Excel shows accents right, ``;`` between
    columns, several items in one cell separated by `` | ``. Written to a
    temporary file first and moved into place, so a failure never leaves half
    a file behind.
    """
    path = Path(path)
    rows = handout(store, workshop_id)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(QCoreApplication.translate("Models", "{path} kan niet worden geschreven: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_MINIMAL)
            writer.writerow([QCoreApplication.translate("Handout", h) for h in HANDOUT_HEADER])
            for r in rows:
                writer.writerow([_cell(r.name), _cell(r.subgroup),
                                 *(_cell(LIST_SEPARATOR.join(items))
                                   for items in (r.offers, r.asks, r.contact_lines()))])
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(QCoreApplication.translate("Models", "{path} kan niet worden geschreven: {strerror}.").format(path=path, strerror=exc.strerror)) from exc
    return len(rows)
