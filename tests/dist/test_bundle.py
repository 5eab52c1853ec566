"""The PyInstaller folder from `make dist`, started as a teacher would, without Python.

Headless: ``--version``, ``import``, ``list``, ``export-pdf``; the window on Qt's offscreen
platform through ``--self-test`` (a workshop from every template, a standard dialog),
once in Dutch and once in English; and the refusals a bundle must word in one line:
a store it cannot open, a location it cannot write, no display, a broken copy.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app import __version__
from app.models import workshop as ops
from tests.tools.exchange_doc import one_workshop_document

REPO = Path(__file__).resolve().parents[2]
OS = "windows" if sys.platform.startswith("win") else "macos" if sys.platform == "darwin" else "linux"
ARCH = {"amd64": "x86_64", "aarch64": "arm64"}.get(platform.machine().lower(), platform.machine().lower())
FOLDER = REPO / "dist" / f"Leidraad-{__version__}-{OS}-{ARCH}"
EXE = FOLDER / ("Leidraad.exe" if OS == "windows" else "leidraad")
QT_NOISE = ("qt.", "QWidget", "QPainter", "Warning", "Traceback")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    keep = {k: v for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "DISPLAY",
                         "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONHOME")}
    keep.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return keep


def run(env: dict[str, str], *args: str, exe: Path = EXE) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env,
                          cwd=env["HOME"], timeout=180)


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("leidraad: "), err
    assert "Traceback" not in err
    return err.strip()


def test_the_bundle_is_complete() -> None:
    assert EXE.is_file() and os.access(EXE, os.X_OK)
    internal = FOLDER / "_internal"
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_nl.qm").is_file()
    assert list((internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*offscreen*"))
    assert list((internal / "PySide6" / "Qt" / "plugins" / "platforms").glob("*xcb*"))
    for key in ops.TEMPLATES:
        assert (internal / "app" / "resources" / "templates" / f"{key}.json").is_file()
    assert (internal / "app" / "resources" / "translations" / "leidraad_en.qm").is_file()
    assert (internal / "app" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "app" / "models" / "migrations" / "0001_initial.sql").is_file()
    desktop = (FOLDER / "leidraad.desktop").read_text(encoding="utf-8")
    assert "Name=Leidraad" in desktop and "Icon=leidraad" in desktop
    assert (FOLDER / "leidraad.png").is_file()
    assert FOLDER.with_name(FOLDER.name + ".tar.gz").is_file()


def test_version_import_list_and_pdf_headless(env: dict[str, str], tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    done = run(env, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"leidraad {__version__}")
    source = tmp_path / "werkdruk.leidraad.json"
    source.write_text(json.dumps(one_workshop_document("Werkdruk in de bovenbouw")), encoding="utf-8")
    done = run(env, "import", str(source))
    assert done.returncode == 0, done.stderr
    wid = done.stdout.split("\t")[0]
    listing = run(env, "list")
    assert listing.returncode == 0 and listing.stdout.strip().endswith("Werkdruk in de bovenbouw")
    for language, heading in (("nl", "NOTULEN"), ("en", "MINUTES")):
        pdf = tmp_path / f"notulen-{language}.pdf"
        done = run(env, "--lang", language, "export-pdf", wid, "-o", str(pdf))
        assert done.returncode == 0, done.stderr
        text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
        assert "Werkdruk in de bovenbouw" in text and heading in text


@pytest.mark.parametrize(("language", "cancel"), [("nl", "Annuleren"), ("en", "Cancel")])
def test_window_opens_every_template_and_quits_cleanly(env: dict[str, str], language: str,
                                                        cancel: str) -> None:
    done = run(env, "--lang", language, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    for key in ops.TEMPLATES:
        assert f"template {key}: ok (Zelftest {key} — Leidraad)" in done.stdout
    assert f"dialog button: {cancel}" in done.stdout
    assert f"language {language}, platform offscreen" in done.stdout
    assert not [line for line in done.stderr.splitlines() if line.startswith(QT_NOISE)], done.stderr


def test_a_store_it_cannot_open_is_one_line(env: dict[str, str], tmp_path: Path) -> None:
    not_a_store = tmp_path / "boodschappen.sqlite"
    not_a_store.write_text("melk, brood\n" * 20, encoding="utf-8")
    done = run(env, "--lang", "en", "--db", str(not_a_store), "list")
    assert done.returncode == 1
    assert "is not a Leidraad file" in one_line(done.stderr)
    # the window: the same line on stderr, then a dialog that waits for the facilitator
    with subprocess.Popen([str(EXE), "--lang", "en", "--db", str(not_a_store)], env=env,
                          stderr=subprocess.PIPE, stdout=subprocess.DEVNULL) as gui:
        try:
            line = _first_line(gui, 60)
        finally:
            gui.kill()  # the pipe is closed when the block ends
    assert line.startswith("leidraad: ") and "is not a Leidraad file" in line


def _first_line(process: subprocess.Popen[bytes], seconds: float) -> str:
    """The first line of Leidraad's own on stderr (it keeps running: a dialog waits); the
    offscreen platform's own notes ("This plugin does not support ...") are passed over."""
    end = time.monotonic() + seconds
    assert process.stderr is not None
    os.set_blocking(process.stderr.fileno(), False)
    data = b""
    while time.monotonic() < end and b"leidraad: " not in data and process.poll() is None:
        data += os.read(process.stderr.fileno(), 4096) if _ready(process) else b""
        time.sleep(0.05)
    time.sleep(0.2)
    data += os.read(process.stderr.fileno(), 4096) if _ready(process) else b""
    lines = data.decode("utf-8", "replace").splitlines()
    assert not [line for line in lines if "Traceback" in line], lines
    return next((line for line in lines if line.startswith("leidraad: ")), "")


def _ready(process: subprocess.Popen[bytes]) -> bool:
    import select

    assert process.stderr is not None
    return bool(select.select([process.stderr], [], [], 0)[0])


def test_a_location_it_cannot_write_is_one_line(env: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "w.leidraad.json"
    source.write_text(json.dumps(one_workshop_document("Ergens")), encoding="utf-8")
    done = run(env, "--lang", "en", "--db", "/proc/leidraad/leidraad.sqlite", "import",
               str(source))
    assert done.returncode == 1
    assert "cannot be created" in one_line(done.stderr)


def test_no_display_is_one_line(env: dict[str, str]) -> None:
    bare = {k: v for k, v in env.items() if k != "QT_QPA_PLATFORM"}
    done = run(bare, "--lang", "en")
    assert done.returncode == 2
    assert "There is no display" in one_line(done.stderr)
    done = run(bare)  # the language of a new user's system: Dutch unless it is English
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_a_broken_copy_names_the_missing_file_once(env: dict[str, str], tmp_path: Path) -> None:
    broken = tmp_path / "Leidraad-broken"
    shutil.copytree(FOLDER, broken, symlinks=True, copy_function=os.link)
    (broken / "_internal" / "app" / "resources" / "templates" / "circle.json").unlink()
    for args in (("list",), ("--lang", "en", "list")):
        done = run(env, *args, exe=broken / EXE.name)
        assert done.returncode == 3
        line = one_line(done.stderr)
        assert line.count("app/resources/templates/circle.json") == 1
    assert "is missing" in line
    assert (FOLDER / "_internal" / "app" / "resources" / "templates" / "circle.json").is_file()
