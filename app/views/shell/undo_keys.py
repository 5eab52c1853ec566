"""Ctrl+Z / Ctrl+Shift+Z reach the workshop's undo stack from every field of the window.

A QLineEdit (or a text editor) claims the undo keys for its own text-undo even when it
has nothing to undo, for instance in the marketplace add field right after Enter cleared
it. Then the window's Undo action never fires, while the status line just said
"Ctrl+Z zet terug". This filter lets the keys through to the window's actions whenever
the focused field has no text step to undo (or redo) itself; a field with typed text
still undoes its own typing first.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

_UNDO = QKeySequence.StandardKey.Undo
_REDO = QKeySequence.StandardKey.Redo


def _own_step(widget: QObject, redo: bool) -> bool | None:
    """Whether the field can undo/redo text itself; None for widgets without text-undo."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        if widget.isReadOnly():
            return False
        doc = widget.document()
        return doc.isRedoAvailable() if redo else doc.isUndoAvailable()
    return None


def _undo_kind(event: QKeyEvent) -> str | None:
    combined = event.keyCombination()
    if event.matches(_UNDO):
        return "undo"
    if event.matches(_REDO) or QKeySequence(combined) in (QKeySequence("Ctrl+Shift+Z"),
                                                           QKeySequence("Ctrl+Y")):
        return "redo"
    return None


class WindowUndoKeys(QObject):
    """Application event filter: undo keys in a field of ``window`` without a text step
    of its own go to the window's Undo/Redo actions."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window:
            return False
        kind = _undo_kind(event)
        if kind is None:
            return False
        own = _own_step(watched, kind == "redo")
        if own is False:
            # leave the override unaccepted: the key becomes the window's shortcut
            event.ignore()
            return True
        return False

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
