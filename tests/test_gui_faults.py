"""The window on a store that opens but cannot be read: the damaged message, no traceback."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store
from tests.tools.gui_process import run_app


@pytest.mark.slow  # the real app in a child process
def test_a_store_that_fails_on_reading_shows_the_damaged_message(tmp_path: Path) -> None:
    db = tmp_path / "leidraad.sqlite"
    with Store(db) as st:
        ws = orchestration.create_workshop(st, title="Goed", template="circle")
        ops.set_setting(st, "last_workshop_id", str(ws.id))
    con = sqlite3.connect(db)
    con.execute("UPDATE workshop SET title = CAST(x'fffe41' AS TEXT)")
    con.commit()
    con.close()
    result = run_app(db)
    assert "CRITICAL" in result.stdout, (result.stdout, result.stderr[-2000:])
    assert "beschadigd of geen Leidraad-bestand" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "OperationalError" not in result.stdout + result.stderr


def test_a_read_failure_in_a_slot_is_shown_once_not_as_a_traceback(
        qapp, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from app import gui
    from app.models.store import StoreDamaged, damaged_message

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: shown.append(text))
    passed_on: list[BaseException] = []
    monkeypatch.setattr(gui.sys, "__excepthook__", lambda _k, exc, _tb: passed_on.append(exc))
    monkeypatch.setattr(gui, "_REPORTED", set())
    error = StoreDamaged(damaged_message(tmp_path / "x.sqlite", "Could not decode"))
    gui.report_uncaught(StoreDamaged, error, None)
    gui.report_uncaught(StoreDamaged, error, None)  # the next repaint fails the same way
    assert len(shown) == 1 and "beschadigd of geen Leidraad-bestand" in shown[0]
    other = RuntimeError("een fout in de code")
    gui.report_uncaught(RuntimeError, other, None)
    assert passed_on == [other] and len(shown) == 1
