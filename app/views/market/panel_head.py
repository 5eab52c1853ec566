"""The title and subtitle of a marketplace sheet (or pool, or column), cached apart.

A sheet grows with every line a subgroup sends, and in the room every sheet is as
tall as the tallest, so all of them change height together. The paper itself is
cheap to paint where it is exposed; the antialiased text of the titles is not,
so the titles are a child item with their own device-coordinate cache, which a
change of height leaves alone (a cached whole sheet was painted again, 0.5-0.7
ms a sheet, every time the tallest one grew).
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget


class _Titled(Protocol):
    width: float
    header: float

    def paint_titles(self, painter: QPainter) -> None: ...


class PanelHead(QGraphicsItem):
    """Draws its panel's titles (``paint_titles``) inside the panel's header band."""

    def __init__(self, panel: QGraphicsItem) -> None:
        super().__init__(panel)
        self.panel: _Titled = panel  # type: ignore[assignment]
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def changed(self) -> None:
        """The titles (or the panel's width) changed."""
        self.prepareGeometryChange()
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.panel.width, self.panel.header)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.panel.paint_titles(painter)
