"""Meedoen wired into the main window: the menu action and key, the dock, the room's QR code.

The main window calls four hooks: ``set_workshop`` (a workshop opened),
``leave`` (the workshop is left or the window closes: joining stops, token and
code die), ``attach`` (an audience view was built) and uses ``action``.
"""
from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QWidget

from app.join.addresses import DEFAULT_PORT, LOOPBACK, local_addresses
from app.views.room.join_overlay import JoinOverlay, attach_join_overlay
from app.views.session.join_controller import JoinController
from app.views.session.join_dock import JoinDock


class JoinFeature(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = None
        self.workshop_id: int | None = None
        self.controller: JoinController | None = None
        self.dock: JoinDock | None = None
        self._overlays: weakref.WeakSet[JoinOverlay] = weakref.WeakSet()
        self.action = QAction(self.tr("&Meedoen (telefoons en laptops)…"), window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))  # D: "doe mee"
        self.action.setToolTip(self.tr("Laat deelnemers meedoen met hun eigen telefoon of laptop, "
                                       "via het lokale netwerk"))
        self.action.setEnabled(False)
        self.action.triggered.connect(self._triggered)

    # -- hooks ---------------------------------------------------------------------
    def set_workshop(self, ctx, workshop_id: int | None) -> None:  # noqa: ANN001
        """A workshop opened (or none): Meedoen is off until the facilitator opens it."""
        self.leave()
        self.ctx, self.workshop_id = ctx, workshop_id
        self.action.setEnabled(workshop_id is not None)

    def attach(self, view: QWidget) -> None:
        overlay = attach_join_overlay(view)
        self._overlays.add(overlay)
        self._refresh_room()

    def leave(self) -> None:
        """Stop joining (leaving the workshop or closing the window)."""
        if self.controller is not None:
            self.controller.stop()
            self.controller.deleteLater()
            self.controller = None
        if self.dock is not None:
            self.window.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        self.action.setChecked(False)
        self._refresh_room()

    # -- opening ---------------------------------------------------------------------
    def _triggered(self, checked: bool) -> None:
        if checked:
            self.open()
        else:
            self.leave()

    def choose_host(self) -> str | None:
        found = local_addresses()
        if not found:
            QMessageBox.information(self.window, self.tr("Meedoen"), self.tr(
                "Deze laptop heeft geen netwerkverbinding. Zet de hotspot van de laptop aan of "
                "verbind met het wifi-netwerk van de school, en probeer het opnieuw."))
            return None
        if len(found) == 1:
            return found[0].ip
        labels = [a.label() for a in found]
        label, ok = QInputDialog.getItem(self.window, self.tr("Meedoen"), self.tr(
            "Deze laptop zit op meer dan één netwerk. Op welk netwerk zitten de telefoons?"),
            labels, 0, False)
        return found[labels.index(label)].ip if ok else None

    def open(self, host: str | None = None, port: int = DEFAULT_PORT) -> str:
        """Start Meedoen for the open workshop; returns the join URL ("" when not opened)."""
        if self.ctx is None or self.workshop_id is None:
            self.action.setChecked(False)
            return ""
        host = host or self.choose_host()
        if not host:
            self.action.setChecked(False)
            return ""
        self.leave()
        controller = JoinController(self.ctx, self.workshop_id, self)
        lang = getattr(self.window, "language", "nl")
        try:
            try:
                url = controller.open(host, port, lang=lang)
            except OSError:
                url = controller.open(host, 0, lang=lang)  # the usual port is taken: any free one
        except OSError as exc:
            controller.deleteLater()
            self.action.setChecked(False)
            QMessageBox.warning(self.window, self.tr("Meedoen"), self.tr(
                "Meedoen kan niet starten op {host}: {error}").format(host=host, error=str(exc)))
            return ""
        self.controller = controller
        self.dock = JoinDock(controller, self.window)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.window.resizeDocks([self.dock], [320], Qt.Orientation.Horizontal)
        self.dock.show_qr_changed.connect(lambda _on: self._refresh_room())
        self.dock.stop_requested.connect(self.leave)
        controller.changed.connect(self._refresh_room)
        self.action.setChecked(True)
        self._refresh_room()
        if host == LOOPBACK:
            self.dock.help.setText(self.tr("Alleen op deze laptop bereikbaar (127.0.0.1)."))
        return url

    def _refresh_room(self) -> None:
        c = self.controller
        shown = (c is not None and c.room is not None and c.room.door_open
                 and self.dock is not None and self.dock.show_qr.isChecked())
        for overlay in [o for o in self._overlays if shiboken6.isValid(o)]:
            if shown:
                assert c is not None and c.room is not None and c.room.code is not None
                overlay.show_join(c.url(), c.base_url.rstrip("/"), c.room.code)
            else:
                overlay.show_join("", "", "")
