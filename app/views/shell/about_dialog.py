"""Help > Over Leidraad: version, the bundled fonts' licence, and where the data lives.

A facilitator who moves to another laptop or wants a backup on a USB stick needs
to find the store and its backups: the dialog names both folders and opens the
store's folder in the file manager.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import backup_dir, resource


def font_licence() -> str:
    """The licence of the fonts Leidraad embeds in its PDFs (package data)."""
    return resource("fonts", "LICENSE").read_text(encoding="utf-8")


class AboutDialog(QDialog):
    """What this Leidraad is and where it keeps its files.

    ``open_folder`` opens the store's folder (the backups sit in it).
    """

    def __init__(self, store_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store_path = Path(store_path)
        self.backup_path = backup_dir(self.store_path)
        self.setWindowTitle(self.tr("Over Leidraad"))
        self.resize(640, 520)

        title = QLabel(self.tr("Leidraad {version}").format(version=__version__), self)
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        title.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(self.tr("Voor groepsgesprekken volgens ‘Leren loont het langst’: cirkel van "
                               "invloed, marktplaats, plus-min-schema’s, rondes op tijd en "
                               "notulen. Alles blijft op deze laptop."), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        self.store_label = self._path_label(self.store_path)
        self.backup_label = self._path_label(self.backup_path)
        form.addRow(self.tr("Opslagbestand:"), self.store_label)
        form.addRow(self.tr("Reservekopieën:"), self.backup_label)

        fonts = QLabel(self.tr("Lettertype in de notulen: DejaVu Sans (vrije licentie, hieronder)."),
                       self)
        fonts.setWordWrap(True)
        self.licence = QPlainTextEdit(self)
        self.licence.setReadOnly(True)
        self.licence.setPlainText(font_licence())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("Map &openen"), self)
        self.open_button.setToolTip(self.tr("Open de map met het opslagbestand en de "
                                            "reservekopieën in de bestandsbeheerder"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.clicked.connect(self.open_folder)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(fonts)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)

    def _path_label(self, path: Path) -> QLabel:
        label = QLabel(str(path), self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    def folder_url(self) -> QUrl:
        return QUrl.fromLocalFile(str(self.store_path.parent))

    def open_folder(self) -> bool:
        """Show the store's folder in the system's file manager (created if need be)."""
        self.store_path.parent.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(self.folder_url())
