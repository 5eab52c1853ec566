"""The files beside a store: SQLite URIs for any folder name, the write-ahead log, snapshots.

Kept apart from :mod:`app.models.store` so the rules about files are in one
place: how a path becomes an SQLite ``file:`` URI (escaped, so ``Wat?``,
``Sessie #3`` and ``leidraad%20kopie`` are folder names, never query strings
or fragments), whether a ``-wal`` file beside a store really belongs to it,
and how a read command takes a snapshot without writing anything.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

WAL_MAGIC = (0x377F0682, 0x377F0683)
STORE_ID_KEY = "store_id"
SET_ASIDE = "vreemd"


def sqlite_uri(path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """An SQLite URI for ``path``: every character of the path escaped, the options after it.

    SQLite decodes ``%XX`` in the path part, so a folder named ``leidraad%20kopie``
    stays ``leidraad%20kopie`` (its ``%`` becomes ``%25``) and ``?``/``#`` stay
    part of the name.
    """
    posix = path.as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # a Windows drive path: file:/C:/...
    uri = "file:" + quote(posix, safe="/")
    options = []
    if read_only:
        options.append("mode=ro")
    if immutable:
        options.append("immutable=1")
    return uri + ("?" + "&".join(options) if options else "")


def wal_path(path: Path) -> Path:
    return Path(f"{path}-wal")


def wal_pending(path: Path) -> bool:
    wal = wal_path(path)
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _store_id(con: sqlite3.Connection) -> str | None:
    try:
        row = con.execute("SELECT value FROM setting WHERE key = ?", (STORE_ID_KEY,)).fetchone()
    except sqlite3.DatabaseError:
        return None
    return None if row is None else str(row[0])


def foreign_wal(path: Path, application_id: int) -> str | None:
    """Why the pending ``-wal`` beside ``path`` does not belong to it, or None when it does.

    A WAL left by a crash of this very store is replayed by SQLite on the next
    open; one copied along from another laptop, or left beside a store that was
    replaced, would be replayed just the same and mix another store's pages
    into this one. It belongs when its header names the store's page size, and
    when replaying it into a scratch copy gives a sound store of ours that is
    still the same store (same ``store_id`` as the file alone).
    """
    wal = wal_path(path)
    try:
        with wal.open("rb") as fh:
            wal_head = fh.read(32)
        with path.open("rb") as fh:
            db_head = fh.read(100)
    except OSError:
        return "onleesbaar"
    if len(wal_head) < 32 or int.from_bytes(wal_head[0:4], "big") not in WAL_MAGIC:
        return "geen logboek van SQLite"
    if int.from_bytes(wal_head[8:12], "big") != _page_size(db_head):
        return "andere paginagrootte"
    own_id = _id_of_file_alone(path)
    with tempfile.TemporaryDirectory(prefix="leidraad-wal-") as scratch:
        copy = Path(scratch) / "store.sqlite"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, wal_path(copy))
            con = sqlite3.connect(copy)
            try:
                check = con.execute("PRAGMA quick_check").fetchall()
                app_id = con.execute("PRAGMA application_id").fetchone()[0]
                replayed_id = _store_id(con)
            finally:
                con.close()
        except (OSError, sqlite3.DatabaseError):
            return QCoreApplication.translate("Models", "past niet bij het bestand")
    if check != [("ok",)]:
        return QCoreApplication.translate("Models", "past niet bij het bestand")
    if app_id not in (0, application_id):
        return QCoreApplication.translate("Models", "van een ander programma")
    if own_id is not None and replayed_id != own_id:
        return QCoreApplication.translate("Models", "van een ander Leidraad-bestand")
    return None


def _id_of_file_alone(path: Path) -> str | None:
    """The store id as the main file holds it, the WAL ignored (immutable, nothing written)."""
    try:
        con = sqlite3.connect(sqlite_uri(path, read_only=True, immutable=True), uri=True)
        try:
            return _store_id(con)
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None


def set_aside_wal(path: Path) -> Path:
    """Move the foreign ``-wal`` (and its ``-shm``) out of SQLite's way; returns its new name."""
    stamp = dt.datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    target = Path(f"{path}-wal.{SET_ASIDE}-{stamp}")
    counter = 1
    while target.exists():
        target = Path(f"{path}-wal.{SET_ASIDE}-{stamp}-{counter}")
        counter += 1
    os.replace(wal_path(path), target)
    Path(f"{path}-shm").unlink(missing_ok=True)
    return target


def memory_snapshot(path: Path, *, immutable: bool) -> sqlite3.Connection:
    """A consistent in-memory copy of the store; the file (and its WAL) are only read.

    ``immutable`` for read-only media or a WAL to be ignored: SQLite then takes
    no locks and creates no ``-shm``. Otherwise a read-only connection that
    sees a pending WAL, and never checkpoints it.
    """
    source = sqlite3.connect(sqlite_uri(path, read_only=True, immutable=immutable), uri=True)
    try:
        memory = sqlite3.connect(":memory:", check_same_thread=False)
        source.backup(memory)
    finally:
        source.close()
    return memory


def folder_writable(path: Path) -> bool:
    """Whether files can be made beside ``path`` (False on a read-only stick or share)."""
    return os.access(path.parent, os.W_OK)


def output_conflict(store_path: Path, target: Path | str) -> str | None:
    """Why ``target`` must not be written by an export, or None.

    An export aimed at the store itself (or its WAL, lock or a backup) would
    replace every workshop with a PDF or one workshop's JSON.
    """
    try:
        target_path = Path(target).expanduser().resolve()
    except (RuntimeError, OSError, ValueError):
        return None  # the writer reports an unusable name itself
    store_path = Path(store_path)
    guarded = [store_path, *(Path(f"{store_path}{s}") for s in ("-wal", "-shm", "-journal", ".lock"))]
    folder = store_path.parent / "backups"
    hit = target_path in guarded or target_path.parent == folder
    if not hit and target_path.exists():
        for other in guarded:
            try:
                if other.exists() and os.path.samefile(other, target_path):
                    hit = True
                    break
            except OSError:
                continue
    if not hit:
        return None
    return (QCoreApplication.translate("Models", "{target_path} is het opslagbestand van Leidraad of een reservekopie ervan: kies een "
            "andere bestandsnaam. Er is niets geschreven.").format(target_path=target_path))
