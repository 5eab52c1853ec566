"""Undoable edits of the plus-min schema; each calls one operation of app.models.plusmin.

Redo after undo restores rows with their original ids, so commands further up
the stack that name those ids keep working.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import plusmin as pm
from app.models.store import Store


def _short(text: str, limit: int = 40) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class AddTheme(StoreCommand):
    def __init__(self, store: Store, workshop_id: int, title: str, *, with_points: bool = False) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Thema toevoegen: {title}").format(title=_short(title)))
        self.workshop_id, self.title, self.with_points = workshop_id, title, with_points
        self.theme_id: int | None = None
        self.snapshot: pm.ThemeSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.theme_id = pm.add_theme(self.store, self.workshop_id, self.title,
                                         with_points=self.with_points).id
        else:
            pm.restore_theme(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.theme_id is not None
        self.snapshot = pm.delete_theme(self.store, self.theme_id)


class DeleteTheme(StoreCommand):
    def __init__(self, store: Store, theme_id: int, title: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Thema verwijderen: {title}").format(title=_short(title)))
        self.theme_id = theme_id
        self.snapshot: pm.ThemeSnapshot | None = None

    def do(self) -> None:
        self.snapshot = pm.delete_theme(self.store, self.theme_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        pm.restore_theme(self.store, self.snapshot)


class RenameTheme(StoreCommand):
    def __init__(self, store: Store, theme_id: int, title: str) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Thema hernoemen"))
        self.theme_id, self.title, self.old = theme_id, title, ""

    def do(self) -> None:
        self.old = pm.rename_theme(self.store, self.theme_id, self.title)

    def undo_op(self) -> None:
        pm.rename_theme(self.store, self.theme_id, self.old)


class MoveTheme(StoreCommand):
    def __init__(self, store: Store, theme_id: int, index: int) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Thema verplaatsen"))
        self.theme_id, self.index, self.old = theme_id, index, 0

    def do(self) -> None:
        self.old = pm.move_theme(self.store, self.theme_id, self.index)

    def undo_op(self) -> None:
        pm.move_theme(self.store, self.theme_id, self.old)


class RevealAttention(StoreCommand):
    """Show the points of attention to the room (or hide them again)."""

    def __init__(self, store: Store, theme_id: int, revealed: bool) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Aandachtspunten tonen aan de zaal") if revealed
                         else QCoreApplication.translate("PlusMinCommands", "Aandachtspunten verbergen voor de zaal"))
        self.theme_id, self.revealed, self.old = theme_id, revealed, False

    def do(self) -> None:
        self.old = pm.set_attention_revealed(self.store, self.theme_id, self.revealed)

    def undo_op(self) -> None:
        pm.set_attention_revealed(self.store, self.theme_id, self.old)


class AddItem(StoreCommand):
    def __init__(self, store: Store, theme_id: int, sign: str, text: str,
                 before_id: int | None = None) -> None:
        label = QCoreApplication.translate("PlusMinCommands", "Positief punt toevoegen") if sign == "plus" else QCoreApplication.translate("PlusMinCommands", "Aandachtspunt toevoegen")
        super().__init__(store, f"{label}: {_short(text)}")
        self.args = (theme_id, sign, text)
        self.before_id = before_id
        self.item_id: int | None = None
        self.snapshot: pm.ItemSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is None:
            self.item_id = pm.add_item(self.store, *self.args, before_id=self.before_id).id
        else:
            pm.restore_item(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.item_id is not None
        self.snapshot = pm.remove_item(self.store, self.item_id)


class EditItem(StoreCommand):
    def __init__(self, store: Store, item_id: int, text: str) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Punt wijzigen: {text}").format(text=_short(text)))
        self.item_id, self.text, self.old = item_id, text, ""

    def do(self) -> None:
        self.old = pm.update_item_text(self.store, self.item_id, self.text)

    def undo_op(self) -> None:
        pm.update_item_text(self.store, self.item_id, self.old)


class RemoveItem(StoreCommand):
    def __init__(self, store: Store, item_id: int, text: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Punt verwijderen: {text}").format(text=_short(text)))
        self.item_id = item_id
        self.snapshot: pm.ItemSnapshot | None = None

    def do(self) -> None:
        self.snapshot = pm.remove_item(self.store, self.item_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        pm.restore_item(self.store, self.snapshot)


class _LayoutCommand(StoreCommand):
    """A command whose undo puts the whole theme's layout (places and pairs) back."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(store, text)
        self.before: pm.Layout | None = None
        self.after: pm.Layout | None = None

    def apply(self) -> pm.Layout:
        raise NotImplementedError

    def do(self) -> None:
        if self.after is None:
            self.before = self.apply()
            self.after = pm.layout(self.store, self.before.theme_id)
        else:
            pm.restore_layout(self.store, self.after)

    def undo_op(self) -> None:
        assert self.before is not None
        pm.restore_layout(self.store, self.before)


class MoveItem(_LayoutCommand):
    """Reorder a point, or move it to the other column (which dissolves its pair)."""

    def __init__(self, store: Store, item_id: int, sign: str, before_id: int | None,
                 text: str | None = None) -> None:
        super().__init__(store, text or QCoreApplication.translate("PlusMinCommands", "Punt verplaatsen"))
        self.item_id, self.sign, self.before_id = item_id, sign, before_id

    def apply(self) -> pm.Layout:
        return pm.move_item(self.store, self.item_id, self.sign, self.before_id)


class PairItems(_LayoutCommand):
    def __init__(self, store: Store, first_id: int, second_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Koppelen aan keerzijde"))
        self.ids = (first_id, second_id)

    def apply(self) -> pm.Layout:
        return pm.pair_items(self.store, *self.ids)


class UnpairItem(_LayoutCommand):
    def __init__(self, store: Store, item_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Koppeling opheffen"))
        self.item_id = item_id

    def apply(self) -> pm.Layout:
        return pm.unpair_item(self.store, self.item_id)


class SetPriorities(StoreCommand):
    """The group's ranking of the themes, most urgent first."""

    def __init__(self, store: Store, workshop_id: int, theme_ids: list[int]) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Rangorde van urgentie wijzigen"))
        self.workshop_id, self.theme_ids = workshop_id, list(theme_ids)
        self.old: dict[int, int | None] = {}

    def do(self) -> None:
        self.old = pm.set_priority_order(self.store, self.workshop_id, self.theme_ids)

    def undo_op(self) -> None:
        pm.restore_priorities(self.store, self.workshop_id, self.old)


class Vote(StoreCommand):
    """One vote more (``delta`` = 1) or less (-1) for a theme as the most urgent."""

    def __init__(self, store: Store, theme_id: int, delta: int) -> None:
        super().__init__(store, QCoreApplication.translate("PlusMinCommands", "Stem erbij") if delta > 0 else QCoreApplication.translate("PlusMinCommands", "Stem eraf"))
        self.theme_id, self.delta, self.old = theme_id, delta, 0

    def do(self) -> None:
        op = pm.add_vote if self.delta > 0 else pm.remove_vote
        self.old = op(self.store, self.theme_id)

    def undo_op(self) -> None:
        pm.set_votes(self.store, self.theme_id, self.old)
