"""Board 2: the expertise marketplace (marktplaats interne deskundigheid).

Two faces on one model: "Subgroepen", the flip-over sheets of every subgroup
(supply and demand side by side), and "Plenair", where the group pools supply,
ties knots and looks at open demand (:mod:`app.views.market.plenary`). The
facilitator's board edits; the audience board (``audience=True``) shows the
same, read-only, in large type, and follows the facilitator's choice of face.
"""
from __future__ import annotations

import weakref
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands import market as cmd
from app.models import workshop as wops
from app.models.events import Change, Topic
from app.models.market_analysis import (
    MarketState,
    load_market,
    resolve_people,
    write_handout_csv,
)
from app.models.store import Store
from app.models.workshop import InputError
from app.views.common.bus import ViewContext
from app.views.common.touch import TouchBoard
from app.views.common.writes import save_setting
from app.views.market.cards import (
    BoardView,
    Metrics,
    add_shortcut,
    group_title,
)
from app.views.market.editors import EntryFields, InPlaceEditor
from app.views.market.keys import CardKeys, view_action
from app.views.market.plenary import PlenaryPanel
from app.views.market.room_view import RoomBoardView
from app.views.market.sheet_actions import SheetActions
from app.views.market.sheets import SIDE_ORDER, SheetsScene
from app.views.shell.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help


def mode_key(workshop_id: int) -> str:
    return f"market.mode.{workshop_id}"


# (change, store, workshop id, state) of the last read, the first two held weakly
_last_read: list[tuple[weakref.ref, weakref.ref, int, MarketState]] = []


def _state_for(store: Store, workshop_id: int, change: Change | None) -> MarketState:
    """The marketplace after ``change``, read once for every board that shows it."""
    if change is not None and _last_read:
        seen, seen_store, seen_id, state = _last_read[0]
        if seen() is change and seen_store() is store and seen_id == workshop_id:
            return state
    state = load_market(store, workshop_id)
    _last_read[:] = ([(weakref.ref(change), weakref.ref(store), workshop_id, state)]
                     if change is not None else [])
    return state


class MarketBoard(SheetActions, QWidget):
    """The marketplace board; see the module docstring.

    Signals:
        message(str): a short status text.
        mode_changed(str): "sheets" or "plenary" is now shown.
        pages_changed(int): the room's view of the face on show now has this many pages.
    """

    message = Signal(str)
    mode_changed = Signal(str)
    pages_changed = Signal(int)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.metrics = Metrics.for_audience(audience)
        self._look: tuple[float, bool] = (1.0, False)
        self.state = load_market(ctx.store, workshop_id)
        self.sheets_scene = SheetsScene(ctx, self.metrics, editable=not audience, parent=self)
        if audience:
            self.sheets_view: BoardView = RoomBoardView(self.sheets_scene, self, max_scale=2.2,
                                                        text_pt=self.metrics.text_pt)
        else:
            self.sheets_view = BoardView(self.sheets_scene, self, max_scale=1.5)
        self.plenary = PlenaryPanel(ctx, workshop_id, self.metrics, audience=audience, parent=self)
        if not audience:  # the digibord: a finger drags a card, a long press is a right click
            self.touch = [TouchBoard(v, lambda f, v=v: v.scale(f, f))
                          for v in (self.sheets_view, self.plenary.view)]
        if audience:
            for view in (self.sheets_view, self.plenary.view):
                view.pages_changed.connect(self._face_pages_changed)
        self.stack = QStackedWidget(self)
        sheets_page = QWidget(self.stack)
        page = QVBoxLayout(sheets_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.sheets_view, 1)
        self.stack.addWidget(sheets_page)
        self.stack.addWidget(self.plenary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not audience:
            layout.addLayout(self._toolbar())
            page.addWidget(self._add_bar())
            self._shortcuts()
            self.sheets_scene.sheet_clicked.connect(self.set_target)
            self.sheets_scene.card_activated.connect(self.edit_entry)
            self.sheets_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.sheets_view.customContextMenuRequested.connect(self._context_menu)
            self.plenary.message.connect(self.message)
        layout.addWidget(self.stack, 1)
        self.in_place = InPlaceEditor(self.sheets_view.viewport())
        self.in_place.committed.connect(self.save_edit)
        ctx.bus.changed.connect(self._on_change)
        ctx.bus.failed.connect(self._on_failed)
        self.refresh()
        self.set_mode(wops.get_setting(ctx.store, mode_key(workshop_id)) or "sheets", store=False)

    # -- building ----------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        self.mode_buttons = QButtonGroup(self)
        for mode, label, tip in (("sheets", self.tr("Subgroepen"), self.tr("Aanbod en vraag per subgroep")),
                                 ("plenary", self.tr("Plenair"), self.tr("Bundelen, knopen, open vraag"))):
            button = QPushButton(label, self)
            button.setCheckable(True)
            button.setToolTip(tip + " (F6)")
            button.setProperty("mode", mode)
            self.mode_buttons.addButton(button)
            bar.addWidget(button)
        self.mode_buttons.buttonClicked.connect(lambda b: self.set_mode(b.property("mode")))
        bar.addStretch(1)
        for label, tip, slot in (
                (self.tr("+ Subgroep"), self.tr("Een lege subgroep toevoegen"), self.add_subgroup),
                (self.tr("Subgroepen uit deelnemers"),
                 self.tr("Maak een subgroep voor elke subgroep in de deelnemerslijst"),
                 self.subgroups_from_participants),
                (self.tr("Hand-out (CSV)…"),
                 self.tr("Per deelnemer: wat ze bieden, wat ze vragen en wie ze kunnen benaderen"),
                 self.export_handout)):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        return bar

    def _add_bar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("marketAddBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(4, 4, 4, 4)
        self.target_box = QComboBox(bar)
        self.target_box.setAccessibleName(self.tr("Blad voor de nieuwe regel"))
        self.target_box.setToolTip(self.tr("Op welk blad komt de nieuwe regel? Klik ook op een blad."))
        self.target_box.currentIndexChanged.connect(self._target_chosen)
        # the sheet is named in full ("Subgroep B · Aanbod"), never cut to "Subgro…"
        self.target_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target_box.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.fields = EntryFields(bar)
        self.fields.submitted.connect(self.add_from_fields)
        add = QPushButton(self.tr("Toevoegen"), bar)
        add.setToolTip(self.tr("Enter voegt toe; de cursor blijft staan voor de volgende (Ctrl+L)"))
        add.clicked.connect(self.add_from_fields)
        self.feedback = QLabel(bar)
        self.feedback.setStyleSheet("color: #b71c1c;")
        row.addWidget(self.target_box)
        row.addWidget(self.fields, 1)
        row.addWidget(add)
        outer = QWidget(self)
        col = QVBoxLayout(outer)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        col.addWidget(bar)
        col.addWidget(self.feedback)
        return outer

    def _shortcuts(self) -> None:
        """Keys of the sheets: actions on the view, so F1 lists them and menus show them."""
        view = self.sheets_view
        group = self.tr("Marktplaats · bladen")
        view.setProperty(GROUP_PROPERTY, group)
        self.sheet_keys = CardKeys(view, self.sheets_scene, self.sheets_scene.key_columns)
        self.sheet_actions = {name: view_action(view, text, keys, slot, group) for name, text, keys, slot in (
            ("edit", self.tr("Regel bewerken"), ["F2", "Return"], self.edit_selected),
            ("remove", self.tr("Regel verwijderen"), ["Del"], self.remove_selected),
            ("up", self.tr("Regel omhoog"), ["Alt+Up"], lambda: self.nudge_selected(-1)),
            ("down", self.tr("Regel omlaag"), ["Alt+Down"], lambda: self.nudge_selected(1)),
            ("back", self.tr("Naar het vorige blad"), ["Alt+Left"], lambda: self.hop_selected(-1)),
            ("next", self.tr("Naar het volgende blad"), ["Alt+Right"], lambda: self.hop_selected(1)),
            ("sheet", self.tr("Naar blad…"), ["Ctrl+M"], self.sheet_menu),
            ("menu", self.tr("Menu van de gekozen regel"), ["Shift+F10", "Menu"], self.menu_by_key))}
        set_shortcut_help(view, group, [
            ("↑ ↓ ← →", self.tr("Focus naar de vorige, volgende of naastgelegen regel")),
            ("Tab / Shift+Tab", self.tr("Volgende / vorige regel (leesvolgorde)")),
            ("Esc", self.tr("Keuze opheffen")),
        ])
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot, text in (("Ctrl+L", self.focus_add, self.tr("Naar het invoerveld")),
                                ("F6", self.toggle_mode, self.tr("Subgroepen / Plenair wisselen"))):
            shortcut = add_shortcut(QKeySequence(key), self, slot, within)
            shortcut.setWhatsThis(text)
            shortcut.setProperty(GROUP_PROPERTY, self.tr("Marktplaats"))

    # -- the room's look (called by app.views.common.theme.apply_room_look) ---------------------
    def set_text_scale(self, scale: float) -> None:
        self._look = (scale, self._look[1])
        self._restyle()

    def set_high_contrast(self, on: bool) -> None:
        self._look = (self._look[0], on)
        self._restyle()

    def _restyle(self) -> None:
        scale, contrast = self._look
        self.metrics = Metrics.for_audience(self.audience).scaled(scale, contrast=contrast)
        self.sheets_scene.restyle(self.metrics)
        self.plenary.scene.restyle(self.metrics)
        for view in (self.sheets_view, self.plenary.view):
            view.set_contrast(contrast)
            if isinstance(view, RoomBoardView):
                view.text_pt = self.metrics.text_pt
        self._stale = {"sheets", "plenary"}
        self._sync_face()

    # -- pages in the room -----------------------------------------------------------
    def room_view(self) -> RoomBoardView | None:
        view = self.sheets_view if self.mode() == "sheets" else self.plenary.view
        return view if isinstance(view, RoomBoardView) else None

    def page_count(self) -> int:
        view = self.room_view()
        return view.page_count() if view is not None else 1

    def set_page(self, page: int) -> None:
        view = self.room_view()
        if view is not None:
            view.set_page(page)

    def _face_pages_changed(self, _count: int) -> None:
        if self.sender() is self.room_view():
            self.pages_changed.emit(self.page_count())

    # -- model changes --------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.SETTING and change.key == mode_key(self.workshop_id):
            self.set_mode(wops.get_setting(self.ctx.store, mode_key(self.workshop_id)) or "sheets",
                          store=False)
        elif change.workshop_id == self.workshop_id and change.topic in (Topic.MARKET, Topic.PARTICIPANT):
            self.refresh(change)

    def _on_failed(self, error: Exception) -> None:
        """Errors of edits made here; one about a participant is shown in the participants panel."""
        if not self.audience and self.isVisible() and self.ctx.bus.property("origin") != "participants":
            self.feedback.setText(str(error))

    def refresh(self, change: Change | None = None) -> None:
        """Reload the marketplace; only the face on show is rebuilt now, the other when shown.

        The console's and the room's board answer the same change: the second one
        reuses the state the first read for it (a state is never altered after loading).
        """
        self.state = _state_for(self.ctx.store, self.workshop_id, change)
        self._stale = {"sheets", "plenary"}
        self._sync_face()
        if not self.audience:
            self._fill_targets()
            self.fields.set_names([p.name for p in self.state.participants])

    def _fill_targets(self) -> None:
        wanted = [((g.id, side), f"{group_title(g.name)} · "
                   + (self.tr("Aanbod") if side == "supply" else self.tr("Vraag")))
                  for g in self.state.subgroups for side in SIDE_ORDER]
        current = self.target_box.currentData()
        self.target_box.blockSignals(True)
        self.target_box.clear()
        for (gid, side), label in wanted:
            self.target_box.addItem(label, f"{gid}:{side}")
        index = self.target_box.findData(current)
        self.target_box.setCurrentIndex(index if index >= 0 else 0 if wanted else -1)
        self.target_box.blockSignals(False)
        self._target_chosen()

    # -- modes --------------------------------------------------------------------------
    def mode(self) -> str:
        return "plenary" if self.stack.currentWidget() is self.plenary else "sheets"

    def set_mode(self, mode: str, *, store: bool = True) -> None:
        """Show "sheets" or "plenary"; the facilitator's choice is stored so the room follows."""
        mode = mode if mode in ("sheets", "plenary") else "sheets"
        changed = mode != self.mode()
        self.stack.setCurrentIndex(0 if mode == "sheets" else 1)
        self._sync_face()
        if changed and self.audience:
            self.pages_changed.emit(self.page_count())
        if not self.audience:
            for button in self.mode_buttons.buttons():
                button.setChecked(button.property("mode") == mode)
            if store and wops.get_setting(self.ctx.store, mode_key(self.workshop_id)) != mode:
                save_setting(self.ctx, mode_key(self.workshop_id), mode)
        self.mode_changed.emit(mode)

    def _sync_face(self) -> None:
        mode = self.mode()
        if mode in getattr(self, "_stale", ()):
            self._stale.discard(mode)
            (self.sheets_scene if mode == "sheets" else self.plenary).sync(self.state)
            if mode == "sheets" and not self.audience:
                self.sheet_keys.refresh()

    def toggle_mode(self) -> None:
        self.set_mode("sheets" if self.mode() == "plenary" else "plenary")

    # -- adding -----------------------------------------------------------------------------
    def target(self) -> tuple[int, str] | None:
        """The sheet the add bar writes to: (subgroup id, side)."""
        data = None if self.audience else self.target_box.currentData()
        if not data:
            return None
        gid, side = str(data).split(":")
        return int(gid), side

    def set_target(self, subgroup_id: int, side: str) -> None:
        index = self.target_box.findData(f"{subgroup_id}:{side}")
        if index >= 0:
            self.target_box.setCurrentIndex(index)
        self.focus_add()

    def _target_chosen(self, *_args: object) -> None:
        key = self.target()
        self.sheets_scene.set_current(key)
        if key is not None:
            self.fields.set_side(key[1])

    def focus_add(self) -> None:
        self.set_mode("sheets")
        self.fields.text_edit.setFocus()

    def _people(self, text: str) -> list[int | str]:
        try:
            return resolve_people(self.state.participants, text)
        except InputError as exc:
            self.ctx.store.bus.fail(exc)
            raise

    def add_from_fields(self) -> None:
        """Add the typed line to the chosen sheet; keep the cursor for the next one."""
        key = self.target()
        text, owners, sources = self.fields.values()
        if key is None:
            self.feedback.setText(self.tr("Maak eerst een subgroep."))
            return
        if not text.strip():
            self.feedback.setText(self.tr("Typ eerst wat er op het blad moet."))
            self.fields.text_edit.setFocus()
            return
        self.feedback.clear()
        try:
            owner_list, source_list = self._people(owners), self._people(sources)
        except InputError:
            return
        if self.ctx.push(cmd.AddEntry(self.ctx.store, self.workshop_id, key[0], key[1], text,
                                      owner_list, source_list)):
            self.fields.clear()
            self.message.emit(self.tr("Toegevoegd; Ctrl+Z maakt dit ongedaan."))

    def add_subgroup(self) -> None:
        self.ctx.push(cmd.AddSubgroup(self.ctx.store, self.workshop_id))

    def subgroups_from_participants(self) -> None:
        command = cmd.SubgroupsFromParticipants(self.ctx.store, self.workshop_id)
        self.ctx.push(command)
        if not command.created and not command.failed:
            self.message.emit(self.tr("Geen nieuwe subgroepen: vul bij Deelnemers de kolom "
                                      "Subgroep in (bijv. A, B, C)."))

    def _context_menu(self, pos) -> None:  # noqa: ANN001
        scene_pos = self.sheets_view.mapToScene(pos)
        card = self.sheets_scene.card_at(scene_pos)
        menu = QMenu(self)
        if card is not None:
            self.sheet_keys.set_focus(card)
            actions = self.sheet_actions
            menu.addAction(actions["edit"])
            menu.addAction(actions["up"])
            menu.addAction(actions["down"])
            menu.addAction(actions["next"] if card.entry.side == "supply" else actions["back"])
            to_sheet = menu.addMenu(self.tr("Naar blad"))
            self.sheet_actions_for(to_sheet, card.entry_id)
            menu.addSeparator()
            menu.addAction(actions["remove"])
        else:
            group = next((item.key[1] for item in self.sheets_scene.items(scene_pos)
                          if isinstance(getattr(item, "key", None), tuple)
                          and item.key[0] in ("group", "sheet")), None)
            if group is None:
                return
            menu.addAction(self.tr("Subgroep hernoemen…"), lambda: self.rename_subgroup(group))
            menu.addAction(self.tr("Subgroep verwijderen"), lambda: self.ctx.push(
                cmd.RemoveSubgroup(self.ctx.store, group)))
        menu.exec(self.sheets_view.viewport().mapToGlobal(pos))

    def rename_subgroup(self, subgroup_id: int) -> None:
        from PySide6.QtWidgets import QInputDialog

        name = next((g.name for g in self.state.subgroups if g.id == subgroup_id), "")
        text, ok = QInputDialog.getText(self, self.tr("Subgroep hernoemen"), self.tr("Naam:"), text=name)
        if ok and text.strip() != name:
            self.ctx.push(cmd.RenameSubgroup(self.ctx.store, subgroup_id, text))

    def export_handout(self, path: str | Path | None = None) -> Path | None:
        """Write the hand-out CSV (asks where when no path is given)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Hand-out opslaan"), str(Path.home() / self.tr("hand-out marktplaats.csv")),
                self.tr("CSV-bestand (*.csv)"))
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        try:
            count = write_handout_csv(self.ctx.store, self.workshop_id, target)
        except InputError as exc:
            self.ctx.store.bus.fail(exc)
            return None
        self.message.emit(self.tr("Hand-out voor {n} deelnemers opgeslagen in {path}.")
                          .format(n=count, path=target))
        return target
