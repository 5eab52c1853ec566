"""Where Leidraad keeps its files: platformdirs for user data, the package for resources."""
from __future__ import annotations

from pathlib import Path

import platformdirs

from app import APP_NAME

RESOURCES = Path(__file__).resolve().parent / "resources"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_store_path() -> Path:
    """The embedded default store: one SQLite file in the user data folder."""
    return data_dir() / "leidraad.sqlite"


def backup_dir(store_path: Path) -> Path:
    """Rolling backups sit next to the store they protect."""
    return store_path.parent / "backups"


def resource(*parts: str) -> Path:
    return RESOURCES.joinpath(*parts)
