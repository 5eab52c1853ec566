"""``leidraad --db PATH meedoen WORKSHOP --host 127.0.0.1 --port 0``: headless Meedoen."""
from __future__ import annotations

import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.models import market, orchestration
from app.models.market_analysis import load_market
from app.models.store import Store
from tests.tools.join_client import Device

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow  # the command in a child process, each start 5-13 s


@pytest.fixture
def db(tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "leidraad.sqlite"
    with Store(path) as store:
        ws = orchestration.create_workshop(store, title="Marktplaats", template="blank")
        group = market.add_subgroup(store, ws.id, "A").id
    return path, ws.id, group


def _start(db: Path, workshop: int | str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "app.main", "--db", str(db), "meedoen", str(workshop),
         "--host", "127.0.0.1", "--port", "0"],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=dict(os.environ, PYTHONUNBUFFERED="0"))


def _first_line(proc: subprocess.Popen[str], timeout: float = 60.0) -> str:
    """The first stdout line, read as soon as it is flushed (the process keeps running)."""
    sel = selectors.DefaultSelector()
    assert proc.stdout is not None
    sel.register(proc.stdout, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sel.select(timeout=0.5):
            return proc.stdout.readline().rstrip("\n")
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
    raise AssertionError("no URL on stdout in time")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_headless_meedoen_prints_the_url_serves_and_stops_cleanly(db, stop) -> None:  # noqa: ANN001
    path, workshop_id, group = db
    with _start(path, workshop_id) as proc:  # closes its pipes at the end
        try:
            url = _first_line(proc)
            assert url.startswith("http://127.0.0.1:") and "/j/" in url
            port = int(url.split(":")[2].split("/")[0])
            assert port > 0  # the real port, not the 0 that was asked for
            device = Device(url)
            assert device.join() == 200
            assert device.op("subgroup", subgroup=group)[0] == 200
            assert device.op("add", side="supply", text="Şükrü Yılmaz leert Turks")[0] == 200
            device.close()
            proc.send_signal(stop)
            proc.wait(timeout=30)
            out, err = proc.stdout.read(), proc.stderr.read()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert out.startswith("zaalcode: ")  # the second line: the way in without a camera
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with Store(path) as store:
        assert [e.text for e in load_market(store, workshop_id).sheet(group, "supply")] == [
            "Şükrü Yılmaz leert Turks"]


def test_an_unknown_workshop_is_one_line_on_stderr(db) -> None:  # noqa: ANN001
    path, _, _ = db
    proc = _start(path, 999)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 1 and out == ""
    assert err.startswith("leidraad: onbekende bijeenkomst '999'") and err.count("\n") == 1
