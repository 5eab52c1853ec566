"""The minutes' look with reportlab: palette, embedded fonts, paragraph styles, table helpers.

Shared by every section of the minutes and by the one-page verslag. Imported
only when a PDF is built (reportlab costs ~120 ms to import); knows nothing of
the minutes' data.
"""
from __future__ import annotations

import datetime as dt
import threading
import weakref
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)
from reportlab.platypus.paraparser import ParaParser

from app.paths import resource_path

# A calm palette shared with the app's light theme.
ACCENT = colors.HexColor("#2f6f8f")
ACCENT_LIGHT = colors.HexColor("#b9d3df")
TINT = colors.HexColor("#eef4f7")
PAPER = colors.HexColor("#f7f5f0")
INK = colors.HexColor("#1d2b36")
MUTED = colors.HexColor("#5f6b74")
RULE = colors.HexColor("#d9dee2")
WARM = colors.HexColor("#a45a12")

FONT, BOLD, ITALIC = "Leidraad", "Leidraad-Bold", "Leidraad-Italic"
PAGE_W, PAGE_H = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 18 * mm, 22 * mm
WIDTH = PAGE_W - 2 * MARGIN_X

_font_lock = threading.Lock()


def register_fonts() -> None:
    """Embed DejaVu Sans (once per process) so every Latin name renders."""
    with _font_lock:
        if FONT in pdfmetrics.getRegisteredFontNames():
            return
        for name, filename in ((FONT, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"),
                               (ITALIC, "DejaVuSans-Oblique.ttf")):
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=ITALIC,
                                      boldItalic=BOLD)


def _style(name: str, **kw: object) -> ParagraphStyle:
    base = {"fontName": FONT, "fontSize": 9.5, "leading": 13.5, "textColor": INK}
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """The few paragraph styles the minutes use."""

    def __init__(self) -> None:
        self.body = _style("body", spaceAfter=4)
        self.small = _style("small", fontSize=8, leading=11, textColor=MUTED)
        self.overline = _style("overline", fontName=BOLD, fontSize=8, leading=10,
                               textColor=ACCENT, spaceAfter=4)
        self.title = _style("title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=10)
        self.h1 = _style("h1", fontName=BOLD, fontSize=14, leading=18, textColor=ACCENT,
                         spaceBefore=14, spaceAfter=2)
        self.h2 = _style("h2", fontName=BOLD, fontSize=10.5, leading=14, spaceBefore=9,
                         spaceAfter=4)
        self.cell = _style("cell", fontSize=8.8, leading=11.5)
        self.cell_bold = _style("cellb", fontName=BOLD, fontSize=8.8, leading=11.5)
        self.cell_head = _style("cellh", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT)
        self.cell_right = _style("cellr", fontSize=8.8, leading=11.5, alignment=TA_RIGHT)
        self.people = _style("people", fontSize=7.8, leading=10, textColor=MUTED)
        self.hint = _style("hint", fontSize=8, leading=11, textColor=WARM, spaceBefore=3)
        self.flag = _style("flag", fontName=ITALIC, fontSize=8.2, leading=10.5, textColor=WARM)
        self.ring = _style("ring", spaceBefore=5, spaceAfter=1)
        self.compact = _style("compact", fontSize=8.8, leading=11.8, leftIndent=11,
                              bulletIndent=1, spaceAfter=0.5, bulletFontName=FONT,
                              bulletColor=ACCENT)
        self.bullet = _style("bullet", leftIndent=11, bulletIndent=1, spaceAfter=2,
                             bulletFontName=FONT, bulletColor=ACCENT)


# -- small helpers shared by the sections ---------------------------------------

def text(value: str) -> str:
    """Plain text made safe for a Paragraph; line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def bullets(items: list[str], styles: Styles, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Items as bullet paragraphs; items are already marked-up strings."""
    return [Paragraph(item, style or styles.bullet, bulletText="•") for item in items]


ATTRIBUTION = '<font color="#5f6b74">— <i>{who}</i></font>'
_TEMPLATES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _template(style: ParagraphStyle) -> list | None:
    """The fragments reportlab's parser makes of 'T — W' in ``style`` (None: unexpected shape)."""
    if style not in _TEMPLATES:
        parser = ParaParser()
        parser.caseSensitive = 1
        _style, frags, _bullet = parser.parse("T " + ATTRIBUTION.format(who="W"), style)
        fits = frags is not None and [f.text for f in frags] == ["T ", "— ", "W"]
        _TEMPLATES[style] = frags if fits else None
    return _TEMPLATES[style]


def attributed(items: list[tuple[str, str]], style: ParagraphStyle) -> list[Flowable]:
    """Post-its as bullets, 'keywords — teller' with the teller muted and in italics.

    The same paragraphs as ``bullets`` of the marked-up text, but built from the
    parser's fragments for one template instead of parsing every post-it again
    (a third of the time of a 2,000-note export went into that parser). Text the
    parser would reshape (spacing to collapse) takes the parser's own path.
    """
    template = _template(style)
    out: list[Flowable] = []
    for value, who in items:
        markup = escape(value) + (" " + ATTRIBUTION.format(who=escape(who)) if who else "")
        if template is None or not _plain(value) or (who and not _plain(who)):
            out.append(Paragraph(markup, style, bulletText="•"))
            continue
        first, dash, name = template
        frags = [first.clone(text=value + " " if who else value, link=[], us_lines=[])]
        if who:
            frags += [dash.clone(link=[], us_lines=[]), name.clone(text=who, link=[], us_lines=[])]
        out.append(Paragraph(markup, style, bulletText="•", frags=frags))
    return out


def _plain(value: str) -> bool:
    """Text the parser keeps as it is: words separated by single spaces."""
    return bool(value) and " ".join(value.split()) == value


def people_line(names: list[str]) -> str:
    return escape(", ".join(n for n in names if n))


def section(title: str, body: list[Flowable], styles: Styles) -> list[Flowable]:
    """A section: heading, light rule, body; the heading never sits alone at a page bottom."""
    head = Paragraph(escape(title), styles.h1)
    head.outline_title = title  # picked up by _Doc.afterFlowable for the PDF outline
    rule = HRFlowable(width="100%", thickness=0.7, color=ACCENT_LIGHT, spaceBefore=1,
                      spaceAfter=6)
    while body and isinstance(body[0], CondPageBreak):
        body = body[1:]
    return [CondPageBreak(50 * mm), KeepTogether([head, rule, *body[:1]]), *body[1:]]


def subheading(title: str, styles: Styles) -> list[Flowable]:
    """A sub-heading that moves to the next page rather than end one."""
    return [CondPageBreak(30 * mm), Paragraph(escape(title), styles.h2)]


def table(rows: list[list[object]], widths: list[float], *, header: bool = True,
          extra: list[tuple] | None = None) -> Table:
    """A table with light rules: tinted header, hairlines between rows, no verticals."""
    # splitInRow: a row taller than what is left of the page (a long post-it, a role with
    # 160 names) continues on the next page instead of failing the whole export.
    tbl = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT",
                splitInRow=1)
    style: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), TINT),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT_LIGHT)]
    tbl.setStyle(TableStyle(style + (extra or [])))
    return tbl


def box(flowables: list[Flowable], *, background: colors.Color = PAPER) -> Table:
    """Content on a softly tinted, rounded panel."""
    tbl = Table([[flowables]], colWidths=[WIDTH], hAlign="LEFT")
    tbl.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), background),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 8),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                             ("ROUNDEDCORNERS", [5, 5, 5, 5])]))
    return tbl


def long_date(value: object) -> str:
    """'24 november 2026' (month names translatable)."""
    if not isinstance(value, dt.date):
        return str(value or "")
    months = (
        QCoreApplication.translate("Minutes", "januari"),
        QCoreApplication.translate("Minutes", "februari"),
        QCoreApplication.translate("Minutes", "maart"),
        QCoreApplication.translate("Minutes", "april"),
        QCoreApplication.translate("Minutes", "mei"),
        QCoreApplication.translate("Minutes", "juni"),
        QCoreApplication.translate("Minutes", "juli"),
        QCoreApplication.translate("Minutes", "augustus"),
        QCoreApplication.translate("Minutes", "september"),
        QCoreApplication.translate("Minutes", "oktober"),
        QCoreApplication.translate("Minutes", "november"),
        QCoreApplication.translate("Minutes", "december"),
    )
    return f"{value.day} {months[value.month - 1]} {value.year}"
