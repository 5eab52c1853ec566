"""Rolling backups at start-up and restoring one."""
from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.models import orchestration
from app.models import workshop as ops
from app.models.backup import (
    BackupError,
    list_backups,
    main,
    restore_backup,
    take_backup,
)
from app.models.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    Store,
    StoreLocked,
    StoreRefused,
    check_integrity,
    inspect_file,
)
from app.paths import backup_dir

T0 = dt.datetime(2026, 11, 24, 9, 0, 0)


def titles(path: Path) -> list[str]:
    with Store(path) as st:
        return sorted(w.title for w in ops.list_workshops(st))


def start(path: Path, title: str | None, when: dt.datetime, keep: int = 10) -> Path:
    """One app start: open, back up, (optionally) edit, close."""
    with Store(path) as st:
        backup = take_backup(st, keep, now=when)
        if title is not None:
            orchestration.create_workshop(st, title=title)
    return backup


def test_backup_is_a_sound_leidraad_store_with_the_data_of_that_moment(store: Store) -> None:
    orchestration.create_workshop(store, title="Voor de kopie")
    backup = take_backup(store, now=T0)
    orchestration.create_workshop(store, title="Erna")
    assert backup.parent == backup_dir(store.path)
    assert backup.name == "leidraad-2026-11-24_09-00-00-n000001.sqlite"
    inspect_file(backup)
    check_integrity(backup)
    con = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT title FROM workshop").fetchall() == [("Voor de kopie",)]
    finally:
        con.close()
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal, no partial


def test_only_the_last_ten_starts_are_kept(store_path: Path) -> None:
    made = [start(store_path, f"Sessie {i}", T0 + dt.timedelta(minutes=i)) for i in range(13)]
    kept = list_backups(store_path)
    assert kept == made[::-1][:10]
    assert all(not path.exists() for path in made[:3])
    # each backup holds the store as it was at that start, before that session's edit
    assert titles(kept[0]) == sorted(f"Sessie {i}" for i in range(12))
    assert titles(kept[-1]) == sorted(f"Sessie {i}" for i in range(3))


def test_keep_is_configurable(store_path: Path) -> None:
    for i in range(5):
        start(store_path, f"Sessie {i}", T0 + dt.timedelta(hours=i), keep=3)
    assert len(list_backups(store_path)) == 3


def test_a_start_without_changes_adds_no_backup(store_path: Path) -> None:
    first = start(store_path, "Sessie", T0)
    second = start(store_path, None, T0 + dt.timedelta(minutes=1))  # holds "Sessie"
    third = start(store_path, None, T0 + dt.timedelta(minutes=2))  # nothing changed since
    assert third == second != first
    assert list_backups(store_path) == [second, first]


def test_two_backups_in_the_same_second_do_not_overwrite(store: Store) -> None:
    orchestration.create_workshop(store, title="A")
    first = take_backup(store, now=T0)
    orchestration.create_workshop(store, title="B")
    second = take_backup(store, now=T0)
    assert first != second and first.exists() and second.exists()
    assert list_backups(store.path) == [second, first]
    assert titles(second) == ["A", "B"] and titles(first) == ["A"]


def test_backups_of_other_stores_and_stray_files_are_left_alone(tmp_path: Path) -> None:
    mine, other = tmp_path / "leidraad.sqlite", tmp_path / "oefen.sqlite"
    folder = backup_dir(mine)
    folder.mkdir()
    (folder / "notities.txt").write_text("van de gebruiker", encoding="utf-8")
    for i in range(12):
        start(mine, f"M{i}", T0 + dt.timedelta(minutes=i))
        start(other, f"O{i}", T0 + dt.timedelta(minutes=i), keep=2)
    assert len(list_backups(mine)) == 10 and len(list_backups(other)) == 2
    assert all(p.name.startswith("oefen-") for p in list_backups(other))
    assert (folder / "notities.txt").read_text(encoding="utf-8") == "van de gebruiker"


def test_backup_failure_is_reported_and_the_store_carries_on(store: Store) -> None:
    backup_dir(store.path).write_text("geen map", encoding="utf-8")  # blocks the folder
    with pytest.raises(BackupError) as info:
        take_backup(store)
    assert "reservekopie" in str(info.value) and "werkt gewoon door" in str(info.value)
    orchestration.create_workshop(store, title="Gewoon verder")
    assert [w.title for w in ops.list_workshops(store)] == ["Gewoon verder"]


def test_restore_is_refused_while_the_store_is_open(store: Store) -> None:
    orchestration.create_workshop(store, title="Nu")
    backup = take_backup(store, now=T0)
    orchestration.create_workshop(store, title="Later")
    before = store.path.read_bytes()
    with pytest.raises(StoreLocked) as info:
        restore_backup(backup, store.path)
    assert "Sluit Leidraad eerst" in str(info.value)
    assert store.path.read_bytes() == before
    assert sorted(w.title for w in ops.list_workshops(store)) == ["Later", "Nu"]


def test_restore_brings_back_the_backup_and_keeps_the_current_file(store_path: Path) -> None:
    start(store_path, "Goed", T0)
    start(store_path, "Per ongeluk", T0 + dt.timedelta(minutes=1))
    backup = start(store_path, None, T0 + dt.timedelta(minutes=2))  # holds Goed + Per ongeluk
    with Store(store_path) as st:
        [ws] = [w for w in ops.list_workshops(st) if w.title == "Goed"]
        ops.delete_workshop(st, ws.id)
        ops.purge_deleted(st)  # the workshop is gone for good...
    assert titles(store_path) == ["Per ongeluk"]
    kept = restore_backup(backup, store_path)
    assert titles(store_path) == ["Goed", "Per ongeluk"]  # ...and back
    assert kept is not None and kept in list_backups(store_path)
    assert titles(kept) == ["Per ongeluk"]  # the restore itself can be undone
    with Store(store_path) as st:  # and the restored store works as usual
        orchestration.create_workshop(st, title="Daarna")


def test_restore_keeps_edits_that_were_only_in_the_wal(tmp_path: Path) -> None:
    """A store left by a crash (edits still in its -wal) is kept whole before the restore."""
    path = tmp_path / "leidraad.sqlite"
    start(path, "Oud", T0)
    backup = start(path, None, T0 + dt.timedelta(minutes=1))
    script = textwrap.dedent(f"""
        import os, sys
        sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
        from app.models.store import Store
        from app.models import workshop as ops
        from app.models import orchestration
        st = Store({str(path)!r})
        orchestration.create_workshop(st, title="Alleen in de WAL")
        os._exit(0)  # no close, no checkpoint: as if the battery ran out
    """)
    subprocess.run([sys.executable, "-c", script], check=True)
    assert Path(f"{path}-wal").stat().st_size > 0
    kept = restore_backup(backup, path)
    assert titles(path) == ["Oud"]
    assert kept is not None and titles(kept) == ["Alleen in de WAL", "Oud"]


@pytest.mark.parametrize("content", [b"", b"geen database" * 100])
def test_restore_refuses_a_file_that_is_no_backup(store_path: Path, tmp_path: Path,
                                                  content: bytes) -> None:
    start(store_path, "Blijft", T0)
    before = store_path.read_bytes()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(content)
    with pytest.raises(StoreRefused):
        restore_backup(junk, store_path)
    assert store_path.read_bytes() == before
    assert titles(store_path) == ["Blijft"]


def test_restore_refuses_a_foreign_database(store_path: Path, tmp_path: Path) -> None:
    start(store_path, "Blijft", T0)
    foreign = tmp_path / "ander.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    with pytest.raises(StoreRefused) as info:
        restore_backup(foreign, store_path)
    assert info.value.reason == "foreign"
    assert titles(store_path) == ["Blijft"]


def test_command_line_lists_and_restores(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = start(store_path, "Eerste", T0)  # empty
    second = start(store_path, "Tweede", T0 + dt.timedelta(minutes=1))  # Eerste
    newest = start(store_path, None, T0 + dt.timedelta(minutes=2))  # Eerste, Tweede
    assert main(["--db", str(store_path), "reservekopieen"]) == 0
    assert capsys.readouterr().out.split() == [str(newest), str(second), str(first)]
    with Store(store_path):
        assert main(["--db", str(store_path), "herstel", str(second)]) == 1
        assert "Sluit Leidraad eerst" in capsys.readouterr().err
    assert main(["--db", str(store_path), "herstel", str(second)]) == 0
    assert "Teruggezet" in capsys.readouterr().out
    assert titles(store_path) == ["Eerste"]


def test_command_line_without_backups_says_so(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "nieuw.sqlite"), "reservekopieen"]) == 0
    assert "Nog geen reservekopieën" in capsys.readouterr().out


def test_half_backup_left_by_a_kill_is_ignored_and_cleared(store: Store) -> None:
    orchestration.create_workshop(store, title="A")
    folder = backup_dir(store.path)
    folder.mkdir()
    half = folder / "leidraad-2026-11-24_08-59-59.sqlite.partial"
    half.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # cut short by the kill
    assert list_backups(store.path) == []
    backup = take_backup(store, now=T0)
    assert list_backups(store.path) == [backup]
    assert not half.exists()
