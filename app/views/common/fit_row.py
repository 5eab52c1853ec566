"""A row of widgets that goes under each other when the side panel is too narrow for it.

On a 1366x768 laptop the console's side panel is about 300 px wide: two buttons
side by side do not fit, and a row that insists on its width makes the whole
panel scroll sideways. :class:`FitRow` asks only for its widest child, lays the
children side by side when they fit and stacks them when they do not.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

SIDE_BY_SIDE = QBoxLayout.Direction.LeftToRight
STACKED = QBoxLayout.Direction.TopToBottom


class FitRow(QWidget):
    """Children side by side when there is room, otherwise one under the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(SIDE_BY_SIDE, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        # the row's own minimum is minimumSizeHint below, not the sum of its children
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self._children: list[QWidget] = []

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        self._children.append(widget)
        self.box.addWidget(widget, stretch)
        self._fit(self.width())

    @property
    def stacked(self) -> bool:
        return self.box.direction() == STACKED

    def _side_by_side_width(self) -> int:
        shown = [w for w in self._children if not w.isHidden()]
        spacing = max(0, self.box.spacing()) * max(0, len(shown) - 1)
        return sum(w.sizeHint().width() for w in shown) + spacing

    def _fit(self, width: int) -> None:
        direction = SIDE_BY_SIDE if width >= self._side_by_side_width() else STACKED
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()

    def minimumSizeHint(self) -> QSize:
        """Only the widest child: the row never makes its panel wider."""
        shown = [w for w in self._children if not w.isHidden()]
        width = max((w.minimumSizeHint().width() for w in shown), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())
