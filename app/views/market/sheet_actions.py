"""The marketplace board's work on the selected line: move, remove, edit in place, by key or menu."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QMenu,
)

from app.commands import market as cmd
from app.models.market_analysis import (
    people_text,
    resolve_people,
)
from app.models.workshop import InputError
from app.views.market.cards import (
    EntryCard,
    group_title,
)
from app.views.market.editors import EntryFields
from app.views.market.keys import popup_menu
from app.views.market.sheets import SIDE_ORDER


class SheetActions:
    """Mixin of :class:`MarketBoard`: what the facilitator does with the selected line."""

    # -- the selected line -------------------------------------------------------------------
    def selected_entry(self) -> int | None:
        """The line the keys work on: the focused one when chosen, else the first chosen."""
        focus = self.sheet_keys.focus() if not self.audience else None
        if isinstance(focus, EntryCard) and focus.isSelected():
            return focus.entry_id
        cards = [i for i in self.sheets_scene.selectedItems() if isinstance(i, EntryCard)]
        return cards[0].entry_id if cards else None

    def move_to_sheet(self, entry_id: int, subgroup_id: int, side: str) -> None:
        """Move a line to the end of another sheet (any subgroup), one undoable step."""
        entry = self.state.entries.get(entry_id)
        if entry is None or (entry.subgroup_id, entry.side) == (subgroup_id, side):
            return
        self.ctx.push(cmd.MoveEntry(self.ctx.store, entry_id, subgroup_id, side,
                                    len(self.state.sheet(subgroup_id, side))))

    def sheet_actions_for(self, menu: QMenu, entry_id: int) -> None:
        """One action per other sheet: "Subgroep B · Vraag"."""
        entry = self.state.entries[entry_id]
        for n, (gid, side) in enumerate(self.sheets_scene.sheet_keys(), start=1):
            if (gid, side) == (entry.subgroup_id, entry.side):
                continue
            name = next((g.name for g in self.state.subgroups if g.id == gid), "")
            label = f"{group_title(name)} · " + (QCoreApplication.translate("MarketBoard", "Aanbod") if side == "supply" else QCoreApplication.translate("MarketBoard", "Vraag"))
            label = label.replace("&", "&&")
            menu.addAction(f"&{n}  {label}" if n < 10 else label,
                           lambda g=gid, sd=side: self.move_to_sheet(entry_id, g, sd))

    def sheet_menu(self) -> QMenu | None:
        """Ctrl+M: a menu of every other sheet for the chosen line (keys 1 … 9 pick one)."""
        entry_id = self.selected_entry()
        if entry_id is None:
            self.message.emit(QCoreApplication.translate("MarketBoard", "Kies eerst een regel (pijlen of Tab)."))
            return None
        menu = QMenu(self)
        self.sheet_actions_for(menu, entry_id)
        self.open_menu = popup_menu(self.sheets_view, self.sheets_scene.cards.get(entry_id), menu)
        return menu

    def menu_by_key(self) -> None:
        entry_id = self.selected_entry()
        card = self.sheets_scene.cards.get(entry_id) if entry_id is not None else None
        point = self.sheets_view.viewport().rect().center() if card is None else \
            self.sheets_view.mapFromScene(card.sceneBoundingRect().center())
        self._context_menu(point)

    def remove_selected(self) -> None:
        entry_id = self.selected_entry()
        if entry_id is not None and self.ctx.push(cmd.RemoveEntry(self.ctx.store, entry_id)):
            self.message.emit(QCoreApplication.translate("MarketBoard", "Regel verwijderd; Ctrl+Z maakt dit ongedaan."))

    def edit_selected(self) -> None:
        entry_id = self.selected_entry()
        if entry_id is not None:
            self.edit_entry(entry_id)

    def nudge_selected(self, step: int) -> None:
        entry_id = self.selected_entry()
        if entry_id is None:
            return
        entry = self.state.entries[entry_id]
        sheet = [e.id for e in self.state.sheet(entry.subgroup_id, entry.side)]
        index = sheet.index(entry_id) + step
        if 0 <= index < len(sheet):
            self.ctx.push(cmd.MoveEntry(self.ctx.store, entry_id, entry.subgroup_id, entry.side, index))

    def hop_selected(self, step: int) -> None:
        """Move the line to the neighbouring sheet (supply ↔ demand, then the next subgroup)."""
        entry_id = self.selected_entry()
        if entry_id is None:
            return
        entry = self.state.entries[entry_id]
        sheets = [(g.id, side) for g in self.state.subgroups for side in SIDE_ORDER]
        index = sheets.index((entry.subgroup_id, entry.side)) + step
        if 0 <= index < len(sheets):
            gid, side = sheets[index]
            self.ctx.push(cmd.MoveEntry(self.ctx.store, entry_id, gid, side,
                                        len(self.state.sheet(gid, side))))

    # -- editing in place -----------------------------------------------------------------
    @property
    def editor(self) -> EntryFields | None:
        """The in-place editor's fields while a line is being edited."""
        return self.in_place.fields

    def edit_entry(self, entry_id: int) -> None:
        """Open the line's fields right over its card; Enter saves, Escape cancels."""
        card = self.sheets_scene.cards.get(entry_id)
        if card is None:
            return
        entry = card.entry
        self.in_place.open(entry_id, self.sheets_view.mapFromScene(card.scenePos()),
                           int(card.width * 1.8), entry.side,
                           [p.name for p in self.state.participants],
                           (entry.text, people_text(entry.owners), people_text(entry.sources)))

    def save_edit(self, entry_id: int, text: str, owners: str, sources: str) -> None:
        """Save what changed in the in-place editor as one undoable edit."""
        entry = self.state.entries.get(entry_id)
        changes: dict[str, object] = {}
        try:
            if entry is not None and " ".join(text.split()) != entry.text:
                changes["text"] = text
            for key, typed, refs in (("owners", owners, entry.owners if entry else ()),
                                     ("sources", sources, entry.sources if entry else ())):
                people = resolve_people(self.state.participants, typed)
                if entry is not None and (key == "owners" or entry.side == "demand") and \
                        people != [p.spec for p in refs]:
                    changes[key] = people
        except InputError as exc:
            self.ctx.store.bus.fail(exc)
            return  # keep the editor open to fix the names
        self.in_place.close()
        if changes:
            self.ctx.push(cmd.UpdateEntry(self.ctx.store, entry_id, **changes))
        self.sheets_view.setFocus()

    # -- subgroups and hand-out -------------------------------------------------------------
