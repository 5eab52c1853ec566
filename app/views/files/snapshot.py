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


def cmd_snapshot(args: Any, db: Path) -> int:
    """``leidraad snapshot WORKSHOP --board B --size WxH -o FILE.png [--theme T]``."""
    from app.cli import CliError, _existing, _open, _workshop

    try:
        size = parse_size(args.size)
        theme = None if args.theme is None else THEMES.get(args.theme.casefold())
        if args.theme is not None and theme is None:
            raise SnapshotError(f"onbekend thema {args.theme!r}: kies normaal of hoog-contrast")
    except SnapshotError as exc:
        raise CliError(str(exc)) from None
    if not _existing(db):
        raise CliError(f"onbekende bijeenkomst {args.workshop!r}: er is nog geen opslagbestand ({db})")
    store = _open(db, write=False)
    try:
        ws = _workshop(store, args.workshop)
        ensure_app()
        from PySide6.QtGui import QUndoStack

        from app.views.common.bus import QtBus, ViewContext

        bus = QtBus(store)
        try:
            paths = render(ViewContext(store, bus, QUndoStack()), ws.id, args.board, size,
                           args.output, high_contrast=theme)
        except SnapshotError as exc:
            raise CliError(str(exc)) from None
        finally:
            bus.detach()
    finally:
        store.close()
    for path in paths:
        print(path)
    return 0


def add_command(sub: Any, guarded: Any) -> None:
    """Register ``snapshot`` on the CLI's sub-parsers (called by :mod:`app.cli`)."""
    p = sub.add_parser("snapshot", help="sla een bord op als afbeelding, zoals de zaal het ziet",
                       description="Maak een PNG van een bord zoals het publieksvenster het op "
                                   "een projector van die grootte toont. Een bord dat de zaal "
                                   "in pagina's ziet, geeft één afbeelding per pagina "
                                   "(BESTAND, BESTAND-2.png, ...).")
    p.add_argument("workshop", metavar="BIJEENKOMST", help="het nummer uit 'leidraad list'")
    p.add_argument("--board", required=True, choices=BOARDS,
                   help="cirkel (circle), marktplaats-bladen (market), plenair (plenary) of "
                        "plus-min-schema (plusmin)")
    p.add_argument("--size", required=True, metavar="BxH", help="projectorgrootte, bijv. 1920x1080")
    p.add_argument("--theme", metavar="THEMA", default=None,
                   help="normaal of hoog-contrast (standaard: het thema van de projector)")
    p.add_argument("-o", "--output", metavar="BESTAND.png", required=True, type=Path)
    p.set_defaults(func=guarded(cmd_snapshot))
