"""The store: creation, reopening, pragmas, migrations and refusals."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.models import Base, orchestration
from app.models import workshop as ops
from app.models.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Store,
    StoreLocked,
    StoreRefused,
    StoreWriteError,
    migration_files,
)


def pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def test_fresh_store_is_created_marked_and_reopened_with_its_data(store_path: Path) -> None:
    with Store(store_path) as st:
        ws = orchestration.create_workshop(st, title="Eerste sessie", location="Het Baken, Almere")
        ops.add_participant(st, ws.id, "Şükrü Yılmaz", "older_teacher", "A")
    assert store_path.exists()
    assert pragma(store_path, "application_id") == APPLICATION_ID
    assert pragma(store_path, "user_version") == SCHEMA_VERSION
    assert pragma(store_path, "journal_mode") == "wal"
    with Store(store_path) as st:
        [ws] = ops.list_workshops(st)
        assert (ws.title, ws.location) == ("Eerste sessie", "Het Baken, Almere")
        [p] = ops.list_participants(st, ws.id)
        assert (p.name, p.role, p.subgroup) == ("Şükrü Yılmaz", "older_teacher", "A")


def test_connection_pragmas_are_set(store: Store) -> None:
    with store.read() as s:
        raw = s.connection().connection.driver_connection
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_migrations_build_exactly_the_orm_schema(store: Store) -> None:
    con = sqlite3.connect(store.path)
    try:
        for table in Base.metadata.sorted_tables:
            columns = {row[1] for row in con.execute(f"PRAGMA table_info('{table.name}')")}
            assert columns == {c.name for c in table.columns}, table.name
    finally:
        con.close()


def test_each_migration_step_applies_from_version_one_up(tmp_path: Path) -> None:
    """A store left at every older version upgrades to the current one, keeping its data."""
    files = migration_files()
    for start in range(1, len(files) + 1):
        path = tmp_path / f"v{start}.sqlite"
        con = sqlite3.connect(path)
        for step in files[:start]:
            con.executescript(step.read_text(encoding="utf-8"))
        con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        con.execute(f"PRAGMA user_version = {start}")
        con.execute("INSERT INTO workshop (title, date, location, facilitator, language, template,"
                    " created_at, show_rules, extra) VALUES ('Oud', '2025-01-01', '', '', 'nl',"
                    " 'blank', 0, 0, '{}')")
        con.commit()
        con.close()
        with Store(path) as st:
            assert [w.title for w in ops.list_workshops(st)] == ["Oud"]
        assert pragma(path, "user_version") == SCHEMA_VERSION


def _refused_unchanged(path: Path, reason: str) -> None:
    before = path.read_bytes()
    with pytest.raises(StoreRefused) as info:
        Store(path)
    assert info.value.reason == reason
    assert str(path) in str(info.value)
    assert path.read_bytes() == before
    assert not Path(str(path) + "-wal").exists()


def test_foreign_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    _refused_unchanged(path, "foreign")


def test_random_bytes_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "noise.sqlite"
    path.write_bytes(os.urandom(8192))
    _refused_unchanged(path, "not-sqlite")


def test_store_from_a_newer_version_is_refused_untouched(store_path: Path) -> None:
    Store(store_path).close()
    con = sqlite3.connect(store_path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    _refused_unchanged(store_path, "newer")


def test_damaged_store_is_refused_untouched(store_path: Path) -> None:
    with Store(store_path) as st:
        for i in range(200):
            orchestration.create_workshop(st, title=f"Sessie {i}" * 20)
    con = sqlite3.connect(store_path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    data = bytearray(store_path.read_bytes())
    for offset in range(4096, len(data), 4096):  # scribble over b-tree page headers
        data[offset:offset + 8] = b"\xff" * 8
    store_path.write_bytes(bytes(data))
    _refused_unchanged(store_path, "damaged")


def test_second_instance_is_refused_while_the_first_is_open(store_path: Path) -> None:
    first = Store(store_path)
    try:
        with pytest.raises(StoreLocked) as info:
            Store(store_path)
        assert "al geopend" in str(info.value)
    finally:
        first.close()
    Store(store_path).close()  # free again once the first closes


def test_read_only_folder_is_refused_with_a_message(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Permissions for a normal user; as root (who ignores them) the OS answer is simulated.

    tests/models/test_faults.py also makes the folder truly read-only for root
    with a read-only bind mount where mount(8) is allowed.
    """
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() == 0:
        real_access = os.access
        monkeypatch.setattr("app.models.store.os.access", lambda path, mode, *a, **k: (
            False if mode & os.W_OK and Path(path) == folder else real_access(path, mode, *a, **k)))
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreRefused) as info:
            Store(folder / "x.sqlite")
        assert "alleen-lezen" in str(info.value) and str(folder) in str(info.value)
        assert info.value.reason == "readonly"
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_driver_error_inside_a_write_becomes_a_clear_message(store: Store) -> None:
    """Even an sqlite3 error raised directly by the driver is reported, rolled back."""
    ws = orchestration.create_workshop(store, title="Blijft")
    with pytest.raises(StoreWriteError) as info:
        with store.write() as s:
            s.get(ops.Workshop, ws.id).title = "Weg"
            s.flush()
            raise sqlite3.OperationalError("database or disk is full")
    assert info.value.reason == "full" and "niet opgeslagen" in str(info.value)
    assert store.write_failure is info.value
    assert ops.get_workshop(store, ws.id).title == "Blijft"
    ops.update_workshop(store, ws.id, title="Verder")
    assert store.write_failure is None
    assert ops.get_workshop(store, ws.id).title == "Verder"


def test_other_errors_in_a_write_are_not_disguised(store: Store) -> None:
    """A programming error is not a disk fault: it propagates unchanged, nothing is kept."""
    ws = orchestration.create_workshop(store, title="Blijft")
    with pytest.raises(ZeroDivisionError):
        with store.write() as s:
            s.get(ops.Workshop, ws.id).title = "Weg"
            s.flush()
            _ = 1 / 0
    assert store.write_failure is None
    assert ops.get_workshop(store, ws.id).title == "Blijft"


def test_store_whose_schema_cannot_be_built_is_refused_with_a_message(tmp_path: Path) -> None:
    """A file marked as ours whose tables clash with the migration: refused, data kept."""
    path = tmp_path / "half.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE workshop (x)")
    con.execute("INSERT INTO workshop VALUES ('oud')")
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.commit()
    con.close()
    with pytest.raises(StoreRefused) as info:
        Store(path)
    assert str(path) in str(info.value) and "kan niet geopend worden" in str(info.value)
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT x FROM workshop").fetchall() == [("oud",)]
        assert con.execute("PRAGMA user_version").fetchone()[0] == 0
    finally:
        con.close()
    with pytest.raises(StoreRefused) as again:
        Store(path)
    assert again.value.reason == info.value.reason != "locked"  # the first attempt let go of the lock


FIRST_START = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA journal_mode = WAL")  # what the store does on connecting
con.execute("BEGIN IMMEDIATE")
for statement in open(sys.argv[2], encoding="utf-8").read().split(";"):
    if statement.strip():
        con.execute(statement)
if sys.argv[3] == "committed":
    con.execute("PRAGMA application_id = %d" % int(sys.argv[4]))
    con.execute("PRAGMA user_version = 1")
    con.execute("COMMIT")
os._exit(0)  # killed: no rollback, no checkpoint, no close
"""


@pytest.mark.parametrize("moment", ["uncommitted", "committed"])
def test_first_start_killed_during_the_first_migration_still_opens(tmp_path: Path,
                                                                  moment: str) -> None:
    """A kill in the first second of the very first start must not brick the store."""
    import subprocess
    import sys

    path = tmp_path / "leidraad.sqlite"
    subprocess.run([sys.executable, "-c", FIRST_START, str(path), str(migration_files()[0]),
                    moment, str(APPLICATION_ID)], check=True)
    head = path.read_bytes()[:100]
    assert int.from_bytes(head[68:72], "big") == 0  # the main file does not carry our id yet
    with Store(path) as st:
        orchestration.create_workshop(st, title="Toch gelukt")
    assert pragma(path, "application_id") == APPLICATION_ID
    with Store(path) as st:
        assert [w.title for w in ops.list_workshops(st)] == ["Toch gelukt"]


def test_foreign_wal_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    _refused_unchanged(path, "foreign")
    assert not Path(f"{path}-shm").exists()


def test_empty_sqlite_database_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "leeg.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode = WAL")
    con.close()
    with Store(path) as st:
        orchestration.create_workshop(st, title="In een lege database")
    assert pragma(path, "application_id") == APPLICATION_ID


def test_migration_files_are_numbered_one_per_version_without_gaps() -> None:
    """A step's number is the version it produces: a gap or a duplicate would make an
    existing store skip or repeat a step."""
    numbers = [int(path.name.split("_", 1)[0]) for path in migration_files()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert SCHEMA_VERSION == len(numbers)
