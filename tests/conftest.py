"""Shared fixtures: offscreen Qt, a fresh store per test, a workshop, a view context, and
``reopen`` for what must survive a restart. Shared helpers are in tests/tools/."""
from __future__ import annotations

import gc
import os

# Offscreen, with a laptop screen and a projector beside it, as in the meeting room.
_SCREENS = os.path.join(os.path.dirname(__file__), "data", "two_screens.json")
# (Qt splits platform arguments on ':', so a Windows drive letter would break the path.)
os.environ["QT_QPA_PLATFORM"] = ("offscreen" if os.name == "nt"
                                 else f"offscreen:configfile={_SCREENS}")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.models.store import Store  # noqa: E402
from tests.tools.reopen import Reopener, view_context  # noqa: E402

#: Every model refusal the suite provokes must have an English translation (session check).
pytest_plugins = ["tests.tools.message_audit"]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user data folder from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


@pytest.fixture(autouse=True)
def _thawed_heap() -> Iterator[None]:
    """What a test froze out of garbage collection (the app's ``settle_heap``) is collected
    again afterwards, so no window of a test outlives it in a frozen reference cycle."""
    yield
    gc.unfreeze()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "leidraad.sqlite"


@pytest.fixture
def store(store_path: Path) -> Iterator[Store]:
    st = Store(store_path)
    yield st
    st.close()


@pytest.fixture
def workshop_id(store: Store) -> int:
    from app.models import orchestration

    return orchestration.create_workshop(store, title="Testbijeenkomst", template="blank").id


@pytest.fixture
def clock():  # noqa: ANN201
    """A clock the test moves by hand (wall and monotonic time), for the round timer."""
    from app.models.timer import ManualClock

    return ManualClock()


@pytest.fixture
def reopen(store: Store) -> Iterator[Reopener]:
    """``reopen()`` closes the test's store and opens the same file again, as the next start
    of the app does (each call again on the last one); what it opens is closed at the end."""
    reopener = Reopener(store)
    yield reopener
    reopener.close_all()


@pytest.fixture
def ctx(qtbot, store: Store):  # noqa: ANN001, ANN201
    """A ViewContext on the test store with its own undo stack."""
    with view_context(store) as context:
        yield context
