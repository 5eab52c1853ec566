"""The text rules every model module shares: what a typed text may be, and the
message a refusal gives.

:class:`InputError` is bad input from the facilitator (the message says what to
change); :func:`clean_text` and :func:`clean_line` normalise typed text and
refuse what is too long or, when required, empty. Field names passed as
``what=`` are listed in :data:`FIELDS` so a message names them in the UI language.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale


class InputError(ValueError):
    """Bad input from the facilitator; the message says what to change."""


MAX_TEXT = 100_000  # characters; longer text is refused with a message

#: The field names the models pass as ``what=`` (translated when a message names them).
FIELDS = (QT_TRANSLATE_NOOP("Fields", "Titel"), QT_TRANSLATE_NOOP("Fields", "Locatie"),
          QT_TRANSLATE_NOOP("Fields", "Gespreksleider"), QT_TRANSLATE_NOOP("Fields", "Naam"),
          QT_TRANSLATE_NOOP("Fields", "Subgroep"), QT_TRANSLATE_NOOP("Fields", "Thema"),
          QT_TRANSLATE_NOOP("Fields", "Naam van de subgroep"),
          QT_TRANSLATE_NOOP("Fields", "Ontwikkeling"), QT_TRANSLATE_NOOP("Fields", "Tekst"),
          QT_TRANSLATE_NOOP("Fields", "Vraag"), QT_TRANSLATE_NOOP("Fields", "Titel van de ronde"),
          QT_TRANSLATE_NOOP("Fields", "Notities"), QT_TRANSLATE_NOOP("Fields", "Eigen notities"),
          QT_TRANSLATE_NOOP("Fields", "Wat"), QT_TRANSLATE_NOOP("Fields", "Wie"),
          QT_TRANSLATE_NOOP("Fields", "Gespreksregel"),
          QT_TRANSLATE_NOOP("Fields", "De tekst van de post-it"))


def local_number(value: float, decimals: int = 0) -> str:
    """A number as the UI language writes it: 100.000 and 1,5 in Dutch (also the default),
    100,000 and 1.5 in English (the language :func:`app.i18n.install` made the default)."""
    text = f"{value:,.{decimals}f}"
    if QLocale().language() == QLocale.Language.English:
        return text
    return text.translate(str.maketrans(",.", ".,"))


def clean_text(value: str, *, what: str, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Normalise typed text: drop control characters (keep newlines and tabs), trim.

    Refuses texts above ``limit`` and, when ``required``, empty ones.
    """
    what = QCoreApplication.translate("Fields", what)  # one of FIELDS
    if not isinstance(value, str):
        raise InputError(QCoreApplication.translate("Models", "{what}: tekst verwacht.").format(what=what))
    # keep zero-width (non-)joiners: they belong to Persian names and emoji sequences
    cleaned = "".join(ch for ch in value if ch in "\n\t\u200c\u200d" or ch.isprintable())
    cleaned = cleaned.strip()
    if required and not cleaned:
        raise InputError(QCoreApplication.translate("Models", "{what} mag niet leeg zijn.").format(what=what))
    if len(cleaned) > limit:
        raise InputError(QCoreApplication.translate("Models", "{what} is te lang ({count} tekens; maximaal {limit}).").format(
            what=what, count=local_number(len(cleaned)), limit=local_number(limit)))
    return cleaned


def clean_line(value: str, *, what: str, required: bool = False, limit: int = 300) -> str:
    """Like :func:`clean_text`, for one-line fields (names, titles)."""
    if not isinstance(value, str):
        raise InputError(QCoreApplication.translate("Models", "{what}: tekst verwacht.").format(
            what=QCoreApplication.translate("Fields", what)))
    return clean_text(" ".join(value.split()), what=what, required=required, limit=limit)
