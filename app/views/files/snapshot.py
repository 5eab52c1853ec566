"""A picture of a board exactly as the room sees it: ``leidraad snapshot`` and the GUI's
*Bord als afbeelding opslaan*.

The audience view is built on the store at the projector's size (the same
widgets as the audience window, with its margins), on Qt's offscreen platform
when there is no application yet, and grabbed to PNG. A board that the room
sees in pages gives one picture per page: ``FILE`` for the first, then
``FILE-2.png``, ``FILE-3.png``...
"""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

BOARDS = ("circle", "market", "plenary", "plusmin")
THEMES = {"normaal": False, "normal": False, "hoog-contrast": True, "contrast": True,
          "high-contrast": True}
MIN_SIDE, MAX_SIDE = 320, 7680


class SnapshotError(Exception):
    """A refusal worded for the facilitator (one line)."""


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text or "")
    if not match:
        raise SnapshotError(f"onbekende grootte {text!r}: schrijf breedte x hoogte, "
                            f"bijvoorbeeld 1920x1080")
    w, h = int(match.group(1)), int(match.group(2))
    if not (MIN_SIDE <= w <= MAX_SIDE and MIN_SIDE <= h <= MAX_SIDE):
        raise SnapshotError(f"grootte {w}x{h} kan niet: breedte en hoogte tussen "
                            f"{MIN_SIDE} en {MAX_SIDE} pixels")
    return w, h


def page_paths(path: Path, count: int) -> list[Path]:
    """``FILE`` for the first page, then ``FILE-2.png``, ``FILE-3.png``..."""
    path = Path(path)
    if path.suffix.lower() != ".png":
        path = path.with_name(path.name + ".png")
    stem = path.name[:-4]
    return [path] + [path.with_name(f"{stem}-{n}.png") for n in range(2, count + 1)]


def ensure_app() -> Any:
    """The running QApplication, or a headless one (offscreen) for the command line."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "leidraad"])
    return app


class RoomFrame:
    """The audience window's content without the window's screen handling: a top-level
    widget of the projector's size holding an :class:`AudienceView` with the same margins."""

    def __init__(self, ctx: Any, workshop_id: int, board: str, size: tuple[int, int],
                 high_contrast: bool | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        from app.views.room.audience import ROOM_MARGINS, AudienceView, Projection

        kind = "market" if board == "plenary" else board
        self.projection = Projection(ctx.store)
        if high_contrast is not None:
            self.projection.high_contrast = high_contrast
        self.widget = QWidget(None, Qt.WindowType.Window)
        self.widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.widget.setFixedSize(*size)
        self.view = AudienceView(ctx, self.projection, self.widget)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(*ROOM_MARGINS)
        layout.addWidget(self.view)
        self.projection.set_workshop(workshop_id, kind)
        if kind == "market":
            self.view.board_widget("market").set_mode(
                "plenary" if board == "plenary" else "sheets", store=False)
        self.widget.show()
        self.settle()

    def settle(self) -> None:
        from PySide6.QtWidgets import QApplication

        for _ in range(3):
            QApplication.processEvents()
            self.widget.layout().activate()
        self.view._pages_changed()
        QApplication.processEvents()

    def page_count(self) -> int:
        return self.view.page_count()

    def show_page(self, page: int) -> None:
        self.projection.page = page
        self.projection.page_changed.emit()
        self.settle()

    def grab(self) -> Any:
        return self.widget.grab()

    def close(self) -> None:
        self.widget.close()
        self.widget.deleteLater()


def render(ctx: Any, workshop_id: int, board: str, size: tuple[int, int], out: Path, *,
           high_contrast: bool | None = None) -> list[Path]:
    """Write one PNG per page of ``board`` as the room sees it at ``size``; the paths."""
    if board not in BOARDS:
        raise SnapshotError(f"onbekend bord {board!r}: kies uit {', '.join(BOARDS)}")
    frame = RoomFrame(ctx, workshop_id, board, size, high_contrast)
    try:
        count = frame.page_count()
        paths = page_paths(out, count)
        for page, path in enumerate(paths):
            frame.show_page(page)
            path.parent.mkdir(parents=True, exist_ok=True)
            if not frame.grab().save(str(path), "PNG"):
                raise SnapshotError(f"kan {path} niet schrijven")
    finally:
        frame.close()
    return paths


def parse_theme(text: str | None) -> bool | None:
    """``normaal`` / ``hoog-contrast`` (None: the projector's stored theme)."""
    if text is None:
        return None
    theme = THEMES.get(text.casefold())
    if theme is None:
        raise SnapshotError(f"onbekend thema {text!r}: kies normaal of hoog-contrast")
    return theme


def snapshot_store(store: Any, workshop_id: int, board: str, size_text: str, out: Path,
                   theme_text: str | None = None) -> list[Path]:
    """The command line's work: a headless application, the store's views, the pictures."""
    size = parse_size(size_text)
    theme = parse_theme(theme_text)
    ensure_app()
    from PySide6.QtGui import QUndoStack

    from app.views.common.bus import QtBus, ViewContext

    bus = QtBus(store)
    try:
        return render(ViewContext(store, bus, QUndoStack()), workshop_id, board, size, out,
                      high_contrast=theme)
    finally:
        bus.detach()
