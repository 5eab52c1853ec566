"""The model layer has no import cycle, and ``make lint`` would catch a new one.

The contract is import-linter's ``acyclic_siblings`` on ``app.models`` (pyproject.toml).
A lazy import inside a function counts as well: that is how the old cycles hid
(workshop.py importing every board inside its functions, the agenda the timer).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")
CONTRACT = "No import cycles among the modules of app.models"


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(LINT), "--config", str(root / "pyproject.toml")], cwd=root,
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root),
                               "COLUMNS": "200"})


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(REPO / "app", tmp_path / "app",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_model_modules_import_each_other_without_a_cycle() -> None:
    graph = grimp.build_graph("app")
    models = {m for m in graph.modules if m.startswith("app.models.")}
    cycles = [(a, b) for a in sorted(models) for b in sorted(models)
              if a < b and graph.chain_exists(a, b) and graph.chain_exists(b, a)]
    assert cycles == []
    done = _lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{CONTRACT} KEPT" in done.stdout


def test_a_lazy_import_that_closes_a_cycle_breaks_the_contract(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    workshop = root / "app" / "models" / "workshop.py"
    workshop.write_text(workshop.read_text(encoding="utf-8") + (
        "\n\ndef _notes_of(store):\n"
        "    from app.models.circle import list_notes  # circle imports workshop: a cycle\n"
        "    return list_notes\n"), encoding="utf-8")
    done = _lint(root)
    assert done.returncode != 0
    assert f"{CONTRACT} BROKEN" in done.stdout
    assert ".workshop -> .circle (1 import)" in done.stdout


def test_the_board_modules_do_not_import_the_orchestration() -> None:
    """Only what spans the boards imports every board; no board imports it back."""
    graph = grimp.build_graph("app")
    importers = graph.find_modules_that_directly_import("app.models.orchestration")
    assert {m for m in importers if m.startswith("app.models.")} <= {"app.models.traject"}
    assert graph.find_modules_directly_imported_by("app.models.workshop") & {
        f"app.models.{board}" for board in
        ("actions", "agenda", "circle", "market", "plusmin", "reflection", "orchestration")} == set()


def test_no_module_of_the_app_is_longer_than_500_lines() -> None:
    long = {str(path.relative_to(REPO)): n for path in sorted((REPO / "app").rglob("*.py"))
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    assert long == {}
