"""The plenary wall as a scene: pooled supply, knots, open demand, developments.

``PlenaryScene`` lays the four columns out (side by side while they are readable,
otherwise under each other; the room's view fits its screen) and turns a drop into
one undoable command: supply onto supply pools it, demand onto supply ties a knot,
supply onto a development marks what it serves. ``KnotItem`` is one knot.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.commands import market as cmd
from app.models.market_analysis import EntryView, MarketState
from app.views.common.bus import ViewContext
from app.views.market.cards import (
    ACCENT,
    KNOT,
    MUTED,
    POOL,
    SELECT,
    DragScene,
    EntryCard,
    LabelItem,
    Metrics,
    PanelItem,
    TagIndex,
    TextBlock,
    font,
    names,
    paint_focus,
    people_line,
)
from app.views.market.room_view import PAGED_OUT

COL_GAP, GAP, PAD, INDENT = 36.0, 10.0, 12.0, 27.0


def knot_sentence(demand: EntryView, supply: EntryView) -> str:
    """"Anna wil leren van Bram" (names optional on either side)."""
    asker = names(demand.owners) or QCoreApplication.translate("PlenaryScene", "Iemand")
    offerer = names(supply.owners) or QCoreApplication.translate("PlenaryScene", "een collega")
    return QCoreApplication.translate("PlenaryScene", "{asker} wil leren van {offerer}").format(
        asker=asker, offerer=offerer)


class KnotItem(QGraphicsObject):
    """A tied knot: who learns from whom, and what."""

    def __init__(self, match_id: int, headline: str, topic: str, metrics: Metrics) -> None:
        super().__init__()
        self.match_id, self.metrics = match_id, metrics
        self.focused = False
        self.width = metrics.card_w + 2 * INDENT - 8
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.set_text(headline, topic)

    def set_text(self, headline: str, topic: str) -> None:
        self.prepareGeometryChange()
        inner = self.width - 2 * self.metrics.pad
        self.head = TextBlock(headline, font(self.metrics.text_pt, bold=True), inner)
        self.topic = TextBlock(topic, font(self.metrics.text_pt), inner, self.metrics.tone(MUTED))
        self.height = 2 * self.metrics.pad + self.head.height + 4 + self.topic.height

    def boundingRect(self) -> QRectF:
        return QRectF(-8, -8, self.width + 18, self.height + 18)

    def set_focused(self, on: bool) -> None:
        if on != self.focused:
            self.focused = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(KNOT)
        painter.setPen(QPen(SELECT, 3) if self.isSelected() else self.metrics.edge(KNOT))
        painter.drawRoundedRect(QRectF(0, 0, self.width, self.height), 8, 8)
        if self.focused:
            paint_focus(painter, QRectF(0, 0, self.width, self.height))
        self.head.draw(painter, self.metrics.pad, self.metrics.pad)
        self.topic.draw(painter, self.metrics.pad, self.metrics.pad + self.head.height + 4)


class PlenaryScene(DragScene):
    """Four columns: supply (pools framed), knots, open demand, developments."""

    def __init__(self, ctx: ViewContext, metrics: Metrics, *, editable: bool,
                 parent: Any = None) -> None:
        super().__init__(parent, editable=editable)
        self.ctx, self.metrics = ctx, metrics
        self.state: MarketState | None = None
        self.col_w = metrics.card_w + 2 * INDENT
        self.view_width = 0
        self.min_scale = 0.75  # console: body text >= 11 px before columns go under each other
        self.room_view: tuple[int, int, float] | None = None
        self._reset_items()

    def restyle(self, metrics: Metrics) -> None:
        """New type size or contrast: rebuild every item (on the next sync)."""
        self.cancel_drag()
        self.clear()
        self.metrics = metrics
        self._reset_items()

    def _reset_items(self) -> None:
        metrics = self.metrics
        self.cards: dict[int, EntryCard] = {}
        self.knots: dict[int, KnotItem] = {}
        self.panels: dict[Any, PanelItem] = {}
        self.lines: list[LabelItem] = []
        self.empty: dict[str, LabelItem] = {}
        for key, text in (("supply", self.tr("Nog geen aanbod op de bladen.")),
                          ("knots", self.tr("Nog geen knopen gelegd.")),
                          ("open", self.tr("Elke vraag heeft een knoop.")),
                          ("devs", self.tr("Nog geen ontwikkelingen genoemd."))):
            label = LabelItem(text, font(metrics.small_pt + 1, italic=True), self.col_w - PAD,
                              metrics.tone(MUTED))
            self.empty[key] = label
            self.addItem(label)

    def sync(self, state: MarketState) -> None:
        self.state = state
        self._sync_cards(state)
        self._sync_knots(state)
        self._sync_panels(state)
        self.relayout()

    def key_columns(self) -> list[list[QGraphicsItem]]:
        """The walls' columns as the keyboard walks them: supply (pools first), knots, open demand."""
        state = self.state
        if state is None:
            return []
        pooled = [e for group in state.pools() for e in group]
        loose = [e for e in state.side("supply") if e.id not in state.pool_of]
        return [[self.cards[e.id] for e in pooled + loose if e.id in self.cards],
                [self.knots[k.match_id] for k in state.knots() if k.match_id in self.knots],
                [self.cards[e.id] for e in state.open_demand() if e.id in self.cards]]

    def _card_people(self, entry: EntryView) -> str:
        assert self.state is not None
        line = people_line(entry)
        group = self.state.subgroup_name(entry.subgroup_id)
        return f"{line} · {group}" if line else group

    def _sync_cards(self, state: MarketState) -> None:
        shown = {e.id: e for e in state.side("supply") + state.open_demand()}
        for entry_id in set(self.cards) - set(shown):
            self.removeItem(self.cards.pop(entry_id))
        marks = TagIndex(state)
        for entry in shown.values():
            card = self.cards.get(entry.id)
            tags = marks.line(entry, fits=False)  # words, so colour is never the only cue
            if card is None:
                card = self.cards[entry.id] = EntryCard(entry, self.metrics,
                                                        people=self._card_people(entry), tags=tags)
                self.addItem(card)
            else:
                card.set_entry(entry, people=self._card_people(entry), tags=tags)

    def _sync_knots(self, state: MarketState) -> None:
        knots = {k.match_id: k for k in state.knots()}
        for match_id in set(self.knots) - set(knots):
            self.removeItem(self.knots.pop(match_id))
        for match_id, knot in knots.items():
            headline = knot_sentence(knot.demand, knot.supply) + ":"
            topic = knot.supply.text if knot.supply.text == knot.demand.text else \
                self.tr("{supply}  (vraag: {demand})").format(supply=knot.supply.text,
                                                             demand=knot.demand.text)
            if match_id not in self.knots:
                self.knots[match_id] = KnotItem(match_id, headline, topic, self.metrics)
                self.addItem(self.knots[match_id])
            else:
                self.knots[match_id].set_text(headline, topic)

    def _panel(self, key: Any, title: str, subtitle: str = "", **kw: Any) -> PanelItem:
        panel = self.panels.get(key)
        if panel is None:
            panel = self.panels[key] = PanelItem(key, title, self.metrics, subtitle=subtitle, **kw)
            self.addItem(panel)
        else:
            panel.set_titles(title, subtitle)
        return panel

    def _sync_panels(self, state: MarketState) -> None:
        hint = self.editable
        wanted: set[Any] = set()
        columns = (
            ("supply", self.tr("Aanbod"), self.tr("Sleep aanbod op aanbod om te bundelen") if hint
             else self.tr("Wat we in huis hebben"), ACCENT["supply"]),
            ("knots", self.tr("Knopen"), self.tr("Sleep een vraag op een aanbod") if hint
             else self.tr("Wie leert van wie"), MUTED),
            ("open", self.tr("Open vraag"), self.tr("Hoe kunnen we dit ontwikkelen?"), ACCENT["demand"]),
            ("devs", self.tr("Ontwikkelingen van de school"),
             self.tr("Sleep aanbod op een ontwikkeling die het dient") if hint
             else self.tr("Welk aanbod past erbij?"), MUTED))
        for key, title, sub, accent in columns:
            wanted.add(("col", key))
            self._panel(("col", key), title, sub, accent=accent, width=self.col_w + 2 * PAD)
        for group in state.pools():
            key = ("pool", state.pool_of[group[0].id])
            wanted.add(key)
            people = {p.name for e in group for p in e.owners if p.name}
            self._panel(key, self.tr("Gebundeld · {n} collega's").format(n=len(people)) if people
                        else self.tr("Gebundeld"), fill=POOL, accent=ACCENT["supply"],
                        width=self.col_w, title_pt=self.metrics.text_pt)
        for dev in state.developments:
            wanted.add(("dev", dev.id))
            self._panel(("dev", dev.id), dev.text, width=self.col_w, accent=MUTED,
                        title_pt=self.metrics.text_pt)
        for key in set(self.panels) - wanted:
            self.removeItem(self.panels.pop(key))
        for line in self.lines:
            self.removeItem(line)
        self.lines = []
        for dev, fitting in state.fits():
            for entry in fitting:
                who = names(entry.owners)
                line = LabelItem(f"• {entry.text}" + (f" — {who}" if who else ""),
                                 font(self.metrics.small_pt + 1), self.col_w - 2 * PAD)
                line.key = ("fit", dev.id, entry.id)
                self.addItem(line)
                self.lines.append(line)

    COLUMNS = ("supply", "knots", "open", "devs")

    def relayout(self) -> None:
        """Four columns side by side, or two rows of two (or one under another) on a narrow
        view; every column of a row is as tall as the tallest."""
        state = self.state
        if state is None:
            return
        per_row = self.per_row()
        tops = {key: self.panels[("col", key)].header for key in self.COLUMNS}
        step = self.col_w + 2 * PAD + COL_GAP
        xs = {key: (i % per_row) * step for i, key in enumerate(self.COLUMNS)}
        row_top, bottom_of_wall = 0.0, 0.0
        for first in range(0, len(self.COLUMNS), per_row):
            keys = self.COLUMNS[first:first + per_row]
            bottoms = {key: self._fill_column(state, key, xs[key], row_top + tops[key]) for key in keys}
            height = max(420.0 if per_row == 4 else 200.0,
                         max(bottoms.values()) - row_top + PAD)
            for key in keys:
                panel = self.panels[("col", key)]
                panel.setPos(xs[key], row_top)
                panel.set_height(height)
                self.empty[key].setData(PAGED_OUT, False)  # shown or not by its own rule
                self.empty[key].setVisible(bottoms[key] <= row_top + tops[key])
                self.empty[key].setPos(xs[key] + 2 * PAD, row_top + tops[key] + 4)
            bottom_of_wall = row_top + height
            row_top = bottom_of_wall + COL_GAP
        width = (per_row - 1) * step + self.col_w + 2 * PAD
        self.setSceneRect(-20, -20, width + 40, bottom_of_wall + 40)
        self.laid_out.emit()

    def _fill_column(self, state: MarketState, key: str, x: float, y: float) -> float:
        if key == "supply":
            return self._layout_supply(state, x + PAD, y)
        if key == "knots":
            return self._stack([self.knots[k.match_id] for k in state.knots()], x + PAD + 4, y)
        if key == "open":
            return self._stack([self.cards[e.id] for e in state.open_demand()],
                               x + PAD + INDENT, y)
        return self._layout_devs(state, x + PAD, y)

    def per_row(self) -> int:
        """Columns side by side: all four when they are readable, else two, else one."""
        if self.room_view is not None:
            return self._room_per_row()
        if not self.view_width:
            return 4
        for per_row in (4, 2):
            wall = per_row * (self.col_w + 2 * PAD + COL_GAP) - COL_GAP + 40
            if self.view_width / wall >= self.min_scale:
                return per_row
        return 1

    def _room_per_row(self) -> int:
        width, height, readable = self.room_view  # type: ignore[misc]
        best, best_scale = 4, 0.0
        for per_row in (4, 2, 1):
            wall_w, wall_h = self._measure(per_row)
            scale = min(width / wall_w, height / wall_h)
            if scale > best_scale + 1e-6:
                best, best_scale = per_row, scale
        if best_scale >= readable:
            return best
        for per_row in (4, 2, 1):
            if width / self._measure(per_row)[0] >= readable:
                return per_row
        return 1

    def _measure(self, per_row: int) -> tuple[float, float]:
        """The wall's size with ``per_row`` columns side by side (from the items' heights)."""
        assert self.state is not None
        heights = {key: self.panels[("col", key)].header + self._column_height(key)
                   for key in self.COLUMNS}
        step = self.col_w + 2 * PAD + COL_GAP
        rows = [self.COLUMNS[i:i + per_row] for i in range(0, 4, per_row)]
        wall_h = sum(max(420.0 if per_row == 4 else 200.0, max(heights[k] for k in row) + PAD)
                     for row in rows) + COL_GAP * (len(rows) - 1)
        return (per_row - 1) * step + self.col_w + 2 * PAD + 40, wall_h + 40

    def _column_height(self, key: str) -> float:
        state = self.state
        assert state is not None
        if key == "supply":
            pooled = {e.id for g in state.pools() for e in g}
            pools = sum(self.panels[("pool", state.pool_of[g[0].id])].header + 8 + GAP
                        + sum(self.cards[e.id].height + GAP for e in g) for g in state.pools())
            return pools + sum(self.cards[e.id].height + GAP for e in state.side("supply")
                               if e.id not in pooled)
        if key == "knots":
            return sum(self.knots[k.match_id].height + GAP for k in state.knots())
        if key == "open":
            return sum(self.cards[e.id].height + GAP for e in state.open_demand())
        lines = {line.key[1:]: line for line in self.lines}
        total = 0.0
        for dev, fitting in state.fits():
            panel = self.panels[("dev", dev.id)]
            inner = sum(lines[(dev.id, e.id)].boundingRect().height() + 4 for e in fitting)
            total += max(panel.header + inner + 8, panel.header + 24) + GAP
        return total

    def set_view_width(self, width: int) -> None:
        before = self.per_row() if self.state is not None else None
        self.view_width = width
        if self.state is not None and self.per_row() != before:
            self.relayout()

    def set_room_view(self, width: int, height: int, readable: float) -> None:
        self.room_view = (width, height, readable)
        if self.state is not None:
            self.relayout()

    def _place(self, item: QGraphicsItem, x: float, y: float) -> None:
        dragged = self._press[0] if self._press is not None and self._dragging else None
        if item is not dragged:
            item.setPos(x, y)
        item.setZValue(0 if not isinstance(item, PanelItem) else -0.5)

    def _stack(self, items: list[Any], x: float, y: float) -> float:
        for item in items:
            self._place(item, x, y)
            y += item.height + GAP
        return y

    def _layout_supply(self, state: MarketState, x: float, y: float) -> float:
        pooled: set[int] = set()
        for group in state.pools():
            panel = self.panels[("pool", state.pool_of[group[0].id])]
            self._place(panel, x, y)
            bottom = self._stack([self.cards[e.id] for e in group], x + INDENT, y + panel.header)
            panel.set_height(bottom - y + 4)
            y = bottom + 4 + GAP
            pooled.update(e.id for e in group)
        rest = [self.cards[e.id] for e in state.side("supply") if e.id not in pooled]
        return self._stack(rest, x + INDENT, y)

    def _layout_devs(self, state: MarketState, x: float, y: float) -> float:
        lines = {line.key[1:]: line for line in self.lines}
        for dev, fitting in state.fits():
            panel = self.panels[("dev", dev.id)]
            self._place(panel, x, y)
            inner = y + panel.header
            for entry in fitting:
                line = lines[(dev.id, entry.id)]
                line.setPos(x + PAD, inner)
                inner += line.boundingRect().height() + 4
            panel.set_height(max(inner - y + 8, panel.header + 24))
            y += panel.height + GAP
        return y

    # -- dragging -------------------------------------------------------------------
    def target_at(self, pos: QPointF, card: EntryCard) -> Any:
        assert self.state is not None
        other = self.card_at(pos, exclude=card)
        if other is not None:
            sides = {card.entry.side, other.entry.side}
            if sides == {"supply", "demand"}:
                return other
            same_pool = self.state.pool_of.get(card.entry_id) is not None and \
                self.state.pool_of.get(card.entry_id) == self.state.pool_of.get(other.entry_id)
            return other if sides == {"supply"} and not same_pool else None
        if card.entry.side == "supply":
            for key, panel in self.panels.items():
                if key[0] == "dev" and panel.sceneBoundingRect().contains(pos):
                    return panel
        return None

    def drop(self, card: EntryCard, target: Any, pos: QPointF) -> None:
        store, entry = self.ctx.store, card.entry
        if isinstance(target, PanelItem):
            if entry.fits_development_id != target.key[1]:
                self.ctx.push(cmd.SetFit(store, entry.id, target.key[1]))
        elif entry.side == "supply" and target.entry.side == "supply":
            self.ctx.push(cmd.PoolEntries(store, entry.id, target.entry_id))
        else:
            demand, supply = (entry, target.entry) if entry.side == "demand" else (target.entry, entry)
            self.ctx.push(cmd.AddMatch(store, demand.id, supply.id))
