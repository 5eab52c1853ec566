"""One path for the writes that are not undo steps: settings, navigation, projection, the timer.

Where the facilitator is (the open workshop, the board shown), how the room looks
(contrast, text size), the round timer, remembered folders and the UI language are
stored at once but are not edits one undoes. Each such write goes through
:func:`write_or_report`: it runs the write and, when the store refuses it, reports
the error exactly as a failed undo command does (``store.bus.fail``, which the
main window turns into the red "not saved" banner and a message), then returns
False. A refused write never escapes the Qt slot that asked for it, and nothing
half-written is left behind (each model operation is one transaction).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from app.commands import REPORTED
from app.models import workshop as ops
from app.models.store import Store
from app.models.store_errors import DB_ERRORS, write_error
from app.views.common.bus import ViewContext

T = TypeVar("T")


def _store_of(where: Store | ViewContext) -> Store:
    return where.store if isinstance(where, ViewContext) else where


def attempt(where: Store | ViewContext, write: Callable[[], T]) -> tuple[bool, T | None]:
    """Run ``write``; ``(True, its result)``, or ``(False, None)`` after reporting a refusal."""
    store = _store_of(where)
    try:
        return True, write()
    except REPORTED as exc:
        store.bus.fail(exc)
    except DB_ERRORS as exc:  # a raw database error that bypassed the store's wording
        store.bus.fail(write_error(exc, store.path))
    return False, None


def write_or_report(where: Store | ViewContext, write: Callable[[], object]) -> bool:
    """Run a write outside the undo stack; False (the error already shown) when refused."""
    return attempt(where, write)[0]


def save_setting(where: Store | ViewContext, key: str, value: str) -> bool:
    """Store one setting (a preference or navigation state); False when refused (shown)."""
    store = _store_of(where)
    return write_or_report(store, lambda: ops.set_setting(store, key, value))
