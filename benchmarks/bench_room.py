"""What the room sees: the audience window's repaint after an edit, and ``leidraad snapshot``.

``room_repaint``: the audience window at 1920x1080 (offscreen) shows the
marketplace sheets; the facilitator adds a line to a sheet (the undoable
command, as the add bar pushes it); the figure is from the push until the
window has repainted completely (a synchronous ``repaint()`` of the whole
window), p95 over the edits. Baseline: the same repaint with no edit.

``snapshot_40``: ``leidraad snapshot`` of a 40-post-it circle at 1920x1080 as a
new process, start-up included, until it exits. Baseline: ``leidraad list`` on
the same store (Python, the CLI and the store opening, no Qt widgets).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from app.commands import market as cmd
from app.models import market
from app.models.store import Store
from app.views.common.bus import QtBus, ViewContext
from app.views.room.audience import AudienceWindow, Projection
from benchmarks.seed import seed_full_session
from benchmarks.stats import Figure, Series

ROOT = Path(__file__).resolve().parent.parent


def _repaint_runs(store: Store, workshop_id: int, runs: int, edits: int) -> tuple[Series, Series]:
    bus = QtBus(store)
    ctx = ViewContext(store, bus, QUndoStack())
    after, idle = Series(), Series()
    facilitator = QWidget()
    projection = Projection(store)
    window = AudienceWindow(ctx, projection, facilitator)
    try:
        window.resize(1920, 1080)
        window.show()
        projection.set_workshop(workshop_id, "market")
        for _ in range(3):
            QApplication.processEvents()
        group = market.list_subgroups(store, workshop_id)[0].id
        for run in range(runs):
            edit_ms, idle_ms = [], []
            for k in range(edits):
                start = time.perf_counter()
                ctx.push(cmd.AddEntry(store, workshop_id, group, "supply",
                                      f"Nieuw aanbod {run}-{k}", [], []))
                QApplication.processEvents()
                window.repaint()
                edit_ms.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                QApplication.processEvents()
                window.repaint()
                idle_ms.append((time.perf_counter() - start) * 1000)
            after.add_run(edit_ms)
            idle.add_run(idle_ms)
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        bus.detach()
    return after, idle


def _cli_env(folder: Path) -> dict[str, str]:
    """As an installed Leidraad runs: its modules compiled once (a wheel ships them compiled),
    not recompiled by every start because the shell said PYTHONDONTWRITEBYTECODE."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def _cli_ms(args: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "app.main", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    took = (time.perf_counter() - start) * 1000
    if done.returncode != 0:
        raise RuntimeError(f"leidraad {' '.join(args)} failed: {done.stderr}")
    return took


def measure(*, runs: int, edits: int, snapshots: int, notes: int = 40) -> list[Figure]:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-room-") as tmp:
        folder = Path(tmp)
        db = folder / "room.sqlite"
        store = Store(db)
        try:
            workshop_id = seed_full_session(store, notes=notes)
            after, idle = _repaint_runs(store, workshop_id, runs, edits)
        finally:
            store.close()
        shot, listing = Series(), Series()
        out = folder / "circle.png"
        env = _cli_env(folder)
        snapshot = ["--db", str(db), "snapshot", str(workshop_id), "--board", "circle",
                    "--size", "1920x1080", "-o", str(out)]
        _cli_ms(snapshot, env)  # not counted: compiles the modules once, as installing does
        for _ in range(runs):
            shot.add_run([_cli_ms(snapshot, env) for _ in range(snapshots)])
            listing.add_run([_cli_ms(["--db", str(db), "list"], env) for _ in range(snapshots)])
    return [
        Figure("room_repaint", "audience window 1920x1080: add a line, until repainted (p95)",
               after, "p95", budget_ms=100.0, baseline_title="the same repaint, no edit",
               baseline=idle, note="marketplace sheets, 3 subgroups; synchronous repaint()"),
        Figure(f"snapshot_{notes}", f"leidraad snapshot of a {notes}-post-it circle, start-up included",
               shot, "median", budget_ms=1500.0, baseline_title="leidraad list (no Qt widgets)",
               baseline=listing),
    ]
