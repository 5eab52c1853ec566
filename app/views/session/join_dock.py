"""The console's Meedoen panel: address, room code, devices, switches, story inbox, the vote.

Everything a device sent is shown as plain text (list items, PlainText labels).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.models.events import Change
from app.views.session.join_controller import JoinController


def _plain(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class JoinDock(QDockWidget):
    """Meedoen for the open workshop, docked at the right of the console.

    Signals:
        show_qr_changed(bool): the facilitator shows or hides the QR code in the room.
        stop_requested(): close joining for everyone.
    """

    show_qr_changed = Signal(bool)
    stop_requested = Signal()

    def __init__(self, controller: JoinController, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Meedoen"), parent)
        self.setObjectName("joinDock")
        self.controller = controller
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        body = QWidget(self)
        layout = QVBoxLayout(body)

        self.address = QLineEdit(body)
        self.address.setReadOnly(True)
        self.address.setObjectName("joinAddress")
        self.code_label = _plain("", body)
        self.code_label.setObjectName("joinCode")
        self.code_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.devices_label = _plain("", body)
        self.devices_label.setObjectName("joinDevices")
        self.help = _plain(self.tr(
            "Komt er niemand binnen? Vaak isoleert een gastnetwerk de apparaten van elkaar, of is "
            "de vraag van de firewall om verbindingen toe te staan geweigerd. Zet dan de hotspot "
            "van deze laptop aan, laat de deelnemers daarmee verbinden en open Meedoen opnieuw."), body)
        self.help.setStyleSheet("color: #6a5d00;")
        self.unreachable = _plain("", body)
        self.unreachable.setObjectName("joinUnreachable")
        self.unreachable.setStyleSheet("color: #a4161a; font-weight: 600;")
        self.unreachable.hide()
        layout.addWidget(_plain(self.tr("Adres in de QR-code:"), body))
        layout.addWidget(self.address)
        layout.addWidget(self.code_label)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.unreachable)
        layout.addWidget(self.help)

        self.show_qr = QCheckBox(self.tr("QR-code in de zaal tonen"), body)
        self.show_qr.setChecked(True)
        self.show_qr.toggled.connect(self.show_qr_changed)
        layout.addWidget(self.show_qr)
        buttons = QHBoxLayout()
        self.door_button = QPushButton(self.tr("Deur dicht"), body)
        self.door_button.setToolTip(self.tr("Niemand nieuw erbij; wie al meedoet mag afmaken"))
        self.door_button.clicked.connect(controller.close_door)
        self.stop_button = QPushButton(self.tr("Sluiten"), body)
        self.stop_button.setToolTip(self.tr("Iedereen eruit: de pagina op de telefoons stopt"))
        self.stop_button.clicked.connect(self.stop_requested)
        buttons.addWidget(self.door_button)
        buttons.addWidget(self.stop_button)
        layout.addLayout(buttons)

        allowed = QGroupBox(self.tr("Wat apparaten mogen"), body)
        col = QVBoxLayout(allowed)
        self.switches: dict[str, QCheckBox] = {}
        for name, text in (("market", self.tr("Marktplaats (bladen per subgroep)")),
                           ("stories", self.tr("Verhalen (naar de inbox)")),
                           ("votes", self.tr("Stemmen (urgentie van thema's)"))):
            box = QCheckBox(text, allowed)
            box.toggled.connect(lambda on, n=name: controller.set_feature(n, on))
            col.addWidget(box)
            self.switches[name] = box
        self.direct = QCheckBox(self.tr("Verhalen meteen in de strook"), allowed)
        self.direct.setToolTip(self.tr("Verhalen slaan de inbox over en worden meteen een post-it"))
        self.direct.toggled.connect(controller.set_direct)
        col.addWidget(self.direct)
        layout.addWidget(allowed)

        inbox = QGroupBox(self.tr("Inbox: verhalen van apparaten"), body)
        col = QVBoxLayout(inbox)
        self.inbox = QListWidget(inbox)
        self.inbox.setObjectName("joinInbox")
        self.inbox.setWordWrap(True)
        self.inbox.itemDoubleClicked.connect(lambda _item: self.accept_selected())
        col.addWidget(self.inbox)
        row = QHBoxLayout()
        for text, slot in ((self.tr("Aannemen"), self.accept_selected),
                           (self.tr("Wijzigen…"), self.edit_selected),
                           (self.tr("Afwijzen"), self.reject_selected)):
            button = QPushButton(text, inbox)
            button.clicked.connect(slot)
            row.addWidget(button)
        col.addLayout(row)
        layout.addWidget(inbox)

        vote = QGroupBox(self.tr("Stemmen"), body)
        col = QVBoxLayout(vote)
        self.dots_label = _plain("", vote)
        self.dots_label.setObjectName("joinDots")
        self.reveal_button = QPushButton(self.tr("Uitslag tonen"), vote)
        self.reveal_button.clicked.connect(self.reveal)
        col.addWidget(self.dots_label)
        col.addWidget(self.reveal_button)
        layout.addWidget(vote)
        layout.addStretch(1)

        area = QScrollArea(self)
        area.setWidget(body)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(area)
        self.setMinimumWidth(260)
        controller.changed.connect(self.refresh)
        controller.devices_changed.connect(self._devices)
        controller.reachable.connect(self._reachable, Qt.ConnectionType.QueuedConnection)
        controller.ctx.bus.changed.connect(self._on_change)
        self.refresh()

    # -- showing ------------------------------------------------------------------
    def refresh(self) -> None:
        c, room = self.controller, self.controller.room
        self.address.setText(c.url() or c.base_url)
        self.address.setCursorPosition(0)
        if room is None:
            self.code_label.setText(self.tr("Meedoen is gesloten."))
        elif room.code:
            self.code_label.setText(self.tr("Zaalcode: {code}").format(code=room.code))
        else:
            self.code_label.setText(self.tr("Deur dicht: niemand nieuw erbij."))
        self.door_button.setEnabled(bool(room and room.door_open))
        for name, box in self.switches.items():
            box.blockSignals(True)
            box.setChecked(c.feature(name))
            box.setEnabled(room is not None)
            box.blockSignals(False)
        self.direct.blockSignals(True)
        self.direct.setChecked(bool(room and room.direct_to_strip))
        self.direct.blockSignals(False)
        self._devices(c.device_count())
        self.refresh_inbox()
        self.refresh_dots()

    def _devices(self, count: int) -> None:
        self.devices_label.setText(self.tr("1 apparaat doet mee") if count == 1 else
                                   self.tr("{n} apparaten doen mee").format(n=count))
        self.help.setVisible(count == 0 and self.controller.is_open)

    def _reachable(self, url: str, ok: bool) -> None:
        """The self-check's answer, for the address shown now."""
        if url != self.controller.base_url or not self.controller.is_open:
            return
        self.unreachable.setText("" if ok else self.tr(
            "Deze laptop bereikt zijn eigen Meedoen-pagina niet op {address}. Telefoons lukt dat "
            "dan ook niet. Zet de hotspot van de laptop aan, of sluit Meedoen en open het "
            "opnieuw om een ander netwerk te kiezen.").format(address=url))
        self.unreachable.setVisible(not ok)

    def refresh_inbox(self) -> None:
        keep = self.selected_story()
        self.inbox.clear()
        for story in self.controller.stories():
            text = story["text"] + (f"\n— {story['name']}" if story.get("name") else "")
            item = QListWidgetItem(text, self.inbox)
            item.setData(Qt.ItemDataRole.UserRole, story)
            if keep is not None and story["id"] == keep["id"]:
                self.inbox.setCurrentItem(item)

    def refresh_dots(self) -> None:
        dots = self.controller.hidden_dots()
        self.dots_label.setText(self.tr("1 stip uitgebracht, nog verborgen") if dots == 1 else
                                self.tr("{n} stippen uitgebracht, nog verborgen").format(n=dots))
        self.reveal_button.setEnabled(dots > 0)

    def _on_change(self, change: Change) -> None:
        if change.topic == "join" and change.workshop_id == self.controller.workshop_id:
            if change.detail.get("what") == "inbox":
                self.refresh_inbox()
            else:
                self.refresh_dots()

    # -- the facilitator's answers ---------------------------------------------------
    def selected_story(self) -> dict | None:
        item = self.inbox.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def accept_selected(self) -> None:
        story = self.selected_story()
        if story is not None:
            self.controller.accept(story)

    def edit_selected(self) -> None:
        story = self.selected_story()
        if story is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Verhaal wijzigen"),
                                                 self.tr("Trefwoorden:"), story["text"])
        if ok and text.strip():
            self.controller.accept(story, text)

    def reject_selected(self) -> None:
        story = self.selected_story()
        if story is not None:
            self.controller.reject(story)

    def reveal(self) -> None:
        self.controller.reveal()
        self.refresh()
