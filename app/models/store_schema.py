"""The store's schema steps: which migration files there are and how one is applied.

A Leidraad store is marked with a fixed ``application_id`` and carries its
schema version in ``user_version``. Migration file ``NNNN_*.sql`` (package
data) takes a store to version NNNN; each step commits atomically with its
new version, so a kill halfway leaves the store at the previous version.
"""
from __future__ import annotations

from typing import Any

from app.paths import migrations

APPLICATION_ID = 0x4C454944  # "LEID"
MIGRATIONS_DIR = migrations()  # package data, read through importlib.resources


def migration_files() -> list[Any]:
    """The migration steps in order; file NNNN_*.sql takes the store to version NNNN."""
    return sorted((p for p in MIGRATIONS_DIR.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)


SCHEMA_VERSION = len(migration_files())


def migrate(engine: Any, *, checkpoint: bool) -> None:
    """Apply the steps the store has not had yet; ``checkpoint`` folds each into the file."""
    with engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        version = raw.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(migration_files(), start=1):
        if number <= version:
            continue
        apply_migration(engine, number, script.read_text(encoding="utf-8"))
        if checkpoint:
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def apply_migration(engine: Any, number: int, script: str) -> None:
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
