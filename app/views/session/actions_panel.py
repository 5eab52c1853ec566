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
import math

from PySide6.QtCore import (
    QDate,
    QEvent,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFontMetricsF,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionFrame,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from app.commands.actions import AddAction, DeleteActions, MoveAction
from app.models import actions as ops
from app.models.events import Change, Topic
from app.models.workshop import InputError, clean_text, list_participants
from app.views.common.bus import ViewContext
from app.views.session.actions_table import (
    TEXT_FIELD_LIMIT,
    ActionModel,
    ActionTable,
    WhatDelegate,
    WhoDelegate,
    calendar_icon,
    who_box,
)

HINT_STYLE = ("color: #44606e; background: #eef4f6; border-left: 3px solid #7fa6b6;"
              " padding: 6px 10px; font-style: italic;")
ERROR_STYLE = "color: #a33a1f;"
LINE_EDIT_MARGIN = 2  # QLineEdit's own space left and right of its text


def placeholder_width(edit: QLineEdit) -> int:
    """The width at which ``edit`` shows its whole placeholder (as QLineEdit.sizeHint counts)."""
    text = math.ceil(QFontMetricsF(edit.font()).horizontalAdvance(edit.placeholderText()))
    margins, contents = edit.textMargins(), edit.contentsMargins()
    width = (text + 2 * LINE_EDIT_MARGIN + margins.left() + margins.right()
             + contents.left() + contents.right())
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = QSize(width, edit.sizeHint().height())
    return edit.style().sizeFromContents(QStyle.ContentsType.CT_LineEdit, option, size, edit).width()
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
        for label in (heading, sub):
            label.setWordWrap(True)  # the side panel of a 1366 laptop is ~300 px wide

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
        layout.addLayout(self._entry_layout)  # "what", "who", then when / calendar / add
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
        self.due_edit.setMinimumWidth(placeholder_width(self.due_edit))  # never "Wanne…"
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
        # who on its own line: the ~300 px side panel of a 1366 laptop has no room for
        # who and the whole "Wanneer? d-m-jjjj" side by side
        when = QHBoxLayout()
        when.addWidget(self.due_edit, 1)
        when.addWidget(self.calendar_button)
        when.addWidget(self.add_button)
        entry = QVBoxLayout()
        entry.addWidget(self.what_edit)
        entry.addWidget(self.who_box)
        entry.addLayout(when)
        self._entry_layout = entry

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        due = getattr(self, "due_edit", None)  # not yet there while the panel is being built
        if due is not None and event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            due.setMinimumWidth(placeholder_width(due))

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
        self.table.setWordWrap(True)  # "what" wraps in its column instead of scrolling sideways
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.fit_columns()
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
