"""The projector: audience window on the second screen, presentation mode, what the room sees.

The suite runs on Qt's offscreen platform with two screens (tests/data/two_screens.json):
"Laptop" (primary) and "Projector".
"""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from app.commands.circle import AddNote
from app.models import agenda, circle, orchestration, plusmin
from app.models import workshop as ops
from app.views.shell.main_window import MainWindow
from tests.tools import visible_texts


def _window(qtbot, store, template: str = "circle") -> tuple[MainWindow, int]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    ws = orchestration.create_workshop(store, title="Projectie", template=template)
    window.show()
    window.open_workshop(ws.id)
    return window, ws.id


two_screens = pytest.mark.skipif(os.name == "nt", reason="offscreen screen config needs a POSIX path")


@two_screens
def test_two_screens_are_set_up_for_the_suite(qapp) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["Laptop", "Projector"]


@two_screens
def test_audience_window_opens_fullscreen_on_the_second_screen(qtbot, store) -> None:
    window, _ = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    assert audience is not None
    qtbot.waitUntil(audience.isVisible)
    assert audience.screen().name() == "Projector"
    assert audience.isFullScreen()
    assert audience.geometry() == QGuiApplication.screens()[1].geometry()
    assert window.screen().name() == "Laptop"
    assert window.action_audience.isChecked()
    window.toggle_audience_window(False)
    assert window.audience_window is None


def test_an_edit_in_the_main_window_appears_in_the_audience_window(qtbot, store) -> None:
    window, wid = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    room_board = audience.view.board_widget("circle")
    assert room_board is not None
    assert "Lesbezoek bij elkaar" not in visible_texts(audience)
    screen = window.workshop_screen
    screen.ctx.push(AddNote(store, wid, "Lesbezoek bij elkaar"))
    assert "Lesbezoek bij elkaar" in visible_texts(audience)
    assert room_board is not screen.board("circle")  # two views of one model, not copies
    [note] = circle.list_notes(store, wid)
    assert room_board.tally_widget is not screen.board("circle").tally_widget


def test_private_notes_and_the_hidden_column_never_reach_the_room(qtbot, store) -> None:
    window, wid = _window(qtbot, store, template="plusmin")
    first = agenda.list_rounds(store, wid)[0]
    agenda.update_round(store, first.id, notes="Gedeeld: mooie voorbeelden",
                        private_notes="PRIVE: Henk oogt moe, later even bellen")
    theme = plusmin.list_themes(store, wid)[0]
    plusmin.add_item(store, theme.id, "plus", "Collega's helpen elkaar snel")
    plusmin.add_item(store, theme.id, "min", "GEHEIM aandachtspunt nog niet tonen")
    screen = window.workshop_screen
    screen.show_board("plusmin")
    assert "PRIVE: Henk" in visible_texts(screen.round_panel)  # the facilitator sees it
    audience = window.toggle_audience_window(True)
    room = visible_texts(audience)
    assert "Collega's helpen elkaar snel" in room
    assert "PRIVE" not in room and "Henk oogt moe" not in room
    assert "GEHEIM" not in room
    plusmin.set_attention_revealed(store, theme.id, True)
    assert "GEHEIM aandachtspunt nog niet tonen" in visible_texts(audience)
    assert "PRIVE" not in visible_texts(audience)


def test_prompts_and_rules_are_shown_on_request(qtbot, store) -> None:
    window, wid = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    prompt = agenda.list_rounds(store, wid)[0].prompts[0]
    assert prompt not in visible_texts(audience)
    window.workshop_screen.round_panel.show_all_prompts()
    assert prompt in visible_texts(audience)
    assert not audience.view.rules_holder.isVisibleTo(audience)
    window.workshop_screen.rules.toggle_action.trigger()
    assert audience.view.rules_holder.isVisibleTo(audience)
    assert not audience.view.stack.isVisibleTo(audience)


@two_screens
def test_pulling_the_projector_cable_closes_the_audience_window_and_loses_nothing(qtbot, store) -> None:
    window, wid = _window(qtbot, store)
    circle.add_note(store, wid, "Blijft bewaard")
    audience = window.toggle_audience_window(True)
    projector = QGuiApplication.screens()[1]
    with qtbot.waitSignal(audience.closed):
        audience._screen_removed(projector)  # what Qt calls when the screen goes away
    assert window.audience_window is None
    assert not window.action_audience.isChecked()
    assert [n.text for n in circle.list_notes(store, wid)] == ["Blijft bewaard"]
    assert window.toggle_audience_window(True) is not None  # and it can come back


def test_a_screen_other_than_the_projector_going_away_changes_nothing(qtbot, store) -> None:
    window, _ = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    audience._screen_removed(QGuiApplication.screens()[0])
    assert window.audience_window is audience and audience.isVisible()


def test_presentation_mode_fills_the_screen_and_esc_leaves(qtbot, store) -> None:
    window, _ = _window(qtbot, store)
    window.action_present.trigger()
    assert window.presentation is not None
    assert window.pages.currentWidget() is window.presentation
    assert window.isFullScreen() and not window.menuBar().isVisible()
    qtbot.keyClick(window.presentation, Qt.Key.Key_Escape)
    assert window.presentation is None
    assert window.pages.currentWidget() is window.workshop_screen
    assert window.menuBar().isVisible()


def test_timer_keys_work_in_presentation_mode(qtbot, store) -> None:
    from app.models import timer

    window, wid = _window(qtbot, store)
    window.activateWindow()
    window.enter_presentation()
    assert timer.read_timer(store, wid).state != "running"
    toggle = window.workshop_screen.timer.action_toggle
    assert toggle in window.actions()  # window-wide, not tied to the hidden timer panel
    toggle.trigger()
    assert timer.read_timer(store, wid).state == "running"


def test_high_contrast_and_text_size_persist(qtbot, store) -> None:
    window, _ = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    window.action_contrast.setChecked(True)
    assert audience.view.palette().color(audience.view.backgroundRole()).name() == "#ffffff"
    before = window.projection.scale
    window.projection.change_scale(0.15)
    assert window.projection.scale == round(before + 0.15, 2)
    assert ops.get_setting(store, "projector_high_contrast") == "1"
    assert ops.get_setting(store, "projector_scale") == str(window.projection.scale)


def test_text_size_control_reaches_the_circle_tally_in_the_room(qtbot, store) -> None:
    window, _ = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    tally = audience.view.board_widget("circle").tally_widget
    import re

    def size() -> int:
        return int(re.search(r"QLabel \{ font-size: (\d+)px", tally.styleSheet()).group(1))

    before, scale = size(), window.projection.scale
    window.projection.change_scale(0.3)
    assert size() == pytest.approx(before * window.projection.scale / scale, abs=1)
    assert size() > before
