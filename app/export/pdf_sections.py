"""The minutes' general sections: title block, participants, agenda, notes, actions.

The boards' sections live in :mod:`app.export.pdf_boards` and
:mod:`app.export.pdf_reflection`. Everything drawn comes from
:class:`app.export.pdf_data.Minutes`, in which names are already anonymised
when asked for: this module never sees a database row.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.export.pdf_data import Minutes
from app.export.pdf_style import (
    ACCENT_LIGHT,
    TINT,
    WIDTH,
    Styles,
    box,
    bullets,
    long_date,
    para,
    section,
    table,
    text,
)

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
