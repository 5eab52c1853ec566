"""Entry point: `leidraad [--db PATH] [command ...]`. Without a command the GUI opens."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leidraad",
        description="Leidraad: groepsgesprekken volgens 'Leren loont het langst'. "
                    "Zonder opdracht opent het venster.")
    parser.add_argument("--db", type=Path, default=None,
                        help="het opslagbestand (standaard: leidraad.sqlite in de gebruikersmap)")
    parser.add_argument("--version", action="version", version=f"leidraad {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")
    from app import cli

    cli.add_commands(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.paths import default_store_path

    args = build_parser().parse_args(argv)
    db = args.db if args.db is not None else default_store_path()
    if args.command:
        return int(args.func(args, db))
    from app.gui import run_gui

    return run_gui(db)


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
