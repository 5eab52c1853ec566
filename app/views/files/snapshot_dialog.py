"""*Bestand > Bord als afbeelding opslaan*: the board on the projector as PNG, page by page."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.views.files.snapshot import SnapshotError, render

DEFAULT_SIZE = (1920, 1080)


def projector_size(window: QWidget) -> tuple[int, int]:
    """The audience window's size when it is open, else the other screen's, else 1920x1080."""
    audience = getattr(window, "audience_window", None)
    if audience is not None and audience.isVisible():
        return audience.width(), audience.height()
    own = window.screen()
    for screen in QGuiApplication.screens():
        if screen is not own:
            size = screen.geometry().size()
            return size.width(), size.height()
    return DEFAULT_SIZE


def shown_board(screen: QWidget, projection: object) -> str:
    """The board the room sees; the marketplace's plenary face counts as its own board."""
    kind = getattr(projection, "board", None) or screen.current_board_kind()
    if kind == "market":
        board = screen.board("market")
        if board is not None and board.mode() == "plenary":
            return "plenary"
    return kind


def save_board_picture(window: QWidget, screen: QWidget, projection: object,
                       report: Callable[[str], None], path: str | None = None) -> list[Path]:
    """Ask where (unless ``path`` is given), write the picture(s), say where they went."""
    board = shown_board(screen, projection)
    if not path:
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("SnapshotDialog", "Bord als afbeelding opslaan"),
            str(Path.home() / (QCoreApplication.translate("SnapshotDialog", "bord") + f" {board}.png")), QCoreApplication.translate("SnapshotDialog", "PNG-afbeelding (*.png)"))
        if not path:
            return []
    size = projector_size(window)
    try:
        paths = render(screen.ctx, screen.workshop_id, board, size, Path(path),
                       high_contrast=getattr(projection, "high_contrast", None))
    except (SnapshotError, OSError) as exc:
        QMessageBox.warning(window, QCoreApplication.translate("SnapshotDialog", "Niet opgeslagen"), str(exc))
        return []
    if len(paths) == 1:
        report(QCoreApplication.translate("SnapshotDialog", "Afbeelding opgeslagen: {path}").format(path=paths[0]))
    else:
        report(QCoreApplication.translate("SnapshotDialog", "{n} afbeeldingen opgeslagen (één per pagina): {path} …").format(
            n=len(paths), path=paths[0]))
    return paths
