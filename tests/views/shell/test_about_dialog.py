"""Help > Over Leidraad: the version, the fonts' licence, and where store and backups are."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from app import __version__
from app.models.store import Store
from app.views.shell.main_window import MainWindow


def _about(qtbot, store: Store):  # noqa: ANN001, ANN202
    window = MainWindow(store, "nl")
    qtbot.addWidget(window)
    window.show()
    (action,) = [a for a in window.help_menu.actions() if a.text() == "Over Leidraad"]
    action.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_about_names_version_folders_and_font_licence(qtbot, store: Store) -> None:  # noqa: ANN001
    dialog = _about(qtbot, store)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"Leidraad {__version__}" in texts
    assert str(store.path) in texts
    assert str(store.path.parent / "backups") in texts
    licence = dialog.licence.toPlainText()
    assert "DejaVu" in licence and "Bitstream" in licence
    assert dialog.open_button.text() == "Map &openen"


def test_the_button_opens_the_folder_of_the_store(qtbot, store: Store,  # noqa: ANN001
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = _about(qtbot, store)
    dialog.open_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [store.path.parent]
