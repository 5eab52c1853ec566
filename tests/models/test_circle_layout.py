"""The circle's arrangement on a screen (app.models.circle_layout), without Qt.

Every arrangement must hold what the room relies on: no post-it covers another
or a ring label, each is drawn inside the ring its stored centre gives, and
what does not fit is counted in a "+N" instead of silently dropped.
"""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.circle import RINGS, ring_at
from app.models.circle_layout import Frame, Layout, LayoutNote, arrange

NOTE_W, NOTE_H, GAP = 230.0, 135.0, 8.0
LABELS = {ring: 150.0 for ring in RINGS}


def frame(w: float = 1500, h: float = 800, *, min_zoom: float = 24 / 28, max_zoom: float = 1.4,
          **kw: object) -> Frame:
    return Frame(view_w=w, view_h=h, note_w=NOTE_W, note_h=NOTE_H, min_zoom=min_zoom,
                 max_zoom=max_zoom, label_w=LABELS, label_h=44.0, gap=GAP, **kw)  # type: ignore[arg-type]


def dropped(counts: dict[str | None, int], *, same_spot: bool = True) -> dict[str | None, list[LayoutNote]]:
    """Notes as a facilitator drops them: many on one spot of their ring (or spread round it)."""
    rings: dict[str | None, list[LayoutNote]] = {}
    next_id = 1
    for ring, n in counts.items():
        notes = []
        for k in range(n):
            if ring is None:
                x, y = 1.32, -0.7 + 0.1 * k
            else:
                r = 0.2 * RINGS.index(ring) + 0.1
                angle = 0.7 if same_spot else k * 2 * math.pi / max(n, 1)
                x, y = r * math.cos(angle), r * math.sin(angle)
            notes.append(LayoutNote(next_id, x, y))
            next_id += 1
        rings[ring] = notes
    return rings


def ring_of(rings: dict[str | None, list[LayoutNote]]) -> dict[int, str | None]:
    return {n.id: ring_at(n.x, n.y) for notes in rings.values() for n in notes}


def check(layout: Layout, rings: dict[str | None, list[LayoutNote]], fr: Frame) -> None:
    """The promises of an arrangement, checked from its geometry."""
    boxes = [(x - NOTE_W / 2, y - NOTE_H / 2, NOTE_W, NOTE_H) for x, y in layout.positions.values()]
    boxes += [(x - NOTE_W / 2, y - NOTE_H / 2, NOTE_W, NOTE_H) for x, y, _n in layout.more.values()]
    for i, a in enumerate(boxes):
        assert a[0] >= -1e-6 and a[1] >= -1e-6, "inside the board"
        assert a[0] + a[2] <= layout.width + 1e-6 and a[1] + a[3] <= layout.height + 1e-6
        for b in boxes[i + 1:]:
            assert not _meet(a, b), "two post-its overlap"
        for label in layout.labels.values():
            assert not _meet(a, label), "a post-it covers a ring label"
    rings_of = ring_of(rings)
    for note_id, (x, y) in layout.positions.items():
        if rings_of[note_id] is None:
            assert layout.strip is not None
            continue
        assert layout.ring_at(x, y) == rings_of[note_id], "drawn in another ring"
        assert ring_at(*layout.to_board(x, y)) == rings_of[note_id]  # type: ignore[misc]
    for ring in (*RINGS, None):
        total = len(rings.get(ring, []))
        shown = sum(1 for i in layout.positions if rings_of[i] == ring)
        more = layout.more.get(ring, (0, 0, 0))[2]
        if ring is None and fr.strip_columns == 0:
            continue
        assert shown + more == total, f"{ring}: {shown} shown + {more} counted != {total}"
    for ring in RINGS:
        if layout.focus is None and ring in layout.named_more:
            assert ring in layout.more and ring not in layout.labels  # the tile names the ring
        elif layout.focus is None:
            lx, ly, lw, lh = layout.labels[ring]
            assert layout.ring_at(lx + lw / 2, ly + lh / 2) == ring, "a label outside its ring"


def _meet(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] - 1e-6 and b[0] < a[0] + a[2] - 1e-6 \
        and a[1] < b[1] + b[3] - 1e-6 and b[1] < a[1] + a[3] - 1e-6


@pytest.mark.parametrize("counts", [
    {"self": 3, "class": 3, "section": 2, "school": 2, "society": 1},
    {"self": 3, "class": 6, "section": 9, "school": 4, "society": 2},
    {"section": 24},
    {"self": 1, "society": 23},
    {"self": 4, "class": 8, "section": 16, "school": 8, "society": 4},
])
@pytest.mark.parametrize("size", [(1500, 800), (820, 580), (1000, 600)])
def test_post_its_never_cover_each_other_or_a_label_and_stay_in_their_ring(counts, size) -> None:
    rings = dropped(counts)
    fr = frame(*size, min_zoom=16 / 28)
    check(arrange(fr, rings), rings, fr)


def test_up_to_24_post_its_show_whole_at_the_readable_size() -> None:
    rings = dropped({"self": 3, "class": 6, "section": 9, "school": 4, "society": 2})
    layout = arrange(frame(1500, 800), rings)
    assert len(layout.positions) == 24 and not layout.more and layout.fits
    assert layout.zoom >= 24 / 28


def test_a_ring_with_more_than_fits_shows_a_count_and_its_focus_shows_them() -> None:
    rings = dropped({"self": 2, "class": 2, "section": 80, "school": 2, "society": 2})
    fr = frame(1500, 800)
    layout = arrange(fr, rings)
    check(layout, rings, fr)
    assert layout.zoom == pytest.approx(24 / 28)  # never below the readable size
    assert set(layout.more) == {"section"}
    focus = arrange(frame(1500, 800, focus="section"), rings)
    assert focus.focus == "section" and focus.zoom == pytest.approx(24 / 28)
    shown = set(focus.positions)
    assert shown <= {n.id for n in rings["section"]}
    assert len(shown) + focus.more["section"][2] == 80
    assert len(shown) > len([i for i in layout.positions if i in shown])


def test_the_ring_holding_most_gets_the_largest_share() -> None:
    rings = dropped({"self": 1, "class": 1, "section": 14, "school": 1, "society": 1})
    layout = arrange(frame(1500, 800), rings)
    widths = [b - a for a, b in zip((0.0, *layout.radii[:-1]), layout.radii, strict=True)]
    area = [b * b - a * a for a, b in zip((0.0, *layout.radii[:-1]), layout.radii, strict=True)]
    assert max(range(5), key=lambda k: area[k]) == RINGS.index("section")
    assert all(w > 0 for w in widths)


def test_fewer_post_its_are_drawn_larger_up_to_the_cap() -> None:
    few = arrange(frame(), dropped({"class": 2}))
    many = arrange(frame(), dropped({"class": 4, "section": 10, "school": 6}))
    assert few.zoom == pytest.approx(1.4) and many.zoom < few.zoom


def test_the_strip_holds_unplaced_notes_in_the_order_they_were_parked() -> None:
    rings = dropped({"class": 3, None: 4})
    fr = frame(strip_columns=1)
    layout = arrange(fr, rings)
    check(layout, rings, fr)
    ys = [layout.positions[n.id][1] for n in rings[None]]
    assert ys == sorted(ys) and layout.strip is not None
    assert all(layout.ring_at(*layout.positions[n.id]) is None for n in rings[None])


def test_a_drop_maps_to_a_stored_position_in_the_drawn_ring() -> None:
    layout = arrange(frame(), dropped({"self": 2, "class": 2, "section": 2, "school": 2, "society": 2}))
    for ring, outer in zip(RINGS, layout.radii, strict=True):
        inner = ([0.0, *layout.radii])[RINGS.index(ring)]
        for angle in (0.1, 1.9, 3.5, 5.2):
            rho = (inner + outer) / 2
            x = layout.cx + layout.ax * rho * math.cos(angle)
            y = layout.cy + layout.ay * rho * math.sin(angle)
            assert layout.ring_at(x, y) == ring
            stored = layout.to_board(x, y)
            assert stored is not None and ring_at(*stored) == ring
            back = layout.from_board(*stored)
            assert layout.ring_at(*back) == ring
    assert layout.to_board(layout.cx + layout.ax * 1.05, layout.cy) is None


@settings(max_examples=40, deadline=None)
@given(counts=st.lists(st.integers(0, 30), min_size=5, max_size=5),
       width=st.integers(600, 1900), height=st.integers(400, 1000),
       spread=st.booleans())
def test_any_board_keeps_the_promises(counts, width, height, spread) -> None:
    rings = dropped(dict(zip(RINGS, counts, strict=True)), same_spot=not spread)
    fr = frame(width, height, min_zoom=14 / 28)
    check(arrange(fr, rings), rings, fr)


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(0, 14), min_size=5, max_size=5), st.integers(0, 4), st.integers(0, 4))
def test_a_drop_arranges_the_board_as_a_fresh_arrangement_would(counts, source, target) -> None:  # noqa: ANN001
    """Rings a drop leaves alone reuse their earlier placement: the result is the same."""
    from app.models import circle_layout

    fr = frame()
    rings = dropped(dict(zip(RINGS, counts, strict=True)), same_spot=False)
    arrange(fr, rings)  # remembered
    if rings[RINGS[source]]:  # one post-it moves to another ring, on top
        note = rings[RINGS[source]].pop(0)
        r = 0.2 * target + 0.1
        rings[RINGS[target]].insert(0, LayoutNote(note.id, r * math.cos(2.0), r * math.sin(2.0)))
    again = arrange(fr, rings)
    circle_layout._ASSIGNED.clear()
    fresh = arrange(fr, rings)
    assert again.positions == fresh.positions and again.more == fresh.more
    check(again, rings, fr)
