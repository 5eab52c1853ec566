"""Start-up speed levers of ``app.main`` that must not change what a user gets.

* PySide6's per-import source scan is replaced by a name-based table: importing a
  module no longer reads its source, and Qt keeps working.
* A finished command leaves without the interpreter's teardown: what it wrote is in
  the store (committed, WAL folded back, lock free), its output is complete and its
  exit status is the command's.
"""
from __future__ import annotations

import datetime as dt
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import main as app_main
from app.models import exchange, orchestration
from app.models import workshop as ops
from app.models.store import Store

REPO = Path(__file__).resolve().parents[1]


def test_importing_a_module_reads_no_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    feature = pytest.importorskip("PySide6.support.feature")
    assert app_main.skip_pyside_source_scan()  # the installed PySide6 has the hook
    read: list[object] = []
    real = inspect.getsource

    def counting(obj: object) -> str:
        read.append(obj)
        return real(obj)  # type: ignore[arg-type]

    monkeypatch.setattr(inspect, "getsource", counting)
    (tmp_path / "leidraad_probe_plain.py").write_text("VALUE = 41 + 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    found: dict[str, object] = {}
    exec("import leidraad_probe_plain as probe", found)  # an import statement: PySide's hook sees it
    probe = found["probe"]
    try:
        assert probe.VALUE == 42  # type: ignore[attr-defined]
        assert read == []  # PySide6's own hook would have read the file
        assert feature.pyside_feature_dict["leidraad_probe_plain"] == -1
    finally:
        sys.modules.pop("leidraad_probe_plain", None)
    assert feature.pyside_feature_dict["app.models.store"] == 0  # our modules: Qt users


def test_qt_still_works_after_the_scan_is_skipped() -> None:
    """Signals, enums and properties of Qt classes, as every view uses them."""
    from PySide6.QtCore import QObject, Qt, Signal

    class Probe(QObject):
        said = Signal(str)

    heard: list[str] = []
    probe = Probe()
    probe.said.connect(heard.append)
    probe.setObjectName("probe")
    probe.said.emit("hallo")
    assert heard == ["hallo"] and probe.objectName() == "probe"
    assert Qt.AlignmentFlag.AlignLeft in (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["PYTHONPATH"] = str(REPO)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _leidraad(*argv: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real entry point (``run()``, as the ``leidraad`` script), in a fresh process."""
    return subprocess.run([sys.executable, str(REPO / "main.py"), *map(str, argv)],
                          capture_output=True, text=True, env=_env(), cwd=cwd, timeout=120)


def test_an_import_is_stored_before_the_quick_exit(tmp_path: Path) -> None:
    source = tmp_path / "bron.sqlite"
    with Store(source) as store:
        ws = orchestration.create_workshop(store, title="Onderzoekend leren", date=dt.date(2026, 5, 4),
                                 template="circle")
        ops.add_participant(store, ws.id, "Şükrü Yılmaz", "older_teacher", "A")
        exchange.export_to_file(store, ws.id, tmp_path / "uit.leidraad.json")
    db = tmp_path / "doel" / "leidraad.sqlite"
    done = _leidraad("--db", db, "import", tmp_path / "uit.leidraad.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    new_id, date, title = done.stdout.rstrip("\n").split("\t")
    assert (date, title) == ("2026-05-04", "Onderzoekend leren") and done.stderr == ""
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # committed and folded back, as before
    with Store(db) as store:  # the lock is free again
        names = [p.name for p in ops.list_participants(store, int(new_id))]
        assert ops.get_workshop(store, int(new_id)).title == "Onderzoekend leren"
    assert names == ["Şükrü Yılmaz"]


def test_the_quick_exit_keeps_output_and_exit_status(tmp_path: Path) -> None:
    db = tmp_path / "leidraad.sqlite"
    with Store(db) as store:
        for n in range(300):  # more than one pipe buffer of lines
            orchestration.create_workshop(store, title=f"Bijeenkomst {n:03d} " + "x" * 40,
                                date=dt.date(2026, 1, 1) + dt.timedelta(days=n), template="blank")
    listing = _leidraad("--db", db, "list", cwd=tmp_path)
    assert listing.returncode == 0 and listing.stderr == ""
    lines = listing.stdout.splitlines()
    assert len(lines) == 300 and lines[0].endswith("Bijeenkomst 299 " + "x" * 40)
    wrong = _leidraad("--db", db, "export-json", "9999", "-o", tmp_path / "x.json", cwd=tmp_path)
    assert wrong.returncode == 1 and wrong.stdout == ""
    assert wrong.stderr.startswith("leidraad: ") and wrong.stderr.count("\n") == 1
    exported = _leidraad("--db", db, "export-json", lines[0].split("\t")[0], "-o", "-", cwd=tmp_path)
    assert exported.returncode == 0
    assert json.loads(exported.stdout)["workshop"]["title"].startswith("Bijeenkomst 299")


def test_the_quick_exit_runs_atexit_handlers(tmp_path: Path) -> None:
    """What a library registers for the way out (a log flushed, a temp folder removed) still runs."""
    marker = tmp_path / "atexit-ran"
    probe = ("import atexit, sys; from pathlib import Path; "
             f"atexit.register(Path({str(marker)!r}).write_text, 'ja'); "
             "from app.main import run; sys.argv[1:] = ['--db', sys.argv[1], 'list']; run()")
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "geen.sqlite")],
                          capture_output=True, text=True, env=_env(), cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert marker.read_text() == "ja"


#: Libraries only a later action needs: joining (aiohttp, segno), a suggestion (rapidfuzz),
#: a PDF or an exchange file (reportlab, pydantic), tests (hypothesis, pypdf).
LATER = ("aiohttp", "segno", "rapidfuzz", "reportlab", "pydantic", "hypothesis", "pypdf")


def test_the_window_and_a_snapshot_load_no_library_they_do_not_need_yet(tmp_path: Path) -> None:
    """What the start imports is what the first frames need; the rest loads on first use."""
    probe = ("import sys, app.main, app.views.shell.main_window, app.views.circle.board, "
             "app.views.files.snapshot, app.views.room.audience; "
             f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({LATER!r})))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env=_env(), cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
