"""The house rules of the test suite itself, read from the source (ast), not by convention.

- A test module never imports another test module: what several files share lives in
  tests/tools/ (builders, fakes, the reopen scaffold) or in a conftest.py fixture.
  Importing a test module drags its tests, fixtures and module state along, and a
  helper hidden in one test file is found by nobody.
- No ``sys.path`` tricks to reach a module by a bare name (``from test_market import``):
  helpers are imported as ``tests.tools.<module>``.
- Every Python file under tests/ outside tests/tools/ is a test module (``test_*.py``)
  or a ``conftest.py``, so a helper cannot hide beside the tests.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
TOOLS = TESTS / "tools"


def _local_names() -> set[str]:
    """The names a bare import could reach under tests/ when a folder is put on sys.path."""
    return {"tests", "tools"} | {path.stem for path in TESTS.rglob("*.py")} - {"__init__"}


def offences(source: str, filename: str = "<test>", local: set[str] | None = None, *,
             tool: bool = False) -> list[str]:
    """What ``source`` does against the rules above, one line per offence. A ``tool`` (a
    module of tests/tools/) may set ``sys.path``: kill_worker runs as a script."""
    local = _local_names() if local is None else local
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        modules: list[str] = []
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.append(f"{filename}:{node.lineno}: relative import; "
                             "import shared helpers as tests.tools.<module>")
                continue
            modules = [node.module or ""]
            if node.module == "tests":  # from tests import message_audit
                modules = [f"tests.{alias.name}" for alias in node.names]
        elif (not tool and isinstance(node, ast.Attribute)
              and node.attr in ("insert", "append", "extend")
              and isinstance(node.value, ast.Attribute) and node.value.attr == "path"
              and isinstance(node.value.value, ast.Name) and node.value.value.id == "sys"):
            found.append(f"{filename}:{node.lineno}: sys.path.{node.attr}: import helpers "
                         "as tests.tools.<module> instead")
        for module in modules:
            top = module.split(".")[0]
            if module == "tests.tools" or module.startswith("tests.tools."):
                continue
            if top in local:
                found.append(f"{filename}:{node.lineno}: imports {module!r}: a test module "
                             "imports only tests.tools.* (move the helper there or make it "
                             "a fixture in conftest.py)")
    return found


def _sources() -> list[Path]:
    return sorted(TESTS.rglob("*.py"))


def test_no_test_module_imports_another_test_module() -> None:
    local = _local_names()
    found = [offence for path in _sources()
             for offence in offences(path.read_text(encoding="utf-8"),
                                     str(path.relative_to(TESTS.parent)), local,
                                     tool=TOOLS in path.parents)]
    assert found == [], "\n".join(found)


def test_helpers_live_in_tests_tools() -> None:
    strays = [str(path.relative_to(TESTS.parent)) for path in _sources()
              if TOOLS not in path.parents
              and not (path.name.startswith("test_") or path.name == "conftest.py")]
    assert strays == [], f"helper modules outside tests/tools/: {strays}"


@pytest.mark.parametrize(("source", "bad"), [
    ("from tests.export.test_pdf import seed_session", True),
    ("import tests.models.test_faults as faults", True),
    ("from tests import message_audit", True),
    ("from tests.conftest import store", True),
    ("import sys\nsys.path.insert(0, 'tests/models')\nfrom test_market import build", True),
    ("from . import room_seed", True),
    ("import kill_worker", True),
    ("from tests.tools.pdf import flat", False),
    ("from tests.tools import visible_texts", False),
    ("import tests.tools.faults", False),
    ("from app.models import market\nimport pytest", False),
])
def test_the_check_sees_every_way_in(source: str, bad: bool) -> None:
    """The rule's own check: each way a test module could reach another one is caught."""
    local = {"tests", "tools", "test_market", "kill_worker", "room_seed", "conftest"}
    assert bool(offences(source, local=local)) is bad, offences(source, local=local)


def test_a_tool_run_as_a_script_may_set_its_path() -> None:
    source = "import sys\nsys.path.insert(0, '..')\nfrom app.models import store"
    assert offences(source, local={"tests"}, tool=True) == []
    assert offences(source, local={"tests"}) != []


_STRICT_CASES = '''
import warnings

import pytest


def test_a_deprecation_warning():
    warnings.warn("old call", DeprecationWarning)


def test_a_file_left_open(tmp_path):
    open(tmp_path / "left-open.txt", "w")


def test_a_clean_one():
    assert True
'''
_UNKNOWN_MARKER = '''
import pytest


@pytest.mark.sloow
def test_misspelt():
    pass
'''


@pytest.mark.slow  # pytest in a child process
def test_the_suite_fails_on_any_warning_and_on_an_unknown_marker(tmp_path: Path) -> None:
    """The configuration in pyproject.toml, run on small tests of its own: a warning (an
    unclosed file too) fails its test, and a misspelt marker fails the run."""
    import subprocess
    import sys

    (tmp_path / "test_strict_cases.py").write_text(_STRICT_CASES, encoding="utf-8")
    (tmp_path / "test_unknown_marker.py").write_text(_UNKNOWN_MARKER, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(TESTS.parent / "pyproject.toml"),
         "--rootdir", str(TESTS.parent), "-p", "no:cacheprovider", "-q", "-rfE",
         "--continue-on-collection-errors", str(tmp_path)],
        capture_output=True, text=True, timeout=240, cwd=tmp_path)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert "FAILED" in out and "test_a_deprecation_warning" in out, out
    assert "test_a_file_left_open" in out and "ResourceWarning" in out, out
    assert "'sloow' not found in `markers`" in out, out
    assert "1 passed" in out, out  # the clean one
