"""Declarative base and small row helpers shared by every model module.

Rows are loaded in short sessions with ``expire_on_commit=False`` and handed to
the views detached: reading a column never touches the database again.
"""
from __future__ import annotations

import json
from typing import Any, TypeVar

from sqlalchemy import Text, TypeDecorator, inspect
from sqlalchemy.orm import DeclarativeBase, Session


class Base(DeclarativeBase):
    """All Leidraad tables."""


T = TypeVar("T", bound=Base)


class JSONText(TypeDecorator[Any]):
    """A JSON value stored as TEXT (readable with any SQLite tool)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Any) -> Any:
        return None if value is None else json.loads(value)


def row_values(obj: Base) -> dict[str, Any]:
    """Every column of ``obj`` as a plain dict: the snapshot an undo restores."""
    mapper = inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


def restore_row(session: Session, cls: type[T], values: dict[str, Any]) -> T:
    """Insert a row again from :func:`row_values`, keeping its id."""
    obj = cls(**values)
    session.add(obj)
    return obj


def next_position(session: Session, column: Any, *where: Any) -> int:
    """One past the highest ``position`` among the rows matching ``where``."""
    from sqlalchemy import func, select

    current = session.scalar(select(func.max(column)).where(*where))
    return 0 if current is None else int(current) + 1
