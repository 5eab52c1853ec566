"""Start the GUI: a window at once, then the store (with clear refusals), language, content.

The first frame is painted before SQLAlchemy and the models load (~0.4 s on a
small laptop), so the facilitator sees Leidraad open straight away; the real
main window takes its place as soon as the store is open.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from app import APP_NAME, __version__
from app.i18n import install, system_language
from app.views.common.heap import SETTLE_AFTER_MS, settle_heap

if TYPE_CHECKING:
    from app.models.store import Store
    from app.views.shell.main_window import MainWindow


def open_store_or_explain(path: Path) -> Store | None:
    from app.models.store import Store, StoreError

    try:
        return Store(path)
    except StoreError as exc:
        from app.console import say

        say(str(exc))  # also for whoever started the bundle from a terminal
        QMessageBox.critical(None, QApplication.translate("Start", "Leidraad kan niet starten"),
                             _as_typed(str(exc)))
        return None


def _as_typed(text: str) -> str:
    from app.views.common.labels import shown_as_typed

    return shown_as_typed(text)


def _store_error(exc: BaseException) -> bool:
    from app.models.store import StoreError

    return isinstance(exc, StoreError)


def report_uncaught(kind: type[BaseException], exc: BaseException, tb: object) -> None:
    """``sys.excepthook`` for the window: a store that fails on reading says so, once.

    A damaged page or undecodable bytes surface in whatever slot reads them
    first; instead of a traceback (and an empty board) the facilitator gets the
    damaged-store message with what to do. Anything else goes to the default hook.
    """
    if not _store_error(exc):
        sys.__excepthook__(kind, exc, tb)  # type: ignore[arg-type]
        return
    message = str(exc)
    if message in _REPORTED:
        return
    _REPORTED.add(message)
    parent = QApplication.activeWindow()
    QMessageBox.critical(parent, QApplication.translate("Start", "Leidraad kan dit bestand niet lezen"),
                         _as_typed(message))


_REPORTED: set[str] = set()


class FirstFrame(QMainWindow):
    """The window as it first appears: the name and a quiet line while the store opens.

    ``ready`` runs once, right after the first paint.
    """

    def __init__(self, ready: object) -> None:
        super().__init__()
        self._ready = ready
        self.setWindowTitle(APP_NAME)
        label = QLabel(QApplication.translate("Start", "Leidraad wordt geopend…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 16pt; color: #55606a;")
        self.setCentralWidget(label)
        self.resize(1280, 800)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._ready is not None:
            ready, self._ready = self._ready, None
            QTimer.singleShot(0, ready)  # type: ignore[arg-type]


class Session:
    """The running app: one store, one main window, rebuilt when the language changes."""

    def __init__(self, app: QApplication, store: Store, first: QMainWindow | None = None,
                 language: str | None = None) -> None:
        from app.models import workshop as ops

        self.app, self.store = app, store
        language = language or ops.get_setting(store, "language") or system_language()
        self.window = self._make_window(install(language))
        if first is not None:
            self.window.setGeometry(first.geometry())
        self.window.restore_last()
        self.window.show()

    def _make_window(self, language: str, history: object = None) -> MainWindow:
        from app.views.shell.main_window import MainWindow

        window = MainWindow(self.store, language, history=history)
        window.language_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        from app.views.common.writes import save_setting

        old = self.window
        geometry = old.saveGeometry()
        workshop = old.workshop_screen.workshop_id if old.workshop_screen else None
        install(language)
        old.undo_group.setActiveStack(None)
        for stack in (old.history.overview, *old.history.stacks.values()):
            old.undo_group.removeStack(stack)  # the new window takes the undo history on
        self.window = self._make_window(language, old.history)
        self.window.restoreGeometry(geometry)
        if workshop is not None:
            self.window.open_workshop(workshop)
        self.window.show()
        old.close()
        old.deleteLater()
        # remembered for the next start; a refusal shows on the new window (the old one is gone)
        save_setting(self.store, "language", language)


def _open(app: QApplication, db_path: Path, first: FirstFrame, held: dict[str, object]) -> None:
    """Open the store and put the real window in place; any failure is said, then we stop."""
    try:
        _open_store_and_window(app, db_path, first, held)
    except Exception as exc:  # noqa: BLE001 - a start that fails must say why, not hang
        from app.console import say

        text = str(exc) if _store_error(exc) else f"{exc.__class__.__name__}: {exc}"
        say(text)
        QMessageBox.critical(first, QApplication.translate("Start", "Leidraad kan niet starten"),
                             _as_typed(text))
        first.close()
        app.exit(2)


def _open_store_and_window(app: QApplication, db_path: Path, first: FirstFrame,
                           held: dict[str, object]) -> None:
    store = open_store_or_explain(db_path)
    if store is None:
        first.close()
        app.exit(2)
        return
    held["store"] = store
    held["session"] = Session(app, store, first, held.get("language"))  # type: ignore[arg-type]
    for notice in store.notices:  # e.g. a write-ahead log that did not belong, set aside
        QMessageBox.information(held["session"].window,  # type: ignore[attr-defined]
                                QApplication.translate("Start", "Let op"), _as_typed(notice))
    first.hide()
    first.deleteLater()
    # Just after the window's first frame (no one edits within 0.1 s): the start-up
    # backup, with binned workshops still in it, then the bin is emptied.
    QTimer.singleShot(100, lambda: _backup_then_purge(store, held["session"].window))
    QTimer.singleShot(SETTLE_AFTER_MS, settle_heap)  # what start-up built lives all session


def _backup_then_purge(store: Store, window: QMainWindow) -> None:
    from app.models.backup import backup_then_purge

    failure = backup_then_purge(store)
    if failure is not None:  # without a backup we still work, but the facilitator knows
        QMessageBox.warning(window, QApplication.translate("Start", "Geen reservekopie"),
                            str(failure))


def display_problem() -> str | None:
    """Why no window can open here (no display at all, or an X display that is not there)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    display = os.environ.get("DISPLAY", "")
    if not display:
        return QApplication.translate(
            "Start", "Er is geen beeldscherm: het venster van Leidraad kan hier niet openen. "
                     "Start Leidraad op het bureaublad, of gebruik een opdracht zoals "
                     "'leidraad list' (zie 'leidraad --help').")
    number = display.rpartition(":")[2].split(".")[0]
    if display.startswith(":") and number.isdigit() and not Path(
            f"/tmp/.X11-unix/X{number}").exists():
        return QApplication.translate(
            "Start", "Het beeldscherm {display} is niet bereikbaar: het venster van Leidraad kan "
                     "niet openen.").format(display=display)
    return None


def app_icon() -> QIcon:
    from app.paths import resource_path

    icon = QIcon()
    for name in ("leidraad.svg", "leidraad.png"):
        icon.addFile(str(resource_path("icons", name)))
    return icon


def run_gui(db_path: Path, language: str | None = None) -> int:
    from app.console import missing_message, saved_language, say, speak
    from app.paths import MissingResource, check_package_data

    if display_problem() is not None:
        speak(language, db_path)  # a headless application, only for the words
        say(display_problem() or "")
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("leidraad")
    install(language or saved_language(db_path) or system_language())
    try:
        check_package_data()
    except MissingResource as exc:
        message = missing_message(exc.name)
        say(message)
        QMessageBox.critical(None, QApplication.translate("Start", "Leidraad kan niet starten"),
                             message)
        return 3
    app.setWindowIcon(app_icon())
    held: dict[str, object] = {"language": language}
    sys.excepthook = report_uncaught
    first = FirstFrame(lambda: _open(app, db_path, first, held))
    first.show()
    try:
        return app.exec()
    finally:
        store = held.get("store")
        if store is not None:
            store.close()  # type: ignore[attr-defined]
