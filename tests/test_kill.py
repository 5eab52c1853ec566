"""Kill test: SIGKILL a busy Leidraad at random moments; no acknowledged edit may be lost.

tests/tools/kill_worker.py edits the store through the model operations the UI
uses and acknowledges each edit after its commit returned. Here it is killed
at random moments (sometimes while still starting up), then the store is
reopened and must hold exactly the acknowledged edits (the one edit in
flight at the kill may or may not have landed), pass ``integrity_check``, be
unlocked, and take a further edit. Set LEIDRAAD_KILL_SEED to replay a run.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import workshop as ops
from app.models.actions import Action
from app.models.agenda import Round
from app.models.backup import list_backups
from app.models.circle import Note
from app.models.market import MarketEntry, MarketSubgroup
from app.models.plusmin import Theme, ThemeItem
from app.models.store import Store, check_integrity, inspect_file
from app.models.timer import TimerState

WORKER = Path(__file__).resolve().parent / "tools" / "kill_worker.py"
KILLS = 24
State = dict[str, dict[int, dict[str, Any]]]
FIELDS = {"workshop": ("title", "location", "facilitator"),
          "participant": ("workshop_id", "name"),
          "note": ("workshop_id", "text", "x", "y"),
          "action": ("workshop_id", "what"),
          "theme": ("workshop_id", "title", "votes"),
          "item": ("theme_id", "sign", "text"),
          "subgroup": ("workshop_id", "name"),
          "entry": ("subgroup_id", "side", "text"),
          "round": ("workshop_id", "title", "planned_minutes"),
          "timer": ("state",)}
TABLES = {"workshop": ops.Workshop, "participant": ops.Participant, "note": Note,
          "action": Action, "theme": Theme, "item": ThemeItem, "subgroup": MarketSubgroup,
          "entry": MarketEntry, "round": Round, "timer": TimerState}
KEYS = {"timer": "workshop_id"}  # the timer's row is the workshop's


def read_state(store: Store) -> State:
    """What the store holds, in the shape the worker's messages describe."""
    state: State = {kind: {} for kind in FIELDS}
    with store.read() as s:
        for kind, cls in TABLES.items():
            for row in s.scalars(select(cls)):
                key = getattr(row, KEYS.get(kind, "id"))
                state[kind][key] = {f: getattr(row, f) for f in FIELDS[kind]}
    return state


def apply(state: State, op: dict[str, Any], new_id: int | None) -> State:
    """The state after one worker edit (a copy; ``state`` is left alone)."""
    result = {kind: {i: dict(v) for i, v in rows.items()} for kind, rows in state.items()}
    rows = result[op["kind"]]
    if op["action"] == "insert":
        assert new_id is not None and new_id not in rows, op
        rows[new_id] = dict(op["fields"])
    elif op["action"] == "update":
        rows[op["id"]].update(op["fields"])
    elif op["action"] == "upsert":
        rows[op["id"]] = {**rows.get(op["id"], {}), **op["fields"]}
    else:
        del rows[op["id"]]
    return result


def parse(output: str) -> tuple[list[tuple[dict[str, Any], int | None]], dict[str, Any] | None]:
    """Acknowledged edits in order, and the edit begun but not acknowledged (if any)."""
    acked: list[tuple[dict[str, Any], int | None]] = []
    pending: dict[str, Any] | None = None
    for line in output.splitlines():
        tag, _, payload = line.partition(" ")
        try:
            data = json.loads(payload)
        except json.JSONDecodeError:
            continue  # a line cut short by the kill
        if tag == "BEGIN":
            pending = data
        elif tag == "ACK" and pending is not None and data["n"] == pending["n"]:
            acked.append((pending, data["id"]))
            pending = None
    return acked, pending


def landed_insert(actual: State, expected: State, op: dict[str, Any]) -> int | None:
    """The id of a row the in-flight insert created, if it did."""
    fresh = [i for i, row in actual[op["kind"]].items()
             if i not in expected[op["kind"]] and row == op["fields"]]
    return fresh[0] if len(fresh) == 1 else None


def reconcile(actual: State, expected: State, pending: dict[str, Any] | None, note: str) -> State:
    """Check the reopened store; the edit in flight may go either way, nothing else may."""
    if actual == expected:
        return expected
    if pending is None:
        diff = {kind: {i: (rows.get(i), actual[kind].get(i))
                       for i in set(rows) | set(actual[kind]) if rows.get(i) != actual[kind].get(i)}
                for kind, rows in expected.items()}
        raise AssertionError(f"{note}: acknowledged edits differ from the store: "
                             f"{ {k: v for k, v in diff.items() if v} }")
    new_id = landed_insert(actual, expected, pending) if pending["action"] == "insert" else None
    if pending["action"] != "insert" or new_id is not None:
        with_pending = apply(expected, pending, new_id)
        if actual == with_pending:
            return with_pending
    lost = {kind: {i: row for i, row in rows.items() if actual[kind].get(i) != row}
            for kind, rows in expected.items()}
    raise AssertionError(f"{note}: store differs from the acknowledged edits; expected rows not "
                         f"found as acknowledged: {lost}; edit in flight: {pending}")


def run_until_killed(path: Path, seed: int, rng: random.Random) -> tuple[str, int]:
    """Start a worker, let it edit for a random while, SIGKILL it; returns (stdout, returncode).

    stderr goes to a file, and the rest of stdout is read through the same
    buffered reader (communicate() would skip what that reader already holds).
    """
    errors = path.with_name("worker-stderr.txt")
    with errors.open("w", encoding="utf-8") as err_file:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), str(seed)],
                                stdout=subprocess.PIPE, stderr=err_file, text=True,
                                encoding="utf-8")
        output, code = _kill_at_random(proc, rng)
    err = errors.read_text(encoding="utf-8")
    assert "Traceback" not in err, err
    return output, code


def _kill_at_random(proc: subprocess.Popen[str], rng: random.Random) -> tuple[str, int]:
    assert proc.stdout is not None
    lines: list[str] = []
    if rng.random() < 0.2:  # sometimes kill while it is still starting or opening the store
        time.sleep(rng.uniform(0.0, 0.4))
    else:
        want = rng.randint(1, 40)
        acks = 0
        for line in proc.stdout:
            lines.append(line)
            if line.startswith("ACK"):
                acks += 1
                if acks >= want:
                    break
        time.sleep(rng.uniform(0.0, 0.003))  # let the next edit get under way
    proc.send_signal(signal.SIGKILL)
    rest = proc.stdout.read()
    proc.stdout.close()
    return "".join(lines) + rest, proc.wait(timeout=30)


@pytest.mark.slow
def test_sigkill_loses_no_acknowledged_edit(tmp_path: Path) -> None:
    seed = int(os.environ.get("LEIDRAAD_KILL_SEED", time.time_ns() % 1_000_000))
    rng = random.Random(seed)
    path = tmp_path / "leidraad.sqlite"
    expected: State = {kind: {} for kind in FIELDS}
    kills = total_acked = 0
    for round_no in range(KILLS):
        output, code = run_until_killed(path, seed * 100 + round_no, rng)
        assert code == -signal.SIGKILL, f"seed {seed}: worker ended by itself ({code})"
        kills += 1
        acked, pending = parse(output)
        total_acked += len(acked)
        for op, new_id in acked:
            expected = apply(expected, op, new_id)
        note = f"seed {seed}, kill {round_no + 1}"
        with Store(path) as store:  # the dead worker's lock is free again
            expected = reconcile(read_state(store), expected, pending, note)
            with store.read() as s:
                raw = s.connection().connection.driver_connection
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], note
            if expected["workshop"]:  # the app can carry on where it stopped
                ws = min(expected["workshop"])
                p = ops.add_participant(store, ws, f"na kill {round_no}")
                expected = apply(expected, {"kind": "participant", "action": "insert",
                                            "fields": {"workshop_id": ws,
                                                       "name": f"na kill {round_no}"}}, p.id)
    assert kills >= 20
    assert total_acked >= 200, f"seed {seed}: only {total_acked} acknowledged edits"
    with Store(path) as store:
        assert read_state(store) == expected
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    backups = list_backups(path)  # kills during the start-up backup leave no broken one
    assert backups
    for backup in backups:
        inspect_file(backup)
        check_integrity(backup)


def test_the_worker_drives_operations_that_exist() -> None:
    """A renamed or removed operation fails here instead of being skipped by the kill test."""
    from tests.tools import kill_worker

    assert kill_worker.missing_operations() == []
    kinds = {kind for kind in FIELDS}
    assert {"subgroup", "entry", "theme", "round", "timer"} <= kinds
    worker_methods = {name for name in vars(kill_worker.Worker) if not name.startswith("_")}
    assert {"add_entry", "move_entry", "set_votes", "add_round", "delete_round",
            "timer_step"} <= worker_methods


GESTURES = ["delete_actions", "remove_participants", "core_themes", "undo_subgroups"]


def _gesture_counts(path: Path) -> dict[str, int]:
    with Store(path) as store, store.read() as s:
        return {"action": len(list(s.scalars(select(Action.id)))),
                "participant": len(list(s.scalars(select(ops.Participant.id)))),
                "theme": len(list(s.scalars(select(Theme.id)))),
                "subgroup": len(list(s.scalars(select(MarketSubgroup.id))))}


@pytest.mark.slow
@pytest.mark.parametrize("kind", GESTURES)
@pytest.mark.parametrize("after_parts", [1, 3])
def test_a_gesture_killed_between_its_parts_leaves_all_or_nothing(
        tmp_path: Path, kind: str, after_parts: int) -> None:
    """One undo step that writes in several parts, SIGKILLed between two of them."""
    path = tmp_path / "leidraad.sqlite"
    errors = tmp_path / "worker-stderr.txt"
    with errors.open("w", encoding="utf-8") as err_file:
        proc = subprocess.Popen([sys.executable, str(WORKER), str(path), "0", "gesture", kind],
                                stdout=subprocess.PIPE, stderr=err_file, text=True)
        assert proc.stdout is not None
        parts = 0
        for line in proc.stdout:
            if line.startswith("PART"):
                parts += 1
                if parts == after_parts:
                    break
        proc.send_signal(signal.SIGKILL)
        proc.stdout.read()
        proc.stdout.close()
        assert proc.wait(timeout=30) == -signal.SIGKILL
    assert parts == after_parts, errors.read_text(encoding="utf-8")
    counts = _gesture_counts(path)
    n = 4
    before = {"delete_actions": ("action", n), "remove_participants": ("participant", n),
              "core_themes": ("theme", 0), "undo_subgroups": ("subgroup", n)}[kind]
    assert counts[before[0]] == before[1], (kind, counts)  # none of the parts landed
