"""The command line: headless list, export-json, import and export-pdf with one-line failures."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from app.main import main
from app.models import exchange, orchestration
from app.models import workshop as ops
from app.models.store import Store
from tests.tools.gui_process import headless_env

REPO = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, list[str], str]:
    """``leidraad ARGV`` in this process: exit status, stdout lines, stderr text."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def one_line_error(err: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert "Traceback" not in err
    assert err.startswith("leidraad: ")
    return err.strip()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store with two workshops, closed again (as if Leidraad is not running)."""
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as store:
        older = orchestration.create_workshop(store, title="Marktplaats sectie Engels",
                                    date=dt.date(2026, 3, 2), template="market")
        newer = orchestration.create_workshop(store, title="Betrokken blijven", date=dt.date(2026, 11, 24),
                                    template="circle", location="Het Baken")
        ops.add_participant(store, newer.id, "Şükrü Yılmaz", "older_teacher", "A")
        ops.add_participant(store, older.id, "Anna de Vries", "leadership")
    return path


def ids_in(path: Path) -> dict[str, int]:
    with Store(path, lock=False) as store:
        return {ws.title: ws.id for ws in ops.list_workshops(store)}


def test_list_prints_id_date_and_title_newest_first(capsys: pytest.CaptureFixture[str],
                                                    db: Path) -> None:
    ids = ids_in(db)
    code, lines, err = run(capsys, "--db", db, "list")
    assert (code, err) == (0, "")
    assert lines == [f"{ids['Betrokken blijven']}\t2026-11-24\tBetrokken blijven",
                     f"{ids['Marktplaats sectie Engels']}\t2026-03-02\tMarktplaats sectie Engels"]


def test_list_without_a_store_prints_nothing_and_creates_nothing(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nog-niet.sqlite"
    assert run(capsys, "--db", missing, "list") == (0, [], "")
    assert not missing.exists()


def test_export_then_import_on_another_laptop(capsys: pytest.CaptureFixture[str], db: Path,
                                              tmp_path: Path) -> None:
    wid = ids_in(db)["Betrokken blijven"]
    target = tmp_path / "betrokken.leidraad.json"
    code, lines, err = run(capsys, "--db", db, "export-json", wid, "-o", target)
    assert (code, lines, err) == (0, [str(target)], "")
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["participants"][0]["name"] == "Şükrü Yılmaz"
    assert [r["planned_minutes"] for r in doc["agenda"]] == [30, 10, 30, 5]

    other = tmp_path / "laptop2.sqlite"
    code, lines, err = run(capsys, "--db", other, "import", target)
    assert (code, err) == (0, "")
    new_id, date, title = lines[0].split("\t")
    assert (date, title) == ("2026-11-24", "Betrokken blijven")
    assert run(capsys, "--db", other, "list")[1] == lines
    code, lines, _err = run(capsys, "--db", other, "export-json", new_id, "-o", "-")
    assert code == 0 and json.loads("\n".join(lines)) == doc


def test_unknown_workshop_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], db: Path,
                                                tmp_path: Path) -> None:
    for wid in ("42", "abc", "99999999999999999999999"):
        code, lines, err = run(capsys, "--db", db, "export-json", wid, "-o", tmp_path / "x.json")
        assert (code, lines) == (1, [])
        assert f"onbekende bijeenkomst '{wid}'" in one_line_error(err)
    assert not (tmp_path / "x.json").exists()


def test_a_refused_import_names_the_path_and_changes_nothing(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    with Store(db, lock=False) as store:
        doc = exchange.export_workshop(store, ids_in(db)["Betrokken blijven"])
    doc["participants"][0]["role"] = "teacher"
    bad = tmp_path / "kapot.leidraad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = db.read_bytes(), ids_in(db)
    code, lines, err = run(capsys, "--db", db, "import", bad)
    assert (code, lines) == (1, [])
    message = one_line_error(err)
    assert "er is niets veranderd" in message and "$.participants[0].role:" in message
    assert ids_in(db) == before[1]


def test_an_unreadable_file_is_one_line(capsys: pytest.CaptureFixture[str], db: Path,
                                        tmp_path: Path) -> None:
    code, _lines, err = run(capsys, "--db", db, "import", tmp_path / "bestaat-niet.json")
    assert code == 1 and "kan niet gelezen worden" in one_line_error(err)
    code, _lines, err = run(capsys, "--db", db, "import", tmp_path)
    assert code == 1 and "is een map" in one_line_error(err)
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00garbage")
    code, _lines, err = run(capsys, "--db", db, "import", tmp_path / "binary.json")
    assert code == 1 and "$: geen geldige UTF-8" in one_line_error(err)


def test_a_store_that_is_not_ours_is_refused(capsys: pytest.CaptureFixture[str],
                                             tmp_path: Path) -> None:
    notes = tmp_path / "boodschappen.txt"
    notes.write_text("melk, brood\n" * 20, encoding="utf-8")
    for argv in (["list"], ["export-json", "1", "-o", str(tmp_path / "x.json")]):
        code, _lines, err = run(capsys, "--db", notes, *argv)
        assert code == 1 and "geen Leidraad-bestand" in one_line_error(err)
    assert notes.read_text(encoding="utf-8") == "melk, brood\n" * 20


def test_reading_works_while_the_window_has_the_store_open(
        capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path) -> None:
    gui = Store(db)  # holds the lock, like the running app
    try:
        wid = ids_in(db)["Betrokken blijven"]
        assert run(capsys, "--db", db, "list")[0] == 0
        target = tmp_path / "tijdens.leidraad.json"
        assert run(capsys, "--db", db, "export-json", wid, "-o", target)[0] == 0
        code, _lines, err = run(capsys, "--db", db, "import", target)
        assert code == 1 and "al geopend" in one_line_error(err)
        assert len(ops.list_workshops(gui)) == 2
    finally:
        gui.close()


def test_export_pdf_failures_become_one_line(capsys: pytest.CaptureFixture[str], db: Path,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[int, Path, bool]] = []

    def export_minutes(store: Store, workshop_id: int, path: Path, *, anonymise: bool) -> Path:
        calls.append((workshop_id, Path(path), anonymise))
        raise RuntimeError("De schijf is vol:\nde notulen zijn niet opgeslagen.")

    fake = types.ModuleType("app.export.pdf")
    fake.export_minutes = export_minutes  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.export.pdf", fake)
    wid = ids_in(db)["Betrokken blijven"]
    code, _lines, err = run(capsys, "--db", db, "export-pdf", wid, "-o", tmp_path / "n.pdf",
                            "--anonymise")
    assert code == 1
    assert one_line_error(err) == "leidraad: De schijf is vol: de notulen zijn niet opgeslagen."
    assert calls == [(wid, tmp_path / "n.pdf", True)]
    code, _lines, err = run(capsys, "--db", db, "export-pdf", "77", "-o", tmp_path / "n.pdf")
    assert code == 1 and "onbekende bijeenkomst '77'" in one_line_error(err)
    assert len(calls) == 1


def test_export_pdf_writes_the_minutes(capsys: pytest.CaptureFixture[str], db: Path,
                                       tmp_path: Path) -> None:
    pytest.importorskip("app.export.pdf")
    pypdf = pytest.importorskip("pypdf")
    wid = ids_in(db)["Betrokken blijven"]
    plain, anonymous = tmp_path / "notulen.pdf", tmp_path / "anoniem.pdf"
    assert run(capsys, "--db", db, "export-pdf", wid, "-o", plain) == (0, [str(plain)], "")
    assert run(capsys, "--db", db, "export-pdf", wid, "-o", anonymous, "--anonymise")[0] == 0

    def text(path: Path) -> str:
        return " ".join(page.extract_text() for page in pypdf.PdfReader(path).pages)

    assert "Betrokken blijven" in text(plain)
    assert "Yılmaz" in text(plain) and "Yılmaz" not in text(anonymous)


def test_unexpected_errors_never_show_a_traceback(capsys: pytest.CaptureFixture[str], db: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(store: Store, workshop_id: int) -> dict[str, object]:
        raise KeyError("round")

    monkeypatch.setattr(exchange, "export_workshop", broken)
    wid = ids_in(db)["Betrokken blijven"]
    code, _lines, err = run(capsys, "--db", db, "export-json", wid, "-o", tmp_path / "x.json")
    assert code == 1 and "onverwachte fout (KeyError" in one_line_error(err)


@pytest.mark.slow  # the installed command in child processes
def test_the_real_command_runs_headless(db: Path, tmp_path: Path) -> None:
    """A fresh interpreter without a display: exit codes, stdout, stderr, and no Qt GUI loaded."""
    wid = ids_in(db)["Betrokken blijven"]
    target = tmp_path / "uit.leidraad.json"
    probe = ("import sys; from app.main import main; code = main(sys.argv[1:]); "
             "loaded = [m for m in ('PySide6.QtWidgets', 'PySide6.QtGui') if m in sys.modules]; "
             "print('GUI', loaded, file=sys.stderr); sys.exit(code)")
    ok = subprocess.run([sys.executable, "-c", probe, "--db", str(db), "export-json", str(wid),
                         "-o", str(target)], capture_output=True, text=True, env=headless_env(),
                        cwd=tmp_path, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == f"{target}\n" and ok.stderr == "GUI []\n"
    listing = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db), "list"],
                             capture_output=True, text=True, env=headless_env(), timeout=120)
    assert listing.returncode == 0 and listing.stdout.count("\n") == 2
    bad = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db), "import",
                          str(tmp_path / "weg.json")], capture_output=True, text=True,
                         env=headless_env(), timeout=120)
    assert bad.returncode == 1 and bad.stdout == ""
    assert bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def test_backup_commands_are_registered(capsys: pytest.CaptureFixture[str], db: Path,
                                        tmp_path: Path) -> None:
    pytest.importorskip("app.models.backup")
    code, lines, err = run(capsys, "--db", db, "reservekopieen")
    assert (code, err) == (0, "") and lines == [f"Nog geen reservekopieën van {db}."]
    code, _lines, err = run(capsys, "--db", db, "herstel", tmp_path / "geen-kopie.sqlite")
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
