"""The store's errors, worded for the facilitator, and the messages they carry.

Every failure of the store ends up as one of these, with a message that says
what happened (a full disk says the disk is full; a damaged file, a symlink
loop or undecodable bytes give the one damaged-store message) and what to do.
"""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import DBAPIError, OperationalError, StatementError


class StoreError(Exception):
    """A problem with the store, worded for the facilitator.

    ``reason`` is a short code for tests and logs; ``str(error)`` is the message.
    """

    def __init__(self, message: str, *, path: Path | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.reason = reason


class StoreRefused(StoreError):
    """The file cannot be opened as a Leidraad store; it was not written to."""


class StoreLocked(StoreRefused):
    """Another Leidraad already has this store open."""


class StoreWriteError(StoreError):
    """An edit could not be saved (disk full, read-only, locked)."""


class StoreDamaged(StoreError):
    """The store opened, but reading it failed: the file is damaged."""


#: Failures of the database layer: SQLAlchemy's wrappers and raw driver errors.
DB_ERRORS = (OperationalError, DBAPIError, sqlite3.Error)
#: What reading a damaged row raises besides database errors (undecodable bytes, bad dates).
READ_ERRORS = (*DB_ERRORS, StatementError, UnicodeDecodeError, ValueError, TypeError, LookupError)


def damaged_message(path: Path | str, detail: str = "") -> str:
    """The one message for a file that is damaged or no Leidraad store at all."""
    extra = f" ({detail})" if detail else ""
    return (QCoreApplication.translate("Models", "{path} is beschadigd of geen Leidraad-bestand en kan niet gelezen worden{extra}. "
            "Zet een reservekopie terug (Bestand > Reservekopie terugzetten of "
            "'leidraad herstel').").format(path=path, extra=extra))


def resolve_path(path: Path | str) -> Path:
    """``path`` made absolute; a symlink loop or an unusable name is refused with a message."""
    try:
        return Path(path).expanduser().resolve()
    except (RuntimeError, OSError, ValueError) as exc:
        raise StoreRefused(damaged_message(path, QCoreApplication.translate("Models", "de koppeling verwijst naar zichzelf")
                                           if isinstance(exc, RuntimeError) or
                                           getattr(exc, "errno", None) == 40 else str(exc)),
                           path=Path(str(path)), reason="damaged") from exc


#: Below this much free space an I/O error is a full disk (SQLite often reports ENOSPC as I/O).
FULL_BELOW = 1 << 20


def _disk_full(exc: BaseException, path: Path) -> bool:
    if getattr(exc, "errno", None) == 28 or getattr(getattr(exc, "orig", None), "errno", None) == 28:
        return True
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW
    except OSError:
        return False


def write_error(exc: BaseException, path: Path) -> StoreWriteError:
    """Translate a database error into a message the facilitator can act on.

    Every message says that the change was NOT saved, so nobody carries on
    believing it was.
    """
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "full" in text or _disk_full(exc, path):
        msg, reason = (QCoreApplication.translate("Models", "De schijf is vol: de laatste wijziging is niet opgeslagen. Maak ruimte vrij "
                       "op de schijf met {path} en probeer het opnieuw.").format(path=path)), "full"
    elif "readonly" in text or "read-only" in text or "permission" in text:
        msg, reason = (QCoreApplication.translate("Models", "Het bestand is alleen-lezen: de laatste wijziging is niet opgeslagen. "
                       "Controleer de rechten van {path}.").format(path=path)), "readonly"
    elif "locked" in text or "busy" in text:
        msg, reason = (QCoreApplication.translate("Models", "Het bestand {path} is bezet door een ander programma: de laatste wijziging "
                       "is niet opgeslagen. Sluit dat programma en probeer het opnieuw.").format(path=path)), "locked"
    elif "disk i/o" in text:
        msg, reason = (QCoreApplication.translate("Models", "Schrijffout op de schijf (is de USB-stick of netwerkmap weg?): de laatste "
                       "wijziging is niet opgeslagen in {path}.").format(path=path)), "io"
    else:
        msg, reason = QCoreApplication.translate("Models", "De wijziging kon niet worden opgeslagen in {path}: {text}").format(path=path, text=text), "other"
    return StoreWriteError(msg, path=path, reason=reason)
