"""The window on a store that opens but cannot be read: the damaged message, no traceback."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from app.models import workshop as ops
from app.models.store import Store
from tests.test_gui_start import _run


def test_a_store_that_fails_on_reading_shows_the_damaged_message(tmp_path: Path) -> None:
    db = tmp_path / "leidraad.sqlite"
    with Store(db) as st:
        ws = ops.create_workshop(st, title="Goed", template="circle")
        ops.set_setting(st, "last_workshop_id", str(ws.id))
    con = sqlite3.connect(db)
    con.execute("UPDATE workshop SET title = CAST(x'fffe41' AS TEXT)")
    con.commit()
    con.close()
    result = _run(db)
    assert "CRITICAL" in result.stdout, (result.stdout, result.stderr[-2000:])
    assert "beschadigd of geen Leidraad-bestand" in result.stdout
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert "OperationalError" not in result.stdout + result.stderr
