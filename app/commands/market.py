"""Undoable edits on the expertise marketplace; each calls one model operation.

Commands that create a row keep its id stable across undo/redo (redo restores
the snapshot taken by undo), so later commands on the stack that name the row
keep working.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.commands import StoreCommand
from app.models import market as ops
from app.models import market_links as links
from app.models.market import PersonSpec, Snapshot
from app.models.market_suggest import Suggestion
from app.models.store import Store


class _Create(StoreCommand):
    """Create a row on first redo; undo removes it into a snapshot; redo restores it."""

    def __init__(self, store: Store, text: str) -> None:
        super().__init__(store, text)
        self.row_id: int | None = None
        self.snapshot: Snapshot | None = None

    def create(self) -> int:
        raise NotImplementedError

    def remove(self, row_id: int) -> Snapshot:
        raise NotImplementedError

    def do(self) -> None:
        if self.snapshot is None:
            self.row_id = self.create()
        else:
            ops.restore(self.store, self.snapshot)

    def undo_op(self) -> None:
        assert self.row_id is not None
        self.snapshot = self.remove(self.row_id)


class _Remove(StoreCommand):
    def __init__(self, store: Store, text: str, row_id: int) -> None:
        super().__init__(store, text)
        self.row_id = row_id
        self.snapshot: Snapshot | None = None

    def remove(self, row_id: int) -> Snapshot:
        raise NotImplementedError

    def do(self) -> None:
        self.snapshot = self.remove(self.row_id)

    def undo_op(self) -> None:
        assert self.snapshot is not None
        ops.restore(self.store, self.snapshot)


# -- subgroups -----------------------------------------------------------------

class AddSubgroup(_Create):
    def __init__(self, store: Store, workshop_id: int, name: str = "") -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Subgroep toevoegen"))
        self.workshop_id, self.name = workshop_id, name

    def create(self) -> int:
        return ops.add_subgroup(self.store, self.workshop_id, self.name).id

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_subgroup(self.store, row_id)


class RenameSubgroup(StoreCommand):
    def __init__(self, store: Store, subgroup_id: int, name: str) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Subgroep hernoemen"))
        self.subgroup_id, self.name, self.old = subgroup_id, name, ""

    def do(self) -> None:
        self.old = ops.rename_subgroup(self.store, self.subgroup_id, self.name)

    def undo_op(self) -> None:
        ops.rename_subgroup(self.store, self.subgroup_id, self.old)


class RemoveSubgroup(_Remove):
    def __init__(self, store: Store, subgroup_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Subgroep verwijderen"), subgroup_id)

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_subgroup(self.store, row_id)


class SubgroupsFromParticipants(StoreCommand):
    """One subgroup per participant subgroup not yet on the board."""

    def __init__(self, store: Store, workshop_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Subgroepen uit deelnemers"))
        self.workshop_id = workshop_id
        self.created: list[int] = []
        self.snapshots: list[Snapshot] | None = None

    def do(self) -> None:
        if self.snapshots is None:
            self.created = ops.subgroups_from_participants(self.store, self.workshop_id)
            if not self.created:
                self.setObsolete(True)
        else:
            for snap in self.snapshots:
                ops.restore(self.store, snap)

    def undo_op(self) -> None:
        self.snapshots = [ops.remove_subgroup(self.store, sid) for sid in reversed(self.created)]


# -- developments --------------------------------------------------------------

class AddDevelopment(_Create):
    def __init__(self, store: Store, workshop_id: int, text: str) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Ontwikkeling toevoegen"))
        self.workshop_id, self.text_ = workshop_id, text

    def create(self) -> int:
        return ops.add_development(self.store, self.workshop_id, self.text_).id

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_development(self.store, row_id)


class UpdateDevelopment(StoreCommand):
    def __init__(self, store: Store, development_id: int, text: str) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Ontwikkeling wijzigen"))
        self.development_id, self.text_, self.old = development_id, text, ""

    def do(self) -> None:
        self.old = ops.update_development(self.store, self.development_id, self.text_)

    def undo_op(self) -> None:
        ops.update_development(self.store, self.development_id, self.old)


class RemoveDevelopment(_Remove):
    def __init__(self, store: Store, development_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Ontwikkeling verwijderen"), development_id)

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_development(self.store, row_id)


class SetFit(StoreCommand):
    def __init__(self, store: Store, entry_id: int, development_id: int | None) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Past bij ontwikkeling") if development_id is not None
                         else QCoreApplication.translate("MarketCommands", "Niet meer bij ontwikkeling"))
        self.entry_id, self.development_id = entry_id, development_id
        self.old: int | None = None

    def do(self) -> None:
        self.old = ops.set_fit(self.store, self.entry_id, self.development_id)

    def undo_op(self) -> None:
        ops.set_fit(self.store, self.entry_id, self.old)


# -- entries -------------------------------------------------------------------

class AddEntry(_Create):
    def __init__(self, store: Store, workshop_id: int, subgroup_id: int, side: str, text: str,
                 owners: list[PersonSpec] | tuple[()] = (),
                 sources: list[PersonSpec] | tuple[()] = ()) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Aanbod toevoegen") if side == "supply" else QCoreApplication.translate("MarketCommands", "Vraag toevoegen"))
        self.args = (workshop_id, subgroup_id, side, text, list(owners), list(sources))

    def create(self) -> int:
        return ops.add_entry(self.store, *self.args).id

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_entry(self.store, row_id)


class UpdateEntry(StoreCommand):
    """Change text, owners and/or sources of a line."""

    def __init__(self, store: Store, entry_id: int, **changes: Any) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Regel wijzigen"))
        self.entry_id, self.changes = entry_id, changes
        self.old: dict[str, Any] = {}

    def do(self) -> None:
        self.old = ops.update_entry(self.store, self.entry_id, **dict(self.changes))

    def undo_op(self) -> None:
        ops.update_entry(self.store, self.entry_id, **self.old)


class RemoveEntry(_Remove):
    def __init__(self, store: Store, entry_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Regel verwijderen"), entry_id)

    def remove(self, row_id: int) -> Snapshot:
        return ops.remove_entry(self.store, row_id)


class MoveEntry(StoreCommand):
    def __init__(self, store: Store, entry_id: int, subgroup_id: int, side: str, index: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Regel verplaatsen"))
        self.args = (entry_id, subgroup_id, side, index)
        self.back: ops.MoveUndo | None = None

    def do(self) -> None:
        self.back = ops.move_entry(self.store, *self.args)

    def undo_op(self) -> None:
        assert self.back is not None
        ops.undo_move(self.store, self.back)


# -- plenary links -----------------------------------------------------------------

class PoolEntries(StoreCommand):
    def __init__(self, store: Store, a_id: int, b_id: int, text: str = "") -> None:
        super().__init__(store, text or QCoreApplication.translate("MarketCommands", "Aanbod bundelen"))
        self.a_id, self.b_id = a_id, b_id
        self.back: links.PoolUndo | None = None

    def do(self) -> None:
        self.back = links.pool_entries(self.store, self.a_id, self.b_id)

    def undo_op(self) -> None:
        assert self.back is not None
        links.undo_pool(self.store, self.back)


class PoolAll(StoreCommand):
    """Pool two or more supply lines in one step (the keyboard's Ctrl+B)."""

    def __init__(self, store: Store, entry_ids: list[int]) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Aanbod bundelen"))
        self.entry_ids = list(entry_ids)
        self.back: links.PoolUndo | None = None

    def do(self) -> None:
        self.back = links.pool_all(self.store, self.entry_ids)

    def undo_op(self) -> None:
        assert self.back is not None
        links.undo_pool(self.store, self.back)


class SetFits(StoreCommand):
    """Mark several supply lines (a whole pool) as serving one development, in one step."""

    def __init__(self, store: Store, entry_ids: list[int], development_id: int | None) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Bundel past bij ontwikkeling")
                         if development_id is not None
                         else QCoreApplication.translate("MarketCommands", "Bundel niet meer bij ontwikkeling"))
        self.fits = {entry_id: development_id for entry_id in entry_ids}
        self.old: dict[int, int | None] = {}

    def do(self) -> None:
        self.old = links.set_fits(self.store, self.fits)

    def undo_op(self) -> None:
        links.set_fits(self.store, self.old)


class Unpool(StoreCommand):
    def __init__(self, store: Store, entry_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Uit de bundel halen"))
        self.entry_id = entry_id
        self.back: links.PoolUndo | None = None

    def do(self) -> None:
        self.back = links.unpool_entry(self.store, self.entry_id)

    def undo_op(self) -> None:
        assert self.back is not None
        links.undo_pool(self.store, self.back)


class AddMatch(_Create):
    def __init__(self, store: Store, demand_id: int, supply_id: int, text: str = "") -> None:
        super().__init__(store, text or QCoreApplication.translate("MarketCommands", "Knoop leggen"))
        self.demand_id, self.supply_id = demand_id, supply_id

    def create(self) -> int:
        return links.add_match(self.store, self.demand_id, self.supply_id).id

    def remove(self, row_id: int) -> Snapshot:
        return links.remove_match(self.store, row_id)


class RemoveMatch(_Remove):
    def __init__(self, store: Store, match_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Knoop losmaken"), match_id)

    def remove(self, row_id: int) -> Snapshot:
        return links.remove_match(self.store, row_id)


def accept_suggestion(store: Store, suggestion: Suggestion) -> StoreCommand:
    """The command that makes a suggestion real: a pool or a knot."""
    if suggestion.kind == "pool":
        return PoolEntries(store, suggestion.a_id, suggestion.b_id,
                           QCoreApplication.translate("MarketCommands", "Suggestie accepteren: bundelen"))
    return AddMatch(store, suggestion.a_id, suggestion.b_id, QCoreApplication.translate("MarketCommands", "Suggestie accepteren: knoop"))


class DismissSuggestion(StoreCommand):
    """Turn a suggestion down for good (stored); undo offers it again."""

    def __init__(self, store: Store, kind: str, a_id: int, b_id: int) -> None:
        super().__init__(store, QCoreApplication.translate("MarketCommands", "Suggestie afwijzen"))
        self.key = (kind, a_id, b_id)
        self.dismissal_id: int | None = None

    def do(self) -> None:
        self.dismissal_id = links.dismiss_suggestion(self.store, *self.key)

    def undo_op(self) -> None:
        assert self.dismissal_id is not None
        links.undismiss(self.store, self.dismissal_id)
