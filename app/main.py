"""Entry point: `leidraad [--db PATH] [--lang nl|en] [command ...]`. Without a command the GUI opens.

A command (or ``--help``/``--version``) runs headless: a QCoreApplication carries the
translator, so every message, the help text and the minutes follow ``--lang`` or the
language saved in the store (menu Taal). Without a command, :mod:`app.gui` opens the window.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path

from app import __version__

_headless_app: object = None  # the QCoreApplication of a command, alive until exit


def _front_parser() -> argparse.ArgumentParser:
    front = argparse.ArgumentParser(add_help=False)
    front.add_argument("--db", type=Path, default=None)
    front.add_argument("--lang", default=None)
    front.add_argument("--self-test", action="store_true")
    return front


def build_parser() -> argparse.ArgumentParser:
    from PySide6.QtCore import QCoreApplication

    parser = argparse.ArgumentParser(
        prog="leidraad",
        description=QCoreApplication.translate(
            "Cli", "Leidraad: groepsgesprekken volgens 'Leren loont het langst'. "
                   "Zonder opdracht opent het venster."))
    parser.add_argument("--db", type=Path, default=None,
                        help=QCoreApplication.translate(
                            "Cli", "het opslagbestand (standaard: leidraad.sqlite in de "
                                   "gebruikersmap)"))
    parser.add_argument("--lang", choices=("nl", "en"), default=None,
                        help=QCoreApplication.translate(
                            "Cli", "taal van meldingen en notulen (standaard: de taal die in "
                                   "het venster gekozen is)"))
    parser.add_argument("--version", action="version", version=f"leidraad {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help=QCoreApplication.translate(
                            "Cli", "controleer deze installatie met het echte venster, op een "
                                   "tijdelijk opslagbestand (je eigen bestand blijft onaangeroerd)"))
    sub = parser.add_subparsers(dest="command",
                                metavar=QCoreApplication.translate("Cli", "OPDRACHT"))
    from app import cli

    cli.add_commands(sub)
    return parser


def saved_language(db: Path) -> str | None:
    """The language chosen in the window for this store, read without SQLAlchemy or a lock."""
    path = Path(db).expanduser()
    if not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
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


def _missing(name: str) -> int:
    say(missing_message(name))
    return 3


def main(argv: list[str] | None = None) -> int:
    from app.paths import MissingResource, check_package_data, default_store_path

    argv = sys.argv[1:] if argv is None else list(argv)
    front, rest = _front_parser().parse_known_args(argv)
    db = front.db if front.db is not None else default_store_path()
    if front.self_test and not rest:
        from app.gui import display_problem

        if display_problem() is not None:
            speak(front.lang, db)
            say(display_problem() or "")
            return 2
        from app.selftest import run_self_test

        return run_self_test(front.lang if front.lang in ("nl", "en") else None)
    if not rest:
        from app.gui import run_gui

        return run_gui(db, language=front.lang if front.lang in ("nl", "en") else None)
    speak(front.lang, db)
    try:
        check_package_data()
    except MissingResource as exc:
        return _missing(exc.name)
    try:
        args = build_parser().parse_args(argv)
        if not args.command:
            build_parser().print_usage(sys.stderr)
            return 2
        return int(args.func(args, db))
    finally:
        _end_headless()


def _end_headless() -> None:
    """Let go of the command's QCoreApplication, so the same process (a test, a script that
    calls :func:`main` twice) can still make a QApplication with windows afterwards."""
    global _headless_app
    from app import cli, i18n

    if _headless_app is None and cli._qt_app is None:
        return
    i18n.forget()
    for holder, name in ((sys.modules[__name__], "_headless_app"), (cli, "_qt_app")):
        app = getattr(holder, name, None)
        if app is not None:
            setattr(holder, name, None)
            app.shutdown()  # type: ignore[attr-defined]
    _headless_app = None


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
