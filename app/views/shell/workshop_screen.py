"""The screen of one workshop, laid out for running it in front of the room.

Left: the round timer and the agenda rail. Middle: the board the current round
names. Right: the round's prompts and notes, participants, actions, the
conversation rules and the agenda planner. Moving to another round switches
the board; everything is reachable from the keyboard (F1 lists the keys).
"""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.workshop import UpdateWorkshop
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.views.common.boards import BOARD_KINDS, make_board
from app.views.common.bus import ViewContext
from app.views.common.labels import board_label
from app.views.common.writes import write_or_report
from app.views.session.actions_panel import ActionsPanel
from app.views.session.agenda_panel import AgendaPanel
from app.views.session.participants_panel import ParticipantsPanel
from app.views.session.round_panel import RoundPanel
from app.views.session.rules_card import RulesCard
from app.views.session.timer_panel import TimerPanel
from app.views.session.traject_cards import TurnCard, traject_line
from app.views.shell.workshop_dialog import WorkshopDialog

SIDE_TABS = ("round", "participants", "actions", "rules", "agenda")


def _scrollable(panel: QWidget | None) -> QScrollArea:
    """Side panels may be narrower than their content on a small laptop: they scroll."""
    area = QScrollArea()
    if panel is not None:
        area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return area


class WorkshopScreen(QWidget):
    """One workshop: facts, timer and agenda rail, boards, and the side panels.

    Signals:
        back_requested(): return to the list of workshops.
        message(str): a status-bar text.
        board_changed(str): the board in the middle changed (the projector follows).
        prompts_requested(list): prompts to show to the room (empty list hides them).
    """

    back_requested = Signal()
    message = Signal(str)
    board_changed = Signal(str)
    prompts_requested = Signal(list)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self._board_widgets: dict[str, QWidget] = {}

        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.title_label.setObjectName("workshopTitle")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.facts_label = QLabel(self)
        self.facts_label.setTextFormat(Qt.TextFormat.PlainText)  # user text
        back = QPushButton(self.tr("← Overzicht"), self)
        back.setToolTip(self.tr("Terug naar alle bijeenkomsten (Ctrl+W)"))
        back.clicked.connect(self.back_requested)
        edit = QPushButton(self.tr("Gegevens…"), self)
        edit.clicked.connect(self.edit_facts)
        self.turn = TurnCard(ctx, workshop_id, parent=self)  # the switch; the card shows in the room
        self.turn.hide()
        self.turn.message.connect(self.message)
        turn_button = QToolButton(self)
        turn_button.setDefaultAction(self.turn.toggle_action)
        turn_button.setText(self.tr("Waarderende wending"))
        self.traject_label = QLabel(self)
        self.traject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.traject_label.setObjectName("trajectLine")
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title_label)
        header.addWidget(self.facts_label, 1)
        header.addWidget(turn_button)
        header.addWidget(edit)

        # left: timer above the agenda rail
        self.timer = TimerPanel(ctx, workshop_id, parent=self)
        self.rail = AgendaPanel(ctx, workshop_id, self, rail=True)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.timer, 2)
        left_layout.addWidget(self.rail, 3)

        # middle: the boards, built on first view
        self.boards = QTabWidget(self)
        self.boards.setDocumentMode(True)
        for kind in BOARD_KINDS:
            holder = QWidget(self.boards)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.boards.addTab(holder, board_label(kind))
        self.boards.currentChanged.connect(self._board_tab_changed)

        # right: the round, people, actions, rules, planner
        # (participants, actions and planner are built when first shown: start-up time)
        self.side = QTabWidget(self)
        self.round_panel = RoundPanel(ctx, workshop_id, self.side)
        self.rules = RulesCard(ctx, workshop_id, parent=self.side)
        self.rules.message.connect(self.message)
        self._panels: dict[str, QWidget] = {"round": self.round_panel, "rules": self.rules}
        # short titles, full names in the tooltips: all five fit the side of a 1366 screen
        for tab, title, tip in zip(SIDE_TABS, (
                self.tr("Ronde"), self.tr("Deelnemers"), self.tr("Acties"), self.tr("Regels"),
                self.tr("Agenda")), (
                self.tr("De ronde: vragen en notities"), self.tr("Deelnemers en samenstelling"),
                self.tr("Acties (Ctrl+J)"), self.tr("Gespreksregels (Ctrl+G)"),
                self.tr("Agenda plannen: rondes, minuten, borden")), strict=True):
            index = self.side.addTab(_scrollable(self._panels.get(tab)), title)
            self.side.setTabToolTip(index, tip)
        bar = self.side.tabBar()
        bar.setUsesScrollButtons(False)  # a tab behind an arrow is a tab nobody finds
        bar.setElideMode(Qt.TextElideMode.ElideNone)
        bar.setStyleSheet("QTabBar::tab { padding: 4px 7px; }")
        self.side.currentChanged.connect(lambda index: self._side_panel(SIDE_TABS[index]))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget in (left, self.boards, self.side):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 760, 360])

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.traject_label)
        layout.addWidget(self.splitter, 1)

        self.timer.board_requested.connect(self.show_board)
        self.rail.round_selected.connect(self.timer.go_to_round)
        self.round_panel.show_prompts.connect(self.prompts_requested)
        ctx.bus.changed.connect(self._on_change)
        self.refresh_facts()
        ws = ops.get_workshop(ctx.store, workshop_id)
        self.show_board(ws.current_board if ws and ws.current_board else self._default_board(ws))

    # -- boards -------------------------------------------------------------------
    def _default_board(self, ws: ops.Workshop | None) -> str:
        return ws.template if ws is not None and ws.template in BOARD_KINDS else "circle"

    def _ensure_board(self, index: int) -> QWidget | None:
        if index < 0:
            return None
        kind = BOARD_KINDS[index]
        if kind not in self._board_widgets:
            holder = self.boards.widget(index)
            board = make_board(kind, self.ctx, self.workshop_id, parent=holder)
            holder.layout().addWidget(board)
            self._board_widgets[kind] = board
            message = getattr(board, "message", None)
            if message is not None:
                message.connect(self.message)
        return self._board_widgets[kind]

    def _board_tab_changed(self, index: int) -> None:
        self._ensure_board(index)
        self.board_changed.emit(self.current_board_kind())
        self.remember_board()  # stored at once, so even after a crash the app comes back here

    def board(self, kind: str) -> QWidget | None:
        return self._ensure_board(BOARD_KINDS.index(kind))

    def current_board_kind(self) -> str:
        return BOARD_KINDS[max(0, self.boards.currentIndex())]

    def show_board(self, kind: str) -> None:
        if kind not in BOARD_KINDS:
            return
        index = BOARD_KINDS.index(kind)
        if self.boards.currentIndex() == index:
            self._ensure_board(index)
        else:
            self.boards.setCurrentIndex(index)

    def _side_panel(self, tab: str) -> QWidget:
        """The panel of a side tab, built the first time it is needed."""
        panel = self._panels.get(tab)
        if panel is None:
            ctx, wid = self.ctx, self.workshop_id
            if tab == "participants":
                panel = ParticipantsPanel(ctx, wid)
                panel.message.connect(self.message)
            elif tab == "actions":
                panel = ActionsPanel(ctx, wid)
                panel.message.connect(self.message)
            else:
                panel = AgendaPanel(ctx, wid)
                panel.round_selected.connect(self.timer.go_to_round)
            area = self.side.widget(SIDE_TABS.index(tab))
            assert isinstance(area, QScrollArea)
            area.setWidget(panel)
            self._panels[tab] = panel
        return panel

    @property
    def participants(self) -> ParticipantsPanel:
        return self._side_panel("participants")  # type: ignore[return-value]

    @property
    def actions_panel(self) -> ActionsPanel:
        return self._side_panel("actions")  # type: ignore[return-value]

    @property
    def planner(self) -> AgendaPanel:
        return self._side_panel("agenda")  # type: ignore[return-value]

    def side_panel(self) -> QWidget:
        """The panel in the current side tab (each sits in a scroll area)."""
        area = self.side.currentWidget()
        return area.widget() if isinstance(area, QScrollArea) else area

    def show_side(self, tab: str) -> None:
        self.side.setCurrentIndex(SIDE_TABS.index(tab))

    # -- facts --------------------------------------------------------------------
    def refresh_facts(self) -> None:
        ws = ops.get_workshop(self.ctx.store, self.workshop_id)
        if ws is None:
            return
        self.title_label.setText(ws.title)
        date = QLocale().toString(QDate(ws.date.year, ws.date.month, ws.date.day),
                                  QLocale.FormatType.LongFormat)
        bits = [date] + [b for b in (ws.location, ws.facilitator) if b]
        self.facts_label.setText("  ·  ".join(bits))
        line = traject_line(self.ctx, self.workshop_id)
        self.traject_label.setText(line)
        self.traject_label.setVisible(bool(line))

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.WORKSHOP and change.workshop_id == self.workshop_id:
            self.refresh_facts()

    def edit_facts(self) -> None:
        ws = ops.get_workshop(self.ctx.store, self.workshop_id)
        if ws is None:
            return
        dialog = WorkshopDialog(self, ws)
        if dialog.exec() != WorkshopDialog.DialogCode.Accepted:
            return
        facts = {k: v for k, v in dialog.facts().items() if getattr(ws, k) != v}
        if facts:
            self.ctx.push(UpdateWorkshop(self.ctx.store, self.workshop_id, **facts))

    def remember_board(self) -> bool:
        """Store which board is shown, so a restart comes back to it (navigation: not undoable).

        False when the store refused it (already reported: the red banner)."""
        def write() -> None:
            ws = ops.get_workshop(self.ctx.store, self.workshop_id)
            if ws is not None and ws.current_board != self.current_board_kind():
                ops.update_workshop(self.ctx.store, self.workshop_id,
                                    current_board=self.current_board_kind())

        return write_or_report(self.ctx, write)
