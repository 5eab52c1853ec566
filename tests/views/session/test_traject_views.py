"""The traject in the app: follow-up from the menu, the traject line, the appreciative
turn in the room, the tips only in the console, the verslag dialog."""
from __future__ import annotations

import io
import os

import pytest
from pypdf import PdfReader

from app.models import actions as acts
from app.models import orchestration
from app.models import plusmin as pm
from app.models import workshop as ops
from app.views.session.traject_cards import tips, turn_questions
from app.views.shell.main_window import MainWindow
from tests.tools import visible_texts

two_screens = pytest.mark.skipif(os.name == "nt", reason="offscreen screen config needs a POSIX path")


def _window(qtbot, store, template: str = "first_session") -> tuple[MainWindow, int]:
    window = MainWindow(store)
    qtbot.addWidget(window)
    ws = orchestration.create_workshop(store, title="Leren loont op Het Baken", template=template)
    window.show()
    window.open_workshop(ws.id)
    return window, ws.id


def test_follow_up_from_the_menu_opens_it_in_the_same_traject(qtbot, store) -> None:
    window, wid = _window(qtbot, store)
    ops.add_participant(store, wid, "Anouk", "older_teacher")
    theme = pm.list_themes(store, wid)[2]
    acts.add_action(store, wid, "Collegiale consultatie plannen")
    assert window.traject.follow_action.isEnabled()
    assert not window.workshop_screen.traject_label.isVisibleTo(window)
    new_id = window.traject.follow_up(ask=False, theme_id=theme.id)
    assert new_id is not None and window.workshop_screen.workshop_id == new_id
    line = window.workshop_screen.traject_label.text()
    assert window.workshop_screen.traject_label.isVisibleTo(window)
    assert "Eerste groepsgesprek" in line and "Vervolggesprek" in line and "(deze)" in line
    assert [t.title for t in pm.list_themes(store, new_id)] == [theme.title]
    assert [p.name for p in ops.list_participants(store, new_id)] == ["Anouk"]
    assert [a.what for a in acts.list_actions(store, new_id)] == ["Collegiale consultatie plannen"]
    window.show_overview()
    window.overview_stack.undo()  # the follow-up goes to the bin
    assert ops.get_workshop(store, new_id) is None


def test_follow_up_without_a_theme_says_what_to_do(qtbot, store) -> None:
    window, wid = _window(qtbot, store, template="blank")
    assert window.traject.follow_up(ask=False) is None
    assert "meest urgente thema" in window.statusBar().currentMessage()
    assert len(ops.list_workshops(store)) == 1


@two_screens
def test_the_appreciative_turn_goes_to_the_room_and_back(qtbot, store) -> None:
    window, wid = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    assert turn_questions()[0] not in visible_texts(audience)
    window.workshop_screen.turn.toggle_action.trigger()
    assert turn_questions()[0] in visible_texts(audience)
    assert not audience.view.stack.isVisibleTo(audience)
    window.workshop_screen.ctx.undo.undo()
    assert turn_questions()[0] not in visible_texts(audience)
    assert audience.view.stack.isVisibleTo(audience)
    window.toggle_audience_window(False)


@two_screens
def test_the_tips_stay_in_the_console(qtbot, store) -> None:
    window, _wid = _window(qtbot, store)
    audience = window.toggle_audience_window(True)
    assert window.traject.tips_action in window.help_menu.actions()
    dialog = window.traject.show_tips()
    assert dialog.isVisible() and dialog.parent() is window
    for tip in tips():
        assert tip in visible_texts(dialog)
        assert tip not in visible_texts(audience)
    assert any("positieve punten" in t for t in tips())
    window.toggle_audience_window(False)


def test_the_verslag_dialog_exports_one_anonymous_page(qtbot, store, tmp_path) -> None:
    window, wid = _window(qtbot, store, template="circle")
    ops.add_participant(store, wid, "Şükrü Yılmaz")
    from app.models import agenda

    first = agenda.list_rounds(store, wid)[0]
    agenda.update_round(store, first.id, notes="Şükrü vertelt over de sectie\nEen tweede punt\n- Een derde punt\n"
                                              "Vierde\nVijfde\nZesde")
    dialog = window.traject.export_verslag()
    qtbot.addWidget(dialog)
    assert dialog.anonymous.isChecked()
    assert len(dialog.chosen()) == 5  # the first five are proposed
    assert not any("Şükrü" in p for p in dialog.chosen())
    last = dialog.points.item(5)
    from PySide6.QtCore import Qt

    last.setCheckState(Qt.CheckState.Checked)  # a sixth is refused
    assert len(dialog.chosen()) == 5 and "Hoogstens vijf" in dialog.status.text()
    dialog.path_edit.setText(str(tmp_path / "verslag"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()  # written on a pool thread
    data = (tmp_path / "verslag.pdf").read_bytes()
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) == 1
    text = pages[0].extract_text()
    assert "Şükrü" not in text and "Yılmaz" not in text and "Een derde punt" in text
    assert "Verslag opgeslagen" in dialog.status.text()
