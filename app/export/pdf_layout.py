"""The minutes' page layout with reportlab platypus: styles, page frame, general sections.

Imported only when a PDF is built (reportlab costs ~120 ms to import). The
boards' sections live in :mod:`app.export.pdf_boards`. Everything drawn comes
from :class:`app.export.pdf.Minutes`, in which names are already anonymised
when asked for: this module never sees a database row.
"""
from __future__ import annotations

import datetime as dt
import io
import threading
from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.export.pdf import Minutes
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


# -- small helpers shared with pdf_boards ---------------------------------------

def text(value: str) -> str:
    """Plain text made safe for a Paragraph; line breaks kept."""
    return escape(value or "").replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


def bullets(items: list[str], styles: Styles, style: ParagraphStyle | None = None) -> list[Flowable]:
    """Items as bullet paragraphs; items are already marked-up strings."""
    return [Paragraph(item, style or styles.bullet, bulletText="•") for item in items]


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


# -- general sections ---------------------------------------------------------------

ROLE_ORDER = ("older_teacher", "younger_teacher", "leadership", "other")


def role_plural(role: str, count: int) -> str:
    singular = {"older_teacher": QCoreApplication.translate("Minutes", "oudere docent (45+)"), "younger_teacher": QCoreApplication.translate("Minutes", "jongere docent"),
                "leadership": QCoreApplication.translate("Minutes", "leidinggevende"), "other": QCoreApplication.translate("Minutes", "andere deelnemer")}
    plural = {"older_teacher": QCoreApplication.translate("Minutes", "oudere docenten (45+)"),
              "younger_teacher": QCoreApplication.translate("Minutes", "jongere docenten"),
              "leadership": QCoreApplication.translate("Minutes", "leidinggevenden"), "other": QCoreApplication.translate("Minutes", "andere deelnemers")}
    return (singular if count == 1 else plural).get(role, role)


def _role_summary(minutes: Minutes) -> str:
    counts = {role: 0 for role in ROLE_ORDER}
    for _name, role in minutes.participants:
        counts[role if role in counts else "other"] += 1
    parts = [f"{n} {role_plural(role, n)}" for role, n in counts.items() if n]
    return ", ".join(parts) if parts else QCoreApplication.translate("Minutes", "geen deelnemers vastgelegd")


def title_block(m: Minutes, s: Styles) -> list[Flowable]:
    facts = [(QCoreApplication.translate("Minutes", "Datum"), long_date(m.date))]
    if m.location:
        facts.append((QCoreApplication.translate("Minutes", "Locatie"), m.location))
    if m.facilitator:
        facts.append((QCoreApplication.translate("Minutes", "Gespreksleider"), m.facilitator))
    facts.append((QCoreApplication.translate("Minutes", "Deelnemers"), f"{len(m.participants)}: {_role_summary(m)}"
                  if m.participants else _role_summary(m)))
    planned = sum(r.planned_minutes for r in m.rounds)
    if planned:
        run = [r.actual_seconds for r in m.rounds if r.actual_seconds is not None]
        value = QCoreApplication.translate("Minutes", "{planned} minuten gepland").format(planned=planned)
        if run:
            value += QCoreApplication.translate("Minutes", ", {actual} minuten gebruikt").format(actual=round(sum(run) / 60))
        facts.append((QCoreApplication.translate("Minutes", "Duur"), value))
    rows = [[Paragraph(escape(k), s.cell_head), para(v, s.cell)] for k, v in facts]
    grid = Table(rows, colWidths=[32 * mm, WIDTH - 52 * mm], hAlign="LEFT")
    grid.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out: list[Flowable] = [
        Paragraph(escape(QCoreApplication.translate("Minutes", "NOTULEN  ·  LEREN LOONT HET LANGST")), s.overline),
        para(m.title or QCoreApplication.translate("Minutes", "Bijeenkomst"), s.title), box([grid], background=TINT)]
    if m.anonymised:
        out += [Spacer(1, 4), para(QCoreApplication.translate("Minutes", "Geanonimiseerde versie: namen zijn vervangen door "
                                      "Deelnemer 1, 2, … en Collega 1, 2, …"), s.small)]
    return out


NAMES_PER_ROW = 40


def participants_section(m: Minutes, s: Styles) -> list[Flowable]:
    title = QCoreApplication.translate("Minutes", "Wie deden er mee")
    if not m.participants:
        return section(title, [para(QCoreApplication.translate("Minutes", "Er zijn geen deelnemers vastgelegd."), s.body)], s)
    if m.anonymised:
        return section(title, [para(QCoreApplication.translate("Minutes", "{n} deelnemers: {roles}. Wie wat zei, blijft in de groep.").format(
            n=len(m.participants), roles=_role_summary(m)), s.body)], s)
    rows: list[list[object]] = []
    for role in ROLE_ORDER:
        names = [n for n, r in m.participants if (r if r in ROLE_ORDER else "other") == role]
        for start in range(0, len(names), NAMES_PER_ROW):  # a big group: several rows
            first = start == 0
            rows.append([Paragraph(escape(role_plural(role, len(names)).capitalize()
                                          if first else ""), s.cell_bold),
                         para(", ".join(names[start:start + NAMES_PER_ROW]), s.cell),
                         Paragraph(str(len(names)) if first else "", s.cell_right)])
    return section(title, [table(rows, [48 * mm, WIDTH - 62 * mm, 14 * mm], header=False)], s)


def board_name(board: str | None) -> str:
    return {"circle": QCoreApplication.translate("Minutes", "Cirkel van invloed"), "market": QCoreApplication.translate("Minutes", "Marktplaats"),
            "plusmin": QCoreApplication.translate("Minutes", "Plus-min-schema"),
            "reflection": QCoreApplication.translate("Minutes", "Versmallen of doorleren")}.get(board or "", "")


def _minutes(seconds: int | None) -> int | None:
    return None if seconds is None else round(seconds / 60)


def _delta(planned: int, actual: int | None) -> str:
    if actual is None:
        return "–"
    diff = actual - planned
    return "0" if diff == 0 else (f"+{diff}" if diff > 0 else f"−{-diff}")


def agenda_section(m: Minutes, s: Styles) -> list[Flowable]:
    title = QCoreApplication.translate("Minutes", "Agenda: gepland en werkelijk")
    if not m.rounds:
        return section(title, [para(QCoreApplication.translate("Minutes", "Er is geen agenda vastgelegd."), s.body)], s)
    head = [Paragraph(escape(h), s.cell_head) for h in
            (QCoreApplication.translate("Minutes", "Ronde"), QCoreApplication.translate("Minutes", "Bord"), QCoreApplication.translate("Minutes", "Gepland"), QCoreApplication.translate("Minutes", "Werkelijk"), QCoreApplication.translate("Minutes", "Verschil"))]
    rows: list[list[object]] = [head]
    for i, r in enumerate(m.rounds, start=1):
        actual = _minutes(r.actual_seconds)
        rows.append([para(f"{i}. {r.title}", s.cell), para(board_name(r.board), s.people),
                     Paragraph(QCoreApplication.translate("Minutes", "{n} min").format(n=r.planned_minutes), s.cell_right),
                     Paragraph("–" if actual is None else QCoreApplication.translate("Minutes", "{n} min").format(n=actual),
                               s.cell_right),
                     Paragraph(_delta(r.planned_minutes, actual), s.cell_right)])
    planned = sum(r.planned_minutes for r in m.rounds)
    ran = [r for r in m.rounds if r.actual_seconds is not None]
    actual_total = _minutes(sum(r.actual_seconds or 0 for r in ran)) if ran else None
    planned_ran = sum(r.planned_minutes for r in ran)
    rows.append([Paragraph(escape(QCoreApplication.translate("Minutes", "Totaal")), s.cell_bold), "",
                 Paragraph(QCoreApplication.translate("Minutes", "{n} min").format(n=planned), s.cell_right),
                 Paragraph("–" if actual_total is None else QCoreApplication.translate("Minutes", "{n} min").format(n=actual_total),
                           s.cell_right),
                 Paragraph(_delta(planned_ran, actual_total), s.cell_right)])
    widths = [WIDTH - 110 * mm, 38 * mm, 24 * mm, 24 * mm, 24 * mm]
    out: list[Flowable] = [table(rows, widths, extra=[
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT_LIGHT),
        ("LINEBELOW", (0, -1), (-1, -1), 0, colors.white)])]
    if len(ran) < len(m.rounds) and ran:
        out.append(para(QCoreApplication.translate("Minutes", "Het verschil telt alleen de rondes die al gehouden zijn."), s.small))
    return section(title, out, s)


def notes_section(m: Minutes, s: Styles) -> list[Flowable]:
    """The shared notes per round (the private ones never reach the minutes)."""
    with_notes = [r for r in m.rounds if r.notes.strip()]
    if not with_notes:
        return []
    out: list[Flowable] = []
    for r in with_notes:
        block: list[Flowable] = [para(r.title, s.h2)]
        for line in r.notes.strip().splitlines():
            line = line.strip()
            if not line:
                block.append(Spacer(1, 3))
            elif line[:1] in "-*•":
                block += bullets([text(line[1:].strip())], s)
            else:
                block.append(para(line, s.body))
        out.append(KeepTogether(block[:3]))
        out += block[3:]
    return section(QCoreApplication.translate("Minutes", "Uit de gesprekken"), out, s)


def actions_section(m: Minutes, s: Styles) -> list[Flowable]:
    title = QCoreApplication.translate("Minutes", "Over naar actie")
    if not m.actions:
        return section(title, [para(QCoreApplication.translate("Minutes", "Er zijn geen acties vastgelegd."), s.body)], s)
    rows: list[list[object]] = [[Paragraph(escape(h), s.cell_head)
                                 for h in (QCoreApplication.translate("Minutes", "Wat"), QCoreApplication.translate("Minutes", "Wie"), QCoreApplication.translate("Minutes", "Wanneer"))]]
    for what, who, due in m.actions:
        rows.append([para(what, s.cell), para(who or "–", s.cell),
                     para(long_date(due) if due else "–", s.cell)])
    return section(title, [table(rows, [WIDTH - 84 * mm, 50 * mm, 34 * mm])], s)


def reflection_box(s: Styles) -> list[Flowable]:
    prompts = [QCoreApplication.translate("Minutes", "Wat neem je mee uit dit gesprek, voor jezelf en voor je collega's?"),
               QCoreApplication.translate("Minutes", "Wat ga je zelf doen, en wie heb je daarbij nodig?"),
               QCoreApplication.translate("Minutes", "Waar leren we al van elkaar, en hoe bouwen we daarop voort?")]
    inner = [Paragraph(escape(QCoreApplication.translate("Minutes", "Om verder over na te denken")), s.h2)]
    inner += bullets([escape(p) for p in prompts], s)
    return [Spacer(1, 12), KeepTogether([box(inner)])]


# -- the document ---------------------------------------------------------------------

def _canvas_class(footer: str) -> type:
    """A canvas that knows the page count, for 'pagina 3 van 5' in the footer."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(MARGIN_X, 14 * mm, PAGE_W - MARGIN_X, 14 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawString(MARGIN_X, 10 * mm, footer)
            self.drawRightString(PAGE_W - MARGIN_X, 10 * mm, QCoreApplication.translate("Minutes", "pagina {page} van {total}")
                                 .format(page=self._pageNumber, total=total))
            self.restoreState()

    return NumberedCanvas


class _Doc(SimpleDocTemplate):
    """Adds each section heading to the PDF outline (the reader's sidebar)."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab API
        title = getattr(flowable, "outline_title", None)
        if title:
            key = f"s{id(flowable)}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=0)


def render(m: Minutes) -> bytes:
    """Lay out the minutes and return the PDF bytes."""
    from app.export import pdf_boards, pdf_reflection

    register_fonts()
    s = Styles()
    story: list[Flowable] = title_block(m, s)
    story += participants_section(m, s)
    story += agenda_section(m, s)
    story += pdf_boards.circle_section(m, s)
    story += pdf_boards.market_section(m, s)
    story += pdf_boards.plusmin_section(m, s)
    story += pdf_reflection.reflection_section(m, s)
    story += notes_section(m, s)
    story += actions_section(m, s)
    story += reflection_box(s)

    buf = io.BytesIO()
    date = long_date(m.date)
    doc = _Doc(buf, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
               topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
               title=QCoreApplication.translate("Minutes", "Notulen: {title}").format(title=m.title),
               author=m.facilitator or "Leidraad",
               subject=QCoreApplication.translate("Minutes", "Notulen van de bijeenkomst van {date}").format(date=date),
               creator="Leidraad", keywords=QCoreApplication.translate("Minutes", "Leren loont het langst"), lang="nl")
    title = m.title if len(m.title) <= 70 else m.title[:69] + "…"
    footer = f"{title}  ·  {date}" if title else date
    doc.build(story, canvasmaker=_canvas_class(footer))
    return buf.getvalue()
