"""Over naar actie, the conversation rules card and the shortcuts overlay, driven like a user."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
)

from app.models import actions as act
from app.models import rules as rl
from app.models import workshop as ops
from app.models.store import Store
from app.views.session.actions_panel import ActionsPanel, ActionsRoomView
from app.views.session.rules_card import RulesCard, RulesCardView, RulesEditor
from app.views.shell.shortcuts_overlay import ShortcutsOverlay, set_shortcut_help


def stored(ctx, workshop_id: int) -> list[str]:
    return [a.what for a in act.list_actions(ctx.store, workshop_id)]


@pytest.fixture
def panel(qtbot, ctx, workshop_id) -> ActionsPanel:
    widget = ActionsPanel(ctx, workshop_id)
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_action(qtbot, panel: ActionsPanel, what: str, who: str = "", due: str = "") -> None:
    """What a facilitator does: type, Tab, type, Tab, type, Enter."""
    panel.focus_entry()
    qtbot.keyClicks(panel.what_edit, what)
    for field, text in ((panel.who_box, who), (panel.due_edit, due)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


# -- actions ------------------------------------------------------------------------

def test_add_from_the_keyboard_then_focus_is_back_in_what(qtbot, ctx, workshop_id, panel) -> None:
    anna = ops.add_participant(ctx.store, workshop_id, "Anna de Vries", "older_teacher")
    type_action(qtbot, panel, "Marktplaats herhalen", who="ann", due="15-1-2027")
    rows = act.list_actions(ctx.store, workshop_id)
    assert [(r.what, r.who_participant_id, r.who_text, r.due) for r in rows] == [
        ("Marktplaats herhalen", anna.id, "", dt.date(2027, 1, 15))]
    assert panel.table.model().index(0, 1).data() == "Anna de Vries"
    assert (panel.what_edit.text(), panel.who_box.currentText(), panel.due_edit.text()) == ("", "", "")
    qtbot.waitUntil(panel.what_edit.hasFocus)

    type_action(qtbot, panel, "Intervisie starten", who="Schoolleiding")
    second = act.list_actions(ctx.store, workshop_id)[1]
    assert (second.who_participant_id, second.who_text, second.due) == (None, "Schoolleiding", None)
    ctx.undo.undo()
    assert stored(ctx, workshop_id) == ["Marktplaats herhalen"]
    ctx.undo.redo()
    assert stored(ctx, workshop_id) == ["Marktplaats herhalen", "Intervisie starten"]


def test_unicode_who_and_what_are_kept(ctx, workshop_id, panel) -> None:
    sukru = ops.add_participant(ctx.store, workshop_id, "Şükrü Yılmaz", "leadership")
    panel.what_edit.setText("Samen 🎉 vieren met de sectie")
    panel.who_box.setEditText("şükrü yılmaz")
    panel.add_from_fields()
    row = act.list_actions(ctx.store, workshop_id)[0]
    assert (row.what, row.who_participant_id) == ("Samen 🎉 vieren met de sectie", sukru.id)


def test_empty_what_and_bad_dates_are_refused_with_a_message(qtbot, ctx, workshop_id, panel) -> None:
    qtbot.keyClick(panel.what_edit, Qt.Key.Key_Return)
    assert stored(ctx, workshop_id) == []
    assert panel.feedback.isVisibleTo(panel) and "Typ eerst" in panel.feedback.text()

    type_action(qtbot, panel, "Lesbezoek", due="31-2-2027")
    assert stored(ctx, workshop_id) == []
    assert "bestaat niet als datum" in panel.feedback.text()
    assert panel.what_edit.text() == "Lesbezoek"  # nothing typed is lost
    qtbot.waitUntil(panel.due_edit.hasFocus)

    panel.due_edit.setText("15-1-2027")
    qtbot.keyClick(panel.due_edit, Qt.Key.Key_Return)
    assert stored(ctx, workshop_id) == ["Lesbezoek"]
    assert not panel.feedback.isVisibleTo(panel)


def test_focus_hint_appears_at_four_actions_not_at_three(qtbot, ctx, workshop_id, panel) -> None:
    for what in ("Een", "Twee", "Drie"):
        type_action(qtbot, panel, what)
    assert len(stored(ctx, workshop_id)) == 3
    assert panel.hint_text() == ""
    type_action(qtbot, panel, "Vier")
    assert "Liever één punt goed uitgevoerd" in panel.hint_text()
    assert "welke actie gaat voor" in panel.hint_text()
    ctx.undo.undo()
    assert panel.hint_text() == ""
    ctx.undo.redo()
    assert panel.hint_text() != ""


def test_edit_in_place_what_who_and_a_past_date(qtbot, ctx, workshop_id, panel) -> None:
    bram = ops.add_participant(ctx.store, workshop_id, "Bram", "younger_teacher")
    act.add_action(ctx.store, workshop_id, "Oud")
    table, model = panel.table, panel.table.model()

    def edit_cell(column: int, text: str) -> None:
        table.setFocus()
        table.setCurrentIndex(model.index(0, column))
        QTest.keyClick(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        line = editor.lineEdit() if isinstance(editor, QComboBox) else editor
        assert isinstance(line, QLineEdit) and editor is not table
        line.setText(text)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() != table.State.EditingState)  # commit is queued

    edit_cell(0, "Nieuw")
    edit_cell(1, "bram")
    edit_cell(2, "1-9-2020")
    row = act.list_actions(ctx.store, workshop_id)[0]
    assert (row.what, row.who_participant_id, row.due) == ("Nieuw", bram.id, dt.date(2020, 9, 1))
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == "Deze datum ligt in het verleden."
    for _ in range(3):
        ctx.undo.undo()
    row = act.list_actions(ctx.store, workshop_id)[0]
    assert (row.what, row.who_participant_id, row.due) == ("Oud", None, None)


def test_long_text_is_never_cut_silently(qtbot, ctx, workshop_id, panel) -> None:
    act.add_action(ctx.store, workshop_id, "x" * 50_000)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and len(editor.text()) == 50_000
    QTest.keyClick(editor, Qt.Key.Key_End)
    QTest.keyClicks(editor, "!")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert stored(ctx, workshop_id) == ["x" * 50_000 + "!"]

    panel.what_edit.setText("y" * 100_001)
    panel.add_from_fields()
    assert len(stored(ctx, workshop_id)) == 1
    assert "te lang" in panel.feedback.text() and "100.001" in panel.feedback.text()
    assert panel.what_edit.text() == "y" * 100_001  # kept, so it can be shortened


def test_pick_a_date_from_the_calendar_and_past_dates_are_flagged(qtbot, ctx, workshop_id,
                                                                  panel) -> None:
    panel.calendar.clicked.emit(QDate(2027, 3, 5))
    assert panel.due_edit.text() == "5-3-2027"
    panel.what_edit.setText("Evaluatie")
    with qtbot.waitSignal(panel.message) as said:
        panel.due_edit.setText("1-9-2020")
        panel.add_from_fields()
    assert "ligt in het verleden" in said.args[0]
    assert act.list_actions(ctx.store, workshop_id)[0].due == dt.date(2020, 9, 1)


def test_reorder_with_alt_arrows_merges_into_one_undo(qtbot, ctx, workshop_id, panel) -> None:
    for what in ("A", "B", "C", "D"):
        act.add_action(ctx.store, workshop_id, what)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(panel.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored(ctx, workshop_id) == ["B", "C", "A", "D"]
    assert panel.current_action_id() == act.list_actions(ctx.store, workshop_id)[2].id
    QTest.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored(ctx, workshop_id) == ["B", "A", "C", "D"]
    ctx.undo.undo()  # the three nudges of "A" are one step
    assert stored(ctx, workshop_id) == ["A", "B", "C", "D"]


def test_drag_a_row_to_a_new_place(qtbot, ctx, workshop_id, panel) -> None:
    for what in ("A", "B", "C"):
        act.add_action(ctx.store, workshop_id, what)
    table, model = panel.table, panel.table.model()
    start = table.visualRect(model.index(0, 0)).center()
    end = table.visualRect(model.index(2, 0)).bottomLeft() + QPoint(20, -2)
    viewport = table.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 10))
    QTest.mouseMove(viewport, end)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert stored(ctx, workshop_id) == ["B", "C", "A"]
    ctx.undo.undo()
    assert stored(ctx, workshop_id) == ["A", "B", "C"]


def test_delete_key_removes_and_undo_puts_it_back_in_place(qtbot, ctx, workshop_id, panel) -> None:
    for what in ("A", "B", "C"):
        act.add_action(ctx.store, workshop_id, what)
    panel.table.setFocus()
    panel.table.selectRow(1)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert stored(ctx, workshop_id) == ["A", "C"]
    ctx.undo.undo()
    assert stored(ctx, workshop_id) == ["A", "B", "C"]
    assert [panel.table.model().index(r, 0).data() for r in range(3)] == ["A", "B", "C"]

    selection = panel.table.selectionModel()
    selection.clearSelection()
    for row in (0, 2):
        selection.select(panel.table.model().index(row, 0),
                         selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert stored(ctx, workshop_id) == ["B"]
    ctx.undo.undo()  # one step for the whole selection
    assert stored(ctx, workshop_id) == ["A", "B", "C"]


def test_actions_survive_reopening(qtbot, ctx, workshop_id, panel, reopen) -> None:
    type_action(qtbot, panel, "Eerste", due="15-1-2027")
    type_action(qtbot, panel, "Tweede", who="Schoolleiding")
    panel.table.setFocus()
    panel.table.selectRow(1)
    QTest.keyClick(panel.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    rows = act.list_actions(reopen(), workshop_id)
    assert [(r.what, r.who_text, r.due) for r in rows] == [
        ("Tweede", "Schoolleiding", None), ("Eerste", "", dt.date(2027, 1, 15))]


def test_room_view_of_actions_is_read_only_and_live(qtbot, ctx, workshop_id) -> None:
    room = ActionsRoomView(ctx, workshop_id, audience=True)
    qtbot.addWidget(room)
    assert room.text() == "Over naar actie\nNog geen acties afgesproken."
    anna = ops.add_participant(ctx.store, workshop_id, "Anna", "older_teacher")
    first = act.add_action(ctx.store, workshop_id, "Marktplaats herhalen", who_participant_id=anna.id,
                           due="15-1-2027")
    act.add_action(ctx.store, workshop_id, "Intervisie", who_text="Schoolleiding")
    assert room.text().splitlines()[1:] == ["1. Marktplaats herhalen  —  Anna, 15-1-2027",
                                            "2. Intervisie  —  Schoolleiding"]
    ops.update_participant(ctx.store, anna.id, name="Anna de Vries")
    act.move_action(ctx.store, first.id, 1)
    assert room.text().splitlines()[2] == "2. Marktplaats herhalen  —  Anna de Vries, 15-1-2027"
    assert room.findChildren(QAbstractButton) == [] and room.findChildren(QLineEdit) == []


# -- rules --------------------------------------------------------------------------

def test_rules_card_shows_defaults_and_follows_the_editor_live(qtbot, ctx, workshop_id) -> None:
    room = RulesCard(ctx, workshop_id, audience=True)
    editor = RulesEditor(ctx, workshop_id)
    qtbot.addWidget(room)
    qtbot.addWidget(editor)
    assert room.text().splitlines() == ["Gespreksregels"] + [
        f"{i}. {r}" for i, r in enumerate(rl.default_rules(), 1)]
    # no editing chrome in the room: no buttons, no fields
    assert room.findChildren(QAbstractButton) == [] and room.findChildren(QLineEdit) == []

    editor.list.item(1).setText("Kijk vooral naar wat je zelf kunt doen.")
    editor.new_edit.setText("Telefoons op stil")
    qtbot.keyClick(editor.new_edit, Qt.Key.Key_Return)
    assert rl.get_rules(ctx.store, workshop_id)[1:] == [
        "Kijk vooral naar wat je zelf kunt doen.", *rl.default_rules()[2:], "Telefoons op stil"]
    assert "5. Telefoons op stil" in room.text()
    assert editor.origin.text() == "Aangepast voor deze bijeenkomst"

    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.list.setFocus()
    qtbot.waitUntil(editor.list.hasFocus)
    editor.list.setCurrentRow(4)
    QTest.keyClick(editor.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert rl.get_rules(ctx.store, workshop_id)[3] == "Telefoons op stil"
    QTest.keyClick(editor.list, Qt.Key.Key_Delete)
    assert "Telefoons op stil" not in rl.get_rules(ctx.store, workshop_id)

    for _ in range(4):
        ctx.undo.undo()
    assert rl.uses_defaults(ctx.store, workshop_id)
    assert "Telefoons" not in room.text()
    ctx.undo.redo()
    editor.reset_button.click()
    assert rl.uses_defaults(ctx.store, workshop_id) and editor.origin.text() == "Standaardregels"
    ctx.undo.undo()
    assert not rl.uses_defaults(ctx.store, workshop_id)


def test_edit_a_rule_in_place(qtbot, ctx, workshop_id) -> None:
    editor = RulesEditor(ctx, workshop_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    editor.list.setFocus()
    qtbot.waitUntil(editor.list.hasFocus)
    editor.list.setCurrentRow(0)
    QTest.keyClick(editor.list, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.setText("Spreek met elkaar, niet over anderen")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.list.state() != editor.list.State.EditingState)
    assert rl.get_rules(ctx.store, workshop_id)[0] == "Spreek met elkaar, niet over anderen"
    qtbot.waitUntil(lambda: editor.rules() == rl.get_rules(ctx.store, workshop_id))
    ctx.undo.undo()
    assert rl.uses_defaults(ctx.store, workshop_id) and editor.rules() == rl.default_rules()


def test_the_last_rule_cannot_be_deleted(qtbot, ctx, workshop_id) -> None:
    editor = RulesEditor(ctx, workshop_id)
    qtbot.addWidget(editor)
    for _ in range(4):
        editor.list.setCurrentRow(0)
        editor.delete_current()
    assert rl.get_rules(ctx.store, workshop_id) == [rl.default_rules()[3]]
    assert editor.feedback.isVisibleTo(editor) and "minstens één" in editor.feedback.text()
    assert editor.rules() == [rl.default_rules()[3]]


def test_show_in_room_toggle_is_undoable_signals_and_survives(qtbot, ctx, workshop_id,
                                                             store_path: Path) -> None:
    facilitator = RulesCard(ctx, workshop_id)
    room = RulesCard(ctx, workshop_id, audience=True)
    qtbot.addWidget(facilitator)
    qtbot.addWidget(room)
    seen: list[bool] = []
    room.show_rules_changed.connect(seen.append)
    assert facilitator.toggle_action.text() == "Toon gespreksregels in de zaal"
    assert not facilitator.toggle_action.isChecked()

    with qtbot.waitSignal(facilitator.show_rules_changed) as signal:
        facilitator.toggle_button.click()
    assert signal.args == [True] and seen == [True]
    assert rl.is_shown(ctx.store, workshop_id) and room.is_shown()
    assert facilitator.state_label.text() == "Nu zichtbaar in de zaal."
    ctx.undo.undo()
    assert seen == [True, False] and not facilitator.toggle_action.isChecked()
    ctx.undo.redo()
    assert facilitator.toggle_action.isChecked()
    ctx.store.close()
    with Store(store_path) as again:
        assert rl.is_shown(again, workshop_id)


def test_card_type_grows_with_the_card_and_always_fits(qtbot) -> None:
    small, large = RulesCardView(max_px=200), RulesCardView(max_px=200)
    for view, size in ((small, (400, 260)), (large, (1600, 900))):
        qtbot.addWidget(view)
        view.resize(*size)
        view.set_content("Gespreksregels", rl.default_rules())
    assert large.fitted_px() > 2 * small.fitted_px()
    before = small.grab().toImage()
    small.set_content("Gespreksregels", rl.default_rules()[:3])
    assert small.grab().toImage() != before  # the cached picture follows the content
    small.set_high_contrast(True)
    assert small.grab().toImage() != before
    # a full card (the maximum of 12 rules, each two lines) still fits a projector, readably
    full = [f"Regel {i}: een langere afspraak over hoe we met elkaar in gesprek gaan" for i in range(12)]
    large.resize(1280, 720)
    large.set_content("Gespreksregels", full)
    area = large._area()
    assert large._height_at(large.fitted_px(), area.width()) <= area.height()
    assert large.fitted_px() >= 18


# -- shortcuts overlay -------------------------------------------------------------

@pytest.fixture
def window(qtbot) -> QMainWindow:
    win = QMainWindow()
    qtbot.addWidget(win)
    file_menu = win.menuBar().addMenu("&Bestand")
    new = file_menu.addAction("&Nieuwe bijeenkomst…")
    new.setShortcut(QKeySequence("Ctrl+N"))
    file_menu.addAction("Zonder sneltoets")
    win.setCentralWidget(QLabel("bord", win))
    win.resize(900, 600)
    return win


def test_overlay_lists_actions_added_later_grouped_by_menu(qtbot, window) -> None:
    overlay = ShortcutsOverlay(window)
    overlay.open_overlay()
    assert "Nieuwe bijeenkomst…" in overlay.text() and "Zonder sneltoets" not in overlay.text()
    assert "Volgende ronde" not in overlay.text()
    overlay.close_overlay()

    view_menu = window.menuBar().addMenu("Beel&d")
    later = view_menu.addAction("&Volgende ronde")
    later.setShortcut(QKeySequence("Ctrl+Right"))
    shortcut = QShortcut(QKeySequence("Ctrl+T"), window.centralWidget())
    shortcut.setWhatsThis("Timer starten of pauzeren")
    window.centralWidget().setProperty("shortcutGroup", "Ronde")
    QShortcut(QKeySequence("Ctrl+K"), window.centralWidget())  # no description: left out
    set_shortcut_help(window.centralWidget(), "Cirkelbord", [("Ctrl+Up", "Notitie naar binnen")])
    overlay.open_overlay()
    text = overlay.text()
    native = QKeySequence("Ctrl+Right").toString(QKeySequence.SequenceFormat.NativeText)
    assert f"Beeld\n  {native}  Volgende ronde" in text
    assert "Bestand\n" in text and "Ronde\n  Ctrl+T  Timer starten of pauzeren" in text
    assert "Ctrl+K" not in text
    assert "Cirkelbord\n" in text and "Notitie naar binnen" in text
    assert "Sneltoetsen tonen" in text  # the overlay lists its own keys
    labels = [w.text() for w in overlay.findChildren(QLabel) if w.isVisibleTo(overlay)]
    assert "Volgende ronde" in labels and native in labels


def test_overlay_lists_the_panels_keys_only_while_the_panel_is_shown(qtbot, ctx, workshop_id,
                                                                       window) -> None:
    panel = ActionsPanel(ctx, workshop_id, window)
    window.setCentralWidget(panel)
    overlay = ShortcutsOverlay(window)
    overlay.open_overlay()
    assert "Actie omhoog" in overlay.text() and "Actie verwijderen" in overlay.text()
    overlay.close_overlay()
    panel.hide()
    overlay.open_overlay()
    assert "Actie omhoog" not in overlay.text()


def test_overlay_opens_with_f1_and_closes_with_esc_or_a_click(qtbot, window) -> None:
    overlay = ShortcutsOverlay(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1)
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    QTest.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Question)
    assert overlay.isVisible()
    QTest.mouseClick(overlay, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert not overlay.isVisible()
    window.resize(1200, 800)
    overlay.open_overlay()
    assert overlay.geometry() == window.rect()


def test_question_mark_typed_in_a_field_is_text_not_the_overlay(qtbot, ctx, workshop_id,
                                                                window) -> None:
    panel = ActionsPanel(ctx, workshop_id, window)
    window.setCentralWidget(panel)
    overlay = ShortcutsOverlay(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    panel.focus_entry()
    qtbot.waitUntil(panel.what_edit.hasFocus)
    QTest.keyClicks(panel.what_edit, "Wie doet wat?")
    assert panel.what_edit.text() == "Wie doet wat?" and not overlay.isVisible()
    QTest.keyClick(panel.what_edit, Qt.Key.Key_F1)
    assert overlay.isVisible()
    QTest.keyClick(overlay, Qt.Key.Key_Escape)
    assert not overlay.isVisible() and panel.what_edit.hasFocus()  # back where the user was
