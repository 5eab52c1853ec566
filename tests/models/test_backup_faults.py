"""Backups when things go wrong (issue 19): a refused start-up backup, a clock years behind."""
from __future__ import annotations

import datetime as dt
import errno

import pytest

from app.models import backup, orchestration
from app.models import workshop as ops
from app.models.backup import DEFAULT_KEEP, backup_then_purge, list_backups, take_backup
from app.models.store import Store


def binned(store: Store) -> list[str]:
    with store.read() as s:
        from sqlalchemy import select

        return [w.title for w in s.scalars(select(ops.Workshop)
                                           .where(ops.Workshop.deleted_at.is_not(None)))]


def test_a_failed_start_up_backup_keeps_the_bin(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = orchestration.create_workshop(store, title="In de prullenbak")
    ops.delete_workshop(store, ws.id)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(backup, "_copy_database", full)
        failure = backup_then_purge(store)
    assert failure is not None and "reservekopie" in str(failure)
    assert binned(store) == ["In de prullenbak"]  # still there: no backup holds it yet
    assert backup_then_purge(store) is None  # the next start with room on the disk
    assert binned(store) == []
    assert list_backups(store.path)


def test_a_clock_years_behind_keeps_the_last_ten_backups(store: Store) -> None:
    made = []
    for day in range(DEFAULT_KEEP + 2):  # a normal fortnight
        orchestration.create_workshop(store, title=f"Dag {day}")
        made.append(take_backup(store, now=dt.datetime(2026, 11, 1 + day, 9)))
    # the CMOS battery dies: the clock says 2009 from now on
    newest = []
    for day in range(3):
        orchestration.create_workshop(store, title=f"Na de klok {day}")
        newest.append(take_backup(store, now=dt.datetime(2009, 1, 1, 9 + day)))
        assert newest[-1].exists()  # never the copy just made
    kept = list_backups(store.path)
    assert len(kept) == DEFAULT_KEEP
    assert kept[:3] == list(reversed(newest))  # newest first, by when they were made
    assert kept[3:] == list(reversed(made))[:DEFAULT_KEEP - 3]
    with Store(kept[0], lock=False) as copy:
        assert "Na de klok 2" in [w.title for w in ops.list_workshops(copy)]


def test_backups_named_before_the_sequence_still_count_as_older(store: Store) -> None:
    folder = store.path.parent / "backups"
    first = take_backup(store, now=dt.datetime(2026, 11, 1, 9))
    old_style = folder / "leidraad-2026-10-01_09-00-00.sqlite"
    first.rename(old_style)
    orchestration.create_workshop(store, title="Nieuw")
    newer = take_backup(store, now=dt.datetime(2001, 1, 1))
    assert list_backups(store.path) == [newer, old_style]


