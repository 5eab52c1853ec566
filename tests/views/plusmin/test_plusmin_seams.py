"""The plus-min board's pieces know their board only through a small Protocol or signals.

Cards, panels, rows and the theme button never import the board module (the
import cycle is gone); a card works on any CardHost, so it can be driven alone.
"""
from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from app.models import plusmin as pm
from app.views.plusmin.parts import CardHost, InspirationCard, ItemCard

APP = Path(__file__).resolve().parents[3] / "app"


def _imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
    return out


def test_no_piece_imports_its_board_or_panel() -> None:
    pieces = {
        "app.views.plusmin.board": [p for p in (APP / "views" / "plusmin").glob("*.py")
                                    if p.name != "board.py"],
        "app.views.session.agenda_panel": [APP / "views" / "session" / "agenda_table.py"],
        "app.views.session.actions_panel": [APP / "views" / "session" / "actions_table.py"],
        "app.views.market.plenary": [APP / "views" / "market" / "plenary_scene.py"],
    }
    offenders = [f"{path.name} -> {owner}" for owner, paths in pieces.items() for path in paths
                 if owner in _imports(path)]
    assert offenders == []


class Host:
    """A stand-in board: records what the cards ask of it."""

    audience = False
    dragging = None

    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def begin_drag(self, source: QWidget) -> None:
        self.calls.append(("begin_drag", source))

    def drag_to(self, global_pos: QPoint) -> None:
        self.calls.append(("drag_to", global_pos))

    def end_drag(self, global_pos: QPoint) -> None:
        self.calls.append(("end_drag", global_pos))

    def select(self, card: ItemCard) -> None:
        self.calls.append(("select", card.item_id))

    def card_menu(self, card: ItemCard) -> None:
        return None

    def card_claims(self, card: ItemCard, event: object) -> bool:
        return False

    def card_key(self, card: ItemCard, event: object) -> bool:
        return False

    def edit_item(self, item_id: int, text: str) -> None:
        self.calls.append(("edit_item", (item_id, text)))

    def add_inspiration(self, source: InspirationCard) -> None:
        self.calls.append(("add_inspiration", source.text))


def test_cards_work_on_any_card_host(qtbot) -> None:  # noqa: ANN001
    host: CardHost = Host()
    parent = QWidget()
    qtbot.addWidget(parent)
    item = pm.ThemeItem(id=7, theme_id=1, sign="plus", text="Ervaring delen", position=0)
    card = ItemCard(host, item, parent)
    inspiration = InspirationCard(host, "min", "Tijd vinden", parent)
    parent.show()
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    card.start_edit()
    assert card.editor is not None
    card.editor.setPlainText("Ervaring delen met collega's")
    card.finish_edit(True)
    qtbot.mouseClick(inspiration.add, Qt.MouseButton.LeftButton)
    assert host.calls == [("select", 7), ("edit_item", (7, "Ervaring delen met collega's")),
                          ("add_inspiration", "Tijd vinden")]
