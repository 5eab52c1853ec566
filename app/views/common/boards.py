"""Which widget shows which board; boards are imported only when first shown.

Every board class takes ``(ctx: ViewContext, workshop_id: int, *, audience: bool
= False, parent=None)``. With ``audience=True`` it renders for the room: no
editing chrome, nothing facilitator-only, large type.
"""
from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from app.views.common.bus import ViewContext

BOARD_CLASSES: dict[str, tuple[str, str]] = {
    "circle": ("app.views.circle.board", "CircleBoard"),
    "market": ("app.views.market.board", "MarketBoard"),
    "plusmin": ("app.views.plusmin.board", "PlusMinBoard"),
    "reflection": ("app.views.reflection.board", "ReflectionBoard"),
}
BOARD_KINDS = tuple(BOARD_CLASSES)


def make_board(kind: str, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
               parent: QWidget | None = None) -> QWidget:
    module_name, class_name = BOARD_CLASSES[kind]
    cls = getattr(importlib.import_module(module_name), class_name)
    return cls(ctx, workshop_id, audience=audience, parent=parent)
