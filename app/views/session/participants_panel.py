"""Participants: a keyboard-first table plus the composition panel."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from app.commands.workshop import AddParticipant, RemoveParticipant, UpdateParticipant
from app.models import workshop as ops
from app.models.events import Change
from app.views.common.bus import ViewContext
from app.views.common.labels import composition_hint, role_label

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("name", "role", "subgroup")


class ParticipantModel(QAbstractTableModel):
    """The workshop's participants; edits become undoable commands."""

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.rows: list[ops.Participant] = []
        self.reload()
        ctx.bus.changed.connect(self._on_change)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = ops.list_participants(self.ctx.store, self.workshop_id)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.topic == "participant" and change.workshop_id == self.workshop_id:
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
            if column == "role":
                return role_label(p.role)
            return getattr(p, column) or ""
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
        return self.ctx.push(UpdateParticipant(self.ctx.store, p.id, **{column: value}))


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
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

        entry = QHBoxLayout()
        entry.addWidget(self.name_edit, 3)
        entry.addWidget(self.role_box, 2)
        entry.addWidget(self.subgroup_edit)
        entry.addWidget(add_button)

        self.composition = CompositionPanel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(remove_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.composition)
        self.model.modelReset.connect(self.refresh_composition)
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
        if self.ctx.push(command):
            self.name_edit.clear()
        self.name_edit.setFocus()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        targets = [self.model.rows[r] for r in rows if r < len(self.model.rows)]
        if not targets:
            return
        self.ctx.undo.beginMacro(self.tr("Deelnemers verwijderen"))
        for p in targets:
            self.ctx.push(RemoveParticipant(self.ctx.store, p.id, p.name))
        self.ctx.undo.endMacro()
        self.message.emit(self.tr("Verwijderd; Ctrl+Z zet terug."))

    def refresh_composition(self) -> None:
        self.composition.show_composition(ops.composition(self.model.rows))


class CompositionPanel(QWidget):
    """Counts per role and the method's advice (8-10 people, all voices, older slightly more)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
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
