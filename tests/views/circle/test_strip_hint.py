"""The strip's key hint ("Nieuwe post-it: Insert of Ctrl+Enter") is read whole on the laptop.

At 1366x768 the strip beside the circle is narrower than the hint on one
line: it wraps onto two lines inside the strip instead of being cut at both ends.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from app.models import orchestration
from app.models.store import Store
from app.views.circle.surface import HINT_FLAGS


def test_the_strip_hint_fits_the_strip_at_1366x768(qtbot, store: Store, window) -> None:  # noqa: ANN001
    ws = orchestration.create_workshop(store, title="Teamdag", template="circle")
    window.resize(1366, 768)
    screen = window.open_workshop(ws.id)
    screen.show_board("circle")
    board = screen.board("circle")
    qtbot.waitUntil(lambda: not board.strip.area().isEmpty())
    strip = board.strip
    area = strip.area()
    assert strip.hint == "Nieuwe post-it: Insert of Ctrl+Enter"
    metrics = QFontMetricsF(strip.hint_font)
    assert metrics.horizontalAdvance(strip.hint) > area.width() - 12  # one line would be cut
    rect = strip.hint_rect(area)
    drawn = metrics.boundingRect(rect, HINT_FLAGS, strip.hint)
    assert area.contains(rect)
    assert drawn.width() <= rect.width() + 0.5 and drawn.height() <= rect.height() + 0.5
    assert rect.contains(QRectF(drawn.left() + 0.5, drawn.top() + 0.5,
                                drawn.width() - 1, drawn.height() - 1))
