"""The side panel of the current round: its prompts, shared notes, private notes.

Notes are saved while the facilitator types (after a second of quiet, at
least every few seconds of continuous typing, and when the editor loses
focus), so a crash loses at most a few words; each saved burst is one undo
step on the workshop's undo stack.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.agenda import UpdateRound
from app.models import agenda as agenda_ops
from app.models import timer as tm
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.common.labels import board_label

IDLE_MS = 1000
MAX_WAIT_MS = 5000
PRIVATE_STYLE = ("QPlainTextEdit { background: #fff8e1; border: 2px dashed #c49000; }")


class AutoCommitEditor(QPlainTextEdit):
    """A plain-text editor that hands its text over for saving while typing.

    Signals:
        commit(str): save this text (after ``IDLE_MS`` of quiet, at most every
            ``MAX_WAIT_MS`` while typing on, on focus-out and on :meth:`flush`).
    """

    commit = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 normalize: Callable[[str], str] = str.strip) -> None:
        super().__init__(parent)
        self.normalize = normalize
        self.dirty = False
        self._loading = False
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self.flush)
        self._longest = QTimer(self, singleShot=True, interval=MAX_WAIT_MS)
        self._longest.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)
        self.setTabChangesFocus(True)

    def _typed(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        """Hand over pending text now (called before switching rounds or closing)."""
        self._idle.stop()
        self._longest.stop()
        if self.dirty:
            self.dirty = False
            self.commit.emit(self.toPlainText())

    def load(self, text: str) -> None:
        """Show stored text, unless it is what the editor holds already or the
        facilitator is mid-sentence (their pending text wins and is saved next)."""
        if self.dirty or self.normalize(self.toPlainText()) == self.normalize(text):
            return
        position = self.textCursor().position()
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(self.toPlainText())))
        self.setTextCursor(cursor)

    def focusOutEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().focusOutEvent(event)


class RoundPanel(QWidget):
    """Prompts and notes of the round the session is on (it follows the timer).

    Signals:
        show_prompts(list): prompts to show to the room; an empty list hides them.
    """

    show_prompts = Signal(list)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.round: agenda_ops.Round | None = None
        self._switching = False

        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.subheading.setStyleSheet("color: #555;")

        self.prompt_box = QGroupBox(self.tr("Vragen voor deze ronde"), self)
        self.prompt_rows = QVBoxLayout()
        self.prompt_rows.setSpacing(6)
        # no scroll box of its own: every question is read in full (the side tab scrolls)
        rows_holder = QWidget(self.prompt_box)
        rows_holder.setLayout(self.prompt_rows)
        self.show_all_button = QPushButton(self.tr("Alle vragen tonen"), self.prompt_box)
        self.show_all_button.clicked.connect(self.show_all_prompts)
        self.hide_button = QPushButton(self.tr("Niets tonen"), self.prompt_box)
        self.hide_button.setToolTip(self.tr("Haal de vragen weg van het scherm in de zaal"))
        self.hide_button.clicked.connect(lambda: self.show_prompts.emit([]))
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_all_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        box_layout = QVBoxLayout(self.prompt_box)
        box_layout.addWidget(rows_holder)
        box_layout.addLayout(buttons)
        self.prompt_buttons: list[QToolButton] = []

        self.shared_notes = AutoCommitEditor(self)
        self.shared_notes.setPlaceholderText(
            self.tr("Wat de groep zegt, in steekwoorden. Komt in de notulen."))
        self.shared_notes.commit.connect(lambda text: self._save("notes", text))
        shared_label = QLabel(self.tr("Notities van de ronde (komen in de notulen)"), self)
        shared_label.setBuddy(self.shared_notes)

        self.private_notes = AutoCommitEditor(self)
        self.private_notes.setObjectName("privateNotes")
        self.private_notes.setStyleSheet(PRIVATE_STYLE)
        self.private_notes.setPlaceholderText(self.tr("Eigen aantekeningen van de gespreksleider"))
        self.private_notes.commit.connect(lambda text: self._save("private_notes", text))
        self.private_label = QLabel(
            self.tr("Privé · alleen voor jou: niet geprojecteerd, niet in de notulen"), self)
        self.private_label.setStyleSheet("color: #8a6100; font-weight: 600;")
        self.private_label.setWordWrap(True)
        self.private_label.setBuddy(self.private_notes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.prompt_box)
        layout.addWidget(shared_label)
        layout.addWidget(self.shared_notes, 3)
        layout.addWidget(self.private_label)
        layout.addWidget(self.private_notes, 2)
        self.setProperty("shortcutGroup", self.tr("Ronde"))
        self._build_actions()
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    # -- keyboard ------------------------------------------------------------
    def _build_actions(self) -> None:
        def make(text: str, keys: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.action_show_all = make(self.tr("Alle vragen tonen in de zaal"), "Ctrl+Shift+A",
                                    self.show_all_prompts)
        self.action_hide = make(self.tr("Vragen weghalen uit de zaal"), "Ctrl+Shift+H",
                                lambda: self.show_prompts.emit([]))
        self.action_notes = make(self.tr("Naar de notities van de ronde"), "Ctrl+Shift+N",
                                 self.shared_notes.setFocus)
        self.action_private = make(self.tr("Naar je eigen notities"), "Ctrl+Shift+E",
                                   self.private_notes.setFocus)

    @property
    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The panel's keyboard commands, for the window menu and the shortcuts overlay."""
        return [self.action_show_all, self.action_hide, self.action_notes, self.action_private]

    # -- following the session -------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id != self.workshop_id or self._switching:
            return
        if change.topic in (Topic.TIMER, Topic.WORKSHOP, Topic.ROUND):
            self.reload()

    def reload(self) -> None:
        """Show the current round; pending text goes to the round it was typed in."""
        rows = tm.timer_rows(self.ctx.store, self.workshop_id)
        reading = rows.reading()
        current = next((r for r in rows.rounds if r.id == reading.round_id), None)
        if self.round is not None and (current is None or current.id != self.round.id):
            self._switching = True
            try:
                self.flush()
            finally:
                self._switching = False
        self.round = current
        self._show(current, reading)

    def flush(self) -> None:
        """Save whatever is typed but not yet saved (call before closing)."""
        self.shared_notes.flush()
        self.private_notes.flush()

    def _show(self, rnd: agenda_ops.Round | None, reading: tm.Reading) -> None:
        enabled = rnd is not None
        for widget in (self.shared_notes, self.private_notes, self.prompt_box):
            widget.setEnabled(enabled)
        if rnd is None:
            self.heading.setText(self.tr("Geen rondes op de agenda"))
            self.subheading.setText(self.tr("Voeg rondes toe in de planner."))
            self._set_prompts([])
            self.shared_notes.load("")
            self.private_notes.load("")
            return
        self.heading.setText(self.tr("Ronde {n} van {count}: {title}").format(
            n=reading.index + 1, count=reading.count, title=rnd.title))
        self.subheading.setText(self.tr("{minutes} min gepland · {board}").format(
            minutes=rnd.planned_minutes, board=board_label(rnd.board)))
        self._set_prompts(list(rnd.prompts or []))
        self.shared_notes.load(rnd.notes)
        self.private_notes.load(rnd.private_notes)

    def _set_prompts(self, prompts: list[str]) -> None:
        if prompts == [b.property("prompt") for b in self.prompt_buttons]:
            return
        while self.prompt_rows.count():
            item = self.prompt_rows.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.prompt_buttons = []
        for number, prompt in enumerate(prompts, start=1):
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = QLabel(f"{number}. {prompt}", row)
            text.setTextFormat(Qt.TextFormat.PlainText)  # user text
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            # a short tool button (no 80 px minimum): the question gets the width
            button = QToolButton(row)
            button.setText(self.tr("Toon"))
            button.setProperty("prompt", prompt)
            button.setToolTip(self.tr("Deze vraag groot tonen op het scherm in de zaal"))
            button.clicked.connect(lambda _=False, p=prompt: self.show_prompts.emit([p]))
            line.addWidget(text, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.prompt_rows.addWidget(row)
            self.prompt_buttons.append(button)
        if not prompts:
            self.prompt_rows.addWidget(QLabel(self.tr("Geen vragen bij deze ronde.")))
        self.prompt_rows.addStretch(1)
        self.show_all_button.setEnabled(bool(prompts))

    def show_all_prompts(self) -> None:
        if self.round is not None and self.round.prompts:
            self.show_prompts.emit(list(self.round.prompts))

    # -- saving -----------------------------------------------------------------
    def _save(self, field: str, text: str) -> None:
        rnd = self.round
        if rnd is None:
            return
        stored = agenda_ops.get_round(self.ctx.store, rnd.id)
        if stored is None or getattr(stored, field).strip() == text.strip():
            return
        label = (self.tr("Notities: {title}") if field == "notes"
                 else self.tr("Eigen notities: {title}")).format(title=rnd.title)
        self.ctx.push(UpdateRound(self.ctx.store, rnd.id, label, **{field: text}))

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.flush()
        super().hideEvent(event)
