"""The boards in the minutes: marketplace and plus-min (the circle: :mod:`app.export.pdf_circle`).

Each ``*_section`` returns platypus flowables, or nothing when its board has
no content. Imported only while a PDF is built.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.export.pdf_data import Entry, Minutes, ThemeTable
from app.export.pdf_style import (
    ACCENT_LIGHT,
    WIDTH,
    Styles,
    bullets,
    para,
    people_line,
    section,
    subheading,
    table,
)

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


