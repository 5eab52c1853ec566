"""Presentation mode for a single screen: the audience layout fullscreen, a small control bar."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.views.common.bus import ViewContext
from app.views.room.audience import AudienceView, Projection

TOUCH_TARGET = 44  # px: at least 40 for a finger on the interactive whiteboard


class PresentationPage(QWidget):
    """The room's view filling the laptop screen, with the session's controls at the bottom.

    Signals:
        leave_requested(): Esc or the "terug" button.
    """

    leave_requested = Signal()

    def __init__(self, ctx: ViewContext, projection: Projection, actions: list[QAction],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = AudienceView(ctx, projection, self)
        self.controls = QFrame(self)
        self.controls.setObjectName("presentationControls")
        self.controls.setStyleSheet(
            "#presentationControls { background: rgba(20, 30, 40, 150); border-radius: 8px; }"
            "#presentationControls QToolButton, #presentationControls QLabel { color: white; }")
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(8, 4, 8, 4)
        for action in actions[:3]:  # start/pause, previous, next
            button = QToolButton(self.controls)
            button.setDefaultAction(action)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            bar.addWidget(button)
        back = QToolButton(self.controls)
        back.setText(self.tr("Terug (Esc)"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.leave_requested)
        bar.addWidget(back)
        for button in self.controls.findChildren(QToolButton):
            button.setMinimumSize(TOUCH_TARGET, TOUCH_TARGET)  # a finger on the digibord
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.controls)
        layout.addLayout(row)
        hint = QLabel(self.tr("Spatie: start/pauze · N: volgende ronde · Esc: terug"), self)
        hint.setObjectName("presentationHint")
        hint.setStyleSheet("color: #777;")
        row.insertWidget(0, hint)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)
