"""The traject in the console: the appreciative-turn card, the facilitator's tips,
the follow-up dialog and the line that says which traject a workshop belongs to.

The appreciative turn may go to the room (the facilitator switches it on at any
moment, undoable); the tips never do: they live only in a console dialog.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.commands.workshop import ShowTurn
from app.models import plusmin as pm
from app.models import traject as tj
from app.models import workshop as ops
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.common.labels import template_label
from app.views.session.rules_card import RulesCardView


def turn_title() -> str:
    return QCoreApplication.translate("TrajectCards", "Waarderende wending")


def turn_questions() -> list[str]:
    return [QCoreApplication.translate("TrajectCards", "Waar leren we in de praktijk van alledag al samen?"),
            QCoreApplication.translate("TrajectCards", "Hoe kunnen we daarop voortbouwen?")]


def tips() -> list[str]:
    """The guide's advice for leading a group conversation, in the project's own words."""
    return [QCoreApplication.translate("TrajectCards", "Begin met de positieve punten, pas daarna de aandachtspunten."),
            QCoreApplication.translate("TrajectCards", "Vermijd een debat van standpunten: onderzoek samen in plaats van te overtuigen."),
            QCoreApplication.translate("TrajectCards", "Volg wat deelnemers zelf bedoelen; vraag door in plaats van in te vullen."),
            QCoreApplication.translate("TrajectCards", "Gooi niet alles op één hoop: houd verschillende punten apart."),
            QCoreApplication.translate("TrajectCards", "Zoom in op patronen: wat gebeurt er steeds weer, en wat lokt wat uit?"),
            QCoreApplication.translate("TrajectCards", "Eén punt goed uitgewerkt is meer waard dan veel punten half."),
            QCoreApplication.translate("TrajectCards", "Wordt het gesprek te negatief? Maak de waarderende wending.")]


class TurnCard(QWidget):
    """The appreciative-turn card: a switch in the console, the card itself in the room.

    Signals:
        message(str): a status-bar text.
    """

    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.card = RulesCardView(self, max_px=72 if audience else 22)
        self.card.set_content(turn_title(), turn_questions())
        QVBoxLayout(self).addWidget(self.card)
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.toggle_action = QAction(self.tr("Toon de waarderende wending in de zaal"), self)
        self.toggle_action.setCheckable(True)
        self.toggle_action.toggled.connect(self._toggled)
        ctx.bus.changed.connect(self._on_change)
        self.refresh()

    def is_shown(self) -> bool:
        return tj.turn_shown(ops.get_workshop(self.ctx.store, self.workshop_id))

    def refresh(self) -> None:
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(self.is_shown())
        self.toggle_action.blockSignals(False)

    def text(self) -> str:
        return self.card.text()

    def set_high_contrast(self, on: bool) -> None:
        self.card.set_high_contrast(on)

    def set_text_scale(self, scale: float) -> None:
        self.card.set_text_scale(scale)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.WORKSHOP and change.workshop_id == self.workshop_id:
            self.refresh()

    def _toggled(self, on: bool) -> None:
        self.ctx.push(ShowTurn(self.ctx.store, self.workshop_id, on))
        self.refresh()
        if self.is_shown() == on:
            self.message.emit(self.tr("De waarderende wending staat in de zaal.") if on
                              else self.tr("De waarderende wending is verborgen voor de zaal."))


class TipsDialog(QDialog):
    """The facilitator's tips, on request, in the console only (never on the projector)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tips voor de gespreksleider"))
        self.setModal(False)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Alleen voor jou, niet voor de zaal."), self)
        intro.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(intro)
        self.card = RulesCardView(self, max_px=18)
        self.card.set_content(self.tr("Een groepsgesprek leiden"), tips())
        self.card.setMinimumSize(520, 360)
        layout.addWidget(self.card, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.card.text()


class FollowUpDialog(QDialog):
    """"Vervolg op deze bijeenkomst": choose the theme (the most urgent is proposed)."""

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vervolg op deze bijeenkomst"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Het vervolggesprek gaat dieper in op één thema. De deelnemers, het "
                               "plus-min-schema van het thema en de open acties gaan mee."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.theme_box = QComboBox(self)
        chosen = tj.chosen_theme(ctx.store, workshop_id)
        for u in pm.urgency(ctx.store, workshop_id):
            label = u.title if u.rank is None else self.tr("{title} (urgentie {rank})").format(
                title=u.title, rank=u.rank)
            self.theme_box.addItem(label, u.theme_id)
        if chosen is not None:
            self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(chosen.id)))
        form = QFormLayout()
        form.addRow(self.tr("&Thema:"), self.theme_box)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vervolg maken"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.theme_box.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        if not self.theme_box.count():
            layout.insertWidget(1, QLabel(self.tr("Deze bijeenkomst heeft nog geen thema's."), self))

    def theme_id(self) -> int | None:
        return self.theme_box.currentData()


def traject_line(ctx: ViewContext, workshop_id: int) -> str:
    """'Traject: Eerste groepsgesprek (24-11-2026) → Vervolggesprek (…)', empty when alone."""
    members = tj.traject_members(ctx.store, workshop_id)
    if len(members) < 2:
        return ""
    steps = []
    for n, w in enumerate(members, 1):
        here = QCoreApplication.translate("TrajectCards", " (deze)") if w.id == workshop_id else ""
        steps.append(f"{n}. {template_label(w.template)}, {w.date.strftime('%d-%m-%Y')}{here}")
    return QCoreApplication.translate("TrajectCards", "Traject: {steps}").format(steps=" → ".join(steps))


def set_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
