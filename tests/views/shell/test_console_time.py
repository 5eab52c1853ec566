"""Honest time and the session's language (issue 18)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.gui import Session
from app.models import agenda, orchestration
from app.models import timer as tm
from app.models import workshop as ops
from app.models.store import Store
from app.views.files.pdf_export import PdfExportDialog
from app.views.session.agenda_panel import AgendaPanel
from app.views.session.timer_panel import TimerPanel
from tests.tools.pdf import pdf_text


def _rounds(store: Store, *minutes: int) -> tuple[int, list[int]]:
    wid = orchestration.create_workshop(store, title="Op tijd").id
    ids = [agenda.add_round(store, wid, f"Ronde {i + 1}", m).id for i, m in enumerate(minutes)]
    return wid, ids


def _flat(text: str) -> str:
    return text.replace("\u00a0", " ")


# -- P and N ---------------------------------------------------------------------------

def test_p_into_a_finished_round_and_back_leaves_its_actual_seconds(qtbot, ctx, clock) -> None:  # noqa: ANN001
    wid, (first, second) = _rounds(ctx.store, 10, 15)
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    panel.action_toggle.trigger()  # Space
    clock.advance(60)
    panel.action_next.trigger()  # N: round 2 runs on
    clock.advance(30)
    panel.action_previous.trigger()  # P: a look back at round 1
    panel.refresh()
    assert "gepauzeerd" in panel.display.caption
    assert panel.display.text == "9:00"  # where round 1 was left, not counting
    clock.advance(45)
    panel.refresh()
    assert panel.display.text == "9:00"
    panel.action_next.trigger()  # N: back to the round that was running
    panel.refresh()
    rounds = {r.id: r for r in agenda.list_rounds(ctx.store, wid)}
    assert rounds[first].actual_seconds == 60  # the look added nothing
    reading = tm.read_timer(ctx.store, wid, clock)
    assert (reading.round_id, reading.state) == (second, "running")
    assert reading.elapsed == pytest.approx(30 + 45)  # ran on while the room looked back
    assert panel.display.text == "13:45"


def test_restarting_the_round_looked_back_at_counts_for_it(ctx, clock) -> None:  # noqa: ANN001
    wid, (first, second) = _rounds(ctx.store, 10, 15)
    tm.start(ctx.store, wid, clock)
    clock.advance(60)
    tm.next_round(ctx.store, wid, clock)
    clock.advance(30)
    tm.previous_round(ctx.store, wid, clock)
    tm.start(ctx.store, wid, clock)  # Space: the facilitator continues round 1
    clock.advance(20)
    tm.next_round(ctx.store, wid, clock)
    rounds = {r.id: r for r in agenda.list_rounds(ctx.store, wid)}
    assert rounds[first].actual_seconds == 80
    reading = tm.read_timer(ctx.store, wid, clock)
    assert (reading.round_id, reading.state, reading.elapsed) == (second, "running",
                                                                  pytest.approx(30))


def test_after_a_pause_n_moves_on_with_the_clock_stopped(ctx, clock) -> None:  # noqa: ANN001
    wid, (first, second) = _rounds(ctx.store, 10, 15)
    tm.start(ctx.store, wid, clock)
    clock.advance(90)
    tm.pause(ctx.store, wid, clock)
    tm.next_round(ctx.store, wid, clock)
    reading = tm.read_timer(ctx.store, wid, clock)
    assert (reading.round_id, reading.state, reading.elapsed) == (second, "idle", 0)
    assert agenda.list_rounds(ctx.store, wid)[0].actual_seconds == 90


# -- labels --------------------------------------------------------------------------------

def test_planned_minutes_read_honestly_and_the_total_counts_adjustments(qtbot, ctx, clock) -> None:  # noqa: ANN001
    wid, (five, one) = _rounds(ctx.store, 5, 1)
    panel = TimerPanel(ctx, wid, clock=clock)
    rail = AgendaPanel(ctx, wid, rail=True, clock=clock)
    for widget in (panel, rail):
        qtbot.addWidget(widget)
    for _ in range(4):
        panel.action_minus1.trigger()
    assert "Ronde: 5 min gepland (\u22124)" in _flat(panel.session_label.text())
    assert rail.model.index(0, 1).data() == "5 min (\u22124)"
    assert "Gepland: 2 van 120 min" in rail.total_label.text()  # 5 - 4 + 1
    panel.action_next.trigger()
    assert "Ronde: 1 min gepland" in _flat(panel.session_label.text())
    assert "(" not in _flat(panel.session_label.text()).split("·")[0]


def test_used_and_countdown_turn_over_in_the_same_second(qtbot, ctx, clock) -> None:  # noqa: ANN001
    wid, (first, _second) = _rounds(ctx.store, 10, 15)
    panel = TimerPanel(ctx, wid, clock=clock)
    rail = AgendaPanel(ctx, wid, rail=True, clock=clock)
    for widget in (panel, rail):
        qtbot.addWidget(widget)
    panel.action_toggle.trigger()
    # both repaint timers fire as the event loop would, on one timeline in 50 ms steps
    tickers = [[panel.ticker, 0.0], [rail.ticker, 0.0]]
    out_of_step = 0
    for _ in range(200):  # ten seconds
        clock.advance(0.05)
        for entry in tickers:
            entry[1] += 0.05
            if entry[1] + 1e-9 >= entry[0].interval() / 1000:
                entry[1] = 0.0
                entry[0].timeout.emit()
        minutes, seconds = panel.display.text.split(":")
        left = int(minutes) * 60 + int(seconds)
        used = rail.model.index(0, rail.model.columnCount() - 1).data()
        used_m, used_s = used.split(":") if ":" in used else ("0", "0")
        if left + int(used_m) * 60 + int(used_s) != 600:
            out_of_step += 1
    # at most a repaint apart: never a whole second showing two different times
    assert out_of_step * 0.05 <= 10 * 0.2


# -- language -----------------------------------------------------------------------------

def test_the_language_switch_keeps_the_undo_history(qtbot, store_path: Path) -> None:
    store = Store(store_path)
    wid, _ids = _rounds(store, 10)
    ops.set_setting(store, "last_workshop_id", str(wid))
    session = Session(QApplication.instance(), store)
    try:
        window = session.window
        qtbot.addWidget(window)
        screen = window.workshop_screen
        assert screen is not None
        panel = screen.participants
        for name in ("Anna", "Bram"):
            panel.name_edit.setText(name)
            panel.add_from_fields()
        stack = window.undo_group.activeStack()
        assert stack.count() == 2
        session.switch_language("en")
        new = session.window
        qtbot.addWidget(new)
        assert new is not window
        assert new.undo_group.activeStack().count() == 2
        assert new.action_undo.isEnabled()
        new.action_undo.trigger()
        assert [p.name for p in ops.list_participants(store, wid)] == ["Anna"]
    finally:
        session.window.close()
        i18n.install("nl")
        store.close()


def _export(qtbot, dialog: PdfExportDialog, path: Path) -> str:  # noqa: ANN001
    dialog.path_edit.setText(str(path))
    with qtbot.waitSignal(dialog.exported, timeout=60_000):
        dialog.start_export()
    return pdf_text(path)


def test_a_dutch_workshop_exports_dutch_minutes_with_the_ui_in_english(qtbot, ctx, tmp_path) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Betrokken blijven", language="nl").id
    ops.add_participant(ctx.store, wid, "Anna de Vries", "older_teacher")
    i18n.install("en")
    try:
        assert QApplication.translate("Minutes", "Deelnemers") == "Participants"  # the UI
        dialog = PdfExportDialog(ctx, wid)
        qtbot.addWidget(dialog)
        assert dialog.language() == "nl"
        assert dialog._auto_name().startswith("Notulen ")
        assert Path(dialog.path_edit.text()).name.startswith("Notulen ")
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
        assert Path(dialog.path_edit.text()).name.startswith("Minutes ")
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
        assert Path(dialog.path_edit.text()).name.startswith("Notulen ")  # the name follows
        text = _export(qtbot, dialog, tmp_path / "nl.pdf")
        assert "Deelnemers" in text and "Participants" not in text
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
        text = _export(qtbot, dialog, tmp_path / "en.pdf")
        assert "Participants" in text and "Deelnemers" not in text
        assert QApplication.translate("Minutes", "Deelnemers") == "Participants"  # UI unchanged
    finally:
        i18n.install("nl")


def test_the_f1_overlay_says_what_p_and_n_do_to_the_clock(qtbot, store_path: Path) -> None:
    from app.views.shell.main_window import MainWindow

    store = Store(store_path)
    wid, _ids = _rounds(store, 10, 15)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(wid)
    window.shortcuts.open_overlay()
    text = window.shortcuts.text()
    window.shortcuts.close_overlay()
    assert "Vorige ronde bekijken (klok staat daar stil; Spatie telt verder)" in text
    assert "Volgende ronde (klok loopt of staat stil zoals vóór het terugkijken)" in text
    window.close()
    store.close()
