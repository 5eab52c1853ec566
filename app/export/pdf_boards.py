"""The boards in the minutes: circle of influence (a vector drawing), marketplace, plus-min.

Each ``*_section`` returns platypus flowables, or nothing when its board has
no content. Imported only while a PDF is built.
"""
from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from app.export.pdf_data import Entry, Minutes, Story, ThemeTable
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
    bullets,
    para,
    people_line,
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


# -- circle of influence -------------------------------------------------------------

# Inner rings a little deeper in tone, the outer ones nearly paper: a calm target.
RING_FILLS = ("#c3d9e3", "#d2e3ea", "#dfebf0", "#eaf2f5", "#f4f8fa")
# Post-its keep the board's proportions (board units; the outer radius is 1).
NOTE_SIZE = (getattr(circle_model, "NOTE_WIDTH", 0.46), getattr(circle_model, "NOTE_HEIGHT", 0.27))
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


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


def circle_drawing(stories: list[Story], radius: float = 56 * mm) -> Drawing:
    """Five rings with their names, and every placed post-it where it was on the board.

    Board coordinates: centre (0, 0), outer radius 1, y pointing down (as on
    screen); reportlab's y points up, hence the flip.
    """
    # As on the board for a usual group; smaller when many notes would bury the rings.
    placed = sum(1 for story in stories if story.ring is not None)
    shrink = max(0.55, min(1.0, math.sqrt(14 / max(placed, 1))))
    note_w, note_h = NOTE_SIZE[0] * radius * shrink, NOTE_SIZE[1] * radius * shrink
    pad_x, pad_y = note_w / 2 + 2, note_h / 2 + 2
    height = 2 * (radius + pad_y)
    cx, cy = pad_x + radius, height / 2
    d = Drawing(WIDTH, height)
    band = radius / len(RINGS)
    for i in reversed(range(len(RINGS))):
        d.add(Circle(cx, cy, band * (i + 1), fillColor=colors.HexColor(RING_FILLS[i]),
                     strokeColor=colors.white, strokeWidth=1.4))
    label_x = max(cx + radius + 12, WIDTH - 118)
    for i, ring in enumerate(RINGS):
        middle = band * (i + 0.5)
        dy = band * i  # labels climb one band per ring: leaders never cross
        ax = cx + math.sqrt(max(middle * middle - dy * dy, 0.0))
        d.add(Line(ax, cy + dy, label_x - 4, cy + dy, strokeColor=ACCENT_LIGHT, strokeWidth=0.6))
        d.add(Circle(ax, cy + dy, 1.6, fillColor=ACCENT, strokeColor=None))
        d.add(String(label_x, cy + dy - 3, ring_name(ring), fontName=BOLD, fontSize=8.5,
                     fillColor=ACCENT))
    for story in stories:
        if story.ring is not None:
            _add_note(d, story, cx + story.x * radius, cy - story.y * radius, note_w, note_h)
    return d


def _add_note(d: Drawing, story: Story, x: float, y: float, w: float, h: float) -> None:
    """A post-it as on the board: keywords on top, the teller's name small at the bottom."""
    left, bottom = x - w / 2, y - h / 2
    d.add(Rect(left + 0.9, bottom - 0.9, w, h, fillColor=colors.Color(0, 0, 0, 0.12),
               strokeColor=None))
    d.add(Rect(left, bottom, w, h, fillColor=_note_color(story.color),
               strokeColor=colors.Color(0, 0, 0, 0.18), strokeWidth=0.3))
    size = max(4.4, min(7.0, h / 5.6))
    inner = w - 6
    lines = _wrap(story.text, FONT, size, inner, 3 if story.author else 4)
    top = bottom + h - size - 3
    for n, line in enumerate(lines):
        d.add(String(x, top - n * size * 1.18, line, fontName=FONT, fontSize=size,
                     fillColor=INK, textAnchor="middle"))
    if story.author:
        author = _wrap(story.author, ITALIC, size * 0.85, inner, 1)[0]
        d.add(String(x, bottom + 3, author, fontName=ITALIC, fontSize=size * 0.85,
                     fillColor=MUTED, textAnchor="middle"))


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
    out: list[Flowable] = [circle_drawing(m.stories), Spacer(1, 6),
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
        items = [escape(st.text) + (f' <font color="#5f6b74">— <i>{escape(st.author)}</i></font>'
                                    if st.author else "") for st in mine]
        title = Paragraph(f'<font name="{BOLD}" color="#2f6f8f">{escape(ring_name(ring))}</font>'
                          f' <font color="#5f6b74" size="8">({len(mine)})</font>', s.ring)
        stories += [KeepTogether([title, *bullets(items[:2], s, s.compact)]),
                    *bullets(items[2:], s, s.compact)]
    out += [*subheading(QCoreApplication.translate("Minutes", "De verhalen per ring"), s), *stories]
    return section(QCoreApplication.translate("Minutes", "Cirkel van invloed en betrokkenheid"), out, s)


# -- marketplace -----------------------------------------------------------------------

def _who(entry: Entry) -> str:
    """'— Ann, Bob (wil leren van: Cas)': who is on the line, in muted text."""
    who = people_line(entry.people)
    if entry.sources:
        learn = escape(QCoreApplication.translate("Minutes", "wil leren van: {names}").format(names=", ".join(entry.sources)))
        who = f"{who} ({learn})" if who else learn
    return f"— {who}" if who else ""


def _entry_cell(entry: Entry | None, s: Styles) -> object:
    if entry is None:
        return ""
    who = _who(entry)
    return Paragraph(escape(entry.text) + (f' <font size="7.8" color="#5f6b74">{who}</font>'
                                           if who else ""), s.cell)


def _with_people(entry: Entry) -> str:
    who = _who(entry)
    return escape(entry.text) + (f' <font color="#5f6b74">{who}</font>' if who else "")


def market_section(m: Minutes, s: Styles) -> list[Flowable]:
    market = m.market
    if market is None:
        return []
    out: list[Flowable] = []
    half = WIDTH / 2
    for name, supply, demand in market.sheets:
        rows: list[list[object]] = [[Paragraph(escape(QCoreApplication.translate("Minutes", "Aanbod")), s.cell_head),
                                     Paragraph(escape(QCoreApplication.translate("Minutes", "Vraag")), s.cell_head)]]
        for i in range(max(len(supply), len(demand))):
            rows.append([_entry_cell(supply[i] if i < len(supply) else None, s),
                         _entry_cell(demand[i] if i < len(demand) else None, s)])
        out += subheading(QCoreApplication.translate("Minutes", "Subgroep {name}").format(name=name) if name else QCoreApplication.translate("Minutes", "Subgroep"), s)
        out.append(table(rows, [half, half]))
    if market.pools:
        out += subheading(QCoreApplication.translate("Minutes", "Gebundeld aanbod: samen uitbouwen"), s)
        items = []
        for pool in market.pools:
            names = list(dict.fromkeys(n for e in pool for n in e.people))
            variants = [escape(e.text) for e in pool[1:] if e.text != pool[0].text]
            line = f"<b>{escape(pool[0].text)}</b>"
            if variants:
                also = QCoreApplication.translate("Minutes", "ook: {variants}").format(
                    variants="; ".join(variants))
                line += f' <font color="#5f6b74">({also})</font>'
            items.append(line + (f" — {people_line(names)}" if names else ""))
        out += bullets(items, s)
    if market.matches:
        out += subheading(QCoreApplication.translate("Minutes", "Knopen: wie kan bij wie terecht"), s)
        rows = [[Paragraph(escape(h), s.cell_head) for h in
                 (QCoreApplication.translate("Minutes", "Wie vraagt"), QCoreApplication.translate("Minutes", "Waarover"), QCoreApplication.translate("Minutes", "Bij wie"))]]
        for demand, supply in market.matches:
            about = escape(demand.text)
            if supply.text != demand.text:
                about += f'<br/><font size="7.8" color="#5f6b74">{escape(supply.text)}</font>'
            rows.append([para(", ".join(demand.people) or "–", s.cell), Paragraph(about, s.cell),
                         para(", ".join(supply.people) or "–", s.cell)])
        out.append(table(rows, [42 * mm, WIDTH - 84 * mm, 42 * mm]))
    developments = [(d, fits) for d, fits in market.developments]
    if developments:
        out += subheading(QCoreApplication.translate("Minutes", "Aanbod bij de ontwikkelingen van de school"), s)
        no_supply = QCoreApplication.translate("Minutes", "nog geen aanbod")
        for development, fits in developments:
            out.append(Paragraph(f"<b>{escape(development)}</b>", s.body))
            out += bullets([_with_people(e) for e in fits] or
                           [f'<font color="#a45a12"><i>{escape(no_supply)}</i></font>'],
                           s)
    if market.open_demand:
        out += subheading(QCoreApplication.translate("Minutes", "Vraag zonder aanbod: hoe kunnen we dit ontwikkelen?"), s)
        out += bullets([_with_people(e) for e in market.open_demand], s)
    out += _handout(market.handouts, s)
    return section(QCoreApplication.translate("Minutes", "Marktplaats interne deskundigheid"), out, s)


def _handout(handouts: list, s: Styles) -> list[Flowable]:  # noqa: ANN001 - list[Handout]
    if not handouts:
        return []
    rows: list[list[object]] = [[Paragraph(escape(h), s.cell_head) for h in
                                 (QCoreApplication.translate("Minutes", "Wie"), QCoreApplication.translate("Minutes", "Biedt aan"), QCoreApplication.translate("Minutes", "Vraagt"), QCoreApplication.translate("Minutes", "Neem contact op met"))]]
    for slip in handouts:
        rows.append([Paragraph(f"<b>{escape(slip.name)}</b>", s.cell),
                     Paragraph(_lines(slip.offers), s.cell), Paragraph(_lines(slip.asks), s.cell),
                     Paragraph(_lines(slip.contacts, contact=True), s.people)])
    return [*subheading(QCoreApplication.translate("Minutes", "Per persoon: om elkaar later terug te vinden"), s), table(rows, [30 * mm, (WIDTH - 30 * mm) * 0.3, (WIDTH - 30 * mm) * 0.3,
                                (WIDTH - 30 * mm) * 0.4])]


def _lines(items: list[str], most: int = 8, *, contact: bool = False) -> str:
    """One cell, one item per line; a long list is cut so the row fits on a page.

    Contacts ('Name: why') get the name in ink, so the eye finds whom to call.
    """
    shown = []
    for item in items[:most]:
        item = escape(item if len(item) <= 90 else item[:89].rstrip() + "…")
        name, colon, why = item.partition(": ")
        shown.append(f'<font color="#1d2b36">{name}</font>: {why}' if contact and colon else item)
    if len(items) > most:
        shown.append(escape(QCoreApplication.translate("Minutes", "… en nog {n}").format(n=len(items) - most)))
    return "<br/>".join(shown) or "–"


# -- plus-min ------------------------------------------------------------------------

def urgency_reason(theme: ThemeTable) -> str:
    """'prioriteit 1, 5 stemmen': why a theme stands where the model's ranking put it."""
    bits = []
    if theme.priority is not None:
        bits.append(QCoreApplication.translate("Minutes", "prioriteit {n}").format(n=theme.priority))
    if theme.votes:
        bits.append(QCoreApplication.translate("Minutes", "1 stem") if theme.votes == 1
                    else QCoreApplication.translate("Minutes", "{n} stemmen").format(n=theme.votes))
    return ", ".join(bits)


def plusmin_section(m: Minutes, s: Styles) -> list[Flowable]:
    filled = [t for t in m.themes if t.rows]
    ranking = m.urgency
    if not filled and not ranking:
        return []
    out: list[Flowable] = []
    if ranking:
        out += subheading(QCoreApplication.translate("Minutes", "Wat is het meest urgent?"), s)
        out += [Paragraph(f"<b>{n}.</b> {escape(t.title)} "
                          f'<font color="#5f6b74" size="8">({escape(urgency_reason(t))})</font>', s.body)
                for n, t in enumerate(ranking, start=1)]
    half = WIDTH / 2
    for theme in filled:
        rows: list[list[object]] = [[Paragraph(escape(QCoreApplication.translate("Minutes", "Positieve punten")), s.cell_head),
                                     Paragraph(escape(QCoreApplication.translate("Minutes", "Aandachtspunten")), s.cell_head)]]
        lonely = 0
        for plus, minus in theme.rows:
            lonely += plus is None or minus is None
            rows.append([para(plus, s.cell) if plus is not None
                         else para(QCoreApplication.translate("Minutes", "nog geen positieve kant"), s.flag),
                         para(minus, s.cell) if minus is not None
                         else para(QCoreApplication.translate("Minutes", "nog geen aandachtspunt ertegenover"), s.flag)])
        title = escape(theme.title)
        if theme.priority is not None:
            priority = QCoreApplication.translate("Minutes", "prioriteit {n}").format(n=theme.priority)
            title += f' <font color="#5f6b74" size="8">· {escape(priority)}</font>'
        block: list[Flowable] = [Paragraph(title, s.h2),
                                 table(rows, [half, half], extra=[
                                     ("LINEAFTER", (0, 0), (0, -1), 0.4, ACCENT_LIGHT)])]
        if lonely:
            block.append(Paragraph(escape(_lonely_text(lonely)), s.hint))
        out.append(KeepTogether(block) if len(rows) < 14 else block[0])
        if len(rows) >= 14:
            out += block[1:]
    return section(QCoreApplication.translate("Minutes", "Plus-min-schema's"), out, s)


def _lonely_text(n: int) -> str:
    if n == 1:
        return QCoreApplication.translate("Minutes", "1 punt staat nog zonder tegenhanger: heeft elk pluspunt een keerzijde, "
                  "en elk aandachtspunt een positieve kant?")
    return QCoreApplication.translate("Minutes", "{n} punten staan nog zonder tegenhanger: heeft elk pluspunt een keerzijde, "
              "en elk aandachtspunt een positieve kant?").format(n=n)


