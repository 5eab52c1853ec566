"""The round timer on screen: a countdown big enough for the back of the room.

The numbers come from :mod:`app.models.timer` (stored timestamps and a
monotonic clock); the QTimer here only repaints. With ``audience=True`` the
panel is the projector's version: digits, round and session clock, no controls.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFont, QFontMetricsF, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import timer as tm
from app.models import workshop as workshop_ops
from app.models.agenda import MAX_SESSION_MINUTES
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.common.labels import planned_minutes_text, shown_as_typed
from app.views.common.writes import attempt, save_setting, write_or_report

REPAINT_MS = 200
FLASH_SECONDS = 4.0
SOUND_SETTING = "timer_sound"
# (background, digits) per phase; chosen for contrast on a washed-out projector
COLOURS = {
    "normal": ("#15324f", "#ffffff"),
    "warning": ("#f2a900", "#1a1a1a"),
    "over": ("#b71c1c", "#ffffff"),
    "flash": ("#ffffff", "#b71c1c"),
}
SESSION_OVER = "#b71c1c"  # the session line past 120 minutes, on the window's light ground
DIMMED_ALPHA = 0.82  # paused or not started: digits fainter, still >= 4.5:1 on every phase


class CountdownDisplay(QWidget):
    """Huge digits that scale with the widget, on a colour that tells the phase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text, self.phase, self.caption, self.flash = "--:--", "normal", "", False
        self.dimmed = False
        self.caption_share = 0.16  # of the height, for "gepauzeerd" below the digits
        self.setMinimumSize(160, 80)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_time(self, text: str, phase: str, *, caption: str = "", dimmed: bool = False,
                  flash: bool = False) -> None:
        state = (text, phase, caption, dimmed, flash)
        if state != (self.text, self.phase, self.caption, self.dimmed, self.flash):
            self.text, self.phase, self.caption, self.dimmed, self.flash = state
            self.setAccessibleName(f"{text} {caption}".strip())
            self.update()

    def colours(self) -> tuple[QColor, QColor]:
        background, digits = COLOURS["flash" if self.flash else self.phase]
        fg = QColor(digits)
        if self.dimmed and not self.flash:
            fg.setAlphaF(DIMMED_ALPHA)
        return QColor(background), fg

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background, fg = self.colours()
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 14, 14)
        caption_h = rect.height() * self.caption_share if self.caption else 0.0
        digits_rect = rect.adjusted(rect.width() * 0.04, rect.height() * 0.06,
                                    -rect.width() * 0.04, -caption_h - rect.height() * 0.04)
        painter.setPen(fg)
        painter.setFont(self._fitting_font(digits_rect))
        painter.drawText(digits_rect, Qt.AlignmentFlag.AlignCenter, self.text)
        if self.caption:
            font = QFont(self.font())
            font.setPixelSize(max(10, int(caption_h * 0.6)))
            painter.setFont(font)
            painter.drawText(QRectF(rect.left(), rect.bottom() - caption_h - rect.height() * 0.04,
                                    rect.width(), caption_h),
                             Qt.AlignmentFlag.AlignCenter, self.caption)
        painter.end()

    def _fitting_font(self, rect: QRectF) -> QFont:
        """As large as fits; sized on a template of 8s so the size does not jump each second."""
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        template = re.sub(r"\d", "8", self.text)
        metrics = QFontMetricsF(font)
        width = max(1.0, metrics.horizontalAdvance(template))
        height = max(1.0, metrics.capHeight() * 1.35)
        scale = min(rect.width() / width, rect.height() / height)
        font.setPixelSize(max(8, int(100 * scale)))
        return font


class TimerPanel(QWidget):
    """Countdown, session clock and controls of the round timer.

    Signals:
        round_changed(int): the session moved to another round (facilitator view only).
        board_requested(str): that round names a board: show it.
        zero_reached(): the running round just hit 0:00.
    """

    round_changed = Signal(int)
    board_requested = Signal(str)
    zero_reached = Signal()
    texts_changed = Signal()

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 clock: tm.Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.clock: tm.Clock = clock or tm.SYSTEM_CLOCK
        self.rows = tm.timer_rows(ctx.store, workshop_id)
        self.reading = self.rows.reading(self.clock)
        self._last_remaining: float | None = None
        self._last_round = self.reading.round_id
        self._flash_until = 0.0

        self.round_label = QLabel(self)
        self.round_label.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.round_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.round_label.setWordWrap(True)
        self.display = CountdownDisplay(self)
        self.session_label = QLabel(self)
        self.session_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.session_label.setWordWrap(True)
        size = 13
        self._session_pt = size - 2
        self._shown_key: tuple[object, ...] | None = None
        if audience:  # the room's header (app.views.room.header) places and sizes these
            layout = None
        else:
            layout = QVBoxLayout(self)
            layout.addWidget(self.round_label)
            layout.addWidget(self.display, 1)
            layout.addWidget(self.session_label)
            self.round_label.setStyleSheet(f"font-size: {size}pt; font-weight: 600;")
        self._actions: list[QAction] = []
        self.setProperty("shortcutGroup", self.tr("Timer"))
        if layout is not None:
            self._build_actions()
            layout.addLayout(self._build_buttons())
        ctx.bus.changed.connect(self._on_change)
        self.ticker = QTimer(self, interval=REPAINT_MS)
        self.ticker.timeout.connect(self.refresh)
        self.ticker.start()
        if not audience:  # the console saves a running round's time now and then
            self.saver = QTimer(self, interval=tm.CHECKPOINT_SECONDS * 1000)
            self.saver.timeout.connect(self._checkpoint)
            self.saver.start()
        self.refresh()

    def _checkpoint(self) -> None:
        if self.reading.state == "running":
            write_or_report(self.ctx, lambda: tm.checkpoint(self.ctx.store, self.workshop_id,
                                                            self.clock))

    # -- actions and buttons ----------------------------------------------------
    def _build_actions(self) -> None:
        def make(text: str, keys: list[str], slot: Callable[[], object], tip: str = "") -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setToolTip(f"{tip or text} ({keys[0]})")
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions.append(action)
            return action

        self.action_toggle = make(self.tr("Start/pauze"), ["Space"], self.toggle)
        # the F1 overlay lists these texts: they say what happens to the clock
        self.action_previous = make(self.tr("Vorige ronde bekijken (klok staat daar stil; "
                                            "Spatie telt verder)"), ["P"], self.previous_round)
        self.action_next = make(self.tr("Volgende ronde (klok loopt of staat stil zoals "
                                        "vóór het terugkijken)"), ["N"], self.next_round)
        self.action_plus1 = make(self.tr("1 minuut erbij"), ["+", "="], lambda: self.add_minutes(1))
        self.action_plus5 = make(self.tr("5 minuten erbij"), ["Alt++", "Alt+="],
                                 lambda: self.add_minutes(5))
        self.action_minus1 = make(self.tr("1 minuut eraf"), ["-"], lambda: self.add_minutes(-1))
        self.action_reset = make(self.tr("Ronde opnieuw beginnen"), ["Ctrl+Shift+R"], self.reset)
        self.action_reset_session = make(self.tr("Hele sessie opnieuw (na een proefrun)"),
                                         ["Ctrl+Alt+Shift+R"], self.reset_session)
        self.action_sound = make(self.tr("Geluid bij nul"), ["M"], lambda: None)
        self.action_sound.setCheckable(True)
        self.action_sound.setChecked(self.sound_on())

    @property
    def actions(self) -> list[QAction]:  # type: ignore[override]
        """The timer's keyboard commands, for the window menu and the shortcuts overlay."""
        return list(self._actions)

    def _build_buttons(self) -> QVBoxLayout:
        """Two rows, so the panel also fits a narrow side dock."""
        style = self.style()
        icon = style.standardIcon
        SP = QStyle.StandardPixmap
        self.buttons: dict[str, QToolButton] = {}

        def button(key: str, action: QAction, text: str, pixmap: SP | None = None) -> QToolButton:
            b = QToolButton(self)  # no 80-pixel minimum like QPushButton: fits a narrow dock
            b.setText(text)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setMinimumHeight(30)
            if pixmap is not None:
                b.setIcon(icon(pixmap))
            b.setToolTip(action.toolTip())
            b.setAccessibleName(action.text())  # "+1" alone says nothing when read out
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space belongs to start/pause
            b.clicked.connect(action.trigger)
            self.buttons[key] = b
            row.addWidget(b)
            return b

        rows = QVBoxLayout()
        row = QHBoxLayout()
        rows.addLayout(row)
        button("previous", self.action_previous, self.tr("Vorige"), SP.SP_MediaSkipBackward)
        button("toggle", self.action_toggle, self.tr("Start"), SP.SP_MediaPlay)
        button("next", self.action_next, self.tr("Volgende"), SP.SP_MediaSkipForward)
        row = QHBoxLayout()
        rows.addLayout(row)
        button("minus1", self.action_minus1, "−1")
        button("plus1", self.action_plus1, "+1")
        button("plus5", self.action_plus5, "+5")
        row.addSpacing(12)
        button("reset", self.action_reset, self.tr("Opnieuw"), SP.SP_BrowserReload)
        sound = button("sound", self.action_sound, self.tr("Geluid"), SP.SP_MediaVolume)
        sound.setCheckable(True)
        sound.clicked.disconnect()
        sound.setChecked(self.action_sound.isChecked())
        sound.toggled.connect(self.action_sound.setChecked)
        self.action_sound.toggled.connect(sound.setChecked)
        self.action_sound.toggled.connect(self._store_sound)
        return rows

    # -- sound -------------------------------------------------------------------
    def sound_on(self) -> bool:
        return workshop_ops.get_setting(self.ctx.store, SOUND_SETTING, "1") != "0"

    def _store_sound(self, on: bool) -> None:
        save_setting(self.ctx, SOUND_SETTING, "1" if on else "0")
        icon = QStyle.StandardPixmap.SP_MediaVolume if on else QStyle.StandardPixmap.SP_MediaVolumeMuted
        self.buttons["sound"].setIcon(self.style().standardIcon(icon))

    # -- operations ----------------------------------------------------------------
    def _op(self, fn: Callable[..., object], *args: object) -> object:
        return attempt(self.ctx, lambda: fn(self.ctx.store, self.workshop_id, *args, self.clock))[1]

    def toggle(self) -> None:
        self._op(tm.toggle)

    def next_round(self) -> None:
        self._op(tm.next_round)

    def previous_round(self) -> None:
        self._op(tm.previous_round)

    def go_to_round(self, round_id: int) -> None:
        """Jump to a round (e.g. picked in the agenda rail)."""
        self._op(tm.go_to_round, round_id)

    def add_minutes(self, minutes: int) -> None:
        self._op(tm.add_minutes, minutes)

    def reset(self) -> None:
        """Start the round over; asks first when time would be lost."""
        reading = self.rows.reading(self.clock)
        if reading.round_id is None:
            return
        if reading.elapsed >= 1 or reading.extra_seconds:
            answer = QMessageBox.question(
                self, self.tr("Ronde opnieuw beginnen"),
                shown_as_typed(self.tr(
                    "De ronde \u201c{title}\u201d opnieuw beginnen? De gebruikte tijd ({used}) "
                    "en de extra minuten vervallen.").format(
                    title=reading.title, used=tm.format_clock(reading.elapsed))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._op(tm.reset_round)

    def reset_session(self) -> None:
        """Forget all time used (after a rehearsal, or a timer left running overnight)."""
        answer = QMessageBox.question(
            self, self.tr("Hele sessie opnieuw"),
            self.tr("Alle gebruikte tijd van alle rondes wissen en terug naar de eerste ronde? "
                    "De notities blijven staan."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self._op(tm.reset_session)

    # -- showing -----------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self.workshop_id and change.topic in (Topic.TIMER, Topic.ROUND, Topic.WORKSHOP):
            self.rows = tm.timer_rows(self.ctx.store, self.workshop_id)
            self.refresh()

    def refresh(self) -> None:
        """Recompute the reading from the clock and show it (the tick only repaints)."""
        r = self.reading = self.rows.reading(self.clock)
        self._watch_zero(r)
        self._watch_round(r)
        flashing = self.clock.monotonic() < self._flash_until
        flash = flashing and int(self.clock.monotonic() * 4) % 2 == 0
        caption = {"paused": self.tr("gepauzeerd"), "idle": self.tr("nog niet gestart")}.get(
            r.state, "")
        if r.state == "running" and r.phase in ("warning", "over"):
            # a word as well as the colour: amber and red look alike to many people
            caption = self.tr("bijna om") if r.phase == "warning" else self.tr("uitgelopen")
        if r.round_id is None:
            caption = self.tr("geen rondes op de agenda")
        self.display.show_time(r.text, r.phase if r.round_id is not None else "normal",
                               caption=caption, dimmed=r.state != "running", flash=flash)
        texts = (self.round_text(r), self.session_text(r))
        if texts != getattr(self, "_texts", None):
            self._texts = texts
            self.round_label.setText(texts[0])
            self.session_label.setText(texts[1])
            self.texts_changed.emit()
        key = (r.round_id, r.state, r.index, r.count, r.session_over)
        if key != self._shown_key:  # restyling every tick would cost more than the paint
            self._shown_key = key
            size = "" if self.audience else f"font-size: {self._session_pt}pt;"
            self.session_label.setStyleSheet(
                size + (f" color: {SESSION_OVER}; font-weight: 600;" if r.session_over else ""))
            self.session_label.setProperty("over", r.session_over)
            if not self.audience:
                self._update_controls(r)

    def round_text(self, r: tm.Reading) -> str:
        if r.round_id is None:
            return self.tr("Geen ronde")
        return self.tr("Ronde {n} van {count}: {title}").format(n=r.index + 1, count=r.count,
                                                               title=r.title)

    def session_text(self, r: tm.Reading) -> str:
        text = self.tr("Sessie: {used} van {max} min").format(used=r.session_minutes,
                                                               max=MAX_SESSION_MINUTES)
        if self.audience or r.round_id is None:
            return text
        round_part = self.tr("Ronde: {planned}").format(
            planned=planned_minutes_text(r.planned_seconds // 60, r.extra_seconds // 60))
        keep = str.maketrans({" ": "\u00a0"})  # a narrow panel wraps between the parts only
        return f"{round_part.translate(keep)}  ·  {text.translate(keep)}"

    def _watch_zero(self, r: tm.Reading) -> None:
        remaining = r.remaining if r.round_id is not None else None
        crossed = (remaining is not None and self._last_remaining is not None
                   and self._last_remaining > 0 >= remaining and r.state == "running"
                   and r.round_id == self._last_round)
        self._last_remaining = remaining
        if crossed:
            self._flash_until = self.clock.monotonic() + FLASH_SECONDS
            if not self.audience and self.sound_on():
                QApplication.beep()
            self.zero_reached.emit()

    def _watch_round(self, r: tm.Reading) -> None:
        if r.round_id == self._last_round:
            return
        self._last_round = r.round_id
        self._flash_until = 0.0
        if self.audience or r.round_id is None:
            return
        self.round_changed.emit(r.round_id)
        if r.board:
            self.board_requested.emit(r.board)

    def _update_controls(self, r: tm.Reading) -> None:
        has_round = r.round_id is not None
        toggle = self.buttons["toggle"]
        running = r.state == "running"
        toggle.setText(self.tr("Pauze") if running else
                       self.tr("Verder") if r.state == "paused" else self.tr("Start"))
        toggle.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPause if running else QStyle.StandardPixmap.SP_MediaPlay))
        self.action_toggle.setEnabled(has_round)
        self.action_next.setEnabled(r.has_next)
        self.action_previous.setEnabled(r.has_previous)
        for action in (self.action_plus1, self.action_plus5, self.action_minus1, self.action_reset):
            action.setEnabled(has_round)
        for key, action in (("toggle", self.action_toggle), ("next", self.action_next),
                            ("previous", self.action_previous), ("plus1", self.action_plus1),
                            ("plus5", self.action_plus5), ("minus1", self.action_minus1),
                            ("reset", self.action_reset)):
            self.buttons[key].setEnabled(action.isEnabled())
