"""The circle board's arrangement on screen: the layout of ``circle_layout`` applied to items.

The board keeps, per ring, its notes in priority order (most recently placed
first), updated note by note, so a re-arrangement after a drop looks at the
few notes a screen can show, never at every note of a big board. The layout
is computed for this screen (its size, the room's text size, the ring in
focus) and never stored: see ``app.models.circle_layout``.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import overload

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from app.models import circle as model
from app.models.circle_layout import Frame, Layout, LayoutNote, arrange
from app.views.circle.items import NOTE_H, NOTE_W, TEXT_MIN_PX, NoteItem
from app.views.circle.surface import MoreItem, Rings, Strip

ROOM_SMALL, ROOM_LARGE = (768, 16.0), (1080, 24.0)  # window height -> smallest text (px)
CONSOLE_TEXT_PX = 9.0  # the facilitator sits close to the laptop, and can zoom
MAX_NOTE_SHARE = 4.2  # a post-it is never taller than 1/4.2 of the board


def room_text_px(window_height: int) -> float:
    """The smallest post-it text the back row reads at this projector height (16 px at 768)."""
    (h0, px0), (h1, px1) = ROOM_SMALL, ROOM_LARGE
    return max(px0, px0 + (px1 - px0) * (window_height - h0) / (h1 - h0))


class _RingView(Sequence[LayoutNote]):
    """One ring's notes in priority order, read lazily by the layout."""

    def __init__(self, keys: list[tuple[float, int]], notes: dict[int, LayoutNote]) -> None:
        self.keys, self.notes = keys, notes

    def __len__(self) -> int:
        return len(self.keys)

    @overload
    def __getitem__(self, index: int) -> LayoutNote: ...
    @overload
    def __getitem__(self, index: slice) -> list[LayoutNote]: ...

    def __getitem__(self, index: int | slice) -> LayoutNote | list[LayoutNote]:
        if isinstance(index, slice):
            return [self.notes[-key[1]] for key in self.keys[index]]
        return self.notes[-self.keys[index][1]]


class Arranger:
    """Per-ring index of the notes and the current layout of one board's scene."""

    def __init__(self, scene: QGraphicsScene, rings: Rings, strip: Strip, *, audience: bool,
                 open_ring: Callable[[str], None] | None) -> None:
        self.scene, self.rings, self.strip = scene, rings, strip
        self.audience, self.open_ring = audience, open_ring
        self.layout: Layout = rings.layout
        self.focus: str | None = None
        self.text_scale = 1.0
        self._keys: dict[str | None, list[tuple[float, int]]] = {r: [] for r in (*model.RINGS, None)}
        self._where: dict[int, tuple[str | None, tuple[float, int]]] = {}
        self._notes: dict[int, LayoutNote] = {}
        self._more: dict[str | None, MoreItem] = {}

    # -- the index ---------------------------------------------------------------
    def put(self, note: model.Note) -> None:
        """Note joined or changed (ring, z or position)."""
        key = (-float(note.z), -note.id)
        ring = model.ring_at(note.x, note.y)  # the position decides, as on import
        old = self._where.get(note.id)
        if old is not None and old != (ring, key):
            self._drop_key(note.id)
        elif old is not None:
            self._notes[note.id] = LayoutNote(note.id, note.x, note.y)
            return
        self._notes[note.id] = LayoutNote(note.id, note.x, note.y)
        self._where[note.id] = (ring, key)
        bisect.insort(self._keys.setdefault(ring, []), key)

    def remove(self, note_id: int) -> None:
        if note_id in self._where:
            self._drop_key(note_id)
        self._notes.pop(note_id, None)

    def clear(self) -> None:
        for keys in self._keys.values():
            keys.clear()
        self._where.clear()
        self._notes.clear()

    def _drop_key(self, note_id: int) -> None:
        ring, key = self._where.pop(note_id)
        keys = self._keys.get(ring, [])
        i = bisect.bisect_left(keys, key)
        if i < len(keys) and keys[i] == key:
            del keys[i]

    def counts(self) -> dict[str | None, int]:
        return {ring: len(keys) for ring, keys in self._keys.items()}

    def positions_in(self, ring: str | None, *, exclude: set[int] = frozenset()
                     ) -> list[tuple[float, float]]:
        """The stored centres of one ring's notes (None: the strip's), some left out."""
        notes = (self._notes[-key[1]] for key in self._keys.get(ring, ()))
        return [(n.x, n.y) for n in notes if n.id not in exclude]

    def unplaced(self) -> int:
        return len(self._keys.get(None, []))

    # -- the layout ----------------------------------------------------------------
    def frame(self, width: float, height: float, window_height: int) -> Frame:
        if self.audience:
            readable = room_text_px(window_height) * self.text_scale
            largest = self.text_scale * height / (MAX_NOTE_SHARE * NOTE_H)
            columns = 1 if self.unplaced() else 0
        else:
            readable, largest = CONSOLE_TEXT_PX, height / (MAX_NOTE_SHARE * NOTE_H)
            columns = 2 if width >= 1000 else 1
        least = readable / TEXT_MIN_PX
        widths, heights = {}, {}
        for ring in model.RINGS:
            widths[ring], heights[ring] = self.rings.label_size(ring)
        return Frame(view_w=width, view_h=height, note_w=NOTE_W, note_h=NOTE_H,
                     min_zoom=least, max_zoom=max(least, largest), label_w=widths,
                     label_h=min(heights.values()), label_hs=heights, strip_columns=columns,
                     gap=8.0, focus=self.focus)

    def compute(self, width: float, height: float, window_height: int) -> Layout:
        rings = {ring: _RingView(keys, self._notes) for ring, keys in self._keys.items()}
        return arrange(self.frame(width, height, window_height), rings)

    def apply(self, layout: Layout, items: dict[int, NoteItem]) -> None:
        """Move, show and hide the items the new layout changes; nothing else is touched."""
        old = self.layout.positions
        if (self.layout.focus is None) != (layout.focus is None):
            for tile in self._more.values():
                self.scene.removeItem(tile)
            self._more.clear()
        self.layout = self.rings.layout = self.strip.layout = layout
        rect = QRectF(0, 0, layout.width, layout.height)
        if self.scene.sceneRect() != rect:
            self.scene.setSceneRect(rect)
        for note_id in old.keys() - layout.positions.keys():
            item = items.get(note_id)
            if item is not None and item.shown:
                self._show(item, False)
        for note_id, (x, y) in layout.positions.items():
            item = items.get(note_id)
            if item is None:
                continue
            if not item.shown:
                self._show(item, True)
            if item.px != x or item.py != y:
                item.setPos(QPointF(x, y))
        self._apply_more(layout)
        self.scene.update()

    def place(self, item: NoteItem) -> None:
        """A new or re-read item: where the current layout has it (or hidden until the next)."""
        where = self.layout.positions.get(item.note_id)
        if where is None:
            if item.shown:
                self._show(item, False)
            return
        if not item.shown:
            self._show(item, True)
        if item.px != where[0] or item.py != where[1]:
            item.setPos(QPointF(*where))

    def _show(self, item: NoteItem, shown: bool) -> None:
        """Show or hide a note; the scene's stacking list holds shown notes only."""
        item.shown = shown
        item.setVisible(shown)
        restack = getattr(self.scene, "restack", None)
        if restack is not None:
            self.scene.shelve(item)
            restack(item, shown)

    def top_z(self) -> float:
        """The highest z of any note (every ring's first key holds its highest)."""
        return max((-keys[0][0] for keys in self._keys.values() if keys), default=0.0)

    def _apply_more(self, layout: Layout) -> None:
        for ring in list(self._more):
            if ring not in layout.more:
                self.scene.removeItem(self._more.pop(ring))
        for ring, (x, y, count) in layout.more.items():
            tile = self._more.get(ring)
            if tile is None:
                opener = None if self.audience or layout.focus is not None else self.open_ring
                tile = self._more[ring] = MoreItem(ring, opener)
                self.scene.addItem(tile)
            tile.set_count(count)
            tile.setPos(QPointF(x, y))

    def more_tiles(self) -> dict[str | None, MoreItem]:
        return dict(self._more)
