"""The room's way in: a large QR code, the address and the room code over the audience view.

A separate widget laid over the audience view (its parent), so the audience
window's own layout stays as it is: :func:`attach_join_overlay` is the only hook.
The code is drawn module by module from segno's matrix (crisp at any size).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
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
        self._wide, self._pad, self._side, self._size = False, 12.0, 0.0, 12
        parent.installEventFilter(self)
        board = getattr(parent, "stack", None)
        if isinstance(board, QWidget):
            board.installEventFilter(self)
        self.hide()

    def show_join(self, url: str, address: str, code: str) -> None:
        """Show the way in; an empty ``url`` hides the card (joining closed)."""
        self.url, self.address, self.code = url, address, code
        if not url:
            self.matrix = []
            self.hide()
            return
        import segno  # with its writers ~70 ms: only once joining opens

        qr = segno.make(url, error="l", micro=False)
        self.matrix = [[bool(v) for v in row] for row in qr.matrix]
        self._place()
        self.show()
        self.raise_()
        self.update()

    def set_text_scale(self, scale: float) -> None:
        self.scale = scale
        self._place()

    def lines(self) -> list[tuple[str, float, bool]]:
        """The lines under the code, as the room reads them: (text, relative size, bold)."""
        return [(self.tr("Doe mee: scan de code"), 1.0, True),
                (self.tr("of ga naar"), 0.8, False),
                (self.address, 1.0, True),
                (self.tr("en typ de zaalcode"), 0.8, False),
                (self.code, 2.0, True)]

    def texts(self) -> list[str]:
        return [text for text, _size, _bold in self.lines()]

    # -- geometry -----------------------------------------------------------------
    def card_rect(self) -> QRectF:
        return QRectF(self.rect())

    def qr_side(self) -> float:
        return self._side

    def _area(self) -> QRect:
        """Where the card may go: over the board (below the room's header), else anywhere."""
        parent = self.parentWidget()
        assert parent is not None
        board = getattr(parent, "stack", None)
        if isinstance(board, QWidget) and board.isVisible() and board.height() > 200:
            return board.geometry()
        return parent.rect()

    def _text_size(self, width: float) -> int:
        """The largest pixel size at which every line fits ``width``."""
        size = max(12, int(width / 10 * max(0.8, min(self.scale, 1.3))))
        while size > 12:
            if all(QFontMetrics(self._font(size * rel, bold)).horizontalAdvance(text) <= width
                   for text, rel, bold in self.lines()):
                break
            size -= 1
        return size

    def _text_height(self, size: int) -> float:
        return sum(QFontMetrics(self._font(size * rel, bold)).height() * 1.05
                   for _text, rel, bold in self.lines())

    def _place(self) -> None:
        """A wide board: code left, words right; a tall one: words under the code."""
        if self.parentWidget() is None:
            return
        area = self._area()
        aw, ah = area.width(), area.height()
        self._wide = aw >= ah * 1.6
        if self._wide:
            pad = max(12.0, ah * 0.04)
            side = min(ah * 0.94 - 2 * pad, aw * 0.36)
            column = side * 0.9
            self._size = self._text_size(column)
            width, height = 3 * pad + side + column, side + 2 * pad
        else:
            width = min(aw * 0.45, ah * 0.8)
            while True:
                pad = max(12.0, width * 0.06)
                side = width - 2 * pad
                self._size = self._text_size(width - pad)
                height = pad + side + pad * 0.2 + self._text_height(self._size) + pad * 0.5
                if height <= ah * 0.96 or width <= 120:
                    break
                width -= 8
        self._pad, self._side = pad, side
        margin = max(8, int(aw * 0.015))
        self.setGeometry(int(area.right() - width - margin),
                         int(area.top() + (ah - height) / 2), int(width), int(height))
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show,
                            QEvent.Type.Hide) and self.matrix:
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
        pad, side = self._pad, self._side
        count = len(self.matrix) + 2 * QUIET
        module = max(1, int(side / count))
        drawn = module * count
        left = pad + (side - drawn) / 2 if self._wide else (self.width() - drawn) / 2
        top = pad + (side - drawn) / 2
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:
                    p.drawRect(QRectF(left + (x + QUIET) * module, top + (y + QUIET) * module,
                                      module, module))
        p.setPen(QColor("#1d2b36"))
        if self._wide:
            x0, y = 2 * pad + side, (self.height() - self._text_height(self._size)) / 2
        else:
            x0, y = 0.0, pad + side + pad * 0.2
        for text, rel, bold in self.lines():
            p.setFont(self._font(self._size * rel, bold))
            height = p.fontMetrics().height()
            p.drawText(QRectF(x0, y, self.width() - x0 - (pad if self._wide else 0), height),
                       int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextSingleLine), text)
            y += height * 1.05
        p.end()


def attach_join_overlay(view: QWidget) -> JoinOverlay:
    """The overlay for an audience view (created once per view)."""
    existing = view.findChild(JoinOverlay, "joinOverlay")
    return existing if existing is not None else JoinOverlay(view)
