"""Fixtures the view tests share: the main window on the test's store, and the critical
message boxes it shows (recorded instead of waiting for a click)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from app.models.store import Store
from app.views.shell.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Critical message boxes shown, as (title, text)."""
    calls: list[tuple[str, str]] = []

    def critical(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN202
        calls.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", critical)
    return calls


@pytest.fixture
def window(qtbot, store: Store) -> Iterator[MainWindow]:  # noqa: ANN001
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
