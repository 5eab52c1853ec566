"""The real start: a first frame at once, then the main window on the opened store."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.tools.gui_process import run_app

pytestmark = pytest.mark.slow  # the real app in a child process


def test_first_frame_then_the_main_window_and_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "leidraad.sqlite"
    result = run_app(db)
    assert "EXIT 0" in result.stdout, result.stderr[-2000:]
    windows = result.stdout.split("WINDOWS", 1)[1]
    assert "FirstFrame" in windows.splitlines()[0].split("]")[0]  # the first look: the first frame
    assert "MainWindow" in windows
    assert db.exists()
    assert list((tmp_path / "backups").glob("leidraad-*.sqlite"))


def test_a_refused_store_is_explained_and_the_app_stops(tmp_path: Path) -> None:
    db = tmp_path / "noise.sqlite"
    db.write_bytes(os.urandom(4096))
    before = db.read_bytes()
    result = run_app(db)
    assert "CRITICAL" in result.stdout and "geen Leidraad-bestand" in result.stdout
    assert "EXIT 2" in result.stdout
    assert db.read_bytes() == before
