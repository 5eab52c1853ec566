"""The real app started in a child process, offscreen, the way a facilitator starts it.

The child prints what a person would see: ``WINDOWS [first] [last]`` (the visible
top-level windows at the first look and once the main window is up), ``CRITICAL text``
or ``WARNING text`` for a message box, and ``EXIT code``.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication(sys.argv[:1])
    QMessageBox.critical = staticmethod(lambda parent, title, text, *a: print("CRITICAL", text))
    QMessageBox.warning = staticmethod(lambda parent, title, text, *a: print("WARNING", text))
    seen = []
    def look():
        seen.append(sorted(type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()))
        if len(seen) < 40 and "MainWindow" not in seen[-1]:
            QTimer.singleShot(100, look)
        else:
            print("WINDOWS", seen[0], seen[-1], flush=True)
            QTimer.singleShot(800, app.quit)  # the start-up backup runs just after
    QTimer.singleShot(0, look)
    from app.main import main
    code = main(["--db", sys.argv[1]])
    print("EXIT", code, flush=True)
""")


def headless_env() -> dict[str, str]:
    """This environment without a display (no X, no Wayland, no Qt platform chosen), with
    the checkout on the path: a child process on a machine where nobody is logged in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    return env


def run_app(db: Path) -> subprocess.CompletedProcess[str]:
    """``leidraad --db DB`` in a child process; its stdout tells what the person saw."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO)
