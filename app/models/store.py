"""The store: one SQLite file per user (or per ``--db``), always consistent.

Every operation commits in its own short transaction, so the commit *is* the
autosave. The file is marked with a fixed ``application_id`` and carries its
schema version in ``user_version``; migrations are SQL files applied in name
order, one per version. A file that is not a Leidraad store, is damaged, or
was written by a newer Leidraad is refused before anything writes to it.
"""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.models.events import Change, ChangeBus
from app.paths import migrations

APPLICATION_ID = 0x4C454944  # "LEID"
MIGRATIONS_DIR = migrations()  # package data, read through importlib.resources
SQLITE_MAGIC = b"SQLite format 3\x00"


def migration_files() -> list[Any]:
    """The migration steps in order; file NNNN_*.sql takes the store to version NNNN."""
    return sorted((p for p in MIGRATIONS_DIR.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)


SCHEMA_VERSION = len(migration_files())


class StoreError(Exception):
    """A problem with the store, worded for the facilitator.

    ``reason`` is a short code for tests and logs; ``str(error)`` is the message.
    """

    def __init__(self, message: str, *, path: Path | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class StoreRefused(StoreError):
    """The file cannot be opened as a Leidraad store; it was not written to."""


class StoreLocked(StoreRefused):
    """Another Leidraad already has this store open."""


class StoreWriteError(StoreError):
    """An edit could not be saved (disk full, read-only, locked)."""


#: Failures of the database layer: SQLAlchemy's wrappers and raw driver errors.
DB_ERRORS = (OperationalError, DBAPIError, sqlite3.Error)


def _header(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(100)


def inspect_file(path: Path) -> None:
    """Refuse a file that is no Leidraad store, before any write can happen.

    Reads the SQLite header directly: no connection is opened for the checks
    on id and version, so a refused file stays byte-identical. (Every
    migration ends with a checkpoint, so the header in the main file is
    current even when a crash left a WAL behind.) The one exception is a
    WAL-mode file without our id: a first start killed before (or right
    after) its first migration committed leaves exactly that, and it is
    looked into read-only rather than refused as foreign.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is een map, geen Leidraad-bestand.").format(path=path), path=path, reason="directory")
    try:
        head = _header(path)
    except OSError as exc:
        raise StoreRefused(QCoreApplication.translate("Models", "{path} kan niet gelezen worden: {strerror}.").format(path=path, strerror=exc.strerror), path=path,
                           reason="unreadable") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is geen Leidraad-bestand (geen SQLite-database).").format(path=path), path=path,
                           reason="not-sqlite")
    app_id = int.from_bytes(head[68:72], "big")
    version = int.from_bytes(head[60:64], "big")
    if app_id == 0 and head[18] == 2:  # WAL mode: perhaps an interrupted first start
        app_id, version, tables = _peek(path)
        if app_id == 0 and tables == 0:
            return  # an empty database: nothing in it to lose, Leidraad builds its schema
    if app_id != APPLICATION_ID:
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is een SQLite-database van een ander programma, geen "
                           "Leidraad-bestand.").format(path=path), path=path, reason="foreign")
    if version > SCHEMA_VERSION:
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is gemaakt met een nieuwere versie van Leidraad "
                           "(schemaversie {version}, deze versie kent t/m {schema_version}). "
                           "Werk Leidraad bij om het te openen.").format(path=path, version=version, schema_version=SCHEMA_VERSION), path=path, reason="newer")


def _peek(path: Path) -> tuple[int, int, int]:
    """application_id, user_version and table count as SQLite sees them (WAL included).

    Read-only; ``immutable`` when no WAL is pending, so nothing is created beside the file.
    """
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return 0, 0, -1  # unreadable: judged as foreign (check_integrity never gets to it)
    return int(app_id), int(version), int(tables)


def _read_only_uri(path: Path) -> str:
    wal = Path(str(path) + "-wal")
    pending = wal.exists() and wal.stat().st_size > 0
    return f"file:{path.as_posix()}?mode=ro" + ("" if pending else "&immutable=1")


def check_integrity(path: Path) -> None:
    """Run ``quick_check``; refuse a damaged store without writing to it.

    Without a pending WAL the check runs on an immutable read-only connection.
    With one (after a crash) the WAL must be read too; the caller holds the
    lock and the header already proved the file is ours.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is beschadigd en kan niet geopend worden ({exc}).").format(path=path, exc=exc), path=path,
                           reason="damaged") from exc
    if rows != [("ok",)]:
        raise StoreRefused(QCoreApplication.translate("Models", "{path} is beschadigd en kan niet geopend worden "
                           "(controle: {rows}).").format(path=path, rows=rows[0][0]), path=path, reason="damaged")


def write_error(exc: BaseException, path: Path) -> StoreWriteError:
    """Translate a database error into a message the facilitator can act on.

    Every message says that the change was NOT saved, so nobody carries on
    believing it was.
    """
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text:
        msg, reason = (QCoreApplication.translate("Models", "De schijf is vol: de laatste wijziging is niet opgeslagen. Maak ruimte vrij "
                       "op de schijf met {path} en probeer het opnieuw.").format(path=path)), "full"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        msg, reason = (QCoreApplication.translate("Models", "Het bestand is alleen-lezen: de laatste wijziging is niet opgeslagen. "
                       "Controleer de rechten van {path}.").format(path=path)), "readonly"
    elif "locked" in text or "busy" in text:
        msg, reason = (QCoreApplication.translate("Models", "Het bestand {path} is bezet door een ander programma: de laatste wijziging "
                       "is niet opgeslagen. Sluit dat programma en probeer het opnieuw.").format(path=path)), "locked"
    elif "disk i/o" in text:
        msg, reason = (QCoreApplication.translate("Models", "Schrijffout op de schijf (is de USB-stick of netwerkmap weg?): de laatste "
                       "wijziging is niet opgeslagen in {path}.").format(path=path)), "io"
    else:
        msg, reason = QCoreApplication.translate("Models", "De wijziging kon niet worden opgeslagen in {path}: {text}").format(path=path, text=text), "other"
    return StoreWriteError(msg, path=path, reason=reason)


class Store:
    """An open Leidraad store.

    Use :meth:`read` for queries and :meth:`write` for one committed change;
    :attr:`bus` tells listeners what changed.
    """

    #: How long a write waits for another program's write lock before it fails.
    DEFAULT_BUSY_TIMEOUT = 5.0

    def __init__(self, path: Path | str, *, lock: bool = True,
                 busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        self.path = Path(path).expanduser().resolve()
        self.bus = ChangeBus()
        self.busy_timeout = busy_timeout
        #: The last write that failed, until a later write succeeds (for a "not saving" banner).
        self.write_failure: StoreWriteError | None = None
        self._lock: FileLock | None = None
        inspect_file(self.path)
        if not self.path.parent.exists():
            try:
                self.path.parent.mkdir(parents=True)
            except OSError as exc:
                raise StoreRefused(QCoreApplication.translate("Models", "De map {parent} kan niet gemaakt worden: "
                                   "{strerror}.").format(parent=self.path.parent, strerror=exc.strerror), path=self.path, reason="no-folder") from exc
        self._check_writable()
        if lock:
            self._acquire_lock()
        try:
            check_integrity(self.path)
            self.engine = create_engine(f"sqlite:///{self.path}")
            event.listen(self.engine, "connect", self._on_connect)
            self._session = sessionmaker(self.engine, expire_on_commit=False)
            self._migrate()
        except DB_ERRORS as exc:
            self.close()
            failure = write_error(exc, self.path)
            raise StoreRefused(QCoreApplication.translate("Models", "{path} kan niet geopend worden. {failure}").format(path=self.path, failure=failure), path=self.path,
                               reason=failure.reason) from exc
        except BaseException:
            self.close()
            raise

    # -- opening -----------------------------------------------------------
    def _check_writable(self) -> None:
        folder_ok = os.access(self.path.parent, os.W_OK)
        file_ok = not self.path.exists() or os.access(self.path, os.W_OK)
        if not (folder_ok and file_ok):
            where = self.path if not file_ok else self.path.parent
            raise StoreRefused(QCoreApplication.translate("Models", "{where} is alleen-lezen: Leidraad kan hier niets opslaan. Kies een "
                               "ander bestand met --db of pas de rechten aan.").format(where=where), path=self.path,
                               reason="readonly")

    def _acquire_lock(self) -> None:
        self._lock = FileLock(str(self.path) + ".lock", timeout=0)
        try:
            self._lock.acquire()
        except Timeout as exc:
            self._lock = None
            raise StoreLocked(QCoreApplication.translate("Models", "{path} is al geopend in een ander Leidraad-venster. Sluit dat "
                              "eerst, of open een ander bestand.").format(path=self.path), path=self.path,
                              reason="locked") from exc
        except OSError as exc:
            self._lock = None
            raise StoreRefused(QCoreApplication.translate("Models", "{path} kan niet vergrendeld worden: {strerror}.").format(path=self.path, strerror=exc.strerror),
                               path=self.path, reason="readonly") from exc

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            version = raw.execute("PRAGMA user_version").fetchone()[0]
        for number, script in enumerate(migration_files(), start=1):
            if number <= version:
                continue
            _apply_migration(self.engine, number, script.read_text(encoding="utf-8"))
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- sessions ----------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rows stay readable after it closes."""
        with self._session() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed (and synced) when the block ends.

        A failed commit is rolled back and raised as :class:`StoreWriteError`;
        whatever was stored before stays as it was.
        """
        session = self._session()
        try:
            yield session
            session.commit()
        except DB_ERRORS as exc:
            _quiet_rollback(session)
            self.write_failure = write_error(exc, self.path)
            raise self.write_failure from exc
        except BaseException:
            _quiet_rollback(session)
            raise
        finally:
            session.close()
        if self.write_failure is not None:
            self.write_failure = None
            self.emit("store", None, "update", saving=True)

    def emit(self, topic: str, workshop_id: int | None, kind: str = "update",
             ids: tuple[int, ...] | list[int] = (), **detail: Any) -> None:
        self.bus.emit(Change(topic, workshop_id, kind, tuple(ids), detail))

    def close(self) -> None:
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.dispose()
        self._release_lock()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


    def _on_connect(self, dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        cur.execute(f"PRAGMA busy_timeout = {max(0, int(self.busy_timeout * 1000))}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()


def _quiet_rollback(session: Session) -> None:
    """Roll back after a failure; a rollback that fails too must not hide the first error.

    The connection is then invalidated by SQLAlchemy and replaced on the next
    write, so the store stays usable once the fault is gone.
    """
    try:
        session.rollback()
    except DB_ERRORS:
        session.invalidate()


def _apply_migration(engine: Any, number: int, script: str) -> None:
    """Apply one step atomically: its DDL and the new user_version commit together."""
    raw_conn = engine.raw_connection()
    try:
        con = raw_conn.driver_connection
        previous = con.isolation_level
        con.isolation_level = None  # manual transaction control for the DDL
        statements = [s.strip() for s in script.split(";") if s.strip()]
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                con.execute(statement)
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {number}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            con.isolation_level = previous
    finally:
        raw_conn.close()
