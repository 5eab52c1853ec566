"""Faults for the store, real where the machine allows it and injected everywhere.

Real: read-only permissions, read-only bind mounts and a size-limited tmpfs (the
last two need root and mount(8), as in CI's container), another process holding
the store. Injected at the database layer: statements or the COMMIT fail the way
SQLite reports a full disk, a read-only file or a lock.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from app.models.store import Store

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
#: SQLite's words for the faults, as the store's error mapping knows them.
DISK_FULL = "database or disk is full"
WRITES = ("INSERT", "UPDATE", "DELETE")


# -- injected -------------------------------------------------------------------------

@contextmanager
def failing_writes(store: Store, message: str = DISK_FULL, *, verbs: tuple[str, ...] = WRITES,
                   nth: int | None = None) -> Iterator[None]:
    """Statements starting with one of ``verbs`` fail the way SQLite reports ``message``:
    every one of them, or with ``nth`` only the nth (1-based) while the fault is on, to
    break a gesture half-way."""
    seen = [0]

    def refuse(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith(verbs):
            seen[0] += 1
            if nth is None or seen[0] == nth:
                raise sqlite3.OperationalError(message)

    event.listen(store.engine, "before_cursor_execute", refuse)
    try:
        yield
    finally:
        event.remove(store.engine, "before_cursor_execute", refuse)


@contextmanager
def failing_commit(store: Store, message: str = DISK_FULL) -> Iterator[None]:
    """The statements run, but the COMMIT fails (as a full disk does when the WAL grows)."""

    def refuse(_dbapi_connection: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError(message)

    dialect = store.engine.dialect
    dialect.do_commit = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        del dialect.do_commit


# -- real: permissions, mounts, a full disk ---------------------------------------------

def _succeeds(*args: str) -> bool:
    return subprocess.run(args, capture_output=True).returncode == 0


_MOUNT_OK: bool | None = None


def can_mount(tmp_path_factory: pytest.TempPathFactory) -> bool:
    """Root with mount(8) allowed (a container may forbid it); probed once per session."""
    global _MOUNT_OK
    if _MOUNT_OK is None:
        _MOUNT_OK = False
        if IS_ROOT and sys.platform.startswith("linux"):
            probe = tmp_path_factory.mktemp("mount-probe")
            if _succeeds("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(probe)):
                _MOUNT_OK = _succeeds("umount", str(probe))
    return _MOUNT_OK


def _unmount(target: Path) -> None:
    if not _succeeds("umount", str(target)):
        _succeeds("umount", "-l", str(target))


@contextmanager
def read_only_bind(target: Path) -> Iterator[None]:
    """Make a file or folder read-only for everyone, root included (bind mount onto itself)."""
    assert _succeeds("mount", "--bind", str(target), str(target)), "bind mount failed"
    try:
        assert _succeeds("mount", "-o", "remount,bind,ro", str(target)), \
            "read-only remount failed"
        yield
    finally:
        _unmount(target)


@contextmanager
def tiny_disk(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted on the new ``folder``: a disk that fills up."""
    folder.mkdir()
    assert _succeeds("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    try:
        yield folder
    finally:
        _unmount(folder)


@contextmanager
def chmod_read_only(target: Path) -> Iterator[None]:
    mode = target.stat().st_mode
    target.chmod(0o555 if target.is_dir() else 0o444)
    try:
        yield
    finally:
        target.chmod(mode)


def fill_disk(folder: Path) -> Path:
    """Write a filler file until the file system refuses; returns the filler."""
    filler = folder / "filler.bin"
    with filler.open("wb", buffering=0) as fh:
        block = b"\0" * 4096
        while True:
            try:
                fh.write(block)
            except OSError:
                break
    return filler


# -- real: another program holds the store ----------------------------------------------

_HOLDER = textwrap.dedent("""
    import sqlite3, sys
    from filelock import FileLock
    path, what = sys.argv[1], sys.argv[2]
    if what == "lock":
        held = FileLock(path + ".lock", timeout=0)
        held.acquire()
    else:
        held = sqlite3.connect(path, isolation_level=None)
        held.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    sys.stdin.readline()
""")


@contextmanager
def held_by_other_process(path: Path, what: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holds the store: its app lock (``"lock"``, a second Leidraad) or a
    write transaction on the database (``"write"``, another program). It lets go when the
    block ends (or when the test kills it)."""
    with subprocess.Popen([sys.executable, "-c", _HOLDER, str(path), what], text=True,
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
        assert proc.stdout is not None and proc.stdin is not None
        try:
            assert proc.stdout.readline().strip() == "holding"
            yield proc
        finally:
            proc.stdin.close()  # the holder reads end-of-file and exits
            proc.wait(timeout=10)
