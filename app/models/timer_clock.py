"""The round timer's clocks and its pure arithmetic: no store, no rows.

Time comes from an injected :class:`Clock` (the app uses :data:`SYSTEM_CLOCK`,
tests a :class:`ManualClock` they move by hand). A stored wall stamp is placed
once on this process's monotonic timeline (:func:`seconds_since`), so a wall
clock set by a user or NTP never adds or removes time; after a restart the
checkpoint of :mod:`app.models.timer` says how much time really passed.
"""
from __future__ import annotations

import math
import time
import weakref
from pathlib import Path
from typing import Any, Protocol

WARNING_SECONDS = 120  # the last two minutes of a round are shown in another colour
MAX_GAP_SECONDS = 15 * 60  # after a reboot, a longer wall-clock gap is a clock jump, not time


# -- clocks ------------------------------------------------------------------------------

class Clock(Protocol):
    """Where time comes from: a monotonic counter and the wall clock (epoch seconds)."""

    def monotonic(self) -> float: ...

    def wall(self) -> float: ...


def _boot_id() -> str:
    """Which boot of this computer we run in (monotonic time is comparable within one)."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return ""  # unknown: a restart is then judged by the wall clock alone


class SystemClock:
    """The real clocks of this computer."""

    def __init__(self) -> None:
        self._boot: str | None = None

    def monotonic(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    def boot(self) -> str:
        if self._boot is None:
            self._boot = _boot_id()
        return self._boot


SYSTEM_CLOCK = SystemClock()


class ManualClock:
    """A clock moved by hand, for tests and simulations.

    ``advance`` moves both clocks (time passes); ``jump_wall`` moves only the
    wall clock, like a user or NTP setting the system time.
    """

    def __init__(self, wall: float = 1_795_000_000.0, monotonic: float = 1000.0,
                 boot: str | None = None) -> None:
        self._wall, self._monotonic = float(wall), float(monotonic)
        # each clock is its own boot unless told otherwise (its monotonic count starts anew)
        self._boot = boot if boot is not None else f"manual-{id(self):x}"

    def boot(self) -> str:
        return self._boot

    def monotonic(self) -> float:
        return self._monotonic

    def wall(self) -> float:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._wall += seconds

    def jump_wall(self, seconds: float) -> None:
        self._wall += seconds


_ANCHORS: weakref.WeakKeyDictionary[Any, dict[float, float]] = weakref.WeakKeyDictionary()
_MAX_ANCHORS = 256


def _anchors(clock: Clock) -> dict[float, float]:
    anchors = _ANCHORS.setdefault(clock, {})
    if len(anchors) > _MAX_ANCHORS:  # old segments are never asked about again
        for key in list(anchors)[: len(anchors) // 2]:
            del anchors[key]
    return anchors


def stamp(clock: Clock) -> float:
    """Now, as a wall stamp to store; remembers the matching monotonic moment."""
    wall = clock.wall()
    _anchors(clock)[wall] = clock.monotonic()
    return wall


def boot_of(clock: Clock) -> str:
    boot = getattr(clock, "boot", None)
    return str(boot()) if callable(boot) else ""


def _passed_since(clock: Clock, cp: dict[str, Any] | None, wall_stamp: float) -> float:
    """Time passed in a running segment first seen in this process (after a restart)."""
    if cp is not None and cp.get("segment") == wall_stamp:
        done = max(0.0, float(cp.get("elapsed", 0.0)))
        boot = boot_of(clock)
        if boot and cp.get("boot") == boot:  # same boot: the monotonic clock tells the truth
            return done + max(0.0, clock.monotonic() - float(cp.get("mono", clock.monotonic())))
        gap = clock.wall() - float(cp.get("wall", clock.wall()))
        return done + (gap if 0.0 <= gap <= MAX_GAP_SECONDS else 0.0)
    gap = clock.wall() - wall_stamp  # no checkpoint (a store from before them)
    return max(0.0, gap)


def seconds_since(clock: Clock, wall_stamp: float, cp: dict[str, Any] | None = None) -> float:
    """Seconds passed since a stored wall stamp, immune to wall-clock jumps.

    The first time a stamp is seen in this process (after a restart) it is
    placed on the monotonic timeline from its checkpoint ``cp`` (see the module
    docstring); after that only the monotonic clock counts.
    """
    anchors = _anchors(clock)
    mono = anchors.get(wall_stamp)
    if mono is None:
        mono = clock.monotonic() - _passed_since(clock, cp, wall_stamp)
        anchors[wall_stamp] = mono
    return max(0.0, clock.monotonic() - mono)


# -- pure timing -------------------------------------------------------------------------

def elapsed_seconds(accumulated: float, state: str, started_wall: float | None,
                    clock: Clock, cp: dict[str, Any] | None = None) -> float:
    """Seconds spent in the current round: stored time plus the running segment."""
    if state == "running" and started_wall is not None:
        return accumulated + seconds_since(clock, started_wall, cp)
    return accumulated


def phase(remaining: float) -> str:
    """``"normal"``, ``"warning"`` (last two minutes) or ``"over"`` (at or past zero)."""
    if remaining <= 0:
        return "over"
    if remaining <= WARNING_SECONDS:
        return "warning"
    return "normal"


def format_clock(seconds: float) -> str:
    """``m:ss`` (minutes may exceed 59: a two-hour round reads ``120:00``)."""
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def format_remaining(remaining: float) -> str:
    """The countdown text: ``12:34`` counting down, ``+1:05`` counting the overrun.

    Counting down rounds up, so a fresh ten-minute round reads 10:00 and 0:00
    appears exactly at zero; the overrun rounds down and starts at +0:00.
    """
    if remaining >= 0:
        return format_clock(math.ceil(remaining - 1e-9))
    return "+" + format_clock(math.floor(-remaining + 1e-9))
