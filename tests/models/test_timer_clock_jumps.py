"""The round timer survives a clock change between a crash and the restart (issue 19).

A "restart" is a new ManualClock object: this process's anchors are gone, as
in a new process. Same boot: the monotonic clock carries on; after a reboot
it starts anew. Suspend (a closed lid) pauses the round: the monotonic clock
stands still while the laptop sleeps.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from app.models import orchestration
from app.models import timer as tm
from app.models import workshop as ops
from app.models.store import Store
from app.models.timer import ManualClock

HOUR = 3600.0


def running_round(path: Path, clock: ManualClock, minutes_in: float) -> int:
    """A circle workshop whose first round (30 min) has run ``minutes_in``; checkpointed."""
    with Store(path) as store:
        wid = orchestration.create_workshop(store, title="Cirkel", template="circle").id
        tm.start(store, wid, clock)
        for _ in range(int(minutes_in * 60 // tm.CHECKPOINT_SECONDS)):
            clock.advance(tm.CHECKPOINT_SECONDS)
            tm.checkpoint(store, wid, clock)  # as the console does while the round runs
        return wid


def elapsed_after_restart(path: Path, wid: int, clock: ManualClock) -> float:
    with Store(path) as store:
        reading = tm.read_timer(store, wid, clock)
        assert reading.state == "running"
        return reading.elapsed


@pytest.mark.parametrize("jump", [-HOUR, -365 * 24 * HOUR, HOUR, 30 * 24 * HOUR])
def test_a_crash_then_a_clock_change_in_the_same_boot_keeps_the_time(store_path: Path,
                                                                     jump: float) -> None:
    clock = ManualClock(boot="boot-1")
    wid = running_round(store_path, clock, 10)
    clock.advance(20)  # crash, 20 s to restart; meanwhile the clock is set
    clock.jump_wall(jump)
    restarted = ManualClock(wall=clock.wall(), monotonic=clock.monotonic(), boot="boot-1")
    assert elapsed_after_restart(store_path, wid, restarted) == pytest.approx(620)


@pytest.mark.parametrize("jump", [-HOUR, HOUR])
def test_after_a_reboot_an_implausible_jump_is_ignored(store_path: Path, jump: float) -> None:
    clock = ManualClock(boot="boot-1")
    wid = running_round(store_path, clock, 10)
    rebooted = ManualClock(wall=clock.wall() + 90 + jump, monotonic=5.0, boot="boot-2")
    elapsed = elapsed_after_restart(store_path, wid, rebooted)
    assert elapsed == pytest.approx(600)  # no hour of overrun, no restart from 0:00


def test_after_a_reboot_a_plausible_gap_counts(store_path: Path) -> None:
    clock = ManualClock(boot="boot-1")
    wid = running_round(store_path, clock, 10)
    rebooted = ManualClock(wall=clock.wall() + 90, monotonic=5.0, boot="boot-2")
    assert elapsed_after_restart(store_path, wid, rebooted) == pytest.approx(690)


def test_a_clock_change_while_running_changes_nothing(store: Store, clock: ManualClock) -> None:
    wid = orchestration.create_workshop(store, title="Cirkel", template="circle").id
    tm.start(store, wid, clock)
    clock.advance(120)
    clock.jump_wall(-HOUR)
    assert tm.read_timer(store, wid, clock).elapsed == pytest.approx(120)
    clock.jump_wall(2 * HOUR)
    tm.checkpoint(store, wid, clock)
    assert tm.read_timer(store, wid, clock).elapsed == pytest.approx(120)


def test_a_closed_lid_pauses_the_round(store: Store) -> None:
    clock = ManualClock(boot="boot-1")
    wid = orchestration.create_workshop(store, title="Cirkel", template="circle").id
    tm.start(store, wid, clock)
    clock.advance(300)
    clock.jump_wall(40 * 60)  # 40 minutes asleep: wall time passes, monotonic time does not
    assert tm.read_timer(store, wid, clock).elapsed == pytest.approx(300)


def test_pausing_clears_the_checkpoint_and_keeps_the_time(store: Store, clock: ManualClock) -> None:
    wid = orchestration.create_workshop(store, title="Cirkel", template="circle").id
    tm.start(store, wid, clock)
    clock.advance(60)
    tm.checkpoint(store, wid, clock)
    assert ops.get_setting(store, tm.CHECKPOINT_KEY.format(workshop_id=wid)) is not None
    tm.pause(store, wid, clock)
    assert ops.get_setting(store, tm.CHECKPOINT_KEY.format(workshop_id=wid)) is None
    assert tm.read_timer(store, wid, clock).elapsed == pytest.approx(60)
