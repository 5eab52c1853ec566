"""File > "Bijeenkomst exporteren…" and "Bijeenkomst importeren…".

Thin Qt faces of :mod:`app.models.exchange`: a file dialog, the work, and a
clear message box when a file is refused (the store is then untouched). An
import is one undoable step (:class:`app.commands.workshop.ImportWorkshop`): undo
moves the new workshop to the bin, redo brings it back.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.commands.workshop import ImportWorkshop
from app.models import workshop as ops
from app.models.store import Store, StoreError
from app.models.workshop import InputError
from app.views.common.bus import ViewContext
from app.views.common.labels import shown_as_typed
from app.views.common.writes import save_setting

FOLDER_SETTING = "exchange_folder"


def _ex() -> ModuleType:
    """The exchange module, loaded on first use: pydantic and the schema cost ~0.15 s of
    every start-up otherwise."""
    from app.models import exchange

    return exchange
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def file_filter() -> str:
    return QCoreApplication.translate("Exchange", "Leidraad-bijeenkomst (*.leidraad.json *.json);;Alle bestanden (*)")


def suggested_name(ws: ops.Workshop) -> str:
    """"2026-11-24 Betrokken blijven.leidraad.json": sorts by date, safe on every disk."""
    title = " ".join(_UNSAFE.sub(" ", ws.title).split()).strip(" .")[:80] or QCoreApplication.translate("Exchange", "bijeenkomst")
    return f"{ws.date.isoformat()} {title}{_ex().FILE_SUFFIX}"


def _start_folder(store: Store) -> Path:
    remembered = ops.get_setting(store, FOLDER_SETTING)
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def _remember_folder(store: Store, path: Path) -> None:
    """A preference: the export or import itself already succeeded; a refusal is reported."""
    save_setting(store, FOLDER_SETTING, str(path.parent))


def show_refusal(parent: QWidget | None, title: str, text: str, detail: str) -> None:
    """A warning with the short story in ``text`` and the exact reason below it."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and titles as typed
    box.setInformativeText(shown_as_typed(detail))
    box.exec()


# -- export ------------------------------------------------------------------------

def export_workshop_dialog(parent: QWidget | None, store: Store, workshop_id: int,
                           path: Path | None = None) -> Path | None:
    """Ask where to save (unless ``path`` is given) and write the exchange file."""
    ws = ops.get_workshop(store, workshop_id)
    if ws is None:
        show_refusal(parent, QCoreApplication.translate("Exchange", "Exporteren mislukt"), QCoreApplication.translate("Exchange", "Deze bijeenkomst bestaat niet meer."), "")
        return None
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("Exchange", "Bijeenkomst exporteren"), str(_start_folder(store) / suggested_name(ws)),
            file_filter())
        if not chosen:
            return None
        path = Path(chosen)
        if not path.name.endswith(".json"):
            path = path.with_name(path.name + _ex().FILE_SUFFIX)
    try:
        written = _ex().export_to_file(store, workshop_id, path)
    except (InputError, StoreError) as exc:
        show_refusal(parent, QCoreApplication.translate("Exchange", "Exporteren mislukt"),
                     QCoreApplication.translate("Exchange", "‘{title}’ is niet geëxporteerd.").format(title=ws.title), str(exc))
        return None
    _remember_folder(store, written)
    return written


# -- import ------------------------------------------------------------------------

def import_workshop_dialog(parent: QWidget | None, ctx: ViewContext,
                           path: Path | None = None) -> int | None:
    """Ask for a file (unless ``path`` is given), check it whole, then import it undoably.

    Returns the new workshop's id, or None when cancelled or refused.
    """
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("Exchange", "Bijeenkomst importeren"), str(_start_folder(ctx.store)), file_filter())
        if not chosen:
            return None
        path = Path(chosen)
    refused = QCoreApplication.translate("Exchange", "‘{name}’ is niet geïmporteerd. Er is niets veranderd.").format(name=path.name)
    try:
        doc = _ex().check_document(_ex().read_file(path))
    except _ex().ExchangeError as exc:
        show_refusal(parent, QCoreApplication.translate("Exchange", "Importeren mislukt"), refused, _explain(exc))
        return None
    except InputError as exc:
        show_refusal(parent, QCoreApplication.translate("Exchange", "Importeren mislukt"), refused, str(exc))
        return None
    command = ImportWorkshop(ctx.store, doc)
    if not ctx.push(command) or command.workshop_id is None:
        return None  # the bus has already shown why (e.g. the disk is full)
    _remember_folder(ctx.store, path)
    return command.workshop_id


def _explain(exc: Exception) -> str:
    where = (QCoreApplication.translate("Exchange", "Plaats in het bestand: {path}").format(path=exc.path) if exc.path != "$"
             else QCoreApplication.translate("Exchange", "Het bestand als geheel"))
    detail = exc.detail.rstrip(".")
    return f"{where}\n{detail[:1].upper()}{detail[1:]}."


# -- menu actions ------------------------------------------------------------------

class ExchangeActions(QObject):
    """The two File-menu actions, ready to add to a menu.

    ``current_workshop`` returns the open (or selected) workshop id, or None;
    ``context`` returns the ViewContext whose undo stack records an import.

    Signals:
        imported(int): a workshop was imported; open it.
        message(str): a status-bar text.
    """

    imported = Signal(int)
    message = Signal(str)

    def __init__(self, window: QWidget, current_workshop: Callable[[], int | None],
                 context: Callable[[], ViewContext]) -> None:
        super().__init__(window)
        self.window = window
        self.current_workshop = current_workshop
        self.context = context
        self.export_action = QAction(self.tr("Bijeenkomst e&xporteren…"), window)
        self.export_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.export_action.setStatusTip(self.tr("Sla de hele bijeenkomst op in één bestand, om "
                                                "mee te nemen of te delen."))
        self.export_action.triggered.connect(lambda: self.export_current())
        self.import_action = QAction(self.tr("Bijeenkomst &importeren…"), window)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.setStatusTip(self.tr("Voeg een bijeenkomst toe uit een "
                                                ".leidraad.json-bestand."))
        self.import_action.triggered.connect(lambda: self.import_file())

    def actions(self) -> list[QAction]:
        return [self.export_action, self.import_action]

    def export_current(self) -> Path | None:
        workshop_id = self.current_workshop()
        if workshop_id is None:
            self.message.emit(self.tr("Kies of open eerst een bijeenkomst om te exporteren."))
            return None
        written = export_workshop_dialog(self.window, self.context().store, workshop_id)
        if written is not None:
            self.message.emit(self.tr("Bijeenkomst opgeslagen in {path}").format(path=written))
        return written

    def import_file(self, path: Path | None = None) -> int | None:
        new_id = import_workshop_dialog(self.window, self.context(), path)
        if new_id is not None:
            ws = ops.get_workshop(self.context().store, new_id)
            self.message.emit(self.tr("‘{title}’ geïmporteerd.").format(
                title=ws.title if ws else new_id))
            self.imported.emit(new_id)
        return new_id
