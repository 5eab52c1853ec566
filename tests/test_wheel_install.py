"""A teacher's install: the wheel, installed non-editable, works like the checkout.

The wheel is built into a temporary folder and installed with ``--no-deps`` into a
fresh virtual environment; the dependencies (PySide6, SQLAlchemy, ...) come from this
test environment's site-packages through a path file, so nothing is downloaded, while
``app`` itself can only come from the wheel (the checkout is not on the path and the
editable finder of this environment is not loaded). Everything runs in a temporary
HOME from a temporary working folder.
"""
from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from app import __version__
from app.models import workshop as ops
from tests.tools.exchange_doc import one_workshop_document

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                    "-q", "-w", str(out), str(REPO)], check=True, timeout=300,
                   cwd=tmp_path_factory.mktemp("build-cwd"))
    (found,) = out.glob("leidraad-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding the wheel; returns its ``leidraad`` executable."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = Path(subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    ours = {Path(p).resolve() for p in site.getsitepackages()} | {
        Path(sysconfig.get_paths()["purelib"]).resolve()}
    (purelib / "zz_test_dependencies.pth").write_text(
        "\n".join(str(p) for p in sorted(ours)) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                    "--no-index", "-q", str(wheel)], check=True, timeout=300)
    exe = env_dir / ("Scripts/leidraad.exe" if os.name == "nt" else "bin/leidraad")
    assert exe.exists()
    return exe


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "DISPLAY")}
    env.update(HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen")
    (tmp_path / "home").mkdir()
    return env


def _run(exe: Path, env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=180)


def test_the_wheel_carries_every_runtime_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for key in ops.TEMPLATES:
        assert f"app/resources/templates/{key}.json" in names
    for needed in ("app/resources/fonts/DejaVuSans.ttf", "app/resources/fonts/LICENSE",
                   "app/resources/translations/leidraad_en.qm", "app/resources/icons/leidraad.png",
                   "app/models/migrations/0001_initial.sql"):
        assert needed in names
    assert f"leidraad-{__version__}-py3-none-any.whl" == wheel.name


def test_installed_copy_imports_lists_and_exports_like_the_checkout(
        installed: Path, home: dict[str, str], tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    where = subprocess.run([str(installed.parent / "python"), "-c",
                            "import app, sys; print(app.__file__)"],
                           capture_output=True, text=True, env=home, cwd=tmp_path, check=True)
    assert str(REPO) not in where.stdout and "site-packages" in where.stdout

    done = _run(installed, home, tmp_path, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"leidraad {__version__}")

    exchange_file = tmp_path / "werkdruk.leidraad.json"
    exchange_file.write_text(json.dumps(one_workshop_document("Werkdruk in de bovenbouw")), encoding="utf-8")
    done = _run(installed, home, tmp_path, "import", str(exchange_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("\tWerkdruk in de bovenbouw")
    wid = done.stdout.split("\t")[0]
    store = Path(home["HOME"]) / ".local" / "share" / "Leidraad" / "leidraad.sqlite"
    assert store.is_file()  # the default store, in the (temporary) user's data folder

    listing = _run(installed, home, tmp_path, "list")
    assert listing.returncode == 0 and "Werkdruk in de bovenbouw" in listing.stdout

    pdf = tmp_path / "notulen.pdf"
    done = _run(installed, home, tmp_path, "export-pdf", wid, "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "Werkdruk in de bovenbouw" in text and "NOTULEN" in text


def test_installed_copy_makes_a_workshop_from_every_template(
        installed: Path, home: dict[str, str], tmp_path: Path) -> None:
    script = ("from app.models.store import Store; from app.models import workshop as ops\n"
              "from app.models import orchestration\n"
              "import sys\n"
              "with Store(sys.argv[1]) as st:\n"
              "    for key in ops.TEMPLATES:\n"
              "        ws = orchestration.create_workshop(st, template=key)\n"
              "        print(key, ws.title, len(ops.list_workshops(st)))\n")
    done = subprocess.run([str(installed.parent / "python"), "-c", script,
                           str(tmp_path / "t.sqlite")], capture_output=True, text=True, env=home,
                          cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[0] for line in lines] == list(ops.TEMPLATES)
    assert lines[-1].endswith(f" {len(ops.TEMPLATES)}")
    selftest = _run(installed, home, tmp_path, "--self-test")
    assert selftest.returncode == 0, selftest.stdout + selftest.stderr
    for key in ops.TEMPLATES:
        assert f"template {key}: ok" in selftest.stdout
