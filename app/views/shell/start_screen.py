"""The start screen: every workshop (bijeenkomst), newest first."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commands.workshop import (
    CreateSample,
    CreateWorkshop,
    DeleteWorkshop,
    DuplicateWorkshop,
    UpdateWorkshop,
)
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.common.labels import shown_as_typed, template_label
from app.views.shell.workshop_dialog import WorkshopDialog

Index = QModelIndex | QPersistentModelIndex


class WorkshopListModel(QAbstractTableModel):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[ops.Workshop] = []
        self.reload()
        ctx.bus.changed.connect(self._on_change)

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = ops.list_workshops(self.ctx.store)
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.WORKSHOP:
            self.reload()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Datum"), self.tr("Titel"), self.tr("Locatie/school"),
                    self.tr("Gespreksleider"), self.tr("Soort"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        ws = self.rows[index.row()]
        col = index.column()
        if col == 0:
            return QLocale().toString(QDate(ws.date.year, ws.date.month, ws.date.day),
                                     QLocale.FormatType.ShortFormat)
        kind = template_label(ws.template)
        if (ws.extra or {}).get("sample"):  # see app.models.sample (not imported: start-up)
            kind = self.tr("Voorbeeld · {kind}").format(kind=kind)
        return (None, ws.title, ws.location, ws.facilitator, kind)[col]


class StartScreen(QWidget):
    """Create, open, rename, duplicate and delete workshops.

    Signals:
        open_requested(int): the facilitator wants to work on this workshop.
        message(str): a status-bar text.
    """

    open_requested = Signal(int)
    message = Signal(str)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = WorkshopListModel(ctx, self)
        title = QLabel(self.tr("Bijeenkomsten"), self)
        title.setStyleSheet("font-size: 22pt; font-weight: 600;")
        intro = QLabel(self.tr("Kies een bijeenkomst om verder te gaan, of begin een nieuwe vanuit "
                               "een sjabloon. Alles wordt direct opgeslagen op deze laptop."), self)
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.empty = QLabel(self.tr("Nog geen bijeenkomsten. Klik op ‘Nieuw…’ (Ctrl+N) om te beginnen."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sample_button = QPushButton(self.tr("Voorbeeldbijeenkomst openen om te oefenen"), self)
        self.sample_button.setToolTip(self.tr(
            "Verzonnen collega's met al wat post-its, regels en punten op elk bord: probeer alles "
            "uit voor de echte bijeenkomst. Verwijder hem daarna zoals elke bijeenkomst."))
        self.sample_button.clicked.connect(self.open_sample)

        buttons = QHBoxLayout()
        for text, tip, slot in (
            (self.tr("Nieuw…"), "Ctrl+N", self.new_workshop),
            (self.tr("Openen"), "Enter", self.open_selected),
            (self.tr("Naam wijzigen…"), "F2", self.rename_selected),
            (self.tr("Dupliceren"), "Ctrl+D", self.duplicate_selected),
            (self.tr("Verwijderen…"), "Del", self.delete_selected),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)

        for key, slot in ((QKeySequence.StandardKey.New, self.new_workshop),
                          (QKeySequence(Qt.Key.Key_Return), self.open_selected),
                          (QKeySequence(Qt.Key.Key_Enter), self.open_selected),
                          (QKeySequence(Qt.Key.Key_F2), self.rename_selected),
                          (QKeySequence("Ctrl+D"), self.duplicate_selected),
                          (QKeySequence.StandardKey.Delete, self.delete_selected)):
            shortcut = QShortcut(key, self, slot)  # PySide6 6.11 ignores context= here
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.model.modelReset.connect(self._update_empty)
        self._update_empty()

    def _update_empty(self) -> None:
        self.empty.setVisible(not self.model.rows)
        self.sample_button.setVisible(not self.model.rows)
        if self.model.rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def selected(self) -> ops.Workshop | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def select_workshop(self, workshop_id: int) -> None:
        for row, ws in enumerate(self.model.rows):
            if ws.id == workshop_id:
                self.table.selectRow(row)

    def new_workshop(self) -> int | None:
        dialog = WorkshopDialog(self)
        if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
            return None
        command = CreateWorkshop(self.ctx.store, **dialog.facts())
        if not self.ctx.push(command) or command.workshop_id is None:
            return None
        self.select_workshop(command.workshop_id)
        self.open_requested.emit(command.workshop_id)
        return command.workshop_id

    def open_sample(self) -> int | None:
        """Add the sample workshop and open it (Ctrl+Z removes it again)."""
        command = CreateSample(self.ctx.store)
        if not self.ctx.push(command) or command.workshop_id is None:
            return None
        self.select_workshop(command.workshop_id)
        self.message.emit(self.tr("Voorbeeld geopend: verzonnen namen, probeer gerust alles uit."))
        self.open_requested.emit(command.workshop_id)
        return command.workshop_id

    def open_selected(self) -> None:
        ws = self.selected()
        if ws is not None:
            self.open_requested.emit(ws.id)

    def rename_selected(self) -> None:
        ws = self.selected()
        if ws is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Naam wijzigen"), self.tr("Nieuwe titel:"),
                                        text=ws.title)
        if ok and text.strip() and text.strip() != ws.title:
            self.ctx.push(UpdateWorkshop(self.ctx.store, ws.id, "Naam wijzigen", title=text))
            self.select_workshop(ws.id)

    def duplicate_selected(self) -> None:
        ws = self.selected()
        if ws is None:
            return
        command = DuplicateWorkshop(self.ctx.store, ws.id)
        if self.ctx.push(command) and command.workshop_id is not None:
            self.select_workshop(command.workshop_id)
            self.message.emit(self.tr("Kopie gemaakt van ‘{title}’.").format(title=ws.title))

    def delete_selected(self, confirm: bool = True) -> None:
        ws = self.selected()
        if ws is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Bijeenkomst verwijderen"),
                shown_as_typed(self.tr(
                    "‘{title}’ verwijderen, met alle deelnemers, borden en notities?\n"
                    "Ctrl+Z maakt dit ongedaan zolang Leidraad open is.").format(title=ws.title)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.ctx.push(DeleteWorkshop(self.ctx.store, ws.id))
        self.message.emit(self.tr("‘{title}’ verwijderd. Ctrl+Z maakt dit ongedaan.").format(title=ws.title))
