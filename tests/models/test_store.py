"""The store: creation, reopening, pragmas, migrations and refusals."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.models import Base
from app.models import workshop as ops
from app.models.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Store,
    StoreLocked,
    StoreRefused,
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
        ws = ops.create_workshop(st, title="Eerste sessie", location="Het Baken, Almere")
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
            ops.create_workshop(st, title=f"Sessie {i}" * 20)
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


def test_read_only_folder_is_refused_with_a_message(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root ignores file permissions")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(StoreRefused) as info:
            Store(folder / "x.sqlite")
        assert "alleen-lezen" in str(info.value)
    finally:
        folder.chmod(0o755)
