"""An open workshop's boards are left out of Python's full garbage collections.

A full collection walks every tracked object; with a big circle open it held the
GUI thread 30-50 ms in the middle of a drag. Opening a workshop therefore ends,
once its window is up, with one collection and a freeze of what is alive.
"""
from __future__ import annotations

import gc
import math

from app.models import circle as ops
from app.models import orchestration
from app.views.common.heap import SETTLE_AFTER_MS


def test_opening_a_workshop_freezes_its_boards_once_the_window_is_up(qtbot, store, window) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(store, title="Groot", template="blank").id
    for k in range(300):
        r = 0.2 * (k % 5) + 0.1
        ops.add_note(store, wid, f"Verhaal {k}", x=r * math.cos(k), y=r * math.sin(k))
    gc.unfreeze()
    screen = window.open_workshop(wid)
    assert screen is not None and gc.get_freeze_count() == 0  # not during the first frame
    qtbot.wait(SETTLE_AFTER_MS + 300)
    items = screen.board("circle").items
    assert len(items) == 300 and gc.get_freeze_count() >= len(items)
    gc.collect()
    assert len(screen.board("circle").items) == 300  # the board still works
