"""Where each post-it of the circle is drawn: a pure function of the stored notes and the screen.

(Where the ring lines fall among the cells is :mod:`app.models.circle_rings`.)

The stored centre of a note decides its ring (``circle.ring_at``, FORMAT.md);
where inside that ring it is *drawn* is decided here, for one screen: the
audience window at projector size, the facilitator's console, or one ring in
focus. The arrangement is computed for display, never stored: it depends on
the size of the screen and the room's text size, so one stored arrangement
could not suit the projector and the laptop at once, and a re-arrangement
never needs an undo step or a write.

The picture: the rings are concentric ellipses filling the board area (the
whole area, not a square in it); their widths follow their contents. Post-its
sit in rows; a post-it's centre always lies inside its ring (with a margin),
no two post-its overlap and none covers a ring's label. The zoom (screen
pixels per scene unit) is the largest that fits everything, between the
bounds the caller gives (the smallest keeps text readable, the largest keeps
post-its from growing silly). When even the smallest zoom cannot show every
post-it, a ring shows what fits and a "+N" tile (``Layout.more``) standing
for the rest; a ring in focus (``Frame.focus``) then fills the whole board.

Scene units: the post-it is ``note_w`` x ``note_h``; the scene is the
rectangle (0, 0, width, height); the screen shows it at ``zoom``.
"""
from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from app.models.circle import RING_WIDTH, RINGS
from app.models.circle_rings import Cells, quota, ring_edges, split

Rect = tuple[float, float, float, float]  # left, top, width, height
ZOOM_STEPS = 6  # bisection steps between the smallest and largest zoom
OUTER_EDGE = 0.96  # a post-it's centre stays this far inside the outer ellipse
MAX_SHOWN = 400  # no screen shows more post-its than this at a readable size


@dataclass(frozen=True)
class LayoutNote:
    """What the layout needs of a note: its id and stored centre (board units)."""

    id: int
    x: float
    y: float


@dataclass(frozen=True)
class Frame:
    """The screen to fill.

    ``view_w`` x ``view_h``: the board's area in screen pixels. ``min_zoom`` /
    ``max_zoom``: screen pixels per scene unit. ``label_w``: each ring label's
    width, ``label_h`` their height (scene units). ``strip_columns``: columns
    of the parking strip beside the circle (0: no strip). ``focus``: a ring
    shown alone, filling the board.
    """

    view_w: float
    view_h: float
    note_w: float
    note_h: float
    min_zoom: float
    max_zoom: float
    label_w: Mapping[str, float] = field(default_factory=dict)
    label_h: float = 40.0
    label_hs: Mapping[str, float] = field(default_factory=dict)  # per ring, when not label_h
    strip_columns: int = 0
    gap: float = 12.0
    focus: str | None = None


@dataclass
class Layout:
    """The arrangement: scene size, ring geometry, where each shown note is, what is left out.

    ``radii``: the outer edge of each ring, as a fraction of the ellipse's
    semi-axes (``ax``, ``ay``) around (``cx``, ``cy``). ``positions``: centre
    of each shown note; a note not in it is not shown (counted in a "+N", or
    not placed where the screen has no strip). ``more``: per ring (None: the
    strip) the centre of its "+N" tile and N.
    """

    zoom: float
    width: float
    height: float
    cx: float = 0.0
    cy: float = 0.0
    ax: float = 1.0
    ay: float = 1.0
    radii: tuple[float, ...] = ()
    labels: dict[str, Rect] = field(default_factory=dict)
    positions: dict[int, tuple[float, float]] = field(default_factory=dict)
    more: dict[str | None, tuple[float, float, int]] = field(default_factory=dict)
    strip: Rect | None = None
    strip_cells: list[tuple[float, float]] = field(default_factory=list)
    focus: str | None = None
    fits: bool = True  # False: something is counted in a "+N" instead of shown
    named_more: set[str] = field(default_factory=set)  # rings whose "+N" tile carries the label

    # -- display geometry <-> board geometry -------------------------------------
    def _polar(self, x: float, y: float) -> tuple[float, float]:
        u, v = (x - self.cx) / self.ax, (y - self.cy) / self.ay
        return math.hypot(u, v), math.atan2(v, u)

    def ring_at(self, x: float, y: float) -> str | None:
        """The ring drawn at scene point (x, y); None outside the circle (or in focus mode)."""
        if self.focus is not None or not self.radii:
            return None
        rho, _ = self._polar(x, y)
        for ring, outer in zip(RINGS, self.radii, strict=True):
            if rho <= outer:
                return ring
        return None

    def to_board(self, x: float, y: float) -> tuple[float, float] | None:
        """The board position (stored units) a drop at scene point (x, y) means, None: not placed.

        Within a ring the drawn radius maps linearly onto the stored ring's radii,
        the angle is kept, so the stored ring is the ring drawn under the drop.
        """
        if self.focus is not None or not self.radii:
            return None
        rho, angle = self._polar(x, y)
        inner = 0.0
        for index, outer in enumerate(self.radii):
            if rho <= outer:
                frac = (rho - inner) / max(outer - inner, 1e-9)
                r = RING_WIDTH * (index + min(max(frac, 0.04), 0.96))
                return (round(r * math.cos(angle), 6), round(r * math.sin(angle), 6))
            inner = outer
        return None

    def from_board(self, x: float, y: float) -> tuple[float, float]:
        """Where a stored board position is drawn in the circle (ring kept, angle kept)."""
        r = math.hypot(x, y)
        index = min(max(0, math.ceil(r / RING_WIDTH) - 1), len(RINGS) - 1)
        if not self.radii:
            return (self.cx, self.cy)
        inner = self.radii[index - 1] if index else 0.0
        frac = min(max(r / RING_WIDTH - index, 0.0), 1.0)
        rho = inner + frac * (self.radii[index] - inner)
        angle = math.atan2(y, x)
        return (self.cx + self.ax * rho * math.cos(angle), self.cy + self.ay * rho * math.sin(angle))


# -- cells ---------------------------------------------------------------------

GRIDS = ((0.0, 0.0, False), (0.5, 0.0, False), (0.0, 0.5, False), (0.5, 0.5, False),
         (0.0, 0.0, True), (0.0, 0.5, True), (0.25, 0.25, False), (0.25, 0.5, True))


_GRID_CACHE: dict[tuple[float, ...], list[Cells]] = {}


def _grids(frame: Frame, zoom: float) -> list[Cells]:
    """A few grid placements of post-it cells (plain or brick, shifted), each sorted outwards.

    They depend on the screen and the zoom only, so a re-arrangement after a
    drop on the same screen reuses them.
    """
    key = (frame.view_w, frame.view_h, frame.note_w, frame.note_h, frame.gap,
           float(frame.strip_columns), zoom)
    cached = _GRID_CACHE.get(key)
    if cached is None:
        if len(_GRID_CACHE) > 256:
            _GRID_CACHE.clear()
        cached = _GRID_CACHE[key] = _make_grids(frame, zoom)
    return cached


def _make_grids(frame: Frame, zoom: float) -> list[Cells]:
    width, height, cx, cy, ax, ay, _strip = _geometry(frame, zoom)
    pitch_x, pitch_y = frame.note_w + frame.gap, frame.note_h + frame.gap
    lim_x, lim_y = cx - frame.note_w / 2 - frame.gap / 2, cy - frame.note_h / 2 - frame.gap / 2
    cols, rows = int(lim_x // pitch_x) + 1, int(lim_y // pitch_y) + 1
    out = []
    for ox, oy, brick in GRIDS:
        cells = []
        for j in range(-rows - 1, rows + 1):
            dy = (j + oy) * pitch_y
            if abs(dy) > lim_y:
                continue
            shift = 0.5 if brick and j % 2 else ox
            v = dy / ay
            for i in range(-cols - 1, cols + 1):
                dx = (i + shift) * pitch_x
                if abs(dx) > lim_x:
                    continue
                rho = math.hypot(dx / ax, v)
                if rho <= OUTER_EDGE:
                    cells.append((rho, cx + dx, cy + dy))
        cells.sort()
        out.append(Cells([c[0] for c in cells], [(c[1], c[2]) for c in cells]))
    return out


@dataclass
class _Plan:
    cells: Cells
    ends: list[int]
    shown: int  # post-its this plan shows
    whole: int = 0  # rings it shows whole, plus rings that have their label


def _plan(frame: Frame, zoom: float, counts: Sequence[int]) -> _Plan:
    """The grid and ring runs showing the most post-its at ``zoom`` (ties: the first grid)."""
    best: _Plan | None = None
    for cells in _grids(frame, zoom):
        need = quota(cells, counts)
        ends = split(cells, need) or [len(cells.rho)] * len(RINGS)
        for _ in range(16):  # a ring line skipping same-distance cells left later rings short
            got = [end - start for start, end in zip([0, *ends[:-1]], ends, strict=True)]
            short = sum(max(0, n - g) for n, g in zip(need, got, strict=True))
            if not short:
                break
            while short:  # the biggest rings give up cells (they show a "+N" anyway)
                biggest = max(range(len(counts)), key=lambda k: (need[k], counts[k]))
                if need[biggest] <= 1:  # one cell left: its "+N" tile carries the label
                    break
                need[biggest] -= 1
                short -= 1
            ends = split(cells, need) or ends
        shown, whole, start = 0, 0, 0
        for n, end in zip(counts, ends, strict=True):
            room = max(0, end - start - 1)  # one cell holds the label
            shown += n if n <= room else max(0, room - 1)
            whole += (n <= room) + (end > start)  # shown whole, and labelled
            start = end
        if best is None or (whole, shown) > (best.whole, best.shown):
            best = _Plan(cells, ends, shown, whole)
    assert best is not None
    return best


def _geometry(frame: Frame, zoom: float) -> tuple[float, float, float, float, float, float, Rect | None]:
    """Scene size, circle centre and semi-axes, strip rectangle at ``zoom``."""
    width, height = frame.view_w / zoom, frame.view_h / zoom
    strip_w = (frame.strip_columns * (frame.note_w + frame.gap) + frame.gap
               if frame.strip_columns else 0.0)
    area_w = max(width - strip_w, frame.note_w + 2 * frame.gap)
    cx, cy = area_w / 2, height / 2
    ax, ay = max(area_w / 2 - frame.gap, 1.0), max(height / 2 - frame.gap, 1.0)
    strip = (area_w, frame.gap, strip_w - frame.gap, height - 2 * frame.gap) if strip_w else None
    return width, height, cx, cy, ax, ay, strip


_ASSIGNED: dict[tuple[object, ...], tuple[dict[int, tuple[float, float]], list[tuple[float, float]]]] = {}


def _assign(notes: Sequence[LayoutNote], slots: Sequence[tuple[float, float]],
            layout: Layout) -> tuple[dict[int, tuple[float, float]], list[tuple[float, float]]]:
    """Each note (priority order) to the free slot nearest where its stored centre is drawn.

    A drop changes one or two rings: the others have the same notes, cells and ring
    lines as before, and get the answer they got then.
    """
    key = (tuple(notes), tuple(slots), layout.radii, layout.cx, layout.cy, layout.ax, layout.ay)
    known = _ASSIGNED.get(key)
    if known is not None:
        return dict(known[0]), list(known[1])
    free = list(slots)
    placed: dict[int, tuple[float, float]] = {}
    for note in notes:
        if not free:
            break
        px, py = layout.from_board(note.x, note.y)
        far = [(x - px) * (x - px) + (y - py) * (y - py) for x, y in free]
        placed[note.id] = free.pop(far.index(min(far)))  # the first of the nearest, as before
    if len(_ASSIGNED) > 64:
        _ASSIGNED.clear()
    _ASSIGNED[key] = (dict(placed), list(free))
    return placed, free


def _strip_cells(frame: Frame, strip: Rect) -> list[tuple[float, float]]:
    left, top, width, height = strip
    pitch_x, pitch_y = frame.note_w + frame.gap, frame.note_h + frame.gap
    body_top = top + frame.label_h + frame.gap
    rows = max(1, int((top + height - body_top) // pitch_y))
    cols = max(1, frame.strip_columns)
    x0 = left + (width - cols * pitch_x + frame.gap) / 2 + frame.note_w / 2
    return [(x0 + c * pitch_x, body_top + frame.note_h / 2 + r * pitch_y)
            for r in range(rows) for c in range(cols)]


def _fill(layout: Layout, ring: str | None, notes: Sequence[LayoutNote], total: int,
          cells: Sequence[tuple[float, float]], *, nearest: bool) -> None:
    """Put ``notes`` (priority order, the first of ``total``) in ``cells``; the rest: a "+N" tile."""
    shown = list(notes[:len(cells)]) if total <= len(cells) else list(notes[:max(len(cells) - 1, 0)])
    if nearest:
        placed, free = _assign(shown, cells, layout)
    else:
        placed = {n.id: cells[i] for i, n in enumerate(shown)}
        free = list(cells[len(shown):])
    layout.positions.update(placed)
    if total > len(shown):
        layout.fits = False
        if free:
            layout.more[ring] = (*free[0], total - len(shown))


def _strip_notes(layout: Layout, frame: Frame, unplaced: Sequence[LayoutNote], total: int) -> None:
    """Notes not placed yet, in the strip's cells in reading order (as they were parked)."""
    if layout.strip is None:
        return
    layout.strip_cells = _strip_cells(frame, layout.strip)
    ordered = sorted(unplaced[:len(layout.strip_cells)], key=lambda n: (round(n.y, 3), n.x, n.id))
    _fill(layout, None, ordered, total, layout.strip_cells, nearest=False)


def _focus(frame: Frame, notes: Sequence[LayoutNote], total: int) -> Layout:
    """One ring alone: its post-its in a grid under a title band, as large as fits."""
    ordered = sorted(notes, key=lambda n: math.atan2(n.y, n.x))

    def cells(zoom: float) -> tuple[float, float, list[tuple[float, float]]]:
        width, height = frame.view_w / zoom, frame.view_h / zoom
        pitch_x, pitch_y = frame.note_w + frame.gap, frame.note_h + frame.gap
        top = frame.label_h + 2 * frame.gap
        cols = max(1, int((width - frame.gap) // pitch_x))
        rows = max(1, int((height - top - frame.gap) // pitch_y))
        x0 = (width - cols * pitch_x + frame.gap) / 2 + frame.note_w / 2
        y0 = top + (height - top - rows * pitch_y + frame.gap) / 2 + frame.note_h / 2
        return width, height, [(x0 + c * pitch_x, y0 + r * pitch_y)
                               for r in range(rows) for c in range(cols)]

    zoom = _largest(frame, lambda z: len(cells(z)[2]) >= len(ordered))
    width, height, grid = cells(zoom)
    layout = Layout(zoom=zoom, width=width, height=height, cx=width / 2, cy=height / 2,
                    ax=width / 2, ay=height / 2, focus=frame.focus)
    layout.labels = {frame.focus: (frame.gap, frame.gap, width - 2 * frame.gap, frame.label_h)} \
        if frame.focus else {}
    _fill(layout, frame.focus, ordered, total, grid, nearest=False)
    return layout


def _largest(frame: Frame, fits: object) -> float:
    """The largest zoom in the frame's bounds for which ``fits(zoom)``; the smallest if none."""
    assert callable(fits)
    lo, hi = frame.min_zoom, max(frame.max_zoom, frame.min_zoom)
    if fits(hi):
        return hi
    if not fits(lo):
        return lo
    for _ in range(ZOOM_STEPS):
        mid = (lo + hi) / 2
        if fits(mid):
            lo = mid
        else:
            hi = mid
    return lo


def arrange(frame: Frame, rings: Mapping[str | None, Sequence[LayoutNote]]) -> Layout:
    """The arrangement of the notes on ``frame``.

    ``rings``: per ring code (None: not placed) its notes, highest priority
    first (the board passes the most recently placed first): when a ring
    holds more than fits, the first ones are shown and the rest counted in
    its "+N". Only as many as a ring has cells for (at most ``MAX_SHOWN`` in
    focus) are ever looked at, so the cost does not grow with a huge board
    (sequences may be lazy views that support ``len`` and slices).
    """
    if frame.focus is not None:
        focused = rings.get(frame.focus, ())
        return _focus(frame, focused[:MAX_SHOWN], len(focused))  # sorted by angle: all of them
    counts = [len(rings.get(ring, ())) for ring in RINGS]
    plans: dict[float, _Plan] = {}

    def plan(zoom: float) -> _Plan:
        if zoom not in plans:
            plans[zoom] = _plan(frame, zoom, counts)
        return plans[zoom]

    parked = len(rings.get(None, ()))

    def fits(zoom: float) -> bool:
        strip = _geometry(frame, zoom)[6]
        if strip is not None and len(_strip_cells(frame, strip)) < parked:
            return False
        return plan(zoom).whole == 2 * len(RINGS)

    zoom = _largest(frame, fits)
    cells, ends = plan(zoom).cells, plan(zoom).ends
    width, height, cx, cy, ax, ay, strip = _geometry(frame, zoom)
    layout = Layout(zoom=zoom, width=width, height=height, cx=cx, cy=cy, ax=ax, ay=ay,
                    radii=tuple(ring_edges(cells, ends)), strip=strip)
    start = 0
    for index, ring in enumerate(RINGS):
        own = cells.xy[start:ends[index]]
        start = ends[index]
        notes = rings.get(ring, ())
        if len(own) == 1 and notes:  # a tiny screen: the ring's one cell is its "+N", named
            layout.named_more.add(ring)
        elif own:  # the label takes the ring's topmost cell, nearest the middle
            top = min(range(len(own)), key=lambda i: own[i][1] + 0.35 * abs(own[i][0] - cx))
            lx, ly = own.pop(top)
            label_w = min(frame.label_w.get(ring, 120.0), frame.note_w)
            label_h = min(frame.label_hs.get(ring, frame.label_h), frame.note_h)
            layout.labels[ring] = (lx - label_w / 2, ly - label_h / 2, label_w, label_h)
        _fill(layout, ring, notes, len(notes), own, nearest=True)
    unplaced = rings.get(None, ())
    _strip_notes(layout, frame, unplaced, len(unplaced))
    return layout
