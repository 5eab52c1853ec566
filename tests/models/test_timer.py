"""The round timer, driven by a clock the test moves by hand (no real waiting)."""
from __future__ import annotations

from pathlib import Path

import pytest

from app.models import agenda, orchestration
from app.models import timer as tm
from app.models import workshop as ops
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.timer import ManualClock


def circle_workshop(store: Store) -> int:
    """The circle template: Verhalen 30, Plaatsen 10, Dialoog 30, Afsluiting 5."""
    return orchestration.create_workshop(store, title="Cirkel", template="circle").id


def rounds(store: Store, wid: int) -> list[agenda.Round]:
    return agenda.list_rounds(store, wid)


def test_two_hours_of_running_drift_less_than_a_second(store: Store, clock: ManualClock) -> None:
    wid = orchestration.create_workshop(store, title="Lang").id
    agenda.add_round(store, wid, "Hele middag", planned_minutes=120)
    tm.start(store, wid, clock)
    # A repaint timer ticking irregularly, 200 ms give or take, for two hours;
    # halfway the system clock is set an hour ahead (NTP, a user): it must not count.
    passed = 0.0
    steps = [0.19, 0.23, 0.2, 0.17, 0.21]
    i = 0
    while passed < 7200:
        step = min(steps[i % len(steps)], 7200 - passed)
        clock.advance(step)
        passed += step
        i += 1
        if i == 18000:
            clock.jump_wall(3600)
        if i % 5000 == 0:
            assert abs(tm.read_timer(store, wid, clock).remaining - (7200 - passed)) < 1
    reading = tm.read_timer(store, wid, clock)
    assert abs(reading.elapsed - 7200) < 1
    assert abs(reading.remaining) < 1
    assert abs(reading.session_seconds - 7200) < 1


def test_paused_time_is_excluded(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    tm.start(store, wid, clock)
    clock.advance(5 * 60)
    tm.pause(store, wid, clock)
    clock.advance(17 * 60)  # a coffee break: the round's clock stands still
    assert tm.read_timer(store, wid, clock).remaining == pytest.approx(25 * 60)
    tm.resume(store, wid, clock)
    clock.advance(60)
    reading = tm.read_timer(store, wid, clock)
    assert reading.state == "running"
    assert reading.remaining == pytest.approx(24 * 60)
    assert reading.text == "24:00"
    assert reading.session_minutes == 6


def test_overrun_counts_up_instead_of_stopping(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    tm.go_to_round(store, wid, rounds(store, wid)[1].id, clock)  # Plaatsen, 10 min
    tm.start(store, wid, clock)
    clock.advance(8 * 60 + 30)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.text, reading.phase) == ("1:30", "warning")
    clock.advance(90)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.text, reading.phase) == ("0:00", "over")
    clock.advance(65)
    assert tm.read_timer(store, wid, clock).text == "+1:05"
    clock.advance(60 * 60)
    reading = tm.read_timer(store, wid, clock)
    assert reading.text == "+61:05"
    assert reading.state == "running"


def test_restart_mid_round_resumes_with_the_same_remaining_time(store_path: Path) -> None:
    first = ManualClock(wall=1_795_000_000.0, monotonic=50.0)
    store = Store(store_path)
    wid = circle_workshop(store)
    dialogue = rounds(store, wid)[2]
    tm.go_to_round(store, wid, dialogue.id, first)
    tm.start(store, wid, first)
    tm.add_minutes(store, wid, 5, first)
    first.advance(12 * 60 + 7.5)
    before = tm.read_timer(store, wid, first).remaining
    store.close()  # the laptop crashes here

    # A new process: its monotonic clock starts elsewhere, the wall clock goes on.
    second = ManualClock(wall=first.wall(), monotonic=3.0)
    store = Store(store_path)
    try:
        reading = tm.read_timer(store, wid, second)
        assert reading.round_id == dialogue.id
        assert reading.state == "running"
        assert reading.remaining == pytest.approx(before)
        assert reading.remaining == pytest.approx(35 * 60 - (12 * 60 + 7.5))
        second.advance(40)  # and it keeps counting from there
        assert tm.read_timer(store, wid, second).remaining == pytest.approx(before - 40)
        assert ops.get_workshop(store, wid).current_round_id == dialogue.id
    finally:
        store.close()


def test_restart_counts_the_time_the_app_was_down_only_while_running(store_path: Path) -> None:
    clock = ManualClock()
    with Store(store_path) as store:
        wid = circle_workshop(store)
        tm.start(store, wid, clock)
        clock.advance(100)
    later = ManualClock(wall=clock.wall() + 30, monotonic=0.0)  # 30 s to restart
    with Store(store_path) as store:
        assert tm.read_timer(store, wid, later).elapsed == pytest.approx(130)
        tm.pause(store, wid, later)
    much_later = ManualClock(wall=later.wall() + 3600, monotonic=7.0)
    with Store(store_path) as store:
        reading = tm.read_timer(store, wid, much_later)
        assert (reading.state, reading.elapsed) == ("paused", pytest.approx(130))


def test_actual_durations_are_stored_per_round(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    stories, placing, dialogue, closing = rounds(store, wid)
    tm.start(store, wid, clock)
    clock.advance(31 * 60 + 50)
    assert tm.next_round(store, wid, clock) == placing.id
    clock.advance(2 * 60)
    assert tm.previous_round(store, wid, clock) == stories.id  # back for a forgotten story
    reading = tm.read_timer(store, wid, clock)
    # shows where it was, paused: looking back adds nothing until the facilitator restarts it
    assert (reading.state, reading.elapsed) == ("paused", pytest.approx(31 * 60 + 50))
    tm.start(store, wid, clock)  # Space: the forgotten story is told in this round's time
    clock.advance(60)
    tm.next_round(store, wid, clock)
    clock.advance(9 * 60)
    tm.next_round(store, wid, clock)
    clock.advance(28 * 60)
    tm.next_round(store, wid, clock)
    clock.advance(4 * 60 + 30)
    tm.pause(store, wid, clock)
    assert tm.next_round(store, wid, clock) is None  # the last round stays current

    stored = {r.title: r.actual_seconds for r in rounds(store, wid)}
    assert stored == {"Verhalen": 32 * 60 + 50, "Plaatsen in de cirkel": 11 * 60,
                      "Dialoog": 28 * 60, "Afsluiting": 4 * 60 + 30}
    assert tm.read_timer(store, wid, clock).session_minutes == (32 * 60 + 50 + 11 * 60 + 28 * 60 + 270) // 60
    assert ops.get_workshop(store, wid).current_round_id == closing.id
    assert dialogue.actual_seconds is None  # the snapshot taken before: rows are not live


def test_rounds_never_run_keep_no_duration(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    tm.next_round(store, wid, clock)  # browsing the agenda before starting
    tm.next_round(store, wid, clock)
    assert [r.actual_seconds for r in rounds(store, wid)] == [None, None, None, None]
    assert tm.read_timer(store, wid, clock).state == "idle"


def test_minutes_can_be_added_and_taken_but_not_below_one(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    placing = rounds(store, wid)[1]
    tm.go_to_round(store, wid, placing.id, clock)
    assert tm.add_minutes(store, wid, 1, clock) == 60
    assert tm.add_minutes(store, wid, 5, clock) == 360
    assert tm.add_minutes(store, wid, -1, clock) == 300
    assert tm.read_timer(store, wid, clock).text == "15:00"
    for _ in range(20):
        tm.add_minutes(store, wid, -1, clock)
    assert tm.read_timer(store, wid, clock).text == "1:00"
    # the extension belongs to the round: leaving and coming back keeps it
    tm.add_minutes(store, wid, 4, clock)
    tm.next_round(store, wid, clock)
    assert tm.read_timer(store, wid, clock).text == "30:00"
    tm.previous_round(store, wid, clock)
    assert tm.read_timer(store, wid, clock).text == "5:00"


def test_reset_round_and_reset_session(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    tm.start(store, wid, clock)
    clock.advance(300)
    tm.next_round(store, wid, clock)
    tm.add_minutes(store, wid, 5, clock)
    clock.advance(100)
    tm.reset_round(store, wid, clock)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.state, reading.text, reading.title) == ("idle", "10:00", "Plaatsen in de cirkel")
    assert reading.session_minutes == 5
    tm.reset_session(store, wid, clock)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.title, reading.state, reading.session_seconds) == ("Verhalen", "idle", 0)
    assert [r.actual_seconds for r in rounds(store, wid)] == [None] * 4


def test_transitions_commit_and_announce(store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    seen: list[tuple[Topic, Kind]] = []
    store.bus.subscribe(lambda c: seen.append((c.topic, c.kind)))
    tm.start(store, wid, clock)
    assert (Topic.TIMER, Kind.UPDATE) in seen
    seen.clear()
    clock.advance(10)
    tm.next_round(store, wid, clock)
    assert {(Topic.TIMER, Kind.UPDATE), (Topic.ROUND, Kind.UPDATE),
            (Topic.WORKSHOP, Kind.UPDATE)} <= set(seen)


def test_starting_without_rounds_says_what_to_do(store: Store, clock: ManualClock) -> None:
    wid = orchestration.create_workshop(store, title="Leeg").id
    with pytest.raises(ops.InputError, match="geen rondes"):
        tm.start(store, wid, clock)
    assert tm.read_timer(store, wid, clock).text == "--:--"


def test_deleting_the_timed_round_stops_the_timer_and_undo_brings_it_back(
        store: Store, clock: ManualClock) -> None:
    wid = circle_workshop(store)
    stories = rounds(store, wid)[0]
    tm.start(store, wid, clock)
    clock.advance(90)
    snap = agenda.delete_round(store, stories.id)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.title, reading.state) == ("Plaatsen in de cirkel", "idle")
    agenda.restore_round(store, snap)
    clock.advance(10)
    reading = tm.read_timer(store, wid, clock)
    assert (reading.title, reading.state) == ("Verhalen", "running")
    assert reading.elapsed == pytest.approx(100)


@pytest.mark.parametrize(("remaining", "text", "phase"), [
    (600, "10:00", "normal"), (599.2, "10:00", "normal"), (121, "2:01", "normal"),
    (120, "2:00", "warning"), (0.4, "0:01", "warning"), (0, "0:00", "over"),
    (-0.6, "+0:00", "over"), (-65, "+1:05", "over"), (7200, "120:00", "normal"),
])
def test_countdown_text_and_colour_phase(remaining: float, text: str, phase: str) -> None:
    assert tm.format_remaining(remaining) == text
    assert tm.phase(remaining) == phase


def test_a_stamp_in_the_future_counts_as_now() -> None:
    clock = ManualClock(wall=1000.0, monotonic=5.0)
    assert tm.seconds_since(clock, 1300.0) == 0.0  # the clock was set back before a restart
    clock.advance(12)
    assert tm.seconds_since(clock, 1300.0) == pytest.approx(12)
