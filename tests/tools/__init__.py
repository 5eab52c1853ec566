"""The shared test tools: the only modules under tests/ that a test may import.

A test module never imports another test module (tests/test_suite_rules.py checks it);
what several test files need lives here, each module with one job:

- :mod:`tests.tools.widgets`: what a widget tree shows as text (``visible_texts``).
- :mod:`tests.tools.session_seed`: a full session for the minutes (``seed_session``).
- :mod:`tests.tools.market_seed`: a marketplace of three sheets (``build``).
- :mod:`tests.tools.room_seed`: a workshop as the room sees it (``seed_room``).
- :mod:`tests.tools.reopen`: closing the app and opening it again on the same file.
- :mod:`tests.tools.faults`: failing writes and commits, read-only mounts, another
  process holding the store.
- :mod:`tests.tools.pdf`: the text of a PDF as a reader finds it.
- :mod:`tests.tools.ocr`: reading a picture back with tesseract.
- :mod:`tests.tools.gui_process`: the real app in a child process, a display-less environment.
- :mod:`tests.tools.exchange_doc`: a minimal version 1 exchange file.
- :mod:`tests.tools.join_client`: a simulated phone for the Meedoen server.
- :mod:`tests.tools.kill_worker`: the child the kill test kills (run as a script).
- :mod:`tests.tools.message_audit`: the pytest plugin that wants English for every refusal.

Fixtures that most tests use (a fresh store, a workshop, a view context, a hand-moved
clock, ``reopen``) are in tests/conftest.py.
"""
from __future__ import annotations

from typing import Any

__all__ = ["visible_texts"]


def __getattr__(name: str) -> Any:
    # Lazily, so a model test importing tests.tools.faults does not load Qt widgets.
    if name == "visible_texts":
        from tests.tools.widgets import visible_texts

        return visible_texts
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
