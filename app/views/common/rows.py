"""Bring a table model's rows up to date without resetting it.

A model reset closes the cell editor, drops the current cell and the focus, and,
when it happens while the view is committing an edit, makes Qt warn
"commitData called with an editor that does not belong to this view": the next
keyboard edits then go nowhere. :func:`sync_rows` instead removes, moves and inserts
only the rows that changed (persistent indexes follow their row by key) and reports
the rest as changed data, so a refresh after each edit keeps the keyboard where it was.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex


def sync_rows(model: QAbstractTableModel, rows: list[Any], new: Sequence[Any],
              key: Callable[[Any], Hashable]) -> None:
    """Make ``rows`` (the model's own list, changed in place) equal to ``new``."""
    new_keys = [key(r) for r in new]
    wanted = set(new_keys)
    root = QModelIndex()
    for i in reversed(range(len(rows))):
        if key(rows[i]) not in wanted:
            model.beginRemoveRows(root, i, i)
            del rows[i]
            model.endRemoveRows()
    kept = {key(r) for r in rows}
    in_order = [r for r in new if key(r) in kept]
    if [key(r) for r in rows] != [key(r) for r in in_order]:
        model.layoutAboutToBeChanged.emit()
        old_keys = [key(r) for r in rows]
        position = {key(r): i for i, r in enumerate(in_order)}
        rows[:] = in_order
        before = model.persistentIndexList()
        after = [model.index(position[old_keys[p.row()]], p.column())
                 if 0 <= p.row() < len(old_keys) else QModelIndex() for p in before]
        model.changePersistentIndexList(before, after)
        model.layoutChanged.emit()
    for i, k in enumerate(new_keys):
        if i >= len(rows) or key(rows[i]) != k:
            model.beginInsertRows(root, i, i)
            rows.insert(i, new[i])
            model.endInsertRows()
    rows[:] = list(new)
    if rows and model.columnCount() > 0:
        model.dataChanged.emit(model.index(0, 0), model.index(len(rows) - 1, model.columnCount() - 1))
