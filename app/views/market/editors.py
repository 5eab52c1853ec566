"""Keyboard-first editors for marketplace lines: names with type-ahead, the entry fields.

The same :class:`EntryFields` serve the add bar under the sheets (Enter adds and
keeps the cursor for the next line) and the in-place editor over a card.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCompleter, QFrame, QHBoxLayout, QLineEdit, QWidget

from app.models.market import ENTRY_LIMIT
from app.views.common.name_edit import PopupNameEdit


class NamesEdit(PopupNameEdit):
    """Comma-separated names; completes the name being typed from the participants.

    Unknown names are fine: they are kept as free text (a colleague not present).
    A shown completion means the participant: its first row is highlighted, and Enter or
    Tab take the highlighted name; Esc closes the pop-up to keep the typed text as it is.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStringListModel(self)
        self.completer_ = QCompleter(self._model, self)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer_.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer_.setWrapAround(False)  # Down on the only match keeps it highlighted
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
            popup = self.completer_.popup()
            popup.setCurrentIndex(self.completer_.completionModel().index(0, 0))
        else:
            self.completer_.popup().hide()

    def insert_name(self, name: str) -> None:
        """Replace the name being typed by ``name`` and get ready for the next one."""
        done = [p.strip() for p in self.text().split(",")[:-1] if p.strip()]
        self.setText(", ".join([*done, name]) + ", ")

    def name_completer(self) -> QCompleter:
        return self.completer_

    def put_name(self, name: str) -> None:
        self.insert_name(name)  # in place of the name being typed

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter takes the highlighted name (if any) and then finishes the line.

        The completer's popup passes keys to this widget first; accepting Enter here
        keeps it from inserting the name again into the next, emptied line.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take_highlighted()
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


class InPlaceEditor(QObject):
    """Entry fields opened right over a card: Enter or clicking elsewhere saves, Escape cancels.

    Signals:
        committed(int, str, str, str): entry id, text, owners and sources as typed.
    """

    committed = Signal(int, str, str, str)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.host = host
        self.fields: EntryFields | None = None
        self.entry_id: int | None = None

    def open(self, entry_id: int, at: QPoint, min_width: int, side: str, names: list[str],
             values: tuple[str, str, str]) -> EntryFields:
        self.close()
        fields = EntryFields(self.host)
        fields.setAutoFillBackground(True)
        fields.setFrameShape(QFrame.Shape.StyledPanel)
        fields.layout().setContentsMargins(6, 6, 6, 6)
        fields.setToolTip(self.tr("Enter bewaart, Esc annuleert"))
        fields.set_side(side)
        fields.set_names(names)
        fields.set_values(*values)
        room = self.host.width()
        width = min(room, max(460, min_width))
        fields.setGeometry(max(0, min(at.x(), room - width)), max(0, at.y()), width,
                           fields.sizeHint().height())
        fields.submitted.connect(self.commit)
        fields.cancelled.connect(self.close)
        fields.show()
        fields.text_edit.setFocus()
        fields.text_edit.selectAll()
        self.fields, self.entry_id = fields, entry_id
        QApplication.instance().focusChanged.connect(self._focus_moved)
        return fields

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        fields = self.fields
        if fields is not None and (new is None or not fields.isAncestorOf(new)):
            if not any(e.completer_.popup().isVisible()
                       for e in (fields.owners_edit, fields.sources_edit)):
                self.commit()

    def commit(self) -> None:
        """Hand the typed values over; the editor closes unless the host keeps it open."""
        if self.fields is None or self.entry_id is None:
            return
        self.committed.emit(self.entry_id, *self.fields.values())

    def close(self) -> None:
        if self.fields is None:
            return
        QApplication.instance().focusChanged.disconnect(self._focus_moved)
        fields, self.fields, self.entry_id = self.fields, None, None
        fields.hide()
        fields.deleteLater()
