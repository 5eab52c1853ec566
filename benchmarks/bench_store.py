"""Autosave: one moved note committed, with 10,000 notes in the workshop.

The figure is :func:`app.models.circle.move_notes` (what a drop commits: one
short transaction through SQLAlchemy, synced). The baseline is the least any
synced save can cost on this disk: a raw sqlite3 UPDATE + COMMIT in WAL mode
with ``synchronous=FULL``, on a table of the same size in the same folder.
"""
from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from app.models import circle
from app.models.store import Store
from benchmarks.seed import seed_big_session
from benchmarks.stats import Figure, Series, timed_ms


def raw_sqlite_commits(folder: Path, notes: int, commits: int, rng: random.Random) -> list[float]:
    con = sqlite3.connect(folder / "raw.sqlite", isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    con.execute("CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, workshop_id INTEGER, "
                "participant_id INTEGER, text TEXT, x REAL, y REAL, ring TEXT, color TEXT, z INTEGER)")
    if not con.execute("SELECT count(*) FROM note").fetchone()[0]:
        con.execute("BEGIN")
        con.executemany("INSERT INTO note VALUES (NULL, 1, 1, ?, ?, ?, ?, ?, ?)",
                        [("Mentorgesprek dat echt doorbrak", 0.1, 0.2, "class", "#fff59d", i)
                         for i in range(notes)])
        con.execute("COMMIT")

    def commit(note_id: int, x: float, y: float, z: int) -> None:
        con.execute("BEGIN")
        con.execute("UPDATE note SET x = ?, y = ?, ring = ?, z = ? WHERE id = ?",
                    (x, y, circle.ring_at(x, y), z, note_id))
        con.execute("COMMIT")

    samples = []
    for k in range(commits):
        args = (rng.randint(1, notes), rng.uniform(-0.9, 0.6), rng.uniform(-0.6, 0.6), notes + k)
        samples.append(timed_ms(lambda a=args: commit(*a)))
    con.close()
    return samples


def move_note_commits(store: Store, ids: list[int], commits: int, rng: random.Random,
                      top: int) -> list[float]:
    samples = []
    for k in range(commits):
        move = {rng.choice(ids): (rng.uniform(-0.9, 0.6), rng.uniform(-0.6, 0.6), top + k)}
        samples.append(timed_ms(lambda m=move: circle.move_notes(store, m)))
    return samples


def measure(*, runs: int, notes: int, commits: int) -> list[Figure]:
    rng = random.Random(3)
    figure, baseline = Series(), Series()
    with tempfile.TemporaryDirectory(prefix="leidraad-bench-") as tmp:
        folder = Path(tmp)
        store = Store(folder / "autosave.sqlite")
        try:
            workshop_id = seed_big_session(store, notes=notes)
            ids = [n.id for n in circle.list_notes(store, workshop_id)]
            top = max(n.z for n in circle.list_notes(store, workshop_id)) + 1
            move_note_commits(store, ids, 5, rng, top)  # warm: the first statements compile
            raw_sqlite_commits(folder, notes, 5, rng)
            for run in range(runs):  # interleaved, so a busy moment hits both alike
                figure.add_run(move_note_commits(store, ids, commits, rng, top + 10 + run * commits))
                baseline.add_run(raw_sqlite_commits(folder, notes, commits, rng))
        finally:
            store.close()
    label = f"{notes:,}"
    return [Figure("autosave_commit", f"autosave commit of one moved note p95, {label} notes",
                   figure, "p95", budget_ms=2.0,
                   baseline_title="raw sqlite3 UPDATE+COMMIT, WAL, synchronous=FULL",
                   baseline=baseline, note="app.models.circle.move_notes")]
