"""Headless sub-commands: ``list``, ``export-json``, ``import``, ``export-pdf``, ``meedoen``
(and backups), ``snapshot`` (a board's picture, drawn with Qt widgets on the offscreen platform).

They run without a display (no Qt widgets or GUI modules are imported), print
results on stdout and, on failure, exactly one line on stderr with exit
status 1: a script or a colleague at a terminal sees why, never a traceback.
Read commands (``list``, ``export-json``, ``export-pdf``) never write the
store: they read a snapshot (no checkpoint, no migration on the file), taken
under the lock, or through SQLite's read lock while the window has the store
open, or immutable on a read-only stick or share; a zero-byte or missing
``--db`` stays as it is. ``import`` writes and needs the lock.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

Command = Callable[[argparse.Namespace, Path], int]


class CliError(Exception):
    """A failure worded for the terminal (one line)."""


def add_commands(sub: Any) -> None:
    """Register the sub-commands on ``app.main``'s argparse sub-parsers."""
    p = sub.add_parser("list", help=QCoreApplication.translate("Cli", "toon alle bijeenkomsten: nummer, datum en titel"),
                       description=QCoreApplication.translate("Cli", "Eén bijeenkomst per regel: nummer, datum en titel, "
                                   "gescheiden door tabs (nieuwste eerst)."))
    p.set_defaults(func=_guarded(cmd_list))

    p = sub.add_parser("export-json", help=QCoreApplication.translate("Cli", "schrijf een bijeenkomst naar een uitwisselbestand"),
                       description=QCoreApplication.translate("Cli", "Schrijf een hele bijeenkomst naar een .leidraad.json-bestand "
                                   "(voor een andere laptop of een collega)."))
    p.add_argument("workshop", metavar=QCoreApplication.translate("Cli", "BIJEENKOMST"), help=QCoreApplication.translate("Cli", "het nummer uit 'leidraad list'"))
    p.add_argument("-o", "--output", metavar=QCoreApplication.translate("Cli", "BESTAND"), required=True, type=Path,
                   help=QCoreApplication.translate("Cli", "het doelbestand ('-' voor standaarduitvoer)"))
    p.set_defaults(func=_guarded(cmd_export_json))

    p = sub.add_parser("import", help=QCoreApplication.translate("Cli", "voeg een bijeenkomst toe uit een uitwisselbestand"),
                       description=QCoreApplication.translate("Cli", "Lees een .leidraad.json-bestand en voeg het toe als nieuwe "
                                   "bijeenkomst. Een fout bestand verandert niets."))
    p.add_argument("file", metavar=QCoreApplication.translate("Cli", "BESTAND"), type=Path)
    p.set_defaults(func=_guarded(cmd_import))

    p = sub.add_parser("export-pdf", help=QCoreApplication.translate("Cli", "schrijf de notulen van een bijeenkomst als PDF"),
                       description=QCoreApplication.translate("Cli", "Maak de notulen van een bijeenkomst als PDF."))
    p.add_argument("workshop", metavar=QCoreApplication.translate("Cli", "BIJEENKOMST"), help=QCoreApplication.translate("Cli", "het nummer uit 'leidraad list'"))
    p.add_argument("-o", "--output", metavar=QCoreApplication.translate("Cli", "BESTAND"), required=True, type=Path,
                   help=QCoreApplication.translate("Cli", "het PDF-bestand"))
    p.add_argument("--anonymise", "--anonymize", action="store_true",
                   help=QCoreApplication.translate("Cli", "namen van deelnemers vervangen (om te delen buiten de groep)"))
    p.set_defaults(func=_guarded(cmd_export_pdf))
    _add_backup_commands(sub)
    _add_join_command(sub)
    _add_snapshot_command(sub)


def _add_join_command(sub: Any) -> None:
    """``meedoen BIJEENKOMST``: the join page without the window (see :mod:`app.join`)."""
    p = sub.add_parser("meedoen", help="laat telefoons en laptops meedoen via het lokale netwerk",
                       description="Serveer de Meedoen-pagina voor een bijeenkomst zonder venster. "
                                   "De eerste regel op standaarduitvoer is het adres met de "
                                   "toegangscode; Ctrl+C (of SIGTERM) stopt.")
    p.add_argument("workshop", metavar="BIJEENKOMST", help="het nummer uit 'leidraad list'")
    p.add_argument("--host", metavar="ADRES", default=None,
                   help="het adres om op te luisteren (standaard: dat van het wifi-netwerk)")
    p.add_argument("--port", metavar="N", type=int, default=None,
                   help="de poort (0: een vrije poort; standaard 8765)")
    p.set_defaults(func=_guarded(cmd_meedoen))


def _add_snapshot_command(sub: Any) -> None:
    """``snapshot``: a board as the room sees it (its Qt widgets load only when it runs)."""
    p = sub.add_parser("snapshot", help="sla een bord op als afbeelding, zoals de zaal het ziet",
                       description="Maak een PNG van een bord zoals het publieksvenster het op "
                                   "een projector van die grootte toont. Een bord dat de zaal "
                                   "in pagina's ziet, geeft één afbeelding per pagina "
                                   "(BESTAND, BESTAND-2.png, ...).")
    p.add_argument("workshop", metavar="BIJEENKOMST", help="het nummer uit 'leidraad list'")
    p.add_argument("--board", required=True, choices=("circle", "market", "plenary", "plusmin"),
                   help="cirkel (circle), marktplaats-bladen (market), plenair (plenary) of "
                        "plus-min-schema (plusmin)")
    p.add_argument("--size", required=True, metavar="BxH", help="projectorgrootte, bijv. 1920x1080")
    p.add_argument("--theme", metavar="THEMA", default=None,
                   help="normaal of hoog-contrast (standaard: het thema van de projector)")
    p.add_argument("-o", "--output", metavar="BESTAND.png", required=True, type=Path)
    p.set_defaults(func=_guarded(cmd_snapshot))


def _add_backup_commands(sub: Any) -> None:
    """``reservekopieen`` and ``herstel BESTAND`` from :mod:`app.models.backup`, one-line failures.

    The backup module (and with it SQLAlchemy) loads only when one of them runs:
    building the parser must not cost the window's start-up ~0.3 s.
    """
    def later(name: str) -> Command:
        def run(args: argparse.Namespace, db: Path) -> int:
            from app.models import backup

            return int(getattr(backup, name)(args, db))
        return run

    listing = sub.add_parser("reservekopieen", help=QCoreApplication.translate("Cli", "toon de reservekopieën, nieuwste eerst"))
    listing.set_defaults(func=_guarded(later("_cli_list")))
    restore = sub.add_parser("herstel", help=QCoreApplication.translate("Cli", "zet een reservekopie terug (sluit Leidraad eerst)"))
    restore.add_argument("backup", type=Path, metavar=QCoreApplication.translate("Cli", "BESTAND"))
    restore.set_defaults(func=_guarded(later("_cli_restore")))


def _guarded(command: Command) -> Command:
    """Turn every failure into one line on stderr and exit status 1."""
    def run(args: argparse.Namespace, db: Path) -> int:
        _tolerant_output()
        try:
            return command(args, db)
        except CliError as exc:
            return _fail(str(exc))
        except Exception as exc:  # noqa: BLE001 - the promise is: no traceback, ever
            from app.models.store import StoreError
            from app.models.workshop import InputError

            if isinstance(exc, StoreError | InputError):
                return _fail(str(exc))
            return _fail(QCoreApplication.translate("Cli", "onverwachte fout ({error})").format(
                error=f"{exc.__class__.__name__}: {exc}"))
        except KeyboardInterrupt:
            return _fail(QCoreApplication.translate("Cli", "afgebroken"))
    run.__doc__ = command.__doc__
    return run


def _fail(message: str) -> int:
    line = " ".join(message.split()) or QCoreApplication.translate("Cli", "mislukt")
    print(f"leidraad: {line}", file=sys.stderr)
    return 1


def _tolerant_output() -> None:
    """A console that cannot show "Şükrü" gets "?" instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


# -- the store -----------------------------------------------------------------------

def _open(db: Path, *, write: bool) -> Any:
    from app.models.store import Store

    store = Store(db, read_only=not write)
    for notice in store.notices:  # e.g. a foreign write-ahead log set aside
        print(f"leidraad: {' '.join(notice.split())}", file=sys.stderr)
    return store


def _speak_ui_language(store: Any) -> None:
    """Word the minutes in the language the facilitator chose for the window (menu Taal).

    The minutes' headings come from Qt's translator, which needs a (headless)
    QCoreApplication; the GUI makes the same choice in ``app.gui``.
    """
    global _qt_app
    from PySide6.QtCore import QCoreApplication

    from app.i18n import active, install, system_language
    from app.models import workshop as ops

    if QCoreApplication.instance() is None:
        _qt_app = QCoreApplication([sys.argv[0] if sys.argv else "leidraad"])
    if active() is None:  # app.main already chose (--lang, else the saved language)
        install(ops.get_setting(store, "language") or system_language())


_qt_app: Any = None  # keeps the headless application alive while the minutes are made


def _existing(db: Path) -> bool:
    """A store file with something in it (a zero-byte file is no store yet, and stays so)."""
    from app.models.store import resolve_path

    path = resolve_path(db)
    try:
        return path.is_file() and path.stat().st_size > 0
    except OSError:
        return True  # let the store say what is wrong with it


def _workshop(store: Any, text: str) -> Any:
    from app.models import workshop as ops

    digits = text.strip()
    ws = ops.get_workshop(store, int(digits)) if digits.isdigit() and len(digits) < 16 else None
    if ws is None:
        raise CliError(QCoreApplication.translate("Cli", "onbekende bijeenkomst {workshop}: kies een nummer uit 'leidraad list'").format(
            workshop=repr(text)))
    return ws


def _line(ws: Any) -> str:
    return f"{ws.id}\t{ws.date.isoformat()}\t{ws.title}"


# -- commands ------------------------------------------------------------------------

def cmd_list(args: argparse.Namespace, db: Path) -> int:
    """One workshop per line: id, date, title (tab-separated), newest first."""
    if not _existing(db):
        return 0  # no store yet: no workshops, and nothing is created
    from app.models import workshop as ops

    store = _open(db, write=False)
    try:
        lines = [_line(ws) for ws in ops.list_workshops(store)]
    finally:
        store.close()
    for line in lines:
        print(line)
    return 0


def cmd_export_json(args: argparse.Namespace, db: Path) -> int:
    """Write one workshop as an exchange file (or to stdout with ``-o -``)."""
    from app.models import exchange

    if not _existing(db):
        raise CliError(QCoreApplication.translate("Cli", "onbekende bijeenkomst {workshop}: er is nog geen "
                                         "opslagbestand ({db})").format(
            workshop=repr(args.workshop), db=db))
    store = _open(db, write=False)
    try:
        ws = _workshop(store, args.workshop)
        if str(args.output) == "-":
            sys.stdout.write(exchange.dumps(exchange.export_workshop(store, ws.id)))
            return 0
        written = exchange.export_to_file(store, ws.id, args.output)
    finally:
        store.close()
    print(written)
    return 0


def cmd_import(args: argparse.Namespace, db: Path) -> int:
    """Add the workshop in an exchange file; prints its line as ``list`` would."""
    from app.models import exchange
    from app.models import workshop as ops

    data = exchange.read_file(args.file)  # read before the store: a bad path changes nothing
    store = _open(db, write=True)
    try:
        try:
            new_id = exchange.import_workshop(store, data)
        except exchange.ExchangeError as exc:
            raise CliError(QCoreApplication.translate("Cli", "{file} is niet geïmporteerd, er is niets veranderd. {error}").format(
                file=args.file, error=exc)) from None
        ws = ops.get_workshop(store, new_id)
    finally:
        store.close()
    print(_line(ws))
    return 0


def cmd_export_pdf(args: argparse.Namespace, db: Path) -> int:
    """The minutes as PDF, via ``app.export.pdf.export_minutes`` (loaded only here)."""
    from app.export.pdf import export_minutes

    if not _existing(db):
        raise CliError(QCoreApplication.translate("Cli", "onbekende bijeenkomst {workshop}: er is nog geen "
                                         "opslagbestand ({db})").format(
            workshop=repr(args.workshop), db=db))
    store = _open(db, write=False)
    try:
        ws = _workshop(store, args.workshop)
        _speak_ui_language(store)
        try:
            written = export_minutes(store, ws.id, args.output, anonymise=bool(args.anonymise))
        except Exception as exc:  # noqa: BLE001 - its errors carry a message for the user
            raise CliError(str(exc) or QCoreApplication.translate("Cli", "PDF-export mislukt ({error})").format(
                error=exc.__class__.__name__)) from None
    finally:
        store.close()
    print(written)
    return 0


def cmd_meedoen(args: argparse.Namespace, db: Path) -> int:
    """Serve the join page until SIGINT/SIGTERM; the URL is the first line on stdout."""
    import signal
    import threading

    from app.join.addresses import DEFAULT_PORT, default_host
    from app.join.edits import DirectEdits
    from app.join.room import JoinRoom
    from app.join.server import JoinServer

    if not _existing(db):
        raise CliError(f"onbekende bijeenkomst {args.workshop!r}: er is nog geen opslagbestand "
                       f"({db})")
    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise CliError(f"ongeldige poort {port}: kies 0 t/m 65535")
    store = _open(db, write=True)
    stop = threading.Event()
    try:
        ws = _workshop(store, args.workshop)
        room = JoinRoom(DirectEdits(store), ws.id)
        server = JoinServer(room, args.host or default_host(), port)
        try:
            server.start()
        except OSError as exc:
            raise CliError(f"kan niet luisteren op {server.host}:{port} ({exc})") from None
        previous = {sig: signal.signal(sig, lambda *_: stop.set())
                    for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            print(server.url, flush=True)
            print(f"zaalcode: {room.code}", flush=True)
            while not stop.wait(0.5):
                pass
        finally:
            room.cut_off()
            server.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    finally:
        store.close()
    return 0


def cmd_snapshot(args: argparse.Namespace, db: Path) -> int:
    """PNG(s) of a board as the room sees it, via ``app.views.files.snapshot``."""
    from app.views.files.snapshot import SnapshotError, parse_size, parse_theme, snapshot_store

    try:
        parse_size(args.size)
        parse_theme(args.theme)
    except SnapshotError as exc:
        raise CliError(str(exc)) from None
    if not _existing(db):
        raise CliError(f"onbekende bijeenkomst {args.workshop!r}: er is nog geen opslagbestand "
                       f"({db})")
    store = _open(db, write=False)
    try:
        ws = _workshop(store, args.workshop)
        try:
            paths = snapshot_store(store, ws.id, args.board, args.size, args.output, args.theme)
        except SnapshotError as exc:
            raise CliError(str(exc)) from None
    finally:
        store.close()
    for path in paths:
        print(path)
    return 0
