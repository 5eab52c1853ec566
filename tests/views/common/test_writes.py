"""Writes outside the undo stack on a failing disk: the banner, no escaping error, nothing stored.

Settings, navigation state, the projection, the timer, remembered folders and the
UI language all go through one helper (app/views/common/writes.py). Each test
drives the site through a real Qt signal (a menu action, a tab change, a button),
so an exception escaping the slot would fail the test (pytest-qt reports it).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app import i18n
from app.gui import Session
from app.models import agenda
from app.models import timer as tm
from app.models import workshop as ops
from app.models.store import Store, StoreWriteError
from app.models.workshop import InputError, Setting
from app.views.common.writes import attempt, save_setting, write_or_report
from app.views.files.exchange_dialogs import FOLDER_SETTING, export_workshop_dialog
from app.views.shell.main_window import MainWindow
from tests.tools.faults import failing_writes

FULL = "database or disk is full"


def _settings(store: Store) -> dict[str, str]:
    with store.read() as s:
        return {row.key: row.value for row in s.scalars(select(Setting))}


def _assert_reported(window: MainWindow, shown: list[tuple[str, str]]) -> None:
    assert len(shown) == 1, shown
    title, text = shown[0]
    assert title == "Niet opgeslagen" and "schijf is vol" in text
    assert window.not_saving.isVisible()


# -- the helper itself ----------------------------------------------------------------------

def test_the_helper_reports_a_refusal_once_and_returns_false(store: Store) -> None:
    failures: list[Exception] = []
    store.bus.subscribe_failures(failures.append)
    with failing_writes(store, FULL):
        assert save_setting(store, "x", "1") is False
    assert len(failures) == 1 and isinstance(failures[0], StoreWriteError)
    assert ops.get_setting(store, "x") is None
    assert save_setting(store, "x", "1") is True and ops.get_setting(store, "x") == "1"
    assert attempt(store, lambda: 41 + 1) == (True, 42)


def test_a_raw_database_error_is_worded_and_a_code_error_is_not_hidden(store: Store) -> None:
    failures: list[Exception] = []
    store.bus.subscribe_failures(failures.append)

    def raw() -> None:
        raise sqlite3.OperationalError("database is locked")

    assert write_or_report(store, raw) is False
    assert isinstance(failures[0], StoreWriteError) and "bezet" in str(failures[0])

    def refused() -> None:
        raise InputError("Te lang.")

    assert write_or_report(store, refused) is False and str(failures[1]) == "Te lang."

    def bug() -> None:
        raise ZeroDivisionError

    with pytest.raises(ZeroDivisionError):  # a bug in our code stays loud
        write_or_report(store, bug)


# -- one test per kind of site, each through a real signal ------------------------------------

def test_projection_setting_on_a_full_disk(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                           workshop_id: int, shown: list) -> None:
    window.open_workshop(workshop_id)
    before = _settings(store)
    with failing_writes(store, FULL):
        window.action_contrast.trigger()  # View > high contrast: a menu action's slot
    _assert_reported(window, shown)
    assert _settings(store) == before
    assert window.projection.high_contrast  # the room still gets what was asked for


def test_navigation_state_on_a_full_disk(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                         workshop_id: int, shown: list) -> None:
    screen = window.open_workshop(workshop_id)
    assert screen is not None
    before = ops.get_workshop(store, workshop_id).current_board
    other = 1 if screen.boards.currentIndex() == 0 else 0
    with failing_writes(store, FULL):
        screen.boards.setCurrentIndex(other)  # currentChanged -> remember the board
    _assert_reported(window, shown)
    assert ops.get_workshop(store, workshop_id).current_board == before
    assert screen.boards.currentIndex() == other
    with failing_writes(store, FULL):
        window.action_overview.trigger()  # back to the overview: last_workshop_id
    assert ops.get_setting(store, "last_workshop_id") == str(workshop_id)
    assert window.pages.currentWidget() is window.start


def test_timer_and_its_sound_on_a_full_disk(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                            workshop_id: int, shown: list) -> None:
    agenda.add_round(store, workshop_id, "Ronde 1", 10)
    screen = window.open_workshop(workshop_id)
    assert screen is not None
    timer = screen.timer
    sound_before = ops.get_setting(store, "timer_sound")
    with failing_writes(store, FULL):
        timer.action_sound.trigger()  # M: the sound toggle's slot stores the choice
        qtbot.mouseClick(timer.buttons["toggle"], Qt.MouseButton.LeftButton)  # start the round
    assert len(shown) == 2 and all("schijf is vol" in text for _t, text in shown)
    assert window.not_saving.isVisible()
    assert ops.get_setting(store, "timer_sound") == sound_before
    assert tm.read_timer(store, workshop_id).state != "running"
    assert timer.buttons["toggle"].text() == "Start"


def test_remembered_folder_on_a_full_disk(qtbot, window: MainWindow, store: Store,  # noqa: ANN001
                                          workshop_id: int, shown: list, tmp_path: Path) -> None:
    target = tmp_path / "uit" / "bijeenkomst.leidraad.json"
    target.parent.mkdir()
    with failing_writes(store, FULL):
        written = export_workshop_dialog(window, store, workshop_id, target)
    assert written is not None and written.is_file()  # the export itself went through
    _assert_reported(window, shown)
    assert ops.get_setting(store, FOLDER_SETTING) is None


def test_language_on_a_full_disk(qtbot, store_path: Path, shown: list) -> None:  # noqa: ANN001
    store = Store(store_path)
    ops.set_setting(store, "language", "nl")
    session = Session(QApplication.instance(), store)
    try:
        qtbot.addWidget(session.window)
        with failing_writes(store, FULL):
            session.window.language_requested.emit("en")  # the Taal menu's signal
        new = session.window
        qtbot.addWidget(new)
        assert new.language == "en"
        assert len(shown) == 1
        assert new.not_saving.isVisible()
        assert ops.get_setting(store, "language") == "nl"
    finally:
        session.window.close()
        i18n.install("nl")
        store.close()
