"""The plus-min schema as it is read: rows, the pairing check, urgency, drop targets.

Pure functions over rows already loaded (no store, no writes), so the board, the
minutes and the exchange file agree on what the schema says. ``app.models.plusmin``
holds the entities and the operations and re-exports these names.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest
from typing import TYPE_CHECKING

from app.paths import resource

if TYPE_CHECKING:
    from app.models.plusmin_rows import Theme, ThemeItem, ThemePair

SIGNS = ("plus", "min")


# -- one theme's schema ------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    """One line of the schema: part of a group of paired points, or unpaired items side by side.

    A group is every point tied together, directly or through others (one point of
    attention may be the reverse side of several positive points): its rows share
    ``pair_id`` (the group's first pair). ``linked`` says the row's two points are
    themselves a pair, so the view draws the tie only there.
    """

    plus: ThemeItem | None
    min: ThemeItem | None
    pair_id: int | None = None
    linked: bool = False

    @property
    def paired(self) -> bool:
        return self.pair_id is not None


@dataclass(frozen=True)
class PairCheck:
    """The method's closing check: which items still lack their other side."""

    plus_unpaired: tuple[int, ...]
    min_unpaired: tuple[int, ...]

    @property
    def complete(self) -> bool:
        return not self.plus_unpaired and not self.min_unpaired


@dataclass
class Board:
    """Everything one theme's schema shows, read in one go."""

    theme: Theme
    items: list[ThemeItem]
    pairs: list[ThemePair]

    def column(self, sign: str) -> list[ThemeItem]:
        return sorted((i for i in self.items if i.sign == sign), key=lambda i: (i.position, i.id))

    def partner(self, item_id: int) -> int | None:
        """The first point this one is tied to, or None when it is unpaired."""
        found = self.partners(item_id)
        return found[0] if found else None

    def partners(self, item_id: int) -> list[int]:
        """Every point on the other side this one is tied to, in the order of the ties."""
        out = []
        for p in self.pairs:
            if p.plus_id == item_id:
                out.append(p.min_id)
            elif p.min_id == item_id:
                out.append(p.plus_id)
        return out

    def rows(self) -> list[Row]:
        return board_rows(self.items, self.pairs)

    def check(self) -> PairCheck:
        return pair_check(self.items, self.pairs)


def _order(item: ThemeItem) -> tuple[int, int]:
    return (item.position, item.id)


def pair_groups(items: list[ThemeItem], pairs: list[ThemePair]) -> list[tuple[int, list[ThemeItem], list[ThemeItem]]]:
    """Points tied together, directly or through others: (first pair id, plus, min) per group.

    Groups come in the order of their first positive point; within a group each
    column keeps its own order.
    """
    by_id = {i.id: i for i in items}
    parent: dict[int, int] = {}

    def root(key: int) -> int:
        while parent.setdefault(key, key) != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    first_pair: dict[int, int] = {}
    live = [p for p in pairs if p.plus_id in by_id and p.min_id in by_id]
    for p in live:
        parent[root(p.plus_id)] = root(p.min_id)
    for p in sorted(live, key=lambda p: p.id):
        first_pair.setdefault(root(p.plus_id), p.id)
    members: dict[int, list[ThemeItem]] = {}
    for item_id in parent:
        members.setdefault(root(item_id), []).append(by_id[item_id])
    groups = []
    for key, group in members.items():
        plus = sorted((i for i in group if i.sign == "plus"), key=_order)
        min_ = sorted((i for i in group if i.sign == "min"), key=_order)
        groups.append((first_pair[key], plus, min_))
    groups.sort(key=lambda g: _order(g[1][0]) if g[1] else (0, 0))
    return groups


def board_rows(items: list[ThemeItem], pairs: list[ThemePair]) -> list[Row]:
    """Groups of paired points first (in the order of their first positive point), then
    the unpaired, side by side.

    Unpaired items share a row only to save space: the view must not draw a link.
    """
    tied = {(p.plus_id, p.min_id) for p in pairs}
    rows: list[Row] = []
    paired_ids: set[int] = set()
    for pair_id, plus, min_ in pair_groups(items, pairs):
        paired_ids.update(i.id for i in (*plus, *min_))
        for a, b in zip_longest(plus, min_):
            linked = a is not None and b is not None and (a.id, b.id) in tied
            rows.append(Row(a, b, pair_id, linked))
    loose = {sign: sorted((i for i in items if i.sign == sign and i.id not in paired_ids),
                          key=_order) for sign in SIGNS}
    for plus, min_ in zip_longest(loose["plus"], loose["min"]):
        rows.append(Row(plus, min_))
    return rows


def pair_check(items: list[ThemeItem], pairs: list[ThemePair]) -> PairCheck:
    paired = {p.plus_id for p in pairs} | {p.min_id for p in pairs}
    ordered = sorted(items, key=lambda i: (i.position, i.id))
    return PairCheck(tuple(i.id for i in ordered if i.sign == "plus" and i.id not in paired),
                     tuple(i.id for i in ordered if i.sign == "min" and i.id not in paired))


# -- the research's core themes -------------------------------------------------

@dataclass(frozen=True)
class CoreTheme:
    title: str
    question: str
    plus: tuple[str, ...]
    min: tuple[str, ...]


def _normalise(title: str) -> str:
    kept = "".join(ch for ch in title.casefold() if ch.isalnum() or ch.isspace())
    return " ".join(kept.split())


@lru_cache(maxsize=1)
def core_themes() -> tuple[CoreTheme, ...]:
    """The four core themes with their points, restated in the project's own words."""
    data = json.loads(resource("templates", "core_themes.json").read_text(encoding="utf-8"))
    return tuple(CoreTheme(t["title"], t.get("question", ""), tuple(t["plus"]), tuple(t["min"]))
                 for t in data["themes"])


def core_theme(title: str) -> CoreTheme | None:
    """The core theme a title names (ignoring case, quotes and punctuation), if any."""
    key = _normalise(title)
    for theme in core_themes():
        if _normalise(theme.title) == key:
            return theme
    return None


# -- which theme first --------------------------------------------------------------

@dataclass(frozen=True)
class Urgency:
    """One theme's place in the group's verdict on what is most urgent.

    rank: 1 = most urgent; equal votes share a rank; None when not ranked.
    basis: "priority" (the group ranked), "votes" (the group voted) or "none".
    """

    theme_id: int
    title: str
    rank: int | None
    priority: int | None
    votes: int
    basis: str


def rank_urgency(themes: Sequence[Theme]) -> list[Urgency]:
    """The themes from most to least urgent, as the board and the minutes show them.

    An explicit ranking wins; themes it leaves out follow by votes. Without a
    ranking the votes decide (ties share a rank). Without either, no theme has a rank.
    """
    ranked = sorted((t for t in themes if t.priority is not None), key=lambda t: t.priority)
    rest = sorted((t for t in themes if t.priority is None), key=lambda t: (-t.votes, t.position))
    out: list[Urgency] = [Urgency(t.id, t.title, n, t.priority, t.votes, "priority")
                          for n, t in enumerate(ranked, start=1)]
    rank, previous = len(out), None
    for count, t in enumerate(rest, start=len(out) + 1):
        if t.votes <= 0:
            out.append(Urgency(t.id, t.title, None, None, t.votes, "none"))
            continue
        if t.votes != previous:
            rank, previous = count, t.votes
        out.append(Urgency(t.id, t.title, rank, None, t.votes, "votes"))
    return out


# -- where a dragged point lands ----------------------------------------------------------

def reorder_target(board: Board, item_id: int, target_id: int | None, after: bool,
                   sign: str) -> tuple[int, str, int | None]:
    """Translate "drop ``item_id`` before/after ``target_id`` in column ``sign``" into a move.

    Returns (item to move, its column, before_id) for :func:`move_item`. Pairs keep
    their rows together and are ordered by their positive point, so a paired point
    that is reordered within its column moves its positive partner instead. A point
    that ends up unpaired goes among the unpaired points of its column.
    """
    rows = board.rows()
    item = next(i for i in board.items if i.id == item_id)
    partner = board.partner(item_id)
    stays_paired = partner is not None and sign == item.sign
    if stays_paired:
        mover = item_id if item.sign == "plus" else partner
        order = [r.plus.id for r in rows if r.paired and r.plus is not None]
        anchor_row = next((r for r in rows if r.paired and target_id in
                           (r.plus.id if r.plus else None, r.min.id if r.min else None)), None)
        if anchor_row is not None and anchor_row.plus is None:  # a group's extra min point
            anchor_row = next((r for r in rows if r.pair_id == anchor_row.pair_id and r.plus), None)
        anchor = anchor_row.plus.id if anchor_row and anchor_row.plus else None
        return mover, "plus", _before(order, mover, anchor, after)
    loose = [(r.plus if sign == "plus" else r.min) for r in rows if not r.paired]
    order = [i.id for i in loose if i is not None]
    if target_id in order:
        return item_id, sign, _before(order, item_id, target_id, after)
    first = next((i for i in order if i != item_id), None)
    return item_id, sign, first if target_id is not None else None


def _before(order: list[int], mover: int, anchor: int | None, after: bool) -> int | None:
    """The id to insert ``mover`` before, so it lands next to ``anchor`` in ``order``."""
    rest = [i for i in order if i != mover]
    if anchor is None or anchor not in rest:
        if anchor == mover:
            return _next_after(order, mover)
        return None
    if not after:
        return anchor
    index = rest.index(anchor) + 1
    return rest[index] if index < len(rest) else None


def _next_after(order: list[int], mover: int) -> int | None:
    index = order.index(mover) + 1
    return order[index] if index < len(order) else None
