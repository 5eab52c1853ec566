"""Participants: a keyboard-first table plus the composition panel."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commands import GestureCommand
from app.commands.workshop import AddParticipant, RemoveParticipant, UpdateParticipant
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.common.labels import composition_hint, role_label, role_short
from app.views.common.rows import sync_rows

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "role", "subgroup")


class ParticipantModel(QAbstractTableModel):
    """The workshop's participants; edits become undoable commands.

    Signals:
        refreshed(): the rows were brought up to date with the store.
    """

    refreshed = Signal()

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.rows: list[ops.Participant] = []
        self.pushing = False  # an edit from this table is being saved
        self.reload()
        ctx.bus.changed.connect(self._on_change)

    def reload(self) -> None:
        """Rows updated in place: the cell editor, current cell and focus survive."""
        sync_rows(self, self.rows, ops.list_participants(self.ctx.store, self.workshop_id),
                  key=lambda p: p.id)
        self.refreshed.emit()

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.PARTICIPANT and change.workshop_id == self.workshop_id:
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Naam"), self.tr("Rol"), self.tr("Subgroep"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "role":  # short, so name, role and subgroup fit a laptop's side panel
                return role_short(p.role)
            return getattr(p, column) or ""
        if role == Qt.ItemDataRole.ToolTipRole and column == "role":
            return role_label(p.role)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(p, column) or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        p = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if (getattr(p, column) or "") == (value or ""):
            return False
        return self.push(UpdateParticipant(self.ctx.store, p.id, **{column: value}))

    def push(self, command: Any) -> bool:
        """Push an edit of this panel: a failure is said in the participants panel."""
        self.pushing = True
        self.ctx.bus.setProperty("origin", "participants")
        try:
            return self.ctx.push(command)
        finally:
            self.pushing = False
            self.ctx.bus.setProperty("origin", None)


class RoleDelegate(QStyledItemDelegate):
    """A role picker for the Rol column."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        box = QComboBox(parent)
        for role in ops.ROLES:
            box.addItem(role_label(role), role)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ParticipantsPanel(QWidget):
    """Add, edit and remove participants from the keyboard; see the group's make-up.

    Signals:
        message(str): a short status text for the window's status bar.
    """

    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.model = ParticipantModel(ctx, workshop_id, self)

        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Deelnemers"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, RoleDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self.table.verticalHeader().setVisible(False)
        # PySide6 6.11 ignores a context= keyword here: set it afterwards
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("Naam, Enter om toe te voegen"))
        self.role_box = QComboBox(self)
        self.role_box.setAccessibleName(self.tr("Rol"))
        for role in ops.ROLES:
            self.role_box.addItem(role_label(role), role)
        self.subgroup_edit = QLineEdit(self)
        self.subgroup_edit.setPlaceholderText(self.tr("bijv. A"))
        self.subgroup_edit.setMaximumWidth(70)
        add_button = QPushButton(self.tr("Toevoegen"), self)
        for widget in (self.name_edit, self.subgroup_edit):
            widget.returnPressed.connect(self.add_from_fields)
        add_button.clicked.connect(self.add_from_fields)
        remove_button = QPushButton(self.tr("Verwijderen"), self)
        remove_button.setToolTip(self.tr("Verwijder de geselecteerde deelnemer (Del)"))
        remove_button.clicked.connect(self.remove_selected)

        # two rows: the name gets the width, the rest fits a narrow side panel
        entry = QVBoxLayout()
        entry.addWidget(self.name_edit)
        details = QHBoxLayout()
        details.addWidget(self.role_box, 1)
        details.addWidget(self.subgroup_edit)
        details.addWidget(add_button)
        entry.addLayout(details)

        self.error = QLabel(self)  # what went wrong with a participant, shown here, not elsewhere
        self.error.setObjectName("participantsError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.error.hide()
        ctx.bus.failed.connect(self._on_failed)
        ctx.bus.changed.connect(self._on_change)

        self.composition = CompositionPanel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.composition)
        self.model.refreshed.connect(self.refresh_composition)
        self.refresh_composition()

    def add_from_fields(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.message.emit(self.tr("Typ eerst een naam."))
            self.name_edit.setFocus()
            return
        if any(p.name.casefold() == name.casefold() for p in self.model.rows):
            self.message.emit(self.tr("Let op: er is al een deelnemer met de naam {name}.")
                              .format(name=name))
        command = AddParticipant(self.ctx.store, self.workshop_id, name,
                                 self.role_box.currentData(), self.subgroup_edit.text() or None)
        if self.model.push(command):
            self.name_edit.setText("")  # no typing history: Ctrl+Z undoes the add
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        targets = [self.model.rows[r] for r in rows if r < len(self.model.rows)]
        if not targets:
            return
        children = [RemoveParticipant(self.ctx.store, p.id, p.name) for p in targets]
        if not self.model.push(GestureCommand(self.ctx.store, self.tr("Deelnemers verwijderen"),
                                              list(children))):
            return
        self.message.emit(self.tr("Verwijderd; Ctrl+Z maakt dit ongedaan."))

    def _on_failed(self, error: Exception) -> None:
        focus = QApplication.focusWidget()
        if self.model.pushing or (focus is not None and self.isAncestorOf(focus)):
            self.error.setText(str(error))
            self.error.show()

    def _on_change(self, change: Change) -> None:
        """The next edit that went through clears the message."""
        if change.topic is Topic.PARTICIPANT and change.workshop_id == self.workshop_id:
            self.error.clear()
            self.error.hide()

    def refresh_composition(self) -> None:
        self.composition.show_composition(ops.composition(self.model.rows))


class CompositionPanel(QWidget):
    """Counts per role and the method's advice (8-10 people, all voices, older slightly more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("compositionHint")
        self.hint.setStyleSheet("color: #8a4b00;")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Samenstelling:"), self.counts)
        form.addRow(self.hint)

    def show_composition(self, comp: ops.Composition) -> None:
        parts = [f"{role_label(role)}: {n}" for role, n in comp.counts.items()]
        self.counts.setText(self.tr("{total} deelnemers").format(total=comp.total)
                            + "\n" + " · ".join(parts))
        self.hint.setText("\n".join(composition_hint(code, value) for code, value in comp.hints))
        self.hint.setVisible(bool(comp.hints))

    def hint_text(self) -> str:
        return self.hint.text() if self.hint.isVisibleTo(self) else ""
