"""The marketplace's sheets: every subgroup's supply and demand, side by side like flip-overs.

Drag a line to reorder it, or onto another sheet or subgroup; the move is one
undoable command. Items are reused by id when the model changes.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QWidget

from app.commands import market as cmd
from app.models.market_analysis import MarketState
from app.views.common.bus import ViewContext
from app.views.market.cards import (
    ACCENT,
    MUTED,
    DragScene,
    EntryCard,
    LabelItem,
    Metrics,
    PanelItem,
    TagIndex,
    font,
    group_title,
    people_line,
)

SIDE_ORDER = ("supply", "demand")
GAP, GROUP_GAP, SHEET_PAD, MIN_SHEET = 10.0, 44.0, 12.0, 300.0


class SheetsScene(DragScene):
    """Every subgroup's two sheets; drag a line to reorder it or to another sheet.

    Signals:
        sheet_clicked(int, str): a sheet was clicked (subgroup id, side).
        header_menu(int, QPoint): context menu asked on a subgroup title.
    """

    sheet_clicked = Signal(int, str)

    def __init__(self, ctx: ViewContext, metrics: Metrics, *, editable: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, editable=editable)
        self.ctx, self.metrics = ctx, metrics
        self.state: MarketState | None = None
        self.current: tuple[int, str] | None = None
        self.view_width = 0
        self.room_view: tuple[int, int, float] | None = None  # the room's (width, height, scale)
        self._reset_items()

    def _reset_items(self) -> None:
        self.cards: dict[int, EntryCard] = {}
        self._by_sheet: dict[tuple[int, str], list[EntryCard]] = {}
        self.sheets: dict[tuple[int, str], PanelItem] = {}
        self.headers: dict[int, tuple[LabelItem, LabelItem]] = {}
        self.hint = LabelItem("", font(self.metrics.title_pt), 700, self.metrics.tone(MUTED))
        self.addItem(self.hint)

    def restyle(self, metrics: Metrics) -> None:
        """New type size or contrast: rebuild every item (on the next sync)."""
        self.cancel_drag()
        self.clear()
        self.metrics = metrics
        self._reset_items()

    # -- content ------------------------------------------------------------
    def sync(self, state: MarketState) -> None:
        """Bring the items in line with ``state``, reusing items by id."""
        self.state = state
        for entry_id in set(self.cards) - set(state.entries):
            self.removeItem(self.cards.pop(entry_id))
        tags = TagIndex(state)
        self._by_sheet: dict[tuple[int, str], list[EntryCard]] = {}
        for entry in state.entries.values():
            card = self.cards.get(entry.id)
            if card is None:
                card = self.cards[entry.id] = EntryCard(entry, self.metrics, people=people_line(entry),
                                                        tags=tags.line(entry))
                self.addItem(card)
            else:  # the names only change with the entry: most cards keep theirs
                people = card.people_text if card.entry == entry else people_line(entry)
                card.set_entry(entry, people=people, tags=tags.line(entry))
            self._by_sheet.setdefault((entry.subgroup_id, entry.side), []).append(card)
        wanted = {(g.id, side) for g in state.subgroups for side in SIDE_ORDER}
        for key in set(self.sheets) - wanted:
            self.removeItem(self.sheets.pop(key))
        for gid in set(self.headers) - {g.id for g in state.subgroups}:
            for item in self.headers.pop(gid):
                self.removeItem(item)
        self._sync_sheets(state)
        self.relayout()

    def _sync_sheets(self, state: MarketState) -> None:
        sheet_w = self.metrics.card_w + 2 * SHEET_PAD
        for g in state.subgroups:
            members = ", ".join(p.name for p in state.participants
                                if (p.subgroup or "").casefold() == g.name.casefold())
            if g.id not in self.headers:
                pair = (LabelItem("", font(self.metrics.title_pt, bold=True), 2 * sheet_w + 16),
                        LabelItem("", font(self.metrics.small_pt), 2 * sheet_w + 16,
                                  self.metrics.tone(MUTED)))
                for item in pair:
                    item.key = ("group", g.id)
                    self.addItem(item)
                self.headers[g.id] = pair
            title, sub = self.headers[g.id]
            title.set_text(group_title(g.name), font(self.metrics.title_pt, bold=True))
            sub.set_text(members, font(self.metrics.small_pt), self.metrics.tone(MUTED))
            for side in SIDE_ORDER:
                if (g.id, side) not in self.sheets:
                    label = self.tr("Aanbod") if side == "supply" else self.tr("Vraag")
                    sub_label = (self.tr("Wat kan ik bieden, en wie?") if side == "supply"
                                 else self.tr("Wat wil ik leren, van wie?"))
                    panel = PanelItem(("sheet", g.id, side), label, self.metrics,
                                      accent=ACCENT[side], subtitle=sub_label, width=sheet_w)
                    self.sheets[(g.id, side)] = panel
                    self.addItem(panel)
                self.sheets[(g.id, side)].set_flags(current=self.current == (g.id, side))

    def relayout(self) -> None:
        """Place headers, sheets and cards; every sheet is as tall as the tallest."""
        state = self.state
        if state is None:
            return
        groups = state.subgroups
        self.hint.setVisible(not groups)
        if not groups:
            self.hint.set_text(self.tr("Nog geen subgroepen. Maak ze met ‘Subgroepen uit "
                                       "deelnemers’ of ‘+ Subgroep’.") if self.editable
                               else self.tr("Nog geen subgroepen."), font(self.metrics.title_pt),
                               self.metrics.tone(MUTED))
            self.setSceneRect(-20, -20, 740, 200)
            return
        sheet_w = self.metrics.card_w + 2 * SHEET_PAD
        group_w = self.group_width()
        per_row = self.per_row(len(groups))
        header_h, sheet_h = self._block_sizes()
        for i, g in enumerate(groups):
            row, col = divmod(i, per_row)
            x, y = col * (group_w + GROUP_GAP), row * (header_h + sheet_h + GROUP_GAP)
            title, sub = self.headers[g.id]
            title.setPos(x, y)
            sub.setPos(x, y + title.boundingRect().height())
            for k, side in enumerate(SIDE_ORDER):
                panel = self.sheets[(g.id, side)]
                panel.setPos(x + k * (sheet_w + 16), y + header_h)
                panel.set_height(sheet_h)
                self._place_cards(g.id, side, panel)
        rows = (len(groups) + per_row - 1) // per_row
        self.setSceneRect(-20, -20, per_row * (group_w + GROUP_GAP) - GROUP_GAP + 40,
                          rows * (header_h + sheet_h + GROUP_GAP) - GROUP_GAP + 40)
        self.laid_out.emit()

    def group_width(self) -> float:
        return 2 * (self.metrics.card_w + 2 * SHEET_PAD) + 16

    def _block_sizes(self) -> tuple[float, float]:
        """Height of a subgroup's title block and of its sheets (all as tall as the fullest)."""
        assert self.state is not None
        header_h = max((t.boundingRect().height() + s.boundingRect().height()
                        for t, s in self.headers.values()), default=0) + 10
        fill = max((self._fill(g.id, side) for g in self.state.subgroups for side in SIDE_ORDER
                    if (g.id, side) in self.sheets), default=0)
        return header_h, max(MIN_SHEET, fill)

    def per_row(self, count: int) -> int:
        """Subgroups side by side: at most three, fewer when the text would get too small."""
        if self.room_view is not None and count and self.state is not None:
            return self._room_per_row(count)
        fits = int(self.view_width / (0.8 * (self.group_width() + GROUP_GAP))) if self.view_width else 3
        per_row = max(1, min(3, fits, count))
        return 2 if count == 4 and per_row == 3 else per_row

    def _room_per_row(self, count: int) -> int:
        """For the room: the arrangement that shows everything largest; when even that is too
        small to read, the most subgroups side by side that are readable at full width (the
        rest goes on the next page)."""
        width, height, readable = self.room_view  # type: ignore[misc]
        header_h, sheet_h = self._block_sizes()
        best, best_scale = 1, 0.0
        options = range(1, min(4, count) + 1)
        for per_row in options:
            rows = -(-count // per_row)
            wall_w = per_row * (self.group_width() + GROUP_GAP) - GROUP_GAP + 40
            wall_h = rows * (header_h + sheet_h + GROUP_GAP) - GROUP_GAP + 40
            scale = min(width / wall_w, height / wall_h)
            if scale > best_scale:
                best, best_scale = per_row, scale
        if best_scale >= readable:
            return best
        wide = [p for p in options
                if width / (p * (self.group_width() + GROUP_GAP) - GROUP_GAP + 40) >= readable]
        return max(wide) if wide else 1

    def set_room_view(self, width: int, height: int, readable: float) -> None:
        """The room's view size and the smallest readable scale (audience only)."""
        self.room_view = (width, height, readable)
        if self.state is not None:
            self.relayout()

    def set_view_width(self, width: int) -> None:
        count = len(self.state.subgroups) if self.state else 0
        before = self.per_row(count)
        self.view_width = width
        if self.state is not None and self.per_row(count) != before:
            self.relayout()

    def key_columns(self) -> list[list[EntryCard]]:
        """Every sheet's cards, subgroup by subgroup, supply before demand: the keyboard's walk."""
        if self.state is None:
            return []
        return [self._sheet_cards(g.id, side) for g in self.state.subgroups for side in SIDE_ORDER]

    def sheet_keys(self) -> list[tuple[int, str]]:
        assert self.state is not None
        return [(g.id, side) for g in self.state.subgroups for side in SIDE_ORDER]

    def _sheet_cards(self, gid: int, side: str) -> list[EntryCard]:
        """A sheet's cards in board order (indexed at each sync)."""
        return self._by_sheet.get((gid, side), [])

    def _fill(self, gid: int, side: str) -> float:
        panel = self.sheets[(gid, side)]
        return panel.header + sum(c.height + GAP for c in self._sheet_cards(gid, side)) + SHEET_PAD

    def _place_cards(self, gid: int, side: str, panel: PanelItem) -> None:
        y = panel.y() + panel.header
        for card in self._sheet_cards(gid, side):
            if self._press is None or card is not self._press[0] or not self._dragging:
                card.setPos(panel.x() + SHEET_PAD, y)
            y += card.height + GAP

    def set_current(self, key: tuple[int, str] | None) -> None:
        self.current = key
        for k, panel in self.sheets.items():
            panel.set_flags(current=k == key)

    # -- dragging -----------------------------------------------------------------
    def target_at(self, pos: QPointF, card: EntryCard) -> PanelItem | None:
        for panel in self.sheets.values():
            if panel.sceneBoundingRect().contains(pos):
                return panel
        return None

    def drop_index(self, panel: PanelItem, card: EntryCard, pos: QPointF) -> int:
        _, gid, side = panel.key
        others = [c for c in self._sheet_cards(gid, side) if c is not card]
        return sum(1 for c in others if c.y() + c.height / 2 < pos.y())

    def drop(self, card: EntryCard, target: PanelItem, pos: QPointF) -> None:
        _, gid, side = target.key
        index = self.drop_index(target, card, pos)
        entry = card.entry
        if (gid, side) == (entry.subgroup_id, entry.side):
            current = [c.entry_id for c in self._sheet_cards(gid, side)].index(entry.id)
            if current == index:
                return
        self.ctx.push(cmd.MoveEntry(self.ctx.store, entry.id, gid, side, index))

    def mousePressEvent(self, event) -> None:  # noqa: ANN001
        super().mousePressEvent(event)
        if self.card_at(event.scenePos()) is None:
            panel = self.target_at(event.scenePos(), None)  # type: ignore[arg-type]
            if panel is not None:
                self.sheet_clicked.emit(panel.key[1], panel.key[2])
