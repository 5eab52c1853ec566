"""What a widget tree shows as text: labels, buttons, editors, item views and scene items.

Used to check that facilitator-only content never reaches what the room sees.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGraphicsView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    out = []
    for row in range(model.rowCount()):
        for col in range(model.columnCount()):
            value = model.index(row, col).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                out.append(str(value))
    return out


def _scene_texts(view: QGraphicsView) -> list[str]:
    out = []
    scene = view.scene()
    if scene is None:
        return out
    for item in scene.items():
        for attr in ("text", "name", "toPlainText"):
            value = getattr(item, attr, None)
            if callable(value):
                try:
                    value = value()
                except TypeError:
                    continue
            if isinstance(value, str) and value:
                out.append(value)
    return out


def visible_texts(root: QWidget) -> str:
    """All text in ``root``'s widget tree that is (or would be) on screen, one per line."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            out.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            out.append(widget.toPlainText())
        elif isinstance(widget, QGraphicsView):
            out.extend(_scene_texts(widget))
        elif isinstance(widget, QAbstractItemView):
            out.extend(_model_texts(widget))
        for attr in ("texts", "rules"):
            value = getattr(widget, attr, None)
            if isinstance(value, list):
                out.extend(str(v) for v in value)
    return "\n".join(t for t in out if t)
