"""The session minutes as PDF: read from the model, optionally anonymised, written atomically.

Public API (the CLI and the GUI call exactly these):

* :func:`export_minutes` builds the PDF and writes it to ``path``.
* :func:`build_minutes` returns the PDF bytes (handy for tests and previews).
* :func:`gather` reads one workshop into plain :class:`Minutes` data, with
  every name already replaced when anonymising; the layout never sees a row.

The code goes one way, each module importing only those below it:
:mod:`~app.export.pdf_names` and :mod:`~app.export.pdf_data` (the data),
:mod:`~app.export.pdf_style` (fonts, styles, paragraph and table helpers),
:mod:`~app.export.pdf_sections`, :mod:`~app.export.pdf_boards` and
:mod:`~app.export.pdf_reflection` (the sections), :mod:`~app.export.pdf_document`
(the document), and this module. reportlab is imported only from the style module
on, which is loaded when a PDF is built.
"""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.export import MinutesError
from app.export.pdf_data import (
    AgendaRow,
    Entry,
    Handout,
    Market,
    Minutes,
    Story,
    ThemeTable,
    gather,
)
from app.export.pdf_names import CELL_LIMIT, Namer, fold, fold_char, printable
from app.models.store import Store, output_conflict

__all__ = ["CELL_LIMIT", "AgendaRow", "Entry", "Handout", "Market", "Minutes", "MinutesError",
           "Namer", "Story", "ThemeTable", "build_minutes", "export_minutes", "fold",
           "fold_char", "gather", "printable", "write_atomically"]


# -- building and writing -----------------------------------------------------

def build_minutes(store: Store, workshop_id: int, *, anonymise: bool = False) -> bytes:
    """The minutes of one workshop as PDF bytes."""
    minutes = gather(store, workshop_id, anonymise=anonymise)
    from app.export.pdf_document import render  # reportlab loads here, not at start-up

    try:
        return render(minutes)
    except MinutesError:
        raise
    except Exception as exc:  # reportlab layout failures must not crash the app
        raise MinutesError(QCoreApplication.translate("Minutes", "De notulen konden niet worden opgemaakt ({error}).").format(
            error=f"{exc.__class__.__name__}: {exc}")) from exc


def export_minutes(store: Store, workshop_id: int, path: Path | str, *,
                   anonymise: bool = False) -> Path:
    """Build the minutes and write them to ``path`` atomically; returns the path.

    Raises :class:`MinutesError` with a message for the user; on failure no
    partial or temporary file is left behind.
    """
    target = Path(path).expanduser()
    conflict = output_conflict(store.path, target)
    if conflict is not None:
        raise MinutesError(conflict)
    if target.is_dir():
        raise MinutesError(QCoreApplication.translate("Minutes", "{path} is een map: kies een bestandsnaam voor de notulen.")
                           .format(path=target))
    folder = target.parent
    if not folder.is_dir():
        raise MinutesError(QCoreApplication.translate("Minutes", "De map {folder} bestaat niet. Kies een andere map.")
                           .format(folder=folder))
    data = build_minutes(store, workshop_id, anonymise=anonymise)
    write_atomically(target, data)
    return target


def write_atomically(target: Path, data: bytes) -> None:
    """Temp file in the target folder, flushed to disk, then renamed over ``target``."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp")
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
        tmp = None
    except OSError as exc:
        raise MinutesError(_write_message(exc, target)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _write_message(exc: OSError, target: Path) -> str:
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return QCoreApplication.translate("Minutes", "De schijf is vol: de notulen zijn niet opgeslagen. Maak ruimte vrij of kies "
                  "een andere plek.")
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return QCoreApplication.translate("Minutes", "Geen schrijfrechten in de map {folder}: de notulen zijn niet opgeslagen. "
                  "Kies een andere map.").format(folder=target.parent)
    if code == errno.ENAMETOOLONG:
        return QCoreApplication.translate("Minutes", "De bestandsnaam is te lang: kies een kortere naam.")
    return QCoreApplication.translate("Minutes", "De notulen konden niet worden opgeslagen in {path}: {reason}.").format(
        path=target, reason=exc.strerror or exc.__class__.__name__)
