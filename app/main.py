"""Entry point: `leidraad [--db PATH] [--lang nl|en] [command ...]`. Without a command the GUI opens.

A command (or ``--help``/``--version``) runs headless: a QCoreApplication carries the
translator, so every message, the help text and the minutes follow ``--lang`` or the
language saved in the store (menu Taal). Without a command, :mod:`app.gui` opens the window.
"""
from __future__ import annotations

import argparse
import atexit
import os
import sys
import threading
from pathlib import Path

from app import __version__
from app.console import missing_message, say, speak

#: Top-level packages whose modules use PySide6 (the only ones PySide's feature switch concerns).
_QT_USERS = frozenset({"app", "benchmarks", "tests", "PySide6", "shiboken6", "__main__"})


def skip_pyside_source_scan() -> bool:
    """Stop PySide6 from reading the source of every module imported after it.

    From PySide6 6.4 on, each import calls ``PySide6.support.feature.feature_imported``,
    which reads the whole source file of the new module (``inspect.getsource``) to find
    the word "PySide6", so that ``from __feature__ import snake_case`` could later be
    switched per module. Leidraad never selects a feature, so the answer changes
    nothing; reading SQLAlchemy's and the models' sources costs about 10% of the start
    (measured: ~500 modules, ~0.15 s on a quiet 2-core laptop). The replacement records
    the same table (0 for modules of packages that use Qt, -1 for the rest) from the
    module name alone. Returns False (and changes nothing) on a PySide6 without this hook.
    """
    try:
        from PySide6.support import feature  # type: ignore[attr-defined]
    except ImportError:
        return False
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict) or not callable(getattr(feature, "feature_imported", None)):
        return False

    def feature_imported(module: object) -> None:
        name = getattr(module, "__name__", None)
        if isinstance(name, str) and name not in table:
            table[name] = 0 if name.partition(".")[0] in _QT_USERS else -1

    feature.feature_imported = feature_imported
    return True


skip_pyside_source_scan()  # before SQLAlchemy and the models load (every command and the GUI)


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


_ran_command = False  # main() ran a headless command (not the window, not --self-test)


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
    global _ran_command
    _ran_command = True
    if "snapshot" in rest:  # draws Qt widgets: a (headless) QApplication, not a core one
        from app.views.files.snapshot import ensure_app

        ensure_app()
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
    from app import cli, console, i18n

    if console._headless_app is None and cli._qt_app is None:
        return
    i18n.forget()
    for holder, name in ((console, "_headless_app"), (cli, "_qt_app")):
        app = getattr(holder, name, None)
        if app is not None:
            setattr(holder, name, None)
            app.shutdown()  # type: ignore[attr-defined]


def run() -> None:
    code = main()
    if _ran_command:
        leave_now(code)
    sys.exit(code)


def leave_now(code: int) -> None:
    """End a finished command without tearing the interpreter down module by module.

    When a command returns, its store is closed and its files are written and closed
    (every command closes them in ``finally``); what remains is Python's own clean-up of
    SQLAlchemy, Qt and ~600 modules, about 0.3 s of a 1.5 s ``snapshot``. The atexit
    handlers still run and the output is flushed. With another thread still running
    (nothing should be), or under a profiler or tracer (cProfile, coverage: they write
    their results on the normal way out), the normal exit runs as before.
    """
    if threading.active_count() > 1 or sys.getprofile() is not None or sys.gettrace() is not None:
        return
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`leidraad list | head -1`)
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    run()
