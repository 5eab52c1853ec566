"""The round timer while the minutes are exported: does the GUI thread stall?

The export runs exactly as File > Notulen exporteren does it: an
:class:`app.views.files.pdf_export.ExportJob` on the global QThreadPool. Meanwhile
the TimerPanel counts down a running round (its own 200 ms QTimer repaints
it) and a 16 ms probe timer on the GUI thread stamps every tick. The figure
is the worst gap between two probe ticks during an export: no repaint of the
timer can come later than that. The baseline is the worst gap with no export.
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import timer as tm
from app.models.store import Store
from app.views.common.bus import QtBus, ViewContext
from app.views.files.pdf_export import ExportJob, _start
from app.views.session.timer_panel import TimerPanel
from benchmarks.seed import seed_big_session
from benchmarks.stats import Figure, Series

PROBE_MS = 16


class Probe:
    """A precise 16 ms timer on the GUI thread; records when each tick really came."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))

    def gaps_during(self, wait: object) -> list[float]:
        """Run the event loop until ``wait`` returns; the gaps between ticks (ms)."""
        self.stamps = [time.perf_counter()]
        self.timer.start()
        wait()  # type: ignore[operator]
        self.timer.stop()
        self.stamps.append(time.perf_counter())
        return [(b - a) * 1000 for a, b in zip(self.stamps, self.stamps[1:], strict=False)]


def export_once(store: Store, workshop_id: int, path: Path) -> None:
    """Start an export job and spin the GUI event loop until it reports."""
    loop = QEventLoop()
    outcome: list[str] = []
    job = ExportJob(store, workshop_id, path, False)
    job.signals.done.connect(lambda p: (outcome.append(p), loop.quit()))
    job.signals.failed.connect(lambda m: (outcome.append("failed: " + m), loop.quit()))
    _start(job)
    if not outcome:
        loop.exec()
    if outcome[0].startswith("failed"):
        raise RuntimeError(outcome[0])


def measure(*, runs: int, notes: int) -> list[Figure]:
    QApplication.instance() or QApplication([])
    during, idle, first = Series(), Series(), Series()
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        folder = Path(tmp)
        store = Store(folder / "timer.sqlite")
        bus = QtBus(store)
        try:
            workshop_id = seed_big_session(store, notes=notes)
            tm.start(store, workshop_id)
            panel = TimerPanel(ViewContext(store, bus, QUndoStack()), workshop_id)
            panel.resize(300, 360)
            panel.show()
            QTest.qWaitForWindowExposed(panel)
            assert panel.reading.state == "running"
            probe = Probe()
            out = folder / "Notulen.pdf"
            first.add_run(probe.gaps_during(lambda: export_once(store, workshop_id, out)))
            for _ in range(runs):
                started = time.perf_counter()
                during.add_run(probe.gaps_during(lambda: export_once(store, workshop_id, out)))
                took = time.perf_counter() - started
                idle.add_run(probe.gaps_during(lambda t=took: QTest.qWait(max(300, int(t * 1000)))))
            panel.ticker.stop()
            panel.close()
        finally:
            bus.detach()
            store.close()
    base = "same probe, no export running"
    return [
        Figure("timer_gap", f"worst gap of the timer's repaint while a PDF export runs "
               f"({notes:,} notes)", during, "max", budget_ms=50.0, baseline_title=base,
               baseline=idle, note="16 ms probe timer on the GUI thread; ExportJob on the pool"),
        Figure("timer_gap_first", "worst gap, first export of the process (loads reportlab)",
               first, "max", baseline_title=base, baseline=idle),
    ]
