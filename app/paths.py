"""Where Leidraad keeps its files: platformdirs for user data, the package for resources.

Everything the app reads at run time (templates, fonts, translations, icons,
migrations) is package data, found through :mod:`importlib.resources`, so a
checkout, an installed wheel and a PyInstaller bundle all read the same files.
"""
from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from app import APP_NAME

#: What every start needs; a broken install is named by the first one missing.
REQUIRED = (
    ("templates", "blank.json"), ("templates", "circle.json"), ("templates", "market.json"),
    ("templates", "plusmin.json"), ("templates", "core_themes.json"), ("templates", "rules.json"),
    ("fonts", "DejaVuSans.ttf"), ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "DejaVuSans-Oblique.ttf"), ("fonts", "LICENSE"),
    ("translations", "leidraad_en.qm"), ("icons", "leidraad.svg"), ("icons", "leidraad.png"),
)


class MissingResource(RuntimeError):
    """A file the package should carry is not there: the installation is incomplete."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    """The embedded default store: one SQLite file in the user data folder."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "leidraad.sqlite"


def backup_dir(store_path: Path) -> Path:
    """Rolling backups sit next to the store they protect."""
    return store_path.parent / "backups"


def resource(*parts: str) -> Traversable:
    """A file under ``app/resources`` (read it with ``read_text``/``read_bytes``)."""
    return resources.files("app").joinpath("resources", *parts)


def resource_path(*parts: str) -> Path:
    """A real file path for APIs that want one (fonts, Qt translators)."""
    found = resource(*parts)
    if isinstance(found, Path):
        return found
    return _extracted(found)


_keep: list[object] = []


def _extracted(found: Traversable) -> Path:
    """A resource inside an archive (a zipped install), extracted for the process' lifetime."""
    from contextlib import ExitStack

    stack = ExitStack()
    _keep.append(stack)
    return stack.enter_context(resources.as_file(found))


def migrations() -> Traversable:
    """The folder of numbered schema steps (package data of ``app.models``).

    Found from ``app``: naming ``app.models`` would import it, and with it SQLAlchemy and
    every model (seconds on a busy laptop), before ``--version`` could answer.
    """
    return resources.files("app").joinpath("models", "migrations")


def check_package_data() -> None:
    """Raise :class:`MissingResource` for the first required file that is not installed."""
    for parts in REQUIRED:
        if not resource(*parts).is_file():
            raise MissingResource("app/resources/" + "/".join(parts))
    folder = migrations()
    if not folder.is_dir() or not any(p.name.endswith(".sql") for p in folder.iterdir()):
        raise MissingResource("app/models/migrations/0001_initial.sql")
