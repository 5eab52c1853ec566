"""The round timer: time that survives crashes and never drifts.

Time is never counted in ticks. The stored state is a few numbers per workshop
(:class:`TimerState`): the current round, idle/running/paused, the seconds
accumulated before the running segment and the wall-clock (epoch) moment that
segment started. Remaining time is computed from those whenever it is asked
for, so a repaint timer that fires late, or not at all, changes nothing.

Wall time is what survives a restart, but it can jump (NTP, a laptop's clock
being set). Within one process a stored wall stamp is therefore translated
once into this process's monotonic timeline (:func:`seconds_since`); from then
on only the monotonic clock counts. A restarted process re-anchors from the
wall clock, so a round running when the app died resumes with the time that
really passed.

A clock changed between a crash and the restart must neither restart a
running round from 0:00 nor add an hour of overrun. So a running round's
time is also checkpointed in the store (:func:`checkpoint`, every
:data:`CHECKPOINT_SECONDS` from the console and at every transition): its
elapsed time, the wall and monotonic moments and the boot it was taken in. A
restart in the same boot counts from the monotonic clock (which no one can
set); after a reboot the wall-clock gap since the checkpoint counts only when
it is plausible (0 to :data:`MAX_GAP_SECONDS`); anything else is a clock jump
and is ignored. A closed lid (suspend) pauses the round: the monotonic clock
stands still while the laptop sleeps, and the round continues where it was.

The clock is injected (:class:`Clock`): the app uses :data:`SYSTEM_CLOCK`,
tests a :class:`ManualClock` they move by hand. The clocks and the pure
arithmetic live in :mod:`app.models.timer_clock`, the stored row in
:mod:`app.models.timer_state`; this module holds the readings, the checkpoint and
the transitions, and re-exports the names callers know from here.

Every transition commits at once and emits ``"timer"``; leaving or pausing a
round writes its actual duration into ``Round.actual_seconds`` (for the
minutes, planned vs actual) and ``Workshop.current_round_id`` follows the
timer, in the same commit, so a restart lands on the same round.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from app.models.agenda import MAX_SESSION_MINUTES, Round, ordered_rounds
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.text import InputError

# The clocks, the pure timing and the stored state, importable from here as before.
from app.models.timer_clock import MAX_GAP_SECONDS as MAX_GAP_SECONDS
from app.models.timer_clock import SYSTEM_CLOCK as SYSTEM_CLOCK
from app.models.timer_clock import WARNING_SECONDS as WARNING_SECONDS
from app.models.timer_clock import Clock as Clock
from app.models.timer_clock import ManualClock as ManualClock
from app.models.timer_clock import SystemClock as SystemClock
from app.models.timer_clock import boot_of
from app.models.timer_clock import elapsed_seconds as elapsed_seconds
from app.models.timer_clock import format_clock as format_clock
from app.models.timer_clock import format_remaining as format_remaining
from app.models.timer_clock import phase as phase
from app.models.timer_clock import seconds_since as seconds_since
from app.models.timer_clock import stamp as stamp
from app.models.timer_state import STATES as STATES
from app.models.timer_state import TimerState as TimerState
from app.models.workshop import Setting, Workshop

MIN_ROUND_SECONDS = 60  # -1 minute never takes a round below one minute
CHECKPOINT_SECONDS = 15  # a running round's time is saved this often (lost at most on a crash)
CHECKPOINT_KEY = "timer_checkpoint:{workshop_id}"


@dataclass(frozen=True)
class Reading:
    """The timer as the room sees it at one moment."""

    round_id: int | None
    title: str
    board: str | None
    index: int  # 0-based position of the round, -1 without rounds
    count: int
    state: str
    planned_seconds: int
    extra_seconds: int
    elapsed: float
    session_seconds: float  # actual time of all rounds, this one live

    @property
    def remaining(self) -> float:
        return self.planned_seconds + self.extra_seconds - self.elapsed

    @property
    def phase(self) -> str:
        return phase(self.remaining)

    @property
    def text(self) -> str:
        return format_remaining(self.remaining) if self.round_id is not None else "--:--"

    @property
    def session_minutes(self) -> int:
        return int(self.session_seconds // 60)

    @property
    def session_over(self) -> bool:
        return self.session_seconds > MAX_SESSION_MINUTES * 60

    @property
    def has_next(self) -> bool:
        return 0 <= self.index < self.count - 1

    @property
    def has_previous(self) -> bool:
        return self.index > 0


def used_seconds(rnd: Round, reading: Reading) -> float | None:
    """Time used by a round so far: live for the current one, stored for the others."""
    if rnd.id == reading.round_id and (reading.elapsed > 0 or rnd.actual_seconds is not None):
        return reading.elapsed
    return None if rnd.actual_seconds is None else float(rnd.actual_seconds)


def _resolve(rounds: list[Round], timer: TimerState | None, ws: Workshop | None) -> Round | None:
    """The current round: the timer's, else the workshop's remembered one, else the first."""
    by_id = {r.id: r for r in rounds}
    for candidate in (timer.round_id if timer else None, ws.current_round_id if ws else None):
        if candidate in by_id:
            return by_id[candidate]
    return rounds[0] if rounds else None


def _extra(timer: TimerState | None, round_id: int | None) -> int:
    if timer is None or round_id is None:
        return 0
    return int((timer.extra_seconds or {}).get(str(round_id), 0))


def reading_from(rounds: list[Round], timer: TimerState | None, ws: Workshop | None,
                 clock: Clock, cp: dict[str, Any] | None = None) -> Reading:
    cur = _resolve(rounds, timer, ws)
    on_it = timer is not None and cur is not None and timer.round_id == cur.id
    if on_it:
        assert timer is not None
        state = timer.state
        elapsed = elapsed_seconds(timer.accumulated_seconds, state, timer.started_wall, clock, cp)
    else:  # the timer never ran here: continue from what the round already used
        elapsed = float(cur.actual_seconds or 0) if cur is not None else 0.0
        state = "paused" if elapsed > 0 else "idle"
    others = sum(r.actual_seconds or 0 for r in rounds if cur is None or r.id != cur.id)
    return Reading(
        round_id=cur.id if cur else None, title=cur.title if cur else "",
        board=cur.board if cur else None, index=rounds.index(cur) if cur else -1,
        count=len(rounds), state=state, planned_seconds=cur.planned_minutes * 60 if cur else 0,
        extra_seconds=_extra(timer, cur.id if cur else None), elapsed=elapsed,
        session_seconds=others + elapsed)


@dataclass(frozen=True)
class TimerRows:
    """What a reading is computed from; views load it on a change and then
    compute readings at every repaint without touching the database."""

    rounds: list[Round]
    timer: TimerState | None
    workshop: Workshop | None
    checkpoint: dict[str, Any] | None = None

    def reading(self, clock: Clock = SYSTEM_CLOCK) -> Reading:
        return reading_from(self.rounds, self.timer, self.workshop, clock, self.checkpoint)

    def extra_for(self, round_id: int) -> int:
        return _extra(self.timer, round_id)


def _load_checkpoint(s: Session, workshop_id: int) -> dict[str, Any] | None:
    row = s.get(Setting, CHECKPOINT_KEY.format(workshop_id=workshop_id))
    try:
        value = json.loads(row.value) if row is not None else None
    except (ValueError, TypeError):
        return None
    return value if isinstance(value, dict) else None


def timer_rows(store: Store, workshop_id: int) -> TimerRows:
    with store.read() as s:
        return TimerRows(ordered_rounds(s, workshop_id), s.get(TimerState, workshop_id),
                         s.get(Workshop, workshop_id), _load_checkpoint(s, workshop_id))


def _write_checkpoint(s: Session, workshop_id: int, timer: TimerState, clock: Clock,
                      cp: dict[str, Any] | None) -> None:
    key = CHECKPOINT_KEY.format(workshop_id=workshop_id)
    if timer.state != "running" or timer.started_wall is None:
        row = s.get(Setting, key)
        if row is not None:
            s.delete(row)
        return
    value = json.dumps({"segment": timer.started_wall,
                        "elapsed": seconds_since(clock, timer.started_wall, cp),
                        "wall": clock.wall(), "mono": clock.monotonic(), "boot": boot_of(clock)})
    s.merge(Setting(key=key, value=value))


def checkpoint(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Save a running round's time so far, so a restart after a clock change resumes it.

    Called every :data:`CHECKPOINT_SECONDS` while a round runs; announces nothing
    (what the room sees does not change).
    """
    with store.write() as s:
        timer = s.get(TimerState, workshop_id)
        if timer is not None:
            _write_checkpoint(s, workshop_id, timer, clock, _load_checkpoint(s, workshop_id))


def read_timer(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> Reading:
    """The timer of a workshop now (read-only: nothing is written)."""
    return timer_rows(store, workshop_id).reading(clock)


def current_round_id(store: Store, workshop_id: int) -> int | None:
    """The round the session is on (what a restart returns to)."""
    return read_timer(store, workshop_id).round_id


# -- transitions -------------------------------------------------------------------------

class _Transition:
    """One committed timer step: loads the state, lets ``step`` change it, emits."""

    def __init__(self, s: Session, workshop_id: int, clock: Clock) -> None:
        self.s, self.clock = s, clock
        self.ws = s.get(Workshop, workshop_id)
        if self.ws is None:
            raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
        self.rounds = ordered_rounds(s, workshop_id)
        timer = s.get(TimerState, workshop_id)
        if timer is None:
            timer = TimerState(workshop_id=workshop_id, state="idle", accumulated_seconds=0.0,
                               extra_seconds={})
            s.add(timer)
        self.timer = timer
        self.touched: set[int] = set()
        self.moved = False
        self.checkpoint = _load_checkpoint(s, workshop_id)
        self.current = _resolve(self.rounds, timer, self.ws)
        if self.current is not None and timer.round_id != self.current.id:
            self._enter(self.current, running=False)

    def require_round(self) -> Round:
        if self.current is None:
            raise InputError(QCoreApplication.translate("Models", "Er staan nog geen rondes op de agenda: voeg eerst een ronde toe."))
        return self.current

    def elapsed(self) -> float:
        t = self.timer
        return elapsed_seconds(t.accumulated_seconds, t.state, t.started_wall, self.clock,
                               self.checkpoint)

    def record(self) -> None:
        """Write the current round's time so far into ``actual_seconds``."""
        if self.current is None:
            return
        elapsed = self.elapsed()
        if elapsed > 0 or self.current.actual_seconds is not None:
            self.current.actual_seconds = int(round(elapsed))
            self.touched.add(self.current.id)

    def _enter(self, rnd: Round, *, running: bool) -> None:
        t = self.timer
        t.round_id = rnd.id
        t.accumulated_seconds = float(rnd.actual_seconds or 0)
        t.started_wall = stamp(self.clock) if running else None
        t.state = "running" if running else ("paused" if t.accumulated_seconds > 0 else "idle")
        self.current = rnd

    def go_to(self, rnd: Round) -> None:
        """Move to ``rnd``; the clock's state carries over, with one exception.

        Going back (P) from a running round to one that already has time opens it
        paused, so looking at it adds nothing to its actual time unless the
        facilitator starts it again (Space). Coming forward (N) to the round that was
        running then lets it run on as if it had never been left: the seconds spent
        looking back count for it. Otherwise a running clock runs on and a paused
        or idle one stays stopped.
        """
        if rnd is self.current:
            return
        running = self.timer.state == "running"
        back = self.current is not None and self.rounds.index(rnd) < self.rounds.index(self.current)
        peek = _peek_of(self.s, self.ws)
        self.record()
        if running and back and rnd.actual_seconds:
            if peek is None:
                _set_peek(self.s, self.ws, f"{self.current.id}:{stamp(self.clock)!r}")
            self._enter(rnd, running=False)
            return
        resume = peek is not None and peek[0] == rnd.id and not running
        if peek is not None and (resume or not back):
            _set_peek(self.s, self.ws, None)
        self._enter(rnd, running=running or resume)
        if resume:
            self.timer.accumulated_seconds += seconds_since(self.clock, peek[1])

    def finish(self) -> None:
        """Let the workshop remember the timer's round (in the same commit)."""
        assert self.ws is not None
        if self.ws.current_round_id != self.timer.round_id:
            self.ws.current_round_id = self.timer.round_id
            self.moved = True


def _peek_key(ws: Workshop) -> str:
    return f"timer_looking_back:{ws.id}"


def _peek_of(s: Session, ws: Workshop | None) -> tuple[int, float] | None:
    """(round that was running, when the facilitator went back from it), if looking back."""
    row = s.get(Setting, _peek_key(ws)) if ws is not None else None
    try:
        round_id, since = (row.value if row else "").split(":")
        return int(round_id), float(since)
    except ValueError:
        return None


def _set_peek(s: Session, ws: Workshop | None, value: str | None) -> None:
    if ws is None:
        return
    row = s.get(Setting, _peek_key(ws))
    if value is None:
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(Setting(key=_peek_key(ws), value=value))
    else:
        row.value = value


def _run(store: Store, workshop_id: int, clock: Clock, step: Any) -> Any:
    with store.write() as s:
        tr = _Transition(s, workshop_id, clock)
        result = step(tr)
        tr.finish()
        _write_checkpoint(s, workshop_id, tr.timer, clock, tr.checkpoint)
    store.emit(Topic.TIMER, workshop_id, Kind.UPDATE, (workshop_id,))
    if tr.touched:
        store.emit(Topic.ROUND, workshop_id, Kind.UPDATE, sorted(tr.touched), fields=("actual_seconds",))
    if tr.moved:
        store.emit(Topic.WORKSHOP, workshop_id, Kind.UPDATE, (workshop_id,), fields=("current_round_id",))
    return result


def start(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Start (or resume) the current round; a running timer is left as it is."""
    def step(tr: _Transition) -> None:
        tr.require_round()
        if tr.timer.state != "running":
            tr.timer.state, tr.timer.started_wall = "running", stamp(clock)
            _set_peek(tr.s, tr.ws, None)  # the facilitator runs the round looked back at
    _run(store, workshop_id, clock, step)


resume = start


def pause(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Stop the clock; the time so far is kept and recorded for the minutes."""
    def step(tr: _Transition) -> None:
        if tr.timer.state == "running":
            tr.timer.accumulated_seconds = tr.elapsed()
            tr.timer.state, tr.timer.started_wall = "paused", None
            tr.record()
    _run(store, workshop_id, clock, step)


def toggle(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> str:
    """Start/pause in one key; returns the new state."""
    if read_timer(store, workshop_id, clock).state == "running":
        pause(store, workshop_id, clock)
        return "paused"
    start(store, workshop_id, clock)
    return "running"


def go_to_round(store: Store, workshop_id: int, round_id: int,
                clock: Clock = SYSTEM_CLOCK) -> None:
    """Make ``round_id`` current. A running timer keeps running on a round not yet
    timed (one with time opens paused); the round left behind gets its actual
    duration stored (added up over visits)."""
    def step(tr: _Transition) -> None:
        target = next((r for r in tr.rounds if r.id == round_id), None)
        if target is None:
            raise InputError(QCoreApplication.translate("Models", "Deze ronde hoort niet (meer) bij de agenda."))
        tr.go_to(target)
    _run(store, workshop_id, clock, step)


def _step_round(store: Store, workshop_id: int, delta: int, clock: Clock) -> int | None:
    def step(tr: _Transition) -> int | None:
        cur = tr.require_round()
        index = tr.rounds.index(cur) + delta
        if not 0 <= index < len(tr.rounds):
            return None
        tr.go_to(tr.rounds[index])
        return tr.rounds[index].id
    return _run(store, workshop_id, clock, step)


def next_round(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> int | None:
    """Go to the next round; returns its id, or None at the last round (nothing changes)."""
    return _step_round(store, workshop_id, +1, clock)


def previous_round(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> int | None:
    """Go back one round; a round with time opens paused where it was left (Space
    continues it), and N returns to the round that was running (see ``go_to``)."""
    return _step_round(store, workshop_id, -1, clock)


def add_minutes(store: Store, workshop_id: int, minutes: int,
                clock: Clock = SYSTEM_CLOCK) -> int:
    """Lengthen (or with a negative number shorten) the current round; returns the
    total extra seconds. A round never drops below one minute."""
    def step(tr: _Transition) -> int:
        cur = tr.require_round()
        extras = dict(tr.timer.extra_seconds or {})
        floor = MIN_ROUND_SECONDS - cur.planned_minutes * 60
        new = max(floor, min(extras.get(str(cur.id), 0) + int(minutes) * 60, 24 * 3600))
        extras[str(cur.id)] = new
        tr.timer.extra_seconds = extras
        return new
    return _run(store, workshop_id, clock, step)


def reset_round(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Start the current round over: no time used, no extra minutes, not running."""
    def step(tr: _Transition) -> None:
        cur = tr.require_round()
        extras = dict(tr.timer.extra_seconds or {})
        extras.pop(str(cur.id), None)
        t = tr.timer
        t.extra_seconds, t.accumulated_seconds, t.started_wall, t.state = extras, 0.0, None, "idle"
        if cur.actual_seconds is not None:
            cur.actual_seconds = None
            tr.touched.add(cur.id)
    _run(store, workshop_id, clock, step)


def reset_session(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Forget all time used (after a rehearsal): back to the first round, idle."""
    def step(tr: _Transition) -> None:
        _set_peek(tr.s, tr.ws, None)
        for r in tr.rounds:
            if r.actual_seconds is not None:
                r.actual_seconds = None
                tr.touched.add(r.id)
        t = tr.timer
        t.extra_seconds, t.accumulated_seconds, t.started_wall, t.state = {}, 0.0, None, "idle"
        if tr.rounds:
            t.round_id = tr.rounds[0].id
            tr.current = tr.rounds[0]
    _run(store, workshop_id, clock, step)


def record_actuals(store: Store, workshop_id: int, clock: Clock = SYSTEM_CLOCK) -> None:
    """Store the running round's time so far (call before writing the minutes)."""
    _run(store, workshop_id, clock, lambda tr: tr.record())
