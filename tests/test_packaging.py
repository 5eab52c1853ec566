"""Package data, version, language and the one-line refusals of a start that cannot go on."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import app.paths
from app import __version__
from app.main import main
from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store
from tests.tools import message_audit

REPO = Path(__file__).resolve().parents[1]


def test_version_is_0_2_0_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    assert __version__ == "0.2.0"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project["dynamic"]  # taken from app.__version__, one place
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == "leidraad 0.2.0"


def test_runtime_files_are_package_data() -> None:
    app.paths.check_package_data()
    assert app.paths.resource("templates", "blank.json").read_text(encoding="utf-8").startswith("{")
    names = [p.name for p in app.paths.migrations().iterdir() if p.name.endswith(".sql")]
    assert "0001_initial.sql" in names
    offenders = [str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py")
                 if "__file__" in p.read_text(encoding="utf-8")]
    assert offenders == []  # no paths built from __file__: a zip or a bundle would break them


def test_a_broken_install_names_the_missing_file_once(capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    copy = tmp_path / "resources"
    shutil.copytree(REPO / "app" / "resources", copy)
    (copy / "templates" / "circle.json").unlink()
    monkeypatch.setattr(app.paths, "resource", lambda *parts: copy.joinpath(*parts))
    assert main(["--db", str(tmp_path / "s.sqlite"), "list"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.count("app/resources/templates/circle.json") == 1
    assert err.startswith("leidraad: De installatie van Leidraad is onvolledig")


@pytest.fixture
def english_qm(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's English translator carries the pending texts too (not merged yet)."""
    import app.i18n

    qm = message_audit.compile_english(tmp_path_factory.mktemp("qm"))
    monkeypatch.setattr(app.i18n, "resource_path", lambda *parts: qm)


def _store_with(tmp_path: Path, language: str | None) -> Path:
    db = tmp_path / "leidraad.sqlite"
    with Store(db) as store:
        orchestration.create_workshop(store, title="Taal", template="blank")
        if language:
            ops.set_setting(store, "language", language)
    return db


def test_cli_follows_the_saved_language_and_lang_overrides_it(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, english_qm: None) -> None:
    db = _store_with(tmp_path, "en")
    assert main(["--db", str(db), "export-pdf", "77", "-o", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.startswith("leidraad: unknown workshop '77'")
    assert main(["--lang", "nl", "--db", str(db), "export-pdf", "77", "-o", "x.pdf"]) == 1
    assert capsys.readouterr().err.startswith("leidraad: onbekende bijeenkomst '77'")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["--db", str(db), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "was not imported, nothing was changed" in err and "not valid JSON" in err


def test_help_is_english_with_lang_en(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                      english_qm: None) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--db", str(tmp_path / "none.sqlite"), "--help"])
    out = capsys.readouterr().out
    assert "list all workshops" in out and "COMMAND" in out
    assert "toon alle bijeenkomsten" not in out


def test_a_location_it_cannot_write_is_one_line(capsys: pytest.CaptureFixture[str],
                                                tmp_path: Path) -> None:
    source = tmp_path / "w.leidraad.json"
    source.write_text("{}", encoding="utf-8")
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    # the store's folder would have to be made inside a plain file: impossible, even as root
    assert main(["--lang", "nl", "--db", str(blocked / "sub" / "s.sqlite"), "import",
                 str(source)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err


def test_no_display_is_one_line_not_a_qt_abort(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the X11/Wayland check is Linux's")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--lang", "nl", "--db",
                           str(tmp_path / "s.sqlite")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 2
    assert done.stderr.startswith("leidraad: Er is geen beeldscherm") and done.stderr.count("\n") == 1
    assert not (tmp_path / "s.sqlite").exists()
