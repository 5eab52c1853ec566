"""File > Notulen exporteren (PDF)…: choose a file, anonymous or not, export in the background.

The PDF is built on a QThreadPool worker, so the round timer and the board keep
running while reportlab lays out the pages; the result is reported inline in
the dialog (success with an "Openen" button, or the reason it failed).
"""
from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QStandardPaths,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES
from app.minutes_language import minutes_language
from app.models import workshop as ops
from app.models.store import Store
from app.views.common.bus import ViewContext
from app.views.common.labels import shown_as_typed
from app.views.common.writes import save_setting

FOLDER_SETTING = "pdf_export_dir"
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class _JobSignals(QObject):
    """Signals: done(str path), failed(str message). Lives in the GUI thread."""

    done = Signal(str)
    failed = Signal(str)


class ExportJob(QRunnable):
    """Builds and writes the minutes on a pool thread; reports through :attr:`signals`."""

    def __init__(self, store: Store, workshop_id: int, path: Path, anonymise: bool,
                 language: str | None = None) -> None:
        super().__init__()
        self.signals = _JobSignals()
        self.store, self.workshop_id, self.path, self.anonymise = store, workshop_id, path, anonymise
        self.language = language  # of the minutes; None follows the UI

    def run(self) -> None:
        # The PDF code (and reportlab) loads here, off the GUI thread.
        from app.export import pdf

        # A full garbage collection on this thread holds the GIL for ~60 ms and the
        # round timer on the GUI thread would stall: the app's long-lived objects
        # are frozen out of collection, so only what the export makes is scanned.
        gc.freeze()

        def write() -> Path:
            with minutes_language(self.language):
                return pdf.export_minutes(self.store, self.workshop_id, self.path,
                                          anonymise=self.anonymise)

        report_job(self.signals, write, QCoreApplication.translate(
            "PdfExportDialog", "De notulen konden niet worden gemaakt: {error}"))


def report_job(signals: _JobSignals, write: Callable[[], Path], failure: str) -> None:
    """Run an export on a pool thread and say how it went: ``done(path)``, or ``failed`` with
    the export's own refusal, or ``failure`` (with ``{error}``) for anything else: a worker
    never takes the app down."""
    from app.export import MinutesError

    try:
        written = write()
    except MinutesError as exc:
        signals.failed.emit(str(exc))
    except Exception as exc:  # noqa: BLE001 - reported, never raised on a pool thread
        signals.failed.emit(failure.format(error=f"{exc.__class__.__name__}: {exc}"))
    else:
        signals.done.emit(str(written))


class _WarmUp(QRunnable):
    """Loads reportlab and the fonts while the facilitator is still choosing (~0.3 s saved)."""

    def run(self) -> None:
        try:
            from app.export.pdf_style import register_fonts

            register_fonts()
        except Exception:  # noqa: BLE001 - the export itself reports any real problem
            pass


_ALIVE: list[QRunnable] = []


def _start(job: QRunnable) -> None:
    """Run ``job`` on the global pool, keeping it alive well past its end.

    Python owns the runnable (no auto-delete); the last few stay referenced so
    neither a closed dialog nor the garbage collector frees one the pool may
    still be touching.
    """
    job.setAutoDelete(False)
    _ALIVE.append(job)
    del _ALIVE[:-8]
    QThreadPool.globalInstance().start(job)


_NAME_WORDS = {"nl": ("Notulen", "anoniem"), "en": ("Minutes", "anonymous")}


def suggested_name(title: str, date: dt.date | None, anonymise: bool, language: str = "nl") -> str:
    """'Notulen 2026-11-24 Betrokken blijven.pdf' (or 'Minutes …' for English minutes),
    safe on every file system."""
    word, anonymous = _NAME_WORDS.get(language, _NAME_WORDS["nl"])
    parts = [word]
    if isinstance(date, dt.date):
        parts.append(date.isoformat())
    if title and not anonymise:
        parts.append(_UNSAFE.sub(" ", title).strip(" .")[:60].strip())
    name = " ".join(p for p in parts if p)
    return f"{name} ({anonymous}).pdf" if anonymise else f"{name}.pdf"


class PdfExportDialog(QDialog):
    """The export dialog for one workshop.

    Signals:
        exported(str): the path of a PDF that was written successfully.
    """

    exported = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        self.job: ExportJob | None = None  # the last job, kept until the next one starts
        self._busy = False
        self._confirmed = ""  # a path the facilitator already agreed to overwrite
        self.last_path: Path | None = None
        ws = ops.get_workshop(ctx.store, workshop_id)
        self._title = ws.title if ws else ""
        self._date = ws.date if ws else None
        self._workshop_language = ws.language if ws and ws.language in LANGUAGES else "nl"
        self.setWindowTitle(self.tr("Notulen exporteren (PDF)"))
        self.setMinimumWidth(620)
        self._build()
        self.resize(660, self.sizeHint().height())
        _start(_WarmUp())
        self.path_edit.setText(str(self._default_folder() / self._auto_name()))

    # -- layout --------------------------------------------------------------
    def _build(self) -> None:
        intro = QLabel(self.tr(
            "De notulen bevatten de gegevens van de bijeenkomst, wie er meededen, de agenda "
            "(gepland en werkelijk), de uitkomsten van de borden, de gedeelde notities en de "
            "acties. Privénotities van de gespreksleider komen er nooit in."), self)
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.heightForWidth(600) + intro.fontMetrics().height())
        self.path_edit = QLineEdit(self)
        self.path_edit.setAccessibleName(self.tr("Bestand"))
        self.path_edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("&Kies…"), self)
        self.browse_button.clicked.connect(self.choose_file)
        where = QLabel(self.tr("&Opslaan als:"), self)
        where.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(where)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.anonymous = QCheckBox(self.tr(
            "&Anoniem: namen vervangen door Deelnemer 1, 2, … (om buiten de groep te delen)"), self)
        self.anonymous.toggled.connect(self._anonymous_toggled)
        self.language_box = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(self.language_box.findData(self._workshop_language))
        self.language_box.setToolTip(self.tr("Standaard de taal van de bijeenkomst"))
        self._language_shown = self._workshop_language
        self.language_box.currentIndexChanged.connect(self._language_changed)
        language_label = QLabel(self.tr("&Taal van de notulen:"), self)
        language_label.setBuddy(self.language_box)
        language_row = QHBoxLayout()
        language_row.addWidget(language_label)
        language_row.addWidget(self.language_box)
        language_row.addStretch(1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("&Exporteren"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self.buttons.addButton(self.tr("&Openen"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("&Sluiten"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.open_button.clicked.connect(self.open_result)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.anonymous)
        layout.addLayout(language_row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def _default_folder(self) -> Path:
        remembered = ops.get_setting(self.ctx.store, FOLDER_SETTING) or ""
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def language(self) -> str:
        """The language the minutes are written in (the workshop's unless changed here)."""
        return str(self.language_box.currentData() or self._workshop_language)

    def _auto_name(self, anonymise: bool | None = None, language: str | None = None) -> str:
        if anonymise is None:
            anonymise = self.anonymous.isChecked()
        return suggested_name(self._title, self._date, anonymise, language or self.language())

    def _language_changed(self) -> None:
        """The suggested name follows the minutes' language, unless the facilitator typed one."""
        current = Path(self.path_edit.text().strip())
        if current.name == self._auto_name(language=self._language_shown):
            self.path_edit.setText(str(current.with_name(self._auto_name())))
        self._language_shown = self.language()

    def _anonymous_toggled(self, checked: bool) -> None:
        """Keep the suggested name in step, unless the facilitator typed their own."""
        current = Path(self.path_edit.text().strip())
        if current.name == self._auto_name(not checked):
            self.path_edit.setText(str(current.with_name(self._auto_name(checked))))

    # -- actions -------------------------------------------------------------
    def choose_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Notulen opslaan als"), self.path_edit.text(),
            self.tr("PDF-bestanden (*.pdf)"))
        if path:
            self.path_edit.setText(str(_with_pdf_suffix(Path(path))))
            self._confirmed = str(_with_pdf_suffix(Path(path)))

    def target(self) -> Path | None:
        text = self.path_edit.text().strip()
        return _with_pdf_suffix(Path(text).expanduser()) if text else None

    def start_export(self) -> None:
        if self.busy:
            return
        path = self.target()
        if path is None:
            self._show(self.tr("Kies eerst waar de notulen moeten komen."), ok=False)
            self.path_edit.setFocus()
            return
        if path.exists() and not path.is_dir() and self._confirmed != str(path):
            answer = QMessageBox.question(
                self, self.tr("Bestand vervangen?"),
                shown_as_typed(self.tr("{name} bestaat al. Wil je het vervangen?").format(
                    name=path.name)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.path_edit.setText(str(path))
        self.job = ExportJob(self.ctx.store, self.workshop_id, path, self.anonymous.isChecked(),
                             self.language())
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self._set_busy(True)
        self._show(self.tr("Bezig met exporteren…"), ok=None)
        _start(self.job)

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.path_edit, self.browse_button, self.anonymous, self.language_box,
                       self.export_button,
                       self.close_button, self.open_button):
            widget.setEnabled(not busy)
        if busy:
            self.open_button.hide()

    def _done(self, path: str) -> None:
        self._set_busy(False)
        self.last_path = Path(path)
        self._confirmed = path
        save_setting(self.ctx, FOLDER_SETTING, str(self.last_path.parent))
        self._show(self.tr("De notulen zijn opgeslagen in {path}").format(path=path), ok=True)
        self.open_button.show()
        self.open_button.setFocus()
        self.exported.emit(path)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self._show(message, ok=False)
        self.path_edit.setFocus()

    def _show(self, message: str, *, ok: bool | None) -> None:
        color = {True: "#1e6b3a", False: "#b00020", None: "#5f6b74"}[ok]
        mark = {True: "✓ ", False: "⚠ ", None: ""}[ok]
        self.status.setStyleSheet(f"color: {color};")
        self.status.setText(mark + message)
        self.status.show()
        self.status.setMinimumHeight(self.status.heightForWidth(max(self.status.width(), 560)))

    def open_result(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

    # -- no closing mid-export -------------------------------------------------
    def reject(self) -> None:
        if not self.busy:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.busy and event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)


def _with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def open_pdf_export(ctx: ViewContext, workshop_id: int, parent: QWidget | None = None
                    ) -> PdfExportDialog:
    """Show the export dialog (window-modal, non-blocking) and return it."""
    dialog = PdfExportDialog(ctx, workshop_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
