"""Figures, their budgets and the table: shared by the runner and every benchmark group.

A figure is measured in several runs. Each run yields samples (milliseconds);
the run's statistic is their median, their 95th percentile or their maximum.
The figure is the median of the runs' statistics, so one noisy run on a busy
machine cannot decide it. Its baseline (something Leidraad cannot make
faster, measured in the same run of the benchmarks) turns it into a ratio.
"""
from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any


def percentile(samples: Iterable[float], q: float) -> float:
    """The q-th percentile (0-100), nearest-rank: a value that really occurred."""
    ordered = sorted(samples)
    if not ordered:
        return math.nan
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def median(values: Iterable[float]) -> float:
    values = list(values)
    return statistics.median(values) if values else math.nan


def timed_ms(fn: Callable[[], object]) -> float:
    """Wall time of one call, in milliseconds."""
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


@dataclass
class Series:
    """The samples of several runs of one measurement (milliseconds)."""

    runs: list[list[float]] = field(default_factory=list)

    def add_run(self, samples: Iterable[float]) -> None:
        self.runs.append([float(s) for s in samples])

    def stat(self, kind: str) -> float:
        """Median over the runs of each run's ``kind`` (median, p95 or max)."""
        pick: dict[str, Callable[[list[float]], float]] = {
            "median": median, "p95": lambda s: percentile(s, 95), "max": max}
        return median(pick[kind](run) for run in self.runs if run)

    def per_run(self, kind: str) -> list[float]:
        pick = {"median": median, "p95": lambda s: percentile(s, 95), "max": max}
        return [round(pick[kind](run), 3) for run in self.runs if run]


@dataclass
class Figure:
    """One line of the table.

    ``judged`` names the statistic the budget applies to (median, p95, max).
    ``budget_ms`` is an absolute budget; ``budget_ratio`` a budget relative to
    the baseline; with neither the line is informational.
    """

    key: str
    title: str
    series: Series
    judged: str = "median"
    budget_ms: float | None = None
    budget_ratio: float | None = None
    baseline_title: str = ""
    baseline: Series | None = None
    note: str = ""

    def value(self) -> float:
        return self.series.stat(self.judged)

    def baseline_value(self) -> float | None:
        return None if self.baseline is None else self.baseline.stat(self.judged)

    def ratio(self) -> float | None:
        base = self.baseline_value()
        if base is None or not base or math.isnan(base):
            return None
        return self.value() / base

    def verdict(self) -> str:
        if self.budget_ms is None and self.budget_ratio is None:
            return "info"
        if self.budget_ratio is not None:
            ratio = self.ratio()
            return "OK" if ratio is not None and ratio <= self.budget_ratio else "MISSED"
        return "OK" if self.value() <= self.budget_ms else "MISSED"  # type: ignore[operator]

    def budget_text(self) -> str:
        if self.budget_ratio is not None:
            return f"<= {self.budget_ratio:g}x base"
        if self.budget_ms is not None:
            return f"<= {fmt_ms(self.budget_ms)}"
        return "-"

    def to_json(self) -> dict[str, Any]:
        data = {
            "key": self.key, "figure": self.title, "judged": self.judged,
            "median_ms": _round(self.series.stat("median")),
            "p95_ms": _round(self.series.stat("p95")),
            "max_ms": _round(self.series.stat("max")),
            "value_ms": _round(self.value()),
            "runs": len(self.series.runs),
            "per_run_ms": self.series.per_run(self.judged),
            "budget_ms": self.budget_ms, "budget_ratio": self.budget_ratio,
            "baseline": None if self.baseline is None else {
                "what": self.baseline_title, "value_ms": _round(self.baseline_value()),
                "per_run_ms": self.baseline.per_run(self.judged)},
            "ratio": _round(self.ratio()),
            "verdict": self.verdict(),
        }
        if self.note:
            data["note"] = self.note
        return data


def _round(value: float | None) -> float | None:
    return None if value is None or math.isnan(value) else round(value, 3)


def fmt_ms(ms: float | None) -> str:
    if ms is None or math.isnan(ms):
        return "-"
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 10:
        return f"{ms:.0f} ms"
    return f"{ms:.2f} ms"


def dump(figures: list[Figure]) -> list[dict[str, Any]]:
    return [f.to_json() for f in figures]


__all__ = ["Figure", "Series", "dump", "fmt_ms", "median", "percentile", "timed_ms"]
