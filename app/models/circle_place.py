"""Placing post-its by key: where a note lands in a ring, and the reading order of the board.

Pure functions over positions (no store, no Qt), so the keyboard route of the
circle board is tested without a window. A note sent to a ring keeps its
direction from the centre when it already sits in the circle; a note from the
parking strip takes the free-most spot on the ring's middle line.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from app.models.circle import NOTE_HEIGHT, RING_WIDTH, RINGS, ring_at

ANGLE_STEPS = 24  # candidate directions on a ring's middle line (every 15 degrees)


def ring_radius(ring: str) -> float:
    """The middle of a ring's band; the centre ring's spot sits a little off the middle."""
    index = RINGS.index(ring)
    return (index + 0.5) * RING_WIDTH


def _spot(radius: float, angle: float) -> tuple[float, float]:
    return (round(radius * math.cos(angle), 6), round(radius * math.sin(angle), 6))


def place_in_ring(positions: Mapping[int, tuple[float, float]], ids: Sequence[int],
                  ring: str) -> dict[int, tuple[float, float]]:
    """New positions for ``ids`` so each lies in ``ring``; notes already there stay put.

    ``positions`` holds every note of the board (id -> (x, y)), so new spots keep
    clear of the others as far as the ring allows.
    """
    if ring not in RINGS:
        raise ValueError(f"unknown ring {ring!r}")
    radius = ring_radius(ring)
    taken = [pos for note_id, pos in positions.items() if note_id not in ids]
    moves: dict[int, tuple[float, float]] = {}
    for note_id in ids:
        x, y = positions[note_id]
        if ring_at(x, y) == ring:
            taken.append((x, y))
            continue
        if ring_at(x, y) is not None and math.hypot(x, y) > 1e-9:
            spot = _spot(radius, math.atan2(y, x))  # slide along its own direction
        else:
            spot = _free_spot(radius, taken)
        moves[note_id] = spot
        taken.append(spot)
    return moves


def _free_spot(radius: float, taken: Iterable[tuple[float, float]]) -> tuple[float, float]:
    """The candidate on the ring's middle line farthest from every other note (top first)."""
    others = list(taken)
    best, best_gap = None, -1.0
    for step in range(ANGLE_STEPS):
        angle = -math.pi / 2 + step * 2 * math.pi / ANGLE_STEPS
        spot = _spot(radius, angle)
        gap = min((math.hypot(spot[0] - x, spot[1] - y) for x, y in others), default=math.inf)
        if gap > best_gap + 1e-9:
            best, best_gap = spot, gap
    assert best is not None
    return best


def reading_order(positions: Mapping[int, tuple[float, float]]) -> list[int]:
    """Notes as one reads the board: the circle line by line, left to right, then the strip.

    Notes whose centres lie within half a note's height of a line's first note
    share that line.
    """
    inside = {i: p for i, p in positions.items() if ring_at(*p) is not None}
    outside = {i: p for i, p in positions.items() if i not in inside}
    return _lines(inside) + _lines(outside)


def _lines(positions: Mapping[int, tuple[float, float]]) -> list[int]:
    order: list[int] = []
    rest = sorted(positions, key=lambda i: (positions[i][1], positions[i][0], i))
    while rest:
        top = positions[rest[0]][1]
        line = [i for i in rest if positions[i][1] - top < NOTE_HEIGHT / 2]
        order.extend(sorted(line, key=lambda i: (positions[i][0], i)))
        rest = [i for i in rest if i not in line]
    return order
