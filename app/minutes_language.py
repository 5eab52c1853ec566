"""The minutes are written in the workshop's language, whatever the UI speaks.

A workshop held in Dutch gets Dutch minutes even when the facilitator runs the app
in English. The PDF code translates with ``QCoreApplication.translate("Minutes", ...)``
like the rest of the app; :class:`MinutesTranslator`, installed last (so asked first),
answers those look-ups for the thread that is writing minutes in a chosen language,
and stays silent everywhere else, so the UI on the GUI thread never changes.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QTranslator

from app.paths import resource

CONTEXT = "Minutes"
_local = threading.local()
_lock = threading.Lock()
_english: QTranslator | None = None


def _english_translator() -> QTranslator:
    global _english
    with _lock:
        if _english is None:
            translator = QTranslator()
            translator.load(str(resource("translations", "leidraad_en.qm")))
            _english = translator
        return _english


def current() -> str | None:
    """The language minutes are being written in on this thread, or None (follow the UI)."""
    return getattr(_local, "language", None)


@contextmanager
def minutes_language(language: str | None) -> Iterator[None]:
    """Within the block, "Minutes" texts on this thread come in ``language`` ("nl"/"en")."""
    before = current()
    _local.language = language if language in ("nl", "en") else None
    try:
        yield
    finally:
        _local.language = before


class MinutesTranslator(QTranslator):
    """Answers "Minutes" texts in the language of the minutes being written on this thread."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # noqa: D102
                  n: int = -1) -> str | None:
        language = current()
        if language is None or context != CONTEXT:
            return None  # a null string: Qt asks the next translator
        if language == "nl":
            return source  # the source text is Dutch
        return _english_translator().translate(context, source, disambiguation, n) or source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False
