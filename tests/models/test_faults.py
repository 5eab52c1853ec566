"""Store faults: read-only file or folder, another program holding the store, a full disk.

Each fault must give a clear Dutch message, keep what was stored, and never
let the app carry on as if an edit were saved. Where the machine allows it the
fault is real (permissions for a normal user; read-only bind mounts and a
size-limited tmpfs when running as root, as CI does); the same cases also
run with the fault injected at the database layer, so they are covered
everywhere.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.models import orchestration
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.models.store import Store, StoreLocked, StoreRefused, StoreWriteError
from tests.tools.faults import (
    IS_ROOT,
    can_mount,
    chmod_read_only,
    failing_commit,
    failing_writes,
    fill_disk,
    held_by_other_process,
    read_only_bind,
    tiny_disk,
)

NOT_SAVED = "niet opgeslagen"


def snapshot(store: Store) -> tuple[list[tuple[str, str, str]], list[str]]:
    workshops = ops.list_workshops(store)
    return ([(w.title, w.location, w.facilitator) for w in workshops],
            [p.name for w in workshops for p in ops.list_participants(store, w.id)])


def seeded(path: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """A store with a workshop and two participants; returns what it holds."""
    with Store(path) as st:
        ws = orchestration.create_workshop(st, title="Teamdag", location="De Linde", facilitator="Mila")
        ops.add_participant(st, ws.id, "Anna", "older_teacher")
        ops.add_participant(st, ws.id, "Bo", "leadership")
        return snapshot(st)


def assert_refused_read_only(path: Path, where: Path) -> None:
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(StoreRefused) as info:
        Store(path)
    assert info.value.reason == "readonly"
    assert "alleen-lezen" in str(info.value) and str(where) in str(info.value)
    if before is not None:
        assert path.read_bytes() == before


# -- read-only store file and folder, at opening -----------------------------------

ACCESS = ["permissions", "mount", "injected"]


@contextmanager
def read_only(target: Path, how: str, monkeypatch: pytest.MonkeyPatch,
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    if how == "permissions":
        if IS_ROOT:
            pytest.skip("root ignores permissions; the 'mount' and 'injected' cases cover it")
        with chmod_read_only(target):
            yield
    elif how == "mount":
        if not can_mount(tmp_path_factory):
            pytest.skip("needs root and mount(8); the 'injected' case covers it")
        with read_only_bind(target):
            yield
    else:
        real_access = os.access

        def access(path: object, mode: int, *args: object, **kwargs: object) -> bool:
            if mode & os.W_OK and Path(str(path)) in (target, target.resolve()):
                return False
            return real_access(path, mode, *args, **kwargs)  # type: ignore[arg-type]

        with monkeypatch.context() as patch:
            patch.setattr("app.models.store.os.access", access)
            yield


@pytest.mark.parametrize("how", ACCESS)
def test_read_only_store_file_is_refused_with_its_data_intact(
        tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path / "leidraad.sqlite"
    stored = seeded(path)
    with read_only(path, how, monkeypatch, tmp_path_factory):
        assert_refused_read_only(path, path)
    with Store(path) as st:  # writable again: everything still there, and usable
        assert snapshot(st) == stored
        ops.add_participant(st, ops.list_workshops(st)[0].id, "Cas")


@pytest.mark.parametrize("how", ACCESS)
def test_read_only_folder_is_refused_with_its_data_intact(
        tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    path = folder / "leidraad.sqlite"
    stored = seeded(path)
    with read_only(folder, how, monkeypatch, tmp_path_factory):
        assert_refused_read_only(path, folder)
        assert_refused_read_only(folder / "nieuw.sqlite", folder)
        assert not (folder / "nieuw.sqlite").exists()
    with Store(path) as st:
        assert snapshot(st) == stored


# -- faults while the session runs ----------------------------------------------------

WRITE_FAULTS = [("attempt to write a readonly database", "readonly", "alleen-lezen"),
                ("database or disk is full", "full", "schijf is vol"),
                ("disk I/O error", "io", "Schrijffout"),
                ("database is locked", "locked", "bezet")]


@pytest.mark.parametrize("inject", [failing_writes, failing_commit], ids=["statement", "commit"])
@pytest.mark.parametrize(("sqlite_message", "reason", "words"), WRITE_FAULTS,
                         ids=[f[1] for f in WRITE_FAULTS])
def test_write_fault_mid_session_is_reported_and_loses_nothing(
        store_path: Path, inject: Callable[[Store, str], object], sqlite_message: str,
        reason: str, words: str) -> None:
    stored = seeded(store_path)
    changes: list[Change] = []
    with Store(store_path) as st:
        st.bus.subscribe(changes.append)
        ws = ops.list_workshops(st)[0]
        with inject(st, sqlite_message), pytest.raises(StoreWriteError) as info:  # type: ignore[attr-defined]
            ops.update_workshop(st, ws.id, title="Nooit opgeslagen")
        assert info.value.reason == reason
        assert words in str(info.value) and NOT_SAVED in str(info.value)
        assert st.write_failure is info.value
        assert changes == []  # no view was told about a change that did not happen
        assert snapshot(st) == stored
        # the fault is gone: the same store and engine take the next edit
        ops.update_workshop(st, ws.id, title="Na de storing")
        assert st.write_failure is None
        assert [c.topic for c in changes] == [Topic.STORE, Topic.WORKSHOP]  # saving again, then the edit
    with Store(store_path) as st:
        titles, names = snapshot(st)
        assert titles == [("Na de storing", "De Linde", "Mila")] and names == stored[1]


def test_every_write_fails_while_the_fault_lasts(store_path: Path) -> None:
    """The app never slips back into 'saved' while the disk still refuses."""
    seeded(store_path)
    with Store(store_path) as st:
        ws = ops.list_workshops(st)[0]
        with failing_writes(st, "database or disk is full"):
            for name in ("Cas", "Dirk", "Eva"):
                with pytest.raises(StoreWriteError):
                    ops.add_participant(st, ws.id, name)
                assert st.write_failure is not None
        assert [p.name for p in ops.list_participants(st, ws.id)] == ["Anna", "Bo"]


def test_full_disk_for_real(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """A size-limited tmpfs fills up mid-session: message, nothing lost, carries on after."""
    if not can_mount(tmp_path_factory):
        pytest.skip("needs root and mount(8); test_write_fault_mid_session covers it")
    with tiny_disk(tmp_path / "disk", "1m") as disk:
        path = disk / "leidraad.sqlite"
        with Store(path) as st:
            ws = orchestration.create_workshop(st, title="Teamdag")
            filler = fill_disk(disk)
            saved: list[str] = []
            failure: StoreWriteError | None = None
            for i in range(2000):
                name = f"Deelnemer {i} " + "x" * 250
                try:
                    ops.add_participant(st, ws.id, name)
                except StoreWriteError as exc:
                    failure = exc
                    break
                saved.append(" ".join(name.split()))
            assert failure is not None, "the full disk never refused a write"
            assert failure.reason == "full"
            assert "schijf is vol" in str(failure) and NOT_SAVED in str(failure)
            assert [p.name for p in ops.list_participants(st, ws.id)] == saved
            filler.unlink()  # the facilitator makes room
            ops.add_participant(st, ws.id, "Na het opruimen")
            saved.append("Na het opruimen")
        with Store(path) as st:
            assert [p.name for p in ops.list_participants(st, ws.id)] == saved
            with st.read() as s:
                raw = s.connection().connection.driver_connection
                assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_full_disk_when_creating_a_store_is_refused_clearly(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    if not can_mount(tmp_path_factory):
        pytest.skip("needs root and mount(8)")
    with tiny_disk(tmp_path / "disk", "64k") as disk:
        fill_disk(disk)
        with pytest.raises(StoreRefused) as info:
            Store(disk / "leidraad.sqlite")
        assert str(disk / "leidraad.sqlite") in str(info.value)
        assert "vol" in str(info.value) or "kan niet" in str(info.value)


# -- another program holds the store ---------------------------------------------------

def test_store_open_in_another_leidraad_is_refused(store_path: Path) -> None:
    stored = seeded(store_path)
    before = store_path.read_bytes()
    with held_by_other_process(store_path, "lock"):
        with pytest.raises(StoreLocked) as info:
            Store(store_path)
        assert "al geopend in een ander Leidraad-venster" in str(info.value)
        assert str(store_path) in str(info.value)
        assert store_path.read_bytes() == before
    with Store(store_path) as st:  # the other one closed: free again
        assert snapshot(st) == stored


def test_killed_holder_releases_the_lock(store_path: Path) -> None:
    seeded(store_path)
    with held_by_other_process(store_path, "lock") as proc:
        with pytest.raises(StoreLocked):
            Store(store_path)
        proc.kill()
        proc.wait(timeout=10)
        Store(store_path).close()


def test_write_while_another_program_holds_the_database(store_path: Path) -> None:
    """Another program's write transaction: the edit waits, then fails clearly; retry works."""
    stored = seeded(store_path)
    with Store(store_path, busy_timeout=0.2) as st:
        ws = ops.list_workshops(st)[0]
        with held_by_other_process(store_path, "write"):
            with pytest.raises(StoreWriteError) as info:
                ops.add_participant(st, ws.id, "Cas")
            assert info.value.reason == "locked"
            assert "bezet" in str(info.value) and NOT_SAVED in str(info.value)
            assert snapshot(st) == stored  # reading still works meanwhile
        ops.add_participant(st, ws.id, "Cas")
    with Store(store_path) as st:
        assert snapshot(st)[1] == [*stored[1], "Cas"]


def test_busy_timeout_is_applied_to_connections(store_path: Path) -> None:
    with Store(store_path, busy_timeout=0.25) as st, st.read() as s:
        raw = s.connection().connection.driver_connection
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] == 250
