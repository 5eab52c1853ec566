"""``leidraad --self-test``: does this installation work? Checked with the real window.

On a scratch store in a temporary folder (the facilitator's own store is not
touched) it opens the main window, makes a workshop from every template and
opens it, reads the Cancel button of a standard dialog (Qt's own translation)
and reports one line per check on stdout. Exit status 0 when every check
passed and Qt printed no warning; 1 otherwise. Works on any Qt platform,
including ``QT_QPA_PLATFORM=offscreen`` on a machine without a display.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from app import APP_NAME, __version__

#: What a window system without these features says (offscreen, some Wayland compositors):
#: the platform's limits, not faults of Leidraad; the test suite ignores the same lines.
PLATFORM_LIMITS = ("This plugin does not support propagateSizeHints",
                   "This plugin does not support raise",
                   "This plugin does not support grabbing the keyboard")


def run_self_test(language: str | None) -> int:
    """Run the checks; any failure is one line (what failed and why), never a traceback."""
    try:
        return _checks(language)
    except Exception as exc:  # noqa: BLE001 - the report is the point
        print(f"self-test: FAILED ({exc.__class__.__name__}: {exc})")
        return 1


def _checks(language: str | None) -> int:
    from app.i18n import install, system_language
    from app.models import orchestration
    from app.models import workshop as ops
    from app.models.store import Store
    from app.paths import check_package_data
    from app.views.shell.main_window import MainWindow

    warnings: list[str] = []

    def on_message(kind: QtMsgType, _context: object, text: str) -> None:
        if text.startswith(PLATFORM_LIMITS):
            return
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.append(text)
            print(f"qt: {text}", file=sys.stderr)

    qInstallMessageHandler(on_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    chosen = install(language or system_language())
    check_package_data()
    failures = 0
    print(f"leidraad {__version__}, language {chosen}, platform {app.platformName()}")
    with tempfile.TemporaryDirectory(prefix="leidraad-self-test-") as folder:
        store = Store(Path(folder) / "self-test.sqlite")
        try:
            window = MainWindow(store, chosen)
            window.show()
            for key in ops.TEMPLATES:
                wid = orchestration.create_workshop(store, title=f"Zelftest {key}", template=key).id
                screen = window.open_workshop(wid)
                app.processEvents()
                ok = screen is not None and window.windowTitle().startswith(f"Zelftest {key}")
                failures += not ok
                print(f"template {key}: {'ok' if ok else 'FAILED'} ({window.windowTitle()})")
            window.show_overview()
            box = QMessageBox(QMessageBox.Icon.Question, APP_NAME, "?",
                              QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
                              window)
            box.open()
            app.processEvents()
            cancel = box.findChild(QDialogButtonBox).button(
                QDialogButtonBox.StandardButton.Cancel)
            print(f"dialog button: {cancel.text().replace('&', '')}")
            box.close()
            QTimer.singleShot(0, window.close)
            QTimer.singleShot(10, app.quit)
            app.exec()
        finally:
            store.close()
    qInstallMessageHandler(None)
    if warnings:
        print(f"Qt warnings: {len(warnings)}")
    print("self-test: " + ("ok" if not failures and not warnings else "FAILED"))
    return 0 if not failures and not warnings else 1
