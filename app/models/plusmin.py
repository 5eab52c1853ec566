"""Board 3: the plus-min schema per core theme (plus-min-schema).

Two columns per theme: positive points (plus) and points of attention (min).
The closing check asks that every positive point has a reverse side and every
point of attention a positive side; one point may be tied to several on the
other side (the method does not ask for one-to-one pairs). The group
also says which theme is most urgent, by ranking the themes or by voting.

Operations take the store first, commit once, emit one ``Topic.PLUSMIN`` Change
(``what``: a ``PlusMinPart``, theme/order/reveal/urgency/item/text/layout/pair and,
for theme and item changes, ``theme_id``) and return what an undo needs. What the schema says
(rows, the pairing check, urgency order, drop targets) is computed in
``app.models.plusmin_read``; its names are re-exported here.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, next_position, restore_row, row_values
from app.models.events import Kind, PlusMinPart, Topic
from app.models.plusmin_read import SIGNS as SIGNS
from app.models.plusmin_read import Board as Board
from app.models.plusmin_read import CoreTheme as CoreTheme
from app.models.plusmin_read import PairCheck as PairCheck
from app.models.plusmin_read import Row as Row
from app.models.plusmin_read import Urgency as Urgency
from app.models.plusmin_read import board_rows as board_rows
from app.models.plusmin_read import core_theme as core_theme
from app.models.plusmin_read import core_themes as core_themes
from app.models.plusmin_read import pair_check as pair_check
from app.models.plusmin_read import rank_urgency as rank_urgency
from app.models.plusmin_read import reorder_target as reorder_target
from app.models.store import Store
from app.models.workshop import (
    InputError,
    Workshop,
    clean_line,
    clean_text,
    get_setting,
    set_setting,
)

# The four core themes found by the research (METHOD.md), in the Dutch users expect.
CORE_THEMES: tuple[str, ...] = (
    "Motivatie, betrokkenheid en persoonlijke professionaliteit",
    "Feedback en bespreekbaarheid",
    "Autonomie en onderdeel zijn van een geheel",
    "Veranderen, vernieuwen en leren",
)


class Theme(Base):
    __tablename__ = "theme"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    priority: Mapped[int | None] = mapped_column(Integer, nullable=True)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    # Positives first: the room sees the attention column only once revealed.
    attention_revealed: Mapped[bool] = mapped_column(Boolean, default=False)


class ThemeItem(Base):
    __tablename__ = "theme_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    sign: Mapped[str] = mapped_column(String(4))
    text: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class ThemePair(Base):
    """A positive point tied to (one of) its reverse side(s).

    A point may be in several pairs; the same two points are tied at most once.
    """

    __tablename__ = "theme_pair"
    __table_args__ = (UniqueConstraint("plus_id", "min_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    theme_id: Mapped[int] = mapped_column(ForeignKey("theme.id", ondelete="CASCADE"), index=True)
    plus_id: Mapped[int] = mapped_column(ForeignKey("theme_item.id", ondelete="CASCADE"), index=True)
    min_id: Mapped[int] = mapped_column(ForeignKey("theme_item.id", ondelete="CASCADE"), index=True)


TOPIC = Topic.PLUSMIN
SIGN_WHAT = {"plus": "Positief punt", "min": "Aandachtspunt"}


# -- reading -------------------------------------------------------------------

def list_themes(store: Store, workshop_id: int) -> list[Theme]:
    with store.read() as s:
        return list(s.scalars(select(Theme).where(Theme.workshop_id == workshop_id)
                              .order_by(Theme.position, Theme.id)))


def get_theme(store: Store, theme_id: int) -> Theme | None:
    with store.read() as s:
        return s.get(Theme, theme_id)


def load_board(store: Store, theme_id: int) -> Board | None:
    with store.read() as s:
        theme = s.get(Theme, theme_id)
        if theme is None:
            return None
        items = list(s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id)
                               .order_by(ThemeItem.position, ThemeItem.id)))
        pairs = list(s.scalars(select(ThemePair).where(ThemePair.theme_id == theme_id)
                               .order_by(ThemePair.id)))
    return Board(theme, items, pairs)


def unpaired_counts(store: Store, theme_id: int) -> tuple[int, int]:
    """(positive points without a reverse side, points of attention without a positive side)."""
    board = load_board(store, theme_id)
    if board is None:
        return (0, 0)
    check = board.check()
    return len(check.plus_unpaired), len(check.min_unpaired)


# -- themes ----------------------------------------------------------------------

def _theme(s: Session, theme_id: int) -> Theme:
    theme = s.get(Theme, theme_id)
    if theme is None:
        raise InputError(QCoreApplication.translate("Models", "Dit thema bestaat niet (meer)."))
    return theme


def _renumber(rows: list[Any]) -> None:
    for pos, row in enumerate(rows):
        if row.position != pos:
            row.position = pos


def _themes(s: Session, workshop_id: int) -> list[Theme]:
    return list(s.scalars(select(Theme).where(Theme.workshop_id == workshop_id)
                          .order_by(Theme.position, Theme.id)))


def _emit_theme(store: Store, workshop_id: int, kind: Kind, theme_id: int, what: PlusMinPart) -> None:
    store.emit(TOPIC, workshop_id, kind, (theme_id,), what=what, theme_id=theme_id)


def add_theme(store: Store, workshop_id: int, title: str, *, with_points: bool = False) -> Theme:
    """A new theme at the end. ``with_points`` fills it from the matching core theme."""
    title = clean_line(title, what="Thema", required=True)
    core = core_theme(title) if with_points else None
    with store.write() as s:
        if s.get(Workshop, workshop_id) is None:
            raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
        theme = Theme(workshop_id=workshop_id, title=title, votes=0, attention_revealed=False,
                      position=next_position(s, Theme.position, Theme.workshop_id == workshop_id))
        s.add(theme)
        s.flush()
        if core is not None:
            for sign, texts in (("plus", core.plus), ("min", core.min)):
                for pos, text in enumerate(texts):
                    s.add(ThemeItem(theme_id=theme.id, sign=sign, text=text, position=pos))
    _emit_theme(store, workshop_id, Kind.INSERT, theme.id, PlusMinPart.THEME)
    return theme


def rename_theme(store: Store, theme_id: int, title: str) -> str:
    """Returns the old title."""
    title = clean_line(title, what="Thema", required=True)
    with store.write() as s:
        theme = _theme(s, theme_id)
        old, theme.title = theme.title, title
        workshop_id = theme.workshop_id
    _emit_theme(store, workshop_id, Kind.UPDATE, theme_id, PlusMinPart.THEME)
    return old


@dataclass
class ThemeSnapshot:
    """A removed theme with its items and pairs, for undo."""

    theme: dict[str, Any]
    items: list[dict[str, Any]] = field(default_factory=list)
    pairs: list[dict[str, Any]] = field(default_factory=list)


def delete_theme(store: Store, theme_id: int) -> ThemeSnapshot:
    with store.write() as s:
        theme = _theme(s, theme_id)
        snap = ThemeSnapshot(
            row_values(theme),
            [row_values(i) for i in s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id))],
            [row_values(p) for p in s.scalars(select(ThemePair).where(ThemePair.theme_id == theme_id))])
        workshop_id = theme.workshop_id
        s.delete(theme)
        s.flush()
        _renumber(_themes(s, workshop_id))
        _close_ranking(s, workshop_id)
    _emit_theme(store, workshop_id, Kind.DELETE, theme_id, PlusMinPart.THEME)
    return snap


def restore_theme(store: Store, snap: ThemeSnapshot) -> None:
    workshop_id = snap.theme["workshop_id"]
    with store.write() as s:
        others = _themes(s, workshop_id)
        if snap.theme["priority"] is not None:
            for other in others:
                if other.priority is not None and other.priority >= snap.theme["priority"]:
                    other.priority += 1
        others.insert(min(snap.theme["position"], len(others)), restore_row(s, Theme, snap.theme))
        _renumber(others)
        s.flush()
        for values in snap.items:
            restore_row(s, ThemeItem, values)
        s.flush()
        for values in snap.pairs:
            restore_row(s, ThemePair, values)
    _emit_theme(store, workshop_id, Kind.INSERT, snap.theme["id"], PlusMinPart.THEME)


def move_theme(store: Store, theme_id: int, index: int) -> int:
    """Put a theme at ``index`` in the list of themes; returns its old index."""
    with store.write() as s:
        theme = _theme(s, theme_id)
        themes = _themes(s, theme.workshop_id)
        old = themes.index(theme)
        themes.remove(theme)
        themes.insert(max(0, min(index, len(themes))), theme)
        _renumber(themes)
        workshop_id = theme.workshop_id
    _emit_theme(store, workshop_id, Kind.UPDATE, theme_id, PlusMinPart.ORDER)
    return old


def set_attention_revealed(store: Store, theme_id: int, revealed: bool) -> bool:
    """Show (or hide) the points of attention to the room; returns the old state."""
    with store.write() as s:
        theme = _theme(s, theme_id)
        old, theme.attention_revealed = bool(theme.attention_revealed), bool(revealed)
        workshop_id = theme.workshop_id
    _emit_theme(store, workshop_id, Kind.UPDATE, theme_id, PlusMinPart.REVEAL)
    return old


def _shown_key(workshop_id: int) -> str:
    return f"plusmin.shown_theme.{workshop_id}"


def shown_theme(store: Store, workshop_id: int) -> int | None:
    """The theme the facilitator has on screen; the room's view follows it."""
    value = get_setting(store, _shown_key(workshop_id))
    return int(value) if value and value.isdigit() else None


def set_shown_theme(store: Store, workshop_id: int, theme_id: int) -> None:
    """Navigation, not an edit: stored (so a restart comes back to it) but not undoable."""
    set_setting(store, _shown_key(workshop_id), str(int(theme_id)))


def is_shown_theme_change(change: Any, workshop_id: int) -> bool:
    return change.topic is Topic.SETTING and change.key == _shown_key(workshop_id)


# -- urgency -----------------------------------------------------------------------

def _close_ranking(s: Session, workshop_id: int) -> None:
    ranked = sorted((t for t in _themes(s, workshop_id) if t.priority is not None),
                    key=lambda t: (t.priority, t.position))
    for rank, theme in enumerate(ranked, start=1):
        theme.priority = rank


def set_priority_order(store: Store, workshop_id: int, theme_ids: list[int]) -> dict[int, int | None]:
    """Rank the named themes 1, 2, 3... (1 = most urgent); the others become unranked.

    Returns every theme's previous priority, for :func:`restore_priorities`.
    """
    if len(set(theme_ids)) != len(theme_ids):
        raise InputError(QCoreApplication.translate("Models", "Een thema kan maar één keer in de rangorde staan."))
    with store.write() as s:
        themes = {t.id: t for t in _themes(s, workshop_id)}
        if set(theme_ids) - set(themes):
            raise InputError(QCoreApplication.translate("Models", "Een van deze thema's bestaat niet (meer)."))
        old = {tid: t.priority for tid, t in themes.items()}
        rank = {tid: n for n, tid in enumerate(theme_ids, start=1)}
        for tid, theme in themes.items():
            theme.priority = rank.get(tid)
    store.emit(TOPIC, workshop_id, Kind.UPDATE, tuple(themes), what=PlusMinPart.URGENCY)
    return old


def restore_priorities(store: Store, workshop_id: int, old: dict[int, int | None]) -> None:
    with store.write() as s:
        for theme in _themes(s, workshop_id):
            if theme.id in old:
                theme.priority = old[theme.id]
    store.emit(TOPIC, workshop_id, Kind.UPDATE, tuple(old), what=PlusMinPart.URGENCY)


def set_votes(store: Store, theme_id: int, votes: int) -> int:
    """Set a theme's vote count (never below zero); returns the old count."""
    if not isinstance(votes, int) or votes < 0 or votes > 10_000:
        raise InputError(QCoreApplication.translate("Models", "Het aantal stemmen moet tussen 0 en 10.000 liggen."))
    with store.write() as s:
        theme = _theme(s, theme_id)
        old, theme.votes = theme.votes, votes
        workshop_id = theme.workshop_id
    store.emit(TOPIC, workshop_id, Kind.UPDATE, (theme_id,), what=PlusMinPart.URGENCY)
    return old


def add_vote(store: Store, theme_id: int) -> int:
    """One more vote for this theme as the most urgent; returns the old count."""
    theme = get_theme(store, theme_id)
    if theme is None:
        raise InputError(QCoreApplication.translate("Models", "Dit thema bestaat niet (meer)."))
    return set_votes(store, theme_id, theme.votes + 1)


def remove_vote(store: Store, theme_id: int) -> int:
    """Take one vote back; returns the old count. Refused at zero."""
    theme = get_theme(store, theme_id)
    if theme is None:
        raise InputError(QCoreApplication.translate("Models", "Dit thema bestaat niet (meer)."))
    if theme.votes <= 0:
        raise InputError(QCoreApplication.translate("Models", "Dit thema heeft geen stemmen meer om weg te halen."))
    return set_votes(store, theme_id, theme.votes - 1)


def urgency(store: Store, workshop_id: int) -> list[Urgency]:
    """The themes from most to least urgent, as the board and the minutes show them."""
    return rank_urgency(list_themes(store, workshop_id))


def most_urgent(store: Store, workshop_id: int) -> list[Urgency]:
    """The theme(s) at rank 1: one, several on a tie of votes, or none yet."""
    return [u for u in urgency(store, workshop_id) if u.rank == 1]


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
    _renumber(column)


def add_item(store: Store, theme_id: int, sign: str, text: str, *,
             before_id: int | None = None) -> ThemeItem:
    """A new point in a column, before ``before_id`` or at the end."""
    _check_sign(sign)
    text = clean_text(text, what=SIGN_WHAT[sign], required=True)
    with store.write() as s:
        theme = _theme(s, theme_id)
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
        theme = _theme(s, item.theme_id)
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
        theme = _theme(s, item.theme_id)
        s.delete(item)
        s.flush()
        _renumber(_column(s, item.theme_id, item.sign))
    _emit_items(store, theme, Kind.DELETE, (item_id,), PlusMinPart.ITEM)
    return snap


def restore_item(store: Store, snap: ItemSnapshot) -> None:
    with store.write() as s:
        theme = _theme(s, snap.row["theme_id"])
        column = _column(s, theme.id, snap.row["sign"])
        item = restore_row(s, ThemeItem, snap.row)
        column.insert(min(snap.row["position"], len(column)), item)
        _renumber(column)
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
        _theme(s, theme_id)
        return _layout(s, theme_id)


def restore_layout(store: Store, saved: Layout) -> None:
    """Put every point back in its column and place, and the pairs back as they were."""
    with store.write() as s:
        theme = _theme(s, saved.theme_id)
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
        theme = _theme(s, item.theme_id)
        saved = _layout(s, theme.id)
        if before_id == item_id:
            return saved
        if sign != item.sign:
            for pair in s.scalars(select(ThemePair).where(
                    (ThemePair.plus_id == item_id) | (ThemePair.min_id == item_id))):
                s.delete(pair)
            old_sign, item.sign = item.sign, sign
            s.flush()
            _renumber([i for i in _column(s, theme.id, old_sign) if i.id != item_id])
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
        theme = _theme(s, a.theme_id)
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
        theme = _theme(s, item.theme_id)
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
