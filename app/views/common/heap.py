"""Python's garbage collector and the long-lived objects of an open workshop.

A full collection walks every tracked object: with a 10,000-note circle open
that held the GUI thread 30-50 ms, in the middle of whatever the facilitator
was doing (measured: 4 full collections in 25 s of dragging). What is built
when a workshop opens lives as long as it is open, so once it is built it is
collected once and then frozen out of later collections (``gc.freeze``);
whatever froze before (a workshop left since, start-up's objects) is thawed
first, so garbage among it is freed then and never kept for good.
"""
from __future__ import annotations

import gc

SETTLE_AFTER_MS = 1500  # after opening: once the window is up, not before its first frame


def settle_heap() -> None:
    """Collect once, then leave everything alive now out of later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
