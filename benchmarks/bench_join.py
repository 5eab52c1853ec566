"""Meedoen under load: 30 phones send lines for 60 s while the round timer runs.

The window's side is real: the join server of :class:`JoinController` on
127.0.0.1, device edits pushed as undo commands on the GUI thread, the console's
and the projector's marketplace boards shown, the round timer counting down
and a 16 ms probe timer stamping the GUI thread. The phones are another
process (``benchmarks/join_devices.py``), bounded in count and time.

Figures: p95 from a phone's request to its answer, which the server sends only
after the line is stored and both boards have drawn it (the views update
synchronously before the answer is released; at the end every stored line is
checked on both boards, else the group fails); the worst gap of the probe timer;
and nothing lost or doubled (every acknowledged line is in the store once, else
the group fails).
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import market, orchestration
from app.models import timer as tm
from app.models import workshop as ops
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.common.bus import QtBus, ViewContext
from app.views.market.board import MarketBoard
from app.views.session.join_controller import JoinController
from app.views.session.timer_panel import TimerPanel
from benchmarks.bench_timer import Probe
from benchmarks.stats import Figure, Series

ROOT = Path(__file__).resolve().parent.parent


def _workshop(store: Store) -> tuple[int, list[int]]:
    ws = orchestration.create_workshop(store, title="Marktplaats (Meedoen)", template="market")
    for name, group in (("Şükrü Yılmaz", "A"), ("Anna de Vries", "B"), ("Bram Jansen", "C")):
        ops.add_participant(store, ws.id, name, subgroup=group)
    groups = [market.add_subgroup(store, ws.id, name).id for name in "ABCDEF"]
    return ws.id, groups


def _run_devices(url: str, devices: int, seconds: float, interval: float,
                 groups: list[int]) -> dict:
    """Start the phones and keep the GUI event loop running until they are done."""
    command = [sys.executable, str(ROOT / "benchmarks" / "join_devices.py"), url, str(devices),
               str(seconds), str(interval), *map(str, groups)]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(50)
    check.timeout.connect(lambda: loop.quit() if proc.poll() is not None else None)
    check.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(lambda: (proc.kill(), loop.quit()))
    deadline.start(int((seconds + 150) * 1000))
    loop.exec()
    check.stop()
    deadline.stop()
    out, err = proc.communicate(timeout=30)
    if proc.returncode != 0:
        raise RuntimeError(f"the simulated phones failed ({proc.returncode}): {err[-2000:]}")
    return json.loads(out.strip().splitlines()[-1])


def measure(*, runs: int = 1, devices: int = 30, seconds: float = 60.0,
            interval: float = 10.0) -> list[Figure]:
    QApplication.instance() or QApplication([])
    latency, static, gaps, idle = Series(), Series(), Series(), Series()
    totals: list[str] = []
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-join-") as tmp:
        for run in range(runs):
            store = Store(Path(tmp) / f"join{run}.sqlite")
            bus = QtBus(store)
            try:
                workshop_id, groups = _workshop(store)
                ctx = ViewContext(store, bus, QUndoStack())
                console = MarketBoard(ctx, workshop_id)
                console.resize(900, 700)
                room = MarketBoard(ctx, workshop_id, audience=True)
                room.resize(1280, 720)
                panel = TimerPanel(ctx, workshop_id)
                for widget in (console, room, panel):
                    widget.show()
                    QTest.qWaitForWindowExposed(widget)
                tm.start(store, workshop_id)
                probe = Probe()
                idle.add_run(probe.gaps_during(lambda: QTest.qWait(2000 if seconds >= 30 else 500)))
                controller = JoinController(ctx, workshop_id)
                url = controller.open("127.0.0.1", 0)
                result: dict = {}
                gaps.add_run(probe.gaps_during(lambda u=url, g=groups, r=result: r.update(
                    _run_devices(u, devices, seconds, interval, g))))
                controller.stop()
                if result["failures"]:
                    raise RuntimeError("phones: " + "; ".join(result["failures"][:5]))
                stored = [e.text for e in load_market(store, workshop_id).entries.values()]
                acked = [a["text"] for a in result["acked"]]
                if sorted(stored) != sorted(acked) or len(set(stored)) != len(stored):
                    raise RuntimeError(f"lost or doubled: {len(acked)} acknowledged, "
                                       f"{len(stored)} stored, {len(set(stored))} different")
                missing = [i for i in load_market(store, workshop_id).entries
                           for b in (console, room) if i not in b.sheets_scene.cards]
                if missing:
                    raise RuntimeError(f"{len(missing)} stored lines are not on a board")
                latency.add_run(a["ms"] for a in result["acked"])
                static.add_run(result["static_ms"])
                totals.append(f"{len(acked)} lines, 0 lost, 0 doubled")
                for widget in (console, room, panel):
                    widget.close()
                    widget.deleteLater()
                QTest.qWait(50)
            finally:
                bus.detach()
                store.close()
    what = f"{devices} phones, {seconds:g} s, a line every ~{interval:g} s each"
    note = "; ".join(totals)
    return [
        Figure("join_entry_p95", f"Meedoen: request -> stored -> on both boards, p95 ({what})",
               latency, "p95", budget_ms=100.0,
               baseline_title="the same phones fetching a static file (no edit)",
               baseline=static, note=note),
        Figure("join_timer_gap", f"Meedoen: worst gap of the round timer's GUI thread ({what})",
               gaps, "max", budget_ms=50.0,
               baseline_title="same probe, before joining opened", baseline=idle, note=note),
    ]


if __name__ == "__main__":
    start = time.perf_counter()
    for figure in measure(devices=int(sys.argv[1]) if len(sys.argv) > 1 else 30,
                          seconds=float(sys.argv[2]) if len(sys.argv) > 2 else 60.0):
        print(json.dumps(figure.to_json(), ensure_ascii=False))
    print(f"{time.perf_counter() - start:.0f} s")
