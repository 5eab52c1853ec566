"""Comparing two pictures of a board as a person would: the same, give or take a pixel.

Qt may draw a moved item from its cached picture a pixel off, or place glyphs at
another fraction of a pixel, where a freshly built view draws it anew; what must
not happen is a different text, a card left behind or one missing. A pixel of
one picture counts as shown in the other when the other has a clearly similar
colour there or one pixel away.
"""
from __future__ import annotations

from PySide6.QtGui import QImage

TOLERANCE = 96  # per colour channel: anti-aliasing, not a glyph against paper (~200)


def _close(p: int, q: int) -> bool:
    return all(abs((p >> s & 255) - (q >> s & 255)) <= TOLERANCE for s in (0, 8, 16))


def unmatched(a: QImage, b: QImage) -> int:
    """Pixels of ``a`` that ``b`` has neither there nor one pixel away."""
    assert a.size() == b.size(), (a.size(), b.size())
    a = a.convertToFormat(QImage.Format.Format_RGB32)
    b = b.convertToFormat(QImage.Format.Format_RGB32)
    count, w, h = 0, a.width(), a.height()
    for y in range(h):
        for x in range(w):
            p = a.pixel(x, y)
            if _close(p, b.pixel(x, y)):
                continue
            if not any(_close(p, b.pixel(x + dx, y + dy))
                       for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                       if 0 <= x + dx < w and 0 <= y + dy < h):
                count += 1
    return count


def same_within_a_pixel(a: QImage, b: QImage) -> bool:
    return unmatched(a, b) == 0 and unmatched(b, a) == 0
