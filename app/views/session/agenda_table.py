"""The agenda as a table: the rounds' model and its cell editors.

``RoundModel`` shows the rounds with the time each used (the running one live) and
turns an edit in a cell or a dragged row into a call to the panel's edit and move
functions, handed in when it is made; ``RoundDelegate`` edits a cell in place.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.models import agenda as ops
from app.models import timer as tm
from app.views.common.labels import board_label, board_short, planned_minutes_text
from app.views.common.rows import sync_rows

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("title", "planned_minutes", "board", "prompts", "used")
MIME = "application/x-leidraad-round"
CURRENT_BG = QColor("#e3edf9")
OVER = QColor("#c62828")


def normalize_prompts(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


class RoundModel(QAbstractTableModel):
    """The rounds of a workshop; edits go to ``edit`` and ``move`` (the panel's commands).

    ``rail``: the session's rail (read only, no drops); ``edit(round_id, **fields)`` stores
    a cell and says whether it did; ``move(round_id, position)`` moves a dragged round.
    """

    def __init__(self, parent: QObject | None = None, *, rail: bool = False,
                 edit: Callable[..., bool], move: Callable[[int, int], None]) -> None:
        super().__init__(parent)
        self.rail, self._edit, self._move = rail, edit, move
        self.rows: list[ops.Round] = []
        self.timer_rows: tm.TimerRows | None = None
        self.reading: tm.Reading | None = None

    def reload(self, rows: tm.TimerRows, reading: tm.Reading) -> None:
        """Rows updated in place: the cell editor, current cell and focus survive."""
        self.timer_rows, self.reading = rows, reading
        sync_rows(self, self.rows, list(rows.rounds), key=lambda r: r.id)

    def set_reading(self, reading: tm.Reading) -> None:
        """A new clock reading: only the current round's used time changes."""
        self.reading = reading
        for row, r in enumerate(self.rows):
            if r.id == reading.round_id:
                cell = self.index(row, COLUMNS.index("used"))
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.DisplayRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Ronde"), self.tr("Gepland"), self.tr("Bord"), self.tr("Vragen"),
                self.tr("Gebruikt"))[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        if not self.rail and COLUMNS[index.column()] in ("title", "planned_minutes", "board"):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def is_current(self, r: ops.Round) -> bool:
        return self.reading is not None and r.id == self.reading.round_id

    def used(self, r: ops.Round) -> float | None:
        return None if self.reading is None else tm.used_seconds(r, self.reading)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return getattr(r, column) if column != "board" else (r.board or "")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "board":
                return board_label(r.board)
            return "\n".join(f"• {p}" for p in r.prompts) or None
        if role == Qt.ItemDataRole.FontRole and self.is_current(r):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and self.is_current(r):
            return QBrush(CURRENT_BG)
        if role == Qt.ItemDataRole.ForegroundRole and column == "used" and self._over(r):
            return QBrush(OVER)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("planned_minutes", "used",
                                                                    "prompts"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and self.is_current(r):
            return self.tr("Huidige ronde: {title}").format(title=r.title)
        return None

    def _display(self, r: ops.Round, column: str, row: int) -> str:
        if column == "title":
            marker = "▶ " if self.is_current(r) else ""
            return f"{marker}{row + 1}. {r.title}"
        if column == "planned_minutes":
            extra = self.timer_rows.extra_for(r.id) // 60 if self.timer_rows else 0
            return planned_minutes_text(r.planned_minutes, extra, suffix=False)
        if column == "board":  # short: all columns fit a laptop's side panel
            return board_short(r.board)
        if column == "prompts":
            return str(len(r.prompts)) if r.prompts else "–"
        used = self.used(r)
        return "–" if used is None else tm.format_clock(used)

    def _over(self, r: ops.Round) -> bool:
        used = self.used(r)
        extra = self.timer_rows.extra_for(r.id) if self.timer_rows else 0
        return used is not None and used > r.planned_minutes * 60 + extra

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if column == "board":
            value = value or None
        if getattr(r, column) == value:
            return False
        return self._edit(r.id, **{column: value})

    # -- drag and drop ------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self.rows[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        return data.hasFormat(MIME) and not self.rail

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            round_id = int(bytes(data.data(MIME).data()).decode())
        except ValueError:
            return False
        ids = [r.id for r in self.rows]
        if round_id not in ids:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(ids)
        old = ids.index(round_id)
        target = row if row <= old else row - 1
        if target != old:  # after the view has finished its drop handling
            QTimer.singleShot(0, lambda: self._move(round_id, target))
        return True


class RoundDelegate(QStyledItemDelegate):
    """Minutes as a spin box (1-240), the board as a list."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column == "planned_minutes":
            spin = QSpinBox(parent)
            spin.setRange(ops.MIN_ROUND_MINUTES, ops.MAX_ROUND_MINUTES)
            spin.setSuffix(self.tr(" min"))
            return spin
        if column == "board":
            combo = QComboBox(parent)
            for key in (None, *ops.BOARDS):
                combo.addItem(board_label(key), key or "")
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
