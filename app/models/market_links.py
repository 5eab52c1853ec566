"""Plenary links on the marketplace: pools of equal supply, knots, dismissed suggestions.

Same style as :mod:`app.models.market`: operations take the store first,
commit once, emit one ``market`` change and return what an undo needs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from app.models.events import Kind, MarketPart, Topic
from app.models.market import (
    MarketDevelopment,
    MarketDismissal,
    MarketEntry,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    Snapshot,
    _get,
    _restore_in,
)
from app.models.store import Store
from app.models.workshop import InputError

SUGGESTION_KINDS = ("pool", "match")


@dataclass
class PoolUndo:
    """The pools a pooling gesture touched, as they were, and the pools it left."""

    workshop_id: int
    before: Snapshot
    touched: list[int] = field(default_factory=list)


def _pool_of(s: Session, entry_id: int) -> int | None:
    return s.scalar(select(MarketPoolMember.pool_id).where(MarketPoolMember.entry_id == entry_id))


def _keep_pool(s: Session, snap: Snapshot, pool_id: int) -> None:
    pool = s.get(MarketPool, pool_id)
    if pool is not None:
        snap.keep(pool, *s.scalars(select(MarketPoolMember).where(MarketPoolMember.pool_id == pool_id)))


def _supply_pair(s: Session, a_id: int, b_id: int) -> tuple[MarketEntry, MarketEntry]:
    a = _get(s, MarketEntry, a_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
    b = _get(s, MarketEntry, b_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
    if a.id == b.id:
        raise InputError(QCoreApplication.translate("Models", "Een regel kan niet met zichzelf gebundeld worden."))
    if a.side != "supply" or b.side != "supply":
        raise InputError(QCoreApplication.translate("Models", "Alleen aanbod kan gebundeld worden."))
    if a.workshop_id != b.workshop_id:
        raise InputError(QCoreApplication.translate("Models", "Deze regels horen bij verschillende bijeenkomsten."))
    return a, b


def pool_entries(store: Store, a_id: int, b_id: int) -> PoolUndo:
    """Pool two supply lines: a new pool, one joining the other's pool, or two pools merged."""
    with store.write() as s:
        a, _b = _supply_pair(s, a_id, b_id)
        pa, pb = _pool_of(s, a_id), _pool_of(s, b_id)
        if pa is not None and pa == pb:
            raise InputError(QCoreApplication.translate("Models", "Deze regels zijn al gebundeld."))
        back = PoolUndo(a.workshop_id, Snapshot(a.workshop_id))
        for pool_id in {pa, pb} - {None}:
            _keep_pool(s, back.before, pool_id)  # type: ignore[arg-type]
        if pa is None and pb is None:
            pool = MarketPool(workshop_id=a.workshop_id)
            s.add(pool)
            s.flush()
            s.add_all([MarketPoolMember(pool_id=pool.id, entry_id=a_id),
                       MarketPoolMember(pool_id=pool.id, entry_id=b_id)])
            target = pool.id
        elif pa is not None and pb is not None:
            s.execute(update(MarketPoolMember).where(MarketPoolMember.pool_id == pb)
                      .values(pool_id=pa))
            s.execute(delete(MarketPool).where(MarketPool.id == pb))
            target = pa
        else:
            target = pa if pa is not None else pb  # type: ignore[assignment]
            s.add(MarketPoolMember(pool_id=target, entry_id=b_id if pa is not None else a_id))
        back.touched = [target]
    store.emit(Topic.MARKET, back.workshop_id, Kind.UPDATE, (a_id, b_id), what=MarketPart.POOL)
    return back


def pool_all(store: Store, entry_ids: list[int]) -> PoolUndo:
    """Pool two or more supply lines at once (one transaction): the keyboard's "bundle these".

    Lines already in pools bring their pools along; the result is one pool.
    """
    ids = list(dict.fromkeys(entry_ids))
    if len(ids) < 2:
        raise InputError(QCoreApplication.translate("Models", "Kies minstens twee regels aanbod om te bundelen."))
    with store.write() as s:
        first = _get(s, MarketEntry, ids[0], "Deze regel bestaat niet (meer).")
        for other in ids[1:]:
            _supply_pair(s, ids[0], other)
        pools = list(dict.fromkeys(p for p in (_pool_of(s, i) for i in ids) if p is not None))
        loose = [i for i in ids if _pool_of(s, i) is None]
        if len(pools) == 1 and not loose:
            raise InputError(QCoreApplication.translate("Models", "Deze regels zijn al gebundeld."))
        back = PoolUndo(first.workshop_id, Snapshot(first.workshop_id))
        for pool_id in pools:
            _keep_pool(s, back.before, pool_id)
        if pools:
            target = pools[0]
            for pool_id in pools[1:]:
                s.execute(update(MarketPoolMember).where(MarketPoolMember.pool_id == pool_id)
                          .values(pool_id=target))
                s.execute(delete(MarketPool).where(MarketPool.id == pool_id))
        else:
            pool = MarketPool(workshop_id=first.workshop_id)
            s.add(pool)
            s.flush()
            target = pool.id
        s.add_all([MarketPoolMember(pool_id=target, entry_id=i) for i in loose])
        back.touched = [target]
    store.emit(Topic.MARKET, back.workshop_id, Kind.UPDATE, tuple(ids), what=MarketPart.POOL)
    return back


def pool_members(store: Store, entry_id: int) -> list[int]:
    """The lines pooled with ``entry_id`` (itself included); just itself when not pooled."""
    with store.read() as s:
        pool_id = _pool_of(s, entry_id)
        if pool_id is None:
            return [entry_id]
        return list(s.scalars(select(MarketPoolMember.entry_id)
                              .where(MarketPoolMember.pool_id == pool_id)
                              .order_by(MarketPoolMember.entry_id)))


def set_fits(store: Store, fits: dict[int, int | None]) -> dict[int, int | None]:
    """Mark several supply lines at once (a whole pool) as serving a development.

    ``fits`` maps entry id -> development id (None: no longer); returns the old
    marks in the same form, for undo. One transaction, one change.
    """
    if not fits:
        return {}
    old: dict[int, int | None] = {}
    with store.write() as s:
        workshop_id = None
        for entry_id, development_id in fits.items():
            entry = _get(s, MarketEntry, entry_id, "Deze regel bestaat niet (meer).")
            if entry.side != "supply" and development_id is not None:
                raise InputError(QCoreApplication.translate("Models", "Alleen aanbod kan bij een ontwikkeling passen."))
            if development_id is not None:
                dev = _get(s, MarketDevelopment, development_id,
                           "Deze ontwikkeling bestaat niet (meer).")
                if dev.workshop_id != entry.workshop_id:
                    raise InputError(QCoreApplication.translate("Models", "Deze ontwikkeling hoort bij een andere bijeenkomst."))
            old[entry_id] = entry.fits_development_id
            entry.fits_development_id = development_id
            workshop_id = entry.workshop_id
    store.emit(Topic.MARKET, workshop_id, Kind.UPDATE, tuple(fits), what=MarketPart.ENTRY)
    return old


def unpool_entry(store: Store, entry_id: int) -> PoolUndo:
    """Take a line out of its pool; a pool left with one line is dissolved."""
    with store.write() as s:
        entry = _get(s, MarketEntry, entry_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        pool_id = _pool_of(s, entry_id)
        if pool_id is None:
            raise InputError(QCoreApplication.translate("Models", "Deze regel is niet gebundeld."))
        back = PoolUndo(entry.workshop_id, Snapshot(entry.workshop_id), [pool_id])
        _keep_pool(s, back.before, pool_id)
        s.execute(delete(MarketPoolMember).where(MarketPoolMember.entry_id == entry_id))
        rest = s.scalars(select(MarketPoolMember.entry_id).where(MarketPoolMember.pool_id == pool_id))
        if len(list(rest)) < 2:
            s.execute(delete(MarketPoolMember).where(MarketPoolMember.pool_id == pool_id))
            s.execute(delete(MarketPool).where(MarketPool.id == pool_id))
    store.emit(Topic.MARKET, back.workshop_id, Kind.UPDATE, (entry_id,), what=MarketPart.POOL)
    return back


def undo_pool(store: Store, back: PoolUndo) -> None:
    """Put the touched pools back exactly as they were before the gesture."""
    with store.write() as s:
        s.execute(delete(MarketPoolMember).where(MarketPoolMember.pool_id.in_(back.touched)))
        s.execute(delete(MarketPool).where(MarketPool.id.in_(back.touched)))
        s.flush()
        _restore_in(s, back.before)
    store.emit(Topic.MARKET, back.workshop_id, Kind.UPDATE, (), what=MarketPart.POOL)


# -- knots (matches) -------------------------------------------------------------

def add_match(store: Store, demand_id: int, supply_id: int) -> MarketMatch:
    """Tie a demand to a supply that answers it (a knot between colleagues)."""
    with store.write() as s:
        demand = _get(s, MarketEntry, demand_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        supply = _get(s, MarketEntry, supply_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        if demand.side != "demand" or supply.side != "supply":
            raise InputError(QCoreApplication.translate("Models", "Een knoop verbindt een vraag met een aanbod."))
        if demand.workshop_id != supply.workshop_id:
            raise InputError(QCoreApplication.translate("Models", "Deze regels horen bij verschillende bijeenkomsten."))
        if s.scalar(select(MarketMatch.id).where(MarketMatch.demand_id == demand_id,
                                                 MarketMatch.supply_id == supply_id)) is not None:
            raise InputError(QCoreApplication.translate("Models", "Deze knoop is al gelegd."))
        match = MarketMatch(workshop_id=demand.workshop_id, demand_id=demand_id, supply_id=supply_id)
        s.add(match)
    store.emit(Topic.MARKET, match.workshop_id, Kind.INSERT, (match.id,), what=MarketPart.MATCH)
    return match


def remove_match(store: Store, match_id: int) -> Snapshot:
    """Untie a knot; :func:`app.models.market.restore` ties it again."""
    with store.write() as s:
        match = _get(s, MarketMatch, match_id, QCoreApplication.translate("Models", "Deze knoop bestaat niet (meer)."))
        snap = Snapshot(match.workshop_id)
        snap.keep(match)
        s.delete(match)
    store.emit(Topic.MARKET, snap.workshop_id, Kind.DELETE, (match_id,), what=MarketPart.MATCH)
    return snap


# -- dismissed suggestions -------------------------------------------------------

def suggestion_key(kind: str, a_id: int, b_id: int) -> tuple[str, int, int]:
    """The stored form of a suggestion: pools are unordered, matches are (demand, supply)."""
    if kind not in SUGGESTION_KINDS:
        raise InputError(QCoreApplication.translate("Models", "Onbekend soort suggestie: {kind}.").format(kind=repr(kind)))
    if kind == "pool":
        a_id, b_id = min(a_id, b_id), max(a_id, b_id)
    return kind, a_id, b_id


def dismiss_suggestion(store: Store, kind: str, a_id: int, b_id: int) -> int:
    """Remember that the facilitator turned a suggestion down; returns the dismissal id."""
    kind, a_id, b_id = suggestion_key(kind, a_id, b_id)
    with store.write() as s:
        entry = _get(s, MarketEntry, a_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        _get(s, MarketEntry, b_id, QCoreApplication.translate("Models", "Deze regel bestaat niet (meer)."))
        found = s.scalar(select(MarketDismissal).where(MarketDismissal.kind == kind,
                                                       MarketDismissal.a_id == a_id,
                                                       MarketDismissal.b_id == b_id))
        if found is None:
            found = MarketDismissal(workshop_id=entry.workshop_id, kind=kind, a_id=a_id, b_id=b_id)
            s.add(found)
    store.emit(Topic.MARKET, found.workshop_id, Kind.INSERT, (found.id,), what=MarketPart.DISMISSAL)
    return found.id


def undismiss(store: Store, dismissal_id: int) -> None:
    with store.write() as s:
        found = _get(s, MarketDismissal, dismissal_id, QCoreApplication.translate("Models", "Deze afwijzing bestaat niet (meer)."))
        workshop_id = found.workshop_id
        s.delete(found)
    store.emit(Topic.MARKET, workshop_id, Kind.DELETE, (dismissal_id,), what=MarketPart.DISMISSAL)
