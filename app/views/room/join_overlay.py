"""The room's way in: a large QR code, the address and the room code over the audience view.

A separate widget laid over the audience view (its parent), so the audience
window's own layout stays as it is: :func:`attach_join_overlay` is the only hook.
The code is drawn module by module from segno's matrix (crisp at any size).
"""
from __future__ import annotations

import segno
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

QUIET = 4  # modules of white around the code, as the standard asks


class JoinOverlay(QWidget):
    """QR code + "go to ADDRESS, code ABCDE" in a white card at the right of the room's view."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("joinOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.url = self.address = self.code = ""
        self.matrix: list[list[bool]] = []
        self.scale = 1.0
        parent.installEventFilter(self)
        self.hide()

    def show_join(self, url: str, address: str, code: str) -> None:
        """Show the way in; an empty ``url`` hides the card (joining closed)."""
        self.url, self.address, self.code = url, address, code
        if not url:
            self.matrix = []
            self.hide()
            return
        qr = segno.make(url, error="m", micro=False)
        self.matrix = [[bool(v) for v in row] for row in qr.matrix]
        self._place()
        self.show()
        self.raise_()
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._place()

    def texts(self) -> list[str]:
        """The lines under the code, as the room reads them."""
        return [self.tr("Doe mee: scan de code"),
                self.tr("of ga naar {address}").format(address=self.address),
                self.tr("en typ de zaalcode {code}").format(code=self.code)]

    # -- geometry -----------------------------------------------------------------
    def card_rect(self) -> QRectF:
        return QRectF(self.rect())

    def qr_side(self) -> float:
        return min(self.width() - 2 * self._pad(), self.height() * 0.62)

    def _pad(self) -> float:
        return max(12.0, self.width() * 0.05)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        pw, ph = parent.width(), parent.height()
        height = int(ph * 0.86)
        width = int(min(pw * 0.42, height * 0.82))
        self.setGeometry(pw - width - int(pw * 0.02), int((ph - height) / 2), width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self._place()
        return False

    # -- drawing -------------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, int(size)))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.setPen(QColor("#1d2b36"))
        p.setBrush(QColor("#ffffff"))
        p.drawRoundedRect(self.card_rect().adjusted(1, 1, -1, -1), 16, 16)
        pad, side = self._pad(), self.qr_side()
        count = len(self.matrix) + 2 * QUIET
        module = max(1, int(side / count))
        drawn = module * count
        left = (self.width() - drawn) / 2
        top = pad
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    p.drawRect(QRectF(left + (x + QUIET) * module, top + (y + QUIET) * module,
                                      module, module))
        p.setPen(QColor("#1d2b36"))
        lines = self.texts()
        y = top + drawn + pad * 0.3
        room = self.height() - y - pad * 0.5
        size = min(room / 4.2, self.width() / 16) * max(0.8, min(self.scale, 1.3))
        for k, line in enumerate(lines):
            font = self._font(size * (1.15 if k == 0 else 1.0), bold=k != 1)
            p.setFont(font)
            height = p.fontMetrics().height()
            p.drawText(QRectF(pad * 0.5, y, self.width() - pad, height),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextSingleLine), line)
            y += height * 1.15
        p.end()


def attach_join_overlay(view: QWidget) -> JoinOverlay:
    """The overlay for an audience view (created once per view)."""
    existing = view.findChild(JoinOverlay, "joinOverlay")
    return existing if existing is not None else JoinOverlay(view)
