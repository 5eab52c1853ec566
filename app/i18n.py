"""Language: Dutch is the source language of the UI; English comes from a .qm file."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}
_installed: list[QTranslator] = []
_active: list[str] = []


def active() -> str | None:
    """The language last installed in this process, if any."""
    return _active[-1] if _active else None


def system_language() -> str:
    """English on an English system, Dutch everywhere else (the method is Dutch)."""
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"


def forget() -> None:
    """The application that held the translators is going away: hold none of them."""
    for translator in _installed:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    _active.clear()


def install(language: str) -> str:
    """Install translators for ``language`` on the running application; returns it."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "nl"
    _active[:] = [language]
    QLocale.setDefault(QLocale(QLocale.Language.English if language == "en"
                               else QLocale.Language.Dutch,
                               QLocale.Country.UnitedKingdom if language == "en"
                               else QLocale.Country.Netherlands))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    if language == "en":
        ours = QTranslator(app)
        if ours.load(str(resource_path("translations", "leidraad_en.qm"))):
            app.installTranslator(ours)
            _installed.append(ours)
    _install_minutes_translator(app)
    return language


def _install_minutes_translator(app: QCoreApplication) -> None:
    """Last installed is asked first: the minutes' own language wins on the export thread."""
    from app.minutes_language import MinutesTranslator

    minutes = MinutesTranslator(app)
    app.installTranslator(minutes)
    _installed.append(minutes)
