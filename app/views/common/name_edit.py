"""A line for names with a completion pop-up whose highlighted name Enter or Tab take.

Shared by the marketplace's names (several, comma-separated) and the circle's
participant field (one name): Tab with the pop-up open takes the highlighted
name and then moves the focus on as usual; what Enter does after taking it is
each field's own (see their ``keyPressEvent``).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit


class PopupNameEdit(QLineEdit):
    def name_completer(self) -> QCompleter | None:
        """The completer whose pop-up offers the names (the line's own by default)."""
        return self.completer()

    def put_name(self, name: str) -> None:
        """A taken name goes in: here it replaces the text."""
        self.setText(name)

    def popup_open(self) -> bool:
        completer = self.name_completer()
        return completer is not None and completer.popup().isVisible()

    def take_highlighted(self) -> bool:
        """Put the highlighted name in and close the pop-up; False when the pop-up was
        closed or nothing in it was highlighted."""
        completer = self.name_completer()
        if completer is None or not completer.popup().isVisible():
            return False
        popup = completer.popup()
        index = popup.currentIndex()
        popup.hide()
        if not index.isValid():
            return False
        self.put_name(str(index.data()))
        return True

    def event(self, event: QEvent) -> bool:
        """Tab with the pop-up open takes the highlighted name, then moves on as usual."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Tab and not event.modifiers():
            self.take_highlighted()
        return super().event(event)
