"""Qt face of the model's change bus, and the context every view is built with."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.models.store import Store


class QtBus(QObject):
    """Re-emits the store's changes and write failures as Qt signals.

    Signals:
        changed(Change): after every committed operation.
        failed(Exception): an edit could not be saved or was refused.
    """

    changed = Signal(object)
    failed = Signal(object)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe = [store.bus.subscribe(self.changed.emit),
                             store.bus.subscribe_failures(self.failed.emit)]

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []


@dataclass
class ViewContext:
    """What a board or panel needs: the store, its change signals, the undo stack."""

    store: Store
    bus: QtBus
    undo: QUndoStack

    def push(self, command: QUndoCommand) -> bool:
        """Run and record an edit; False when it failed (the error is already shown)."""
        self.undo.push(command)
        return not getattr(command, "failed", False)
