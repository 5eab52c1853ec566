"""Child process for start-up figures: prints 'painted' at the first paint, then exits.

usage: startup_child.py bare|main|circle STORE_PATH [WORKSHOP_ID]
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> None:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    mode = sys.argv[1]
    app = QApplication(sys.argv[:1])

    class PaintSpy(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                os._exit(0)
            return False

    spy = PaintSpy()
    if mode == "bare":
        window = QWidget()
        window.resize(1280, 800)
        target = window
    else:
        from app.models.store import Store
        from app.views.main_window import MainWindow

        store = Store(sys.argv[2])
        window = MainWindow(store)
        target = window
        if mode == "circle":
            screen = window.open_workshop(int(sys.argv[3]))
            assert screen is not None
            screen.show_board("circle")
            board = screen.board("circle")
            target = board.view.viewport()  # type: ignore[union-attr]
    target.installEventFilter(spy)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
