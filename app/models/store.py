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
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from PySide6.QtCore import QCoreApplication
from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.models import store_files as files
from app.models.events import Change, ChangeBus, Kind, Pending, Topic
from app.models.store_errors import (  # noqa: F401 - the store's errors, importable from here
    DB_ERRORS,
    READ_ERRORS,
    StoreDamaged,
    StoreError,
    StoreLocked,
    StoreRefused,
    StoreWriteError,
    damaged_message,
    resolve_path,
    write_error,
)
from app.models.store_files import output_conflict  # noqa: F401
from app.models.store_schema import (  # noqa: F401 - importable from here as before
    APPLICATION_ID,
    MIGRATIONS_DIR,
    SCHEMA_VERSION,
    migrate,
    migration_files,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


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
    try:
        if not path.exists() or path.stat().st_size == 0:
            return
    except OSError as exc:  # e.g. a symlink loop
        raise StoreRefused(damaged_message(path, exc.strerror or str(exc)), path=path,
                           reason="damaged") from exc
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
    """Read-only, escaped; ``immutable`` when no WAL is pending, so nothing is made beside it."""
    return files.sqlite_uri(path, read_only=True, immutable=not files.wal_pending(path))


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
        raise StoreRefused(damaged_message(path, str(exc)), path=path, reason="damaged") from exc
    if rows != [("ok",)]:
        raise StoreRefused(damaged_message(path, f"controle: {rows[0][0]}"), path=path,
                           reason="damaged")


class _Gesture(Pending):
    """One transaction shared by every write of a gesture, and the changes it will announce."""

    def __init__(self, session: Session, bus: ChangeBus) -> None:
        super().__init__(bus)
        self.session = session
        self.failure: BaseException | None = None


class Store:
    """An open Leidraad store.

    Use :meth:`read` for queries and :meth:`write` for one committed change;
    :meth:`gesture` makes several writes one transaction; :attr:`bus` tells
    listeners what changed. ``read_only=True`` (the read commands) opens a
    snapshot in memory: the file, its WAL and its folder are never written, a
    read-only stick works, and every edit is refused with a message.
    :attr:`notices` holds what the facilitator should be told after opening
    (a foreign WAL that was set aside).
    """

    #: How long a write waits for another program's write lock before it fails.
    DEFAULT_BUSY_TIMEOUT = 5.0

    def __init__(self, path: Path | str, *, lock: bool = True,
                 busy_timeout: float = DEFAULT_BUSY_TIMEOUT, read_only: bool = False) -> None:
        self.path = resolve_path(path)
        self.bus = ChangeBus()
        self.busy_timeout = busy_timeout
        self.read_only = read_only
        self.notices: list[str] = []
        #: The last write that failed, until a later write succeeds (for a "not saving" banner).
        self.write_failure: StoreWriteError | None = None
        self._lock: FileLock | None = None
        self._gesture: _Gesture | None = None
        inspect_file(self.path)
        if read_only:
            self._open_snapshot()
            return
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
            self._set_aside_foreign_wal()
            check_integrity(self.path)
            self.engine = create_engine(URL.create("sqlite", database=str(self.path)))
            event.listen(self.engine, "connect", self._on_connect)
            self._session = sessionmaker(self.engine, expire_on_commit=False)
            migrate(self.engine, checkpoint=True)
            self._mark_identity()
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

    def _set_aside_foreign_wal(self) -> None:
        """A pending WAL that is not this store's own is moved away, never replayed."""
        if not self.path.is_file() or not files.wal_pending(self.path):
            return
        why = files.foreign_wal(self.path, APPLICATION_ID)
        if why is None:
            return
        try:
            moved = files.set_aside_wal(self.path)
        except OSError as exc:
            raise StoreRefused(QCoreApplication.translate("Models", "Naast {path} staat een logbestand (-wal) dat er niet bij hoort "
                               "({why}); het kan niet opzij gezet worden: {strerror}.").format(path=self.path, why=why, strerror=exc.strerror),
                               path=self.path, reason="foreign-wal") from exc
        self.notices.append(f"Naast {self.path} stond een logbestand (-wal) dat er niet bij hoort "
                            f"({why}). Het is niet verwerkt maar opzij gezet als {moved.name}; "
                            "het opslagbestand zelf is onveranderd.")

    def _mark_identity(self) -> None:
        """Give the store an id once, so a WAL of another store can be told apart."""
        with self.engine.begin() as conn:
            conn.exec_driver_sql("INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)",
                                 (files.STORE_ID_KEY, uuid.uuid4().hex))

    def _open_snapshot(self) -> None:
        """Read-only: a consistent copy in memory, taken under the lock or from immutable media."""
        try:
            if not self.path.is_file() or self.path.stat().st_size == 0:
                raise StoreRefused(QCoreApplication.translate("Models", "{path} bestaat niet of is leeg: er is nog geen "
                                   "Leidraad-bestand.").format(path=self.path), path=self.path, reason="missing")
        except OSError as exc:
            raise StoreRefused(damaged_message(self.path, exc.strerror or str(exc)),
                               path=self.path, reason="damaged") from exc
        writable_media = files.folder_writable(self.path)
        ignore_wal = False
        if files.wal_pending(self.path):
            why = files.foreign_wal(self.path, APPLICATION_ID)
            if why is not None:
                ignore_wal = True
                self.notices.append(f"Naast {self.path} staat een logbestand (-wal) dat er niet bij "
                                    f"hoort ({why}); het is genegeerd.")
        if writable_media:
            try:
                self._acquire_lock()  # nobody writes while the copy is taken
            except StoreLocked:
                pass  # the window has it open: SQLite's own read lock keeps the copy consistent
            except StoreRefused:
                writable_media = False
        try:
            immutable = ignore_wal or not writable_media
            if not ignore_wal:
                check_integrity(self.path)
            memory = files.memory_snapshot(self.path, immutable=immutable)
            check = memory.execute("PRAGMA quick_check").fetchall()
            if check != [("ok",)]:
                raise StoreRefused(damaged_message(self.path, f"controle: {check[0][0]}"),
                                   path=self.path, reason="damaged")
        except sqlite3.DatabaseError as exc:
            raise StoreRefused(damaged_message(self.path, str(exc)), path=self.path,
                               reason="damaged") from exc
        finally:
            self._release_lock()
        self.engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
        event.listen(self.engine, "connect", self._on_connect_memory)
        self._session = sessionmaker(self.engine, expire_on_commit=False)
        try:
            migrate(self.engine, checkpoint=False)  # in the memory copy only: an older store reads like a current one
        except DB_ERRORS as exc:
            self.close()
            raise StoreRefused(damaged_message(self.path, str(exc)), path=self.path,
                               reason="damaged") from exc

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

    # -- sessions ----------------------------------------------------------
    def _current_gesture(self) -> _Gesture | None:
        g = self._gesture
        return g if g is not None and g.on_this_thread() else None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; rows stay readable after it closes.

        Inside a gesture it is the gesture's session, so reads see its edits.
        A row the database cannot give back (damaged pages, undecodable bytes)
        raises :class:`StoreDamaged` with the damaged-store message.
        """
        g = self._current_gesture()
        try:
            if g is not None:
                yield g.session
                return
            with self._session() as session:
                yield session
        except StoreError:
            raise
        except DB_ERRORS as exc:
            raise StoreDamaged(damaged_message(self.path, str(getattr(exc, "orig", None) or exc)),
                               path=self.path, reason="damaged") from exc
        except (StatementError, UnicodeDecodeError) as exc:
            raise StoreDamaged(damaged_message(self.path, exc.__class__.__name__),
                               path=self.path, reason="damaged") from exc

    def _refuse_read_only(self) -> None:
        self.write_failure = StoreWriteError(
            QCoreApplication.translate("Models", "{path} is alleen-lezen geopend (bijvoorbeeld op een beveiligde USB-stick): "
            "wijzigingen worden niet opgeslagen. Kopieer het bestand naar de laptop om verder te "
            "werken.").format(path=self.path), path=self.path, reason="readonly")
        raise self.write_failure

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose work is committed (and synced) when the block ends.

        A failed commit is rolled back and raised as :class:`StoreWriteError`;
        whatever was stored before stays as it was. Inside :meth:`gesture` the
        work is only flushed: the gesture commits all of it at once.
        """
        if self.read_only:
            self._refuse_read_only()
        g = self._current_gesture()
        if g is not None:
            try:
                yield g.session
                g.session.flush()
            except DB_ERRORS as exc:
                g.failure = g.failure or write_error(exc, self.path)
                raise g.failure from exc
            except BaseException as exc:
                g.failure = g.failure or exc
                raise
            return
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
        self._saved_again()

    @contextmanager
    def gesture(self) -> Iterator[None]:
        """Everything written inside is one transaction: all of it is stored, or none.

        What a user sees as one edit (an undo step, a macro, deleting several
        rows) runs inside one gesture; a failure in any part, or a kill before
        the end, leaves the store as it was. Changes are announced after the
        commit, and not at all when it is rolled back. Nested gestures join
        the outer one.
        """
        if self._current_gesture() is not None or self.read_only:
            yield
            return
        g = _Gesture(self._session(), self.bus)
        self._gesture = g
        try:
            yield
            if g.failure is not None:  # a part failed and someone swallowed it: all or nothing
                raise g.failure
            g.session.commit()
        except DB_ERRORS as exc:
            self._gesture = None
            _quiet_rollback(g.session)
            self.write_failure = write_error(exc, self.path)
            raise self.write_failure from exc
        except BaseException as exc:
            self._gesture = None
            _quiet_rollback(g.session)
            if isinstance(exc, StoreWriteError):
                self.write_failure = exc
            raise
        finally:
            self._gesture = None
            g.session.close()
        self._saved_again()
        g.deliver()

    def _saved_again(self) -> None:
        if self.write_failure is not None:
            self.write_failure = None
            self.emit(Topic.STORE, None, saving=True)

    def emit(self, topic: Topic, workshop_id: int | None, kind: Kind = Kind.UPDATE,
             ids: Iterable[int] = (), **detail: Any) -> None:
        """Announce a :class:`Change` (``detail``: its typed fields); in a gesture, after the commit."""
        (self._current_gesture() or self.bus).emit(Change(topic, workshop_id, kind, tuple(ids), **detail))

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

    def _on_connect_memory(self, dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _quiet_rollback(session: Session) -> None:
    """Roll back after a failure; a rollback that fails too must not hide the first error.

    The connection is then invalidated by SQLAlchemy and replaced on the next
    write, so the store stays usable once the fault is gone.
    """
    try:
        session.rollback()
    except DB_ERRORS:
        session.invalidate()

