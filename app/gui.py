"""Start the GUI: QApplication, language, the store (with clear refusals), the window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME
from app.i18n import install, system_language
from app.models import workshop as ops
from app.models.backup import BackupError, take_backup
from app.models.store import Store, StoreError


def open_store_or_explain(path: Path) -> Store | None:
    try:
        return Store(path)
    except StoreError as exc:
        QMessageBox.critical(None, QApplication.translate("Start", "Leidraad kan niet starten"),
                             str(exc))
        return None


class Session:
    """The running app: one store, one main window, rebuilt when the language changes."""

    def __init__(self, app: QApplication, store: Store) -> None:
        self.app, self.store = app, store
        language = ops.get_setting(store, "language") or system_language()
        self.window = self._make_window(install(language))
        self.window.restore_last()
        self.window.show()

    def _make_window(self, language: str):  # noqa: ANN202 (import kept local: start-up time)
        from app.views.main_window import MainWindow

        window = MainWindow(self.store, language)
        window.language_requested.connect(self.switch_language)
        return window

    def switch_language(self, language: str) -> None:
        ops.set_setting(self.store, "language", language)
        old = self.window
        geometry = old.saveGeometry()
        workshop = old.workshop_screen.workshop_id if old.workshop_screen else None
        install(language)
        self.window = self._make_window(language)
        self.window.restoreGeometry(geometry)
        if workshop is not None:
            self.window.open_workshop(workshop)
        self.window.show()
        old.close()
        old.deleteLater()


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    store = open_store_or_explain(db_path)
    if store is None:
        return 2
    try:
        try:  # a backup first (binned workshops still in it); without one we still work
            take_backup(store)
        except BackupError as exc:
            QMessageBox.warning(None, QApplication.translate("Start", "Geen reservekopie"), str(exc))
        ops.purge_deleted(store)
        session = Session(app, store)  # noqa: F841  (keeps the window alive)
        return app.exec()
    finally:
        store.close()
