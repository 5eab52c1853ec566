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
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.base import next_position, restore_row, row_values
from app.models.events import Kind, PlusMinPart, Topic
from app.models.plusmin_items import ItemSnapshot as ItemSnapshot
from app.models.plusmin_items import Layout as Layout
from app.models.plusmin_items import add_item as add_item
from app.models.plusmin_items import layout as layout
from app.models.plusmin_items import move_item as move_item
from app.models.plusmin_items import pair_items as pair_items
from app.models.plusmin_items import remove_item as remove_item
from app.models.plusmin_items import restore_item as restore_item
from app.models.plusmin_items import restore_layout as restore_layout
from app.models.plusmin_items import unpair_item as unpair_item
from app.models.plusmin_items import update_item_text as update_item_text
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
from app.models.plusmin_rows import CORE_THEMES as CORE_THEMES
from app.models.plusmin_rows import SIGN_WHAT as SIGN_WHAT
from app.models.plusmin_rows import TOPIC as TOPIC
from app.models.plusmin_rows import Theme as Theme
from app.models.plusmin_rows import ThemeItem as ThemeItem
from app.models.plusmin_rows import ThemePair as ThemePair
from app.models.plusmin_rows import renumber, theme_row
from app.models.store import Store
from app.models.text import InputError, clean_line
from app.models.workshop import Workshop, get_setting, set_setting

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
        theme = theme_row(s, theme_id)
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
        theme = theme_row(s, theme_id)
        snap = ThemeSnapshot(
            row_values(theme),
            [row_values(i) for i in s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id))],
            [row_values(p) for p in s.scalars(select(ThemePair).where(ThemePair.theme_id == theme_id))])
        workshop_id = theme.workshop_id
        s.delete(theme)
        s.flush()
        renumber(_themes(s, workshop_id))
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
        renumber(others)
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
        theme = theme_row(s, theme_id)
        themes = _themes(s, theme.workshop_id)
        old = themes.index(theme)
        themes.remove(theme)
        themes.insert(max(0, min(index, len(themes))), theme)
        renumber(themes)
        workshop_id = theme.workshop_id
    _emit_theme(store, workshop_id, Kind.UPDATE, theme_id, PlusMinPart.ORDER)
    return old


def set_attention_revealed(store: Store, theme_id: int, revealed: bool) -> bool:
    """Show (or hide) the points of attention to the room; returns the old state."""
    with store.write() as s:
        theme = theme_row(s, theme_id)
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
        theme = theme_row(s, theme_id)
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


