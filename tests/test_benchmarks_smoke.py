"""`make bench` must not rot: its runner, in a quick smoke mode, measures every figure.

No speed is judged here (speed belongs to the benchmarks); the smoke run
checks that every figure of the issue is produced with its budget, a baseline
measured in the same run and a verdict, and that the table shows them.
"""
from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.stats import Figure, Series, percentile

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.slow  # runs every benchmark once in a child process
BUDGETED = {  # key: (budget in ms, budget as a ratio to the baseline)
    "start_main": (None, 3.0), "start_circle": (None, 7.5),
    "drag_step_1000": (2.0, None), "drag_press_1000": (2.0, None),
    "drag_step_10000": (4.0, None), "drag_press_10000": (4.0, None),
    "drag_drop_10000": (16.0, None), "rearrange_40": (16.0, None), "rearrange_1000": (100.0, None),
    "frame_fit_1000": (16.0, None), "frame_fit_10000": (50.0, None),
    "autosave_commit": (2.0, None), "pdf_full": (500.0, None), "pdf_big": (3000.0, None),
    "timer_gap": (50.0, None),
    "join_entry_p95": (100.0, None), "join_timer_gap": (50.0, None),
}


def test_smoke_run_reports_every_figure_with_budget_baseline_and_verdict(tmp_path: Path) -> None:
    out = tmp_path / "results.json"
    env = dict(os.environ)
    done = subprocess.run([sys.executable, "benchmarks/run.py", "--smoke", "--out", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["smoke"] is True
    figures = {row["key"].replace("_60", "_1000").replace("_150", "_10000"): row
               for row in result["figures"]}
    assert set(BUDGETED) <= set(figures), sorted(set(BUDGETED) - set(figures))
    for key, (budget_ms, budget_ratio) in BUDGETED.items():
        row = figures[key]
        assert (row["budget_ms"], row["budget_ratio"]) == (budget_ms, budget_ratio), key
        assert row["value_ms"] > 0 and math.isfinite(row["value_ms"]), key
        assert row["baseline"] is not None and row["baseline"]["value_ms"] > 0, key
        expected = row["value_ms"] / row["baseline"]["value_ms"]  # both rounded to 1 µs
        assert row["ratio"] == pytest.approx(expected, rel=0.02), key
        assert row["verdict"] in ("OK", "MISSED"), key
        assert row["figure"] in done.stdout  # the table shows it
    assert "baseline: bare PySide6 window" in done.stdout


def test_a_figure_over_its_budget_is_missed_and_ratio_budgets_use_the_baseline() -> None:
    def series(*values: float) -> Series:
        s = Series()
        s.add_run(list(values))
        return s

    slow = Figure("x", "x", series(1, 1, 1, 1, 9), "p95", budget_ms=4.0)
    assert slow.value() == 9 and slow.verdict() == "MISSED"
    assert Figure("y", "y", series(3.0), budget_ms=4.0).verdict() == "OK"
    relative = Figure("z", "z", series(350.0), budget_ratio=3.0, baseline=series(100.0))
    assert relative.ratio() == 3.5 and relative.verdict() == "MISSED"
    assert Figure("i", "i", series(5.0)).verdict() == "info"
    assert percentile([5, 1, 3, 2, 4], 95) == 5 and percentile([5, 1, 3, 2, 4], 50) == 3
