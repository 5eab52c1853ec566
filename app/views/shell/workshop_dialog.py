"""The dialog for a new workshop (with template) or for editing a workshop's facts."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.models.workshop import TEMPLATES, Workshop, load_template
from app.views.common.labels import template_hint, template_label


class WorkshopDialog(QDialog):
    """Title, date, location/school, facilitator; for a new workshop also the template."""

    def __init__(self, parent: QWidget | None = None, workshop: Workshop | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nieuwe bijeenkomst") if workshop is None
                            else self.tr("Gegevens van de bijeenkomst"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.template_box: QComboBox | None = None
        if workshop is None:
            self.template_box = QComboBox(self)
            for key in TEMPLATES:
                self.template_box.addItem(template_label(key), key)
            self.template_hint = QLabel(self)
            self.template_hint.setWordWrap(True)
            self.template_box.currentIndexChanged.connect(self._template_changed)
            form.addRow(self.tr("Sjabloon:"), self.template_box)
            form.addRow("", self.template_hint)
        self.title_edit = QLineEdit(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.location_edit = QLineEdit(self)
        self.location_edit.setPlaceholderText(self.tr("School en plaats"))
        self.facilitator_edit = QLineEdit(self)
        form.addRow(self.tr("Titel:"), self.title_edit)
        form.addRow(self.tr("Datum:"), self.date_edit)
        form.addRow(self.tr("Locatie/school:"), self.location_edit)
        form.addRow(self.tr("Gespreksleider:"), self.facilitator_edit)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        if workshop is None:
            self.date_edit.setDate(QDate.currentDate())
            self._template_changed()
        else:
            self.title_edit.setText(workshop.title)
            self.date_edit.setDate(QDate(workshop.date.year, workshop.date.month, workshop.date.day))
            self.location_edit.setText(workshop.location)
            self.facilitator_edit.setText(workshop.facilitator)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _template_changed(self) -> None:
        assert self.template_box is not None
        key = self.template_box.currentData()
        self.template_hint.setText(template_hint(key))
        self.title_edit.setText(load_template(key).get("title", ""))

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Geef de bijeenkomst een titel."))
            self.title_edit.setFocus()
            return
        self.accept()

    def facts(self) -> dict[str, object]:
        qd = self.date_edit.date()
        facts: dict[str, object] = {
            "title": self.title_edit.text().strip(),
            "date": dt.date(qd.year(), qd.month(), qd.day()),
            "location": self.location_edit.text().strip(),
            "facilitator": self.facilitator_edit.text().strip(),
        }
        if self.template_box is not None:
            facts["template"] = self.template_box.currentData()
        return facts
