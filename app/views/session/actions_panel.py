"""Over naar actie: the action list, fast from the keyboard.

Type what, who (a participant by type-ahead, or free text such as
"Schoolleiding") and when (optional), press Enter: the action is added and the
cursor is back in "what" for the next one. In the list, edit in place (F2 or
typing), reorder by dragging or Alt+Up/Alt+Down, delete with Del; every edit
is one undoable command and is saved at once. From the fourth action on a
quiet hint reminds the group that one point done well beats a long list.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.commands.actions import AddAction, DeleteActions, MoveAction, UpdateAction
from app.models import actions as ops
from app.models.events import Change, Topic
from app.models.workshop import MAX_TEXT, InputError, Participant, clean_text, list_participants
from app.views.common.bus import ViewContext

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("what", "who", "due")
OVERDUE_COLOR = QColor("#a33a1f")
HINT_STYLE = ("color: #44606e; background: #eef4f6; border-left: 3px solid #7fa6b6;"
              " padding: 6px 10px; font-style: italic;")
ERROR_STYLE = "color: #a33a1f;"
# Longer than the model accepts, so an overlong text is refused with a message, never cut silently.
TEXT_FIELD_LIMIT = MAX_TEXT + 1_000


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
                return text if role == Qt.ItemDataRole.EditRole else " ".join(text[:2000].split())
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


class ActionsPanel(QWidget):
    """Over naar actie for one workshop.

    Signals:
        message(str): a short status text for the window's status bar.
    """

    message = Signal(str)
    SUGGESTIONS = ("Schoolleiding", "Iedereen")

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.model = ActionModel(ctx, workshop_id, self)
        self._select_after: int | None = None

        heading = QLabel(self.tr("Over naar actie"), self)
        heading.setObjectName("actionsHeading")
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        sub = QLabel(self.tr("Wat gaan we doen, wie pakt het op, en wanneer?"), self)
        sub.setStyleSheet("color: palette(placeholder-text);")

        self._build_entry()
        self._build_table()
        self.feedback = QLabel(self)
        self.feedback.setObjectName("actionsFeedback")
        self.feedback.setStyleSheet(ERROR_STYLE)
        self.feedback.setWordWrap(True)
        self.feedback.hide()
        self.hint = QLabel(self.tr("Liever één punt goed uitgevoerd dan een lange lijst: "
                                   "welke actie gaat voor?"), self)
        self.hint.setObjectName("actionsFocusHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self.hint.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(self._entry_layout)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        ctx.bus.changed.connect(self._on_change)
        self.model.refreshed.connect(self._after_reload)
        self._after_reload()

    # -- building ----------------------------------------------------------------
    def _build_entry(self) -> None:
        self.what_edit = QLineEdit(self)
        self.what_edit.setObjectName("actionWhat")
        self.what_edit.setPlaceholderText(self.tr("Wat gaan we doen?"))
        self.what_edit.setClearButtonEnabled(True)
        self.what_edit.setMaxLength(TEXT_FIELD_LIMIT)
        self.who_box = who_box(self, self._names())
        self.who_box.setObjectName("actionWho")
        self.who_box.setAccessibleName(self.tr("Wie?"))
        self.who_box.lineEdit().setPlaceholderText(self.tr("Wie?"))
        self.due_edit = QLineEdit(self)
        self.due_edit.setObjectName("actionDue")
        self.due_edit.setPlaceholderText(self.tr("Wanneer? d-m-jjjj"))
        self.due_edit.setToolTip(self.tr("Optioneel. Typ bijv. 15-1-2027, 15 jan, of kies met F4."))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(calendar_icon(self.palette().buttonText().color()))
        self.calendar_button.setToolTip(self.tr("Kies een datum (F4)"))
        self.calendar_button.setAccessibleName(self.tr("Kies een datum"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(False)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.activated.connect(self._pick_date)
        self.calendar.clicked.connect(self._pick_date)
        menu = QMenu(self.calendar_button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._prepare_calendar)
        self.calendar_button.setMenu(menu)
        open_calendar = QAction(self.tr("Kalender openen"), self.due_edit)
        open_calendar.setShortcut(QKeySequence(Qt.Key.Key_F4))
        open_calendar.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_calendar.setProperty("shortcutGroup", self.tr("Acties"))
        open_calendar.triggered.connect(self.calendar_button.showMenu)
        self.due_edit.addAction(open_calendar)
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.add_button.setToolTip(self.tr("Actie toevoegen (Enter)"))
        self.add_button.clicked.connect(self.add_from_fields)
        for edit in (self.what_edit, self.who_box.lineEdit(), self.due_edit):
            edit.returnPressed.connect(self.add_from_fields)
        row = QHBoxLayout()
        row.addWidget(self.what_edit, 5)
        row.addWidget(self.who_box, 2)
        row.addWidget(self.due_edit, 2)
        row.addWidget(self.calendar_button)
        row.addWidget(self.add_button)
        self._entry_layout = row

    def _build_table(self) -> None:
        self.table = ActionTable(self)
        self.table.setObjectName("actionsTable")
        self.table.setAccessibleName(self.tr("Acties"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(0, WhatDelegate(self.table))
        self.table.setItemDelegateForColumn(1, WhoDelegate(self._names, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        header.resizeSection(2, 110)
        self.table.move_requested.connect(self.move_to)
        self.table_actions: list[QAction] = []
        for text, key, slot in (
            (self.tr("Actie omhoog"), ("Alt+Up", "Ctrl+Up"), lambda: self.nudge(-1)),
            (self.tr("Actie omlaag"), ("Alt+Down", "Ctrl+Down"), lambda: self.nudge(1)),
            (self.tr("Actie verwijderen"), (QKeySequence.StandardKey.Delete,), self.delete_selected),
        ):
            action = QAction(text, self.table)
            action.setShortcuts([QKeySequence(k) for k in key])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.setProperty("shortcutGroup", self.tr("Acties"))
            action.triggered.connect(slot)
            self.table.addAction(action)
            self.table_actions.append(action)

    # -- reading -----------------------------------------------------------------
    def _names(self) -> list[str]:
        names = [p.name for p in self.model.participants]
        used = [a.who_text for a in self.model.rows if a.who_text]
        seen = {n.casefold() for n in names}
        for extra in [*used, *self.SUGGESTIONS]:
            if extra.casefold() not in seen:
                seen.add(extra.casefold())
                names.append(extra)
        return names

    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self.workshop_id and change.topic in (Topic.ACTION, Topic.PARTICIPANT):
            wanted = self._select_after if self._select_after is not None else self.current_action_id()
            self._select_after = None
            self.model.reload()
            if wanted is not None and self.current_action_id() != wanted:
                self._reselect(wanted)  # only after a reset: never disturb an open editor

    def _after_reload(self) -> None:
        count = len(self.model.rows)
        self.hint.setVisible(ops.needs_focus_hint(count))
        typed = self.who_box.currentText()
        self.who_box.clear()
        self.who_box.addItems(self._names())
        self.who_box.setEditText(typed)

    def _reselect(self, action_id: int | None) -> None:
        row = -1 if action_id is None else self.model.row_of(action_id)
        if row >= 0:
            column = max(0, self.table.currentIndex().column())
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows)

    def current_action_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].id if index.isValid() else None

    def hint_text(self) -> str:
        """The focus hint as the user sees it ("" while hidden)."""
        return self.hint.text() if self.hint.isVisibleTo(self) else ""

    # -- editing -----------------------------------------------------------------
    def focus_entry(self) -> None:
        """Put the cursor in "what", ready for the next action."""
        self.what_edit.setFocus()
        self.what_edit.selectAll()

    def _show_feedback(self, text: str, field: QWidget | None = None) -> None:
        self.feedback.setText(text)
        self.feedback.setVisible(bool(text))
        if text:
            self.message.emit(text)
        if field is not None:
            field.setFocus()

    def add_from_fields(self) -> None:
        """Enter in any entry field: validate, add, clear, and go back to "what"."""
        what = self.what_edit.text()
        if not what.strip():
            self._show_feedback(self.tr("Typ eerst wat er gaat gebeuren."), self.what_edit)
            return
        try:
            clean_text(what, what=self.tr("Wat"), required=True)
        except InputError as exc:
            self._show_feedback(str(exc), self.what_edit)
            return
        try:
            due = ops.parse_due(self.due_edit.text())
        except InputError as exc:
            self._show_feedback(str(exc), self.due_edit)
            self.due_edit.selectAll()
            return
        pid, who = ops.resolve_who(self.who_box.currentText(), self.model.participants)
        command = AddAction(self.ctx.store, self.workshop_id, what, who_participant_id=pid,
                            who_text=who, due=due)
        if not self.ctx.push(command):
            self._show_feedback(self.tr("De actie is niet toegevoegd; zie de melding."), self.what_edit)
            return
        self._show_feedback("")
        if due is not None and due < dt.date.today():
            self.message.emit(self.tr("Toegevoegd. Let op: {date} ligt in het verleden.")
                              .format(date=ops.format_due(due)))
        self._reselect(command.action_id)
        self.what_edit.setText("")  # no typing history: Ctrl+Z undoes the action
        self.who_box.setEditText("")
        self.due_edit.setText("")
        self.focus_entry()

    def _prepare_calendar(self) -> None:
        try:
            due = ops.parse_due(self.due_edit.text())
        except InputError:
            due = None
        day = due or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.setFocus()

    def _pick_date(self, date: QDate) -> None:
        self.due_edit.setText(ops.format_due(dt.date(date.year(), date.month(), date.day())))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()
        self.due_edit.setFocus()

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.rows[r].id for r in rows if r < len(self.model.rows)]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = min(self.model.row_of(i) for i in ids)
        if self.ctx.push(DeleteActions(self.ctx.store, ids)):
            self.message.emit(self.tr("Verwijderd; Ctrl+Z maakt dit ongedaan."))
            if self.model.rows:
                self._reselect(self.model.rows[min(row, len(self.model.rows) - 1)].id)

    def nudge(self, step: int) -> None:
        """Alt+Up / Alt+Down: move the current action one place; repeats merge into one undo."""
        action_id = self.current_action_id()
        if action_id is None:
            return
        row = self.model.row_of(action_id)
        target = row + step
        if 0 <= target < len(self.model.rows):
            self._select_after = action_id
            self.ctx.push(MoveAction(self.ctx.store, action_id, target, nudge=True))

    def move_to(self, action_id: int, index: int) -> None:
        self._select_after = action_id
        self.ctx.push(MoveAction(self.ctx.store, action_id, index))


class ActionsRoomView(QWidget):
    """The action list for the room: numbered, large, read-only, live.

    Only what the group agreed (what, who, when); the facilitator's hint and
    editing chrome stay on the laptop. Offers ``set_high_contrast`` and
    ``set_text_scale`` like the boards.
    """

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from app.views.session.rules_card import RulesCardView

        self.ctx, self.workshop_id = ctx, workshop_id
        self.card = RulesCardView(self, max_px=60 if audience else 22)
        self.card.setObjectName("actionsRoomCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.card)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        participants = list_participants(self.ctx.store, self.workshop_id)
        lines = []
        for action in ops.list_actions(self.ctx.store, self.workshop_id):
            bits = [b for b in (ops.who_name(action, participants), ops.format_due(action.due)) if b]
            what = " ".join(action.what[:300].split())
            lines.append(what + (f"  —  {', '.join(bits)}" if bits else ""))
        self.card.set_content(self.tr("Over naar actie"), lines,
                              empty=self.tr("Nog geen acties afgesproken."))

    def text(self) -> str:
        return self.card.text()

    def set_high_contrast(self, on: bool) -> None:
        self.card.set_high_contrast(on)

    def set_text_scale(self, scale: float) -> None:
        self.card.set_text_scale(scale)

    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self.workshop_id and change.topic in (Topic.ACTION, Topic.PARTICIPANT):
            self.refresh()
