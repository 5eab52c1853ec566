"""The marketplace's plenary face: pooled supply, knots, developments, open demand.

All supply of all subgroups on one wall. The facilitator drags supply onto
supply to pool it, demand onto supply (or back) to tie a knot, supply onto a
development it serves; the side panel offers fuzzy suggestions to accept or
dismiss, and the list of the school's developments. Nothing is pooled or tied
without the facilitator's gesture. The wall itself is
:mod:`app.views.market.plenary_scene`; this module is the panel around it.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.commands import market as cmd
from app.models.market_analysis import EntryView, MarketState
from app.models.market_suggest import Suggestion, suggest
from app.views.common.bus import ViewContext
from app.views.market.cards import (
    BoardView,
    EntryCard,
    Metrics,
    add_shortcut,
    names,
)
from app.views.market.plenary_scene import KnotItem, PlenaryScene
from app.views.market.room_view import RoomBoardView, ZoomBoardView


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
        if audience:
            self.view: BoardView = RoomBoardView(self.scene, self, max_scale=2.0,
                                                 text_pt=metrics.text_pt)
        else:
            self.view = ZoomBoardView(self.scene, self, max_scale=1.0)
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
        from app.views.market.plenary_keys import PlenaryKeys

        self.keys = PlenaryKeys(self)

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
        self.suggestion_list.setAccessibleName(self.tr("Suggesties"))
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
        self.dev_list.setAccessibleName(self.tr("Ontwikkelingen van de school"))
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
        self.keys.walker.refresh()
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
            self.message.emit(self.tr("Geaccepteerd; Ctrl+Z maakt dit ongedaan."))

    def dismiss_current(self) -> None:
        s = self.current_suggestion()
        if s is not None and self.ctx.push(cmd.DismissSuggestion(self.ctx.store, *s.key)):
            self.message.emit(self.tr("Afgewezen: deze suggestie komt niet terug (Ctrl+Z maakt dit ongedaan)."))

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
        keys = self.keys
        for item in self.scene.items(scene_pos):
            if isinstance(item, KnotItem):
                keys.walker.set_focus(item, select=not item.isSelected())
                menu.addAction(keys.action_untie)
                break
            if isinstance(item, EntryCard):
                entry = item.entry
                keys.walker.set_focus(item, select=not item.isSelected())
                keys.add_card_actions(menu, item)
                if entry.fits_development_id is not None:
                    menu.addAction(self.tr("Past niet meer bij de ontwikkeling"),
                                   lambda e=entry: self.ctx.push(cmd.SetFit(self.ctx.store, e.id, None)))
                break
        if not menu.isEmpty():
            menu.exec(self.view.viewport().mapToGlobal(pos))
        keys.enable_all()
