"""The red/green reflection board on paper: two circles with their counts, then the post-its.

Shared by the full minutes and the one-page verslag; names are already resolved or
anonymised in :class:`app.export.pdf.Minutes`.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication
from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from app.export.pdf_data import Minutes
from app.export.pdf_style import BOLD, FONT, Styles, attributed, section, subheading

ZONES = ("red", "between", "green")
EDGE = {"red": "#c0392b", "green": "#2e7d32", "between": "#5f6b74"}
FILL = {"red": "#f6c9c4", "green": "#cfe8cf"}


def zone_name(zone: str | None) -> str:
    return {"red": QCoreApplication.translate("Minutes", "Rood: versmallingsroute"),
            "green": QCoreApplication.translate("Minutes", "Groen: leerroute"),
            "between": QCoreApplication.translate("Minutes", "Ertussenin")}.get(zone or "", "")


def counts(m: Minutes) -> dict[str, int]:
    out = {zone: 0 for zone in ZONES}
    for _text, _who, zone in m.reflection:
        if zone in out:
            out[zone] += 1
    return out


def balance_sentence(m: Minutes) -> str:
    c = counts(m)
    return QCoreApplication.translate(
        "Minutes", "Post-its in de rode cirkel: {red} · in de groene cirkel: {green} · ertussenin: {between}").format(
        red=c["red"], green=c["green"], between=c["between"])


def drawing(m: Minutes, width: float = 120 * mm, height: float = 42 * mm) -> Drawing:
    """Two circles, each with its count large in the middle: the balance at a glance."""
    c = counts(m)
    d = Drawing(width, height)
    radius = height / 2 - 3 * mm
    for zone, cx in (("red", width * 0.25), ("green", width * 0.75)):
        d.add(Circle(cx, height / 2, radius, fillColor=colors.HexColor(FILL[zone]),
                     strokeColor=colors.HexColor(EDGE[zone]), strokeWidth=2))
        d.add(String(cx, height / 2 - 5 * mm, str(c[zone]), fontName=BOLD, fontSize=30,
                     fillColor=colors.HexColor(EDGE[zone]), textAnchor="middle"))
    d.add(String(width / 2, height / 2 - 2 * mm, str(c["between"]), fontName=BOLD, fontSize=16,
                 fillColor=colors.HexColor(EDGE["between"]), textAnchor="middle"))
    d.add(String(width / 2, 2 * mm, QCoreApplication.translate("Minutes", "ertussenin"), fontName=FONT,
                 fontSize=7, fillColor=colors.HexColor(EDGE["between"]), textAnchor="middle"))
    return d


def reflection_section(m: Minutes, s: Styles) -> list[Flowable]:
    if not m.reflection:
        return []
    out: list[Flowable] = [drawing(m), Spacer(1, 4), Paragraph(escape(balance_sentence(m)), s.body)]
    for zone in ZONES:
        mine = [(text, who) for text, who, z in m.reflection if z == zone]
        if not mine:
            continue
        out += [*subheading(f"{zone_name(zone)} ({len(mine)})", s), *attributed(mine, s.compact)]
    return section(QCoreApplication.translate("Minutes", "Versmallen of doorleren"), out, s)
