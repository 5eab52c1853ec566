"""Child process for the start-up figures: prints 'painted' when the first frame is done.

usage: startup_child.py bare|app STORE_PATH [circle|ready]

``bare``: a plain QWidget window, the baseline every GUI start pays.
``app``: Leidraad's real start (``app.main.main(["--db", STORE_PATH])``: the
backup, the language, the main window, reopening the last workshop). With
``circle`` the frame counted is the first one that paints the circle board's
view; otherwise the main window's first frame.

"Done" means the paint pass that painted the target has ended (a zero timer
started from the target's paint event fires after it), so the whole frame is
counted, not just the first widget in it. The parent measures from spawn to
the line on stdout.
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _spy(app: object, is_target: object) -> object:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class PaintSpy(QObject):
        """Watches paint events until the target paints, then reports once the frame ends."""

        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if not self.seen and event.type() == QEvent.Type.Paint and is_target(obj):
                self.seen = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print("painted", flush=True)
            os._exit(0)

    spy = PaintSpy()
    app.installEventFilter(spy)  # type: ignore[attr-defined]
    return spy


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    window.resize(1280, 800)
    spy = _spy(app, lambda obj: obj is window)  # noqa: F841 - kept alive
    window.show()
    app.exec()


def leidraad(store_path: str, circle: bool, ready: bool = False) -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])  # run_gui reuses it

    def is_target(obj: object) -> bool:
        if circle:  # the viewport of the circle board's view
            parent = obj.parent()  # type: ignore[attr-defined]
            return parent is not None and type(parent).__name__ == "BoardView"
        if ready:  # the real main window (after the store opened), not the first frame
            return type(obj).__name__ == "MainWindow"
        return isinstance(obj, QMainWindow)

    spy = _spy(app, is_target)  # noqa: F841 - kept alive
    from app.main import main

    main(["--db", store_path])
    print("exited without painting", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        mode = sys.argv[3] if len(sys.argv) > 3 else ""
        leidraad(sys.argv[2], mode == "circle", mode == "ready")
