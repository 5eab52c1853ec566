"""Rolling backups of the store, taken at every start.

A backup is a complete, self-contained Leidraad store (same ``application_id``
and schema version, no WAL beside it), written with SQLite's online backup API
so it is consistent even while the store is open. Backups sit in
``backups/`` next to the store (:func:`app.paths.backup_dir`), one file per
start, named ``<store name>-<date>_<time>-n<sequence>.sqlite``; the newest
``keep`` are kept. "Newest" is the sequence number, one higher for every backup
made, not the clock: a laptop whose clock is years behind (flat CMOS battery)
still keeps its last ``keep`` copies and never deletes the copy it just made.
Names from before the sequence (no ``-n``) count as older than any numbered one. A start that changed nothing since the newest backup adds no file, so a
few restarts never push a useful backup out.

Restoring (:func:`restore_backup`) needs the store closed: the lock is taken
first, the current file is kept as a backup of its own, and only then is the
chosen backup copied into place.

Command line: ``python -m app.models.backup [--db PATH] reservekopieen | herstel BESTAND``
(or the same commands under ``leidraad`` once app/cli.py registers
:func:`add_cli_commands`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import os
import re
import shutil
import sqlite3
import sys
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from PySide6.QtCore import QCoreApplication

from app.models.store import (
    Store,
    StoreError,
    StoreLocked,
    StoreRefused,
    check_integrity,
    inspect_file,
)
from app.models.workshop import purge_deleted
from app.paths import backup_dir

DEFAULT_KEEP = 10
STAMP_FORMAT = "%Y-%m-%d_%H-%M-%S"
BEFORE_RESTORE = "voor-herstel"


class BackupError(StoreError):
    """A backup could not be written or restored; the store itself is untouched."""


def _pattern(store_path: Path) -> re.Pattern[str]:
    stem = re.escape(store_path.stem)
    return re.compile(rf"^{stem}-(\d{{4}}-\d\d-\d\d_\d\d-\d\d-\d\d)(?:-(\d+))?(?:-n(\d+))?"
                      rf"(?:-{BEFORE_RESTORE})?\.sqlite$")


def _sequence(path: Path, pattern: re.Pattern[str]) -> int:
    match = pattern.match(path.name)
    return int(match.group(3) or 0) if match else 0


def list_backups(store_path: Path | str) -> list[Path]:
    """The backups of ``store_path``, newest first."""
    store_path = Path(store_path).expanduser().resolve()
    folder = backup_dir(store_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(store_path)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match and path.is_file():
            key = (int(match.group(3) or 0), match.group(1), int(match.group(2) or 0))
            found.append((key, path))
    return [path for _key, path in sorted(found, reverse=True)]


def _new_name(store_path: Path, folder: Path, now: dt.datetime, tag: str = "") -> Path:
    """A name with the time (for people) and the next sequence number (for ordering).

    Never overwrites an older backup.
    """
    stamp = now.strftime(STAMP_FORMAT)
    existing = list_backups(store_path)
    pattern = _pattern(store_path)
    seq = 1 + max((_sequence(p, pattern) for p in existing), default=0)
    suffix = f"-{tag}" if tag else ""
    candidate = folder / f"{store_path.stem}-{stamp}-n{seq:06d}{suffix}.sqlite"
    counter = 1
    while candidate.exists():
        candidate = folder / f"{store_path.stem}-{stamp}-{counter}-n{seq:06d}{suffix}.sqlite"
        counter += 1
    return candidate


def _copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Write a consistent copy of ``source`` to ``target`` atomically.

    The copy is built under a temporary name and renamed when complete and
    synced, so a crash mid-backup never leaves a half file that looks whole.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            # One self-contained file: no -wal needed to read the copy.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync(partial)
        os.replace(partial, target)
        _fsync(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if path.is_dir() else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # e.g. directories on Windows cannot be opened; rename is durable enough there
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _same_content(a: Path, b: Path) -> bool:
    if a.stat().st_size != b.stat().st_size:
        return False
    with a.open("rb") as fa, b.open("rb") as fb:
        while True:
            chunk = fa.read(1 << 20)
            if chunk != fb.read(1 << 20):
                return False
            if not chunk:
                return True


def prune_backups(store_path: Path | str, keep: int = DEFAULT_KEEP, *,
                  protect: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups, and halves left by a killed backup.

    ``protect`` (the copy just made) is never deleted. Returns what was deleted.
    """
    store_path = Path(store_path).expanduser().resolve()
    doomed = [p for p in list_backups(store_path)[max(keep, 1):] if p != protect]
    folder = backup_dir(store_path)
    if folder.is_dir():
        doomed += sorted(folder.glob(f"{glob.escape(store_path.stem)}-*.sqlite.partial"))
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def take_backup(store: Store, keep: int = DEFAULT_KEEP, *, now: dt.datetime | None = None) -> Path:
    """Back up the open ``store`` into its backups folder; returns the backup file.

    Call it once at start-up, before anything erases data for good (the bin
    is purged at start). When nothing changed since the newest backup, that
    backup is returned and no new file is made. Raises :class:`BackupError`
    (the store is untouched) when the folder or the disk refuses.
    """
    folder = backup_dir(store.path)
    previous = list_backups(store.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(store.path, folder, now or dt.datetime.now())
        raw = store.engine.raw_connection()
        try:
            _copy_database(raw.driver_connection, target)
        finally:
            raw.close()
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(QCoreApplication.translate("Models", "De reservekopie in {folder} kon niet gemaakt worden ({exc}). "
                          "Leidraad werkt gewoon door en slaat elke wijziging op.").format(folder=folder, exc=exc),
                          path=store.path, reason="backup") from exc
    if previous and _same_content(target, previous[0]):
        target.unlink()
        target = previous[0]
    prune_backups(store.path, keep, protect=target)
    return target


def backup_then_purge(store: Store, keep: int = DEFAULT_KEEP) -> StoreError | None:
    """The start-up routine: a backup, and only when it succeeded, the bin emptied.

    Workshops in the bin are erased for good by the purge; while no backup
    holds them (a nearly full disk refused it) they stay in the bin. Returns
    the failure to show, or None.
    """
    try:
        take_backup(store, keep)
    except BackupError as exc:
        return exc
    try:
        purge_deleted(store)
    except StoreError as exc:
        store.bus.fail(exc)  # shown like any failed write, not as a missing backup
    return None


def _keep_current(store_path: Path, now: dt.datetime) -> Path | None:
    """Save the current store (with its WAL) as a backup before it is replaced."""
    if not store_path.exists() or store_path.stat().st_size == 0:
        return None
    folder = backup_dir(store_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _new_name(store_path, folder, now, BEFORE_RESTORE)
    try:
        inspect_file(store_path)
        source = sqlite3.connect(store_path)
        try:
            source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            _copy_database(source, target)
        finally:
            source.close()
    except (StoreRefused, sqlite3.Error):
        # Not readable as a store: keep the raw bytes (and any WAL) instead.
        shutil.copy2(store_path, target)
        wal = Path(f"{store_path}-wal")
        if wal.exists():
            shutil.copy2(wal, Path(f"{target}-wal"))
    return target


def restore_backup(backup_path: Path | str, store_path: Path | str) -> Path | None:
    """Make ``backup_path`` the store at ``store_path`` again.

    Refuses (:class:`StoreLocked`) while Leidraad has the store open, and
    (:class:`StoreRefused`) a backup that is not a sound Leidraad store. The
    current store is first kept in the backups folder (its path is returned,
    None when there was no store yet), so a restore can itself be undone.
    """
    backup_path = Path(backup_path).expanduser().resolve()
    store_path = Path(store_path).expanduser().resolve()
    if not backup_path.is_file():
        raise StoreRefused(QCoreApplication.translate("Models", "{backup_path} bestaat niet.").format(backup_path=backup_path), path=backup_path, reason="missing")
    inspect_file(backup_path)
    if backup_path.stat().st_size == 0:
        raise StoreRefused(QCoreApplication.translate("Models", "{backup_path} is leeg, geen reservekopie.").format(backup_path=backup_path), path=backup_path,
                           reason="not-sqlite")
    check_integrity(backup_path)
    lock = FileLock(f"{store_path}.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreLocked(QCoreApplication.translate("Models", "{store_path} is nog geopend in Leidraad. Sluit Leidraad eerst en "
                          "herstel dan de reservekopie.").format(store_path=store_path), path=store_path, reason="locked") from exc
    try:
        kept = _keep_current(store_path, dt.datetime.now())
        _put_in_place(backup_path, store_path)
        return kept
    finally:
        lock.release()


def _put_in_place(backup_path: Path, store_path: Path) -> None:
    """Copy the backup next to the store, then swap it in with one rename."""
    staged = store_path.with_name(store_path.name + ".restore")
    source = sqlite3.connect(f"file:{backup_path.as_posix()}?mode=ro", uri=True)
    try:
        _copy_database(source, staged)
    finally:
        source.close()
    # A WAL left beside the store belongs to the old file: it must never be
    # replayed onto the restored one. _keep_current checkpointed it already.
    for leftover in (Path(f"{store_path}-wal"), Path(f"{store_path}-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(staged, store_path)
    _fsync(store_path.parent)


# -- command line ----------------------------------------------------------------

def add_cli_commands(sub: Any) -> None:
    """Register ``reservekopieen`` and ``herstel BESTAND`` on an argparse subparsers object.

    Each sets ``func(args, db) -> int``, the convention of ``app.main``.
    """
    listing = sub.add_parser("reservekopieen", help="toon de reservekopieën, nieuwste eerst")
    listing.set_defaults(func=_cli_list)
    restore = sub.add_parser("herstel", help="zet een reservekopie terug (sluit Leidraad eerst)")
    restore.add_argument("backup", type=Path, metavar="BESTAND")
    restore.set_defaults(func=_cli_restore)


def _cli_list(_args: argparse.Namespace, db: Path) -> int:
    backups = list_backups(db)
    if not backups:
        print(QCoreApplication.translate("Models", "Nog geen reservekopieën van {db}.").format(db=db))
    for path in backups:
        print(path)
    return 0


def _cli_restore(args: argparse.Namespace, db: Path) -> int:
    try:
        kept = restore_backup(args.backup, db)
    except StoreError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(QCoreApplication.translate("Models", "Teruggezet: {backup} -> {db}").format(backup=args.backup, db=Path(db).expanduser().resolve()))
    if kept is not None:
        print(QCoreApplication.translate("Models", "Het vorige bestand is bewaard als {kept}").format(kept=kept))
    return 0


def main(argv: list[str] | None = None) -> int:
    """``python -m app.models.backup [--db PATH] reservekopieen | herstel BESTAND``."""
    from app.paths import default_store_path

    parser = argparse.ArgumentParser(prog="python -m app.models.backup",
                                     description="Reservekopieën van een Leidraad-bestand.")
    parser.add_argument("--db", type=Path, default=None, help="het opslagbestand")
    sub = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    add_cli_commands(sub)
    args = parser.parse_args(argv)
    db = (args.db or default_store_path()).expanduser().resolve()
    return int(args.func(args, db))


if __name__ == "__main__":
    sys.exit(main())
