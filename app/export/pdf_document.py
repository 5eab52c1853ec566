"""The minutes as one document: every section in the method's order, page footer, outline.

Imported only when a PDF is built, from :func:`app.export.pdf.build_minutes`.
"""
from __future__ import annotations

import io

from PySide6.QtCore import QCoreApplication
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    Flowable,
    SimpleDocTemplate,
)

from app.export import pdf_boards, pdf_circle, pdf_reflection
from app.export.pdf_data import Minutes
from app.export.pdf_sections import (
    actions_section,
    agenda_section,
    notes_section,
    participants_section,
    reflection_box,
    title_block,
)
from app.export.pdf_style import (
    FONT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_W,
    RULE,
    Styles,
    long_date,
    register_fonts,
)

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
    register_fonts()
    s = Styles()
    story: list[Flowable] = title_block(m, s)
    story += participants_section(m, s)
    story += agenda_section(m, s)
    story += pdf_circle.circle_section(m, s)
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
