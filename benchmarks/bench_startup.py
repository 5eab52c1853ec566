"""Start-up: from spawning a fresh process to its first painted frame.

Three kinds of process, interleaved run by run so that a busy moment of the
machine hits them alike: a bare PySide6 window (the baseline), Leidraad on an
empty store, and Leidraad reopening a workshop whose circle holds 1,000 notes.
Every run gets a fresh copy of its store (so each start takes its backup, as
a start after a session does). Bytecode is cached in a private folder and
warmed by one uncounted round, as on a laptop where Leidraad ran before.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from app.models import workshop as ops
from app.models.store import Store
from benchmarks.seed import seed_big_session
from benchmarks.stats import Figure, Series

CHILD = Path(__file__).with_name("startup_child.py")
TIMEOUT = 60.0


def _stores(folder: Path, notes: int) -> tuple[Path, Path]:
    empty = folder / "empty.sqlite"
    Store(empty).close()
    big = folder / "circle.sqlite"
    store = Store(big)
    try:
        workshop_id = seed_big_session(store, notes=notes)
        ops.update_workshop(store, workshop_id, current_board="circle")
        ops.set_setting(store, "last_workshop_id", str(workshop_id))
    finally:
        store.close()
    return empty, big


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(folder / "pycache"),
               XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"),
               XDG_CACHE_HOME=str(folder / "cache"))
    return env


def spawn_to_paint(args: list[str], env: dict[str, str]) -> float:
    """Milliseconds from spawning the child to its 'painted' line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, str(CHILD), *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    try:
        line = child.stdout.readline() if child.stdout else ""  # type: ignore[union-attr]
        elapsed = (time.perf_counter() - start) * 1000
        _out, err = child.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        child.kill()
        child.communicate()
        raise RuntimeError(f"start-up child {args[0]} did not finish") from None
    if line.strip() != "painted":
        raise RuntimeError(f"start-up child {args} failed: {line.strip()} {err[-800:]}")
    return elapsed


def measure(*, runs: int, notes: int, warm_up: bool = True) -> list[Figure]:
    bare, main, ready, circle = Series(), Series(), Series(), Series()
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        folder = Path(tmp)
        empty, big = _stores(folder, notes)
        env = _env(folder)

        def fresh(source: Path, run: str) -> str:
            place = folder / run
            place.mkdir()
            return str(shutil.copy(source, place / "leidraad.sqlite"))

        first = 0 if warm_up else 1
        for run in range(first, runs + 1):  # round 0 warms the bytecode cache, not counted
            samples = (spawn_to_paint(["bare"], env),
                       spawn_to_paint(["app", fresh(empty, f"e{run}")], env),
                       spawn_to_paint(["app", fresh(empty, f"r{run}"), "ready"], env),
                       spawn_to_paint(["app", fresh(big, f"c{run}"), "circle"], env))
            if run:
                for series, sample in zip((bare, main, ready, circle), samples, strict=True):
                    series.add_run([sample])
    base = "bare PySide6 window, fresh process"
    return [
        Figure("start_main", "start -> main window painted, empty store", main,
               budget_ratio=3.0, baseline_title=base, baseline=bare,
               note="real start: app.main.main(['--db', store]); the first frame is painted "
                    "before the store and models load"),
        Figure("start_ready", "start -> workshop list painted, empty store (store open, "
               "models loaded)", ready, baseline_title=base, baseline=bare,
               note="the real MainWindow's first frame, after the first frame above"),
        Figure("start_circle", f"start -> circle board painted, workshop of {notes:,} notes",
               circle, budget_ms=800.0, baseline_title=base, baseline=bare,
               note="reopens the last workshop on its circle board"),
    ]
