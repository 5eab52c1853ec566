"""The plus-min schema's points and the ties between them: add, edit, remove and
move a point, pair and unpair (operations as in :mod:`app.models.plusmin`, which
re-exports these names).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import restore_row, row_values
from app.models.events import Kind, PlusMinPart
from app.models.plusmin_read import SIGNS
from app.models.plusmin_rows import (
    SIGN_WHAT,
    TOPIC,
    Theme,
    ThemeItem,
    ThemePair,
    renumber,
    theme_row,
)
from app.models.store import Store
from app.models.text import InputError, clean_text

# -- items -------------------------------------------------------------------------

def _check_sign(sign: str) -> str:
    if sign not in SIGNS:
        raise InputError(QCoreApplication.translate("Models", "Onbekende kolom: {sign} (verwacht plus of min).").format(sign=repr(sign)))
    return sign


def _item(s: Session, item_id: int) -> ThemeItem:
    item = s.get(ThemeItem, item_id)
    if item is None:
        raise InputError(QCoreApplication.translate("Models", "Dit punt bestaat niet (meer)."))
    return item


def _column(s: Session, theme_id: int, sign: str) -> list[ThemeItem]:
    return list(s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id,
                                                  ThemeItem.sign == sign)
                          .order_by(ThemeItem.position, ThemeItem.id)))


def _emit_items(store: Store, s_theme: Theme, kind: Kind, ids: tuple[int, ...], what: PlusMinPart) -> None:
    store.emit(TOPIC, s_theme.workshop_id, kind, ids, what=what, theme_id=s_theme.id)


def _place(column: list[ThemeItem], item: ThemeItem, before_id: int | None) -> None:
    """Insert ``item`` into ``column`` before ``before_id`` (None: at the end), renumber."""
    if item in column:
        column.remove(item)
    ids = [i.id for i in column]
    index = ids.index(before_id) if before_id in ids else len(column)
    column.insert(index, item)
    renumber(column)


def add_item(store: Store, theme_id: int, sign: str, text: str, *,
             before_id: int | None = None) -> ThemeItem:
    """A new point in a column, before ``before_id`` or at the end."""
    _check_sign(sign)
    text = clean_text(text, what=SIGN_WHAT[sign], required=True)
    with store.write() as s:
        theme = theme_row(s, theme_id)
        item = ThemeItem(theme_id=theme_id, sign=sign, text=text, position=0)
        s.add(item)
        s.flush()
        _place(_column(s, theme_id, sign), item, before_id)
    _emit_items(store, theme, Kind.INSERT, (item.id,), PlusMinPart.ITEM)
    return item


def update_item_text(store: Store, item_id: int, text: str) -> str:
    """Returns the old text."""
    with store.write() as s:
        item = _item(s, item_id)
        text = clean_text(text, what=SIGN_WHAT[item.sign], required=True)
        old, item.text = item.text, text
        theme = theme_row(s, item.theme_id)
    _emit_items(store, theme, Kind.UPDATE, (item_id,), PlusMinPart.TEXT)
    return old


@dataclass
class ItemSnapshot:
    """A removed point and the pairs it was in."""

    row: dict[str, Any]
    pairs: list[dict[str, Any]] = field(default_factory=list)


def _pairs_of(s: Session, item_id: int) -> list[ThemePair]:
    return list(s.scalars(select(ThemePair).where(
        (ThemePair.plus_id == item_id) | (ThemePair.min_id == item_id)).order_by(ThemePair.id)))


def remove_item(store: Store, item_id: int) -> ItemSnapshot:
    with store.write() as s:
        item = _item(s, item_id)
        pairs = _pairs_of(s, item_id)
        snap = ItemSnapshot(row_values(item), [row_values(p) for p in pairs])
        for pair in pairs:
            s.delete(pair)
        theme = theme_row(s, item.theme_id)
        s.delete(item)
        s.flush()
        renumber(_column(s, item.theme_id, item.sign))
    _emit_items(store, theme, Kind.DELETE, (item_id,), PlusMinPart.ITEM)
    return snap


def restore_item(store: Store, snap: ItemSnapshot) -> None:
    with store.write() as s:
        theme = theme_row(s, snap.row["theme_id"])
        column = _column(s, theme.id, snap.row["sign"])
        item = restore_row(s, ThemeItem, snap.row)
        column.insert(min(snap.row["position"], len(column)), item)
        renumber(column)
        s.flush()
        for values in snap.pairs:
            restore_row(s, ThemePair, values)
    _emit_items(store, theme, Kind.INSERT, (snap.row["id"],), PlusMinPart.ITEM)


@dataclass
class Layout:
    """Where every point of a theme sits and which pairs exist: the undo of a move or pairing."""

    theme_id: int
    places: dict[int, tuple[str, int]]
    pairs: list[dict[str, Any]]


def _layout(s: Session, theme_id: int) -> Layout:
    items = s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id))
    pairs = s.scalars(select(ThemePair).where(ThemePair.theme_id == theme_id))
    return Layout(theme_id, {i.id: (i.sign, i.position) for i in items},
                  [row_values(p) for p in pairs])


def layout(store: Store, theme_id: int) -> Layout:
    with store.read() as s:
        theme_row(s, theme_id)
        return _layout(s, theme_id)


def restore_layout(store: Store, saved: Layout) -> None:
    """Put every point back in its column and place, and the pairs back as they were."""
    with store.write() as s:
        theme = theme_row(s, saved.theme_id)
        current = {p.id: p for p in s.scalars(select(ThemePair)
                                              .where(ThemePair.theme_id == saved.theme_id))}
        wanted = {values["id"]: values for values in saved.pairs}
        for pair_id, pair in current.items():
            if pair_id not in wanted or row_values(pair) != wanted[pair_id]:
                s.delete(pair)
        s.flush()
        for item in s.scalars(select(ThemeItem).where(ThemeItem.theme_id == saved.theme_id)):
            if item.id in saved.places:
                item.sign, item.position = saved.places[item.id]
        s.flush()
        for pair_id, values in wanted.items():
            if pair_id not in current or row_values(current[pair_id]) != values:
                restore_row(s, ThemePair, values)
    _emit_items(store, theme, Kind.UPDATE, tuple(saved.places), PlusMinPart.LAYOUT)


def move_item(store: Store, item_id: int, sign: str, before_id: int | None = None) -> Layout:
    """Move a point within its column or to the other one (before ``before_id``, or last).

    A point that changes column leaves its pair: a positive point cannot be the
    reverse side of another positive point. Returns the layout before the move.
    """
    _check_sign(sign)
    with store.write() as s:
        item = _item(s, item_id)
        theme = theme_row(s, item.theme_id)
        saved = _layout(s, theme.id)
        if before_id == item_id:
            return saved
        if sign != item.sign:
            for pair in s.scalars(select(ThemePair).where(
                    (ThemePair.plus_id == item_id) | (ThemePair.min_id == item_id))):
                s.delete(pair)
            old_sign, item.sign = item.sign, sign
            s.flush()
            renumber([i for i in _column(s, theme.id, old_sign) if i.id != item_id])
        _place(_column(s, theme.id, sign), item, before_id)
    _emit_items(store, theme, Kind.UPDATE, (item_id,), PlusMinPart.LAYOUT)
    return saved


# -- pairs ---------------------------------------------------------------------------

def pair_items(store: Store, first_id: int, second_id: int) -> Layout:
    """Tie a positive point to a reverse side (either order). Returns the layout before.

    Earlier pairs stay: one point of attention may be the reverse side of several
    positive points, and the other way round.
    """
    with store.write() as s:
        a, b = _item(s, first_id), _item(s, second_id)
        if a.theme_id != b.theme_id:
            raise InputError(QCoreApplication.translate("Models", "Alleen punten van hetzelfde thema kun je koppelen."))
        if a.sign == b.sign:
            raise InputError(QCoreApplication.translate("Models", "Koppel een positief punt aan een aandachtspunt, "
                             "niet twee punten uit dezelfde kolom."))
        plus, min_ = (a, b) if a.sign == "plus" else (b, a)
        theme = theme_row(s, a.theme_id)
        saved = _layout(s, theme.id)
        if s.scalar(select(ThemePair.id).where(ThemePair.plus_id == plus.id,
                                               ThemePair.min_id == min_.id)) is not None:
            raise InputError(QCoreApplication.translate("Models", "Deze twee punten zijn al aan elkaar gekoppeld."))
        s.add(ThemePair(theme_id=theme.id, plus_id=plus.id, min_id=min_.id))
    _emit_items(store, theme, Kind.UPDATE, (plus.id, min_.id), PlusMinPart.PAIR)
    return saved


def unpair_item(store: Store, item_id: int, other_id: int | None = None) -> Layout:
    """Dissolve a point's pairs (only the one with ``other_id`` when given).

    Returns the layout before.
    """
    with store.write() as s:
        item = _item(s, item_id)
        theme = theme_row(s, item.theme_id)
        saved = _layout(s, theme.id)
        pairs = [p for p in _pairs_of(s, item_id)
                 if other_id is None or other_id in (p.plus_id, p.min_id)]
        if not pairs:
            raise InputError(
                QCoreApplication.translate("Models", "Dit punt is niet gekoppeld.") if other_id is None
                else QCoreApplication.translate("Models", "Deze twee punten zijn niet aan elkaar gekoppeld."))
        ids = tuple(sorted({i for p in pairs for i in (p.plus_id, p.min_id)}))
        for pair in pairs:
            s.delete(pair)
    _emit_items(store, theme, Kind.UPDATE, ids, PlusMinPart.PAIR)
    return saved
