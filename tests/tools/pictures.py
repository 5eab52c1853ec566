"""Comparing two pictures of a board as a person would: the same, give or take a pixel;
and showing a board to picture it.

Qt may draw a moved item from its cached picture a pixel off, or place glyphs at
another fraction of a pixel, where a freshly built view draws it anew; what must
not happen is a different text, a card left behind or one missing. A pixel of
one picture counts as shown in the other when the other has a clearly similar
colour there or one pixel away.
"""
from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

TOLERANCE = 96  # per colour channel: anti-aliasing, not a glyph against paper (~200)


def _close(p: int, q: int, tolerance: int) -> bool:
    return all(abs((p >> s & 255) - (q >> s & 255)) <= tolerance for s in (0, 8, 16))


def unmatched(a: QImage, b: QImage, *, tolerance: int = TOLERANCE, reach: int = 1) -> int:
    """Pixels of ``a`` that ``b`` has neither there nor up to ``reach`` pixels away."""
    assert a.size() == b.size(), (a.size(), b.size())
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    count, w, h = 0, a.width(), a.height()
    near = range(-reach, reach + 1)
    for y in range(h):
        for x in range(w):
            p = a.pixel(x, y)
            if _close(p, b.pixel(x, y), tolerance):
                continue
            if not any(_close(p, b.pixel(x + dx, y + dy), tolerance)
                       for dx in near for dy in near
                       if 0 <= x + dx < w and 0 <= y + dy < h):
                count += 1
    return count


def same_within_a_pixel(a: QImage, b: QImage) -> bool:
    return unmatched(a, b) == 0 and unmatched(b, a) == 0


def shown(qtbot, widget: QWidget, size: tuple[int, int]) -> QWidget:  # noqa: ANN001
    """``widget`` as a window of ``size``, on screen and painted."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget
