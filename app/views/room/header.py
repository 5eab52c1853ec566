"""The room's header: workshop title, round, session clock and the countdown, in one strip.

The header is given a height (a share of the room's height, see
:func:`header_height`) and lays its parts out itself: the countdown on the
right, as tall as the strip, and on the left the workshop's title (one line),
the round (up to two lines) and the session clock (one line). Type is fitted
to the strip: the lines never overlap, never clip, and only when a title would
need more than its lines even at the smallest size is it shortened with "…".
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

HEADER_SHARE = 0.15  # of the room's height at text size 1.0 ...
HEADER_MAX_SHARE = 0.19  # ... growing with the text size up to this (the brief: <= 20 %)
LINE_SPACING = 1.22  # line height / font pixel size
MIN_PX = 11


def header_height(room_height: int, scale: float = 1.0) -> int:
    """The strip's height in pixels for a room ``room_height`` tall at text size ``scale``."""
    share = min(HEADER_MAX_SHARE, HEADER_SHARE * max(0.8, scale))
    return max(60, int(room_height * share))


def _lines_needed(metrics: QFontMetrics, text: str, width: int) -> int:
    if not text:
        return 0
    rect = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000),
                                int(Qt.TextFlag.TextWordWrap), text)
    return max(1, round(rect.height() / max(1, metrics.lineSpacing())))


class RoomHeader(QWidget):
    """Hosts the room's :class:`TimerPanel` and the workshop title; see the module docstring."""

    def __init__(self, timer: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomHeader")
        self.timer = timer
        timer.setParent(self)
        self.title = QLabel(self)
        self.title.setObjectName("audienceRoundTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        for label in (timer.round_label, timer.session_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        timer.round_label.setWordWrap(True)
        timer.session_label.setWordWrap(False)
        self.title.setWordWrap(False)
        self._full_title = ""
        timer.display.caption_share = 0.25  # "gepauzeerd" readable from the back row too
        timer.display.setMinimumSize(0, 0)
        timer.texts_changed.connect(self.relayout)
        self.timer.show()

    def set_title(self, text: str) -> None:
        if text != self._full_title:
            self._full_title = text
            self.relayout()

    def line_rects(self) -> dict[str, QRect]:
        """Where each part is, in this widget's coordinates (what the tests measure)."""
        parts = {"title": self.title, "round": self.timer.round_label,
                 "session": self.timer.session_label, "countdown": self.timer.display}
        out = {}
        for name, widget in parts.items():
            if widget.isVisibleTo(self):
                out[name] = QRect(widget.mapTo(self, widget.rect().topLeft()), widget.size())
        return out

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def relayout(self) -> None:
        """Place the countdown and fit the three text lines into what is left."""
        w, h = self.width(), self.height()
        if w <= 0 or h <= 0:
            return
        self.timer.setGeometry(0, 0, w, h)
        disp_w = min(int(h * 2.4), int(w * 0.42))
        gap = max(8, h // 12)
        self.timer.display.setGeometry(w - disp_w, 0, disp_w, h)
        text_w = max(40, w - disp_w - gap)
        round_text, session_text = getattr(self.timer, "_texts", (
            self.timer.round_label.text(), self.timer.session_label.text()))
        self.timer.round_label.setText(round_text)
        has_title = bool(self._full_title)
        px, round_lines = self._fit(text_w, h, round_text, session_text, has_title)
        line_h = int(px * LINE_SPACING)
        y = max(0, (h - line_h * ((1 if has_title else 0) + round_lines + 1)) // 2)
        title_font = self._font(px, bold=True)
        self.title.setFont(title_font)
        self.title.setText(QFontMetrics(title_font).elidedText(
            self._full_title, Qt.TextElideMode.ElideRight, text_w))
        self.title.setVisible(has_title)
        if has_title:
            self.title.setGeometry(0, y, text_w, line_h)
            y += line_h
        round_font = self._font(px, bold=True)
        self.timer.round_label.setFont(round_font)
        self.timer.round_label.setGeometry(0, y, text_w, line_h * round_lines)
        y += line_h * round_lines
        self.timer.session_label.setFont(self._font(px))
        self.timer.session_label.setGeometry(0, y, text_w, line_h)

    def _font(self, px: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(MIN_PX, px))
        font.setBold(bold)
        return font

    def _fits(self, px: int, width: int, round_text: str, session_text: str, lines: int) -> bool:
        bold = QFontMetrics(self._font(px, bold=True))
        plain = QFontMetrics(self._font(px))
        return (_lines_needed(bold, round_text, width) <= lines
                and plain.horizontalAdvance(session_text) <= width)

    def _largest(self, width: int, height: int, round_text: str, session_text: str,
                 fixed: int, lines: int) -> int:
        px = int(height / ((fixed + lines) * LINE_SPACING))
        while px > MIN_PX and not self._fits(px, width, round_text, session_text, lines):
            px -= 1
        return px if self._fits(px, width, round_text, session_text, lines) else 0

    def _fit(self, width: int, height: int, round_text: str, session_text: str,
             has_title: bool) -> tuple[int, int]:
        """The largest font size (px) at which every line fits; the round gets 1 or 2 lines."""
        fixed = (1 if has_title else 0) + 1
        one = self._largest(width, height, round_text, session_text, fixed, 1)
        two = self._largest(width, height, round_text, session_text, fixed, 2)
        if one and one >= two:
            return one, 1
        if two:
            return two, 2
        self.timer.round_label.setText(self._shortened(round_text, width, MIN_PX))
        return MIN_PX, 2

    def _shortened(self, text: str, width: int, px: int) -> str:
        """Drop words from the end until the text fits two lines, marked with "…"."""
        metrics = QFontMetrics(self._font(px, bold=True))
        words = text.split()
        while len(words) > 1 and _lines_needed(metrics, " ".join(words) + "…", width) > 2:
            words.pop()
        return " ".join(words) + "…"
