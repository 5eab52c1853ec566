"""The marketplace's plenary face: pooled supply, knots, developments, open demand.

All supply of all subgroups on one wall. The facilitator drags supply onto
supply to pool it, demand onto supply (or back) to tie a knot, supply onto a
development it serves; the side panel offers fuzzy suggestions to accept or
dismiss, and the list of the school's developments. Nothing is pooled or tied
without the facilitator's gesture.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from app.commands import market as cmd
from app.models.market_analysis import EntryView, MarketState
from app.models.market_suggest import Suggestion, suggest
from app.views.common.bus import ViewContext
from app.views.market.cards import (
    ACCENT,
    KNOT,
    MUTED,
    POOL,
    SELECT,
    BoardView,
    DragScene,
    EntryCard,
    LabelItem,
    Metrics,
    PanelItem,
    TextBlock,
    add_shortcut,
    font,
    names,
    people_line,
)

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
        return QRectF(-2, -2, self.width + 6, self.height + 6)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(KNOT)
        painter.setPen(QPen(SELECT, 3) if self.isSelected() else self.metrics.edge(KNOT))
        painter.drawRoundedRect(QRectF(0, 0, self.width, self.height), 8, 8)
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

    def _card_people(self, entry: EntryView) -> str:
        assert self.state is not None
        line = people_line(entry)
        group = self.state.subgroup_name(entry.subgroup_id)
        return f"{line} · {group}" if line else group

    def _sync_cards(self, state: MarketState) -> None:
        shown = {e.id: e for e in state.side("supply") + state.open_demand()}
        for entry_id in set(self.cards) - set(shown):
            self.removeItem(self.cards.pop(entry_id))
        for entry in shown.values():
            card = self.cards.get(entry.id)
            if card is None:
                card = self.cards[entry.id] = EntryCard(entry, self.metrics,
                                                        people=self._card_people(entry))
                self.addItem(card)
            else:
                card.set_entry(entry, people=self._card_people(entry))

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

    def relayout(self) -> None:
        state = self.state
        if state is None:
            return
        tops = {key: self.panels[("col", key)].header for key in ("supply", "knots", "open", "devs")}
        xs = {key: i * (self.col_w + 2 * PAD + COL_GAP)
              for i, key in enumerate(("supply", "knots", "open", "devs"))}
        bottoms = {"supply": self._layout_supply(state, xs["supply"] + PAD, tops["supply"]),
                   "knots": self._stack([self.knots[k.match_id] for k in state.knots()],
                                        xs["knots"] + PAD + 4, tops["knots"]),
                   "open": self._stack([self.cards[e.id] for e in state.open_demand()],
                                       xs["open"] + PAD + INDENT, tops["open"]),
                   "devs": self._layout_devs(state, xs["devs"] + PAD, tops["devs"])}
        height = max(420.0, max(bottoms.values()) + PAD)
        for key, x in xs.items():
            panel = self.panels[("col", key)]
            panel.setPos(x, 0)
            panel.set_height(height)
            self.empty[key].setVisible(bottoms[key] <= tops[key])
            self.empty[key].setPos(x + 2 * PAD, tops[key] + 4)
        self.setSceneRect(-20, -20, xs["devs"] + self.col_w + 2 * PAD + 40, height + 40)

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


class PlenaryPanel(QWidget):
    """The plenary wall plus, for the facilitator, suggestions and developments.

    Signals:
        message(str): a short status text.
    """

    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, metrics: Metrics, *,
                 audience: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.scene = PlenaryScene(ctx, metrics, editable=not audience, parent=self)
        self.view = BoardView(self.scene, self, max_scale=2.0 if audience else 1.4)
        self.suggestions: list[Suggestion] = []
        self.state = MarketState(workshop_id)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if audience:
            layout.addWidget(self.view)
            return
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self._side_panel())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 320])
        layout.addWidget(splitter)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.untie_selected)

    def _side_panel(self) -> QWidget:
        side = QWidget(self)
        side.setMinimumWidth(240)
        side.setMaximumWidth(420)
        col = QVBoxLayout(side)
        col.setContentsMargins(4, 0, 0, 0)
        title = QLabel(self.tr("<b>Suggesties</b>"), side)
        title.setToolTip(self.tr("Lijken op elkaar (hoofdletters, accenten en spaties tellen niet "
                                 "mee). Er wordt niets samengevoegd tot je accepteert."))
        self.suggestion_list = QListWidget(side)
        self.suggestion_list.setWordWrap(True)
        self.suggestion_list.setAlternatingRowColors(True)
        self.suggestion_list.setSpacing(3)
        self.suggestion_list.currentRowChanged.connect(self._show_suggestion)
        self.accept_button = QPushButton(self.tr("Accepteren (Enter)"), side)
        self.dismiss_button = QPushButton(self.tr("Afwijzen (Del)"), side)
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        # the list takes Enter itself (as "activated"), so a shortcut on it never fires
        self.suggestion_list.activated.connect(lambda _index: self.accept_current())
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.suggestion_list,
                     self.dismiss_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        dev_title = QLabel(self.tr("<b>Ontwikkelingen van de school</b>"), side)
        self.dev_edit = QLineEdit(side)
        self.dev_edit.setPlaceholderText(self.tr("Nieuwe ontwikkeling, Enter"))
        self.dev_edit.returnPressed.connect(self.add_development)
        self.dev_list = QListWidget(side)
        self.dev_list.itemChanged.connect(self._development_edited)
        add_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.dev_list,
                     self.remove_development)
        for widget in (title, self.suggestion_list):
            col.addWidget(widget, 3 if widget is self.suggestion_list else 0)
        col.addLayout(buttons)
        for widget in (dev_title, self.dev_edit, self.dev_list):
            col.addWidget(widget, 1 if widget is self.dev_list else 0)
        return side

    # -- content ------------------------------------------------------------------
    def sync(self, state: MarketState) -> None:
        self.state = state
        self.scene.sync(state)
        if self.audience:
            return
        self.suggestions = suggest(state)
        row = max(0, self.suggestion_list.currentRow())
        self.suggestion_list.blockSignals(True)
        self.suggestion_list.clear()
        for s in self.suggestions:
            item = QListWidgetItem(self.describe(s))
            item.setToolTip(self.tr("Overeenkomst: {score}%").format(score=s.score))
            self.suggestion_list.addItem(item)
        self.suggestion_list.setCurrentRow(min(row, len(self.suggestions) - 1))
        self.suggestion_list.blockSignals(False)
        self._show_suggestion(self.suggestion_list.currentRow())
        has = bool(self.suggestions)
        self.accept_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        self.dev_list.blockSignals(True)
        self.dev_list.clear()
        for dev in state.developments:
            item = QListWidgetItem(dev.text)
            item.setData(Qt.ItemDataRole.UserRole, dev.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.dev_list.addItem(item)
        self.dev_list.blockSignals(False)

    def describe(self, s: Suggestion) -> str:
        a, b = self.state.entries[s.a_id], self.state.entries[s.b_id]

        def who(e: EntryView) -> str:
            return ", ".join(x for x in (names(e.owners), self.state.subgroup_name(e.subgroup_id)) if x)

        if s.kind == "pool":
            return self.tr("Bundelen? “{a}” ({wa}) en “{b}” ({wb})").format(
                a=a.text, wa=who(a), b=b.text, wb=who(b))
        if s.reason == "person":
            return self.tr("Knoop? {asker} noemt “{name}” bij “{demand}”; {offerer} biedt “{supply}”"
                           ).format(asker=names(a.owners) or self.tr("Iemand"), name=s.person,
                                    demand=a.text, offerer=names(b.owners), supply=b.text)
        return self.tr("Knoop? {asker} wil leren: “{demand}”; {offerer} biedt “{supply}”").format(
            asker=names(a.owners) or self.tr("iemand"), demand=a.text,
            offerer=names(b.owners) or self.tr("iemand"), supply=b.text)

    def _show_suggestion(self, row: int) -> None:
        self.scene.clearSelection()
        if 0 <= row < len(self.suggestions):
            for entry_id in (self.suggestions[row].a_id, self.suggestions[row].b_id):
                card = self.scene.cards.get(entry_id)
                if card is not None:
                    card.setSelected(True)
                    self.view.ensureVisible(card)

    def current_suggestion(self) -> Suggestion | None:
        row = self.suggestion_list.currentRow()
        return self.suggestions[row] if 0 <= row < len(self.suggestions) else None

    def accept_current(self) -> None:
        s = self.current_suggestion()
        if s is not None and self.ctx.push(cmd.accept_suggestion(self.ctx.store, s)):
            self.message.emit(self.tr("Geaccepteerd; Ctrl+Z zet terug."))

    def dismiss_current(self) -> None:
        s = self.current_suggestion()
        if s is not None and self.ctx.push(cmd.DismissSuggestion(self.ctx.store, *s.key)):
            self.message.emit(self.tr("Afgewezen: deze suggestie komt niet terug (Ctrl+Z zet terug)."))

    # -- developments -------------------------------------------------------------------
    def add_development(self) -> None:
        if self.dev_edit.text().strip() and self.ctx.push(
                cmd.AddDevelopment(self.ctx.store, self.workshop_id, self.dev_edit.text())):
            self.dev_edit.setText("")  # Ctrl+Z now undoes the development

    def _development_edited(self, item: QListWidgetItem) -> None:
        dev_id = item.data(Qt.ItemDataRole.UserRole)
        old = next((d.text for d in self.state.developments if d.id == dev_id), None)
        if old is not None and item.text() != old:
            if not self.ctx.push(cmd.UpdateDevelopment(self.ctx.store, dev_id, item.text())):
                self.sync(self.state)

    def remove_development(self) -> None:
        item = self.dev_list.currentItem()
        if item is not None:
            self.ctx.push(cmd.RemoveDevelopment(self.ctx.store, item.data(Qt.ItemDataRole.UserRole)))

    # -- untying ---------------------------------------------------------------------------
    def untie_selected(self) -> None:
        for item in self.scene.selectedItems():
            if isinstance(item, KnotItem):
                self.ctx.push(cmd.RemoveMatch(self.ctx.store, item.match_id))

    def _context_menu(self, pos: Any) -> None:
        scene_pos = self.view.mapToScene(pos)
        menu = QMenu(self)
        for item in self.scene.items(scene_pos):
            if isinstance(item, KnotItem):
                menu.addAction(self.tr("Knoop losmaken (Del)"), lambda i=item: self.ctx.push(
                    cmd.RemoveMatch(self.ctx.store, i.match_id)))
                break
            if isinstance(item, EntryCard):
                entry = item.entry
                if entry.id in self.state.pool_of:
                    menu.addAction(self.tr("Uit de bundel halen"), lambda e=entry: self.ctx.push(
                        cmd.Unpool(self.ctx.store, e.id)))
                if entry.fits_development_id is not None:
                    menu.addAction(self.tr("Past niet meer bij de ontwikkeling"),
                                   lambda e=entry: self.ctx.push(cmd.SetFit(self.ctx.store, e.id, None)))
                break
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))
