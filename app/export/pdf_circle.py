"""The circle of influence in the minutes: the rings with every post-it, the tally, the stories.

The board is painted straight onto the page canvas (vector shapes and searchable
text, as a reportlab Drawing would make them) rather than built as a Drawing of
thousands of shape objects: with 2,000 post-its that tree cost a third of the
export. Imported only while a PDF is built.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.export.pdf_data import Minutes, Story
from app.export.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    BOLD,
    FONT,
    INK,
    ITALIC,
    MUTED,
    TINT,
    WIDTH,
    Styles,
    attributed,
    para,
    section,
    subheading,
    table,
)
from app.models import circle as circle_model
from app.models.circle import DEFAULT_NOTE_COLOR, RINGS, Tally


def ring_name(ring: str | None) -> str:
    return {"self": QCoreApplication.translate("Minutes", "Zelf"), "class": QCoreApplication.translate("Minutes", "Klas"), "section": QCoreApplication.translate("Minutes", "Sectie of andere eenheid"),
            "school": QCoreApplication.translate("Minutes", "School"), "society": QCoreApplication.translate("Minutes", "Omgeving/maatschappij"),
            None: QCoreApplication.translate("Minutes", "Niet geplaatst")}.get(ring, ring or "")


# Inner rings a little deeper in tone, the outer ones nearly paper: a calm target.
RING_FILLS = ("#c3d9e3", "#d2e3ea", "#dfebf0", "#eaf2f5", "#f4f8fa")
# Post-its keep the board's proportions (board units; the outer radius is 1).
NOTE_SIZE = (getattr(circle_model, "NOTE_WIDTH", 0.46), getattr(circle_model, "NOTE_HEIGHT", 0.27))
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


@lru_cache(maxsize=64)
def _note_color(value: str) -> colors.Color:
    return colors.HexColor(value if _HEX.match(value or "") else DEFAULT_NOTE_COLOR)


def _wrap(value: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    lines = simpleSplit(" ".join(value.split()), font, size, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and simpleSplit(last + "…", font, size, width)[0] != last + "…":
            last = last[:-1].rstrip()
        lines[-1] = last + "…"
    return lines


SHADOW = colors.Color(0, 0, 0, 0.12)
NOTE_EDGE = colors.Color(0, 0, 0, 0.18)


class CircleBoard(Flowable):
    """Five rings with their names, and every placed post-it where it was on the board.

    Board coordinates: centre (0, 0), outer radius 1, y pointing down (as on
    screen); reportlab's y points up, hence the flip. Everything is worked out
    once here (the layout may ask for the size more than once); :meth:`draw`
    only paints, in board order, so a later post-it covers an earlier one.
    """

    def __init__(self, stories: list[Story], radius: float = 56 * mm) -> None:
        super().__init__()
        # As on the board for a usual group; smaller when many notes would bury the rings.
        placed = [story for story in stories if story.ring is not None]
        shrink = max(0.55, min(1.0, math.sqrt(14 / max(len(placed), 1))))
        self.note_w, self.note_h = NOTE_SIZE[0] * radius * shrink, NOTE_SIZE[1] * radius * shrink
        pad_x, pad_y = self.note_w / 2 + 2, self.note_h / 2 + 2
        self.width, self.height = WIDTH, 2 * (radius + pad_y)
        self.radius, self.cx, self.cy = radius, pad_x + radius, self.height / 2
        self.notes = [self._note(story) for story in placed]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:  # noqa: ARG002
        return self.width, self.height

    def _note(self, story: Story) -> tuple:
        """(x, y, colour, text size, keyword lines, author line) of one post-it."""
        size = max(4.4, min(7.0, self.note_h / 5.6))
        inner = self.note_w - 6
        lines = _wrap(story.text, FONT, size, inner, 3 if story.author else 4)
        author = _wrap(story.author, ITALIC, size * 0.85, inner, 1)[0] if story.author else ""
        return (self.cx + story.x * self.radius, self.cy - story.y * self.radius,
                _note_color(story.color), size, lines, author)

    def draw(self) -> None:
        c = self.canv
        cx, cy, radius = self.cx, self.cy, self.radius
        band = radius / len(RINGS)
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.4)
        for i in reversed(range(len(RINGS))):
            c.setFillColor(colors.HexColor(RING_FILLS[i]))
            c.circle(cx, cy, band * (i + 1), stroke=1, fill=1)
        label_x = max(cx + radius + 12, WIDTH - 118)
        c.setLineWidth(0.6)
        c.setFont(BOLD, 8.5)
        for i, ring in enumerate(RINGS):
            middle = band * (i + 0.5)
            dy = band * i  # labels climb one band per ring: leaders never cross
            ax = cx + math.sqrt(max(middle * middle - dy * dy, 0.0))
            c.setStrokeColor(ACCENT_LIGHT)
            c.line(ax, cy + dy, label_x - 4, cy + dy)
            c.setFillColor(ACCENT)
            c.circle(ax, cy + dy, 1.6, stroke=0, fill=1)
            c.drawString(label_x, cy + dy - 3, ring_name(ring))
        for note in self.notes:
            self._paint(*note)

    def _paint(self, x: float, y: float, color: colors.Color, size: float, lines: list[str],
               author: str) -> None:
        """A post-it as on the board: keywords on top, the teller's name small at the bottom."""
        c, w, h = self.canv, self.note_w, self.note_h
        left, bottom = x - w / 2, y - h / 2
        # Each shape in its own graphics state, as a Drawing writes it: text
        # extraction (pypdf, screen readers) then reads the post-its as before.
        c.saveState()
        c.setFillColor(SHADOW)
        c.rect(left + 0.9, bottom - 0.9, w, h, stroke=0, fill=1)
        c.restoreState()
        c.saveState()
        c.setFillColor(color)
        c.setStrokeColor(NOTE_EDGE)
        c.setLineWidth(0.3)
        c.rect(left, bottom, w, h, stroke=1, fill=1)
        c.restoreState()
        top = bottom + h - size - 3
        for n, line in enumerate(lines):
            c.saveState()
            c.setFillColor(INK)
            c.setFont(FONT, size)
            c.drawCentredString(x, top - n * size * 1.18, line)
            c.restoreState()
        if author:
            c.saveState()
            c.setFillColor(MUTED)
            c.setFont(ITALIC, size * 0.85)
            c.drawCentredString(x, bottom + 3, author)
            c.restoreState()


def _bar(count: int, most: int) -> Drawing:
    d = Drawing(40 * mm, 7)
    d.add(Rect(0, 1, 40 * mm, 5, fillColor=TINT, strokeColor=None))
    if count and most:
        d.add(Rect(0, 1, 40 * mm * count / most, 5, fillColor=ACCENT, strokeColor=None))
    return d


def _most_sentence(tally: Tally) -> str:
    if not tally.most:
        return QCoreApplication.translate("Minutes", "Er staat nog geen post-it in de cirkel.")
    winners = [ring_name(r) for r in tally.most]
    most = tally.top
    if len(winners) == 1:
        return QCoreApplication.translate("Minutes", "De meeste post-its staan in de ring {ring} ({n} van {total}).").format(
            ring=winners[0], n=most, total=tally.placed)
    return QCoreApplication.translate("Minutes", "De meeste post-its staan in de ringen {rings} (elk {n}).").format(
        rings=QCoreApplication.translate("Minutes", " en ").join([", ".join(winners[:-1]), winners[-1]]), n=most)


def circle_section(m: Minutes, s: Styles) -> list[Flowable]:
    if not m.stories:
        return []
    counts = m.tally.counts
    most = max(counts.values())
    out: list[Flowable] = [CircleBoard(m.stories), Spacer(1, 6),
                           para(_most_sentence(m.tally), s.body)]
    rows: list[list[object]] = [[Paragraph(escape(QCoreApplication.translate("Minutes", "Ring")), s.cell_head),
                                 Paragraph(escape(QCoreApplication.translate("Minutes", "Post-its")), s.cell_head), ""]]
    for ring in (*RINGS, None):
        style = s.cell if ring is not None else s.people
        rows.append([para(ring_name(ring), style), Paragraph(str(counts[ring]), s.cell_right),
                     _bar(counts[ring], most)])
    out.append(table(rows, [60 * mm, 18 * mm, 46 * mm]))
    stories: list[Flowable] = []
    for ring in (*RINGS, None):
        mine = [st for st in m.stories if st.ring == ring]
        if not mine:
            continue
        items = attributed([(st.text, st.author) for st in mine], s.compact)
        title = Paragraph(f'<font name="{BOLD}" color="#2f6f8f">{escape(ring_name(ring))}</font>'
                          f' <font color="#5f6b74" size="8">({len(mine)})</font>', s.ring)
        stories += [KeepTogether([title, *items[:2]]), *items[2:]]
    out += [*subheading(QCoreApplication.translate("Minutes", "De verhalen per ring"), s), *stories]
    return section(QCoreApplication.translate("Minutes", "Cirkel van invloed en betrokkenheid"), out, s)
