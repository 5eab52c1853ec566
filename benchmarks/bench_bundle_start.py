"""Start of the bundled app (`make dist`) against the source install, to the first window.

usage: python benchmarks/bench_bundle_start.py [DISPLAY]   (default :13; an X server,
e.g. ``Xvfb :13 -screen 0 1920x1080x24 &``, must be running there)

Both are started as a user would (``dist/Leidraad-*/leidraad`` and ``.venv/bin/leidraad``)
on a fresh store each run, alternating, 5 runs each after one uncounted warm-up each;
the time counted is from spawn until X reports a mapped window titled "Leidraad"
(polled every 5 ms with xdotool). The disk cache is warm (a laptop where Leidraad ran
before); a first start after boot is slower for both. Prints medians and all runs.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from app import __version__  # noqa: E402


def first_window(command: list[str], env: dict[str, str], timeout: float = 60.0) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    try:
        while time.perf_counter() - start < timeout:
            found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid",
                                    str(process.pid), "--name", "^Leidraad"],
                                   capture_output=True, env=env)
            if found.returncode == 0 and found.stdout.strip():
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(command)
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    display = sys.argv[1] if len(sys.argv) > 1 else ":13"
    bundle = next((REPO / "dist").glob(f"Leidraad-{__version__}-*-*/leidraad"))
    source = REPO / ".venv" / "bin" / "leidraad"
    runs: dict[str, list[float]] = {"bundle": [], "source": []}
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
        env.update(DISPLAY=display, HOME=folder, XDG_DATA_HOME=f"{folder}/data",
                   XDG_CONFIG_HOME=f"{folder}/config")
        for n in range(6):
            for name, exe in (("bundle", bundle), ("source", source)):
                db = Path(folder) / f"{name}-{n}.sqlite"
                seconds = first_window([str(exe), "--db", str(db)], env)
                if n:  # the first round warms the disk cache and bytecode
                    runs[name].append(seconds)
    for name, values in runs.items():
        shown = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name}: median {statistics.median(values):.2f} s to the first window ({shown})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
