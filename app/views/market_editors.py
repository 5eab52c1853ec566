"""Keyboard-first editors for marketplace lines: names with type-ahead, the entry fields.

The same :class:`EntryFields` serve the add bar under the sheets (Enter adds and
keeps the cursor for the next line) and the in-place editor over a card.
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QFrame, QHBoxLayout, QLineEdit, QWidget

from app.models.market import ENTRY_LIMIT


class NamesEdit(QLineEdit):
    """Comma-separated names; completes the name being typed from the participants.

    Unknown names are fine: they are kept as free text (a colleague not present).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated.connect(self.insert_name)
        self.textEdited.connect(self._complete)
        self.setMaxLength(2000)

    def set_names(self, names: list[str]) -> None:
        self._model.setStringList(names)

    def _complete(self, text: str) -> None:
        prefix = text.split(",")[-1].strip()
        if not prefix:
            self.completer_.popup().hide()
            return
        self.completer_.setCompletionPrefix(prefix)
        if self.completer_.completionCount() > 0:
            self.completer_.complete()
        else:
            self.completer_.popup().hide()

    def insert_name(self, name: str) -> None:
        """Replace the name being typed by ``name`` and get ready for the next one."""
        done = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join([*done, name]) + ", ")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the highlighted name (if any) and then finishes the line.

        The completer's popup passes keys to this widget first; accepting Enter here
        keeps it from inserting the name again into the next, emptied line.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            popup = self.completer_.popup()
            if popup.isVisible():
                index = popup.currentIndex()
                if index.isValid():
                    self.insert_name(str(index.data()))
                popup.hide()
            event.accept()
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)

    def names_text(self) -> str:
        return self.text().strip().rstrip(",").strip()


class EntryFields(QFrame):
    """What, who and (for demand) from whom, on one row.

    Signals:
        submitted(): Enter in any field.
        cancelled(): Escape in any field.
    """

    submitted = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = "supply"
        self.text_edit = QLineEdit(self)
        self.text_edit.setMaxLength(ENTRY_LIMIT * 4)  # the model explains what is too long
        self.owners_edit = NamesEdit(self)
        self.sources_edit = NamesEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text_edit, 5)
        layout.addWidget(self.owners_edit, 3)
        layout.addWidget(self.sources_edit, 3)
        for edit in (self.text_edit, self.owners_edit, self.sources_edit):
            edit.returnPressed.connect(self._return)
            edit.installEventFilter(self)
        self.set_side("supply")

    def set_side(self, side: str) -> None:
        self.side = side
        if side == "supply":
            self.text_edit.setPlaceholderText(self.tr("Deskundigheid, bijv. Formatief evalueren"))
            self.owners_edit.setPlaceholderText(self.tr("Wie biedt het aan?"))
        else:
            self.text_edit.setPlaceholderText(self.tr("Wat wil je leren?"))
            self.owners_edit.setPlaceholderText(self.tr("Wie vraagt het?"))
        self.sources_edit.setPlaceholderText(self.tr("Van wie? (optioneel)"))
        self.sources_edit.setVisible(side == "demand")

    def set_names(self, names: list[str]) -> None:
        self.owners_edit.set_names(names)
        self.sources_edit.set_names(names)

    def values(self) -> tuple[str, str, str]:
        sources = self.sources_edit.names_text() if self.side == "demand" else ""
        return self.text_edit.text(), self.owners_edit.names_text(), sources

    def set_values(self, text: str, owners: str, sources: str) -> None:
        self.text_edit.setText(text)
        self.owners_edit.setText(owners)
        self.sources_edit.setText(sources)

    def clear(self) -> None:
        self.set_values("", "", "")
        self.text_edit.setFocus()

    def _return(self) -> None:
        for edit in (self.owners_edit, self.sources_edit):
            edit.completer_.popup().hide()
        self.submitted.emit()

    def eventFilter(self, watched: object, event: object) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
