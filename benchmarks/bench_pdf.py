"""The minutes PDF: a full session and a board of 2,000 notes, written to a file.

Measured warm (reportlab and the fonts loaded, as after the export dialog's
warm-up); the cold first export of a process is given for information. The
baseline is reportlab building one empty page.
"""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from app.export.pdf import export_minutes
from app.models.store import Store
from benchmarks.seed import seed_big_session, seed_full_session
from benchmarks.stats import Figure, Series, timed_ms


def empty_page() -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def measure(*, runs: int, big_notes: int) -> list[Figure]:
    full, big, baseline, cold = Series(), Series(), Series(), Series()
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        folder = Path(tmp)
        store = Store(folder / "pdf.sqlite")
        try:
            session = seed_full_session(store)
            large = seed_big_session(store, notes=big_notes, seed=9)
            out = folder / "Notulen.pdf"
            cold.add_run([timed_ms(lambda: export_minutes(store, session, out))])
            empty_page()
            for _ in range(runs):  # interleaved: noise hits figure and baseline alike
                baseline.add_run([timed_ms(empty_page)])
                full.add_run([timed_ms(lambda: export_minutes(store, session, out))])
                big.add_run([timed_ms(lambda: export_minutes(store, large, out))])
            assert out.read_bytes().startswith(b"%PDF")
        finally:
            store.close()
    base = "reportlab, one empty page"
    return [
        Figure("pdf_full", "minutes PDF, full session (10 people, 40 notes, 30 entries, "
               "2 themes, 6 rounds)", full, budget_ms=500.0, baseline_title=base, baseline=baseline,
               note="app.export.pdf.export_minutes, warm"),
        Figure("pdf_big", f"minutes PDF, {big_notes:,} notes", big, budget_ms=3000.0,
               baseline_title=base, baseline=baseline, note="app.export.pdf.export_minutes, warm"),
        Figure("pdf_cold", "minutes PDF, full session, first export (loads reportlab)", cold,
               baseline_title=base, baseline=baseline),
    ]
