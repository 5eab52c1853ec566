"""What every start shares before a window or a command exists: the language of the words
and the one line on stderr that a failure becomes (used by :mod:`app.main` and :mod:`app.gui`)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

_headless_app: object = None  # the QCoreApplication of a command, alive until it ends


def saved_language(db: Path) -> str | None:
    """The language chosen in the window for this store, read without SQLAlchemy or a lock."""
    path = Path(db).expanduser()
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, timeout=0.5)  # writes no -shm
        try:
            row = con.execute("SELECT value FROM setting WHERE key = 'language'").fetchone()
        finally:
            con.close()
    except (sqlite3.Error, OSError, ValueError):
        return None  # not (yet) a store: the command itself will say what is wrong
    return row[0] if row and row[0] in ("nl", "en") else None


def speak(language: str | None, db: Path) -> str:
    """A headless application with the translator for ``language`` (or the saved one)."""
    global _headless_app
    from PySide6.QtCore import QCoreApplication

    from app.i18n import install, system_language

    if QCoreApplication.instance() is None:
        _headless_app = QCoreApplication([sys.argv[0] if sys.argv else "leidraad"])
    chosen = language if language in ("nl", "en") else None
    return install(chosen or saved_language(db) or system_language())


def missing_message(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Cli", "De installatie van Leidraad is onvolledig: {name} "
                                             "ontbreekt. Installeer Leidraad opnieuw.").format(name=name)


def say(message: str) -> None:
    """One line on stderr, the way every failure reaches a terminal."""
    print(f"leidraad: {' '.join(message.split())}", file=sys.stderr)
