"""The verslag laid out on one A4 page with reportlab (see :mod:`app.export.verslag`).

Everything sits in one frame that shrinks its content when a busy session would
not fit, so the verslag is always exactly one page.
"""
from __future__ import annotations

import io
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import BaseDocTemplate

from app.export.pdf_data import Minutes
from app.export.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    BOLD,
    MUTED,
    PAPER,
    TINT,
    Styles,
    _style,
    box,
    long_date,
    para,
    register_fonts,
    table,
)

PAGE_W, PAGE_H = A4
MARGIN = 20 * mm  # as the minutes: the shared panels and tables are this wide
WIDTH = PAGE_W - 2 * MARGIN
MAX_ACTIONS = 8



def _tiles(highlights: list[tuple[str, str]], s: Styles) -> Flowable:
    """The boards' main results as tiles, two a row."""
    label = _style("tile_label", fontName=BOLD, fontSize=8, leading=10, textColor=ACCENT)
    value = _style("tile_value", fontName=BOLD, fontSize=12.5, leading=16)
    cells = [[Paragraph(escape(board.upper()), label), Spacer(1, 3), Paragraph(escape(result), value)]
             for board, result in highlights]
    if len(cells) % 2:
        cells.append("")
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    half = WIDTH / 2
    tbl = Table(rows, colWidths=[half, half], hAlign="LEFT", spaceBefore=2)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEAFTER", (0, 0), (0, -1), 5, colors.white),
             ("LINEBELOW", (0, 0), (-1, -2), 5, colors.white),
             ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
             ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell:
                style += [("BACKGROUND", (c, r), (c, r), TINT),
                          ("LINEABOVE", (c, r), (c, r), 2, ACCENT)]
    tbl.setStyle(TableStyle(style))
    return tbl


def _actions(m: Minutes, s: Styles) -> list[Flowable]:
    if not m.actions:
        return [para(QCoreApplication.translate("Verslag", "Er zijn nog geen acties afgesproken."), s.body)]
    rows: list[list[object]] = [[Paragraph(escape(h), s.cell_head)
                                 for h in (QCoreApplication.translate("Verslag", "Wat"), QCoreApplication.translate("Verslag", "Wie"), QCoreApplication.translate("Verslag", "Wanneer"))]]
    for what, who, due in m.actions[:MAX_ACTIONS]:
        rows.append([para(what, s.cell), para(who or "–", s.cell),
                     para(long_date(due) if due else "–", s.cell)])
    out: list[Flowable] = [table(rows, [WIDTH - 80 * mm, 46 * mm, 34 * mm])]
    if len(m.actions) > MAX_ACTIONS:
        out.append(Paragraph(escape(QCoreApplication.translate("Verslag", "En nog {n} andere; alle acties staan in de notulen.").format(
            n=len(m.actions) - MAX_ACTIONS)), s.small))
    return out


def content(m: Minutes, highlights: list[tuple[str, str]], points: list[str],
            traject: list[tuple[str, bool]]) -> list[Flowable]:
    s = Styles()
    h = _style("v_h1", fontName=BOLD, fontSize=13, leading=17, textColor=ACCENT,
               spaceBefore=12, spaceAfter=4)
    point = _style("v_point", fontSize=10.5, leading=14.5, leftIndent=16, bulletIndent=0,
                   spaceAfter=4, bulletFontName=BOLD, bulletColor=ACCENT)
    facts = " · ".join(x for x in (long_date(m.date), m.location) if x)
    out: list[Flowable] = [
        Paragraph(escape(QCoreApplication.translate("Verslag", "VERSLAG VOOR IEDEREEN OP SCHOOL")), s.overline),
        Paragraph(escape(m.title), s.title),
        Paragraph(escape(facts), s.small),
    ]
    if traject:
        steps = " → ".join(f"<b>{escape(t)}</b>" if here else escape(t) for t, here in traject)
        out.append(Paragraph(escape(QCoreApplication.translate("Verslag", "Onderdeel van een traject:")) + " " + steps, s.small))
    out += [Spacer(1, 8),
            Paragraph(escape(QCoreApplication.translate("Verslag", "Wat we samen hebben besproken, kort op een rij. Lees het rustig en "
                                 "vraag je af: wat herken ik hierin, en wat betekent het voor mij?")), s.body)]
    if highlights:
        out += [Paragraph(escape(QCoreApplication.translate("Verslag", "In één oogopslag")), h), _tiles(highlights, s)]
    if points:
        out.append(Paragraph(escape(QCoreApplication.translate("Verslag", "Wat we willen onthouden")), h))
        out += [Paragraph(escape(p), point, bulletText=f"{n}.") for n, p in enumerate(points, 1)]
    out += [Paragraph(escape(QCoreApplication.translate("Verslag", "Over naar actie")), h), *_actions(m, s), Spacer(1, 12)]
    invite = _style("v_invite", fontSize=10, leading=14)
    out.append(box([Paragraph(escape(QCoreApplication.translate("Verslag", "Om over na te denken")), s.h2),
                    Paragraph(escape(QCoreApplication.translate("Verslag", "Waar leer jij in je dagelijkse werk al samen met collega's, en hoe "
                                         "kun je daarop voortbouwen? Wat zou jij zelf willen doen, en wie "
                                         "heb je daarbij nodig?")), invite)], background=PAPER))
    return out


def render(m: Minutes, highlights: list[tuple[str, str]], points: list[str],
           traject: list[tuple[str, bool]]) -> bytes:
    register_fonts()
    buf = io.BytesIO()
    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                          topMargin=MARGIN, bottomMargin=MARGIN,
                          title=QCoreApplication.translate("Verslag", "Verslag: {title}").format(title=m.title),
                          author="Leidraad", creator="Leidraad", lang="nl",
                          subject=QCoreApplication.translate("Verslag", "Verslag van de bijeenkomst van {date}").format(date=long_date(m.date)))
    frame = Frame(MARGIN, MARGIN + 8 * mm, WIDTH, PAGE_H - 2 * MARGIN - 8 * mm, id="page",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

    def footer(canvas, _doc) -> None:  # noqa: ANN001 - reportlab API
        canvas.saveState()
        canvas.setStrokeColor(ACCENT_LIGHT)
        canvas.line(MARGIN, MARGIN + 4 * mm, PAGE_W - MARGIN, MARGIN + 4 * mm)
        canvas.setFont("Leidraad", 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN, QCoreApplication.translate("Verslag", "Leren loont het langst · gemaakt met Leidraad"))
        canvas.restoreState()

    doc.addPageTemplates([PageTemplate(id="one", frames=[frame], onPage=footer)])
    fitted = KeepInFrame(WIDTH, frame.height, content(m, highlights, points, traject), mode="shrink")
    doc.build([fitted])
    return buf.getvalue()
