"""Where the circle's ring lines go: post-it cells sorted from the centre out, and
the run of cells each ring gets.

Pure arithmetic on one sorted list of cells (no screen, no notes):
:func:`quota` says how many cells each ring needs, :func:`split` where each
ring's run ends (a line in a wide gap near where equal rings would put it) and
:func:`ring_edges` the ring edges between the runs. :mod:`app.models.circle_layout`
builds the cells for a screen and places the post-its in them.
"""
from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class Cells:
    """The post-it cells inside the ellipse at one zoom, sorted from the centre out.

    For a ring line before cell ``i``: ``gaps[i]``, the free distance it would
    pass through, and ``mids[i]``, where it would pass (both ascending in i's
    order of distance; ``max_gap`` bounds every gap).
    """

    rho: list[float]
    xy: list[tuple[float, float]]
    gaps: list[float] = field(default_factory=list)
    mids: list[float] = field(default_factory=list)
    max_gap: float = 0.0
    # split() per need: a drop on a crowded board asks the same cells the same again
    splits: dict[tuple[int, ...], list[int] | None] = field(default_factory=dict, repr=False,
                                                            compare=False)

    def __post_init__(self) -> None:
        rho = self.rho
        self.gaps = [rho[0], *(b - a for a, b in zip(rho, rho[1:], strict=False))] if rho else []
        self.mids = [rho[0] / 2, *((a + b) / 2 for a, b in zip(rho, rho[1:], strict=False))] \
            if rho else []
        self.max_gap = max(self.gaps, default=0.0)


def split(cells: Cells, need: Sequence[int]) -> list[int] | None:
    """Where each ring's run of cells ends (exclusive), each ring getting ``need[k]`` cells.

    Spare cells are shared out; each boundary goes into a wide gap between
    cells (no post-it's centre near a ring line) near where rings of equal
    width would put it, so an empty board still shows the method's circle.
    None when there are too few cells.
    """
    key = tuple(need)
    if key not in cells.splits:
        if len(cells.splits) > 64:
            cells.splits.clear()
        cells.splits[key] = _split(cells, key)
    found = cells.splits[key]
    return None if found is None else list(found)


def _split(cells: Cells, need: Sequence[int]) -> list[int] | None:
    total = len(cells.rho)
    spare = total - sum(need)
    if spare < 0:
        return None
    rho = cells.rho
    ends, start = [], 0
    for k, n in enumerate(need):
        left = len(need) - k
        if left == 1:
            ends.append(total)
            break
        target = (k + 1) / len(need) * rho[-1]
        first = start + n
        best = best_line(cells, first, min(first + spare, total - 1), target)
        if best is None:  # no line fits among the spare cells: the first place beyond
            best = next((end for end in range(first, total)
                         if cells.gaps[end] > LINE_GAP), total)
        best = min(best, total)
        spare -= best - first
        ends.append(best)
        start = best
    return ends


LINE_GAP = 1e-6  # cells closer in distance than this: a ring line cannot pass between
LINE_PULL = 0.6  # how much a line's distance from where equal rings would put it counts


def best_line(cells: Cells, first: int, last: int, target: float) -> int | None:
    """The best place for a ring line before cells ``first`` .. ``last``: the widest gap,
    less its distance from ``target``; ties go to the innermost. None when no gap is wide
    enough. Scans outwards from ``target`` and stops where even the widest gap could not win.
    """
    if first > last:
        return None
    gaps, mids, reach = cells.gaps, cells.mids, cells.max_gap
    best, best_score = None, -math.inf
    middle = bisect.bisect_left(mids, target, first, last + 1)
    for end in range(middle - 1, first - 1, -1):  # inwards: mids fall below target
        if reach - LINE_PULL * (target - mids[end]) < best_score - 1e-9:
            break
        gap = gaps[end]
        if gap > LINE_GAP:
            score = gap - LINE_PULL * (target - mids[end])
            if score > best_score + 1e-9 or (score >= best_score - 1e-9 and end < best):  # type: ignore[operator]
                best, best_score = end, score
    for end in range(middle, last + 1):  # outwards: mids at or beyond target
        if reach - LINE_PULL * (mids[end] - target) < best_score - 1e-9:
            break
        gap = gaps[end]
        if gap > LINE_GAP:
            score = gap - LINE_PULL * (mids[end] - target)
            if score > best_score + 1e-9:
                best, best_score = end, score
    return best


def ring_edges(cells: Cells, ends: Sequence[int]) -> list[float]:
    radii = []
    for end in ends[:-1]:
        lo = cells.rho[end - 1] if end else 0.0
        hi = cells.rho[end] if end < len(cells.rho) else 1.0
        radii.append((lo + hi) / 2)
    return [*radii, 1.0]


def quota(cells: Cells, counts: Sequence[int]) -> list[int]:
    """Cells per ring: its post-its plus one for its label, big rings capped when cells run out.

    A capped ring gets as many cells as the others leave (one of them holds its "+N").
    """
    need = [n + 1 for n in counts]
    total = len(cells.rho)
    if sum(need) <= total:
        return need
    lo, hi = 0, max(counts)
    while lo < hi:  # the largest cap that leaves every ring its label and a cell
        q = (lo + hi + 1) // 2
        if sum(min(n, max(q, 1)) + 1 for n in counts) <= total:
            lo = q
        else:
            hi = q - 1
    need = [min(n, max(lo, 1)) + 1 for n in counts]
    spare = total - sum(need)
    for k in sorted(range(len(counts)), key=lambda k: -counts[k]):
        extra = min(spare, counts[k] + 1 - need[k])
        if extra > 0:
            need[k] += extra
            spare -= extra
    return need
