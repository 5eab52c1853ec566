"""`make bench`: every performance figure of Leidraad, its budget and a same-run baseline.

usage: python benchmarks/run.py [--smoke] [--out PATH] [--only GROUP ...]

Each group of figures runs in a fresh Python process (start-up figures spawn
one process per start), prints its figures as JSON, and this runner prints one
table and writes ``benchmarks/results.json``. Exit status 1 when a budget is
missed (never in ``--smoke`` mode: one quick run of small boards, so the
benchmark code is exercised by the test suite without judging the machine).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.stats import fmt_ms  # noqa: E402

MARKER = "BENCH-JSON:"
GROUPS = ("startup", "board", "store", "pdf", "timer", "room", "join")
# board: 20 gestures a run, so that a run's p95 is not simply its slowest drop (of 10 it was)
FULL: dict[str, dict[str, Any]] = {
    "startup": {"runs": 5, "notes": 1000},
    "board": {"runs": 5, "sizes": (1000, 10000), "gestures": 20},
    "store": {"runs": 5, "notes": 10000, "commits": 200},
    "pdf": {"runs": 5, "big_notes": 2000},
    "timer": {"runs": 5, "notes": 2000},
    "join": {"runs": 1, "devices": 30, "seconds": 60.0},
    "room": {"runs": 5, "edits": 20, "snapshots": 2},
}
SMOKE: dict[str, dict[str, Any]] = {
    "startup": {"runs": 1, "notes": 40, "warm_up": False},
    "board": {"runs": 1, "sizes": (60, 150), "gestures": 2},
    "store": {"runs": 1, "notes": 100, "commits": 10},
    "pdf": {"runs": 1, "big_notes": 60},
    "timer": {"runs": 1, "notes": 40},
    "join": {"runs": 1, "devices": 3, "seconds": 2.0, "interval": 0.5},
    "room": {"runs": 1, "edits": 2, "snapshots": 1, "notes": 8},
}


def run_group(name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Measure one group in this process (called in the child)."""
    import importlib

    module = importlib.import_module(f"benchmarks.bench_{name}")
    figures = module.measure(**params)
    return [figure.to_json() for figure in figures]


def spawn_group(name: str, smoke: bool) -> list[dict[str, Any]]:
    """Run one group in a fresh process; its figures, or an error line naming the group."""
    command = [sys.executable, str(Path(__file__).resolve()), "--group", name]
    if smoke:
        command.append("--smoke")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    for line in reversed(done.stdout.splitlines()):
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER):])
    raise RuntimeError(f"benchmark group {name} failed (exit {done.returncode}):\n"
                       f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")


def _judged(row: dict[str, Any]) -> str:
    if row["judged"] == "median":
        return fmt_ms(row["p95_ms"]) if row["p95_ms"] != row["median_ms"] else "-"
    return fmt_ms(row["value_ms"]) + (" max" if row["judged"] == "max" else "")


def _budget(row: dict[str, Any]) -> str:
    if row["budget_ratio"] is not None:
        return f"<= {row['budget_ratio']:g}x base"
    return "-" if row["budget_ms"] is None else "<= " + fmt_ms(row["budget_ms"])


def table(rows: list[dict[str, Any]]) -> str:
    head = ("figure", "median", "p95/worst", "budget", "baseline", "ratio", "verdict")
    lines = [head]
    for row in rows:
        base = row["baseline"]
        lines.append((row["figure"], fmt_ms(row["median_ms"]), _judged(row), _budget(row),
                      "-" if base is None else fmt_ms(base["value_ms"]),
                      "-" if row["ratio"] is None else f"{row['ratio']:.1f}x", row["verdict"]))
    widths = [max(len(str(line[i])) for line in lines) for i in range(len(head))]
    out = []
    for k, line in enumerate(lines):
        cells = [str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i])
                 for i, c in enumerate(line)]
        out.append("  ".join(cells))
        if k == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def baselines(rows: list[dict[str, Any]]) -> str:
    seen: dict[str, str] = {}
    for row in rows:
        if row["baseline"] is not None:
            seen.setdefault(row["baseline"]["what"], fmt_ms(row["baseline"]["value_ms"]))
    return "\n".join(f"  baseline: {what}" for what in seen)


def machine() -> dict[str, Any]:
    import PySide6
    import reportlab
    import sqlalchemy

    return {"cpus": os.cpu_count(), "platform": platform.platform(),
            "python": platform.python_version(), "pyside6": PySide6.__version__,
            "sqlalchemy": sqlalchemy.__version__, "reportlab": reportlab.Version,
            "qpa": os.environ.get("QT_QPA_PLATFORM", "")}


STEAL_WARN = 3.0  # percent of the CPU time taken by the hypervisor


def cpu_times() -> tuple[int, int] | None:
    """(steal, total) jiffies of all CPUs from /proc/stat; None where there is none."""
    try:
        fields = Path("/proc/stat").read_text(encoding="ascii").splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    values = [int(v) for v in fields[:8]]
    return (values[7] if len(values) > 7 else 0), sum(values)


def steal_percent(before: tuple[int, int] | None, after: tuple[int, int] | None) -> float:
    if before is None or after is None or after[1] <= before[1]:
        return 0.0
    return 100.0 * (after[0] - before[0]) / (after[1] - before[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="one quick run, no budgets judged")
    parser.add_argument("--out", type=Path, default=None, help="where to write the JSON")
    parser.add_argument("--only", nargs="+", choices=GROUPS, default=list(GROUPS))
    parser.add_argument("--group", choices=GROUPS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    config = SMOKE if args.smoke else FULL
    if args.group:  # child mode
        rows = run_group(args.group, dict(config[args.group]))
        print(MARKER + json.dumps(rows), flush=True)
        return 0

    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    stolen: dict[str, float] = {}
    for name in args.only:
        t0, cpu0 = time.perf_counter(), cpu_times()
        print(f"measuring {name} ...", flush=True)
        rows += spawn_group(name, args.smoke)
        stolen[name] = steal_percent(cpu0, cpu_times())
        print(f"  {name}: {time.perf_counter() - t0:.1f} s", flush=True)
    print()
    print(table(rows))
    print(baselines(rows))
    busy = {name: pct for name, pct in stolen.items() if pct >= STEAL_WARN}
    if busy:  # the host took CPU time from this machine: its timings are inflated
        print("\nnot a quiet machine: the host took " + ", ".join(
            f"{pct:.0f}% of the CPU time during {name}" for name, pct in busy.items())
              + " (steal time in /proc/stat); verdicts near a budget are not reliable")
    missed = [row["figure"] for row in rows if row["verdict"] == "MISSED"]
    total = time.perf_counter() - started
    result = {"generated": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
              "smoke": args.smoke, "seconds": round(total, 1), "machine": machine(),
              "method": "each figure: median over runs of the per-run statistic (median, p95 "
                        "or worst); ratio: figure / its baseline measured in the same run",
              "steal_percent": {name: round(pct, 1) for name, pct in stolen.items()},
              "figures": rows}
    out = args.out or (Path(tempfile.gettempdir()) / "leidraad-bench-smoke.json" if args.smoke
                       else ROOT / "benchmarks" / "results.json")
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(out)
    print(f"\n{len(rows)} figures in {total:.0f} s, written to {out}")
    if missed and not args.smoke:
        print(f"MISSED {len(missed)} budget(s): " + "; ".join(missed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
