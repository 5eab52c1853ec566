"""The circle board's graphics view: fitted to the board, zoom, and the mouse and keys it hands to its board.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
)

from app.views.circle import keys as circle_keys
from app.views.circle.items import (
    NoteItem,
)
from app.views.circle.scene import CircleScene

if TYPE_CHECKING:
    from app.views.circle.board import CircleBoard

ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.15, 0.5, 6.0  # relative to the fitted scale

class BoardView(QGraphicsView):
    """The view: fits the whole board, zooms with Ctrl+wheel, hands gestures to the board."""

    def __init__(self, board: CircleBoard, scene: CircleScene) -> None:
        super().__init__(scene, board)
        self.board = board
        self.fitted = True
        self.grabbed: NoteItem | None = None  # the note a press handed the mouse to
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)

    def fit(self) -> None:
        """The whole board at the zoom its arrangement was made for."""
        self.fitted = True
        scale = self.fit_scale()  # exactly the arrangement's zoom (fitInView leaves a margin)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self.scene().sceneRect().center())
        self.board.place_editor()

    def fit_scale(self) -> float:
        view, rect = self.viewport().rect(), self.scene().sceneRect()
        return min(view.width() / max(rect.width(), 1), view.height() / max(rect.height(), 1))

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        fit = max(self.fit_scale(), 1e-6)
        factor = min(max(current * factor, MIN_ZOOM * fit), MAX_ZOOM * fit) / current
        self.fitted = False
        self.scale(factor, factor)
        self.board.place_editor()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.board.size_tally()
        self.board.relayout(fit=False)
        if self.fitted:
            self.fit()
        else:
            self.board.place_editor()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.board.place_editor()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.board.commit_editor(chain=False)
        if self.isInteractive() and event.buttons() == Qt.MouseButton.LeftButton:
            if self.grabbed is not None and self.board.scene.mouseGrabberItem() is self.grabbed:
                self.grabbed.ungrabMouse()  # its release never came (focus lost mid-drag)
            self.grabbed = self.board.scene.grab_note(self.viewportTransform(),
                                                      event.position().toPoint())
        super().mousePressEvent(event)
        self.board.drag_started()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.board.dragging()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.grabbed is not None and not event.buttons():  # Qt only ends grabs it made itself
            if self.board.scene.mouseGrabberItem() is self.grabbed:
                self.grabbed.ungrabMouse()
            self.grabbed = None
        if event.button() == Qt.MouseButton.LeftButton:
            self.board.drag_finished()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.board.note_at(event.position().toPoint())
        if item is not None:
            self.board.edit_note(item.note_id)
        else:
            self.board.new_note(at=self.mapToScene(event.position().toPoint()))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and circle_keys.handle_tab(self.board, event)):
            return True  # Tab walks the notes before Qt moves the focus on
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.board.handle_key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.board.context_menu(event.pos(), event.globalPos())
