"""Touch on a board view (the interactive whiteboard): one finger is the mouse, a long
press is a right click, two fingers zoom.

Qt's own mouse synthesis gives up on a touch sequence as soon as the widget takes
touch events, and without taking them there is no pinch. :class:`TouchBoard` takes
the touch events of a board view's viewport and turns them into what the board
already understands: one finger presses, moves and releases the left button (so
tap selects, drag moves a post-it or a card, drop pairs), holding still for
:data:`LONG_PRESS_MS` opens the context menu, and a second finger ends the
one-finger gesture where it began and zooms by the change in finger distance.
"""
from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

LONG_PRESS_MS = 600
STILL_PX = 12  # a finger trembles: within this distance it has not moved


class TouchBoard(QObject):
    """Event filter on ``view.viewport()``; ``zoom(factor)`` zooms the view."""

    def __init__(self, view: QAbstractScrollArea, zoom: Callable[[float], None]) -> None:
        super().__init__(view)
        self.view, self.zoom = view, zoom
        self.viewport = view.viewport()
        self.viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.viewport.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=LONG_PRESS_MS)
        self._timer.timeout.connect(self._long_press)
        self._start = QPointF()
        self._last = QPointF()
        self._pressed = False  # the synthesised left button is down
        self._done = True  # the sequence needs nothing more (menu opened, or pinching)
        self._distance: float | None = None

    # -- mouse the board understands -------------------------------------------
    def _mouse(self, kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton) -> None:
        buttons = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease \
            else Qt.MouseButton.NoButton
        if kind == QEvent.Type.MouseMove:
            button = Qt.MouseButton.NoButton
        global_pos = QPointF(self.viewport.mapToGlobal(pos.toPoint()))
        event = QMouseEvent(kind, pos, global_pos, button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(self.viewport, event)

    def _press(self, pos: QPointF) -> None:
        self._pressed = True
        self._mouse(QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton)

    def _release(self, pos: QPointF) -> None:
        if self._pressed:
            self._pressed = False
            self._mouse(QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton)

    def _long_press(self) -> None:
        """Held still: end the press where it began, then what a right click opens."""
        if self._done or not self._pressed:
            return
        self._done = True
        self._release(self._start)
        point = self._start.toPoint()
        menu = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                 self.viewport.mapToGlobal(QPoint(point)))
        QApplication.sendEvent(self.viewport, menu)

    # -- touch --------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                        QEvent.Type.TouchCancel) or not isinstance(event, QTouchEvent):
            return False
        points = [p for p in event.points()
                  if p.state() != p.State.Released or kind == QEvent.Type.TouchEnd]
        spot = self._local(points[0]) if points else self._last
        if kind == QEvent.Type.TouchCancel:
            self._timer.stop()
            self._release(self._start)
            self._done, self._distance = True, None
        elif kind == QEvent.Type.TouchBegin and len(points) == 1:
            self._start = self._last = spot
            self._done, self._distance = False, None
            self._press(self._start)
            self._timer.start()
        elif len([p for p in event.points() if p.state() != p.State.Released]) >= 2:
            self._pinch(event)
        elif not self._done and points:
            self._one_finger(kind, spot)
        if kind == QEvent.Type.TouchEnd:
            self._timer.stop()
            self._release(self._last)
            self._distance = None
        event.accept()
        return True

    def _local(self, point: object) -> QPointF:
        """A touch point on the viewport (its own position may be the window's)."""
        return QPointF(self.viewport.mapFromGlobal(point.globalPosition().toPoint()))  # type: ignore[attr-defined]

    def _one_finger(self, kind: QEvent.Type, pos: QPointF) -> None:
        if (pos - self._start).manhattanLength() > STILL_PX:
            self._timer.stop()
        self._last = pos
        if kind == QEvent.Type.TouchUpdate:
            self._mouse(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton)

    def _pinch(self, event: QTouchEvent) -> None:
        """Two fingers: the one-finger gesture ends where it began; the board zooms."""
        self._timer.stop()
        if not self._done:
            self._done = True
            self._release(self._start)
        a, b = [self._local(p) for p in event.points() if p.state() != p.State.Released][:2]
        distance = math.hypot(a.x() - b.x(), a.y() - b.y())
        if self._distance and distance > 0:
            self.zoom(distance / self._distance)
        self._distance = distance or None
