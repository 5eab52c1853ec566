"""Exports drawn from the model: the session minutes as PDF (``app.export.pdf``).

Nothing here imports Qt widgets or reportlab at import time: reportlab is
loaded only when a PDF is actually built, so start-up stays quick.
"""
from __future__ import annotations


class MinutesError(Exception):
    """The minutes could not be made or written; ``str(error)`` tells the user why."""
