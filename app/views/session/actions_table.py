"""The action list as a table: its model, in-place editors and row dragging.

``ActionModel`` turns each edit in place into an undoable command, ``ActionTable``
drags a row to a new place by hand (no QDrag, so it runs offscreen and in tests),
``WhatDelegate`` / ``WhoDelegate`` edit in place with the entry row's limits and picker.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QIcon,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from app.commands.actions import UpdateAction
from app.models import actions as ops
from app.models.workshop import MAX_TEXT, Participant, list_participants
from app.views.common.bus import ViewContext

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("what", "who", "due")
OVERDUE_COLOR = QColor("#a33a1f")
# Longer than the model accepts, so an overlong text is refused with a message, never cut silently.
TEXT_FIELD_LIMIT = MAX_TEXT + 1_000
SHOWN_CHARS = 400  # a row shows this much of a long action (wrapped); the editor shows all


class ActionModel(QAbstractTableModel):
    """The workshop's actions in their order; edits become undoable commands.

    Signals:
        refreshed(): the rows were re-read (after a reset or an edit in place).
    """

    refreshed = Signal()

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.rows: list[ops.Action] = []
        self.participants: list[Participant] = []
        self.reload()

    def reload(self) -> None:
        """Re-read the list. Same rows in the same order (an edit in place): only
        dataChanged, so an open editor survives; otherwise a reset."""
        rows = ops.list_actions(self.ctx.store, self.workshop_id)
        self.participants = list_participants(self.ctx.store, self.workshop_id)
        if self.rows and [a.id for a in rows] == [a.id for a in self.rows]:
            self.rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            self.refreshed.emit()
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()
        self.refreshed.emit()

    def who_text(self, action: ops.Action) -> str:
        return ops.who_name(action, self.participants)

    def row_of(self, action_id: int) -> int:
        return next((i for i, a in enumerate(self.rows) if a.id == action_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (self.tr("Wat"), self.tr("Wie"), self.tr("Wanneer"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        action = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "what":
                text = action.what
                if role == Qt.ItemDataRole.EditRole:
                    return text
                shown = " ".join(text[:SHOWN_CHARS + 1].split())  # rows wrap: a page, not a book
                return shown if len(shown) <= SHOWN_CHARS else shown[:SHOWN_CHARS - 1] + "…"
            if column == "who":
                return self.who_text(action)
            return ops.format_due(action.due)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "due" and ops.is_overdue(action):
                return self.tr("Deze datum ligt in het verleden.")
            if column == "what" and len(action.what) > 60:
                return action.what[:500] + ("…" if len(action.what) > 500 else "")
        if role == Qt.ItemDataRole.ForegroundRole and column == "due" and ops.is_overdue(action):
            return OVERDUE_COLOR
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        action = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if str(value or "") == str(self.data(index, Qt.ItemDataRole.EditRole) or ""):
            return False
        if column == "who":
            pid, text = ops.resolve_who(str(value or ""), self.participants)
            fields: dict[str, Any] = {"who_participant_id": pid, "who_text": text}
        else:
            fields = {column: str(value or "")}
        return self.ctx.push(UpdateAction(self.ctx.store, action.id, **fields))


def calendar_icon(color: QColor, size: int = 16) -> QIcon:
    """A small drawn calendar (no emoji font or icon theme needed)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 3, size - 3, size - 4.5), 2, 2)
    painter.fillRect(QRectF(1.5, 3, size - 3, 3.5), color)
    painter.drawLine(QPointF(5, 1), QPointF(5, 4.5))
    painter.drawLine(QPointF(size - 5, 1), QPointF(size - 5, 4.5))
    for row in range(2):
        for col in range(3):
            painter.fillRect(QRectF(4 + col * 3, 9 + row * 3, 1.8, 1.8), color)
    painter.end()
    return QIcon(pixmap)


def who_box(parent: QWidget, names: list[str]) -> QComboBox:
    """An editable picker: type-ahead over the participants, or any free text."""
    box = QComboBox(parent)
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    # a long name must not make the side panel wider than a laptop's
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(6)
    box.addItems(names)
    box.setCurrentIndex(-1)
    box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    box.completer().setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
    return box


class WhatDelegate(QStyledItemDelegate):
    """Edit "what" in place without QLineEdit's default 32,767-character cut-off."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(TEXT_FIELD_LIMIT)
        return editor


class WhoDelegate(QStyledItemDelegate):
    """Edit "who" in place with the same picker as the entry row."""

    def __init__(self, names: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        return who_box(parent, self._names())

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setEditText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.lineEdit().selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class ActionTable(QTableView):
    """A table whose rows can be dragged to a new place.

    The drag is done by hand (no QDrag), so it runs the same offscreen and in
    tests, and draws a line where the row will land.

    Signals:
        move_requested(int, int): action id, new index in the list.
    """

    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._press: QPoint | None = None
        self._drag_row = -1
        self._gap = -1
        # wrapped rows take their height again once the columns settle (coalesced)
        self._refit_rows = QTimer(self, singleShot=True, interval=0)
        self._refit_rows.timeout.connect(self.resizeRowsToContents)
        self.horizontalHeader().sectionResized.connect(lambda *_: self._refit_rows.start())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Who and when take what they need up to a share of the width; what gets the rest
        (and wraps), so the list never scrolls sideways in a laptop's side panel."""
        header = self.horizontalHeader()
        if header.count() < 3:
            return
        width = self.viewport().width()
        who = max(header.sectionSizeHint(1), self.sizeHintForColumn(1))
        header.resizeSection(1, max(60, min(150, who, int(width * 0.34))))
        due = max(header.sectionSizeHint(2), self.sizeHintForColumn(2))  # a date: never cut
        header.resizeSection(2, max(60, min(110, due, int(width * 0.3))))

    def _gap_at(self, y: int) -> int:
        row = self.rowAt(y)
        if row < 0:
            return self.model().rowCount() if y > 0 else 0
        rect = self.visualRect(self.model().index(row, 0))
        return row if y < rect.center().y() else row + 1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.rowAt(event.position().toPoint().y())
        if event.button() == Qt.MouseButton.LeftButton and row >= 0:
            self._press, self._drag_row = event.position().toPoint(), row
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._press is not None and (self._gap >= 0 or (pos - self._press).manhattanLength()
                                        >= QApplication.startDragDistance()):
            edge = 16  # near the top or bottom edge: scroll so any place can be reached
            bar = self.verticalScrollBar()
            if pos.y() < edge or pos.y() > self.viewport().height() - edge:
                bar.setValue(bar.value() + (-bar.singleStep() if pos.y() < edge else bar.singleStep()))
            self._gap = self._gap_at(pos.y())
            self.viewport().update()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._gap >= 0:
            source, gap = self._drag_row, self._gap
            self._end_drag()
            target = gap - 1 if gap > source else gap
            model = self.model()
            if target != source and 0 <= source < model.rowCount():
                self.move_requested.emit(model.rows[source].id, target)
            return
        self._end_drag()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        if self._gap >= 0 and event.key() == Qt.Key.Key_Escape:
            self._end_drag()
            return
        super().keyPressEvent(event)

    def _paint_empty(self) -> None:
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                         int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.tr("Nog geen acties. Typ hierboven wat er gaat gebeuren, "
                                 "wie het oppakt en wanneer, en druk op Enter."))
        painter.end()

    def _end_drag(self) -> None:
        self._press, self._drag_row, self._gap = None, -1, -1
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0:
            self._paint_empty()
        if self._gap < 0:
            return
        rows = self.model().rowCount()
        if self._gap < rows:
            y = self.visualRect(self.model().index(self._gap, 0)).top()
        else:
            y = self.visualRect(self.model().index(rows - 1, 0)).bottom() + 1
        painter = QPainter(self.viewport())
        painter.setPen(QPen(self.palette().highlight().color(), 3))
        painter.drawLine(0, y, self.viewport().width(), y)
        painter.end()
