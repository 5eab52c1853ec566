"""Menu entries for the traject: the verslag, "Vervolg op deze bijeenkomst", the tips.

Kept out of main_window.py (wiring only): the window adds these actions to its menus
and tells this object which workshop is open.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack

from app.commands.workshop import CreateFollowUp
from app.models.store import Store
from app.views.common.bus import QtBus, ViewContext


class TrajectActions(QObject):
    """Signals:
        open_workshop(int): a follow-up was made; open it.
        message(str): a status-bar text.
    """

    open_workshop = Signal(int)
    message = Signal(str)

    def __init__(self, window, store: Store, bus: QtBus, overview_stack: QUndoStack,  # noqa: ANN001
                 current: Callable[[], ViewContext | None], current_id: Callable[[], int | None]) -> None:
        super().__init__(window)
        self.window, self.store, self.bus, self.overview_stack = window, store, bus, overview_stack
        self._current, self._current_id = current, current_id
        self.tips_dialog = None
        self.verslag_action = QAction(self.tr("&Verslag voor de school (PDF)…"), window)
        self.verslag_action.triggered.connect(self.export_verslag)
        self.follow_action = QAction(self.tr("&Vervolg op deze bijeenkomst…"), window)
        self.follow_action.triggered.connect(self.follow_up)
        self.tips_action = QAction(self.tr("&Tips voor de gespreksleider"), window)
        self.tips_action.triggered.connect(self.show_tips)
        self.set_open(False)

    def file_actions(self) -> list[QAction]:
        return [self.verslag_action, self.follow_action]

    def set_open(self, is_open: bool) -> None:
        for action in (self.verslag_action, self.follow_action):
            action.setEnabled(is_open)

    def export_verslag(self):  # noqa: ANN201 - returns the dialog for tests
        from app.views.files.verslag_dialog import VerslagDialog

        ctx, wid = self._current(), self._current_id()
        if ctx is None or wid is None:
            return None
        dialog = VerslagDialog(ctx, wid, self.window)
        dialog.exported.connect(lambda path: self.message.emit(
            self.tr("Verslag opgeslagen: {path}").format(path=path)))
        dialog.show()
        return dialog

    def follow_up(self, *, ask: bool = True, theme_id: int | None = None) -> int | None:
        """Make the follow-up (after choosing the theme) and open it; undo bins it."""
        from app.views.session.traject_cards import FollowUpDialog

        ctx, wid = self._current(), self._current_id()
        if ctx is None or wid is None:
            return None
        if ask:
            dialog = FollowUpDialog(ctx, wid, self.window)
            if dialog.exec() != FollowUpDialog.DialogCode.Accepted:
                return None
            theme_id = dialog.theme_id()
        command = CreateFollowUp(self.store, wid, theme_id)
        if not ViewContext(self.store, self.bus, self.overview_stack).push(command):
            return None
        self.open_workshop.emit(command.workshop_id)
        self.message.emit(self.tr("Vervolggesprek gemaakt; Ctrl+Z in het overzicht maakt dit ongedaan."))
        return command.workshop_id

    def show_tips(self):  # noqa: ANN201 - returns the dialog for tests
        from app.views.session.traject_cards import TipsDialog

        if self.tips_dialog is None:
            self.tips_dialog = TipsDialog(self.window)
        self.tips_dialog.show()
        self.tips_dialog.raise_()
        return self.tips_dialog
