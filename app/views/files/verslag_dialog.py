"""The verslag dialog: choose three to five points, anonymous by default, write one page.

The points offered are the lines of the shared round notes and the most urgent
theme's points (already anonymised when the box is ticked); the facilitator can add
a point of their own. The chosen points are remembered per workshop (a setting, not
an edit), so a second export starts from the same choice.
"""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.export import MinutesError
from app.export.verslag import MAX_POINTS, MIN_POINTS, candidate_points, export_verslag
from app.models import workshop as ops
from app.views.common.bus import ViewContext
from app.views.common.writes import save_setting
from app.views.files.pdf_export import (
    FOLDER_SETTING,
    _JobSignals,
    _start,
    report_job,
    suggested_name,
)


def _points_key(workshop_id: int) -> str:
    return f"verslag.points.{workshop_id}"


class VerslagJob(QRunnable):
    """Builds and writes the verslag on a pool thread (the round timer keeps ticking)."""

    def __init__(self, ctx: ViewContext, workshop_id: int, path: Path, anonymise: bool,
                 points: list[str]) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self.args = (ctx.store, workshop_id, path)
        self.anonymise, self.points = anonymise, points

    def run(self) -> None:
        report_job(self.signals, lambda: export_verslag(*self.args, anonymise=self.anonymise,
                                                        points=self.points),
                   QCoreApplication.translate("VerslagDialog",
                                              "Het verslag kon niet worden gemaakt: {error}"))


class VerslagDialog(QDialog):
    """Export the one-page verslag of one workshop.

    Signals:
        exported(str): the path of a verslag that was written.
    """

    exported = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.last_path: Path | None = None
        self.job: VerslagJob | None = None
        ws = ops.get_workshop(ctx.store, workshop_id)
        self._title, self._date = (ws.title, ws.date) if ws else ("", None)
        self.setWindowTitle(self.tr("Verslag voor de school (PDF)"))
        self.setMinimumWidth(640)
        intro = QLabel(self.tr("Eén pagina voor iedereen op school: de titel, de belangrijkste uitkomst "
                               "van elk bord, drie tot vijf punten die je kiest en de acties. Kort, "
                               "zodat het uitnodigt om erover na te denken."), self)
        intro.setWordWrap(True)
        self.anonymous = QCheckBox(self.tr("&Anoniem (aanbevolen): geen namen in het verslag"), self)
        self.anonymous.setChecked(True)
        self.anonymous.toggled.connect(self._reload_points)
        self.points = QListWidget(self)
        self.points.itemChanged.connect(self._count_changed)
        self.own_edit = QLineEdit(self)
        self.own_edit.setPlaceholderText(self.tr("Eigen punt toevoegen (Enter)"))
        self.own_edit.returnPressed.connect(self.add_own_point)
        self.count_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Kies…"), self)
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Opslaan als:"), self))
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Exporteren"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Openen"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_result)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.anonymous)
        layout.addWidget(QLabel(self.tr("Punten om te onthouden (kies er drie tot vijf):"), self))
        layout.addWidget(self.points, 1)
        layout.addWidget(self.own_edit)
        layout.addWidget(self.count_label)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._reload_points()
        self.path_edit.setText(str(self._folder() / self._name()))

    # -- points --------------------------------------------------------------------------
    def _remembered(self) -> list[str] | None:
        raw = ops.get_setting(self.ctx.store, _points_key(self.workshop_id))
        try:
            value = json.loads(raw) if raw else None
        except ValueError:
            return None
        return [p for p in value if isinstance(p, str)] if isinstance(value, list) else None

    def _reload_points(self) -> None:
        try:
            candidates = candidate_points(self.ctx.store, self.workshop_id,
                                          anonymise=self.anonymous.isChecked())
        except MinutesError as exc:
            candidates = []
            self.status.setText(str(exc))
        remembered = self._remembered()
        chosen = set(remembered) if remembered is not None else set(candidates[:MAX_POINTS])
        extra = [p for p in (remembered or []) if p not in candidates]
        self.points.blockSignals(True)
        self.points.clear()
        for text in [*candidates, *extra]:
            self._add_item(text, text in chosen)
        self.points.blockSignals(False)
        self._count_changed()

    def _add_item(self, text: str, checked: bool) -> None:
        item = QListWidgetItem(text, self.points)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def add_own_point(self) -> None:
        text = " ".join(self.own_edit.text().split())
        if text:
            self._add_item(text, len(self.chosen()) < MAX_POINTS)
            self.own_edit.clear()
            self._count_changed()

    def chosen(self) -> list[str]:
        return [self.points.item(i).text() for i in range(self.points.count())
                if self.points.item(i).checkState() == Qt.CheckState.Checked]

    def _count_changed(self, item: QListWidgetItem | None = None) -> None:
        n = len(self.chosen())
        if item is not None and n > MAX_POINTS and item.checkState() == Qt.CheckState.Checked:
            self.points.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.points.blockSignals(False)
            n -= 1
            self.status.setText(self.tr("Hoogstens vijf punten: zet eerst een ander punt uit."))
        self.count_label.setText(self.tr("{n} van 3 tot 5 punten gekozen").format(n=n))

    # -- the file --------------------------------------------------------------------------
    def _folder(self) -> Path:
        remembered = ops.get_setting(self.ctx.store, FOLDER_SETTING) or ""
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _name(self) -> str:
        """'Verslag 2026-11-24 Betrokken blijven.pdf' (the minutes' naming, another first word)."""
        name = suggested_name(self._title, self._date, False)
        return self.tr("Verslag") + name[len("Notulen"):] if name.startswith("Notulen") else name

    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Verslag opslaan"), self.path_edit.text(),
                                                    self.tr("PDF-bestanden (*.pdf)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".pdf") else path + ".pdf")

    def start_export(self) -> None:
        chosen = self.chosen()
        if len(chosen) < MIN_POINTS <= self.points.count():
            self.status.setText(self.tr("Kies minstens drie punten om te onthouden."))
            return
        text = self.path_edit.text().strip()
        if not text:
            self.status.setText(self.tr("Kies waar het verslag moet komen."))
            return
        target = Path(text).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.is_file() and QMessageBox.question(
                self, self.tr("Bestand vervangen?"),
                self.tr("{name} bestaat al. Wil je het vervangen?").format(name=target.name)
        ) != QMessageBox.StandardButton.Yes:
            return
        save_setting(self.ctx, _points_key(self.workshop_id), json.dumps(chosen, ensure_ascii=False))
        self.job = VerslagJob(self.ctx, self.workshop_id, target, self.anonymous.isChecked(), chosen)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Bezig met exporteren…"))
        _start(self.job)

    def _done(self, path: str) -> None:
        self.export_button.setEnabled(True)
        self.last_path = Path(path)
        save_setting(self.ctx, FOLDER_SETTING, str(self.last_path.parent))
        self.status.setText(self.tr("Verslag opgeslagen: {path}").format(path=path))
        self.open_button.show()
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(message)

    def open_result(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))
