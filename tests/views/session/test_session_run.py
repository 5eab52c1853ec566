"""Running a session from first round to actions on one screen (issue 12)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.export.pdf import build_minutes
from app.models import actions as act
from app.models import agenda, orchestration
from app.models import workshop as ops
from app.models.store import Store
from app.views.shell.main_window import MainWindow
from tests.tools import visible_texts
from tests.tools.pdf import pdf_text

FOUR_ROUNDS = [("Verhalen", "circle", "Vertel over een tevreden moment"),
               ("Marktplaats", "market", "Wat bied je aan?"),
               ("Plus en min", "plusmin", "Wat gaat er goed?"),
               ("Over naar actie", None, "Welke eerste stap zetten we?")]


def _four_round_workshop(store: Store) -> int:
    ws = orchestration.create_workshop(store, title="Vier rondes", template="blank")
    for title, board, prompt in FOUR_ROUNDS:
        agenda.add_round(store, ws.id, title, 15, board, [prompt])
    return ws.id


def test_running_through_four_rounds(qtbot, store_path: Path) -> None:
    store = Store(store_path)
    wid = _four_round_workshop(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_workshop(wid)
    audience = window.toggle_audience_window(True)
    rounds = agenda.list_rounds(store, wid)
    shown_boards = []
    for index, (title, board, prompt) in enumerate(FOUR_ROUNDS):
        if index:
            screen.timer.action_next.trigger()
            qtbot.wait(1)  # new prompt rows are shown by a queued call, as in the real loop
        assert title in screen.round_panel.heading.text()
        assert prompt in visible_texts(screen.round_panel)
        if board is not None:
            assert screen.current_board_kind() == board
            assert window.projection.board == board  # the room follows
        shown_boards.append(screen.current_board_kind())
        # shared notes and private notes typed during this round
        screen.round_panel.shared_notes.setPlainText(f"Gedeeld in {title}")
        screen.round_panel.private_notes.setPlainText(f"PRIVENOTITIE {index}")
        screen.round_panel.flush()
        assert f"PRIVENOTITIE {index}" not in visible_texts(audience)
    assert shown_boards == ["circle", "market", "plusmin", "plusmin"]
    stored = agenda.list_rounds(store, wid)
    assert [r.notes for r in stored] == [f"Gedeeld in {t}" for t, _, _ in FOUR_ROUNDS]
    assert [r.private_notes for r in stored] == [f"PRIVENOTITIE {i}" for i in range(4)]
    assert [r.id for r in stored] == [r.id for r in rounds]

    minutes = pdf_text(build_minutes(store, wid))
    assert "Gedeeld in Marktplaats" in minutes
    assert "PRIVENOTITIE" not in minutes

    # restarting the app lands on the same workshop, round and board
    current = ops.get_workshop(store, wid).current_round_id
    assert current == rounds[3].id
    window.close()
    store.close()
    store = Store(store_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.restore_last()
    assert window.workshop_screen is not None
    assert window.workshop_screen.workshop_id == wid
    assert "Over naar actie" in window.workshop_screen.round_panel.heading.text()
    assert window.workshop_screen.current_board_kind() == "plusmin"
    window.close()
    store.close()


def test_actions_from_the_session_screen_with_the_focus_hint(qtbot, store_path: Path) -> None:
    store = Store(store_path)
    wid = _four_round_workshop(store)
    ops.add_participant(store, wid, "Anna de Vries", "leadership")
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_workshop(wid)
    panel = screen.actions_panel
    new_action = next(a for a in window.session_menu.actions() if a.shortcut().toString() == "Ctrl+J")
    new_action.trigger()
    assert screen.side_panel() is panel
    for what in ("Marktplaats herhalen", "Lesbezoeken plannen", "Mentoraat bespreken"):
        panel.what_edit.setText(what)
        qtbot.keyClick(panel.what_edit, Qt.Key.Key_Return)
    assert [a.what for a in act.list_actions(store, wid)] == [
        "Marktplaats herhalen", "Lesbezoeken plannen", "Mentoraat bespreken"]
    assert not panel.hint.isVisibleTo(panel)
    panel.what_edit.setText("Nog een punt")
    qtbot.keyClick(panel.what_edit, Qt.Key.Key_Return)
    assert panel.hint.isVisibleTo(panel)
    window.undo_group.undo()
    assert len(act.list_actions(store, wid)) == 3
    assert not panel.hint.isVisibleTo(panel)
    first = act.list_actions(store, wid)[0]
    act.move_action(store, first.id, 2)
    act.update_action(store, first.id, who_participant_id=ops.list_participants(store, wid)[0].id)
    window.close()
    store.close()
    store = Store(store_path)
    assert [a.what for a in act.list_actions(store, wid)] == [
        "Lesbezoeken plannen", "Mentoraat bespreken", "Marktplaats herhalen"]
    assert act.list_actions(store, wid)[2].who_participant_id is not None
    store.close()


def test_after_a_crash_the_app_returns_to_the_workshop_board_and_running_round(
        qtbot, store_path: Path) -> None:
    """No orderly close: the window is simply abandoned, as when the process is killed."""
    from app.models import timer

    store = Store(store_path)
    wid = _four_round_workshop(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    screen = window.open_workshop(wid)
    screen.timer.action_next.trigger()          # round 2, the marketplace
    screen.timer.action_toggle.trigger()        # running
    screen.show_board("plusmin")                # the facilitator looks at another board
    store.close()                               # the lock goes with the process

    store = Store(store_path)
    window2 = MainWindow(store)
    qtbot.addWidget(window2)
    window2.restore_last()
    assert window2.workshop_screen is not None
    assert window2.workshop_screen.current_board_kind() == "plusmin"
    reading = timer.read_timer(store, wid)
    assert reading.state == "running"
    assert "Marktplaats" in window2.workshop_screen.round_panel.heading.text()
    window2.close()
    store.close()
