"""The screen of one workshop: facts, the boards in the middle, panels at the side."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.commands.workshop import UpdateWorkshop
from app.models import workshop as ops
from app.models.events import Change
from app.views.boards import BOARD_KINDS, make_board
from app.views.bus import ViewContext
from app.views.labels import board_label
from app.views.participants_panel import ParticipantsPanel
from app.views.workshop_dialog import WorkshopDialog


class WorkshopScreen(QWidget):
    """One workshop, laid out for running it in front of the room.

    Signals:
        back_requested(): return to the list of workshops.
        message(str): a status-bar text.
    """

    back_requested = Signal()
    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id

        self.title_label = QLabel(self)
        self.title_label.setObjectName("workshopTitle")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.facts_label = QLabel(self)
        back = QPushButton(self.tr("← Overzicht"), self)
        back.setToolTip(self.tr("Terug naar alle bijeenkomsten (Ctrl+W)"))
        back.clicked.connect(self.back_requested)
        edit = QPushButton(self.tr("Gegevens…"), self)
        edit.clicked.connect(self.edit_facts)
        header = QHBoxLayout()
        header.addWidget(back)
        header.addWidget(self.title_label)
        header.addWidget(self.facts_label, 1)
        header.addWidget(edit)

        self.boards = QTabWidget(self)
        self.boards.setDocumentMode(True)
        self._board_widgets: dict[str, QWidget] = {}
        for kind in BOARD_KINDS:
            holder = QWidget(self.boards)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.boards.addTab(holder, board_label(kind))
        self.boards.currentChanged.connect(self._ensure_board)

        self.side = QTabWidget(self)
        self.participants = ParticipantsPanel(ctx, workshop_id, self.side)
        self.participants.message.connect(self.message)
        self.side.addTab(self.participants, self.tr("Deelnemers"))

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.boards)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        ctx.bus.changed.connect(self._on_change)
        self.refresh_facts()
        ws = ops.get_workshop(ctx.store, workshop_id)
        self.show_board(ws.current_board if ws and ws.current_board else self._default_board(ws))

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
        return self._board_widgets[kind]

    def board(self, kind: str) -> QWidget | None:
        return self._ensure_board(BOARD_KINDS.index(kind))

    def current_board_kind(self) -> str:
        return BOARD_KINDS[self.boards.currentIndex()]

    def show_board(self, kind: str) -> None:
        if kind not in BOARD_KINDS:
            return
        self.boards.setCurrentIndex(BOARD_KINDS.index(kind))
        self._ensure_board(self.boards.currentIndex())

    def refresh_facts(self) -> None:
        ws = ops.get_workshop(self.ctx.store, self.workshop_id)
        if ws is None:
            return
        self.title_label.setText(ws.title)
        date = QLocale().toString(QDate(ws.date.year, ws.date.month, ws.date.day),
                                  QLocale.FormatType.LongFormat)
        bits = [date] + [b for b in (ws.location, ws.facilitator) if b]
        self.facts_label.setText("  ·  ".join(bits))

    def _on_change(self, change: Change) -> None:
        if change.topic == "workshop" and change.workshop_id == self.workshop_id:
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

    def remember_board(self) -> None:
        """Store which board is shown, so a restart comes back to it (not undoable: navigation)."""
        ops.update_workshop(self.ctx.store, self.workshop_id, current_board=self.current_board_kind())
