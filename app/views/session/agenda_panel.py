"""The agenda: a planner for the rounds, and the rail of rounds during the session.

As a planner it edits rounds (title, minutes, board, prompts), reorders them
(drag, or Alt+Up/Down) and removes them, every edit undoable; the planned
total is shown against the two-hour maximum, red when over, and the edit that
crosses the line must be confirmed. As a rail (``rail=True``) it shows the
current round and the time used per round, planned next to actual.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.commands.agenda import AddRound, DeleteRound, MoveRound, UpdateRound
from app.models import agenda as ops
from app.models import timer as tm
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.session.agenda_table import COLUMNS, RoundDelegate, RoundModel, normalize_prompts
from app.views.session.round_panel import AutoCommitEditor
from app.views.session.timer_panel import REPAINT_MS


class AgendaPanel(QWidget):
    """The rounds of a workshop, as planner or as rail.

    Signals:
        round_selected(int): the facilitator activated a round (double-click/Enter
            in the rail): go there.
    """

    round_selected = Signal(int)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None, *,
                 rail: bool = False, clock: tm.Clock | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.rail = ctx, workshop_id, rail
        self.clock: tm.Clock = clock or tm.SYSTEM_CLOCK
        self.model = RoundModel(self, rail=rail, edit=self.edit_round, move=self.move_round)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Rondes van de agenda"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(RoundDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(self._activated)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("agendaTotal")
        self.total_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.setProperty("shortcutGroup", self.tr("Agenda"))
        self._build_actions()
        if rail:
            for name in ("board", "prompts"):
                self.table.hideColumn(COLUMNS.index(name))
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            # the current round is marked by the model; a selection colour would hide it
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            layout.addWidget(self.table, 1)
            layout.addWidget(self.total_label)
        else:
            self._build_planner(layout)
        ctx.bus.changed.connect(self._on_change)
        # the countdown's pace, so Gebruikt turns over in the same second as the countdown
        self.ticker = QTimer(self, interval=REPAINT_MS)
        self._shown_second: tuple[int | None, int] | None = None
        self.ticker.timeout.connect(self._tick)
        self.ticker.start()
        self.reload()

    # -- building ----------------------------------------------------------------
    def _build_planner(self, layout: QVBoxLayout) -> None:
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # the rail beside the timer shows the time used; here the plan gets the width
        self.table.hideColumn(COLUMNS.index("used"))
        # no AnyKeyPressed: single letters are the timer's keys (N, P, M, Space)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        buttons = QGridLayout()  # three a row: none is cut off on a laptop's side panel
        buttons.setHorizontalSpacing(4)
        for i, action in enumerate(self.planner_actions):
            b = QPushButton(action.text(), self)
            b.setToolTip(action.toolTip())
            b.setMinimumWidth(0)
            b.clicked.connect(action.trigger)
            buttons.addWidget(b, i // 3, i % 3)
        self.prompts_label = QLabel(self.tr("Vragen bij de gekozen ronde (één per regel):"), self)
        self.prompts_edit = AutoCommitEditor(self, normalize=normalize_prompts)
        self.prompts_edit.setPlaceholderText(self.tr("Bijvoorbeeld: Wat hielp je daarbij?"))
        self.prompts_edit.setMaximumHeight(140)
        self.prompts_edit.commit.connect(self._save_prompts)
        self.prompts_label.setBuddy(self.prompts_edit)
        self._prompts_round_id: int | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selection_moved)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.prompts_label)
        layout.addWidget(self.prompts_edit)

    def _build_actions(self) -> None:
        def make(text: str, keys: str, slot: Callable[[], object], *more: str) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(keys), *(QKeySequence(k) for k in more)])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.action_add = make(self.tr("Ronde toevoegen"), "Ctrl+Shift+Return", self.add_round)
        self.action_up = make(self.tr("Omhoog"), "Alt+Up", lambda: self.move_selected(-1), "Ctrl+Up")
        self.action_down = make(self.tr("Omlaag"), "Alt+Down", lambda: self.move_selected(+1), "Ctrl+Down")
        self.action_longer = make(self.tr("5 min langer"), "Alt+Right",
                                  lambda: self.lengthen_selected(5))
        self.action_shorter = make(self.tr("5 min korter"), "Alt+Left",
                                   lambda: self.lengthen_selected(-5))
        self.action_delete = make(self.tr("Verwijderen"), "Delete", self.delete_selected)
        self.planner_actions = [self.action_add, self.action_up, self.action_down,
                                self.action_longer, self.action_shorter, self.action_delete]
        if self.rail:
            for action in self.planner_actions:
                action.setEnabled(False)

    @property
    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The planner's keyboard commands (active while the panel has focus)."""
        return [] if self.rail else list(self.planner_actions)

    # -- showing --------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self.workshop_id and change.topic in (Topic.ROUND, Topic.TIMER,
                                                                       Topic.WORKSHOP):
            self.reload()

    def reload(self) -> None:
        selected = self.selected_round()
        rows = tm.timer_rows(self.ctx.store, self.workshop_id)
        reading = rows.reading(self.clock)
        self.model.reload(rows, reading)
        keep = reading.round_id if self.rail or selected is None else selected.id
        ids = [r.id for r in rows.rounds]
        current = self.selected_round()
        if keep in ids and (current is None or current.id != keep):
            self.table.setCurrentIndex(self.model.index(ids.index(keep), 0))
        self._show_total(reading)
        if not self.rail:
            self._show_prompts()

    def _tick(self) -> None:
        if self.model.timer_rows is None:
            return
        reading = self.model.timer_rows.reading(self.clock)
        shown = (reading.round_id, int(reading.elapsed))
        if reading.state == "running" and shown != self._shown_second:
            self._shown_second = shown
            self.model.set_reading(reading)
            self._show_total(reading)

    def _show_total(self, reading: tm.Reading) -> None:
        timer_rows = self.model.timer_rows
        extra = sum(timer_rows.extra_for(r.id) for r in self.model.rows) // 60 if timer_rows else 0
        total = sum(r.planned_minutes for r in self.model.rows) + extra
        text = self.tr("Gepland: {total} van {max} min").format(total=total,
                                                               max=ops.MAX_SESSION_MINUTES)
        if extra:
            text += self.tr(" (waarvan {extra} min bijgesteld)").format(
                extra=f"{'+' if extra > 0 else '−'}{abs(extra)}")
        over = ops.exceeds_limit(total)
        if over:
            text += self.tr(" · {n} min langer dan twee uur").format(
                n=total - ops.MAX_SESSION_MINUTES)
        if self.rail or reading.session_seconds:
            text += self.tr(" · gebruikt: {used} min").format(used=reading.session_minutes)
        self.total_label.setText(text)
        self.total_label.setProperty("over", over)
        self.total_label.setStyleSheet("font-weight: 600;" + (" color: #c62828;" if over else ""))

    def selected_round(self) -> ops.Round | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]

    def _selection_moved(self) -> None:
        """Pending prompts belong to the round they were typed for: save them first."""
        self.prompts_edit.flush()
        self._show_prompts()

    def _show_prompts(self) -> None:
        r = self.selected_round()
        if r is None or r.id != self._prompts_round_id:
            self.prompts_edit.flush()
        self._prompts_round_id = r.id if r else None
        self.prompts_edit.setEnabled(r is not None)
        self.prompts_edit.load("\n".join(r.prompts) if r else "")

    def _activated(self, index: QModelIndex) -> None:
        if self.rail and index.isValid():
            self.round_selected.emit(self.model.rows[index.row()].id)

    # -- editing --------------------------------------------------------------------
    def confirm_total(self, after: int) -> bool:
        """Ask before the planned total goes past two hours; False keeps things as they are."""
        before = sum(r.planned_minutes for r in self.model.rows)
        if not ops.crosses_limit(before, after):
            return True
        answer = QMessageBox.warning(
            self, self.tr("Langer dan twee uur"),
            self.tr("Met deze wijziging duurt de bijeenkomst {after} minuten, {over} minuten langer "
                    "dan de twee uur die de methode als grens aanhoudt: daarna zakt de aandacht "
                    "weg.\n\nWil je de bijeenkomst toch langer maken?").format(
                after=after, over=after - ops.MAX_SESSION_MINUTES),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def edit_round(self, round_id: int, **fields: Any) -> bool:
        r = next((x for x in self.model.rows if x.id == round_id), None)
        if r is None:
            return False
        if "planned_minutes" in fields:
            try:
                minutes = ops.clean_minutes(fields["planned_minutes"])
            except ops.InputError as exc:
                self.ctx.store.bus.fail(exc)
                return False
            total = sum(x.planned_minutes for x in self.model.rows)
            if not self.confirm_total(total - r.planned_minutes + minutes):
                return False
        text = self.tr("Ronde wijzigen: {title}").format(title=r.title)
        return self.ctx.push(UpdateRound(self.ctx.store, round_id, text, **fields))

    def add_round(self) -> None:
        minutes = 10
        total = sum(x.planned_minutes for x in self.model.rows)
        if not self.confirm_total(total + minutes):
            return
        selected = self.selected_round()
        position = self.model.rows.index(selected) + 1 if selected else None
        title = self.tr("Nieuwe ronde")
        command = AddRound(self.ctx.store, self.workshop_id, title, minutes, position=position)
        if self.ctx.push(command) and command.round_id is not None:
            ids = [x.id for x in self.model.rows]
            if command.round_id in ids:
                row = ids.index(command.round_id)
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.edit(self.model.index(row, 0))

    def lengthen_selected(self, minutes: int) -> None:
        r = self.selected_round()
        if r is not None:
            new = max(ops.MIN_ROUND_MINUTES, min(ops.MAX_ROUND_MINUTES, r.planned_minutes + minutes))
            if new != r.planned_minutes:
                self.edit_round(r.id, planned_minutes=new)

    def move_selected(self, delta: int) -> None:
        r = self.selected_round()
        if r is not None:
            row = self.model.rows.index(r)
            if 0 <= row + delta < len(self.model.rows):
                self.move_round(r.id, row + delta)

    def move_round(self, round_id: int, position: int) -> None:
        r = next((x for x in self.model.rows if x.id == round_id), None)
        if r is None:
            return
        self.ctx.push(MoveRound(self.ctx.store, round_id, position, r.title))
        ids = [x.id for x in self.model.rows]
        if round_id in ids:
            self.table.selectRow(ids.index(round_id))

    def delete_selected(self) -> None:
        r = self.selected_round()
        if r is not None:
            self.ctx.push(DeleteRound(self.ctx.store, r.id, r.title))

    def _save_prompts(self, text: str) -> None:
        r = next((x for x in self.model.rows if x.id == self._prompts_round_id), None)
        if r is not None and normalize_prompts(text) != "\n".join(r.prompts):
            self.edit_round(r.id, prompts=text.splitlines())
