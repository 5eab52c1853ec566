"""The real start: a first frame at once, then the main window on the opened store."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

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


def _run(db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-c", CHILD, str(db)], capture_output=True, text=True,
                          timeout=120, env=env, cwd=Path(__file__).resolve().parent.parent)


def test_first_frame_then_the_main_window_and_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "leidraad.sqlite"
    result = _run(db)
    assert "EXIT 0" in result.stdout, result.stderr[-2000:]
    windows = result.stdout.split("WINDOWS", 1)[1]
    assert "FirstFrame" in windows.splitlines()[0].split("]")[0]  # the first look: the first frame
    assert "MainWindow" in windows
    assert db.exists()
    assert list((tmp_path / "backups").glob("leidraad-*.sqlite"))


def test_a_refused_store_is_explained_and_the_app_stops(tmp_path: Path) -> None:
    db = tmp_path / "noise.sqlite"
    db.write_bytes(os.urandom(4096))
    before = db.read_bytes()
    result = _run(db)
    assert "CRITICAL" in result.stdout and "geen Leidraad-bestand" in result.stdout
    assert "EXIT 2" in result.stdout
    assert db.read_bytes() == before
