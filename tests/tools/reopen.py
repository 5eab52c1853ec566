"""Closing the app and starting it again on the same file: what must survive a restart.

A test makes its edits, closes everything down (the store releases its lock, the
bus lets go of its listeners) and then opens the same file the way the next start
of the app does. The ``reopen`` fixture (tests/conftest.py) does it for the test's
own store; :func:`view_context` and :func:`app_window` give the views on top.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from app.models.store import Store

if TYPE_CHECKING:
    from app.views.common.bus import ViewContext
    from app.views.shell.main_window import MainWindow


class Reopener:
    """``reopen()`` closes the store in use and opens its file again, as a restart does.

    The first call closes the test's ``store``; each later one the store the previous
    call opened. Every store it opened is closed when the test ends.
    """

    def __init__(self, store: Store) -> None:
        self.path = Path(store.path)
        self.current = store
        self._opened: list[Store] = []

    def __call__(self) -> Store:
        self.current.close()
        self.current = Store(self.path)
        self._opened.append(self.current)
        return self.current

    def close_all(self) -> None:
        for store in self._opened:
            store.close()


@contextmanager
def view_context(store: Store) -> Iterator[ViewContext]:
    """What a board needs to run on ``store``: the bus adapter and its own undo stack.
    Afterwards the bus is detached and the stack emptied (the store stays open)."""
    from PySide6.QtGui import QUndoStack

    from app.views.common.bus import QtBus, ViewContext

    bus = QtBus(store)
    stack = QUndoStack()
    try:
        yield ViewContext(store, bus, stack)
    finally:
        bus.detach()
        stack.clear()


@contextmanager
def app_window(qtbot, path: Path) -> Iterator[MainWindow]:  # noqa: ANN001
    """The app as a start opens it: the store at ``path`` and the main window on it (not
    yet showing a workshop). Window and store are closed when the block ends."""
    from app.views.shell.main_window import MainWindow

    store = Store(path)
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        try:
            yield window
        finally:
            window.close()
    finally:
        store.close()
