"""Every drag of the plenary wall as a key: pool, tie, development fit, and their undo.

Drag supply onto supply = Ctrl+B (bundle the selected supply, two or more);
drag demand onto supply = Ctrl+K (tie the selected demand to the selected supply);
drag supply onto a development = Ctrl+D (a menu of developments for the selected
supply) or Ctrl+Shift+D (the same for the whole pool of the focused card).
Ctrl+Shift+B takes the focused card out of its pool; Del unties the focused knot.
Ctrl+Z undoes any of them (the window's undo).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from app.commands import market as cmd
from app.views.market.cards import EntryCard
from app.views.market.keys import CardKeys, popup_menu, view_action

if TYPE_CHECKING:
    from app.views.market.plenary import PlenaryPanel



class PlenaryKeys:
    """The plenary panel's key routes; owns the focus walker and the actions."""

    def __init__(self, panel: PlenaryPanel) -> None:
        self.panel = panel
        view = panel.view
        self.walker = CardKeys(view, panel.scene, panel.scene.key_columns)
        self.open_menu: QMenu | None = None
        group = QCoreApplication.translate("PlenaryKeys", "Marktplaats · plenair")
        view.setProperty("shortcutGroup", group)
        self.action_pool = view_action(view, QCoreApplication.translate("PlenaryKeys", "Gekozen aanbod bundelen"), "Ctrl+B",
                                       self.pool_selected, group)
        self.action_unpool = view_action(view, QCoreApplication.translate("PlenaryKeys", "Uit de bundel halen"), "Ctrl+Shift+B",
                                         self.unpool_focused, group)
        self.action_tie = view_action(view, QCoreApplication.translate("PlenaryKeys", "Knoop leggen: gekozen vraag met gekozen aanbod"),
                                      "Ctrl+K", self.tie_selected, group)
        self.action_untie = view_action(view, QCoreApplication.translate("PlenaryKeys", "Knoop losmaken"), "Del", self.untie, group)
        self.action_fit = view_action(view, QCoreApplication.translate("PlenaryKeys", "Past bij ontwikkeling…"), "Ctrl+D",
                                      lambda: self.fit_menu(pool=False), group)
        self.action_fit_pool = view_action(view, QCoreApplication.translate("PlenaryKeys", "Hele bundel past bij ontwikkeling…"),
                                           "Ctrl+Shift+D", lambda: self.fit_menu(pool=True), group)
        self.action_menu = view_action(view, QCoreApplication.translate("PlenaryKeys", "Menu van de gekozen kaart"), ["Shift+F10", "Menu"],
                                       self.context_menu_by_key, group)
        from app.views.shell.shortcuts_overlay import set_shortcut_help

        set_shortcut_help(view, group, [
            ("↑ ↓ ← →", QCoreApplication.translate("PlenaryKeys", "Focus naar de vorige, volgende of naastgelegen kaart")),
            ("Tab / Shift+Tab", QCoreApplication.translate("PlenaryKeys", "Volgende / vorige kaart (leesvolgorde)")),
            ("Spatie", QCoreApplication.translate("PlenaryKeys", "Kaart erbij kiezen of weer loslaten")),
            ("Ctrl+↑↓←→", QCoreApplication.translate("PlenaryKeys", "Focus verplaatsen, keuze houden")),
            ("Esc", QCoreApplication.translate("PlenaryKeys", "Keuze opheffen")),
        ])

    # -- what is chosen --------------------------------------------------------------------
    def chosen_cards(self) -> list[EntryCard]:
        cards = [i for i in self.walker.selected() if isinstance(i, EntryCard)]
        focus = self.walker.focus()
        if not cards and isinstance(focus, EntryCard):
            cards = [focus]
        return cards

    def _say(self, text: str) -> None:
        self.panel.message.emit(text)

    # -- the routes ------------------------------------------------------------------------
    def pool_selected(self) -> None:
        supply = [c.entry_id for c in self.chosen_cards() if c.entry.side == "supply"]
        if len(supply) < 2:
            self._say(QCoreApplication.translate("PlenaryKeys", "Kies twee of meer kaarten aanbod (Spatie) en druk Ctrl+B om te bundelen."))
            return
        if self.panel.ctx.push(cmd.PoolAll(self.panel.ctx.store, supply)):
            self._say(QCoreApplication.translate("PlenaryKeys", "{n} kaarten gebundeld; Ctrl+Z maakt dit ongedaan.").format(n=len(supply)))

    def unpool_focused(self) -> None:
        focus = self.walker.focus()
        if not isinstance(focus, EntryCard) or focus.entry_id not in self.panel.state.pool_of:
            self._say(QCoreApplication.translate("PlenaryKeys", "Zet de focus op een gebundelde kaart om haar uit de bundel te halen."))
            return
        self.panel.ctx.push(cmd.Unpool(self.panel.ctx.store, focus.entry_id))

    def tie_selected(self) -> None:
        cards = self.chosen_cards()
        demand = [c for c in cards if c.entry.side == "demand"]
        supply = [c for c in cards if c.entry.side == "supply"]
        if len(demand) != 1 or len(supply) != 1:
            self._say(QCoreApplication.translate("PlenaryKeys", "Kies één vraag en één aanbod (Spatie) en druk Ctrl+K om de knoop te leggen."))
            return
        if self.panel.ctx.push(cmd.AddMatch(self.panel.ctx.store, demand[0].entry_id,
                                            supply[0].entry_id)):
            self._say(QCoreApplication.translate("PlenaryKeys", "Knoop gelegd; Ctrl+Z maakt dit ongedaan."))

    def untie(self) -> None:
        from app.views.market.plenary_scene import KnotItem

        knots = [i for i in self.walker.selected() if isinstance(i, KnotItem)]
        focus = self.walker.focus()
        if not knots and isinstance(focus, KnotItem):
            knots = [focus]
        for knot in knots:
            self.panel.ctx.push(cmd.RemoveMatch(self.panel.ctx.store, knot.match_id))

    def fit_targets(self, *, pool: bool) -> list[int]:
        """The supply lines a fit would mark: the chosen supply, or the focused card's pool."""
        state = self.panel.state
        if pool:
            focus = self.walker.focus()
            if not isinstance(focus, EntryCard) or focus.entry.side != "supply":
                return []
            pool_id = state.pool_of.get(focus.entry_id)
            if pool_id is None:
                return [focus.entry_id]
            return [e for e, p in state.pool_of.items() if p == pool_id]
        return [c.entry_id for c in self.chosen_cards() if c.entry.side == "supply"]

    def fit_actions(self, menu: QMenu, ids: list[int]) -> None:
        """One action per development (1, 2, 3 … as mnemonics) and "no development"."""
        state = self.panel.state
        for n, dev in enumerate(state.developments, start=1):
            text = dev.text.replace("&", "&&")
            action = QAction(f"&{n}  {text}" if n < 10 else text, menu)
            action.setCheckable(True)
            action.setChecked(all(state.entries[i].fits_development_id == dev.id for i in ids))
            action.triggered.connect(lambda _=False, d=dev.id: self.set_fit(ids, d))
            menu.addAction(action)
        menu.addSeparator()
        none = menu.addAction(QCoreApplication.translate("PlenaryKeys", "&0 Bij geen ontwikkeling"), lambda: self.set_fit(ids, None))
        none.setEnabled(any(state.entries[i].fits_development_id is not None for i in ids))

    def fit_menu(self, *, pool: bool) -> QMenu | None:
        ids = self.fit_targets(pool=pool)
        if not ids:
            self._say(QCoreApplication.translate("PlenaryKeys", "Kies eerst een kaart aanbod (pijlen, Spatie)."))
            return None
        if not self.panel.state.developments:
            self._say(QCoreApplication.translate("PlenaryKeys", "Noem eerst een ontwikkeling van de school (rechts, bij Ontwikkelingen)."))
            return None
        menu = QMenu(self.panel)
        menu.setTitle(QCoreApplication.translate("PlenaryKeys", "Hele bundel past bij") if pool else QCoreApplication.translate("PlenaryKeys", "Past bij"))
        self.fit_actions(menu, ids)
        self.open_menu = popup_menu(self.panel.view, self.walker.focus(), menu)
        return menu

    def set_fit(self, ids: list[int], development_id: int | None) -> None:
        store = self.panel.ctx.store
        changed = [i for i in ids if self.panel.state.entries[i].fits_development_id != development_id]
        if not changed:
            return
        command = cmd.SetFit(store, changed[0], development_id) if len(changed) == 1 else \
            cmd.SetFits(store, changed, development_id)
        if self.panel.ctx.push(command):
            self._say(QCoreApplication.translate("PlenaryKeys", "{n} kaart(en) bijgewerkt; Ctrl+Z maakt dit ongedaan.").format(n=len(changed)))

    # -- the menu ----------------------------------------------------------------------------
    def add_card_actions(self, menu: QMenu, card: EntryCard) -> None:
        """The key routes in a card's context menu, each with its key beside it."""
        state = self.panel.state
        chosen = self.chosen_cards()
        self.action_pool.setEnabled(sum(c.entry.side == "supply" for c in chosen) >= 2)
        self.action_tie.setEnabled(sorted(c.entry.side for c in chosen) == ["demand", "supply"])
        self.action_unpool.setEnabled(card.entry_id in state.pool_of)
        for action in (self.action_pool, self.action_tie, self.action_unpool):
            menu.addAction(action)
        if card.entry.side == "supply" and state.developments:
            menu.addAction(self.action_fit)
            if card.entry_id in state.pool_of:
                menu.addAction(self.action_fit_pool)

    def context_menu_by_key(self) -> None:
        focus = self.walker.focus()
        point = self.panel.view.viewport().rect().center() if focus is None else \
            self.panel.view.mapFromScene(focus.sceneBoundingRect().center())
        self.panel._context_menu(point)

    def enable_all(self) -> None:
        """Menu checks may have disabled actions; their keys must keep working."""
        for action in (self.action_pool, self.action_tie, self.action_unpool):
            action.setEnabled(True)
