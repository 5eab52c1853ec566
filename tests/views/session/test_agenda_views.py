"""Planner, rail, timer panel and round panel, driven like a facilitator would."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.models import agenda, orchestration
from app.models import timer as tm
from app.models import workshop as ops
from app.models.store import Store
from app.models.timer import ManualClock
from app.views.session.agenda_panel import AgendaPanel
from app.views.session.round_panel import RoundPanel
from app.views.session.timer_panel import TimerPanel
from tests.tools.reopen import view_context

SHOTS = Path(__file__).resolve().parents[3] / "shots"


@pytest.fixture
def wid(ctx) -> int:
    return orchestration.create_workshop(ctx.store, title="Cirkel", template="circle").id


def minutes(store: Store, wid: int) -> list[int]:
    return [r.planned_minutes for r in agenda.list_rounds(store, wid)]


def titles(store: Store, wid: int) -> list[str]:
    return [r.title for r in agenda.list_rounds(store, wid)]


def show_active(widget) -> None:  # noqa: ANN001
    """Show and activate a window: window shortcuts only fire in the active window."""
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    widget.activateWindow()
    assert QTest.qWaitForWindowActive(widget)


class Answer:
    """Stands in for QMessageBox.warning: records the question, gives a fixed answer."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button, self.asked = button, []

    def __call__(self, parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN204
        self.asked.append(text)
        return self.button


# -- planner -----------------------------------------------------------------------

def test_planner_shows_rounds_and_total(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    model = panel.model
    assert [model.index(r, 0).data() for r in range(4)] == [
        "▶ 1. Verhalen", "2. Plaatsen in de cirkel", "3. Dialoog", "4. Afsluiting"]
    assert model.index(0, 1).data() == "30 min"
    assert model.index(3, 2).data() == "–"  # short, to fit the side panel; in full on hover
    assert model.index(3, 2).data(Qt.ItemDataRole.ToolTipRole) == "Geen bord"
    assert model.index(2, 3).data() == "4"  # under the heading "Vragen"
    assert panel.total_label.text() == "Gepland: 75 van 120 min"
    assert panel.total_label.property("over") is False


def test_warning_at_121_minutes_must_be_confirmed_and_not_at_120(qtbot, ctx, wid,
                                                                 monkeypatch) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    minutes_cell = panel.model.index(0, 1)
    no = Answer(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", no)

    assert panel.model.setData(minutes_cell, 75)  # total exactly 120: no question
    assert no.asked == []
    assert minutes(ctx.store, wid)[0] == 75
    assert panel.total_label.property("over") is False

    assert not panel.model.setData(minutes_cell, 76)  # 121: asked, and declined
    assert len(no.asked) == 1 and "121 minuten" in no.asked[0]
    assert minutes(ctx.store, wid)[0] == 75
    assert panel.total_label.property("over") is False

    yes = Answer(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", yes)
    assert panel.model.setData(minutes_cell, 76)
    assert len(yes.asked) == 1
    assert minutes(ctx.store, wid)[0] == 76
    assert panel.total_label.property("over") is True
    assert "121 van 120 min" in panel.total_label.text()
    assert "c62828" in panel.total_label.styleSheet()

    ctx.undo.undo()
    assert minutes(ctx.store, wid)[0] == 75
    assert panel.total_label.property("over") is False


def test_adding_a_round_that_crosses_the_limit_asks_first(qtbot, ctx, wid, monkeypatch) -> None:
    agenda.update_round(ctx.store, agenda.list_rounds(ctx.store, wid)[0].id, planned_minutes=70)
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    no = Answer(QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", no)
    panel.add_round()  # 115 + 10 would be 125
    assert len(no.asked) == 1
    assert len(agenda.list_rounds(ctx.store, wid)) == 4


def test_add_lengthen_remove_are_undoable(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    panel.table.selectRow(1)
    panel.add_round()
    assert titles(ctx.store, wid)[2] == "Nieuwe ronde"
    panel.table.selectRow(2)
    panel.lengthen_selected(5)
    assert minutes(ctx.store, wid) == [30, 10, 15, 30, 5]
    panel.delete_selected()
    assert titles(ctx.store, wid) == ["Verhalen", "Plaatsen in de cirkel", "Dialoog", "Afsluiting"]
    ctx.undo.undo()
    ctx.undo.undo()
    assert minutes(ctx.store, wid) == [30, 10, 10, 30, 5]
    ctx.undo.undo()
    assert len(agenda.list_rounds(ctx.store, wid)) == 4
    ctx.undo.redo()
    assert titles(ctx.store, wid)[2] == "Nieuwe ronde"


def test_reorder_with_alt_arrows_merges_into_one_undo(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    show_active(panel)
    panel.table.setFocus()
    panel.table.selectRow(3)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store, wid) == ["Verhalen", "Afsluiting", "Plaatsen in de cirkel", "Dialoog"]
    assert panel.selected_round().title == "Afsluiting"  # the moved round stays selected
    qtbot.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(ctx.store, wid) == ["Verhalen", "Plaatsen in de cirkel", "Afsluiting", "Dialoog"]
    ctx.undo.undo()  # the three nudges of one round are one step
    assert titles(ctx.store, wid) == ["Verhalen", "Plaatsen in de cirkel", "Dialoog", "Afsluiting"]


def test_reorder_by_dropping_a_row(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    model = panel.model
    data = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    qtbot.waitUntil(lambda: titles(ctx.store, wid)[2] == "Verhalen")
    assert titles(ctx.store, wid) == ["Plaatsen in de cirkel", "Dialoog", "Verhalen", "Afsluiting"]
    ctx.undo.undo()
    assert titles(ctx.store, wid)[0] == "Verhalen"


def test_planner_edits_title_board_and_prompts(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    model = panel.model
    assert model.setData(model.index(3, 0), "Afronding")
    assert model.setData(model.index(3, 2), "plusmin")
    assert not model.setData(model.index(3, 0), "   ")  # refused with a message
    panel.table.selectRow(3)
    panel.prompts_edit.setPlainText("Wat neem je mee?\n\n   Wie doet wat?  ")
    panel.prompts_edit.flush()
    last = agenda.list_rounds(ctx.store, wid)[3]
    assert (last.title, last.board, last.prompts) == ("Afronding", "plusmin",
                                                      ["Wat neem je mee?", "Wie doet wat?"])
    ctx.undo.undo()
    assert agenda.list_rounds(ctx.store, wid)[3].prompts == [
        "Wat leert deze uitwisseling ons?", "Wat ga jij ermee doen, voor jezelf en voor je collega's?"]


def test_pending_prompts_go_to_the_round_they_were_typed_for(qtbot, ctx, wid) -> None:
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    panel.table.selectRow(1)
    panel.prompts_edit.setPlainText("Alleen voor plaatsen")
    panel.table.selectRow(2)  # before the idle save
    rounds = agenda.list_rounds(ctx.store, wid)
    assert rounds[1].prompts == ["Alleen voor plaatsen"]
    assert len(rounds[2].prompts) == 4
    assert panel.prompts_edit.toPlainText().startswith("Wat helpt of hindert")


def test_rail_marks_current_round_and_shows_planned_against_used(qtbot, ctx, wid, clock) -> None:
    rail = AgendaPanel(ctx, wid, rail=True, clock=clock)
    qtbot.addWidget(rail)
    tm.start(ctx.store, wid, clock)
    clock.advance(32 * 60 + 5)
    tm.next_round(ctx.store, wid, clock)
    clock.advance(4 * 60)
    rail._tick()
    model = rail.model
    assert model.index(1, 0).data() == "▶ 2. Plaatsen in de cirkel"
    assert model.index(0, 4).data() == "32:05"
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # over: red
    assert model.index(1, 4).data() == "4:00"
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 4).data() == "–"
    assert rail.table.isColumnHidden(2)
    assert "gebruikt: 36 min" in rail.total_label.text()
    with qtbot.waitSignal(rail.round_selected) as blocker:
        rail.table.activated.emit(model.index(2, 0))
    assert blocker.args == [agenda.list_rounds(ctx.store, wid)[2].id]


# -- timer panel -------------------------------------------------------------------

def test_timer_panel_keys_drive_the_timer_and_next_round_asks_for_its_board(
        qtbot, ctx, wid, clock) -> None:
    agenda.update_round(ctx.store, agenda.list_rounds(ctx.store, wid)[1].id, board="plusmin")
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    show_active(panel)
    assert panel.display.text == "30:00"
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert tm.read_timer(ctx.store, wid, clock).state == "running"
    clock.advance(75)
    panel.refresh()
    assert panel.display.text == "28:45"
    qtbot.keyClick(panel, Qt.Key.Key_Plus)
    assert panel.display.text == "29:45"
    assert "30 min gepland (+1)" in panel.session_label.text().replace("\u00a0", " ")
    with qtbot.waitSignal(panel.board_requested) as blocker:
        qtbot.keyClick(panel, Qt.Key.Key_N)
    assert blocker.args == ["plusmin"]
    assert panel.round_label.text() == "Ronde 2 van 4: Plaatsen in de cirkel"
    assert agenda.list_rounds(ctx.store, wid)[0].actual_seconds == 75
    qtbot.keyClick(panel, Qt.Key.Key_Minus)
    assert panel.display.text == "9:00"
    qtbot.keyClick(panel, Qt.Key.Key_P)
    assert panel.display.text == "29:45"  # back where it was, extension kept
    qtbot.keyClick(panel, Qt.Key.Key_Plus, Qt.KeyboardModifier.AltModifier)
    assert panel.display.text == "34:45"
    qtbot.keyClick(panel, Qt.Key.Key_M)
    assert ops.get_setting(ctx.store, "timer_sound") == "0"
    assert not panel.buttons["sound"].isChecked()
    assert tm.read_timer(ctx.store, wid, clock).state == "paused"  # looked back at: stopped
    assert panel.buttons["toggle"].text() == "Verder"
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    assert tm.read_timer(ctx.store, wid, clock).state == "running"
    assert {a.shortcut().toString() for a in panel.actions} >= {"Space", "N", "P", "+", "-"}


def test_timer_panel_colours_overrun_flash_and_beep(qtbot, ctx, wid, clock, monkeypatch) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    tm.go_to_round(ctx.store, wid, agenda.list_rounds(ctx.store, wid)[3].id, clock)  # 5 min
    tm.start(ctx.store, wid, clock)
    clock.advance(60)
    panel.refresh()
    assert (panel.display.text, panel.display.phase) == ("4:00", "normal")
    clock.advance(2 * 60 + 30)
    panel.refresh()
    assert (panel.display.text, panel.display.phase) == ("1:30", "warning")
    assert beeps == []
    with qtbot.waitSignal(panel.zero_reached):
        clock.advance(91)
        panel.refresh()
    assert (panel.display.text, panel.display.phase) == ("+0:01", "over")
    assert beeps == [1]
    flashes = set()
    for _ in range(8):
        clock.advance(0.25)
        panel.refresh()
        flashes.add(panel.display.flash)
    assert flashes == {True, False}  # the zero signal blinks
    clock.advance(65)
    panel.refresh()
    assert (panel.display.text, panel.display.flash) == ("+1:08", False)
    assert beeps == [1]  # one beep per crossing, not per repaint


def test_sound_can_be_muted_and_stays_muted(qtbot, ctx, wid, clock, monkeypatch) -> None:
    beeps: list[int] = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: beeps.append(1)))
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    panel.buttons["sound"].click()
    assert not panel.action_sound.isChecked()
    assert ops.get_setting(ctx.store, "timer_sound") == "0"
    tm.go_to_round(ctx.store, wid, agenda.list_rounds(ctx.store, wid)[3].id, clock)
    tm.start(ctx.store, wid, clock)
    panel.refresh()
    clock.advance(5 * 60 + 1)
    panel.refresh()
    assert panel.display.phase == "over" and beeps == []
    again = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(again)
    assert not again.action_sound.isChecked()


def test_session_clock_and_audience_view(qtbot, ctx, wid, clock) -> None:
    audience = TimerPanel(ctx, wid, audience=True, clock=clock)
    qtbot.addWidget(audience)
    tm.start(ctx.store, wid, clock)
    clock.advance(31 * 60)
    tm.next_round(ctx.store, wid, clock)
    clock.advance(12 * 60 + 30)
    audience.refresh()
    assert audience.session_label.text() == "Sessie: 43 van 120 min"
    assert audience.actions == []
    assert not hasattr(audience, "buttons")


def test_reset_asks_before_dropping_used_time(qtbot, ctx, wid, clock, monkeypatch) -> None:
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    tm.start(ctx.store, wid, clock)
    clock.advance(120)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.reset()
    assert tm.read_timer(ctx.store, wid, clock).elapsed == pytest.approx(120)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.reset()
    assert panel.display.text == "30:00"
    assert tm.read_timer(ctx.store, wid, clock).state == "idle"

    tm.start(ctx.store, wid, clock)
    clock.advance(300)
    tm.next_round(ctx.store, wid, clock)
    panel.reset_session()  # still answering Yes
    assert panel.round_label.text() == "Ronde 1 van 4: Verhalen"
    assert [r.actual_seconds for r in agenda.list_rounds(ctx.store, wid)] == [None] * 4


def test_starting_an_empty_agenda_reports_instead_of_crashing(qtbot, ctx, clock) -> None:
    wid = orchestration.create_workshop(ctx.store, title="Leeg").id
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(ctx.bus.failed) as blocker:
        panel.toggle()
    assert "geen rondes" in str(blocker.args[0])
    assert panel.display.text == "--:--"


# -- round panel -------------------------------------------------------------------

def test_round_panel_prompts_go_to_the_room(qtbot, ctx, wid, clock) -> None:
    panel = RoundPanel(ctx, wid)
    qtbot.addWidget(panel)
    tm.go_to_round(ctx.store, wid, agenda.list_rounds(ctx.store, wid)[2].id, clock)
    assert panel.heading.text() == "Ronde 3 van 4: Dialoog"
    assert len(panel.prompt_buttons) == 4
    with qtbot.waitSignal(panel.show_prompts) as one:
        panel.prompt_buttons[1].click()
    assert one.args == [["Hoe groot kan die eenheid voor jou zijn, waar je je bij betrokken voelt en "
                         "invloed in wilt nemen? Wat draagt daaraan bij?"]]
    with qtbot.waitSignal(panel.show_prompts) as every:
        panel.show_all_button.click()
    assert len(every.args[0]) == 4
    with qtbot.waitSignal(panel.show_prompts) as none:
        panel.hide_button.click()
    assert none.args == [[]]


def test_notes_typed_are_stored_with_their_round_private_apart(qtbot, ctx, wid, clock) -> None:
    panel = RoundPanel(ctx, wid)
    qtbot.addWidget(panel)
    show_active(panel)
    stories, placing = agenda.list_rounds(ctx.store, wid)[:2]
    panel.shared_notes.setFocus()
    qtbot.keyClicks(panel.shared_notes, "Anna: project met 4B")
    # saved after a second of quiet, without leaving the editor
    qtbot.waitUntil(lambda: agenda.get_round(ctx.store, stories.id).notes == "Anna: project met 4B",
                    timeout=4000)
    panel.private_notes.setFocus()  # focus-out saves too; nothing pending here
    qtbot.keyClicks(panel.private_notes, "Bas nog stil")
    panel.shared_notes.setFocus()  # leaving the private editor saves it at once
    assert agenda.get_round(ctx.store, stories.id).private_notes == "Bas nog stil"
    assert agenda.get_round(ctx.store, stories.id).notes == "Anna: project met 4B"

    qtbot.keyClicks(panel.shared_notes, ", Ed: mentoraat")
    tm.next_round(ctx.store, wid, clock)  # the round moves on mid-sentence
    assert agenda.get_round(ctx.store, stories.id).notes == "Anna: project met 4B, Ed: mentoraat"
    assert panel.heading.text() == "Ronde 2 van 4: Plaatsen in de cirkel"
    assert panel.shared_notes.toPlainText() == ""
    panel.shared_notes.insertPlainText("Meeste post-its in de ring Klas")
    panel.flush()
    assert agenda.get_round(ctx.store, placing.id).notes == "Meeste post-its in de ring Klas"
    assert agenda.get_round(ctx.store, placing.id).private_notes == ""

    ctx.undo.undo()  # one step per saved burst
    assert agenda.get_round(ctx.store, placing.id).notes == ""
    ctx.undo.undo()
    assert agenda.get_round(ctx.store, stories.id).notes == "Anna: project met 4B"
    tm.previous_round(ctx.store, wid, clock)
    assert panel.shared_notes.toPlainText() == "Anna: project met 4B"
    assert panel.private_notes.toPlainText() == "Bas nog stil"


def test_restarting_lands_on_the_same_round(qtbot, store: Store, reopen) -> None:
    clock = ManualClock()
    wid = orchestration.create_workshop(store, title="Cirkel", template="circle").id
    with view_context(store) as ctx:
        timer = TimerPanel(ctx, wid, clock=clock)
        qtbot.addWidget(timer)
        timer.toggle()
        clock.advance(30)
        timer.next_round()
        timer.next_round()
        clock.advance(100)
        timer.refresh()
        expected = timer.reading.remaining
        timer.ticker.stop()

    later = ManualClock(wall=clock.wall(), monotonic=1.0)
    with view_context(reopen()) as ctx:
        panel = RoundPanel(ctx, wid)
        again = TimerPanel(ctx, wid, clock=later)
        rail = AgendaPanel(ctx, wid, rail=True, clock=later)
        for widget in (panel, again, rail):
            qtbot.addWidget(widget)
        assert panel.heading.text() == "Ronde 3 van 4: Dialoog"
        assert again.round_label.text() == "Ronde 3 van 4: Dialoog"
        assert again.reading.remaining == pytest.approx(expected)
        assert again.display.text == "28:20"
        assert rail.selected_round().title == "Dialoog"


def test_screenshots(qtbot, ctx, wid, clock) -> None:
    """Not an assertion on pixels: the images are for people to look at (shots/)."""
    SHOTS.mkdir(exist_ok=True)
    planner = AgendaPanel(ctx, wid, clock=clock)
    planner.resize(720, 460)
    qtbot.addWidget(planner)
    planner.table.selectRow(2)
    planner.grab().save(str(SHOTS / "agenda_planner.png"))
    timer = TimerPanel(ctx, wid, clock=clock)
    timer.resize(900, 520)
    qtbot.addWidget(timer)
    tm.start(ctx.store, wid, clock)
    clock.advance(12 * 60 + 47)
    timer.refresh()
    timer.grab().save(str(SHOTS / "timer_normal.png"))
    clock.advance(16 * 60 + 3)
    timer.refresh()
    assert timer.display.phase == "warning"
    timer.grab().save(str(SHOTS / "timer_last2.png"))
    clock.advance(3 * 60 + 5)
    timer.refresh()
    clock.advance(5)
    timer.refresh()
    assert timer.display.text == "+2:00"
    timer.grab().save(str(SHOTS / "timer_overrun.png"))
    rail = AgendaPanel(ctx, wid, rail=True, clock=clock)
    rail.resize(360, 260)
    qtbot.addWidget(rail)
    rail.grab().save(str(SHOTS / "agenda_rail.png"))
    panel = RoundPanel(ctx, wid)
    panel.resize(420, 720)
    qtbot.addWidget(panel)
    panel.grab().save(str(SHOTS / "round_panel.png"))
    assert (SHOTS / "timer_overrun.png").stat().st_size > 0
