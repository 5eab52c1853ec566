"""The console by keyboard (issue 18): undo from any field, completions, tables that keep the keys."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from app.models import agenda, orchestration
from app.models import market as mops
from app.models import workshop as ops
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.market.board import MarketBoard
from app.views.session.agenda_panel import AgendaPanel
from app.views.session.participants_panel import ParticipantsPanel
from app.views.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, store_path: Path):  # noqa: ANN001, ANN201
    store = Store(store_path)
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    yield win
    win.close()
    store.close()


def _market_workshop(store: Store) -> int:
    wid = orchestration.create_workshop(store, title="Markt", template="market").id
    ops.add_participant(store, wid, "Anna de Vries", "younger_teacher", "A")
    ops.add_participant(store, wid, "Bram Jansen", "older_teacher", "A")
    mops.subgroups_from_participants(store, wid)
    return wid


def _entries(store: Store, wid: int) -> list[mops.MarketEntry]:
    return list(load_market(store, wid).entries.values())


def _type(widget, text: str) -> None:  # noqa: ANN001
    """Key events one character at a time (QTest.keyClicks aborts on non-ASCII)."""
    for char in text:
        QTest.keyClick(widget, char)


# -- undo --------------------------------------------------------------------------

def test_ctrl_z_in_the_add_field_undoes_the_entry_just_added(qtbot, window) -> None:
    wid = _market_workshop(window.store)
    screen = window.open_workshop(wid)
    board = screen.board("market")
    assert isinstance(board, MarketBoard)
    board.focus_add()
    field = board.fields.text_edit
    assert field.hasFocus()
    field.setText("Formatief evalueren")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert [e.text for e in _entries(window.store, wid)] == ["Formatief evalueren"]
    assert field.hasFocus() and field.text() == ""  # the cursor waits for the next line

    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _entries(window.store, wid) == []  # the status line's "Ctrl+Z maakt dit ongedaan" holds
    QTest.keyClick(field, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [e.text for e in _entries(window.store, wid)] == ["Formatief evalueren"]


def test_text_being_typed_is_undone_first_then_the_workshop(qtbot, window) -> None:
    wid = _market_workshop(window.store)
    screen = window.open_workshop(wid)
    panel = screen.participants
    screen.show_side("participants")
    panel.name_edit.setFocus()
    _type(panel.name_edit, "Carla")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Return)
    assert [p.name for p in ops.list_participants(window.store, wid)][-1] == "Carla"
    _type(panel.name_edit, "Dirk")
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.name_edit.text() == ""  # the field's own typing first
    assert "Carla" in [p.name for p in ops.list_participants(window.store, wid)]
    QTest.keyClick(panel.name_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Carla" not in [p.name for p in ops.list_participants(window.store, wid)]


def test_undo_keys_work_from_a_table_and_in_presentation_mode(qtbot, window) -> None:
    wid = _market_workshop(window.store)
    screen = window.open_workshop(wid)
    panel = screen.participants
    panel.name_edit.setText("Eva")
    panel.add_from_fields()
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Eva" not in [p.name for p in ops.list_participants(window.store, wid)]
    window.enter_presentation()
    assert not window.menuBar().isVisible()
    QTest.keyClick(window.presentation, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert "Eva" in [p.name for p in ops.list_participants(window.store, wid)]
    window.leave_presentation()


# -- completions -------------------------------------------------------------------

def _popup(edit):  # noqa: ANN001, ANN202
    popup = edit.completer_.popup()
    assert popup.isVisible(), "the type-ahead list should be open"
    return popup


def _owner_links(store: Store, wid: int, role: str = "owners") -> list[object]:
    [entry] = _entries(store, wid)
    return [p.spec for p in getattr(entry, role)]


def _market_board(qtbot, ctx, wid: int) -> MarketBoard:  # noqa: ANN001
    board = MarketBoard(ctx, wid)
    qtbot.addWidget(board)
    board.resize(1366, 700)
    board.show()
    qtbot.waitExposed(board)
    board.activateWindow()
    board.focus_add()
    return board


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Tab])
def test_ann_with_the_popup_open_stores_the_linked_participant(qtbot, ctx, key) -> None:  # noqa: ANN001
    wid = _market_workshop(ctx.store)
    anna = ops.list_participants(ctx.store, wid)[0]
    board = _market_board(qtbot, ctx, wid)
    board.fields.text_edit.setText("ICT in de les")
    owners = board.fields.owners_edit
    owners.setFocus()
    _type(owners, "Ann")
    popup = _popup(owners)
    assert popup.currentIndex().data() == "Anna de Vries"  # highlighted, so Enter means her
    QTest.keyClick(popup, key)
    if key == Qt.Key.Key_Tab:
        assert owners.text().startswith("Anna de Vries")
        QTest.keyClick(owners, Qt.Key.Key_Return)
    assert _owner_links(ctx.store, wid) == [anna.id]


def test_van_wie_takes_the_participant_with_down_tab_and_enter(qtbot, ctx) -> None:  # noqa: ANN001
    wid = _market_workshop(ctx.store)
    anna, bram = ops.list_participants(ctx.store, wid)
    board = _market_board(qtbot, ctx, wid)
    group = mops.list_subgroups(ctx.store, wid)[0]
    board.set_target(group.id, "demand")
    board.fields.text_edit.setText("Differentiëren")
    board.fields.owners_edit.setText("Bram Jansen")
    sources = board.fields.sources_edit
    assert sources.isVisible()
    sources.setFocus()
    _type(sources, "ann")
    popup = _popup(sources)
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the only match stays highlighted
    assert popup.currentIndex().data() == "Anna de Vries"
    QTest.keyClick(popup, Qt.Key.Key_Tab)
    assert sources.text().startswith("Anna de Vries")
    QTest.keyClick(sources, Qt.Key.Key_Return)
    assert _owner_links(ctx.store, wid) == [bram.id]
    assert _owner_links(ctx.store, wid, "sources") == [anna.id]


def test_escape_keeps_a_free_name_and_an_exact_name_links(qtbot, ctx) -> None:  # noqa: ANN001
    wid = _market_workshop(ctx.store)
    anna = ops.list_participants(ctx.store, wid)[0]
    board = _market_board(qtbot, ctx, wid)
    board.fields.text_edit.setText("Mentoraat")
    owners = board.fields.owners_edit
    owners.setFocus()
    _type(owners, "Ann")
    QTest.keyClick(_popup(owners), Qt.Key.Key_Escape)  # closes the list, keeps "Ann"
    assert not owners.completer_.popup().isVisible() and owners.text() == "Ann"
    QTest.keyClick(owners, Qt.Key.Key_Return)
    assert _owner_links(ctx.store, wid) == ["Ann"]  # a colleague not present: free text
    mops.remove_entry(ctx.store, _entries(ctx.store, wid)[0].id)
    board.fields.text_edit.setText("Coaching")
    board.fields.owners_edit.setText("  anna   de vries ")  # typed in full, no pop-up used
    board.add_from_fields()
    assert _owner_links(ctx.store, wid) == [anna.id]


# -- tables ---------------------------------------------------------------------------

def _edit_cell(view, text: str) -> None:  # noqa: ANN001
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState, "F2 should open a cell editor"
    [editor] = [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    _type(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits and closes by a queued call
    assert view.state() != QAbstractItemView.State.EditingState


def test_three_participant_cells_in_a_row_by_keyboard_are_all_stored(qtbot, ctx) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Team").id
    for name in ("Anna", "Bram", "Carla"):
        ops.add_participant(ctx.store, wid, name, "other")
    panel = ParticipantsPanel(ctx, wid)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.model.index(0, 2))  # the Subgroep column
    _edit_cell(table, "A")
    QTest.keyClick(table, Qt.Key.Key_Down)
    _edit_cell(table, "B")
    QTest.keyClick(table, Qt.Key.Key_Down)
    _edit_cell(table, "C")
    assert [p.subgroup for p in ops.list_participants(ctx.store, wid)] == ["A", "B", "C"]
    assert table.hasFocus()
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, 2)
    ctx.undo.undo()  # a refresh from elsewhere keeps the current cell too
    assert (table.currentIndex().row(), table.currentIndex().column()) == (2, 2)
    assert panel.model.index(2, 2).data() == ""


def test_three_agenda_cells_in_a_row_by_keyboard_are_all_stored(qtbot, ctx) -> None:  # noqa: ANN001
    wid = orchestration.create_workshop(ctx.store, title="Agenda").id
    for title in ("Een", "Twee", "Drie"):
        agenda.add_round(ctx.store, wid, title, 10)
    panel = AgendaPanel(ctx, wid)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    table = panel.table
    table.setFocus()
    table.setCurrentIndex(panel.model.index(0, 0))
    for title in ("Verhalen", "Markt", "Acties"):
        _edit_cell(table, title)
        QTest.keyClick(table, Qt.Key.Key_Down)
    assert [r.title for r in agenda.list_rounds(ctx.store, wid)] == ["Verhalen", "Markt", "Acties"]
    assert table.hasFocus() and table.currentIndex().row() == 2
