"""The layers of DESIGN.md hold, and the import-linter contract would catch a breach."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml")], cwd=root,
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)})


def test_the_real_tree_keeps_its_layers() -> None:
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_model_that_imports_a_view_breaks_the_contract(tmp_path: Path) -> None:
    shutil.copytree(REPO / "app", tmp_path / "app",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    rules = tmp_path / "app" / "models" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8")
                     + "\nfrom app.views.common import labels  # noqa: E402,F401\n",
                     encoding="utf-8")
    done = _lint(tmp_path)
    assert done.returncode != 0
    assert "app.models.rules -> app.views.common.labels" in done.stdout
