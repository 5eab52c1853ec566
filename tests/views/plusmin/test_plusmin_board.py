"""The plus-min board driven like a facilitator: keyboard, mouse drags, the room's view."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.models import plusmin as pm
from app.models.store import Store
from app.views.plusmin.board import ItemCard, PlusMinBoard
from tests.tools.reopen import view_context

PLUS = ["Leerlingen geven elke dag feedback", "Vaste maatjes in de sectie", "Goede sfeer",
        "Lesmateriaal delen", "Vergadering bespreekbaar maken"]
MIN = ["Te aardig voor elkaar", "Jong spreekt oud niet aan", "Privezorgen blijven binnen",
       "Verschil is een drempel"]


@pytest.fixture
def theme_id(store: Store, workshop_id: int) -> int:
    return pm.add_theme(store, workshop_id, "Feedback en bespreekbaarheid").id


def _board(qtbot, ctx, workshop_id: int, *, audience: bool = False) -> PlusMinBoard:
    board = PlusMinBoard(ctx, workshop_id, audience=audience)
    qtbot.addWidget(board)
    board.resize(1300, 800)
    board.show()
    board.activateWindow()
    qtbot.waitUntil(board.isActiveWindow)
    return board


def _fill(store: Store, theme_id: int) -> tuple[list[int], list[int]]:
    return ([pm.add_item(store, theme_id, "plus", t).id for t in PLUS],
            [pm.add_item(store, theme_id, "min", t).id for t in MIN])


def _pairs(store: Store, theme_id: int) -> set[tuple[str, str]]:
    board = pm.load_board(store, theme_id)
    text = {i.id: i.text for i in board.items}
    return {(text[p.plus_id], text[p.min_id]) for p in board.pairs}


def _texts_in_tree(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel)}


def _centre(card: ItemCard, share: float = 0.5) -> QPoint:
    return QPoint(card.width() // 2, int(card.height() * share))


def _drag(card: QWidget, target: QWidget, pos: QPoint) -> None:
    """Press on ``card``, move in steps to ``pos`` on ``target``, release there.

    While the button is down Qt delivers every move to the pressed widget, in its
    own coordinates; the events are sent the same way here.
    """
    start = _centre(card)
    end = card.mapFromGlobal(target.mapToGlobal(pos))
    QTest.mousePress(card, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(card, start + (end - start) * (step / 5))
    QTest.mouseRelease(card, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_pair_with_keyboard_unpair_undo_redo(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    board = _board(qtbot, ctx, workshop_id)
    board.cards[p[0]].setFocus()
    QTest.keyClick(board.cards[p[0]], Qt.Key.Key_Space)
    QTest.mouseClick(board.cards[m[1]], Qt.MouseButton.LeftButton)
    QTest.keyClick(board.cards[m[1]], Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert _pairs(store, theme_id) == {(PLUS[0], MIN[1])}
    ctx.undo.undo()
    assert _pairs(store, theme_id) == set()
    ctx.undo.redo()
    assert _pairs(store, theme_id) == {(PLUS[0], MIN[1])}
    # The pair sits on one row: both cards share a grid row.
    row = board.grid.getItemPosition(board.grid.indexOf(board.cards[p[0]]))[0]
    assert board.grid.getItemPosition(board.grid.indexOf(board.cards[m[1]]))[0] == row
    board.cards[m[1]].setFocus()
    QTest.keyClick(board.cards[m[1]], Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _pairs(store, theme_id) == set()
    ctx.undo.undo()
    assert _pairs(store, theme_id) == {(PLUS[0], MIN[1])}
    ctx.undo.redo()
    assert _pairs(store, theme_id) == set()


def test_unpaired_counts_for_five_plus_four_min_three_pairs(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    for a, b in ((p[0], m[1]), (p[2], m[0]), (p[4], m[3])):
        pm.pair_items(store, a, b)
    board = _board(qtbot, ctx, workshop_id)
    assert board.check_line.text() == ("2 positieve punten zonder keerzijde · "
                                       "1 aandachtspunt zonder positieve kant")
    flagged = {card.text for card in board.cards.values() if card.flag.isVisibleTo(board)}
    assert flagged == {PLUS[1], PLUS[3], MIN[2]}
    pm.pair_items(store, p[1], m[2])
    assert board.check_line.text() == "1 positief punt zonder keerzijde"


def test_one_positive_point_pairs_with_two_reverse_sides_and_the_check_passes(
        qtbot, ctx, store, workshop_id, theme_id) -> None:
    p = [pm.add_item(store, theme_id, "plus", t).id for t in PLUS[:2]]
    m = [pm.add_item(store, theme_id, "min", t).id for t in MIN[:3]]
    board = _board(qtbot, ctx, workshop_id)
    for plus, minus in ((p[0], m[0]), (p[1], m[1]), (p[1], m[2])):
        board.cards[plus].setFocus()
        QTest.keyClick(board.cards[plus], Qt.Key.Key_Space)
        QTest.mouseClick(board.cards[minus], Qt.MouseButton.LeftButton)
        QTest.keyClick(board.cards[minus], Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert _pairs(store, theme_id) == {(PLUS[0], MIN[0]), (PLUS[1], MIN[1]), (PLUS[1], MIN[2])}
    assert board.check_line.text() == "Elk punt heeft zijn keerzijde ✓"
    assert not any(card.flag.isVisibleTo(board) for card in board.cards.values())
    qtbot.wait(10)  # a layout shows its new widgets from the event loop
    links = sorted(label.text() for label in board.findChildren(QLabel, "link")
                   if label.isVisibleTo(board))
    assert links == ["┆", "⟷", "⟷"]  # the third row belongs to the group above
    for _ in range(3):
        ctx.undo.undo()
    qtbot.wait(10)
    assert _pairs(store, theme_id) == set()
    ctx.undo.redo()
    ctx.undo.redo()
    ctx.undo.redo()
    ctx.undo.undo()
    assert board.check_line.text() == "1 aandachtspunt zonder positieve kant"


def test_reveal_mode_keeps_attention_out_of_the_rooms_view(qtbot, ctx, store, workshop_id, theme_id) -> None:
    _fill(store, theme_id)
    room = _board(qtbot, ctx, workshop_id, audience=True)
    editor = _board(qtbot, ctx, workshop_id)
    assert set(PLUS) <= _texts_in_tree(room)
    assert not set(MIN) & _texts_in_tree(room)
    assert "Aandachtspunten" not in _texts_in_tree(room)
    # The facilitator always sees the attention column, marked as hidden from the room.
    assert set(MIN) <= _texts_in_tree(editor)
    assert editor.hidden_note.isVisibleTo(editor)
    editor.cards[next(iter(editor.cards))].setFocus()
    QTest.keyClick(editor, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert pm.get_theme(store, theme_id).attention_revealed is True
    assert set(MIN) <= _texts_in_tree(room)
    assert not editor.hidden_note.isVisibleTo(editor)
    ctx.undo.undo()
    assert not set(MIN) & _texts_in_tree(room)
    assert editor.reveal_attention(True)
    assert set(MIN) <= _texts_in_tree(room) and room.attention_revealed
    editor.reveal_button.click()
    assert not set(MIN) & _texts_in_tree(room)


def test_drag_onto_a_card_of_the_other_column_pairs_them(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    board = _board(qtbot, ctx, workshop_id)
    _drag(board.cards[p[3]], board.cards[m[2]], _centre(board.cards[m[2]]))
    assert _pairs(store, theme_id) == {(PLUS[3], MIN[2])}
    assert board.dragging is None
    ctx.undo.undo()
    assert _pairs(store, theme_id) == set()


def test_drag_reorders_and_moves_between_columns(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    board = _board(qtbot, ctx, workshop_id)
    # Onto the top edge of the first card: the last positive point becomes first.
    _drag(board.cards[p[4]], board.cards[p[0]], _centre(board.cards[p[0]], 0.1))
    column = [i.text for i in pm.load_board(store, theme_id).column("plus")]
    assert column == [PLUS[4]] + PLUS[:4]
    # Onto the lower edge of a card in the other column: it moves there, below it.
    _drag(board.cards[p[1]], board.cards[m[0]], _centre(board.cards[m[0]], 0.9))
    stored = pm.load_board(store, theme_id)
    assert [i.text for i in stored.column("min")] == [MIN[0], PLUS[1]] + MIN[1:]
    assert PLUS[1] not in [i.text for i in stored.column("plus")]
    ctx.undo.undo()
    assert [i.text for i in pm.load_board(store, theme_id).column("min")] == MIN


def test_moving_a_paired_point_across_dissolves_the_pair_and_undo_restores(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    pm.pair_items(store, p[2], m[2])
    board = _board(qtbot, ctx, workshop_id)
    card = board.cards[m[2]]
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    stored = pm.load_board(store, theme_id)
    assert _pairs(store, theme_id) == set()
    assert [i.text for i in stored.column("plus")][-1] == MIN[2]
    assert board.cards[m[2]].sign == "plus"
    ctx.undo.undo()
    assert _pairs(store, theme_id) == {(PLUS[2], MIN[2])}
    assert [i.text for i in pm.load_board(store, theme_id).column("min")] == MIN
    assert board.cards[m[2]].sign == "min"


def test_keyboard_add_edit_reorder_delete(qtbot, ctx, store, workshop_id, theme_id) -> None:
    board = _board(qtbot, ctx, workshop_id)
    field = board.quick["plus"]
    board.quick["min"].setFocus()
    QTest.keyClick(board.quick["min"], Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.hasFocus()
    for text in ("Eerste punt", "Tweede punt"):
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "" and field.hasFocus()
    QTest.keyClick(field, Qt.Key.Key_Return)  # empty: nothing added
    items = pm.load_board(store, theme_id).column("plus")
    assert [i.text for i in items] == ["Eerste punt", "Tweede punt"]
    card = board.cards[items[1].id]
    card.setFocus()
    QTest.keyClick(card, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Tweede punt", "Eerste punt"]
    QTest.keyClick(card, Qt.Key.Key_F2)
    assert card.editor is not None
    card.editor.selectAll()
    QTest.keyClicks(card.editor, "Herschreven")
    QTest.keyClick(card.editor, Qt.Key.Key_Return)
    assert pm.load_board(store, theme_id).column("plus")[0].text == "Herschreven"
    assert card.label.text() == "Herschreven"
    QTest.keyClick(card, Qt.Key.Key_Return)
    QTest.keyClicks(card.editor, "weg")
    QTest.keyClick(card.editor, Qt.Key.Key_Escape)
    assert pm.load_board(store, theme_id).column("plus")[0].text == "Herschreven"
    QTest.keyClick(board.cards[items[1].id], Qt.Key.Key_Delete)
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Eerste punt"]
    ctx.undo.undo()
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Herschreven", "Eerste punt"]
    ctx.undo.undo()
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Tweede punt", "Eerste punt"]
    ctx.undo.undo()
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Eerste punt", "Tweede punt"]
    ctx.undo.redo()
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == ["Tweede punt", "Eerste punt"]


@pytest.mark.parametrize("typed, stored", [
    ("😀 Samen 👩‍🏫 leren", "😀 Samen 👩‍🏫 leren"),
    ("التعلم معًا في القسم", "التعلم معًا في القسم"),
    ("a\x00b\x07c\x1bd", "abcd"),
])
def test_unicode_and_control_characters_from_the_view(qtbot, ctx, store, workshop_id, theme_id, typed, stored) -> None:
    board = _board(qtbot, ctx, workshop_id)
    board.quick["min"].setText(typed)
    board.quick["min"].returnPressed.emit()
    items = pm.load_board(store, theme_id).column("min")
    assert [i.text for i in items] == [stored]
    assert board.cards[items[0].id].label.text() == stored


def test_empty_and_huge_text_from_the_view(qtbot, ctx, store, workshop_id, theme_id) -> None:
    failures = []
    ctx.bus.failed.connect(failures.append)
    board = _board(qtbot, ctx, workshop_id)
    board.quick["plus"].setText("   \x00  ")
    board.quick["plus"].returnPressed.emit()
    assert pm.load_board(store, theme_id).items == []
    assert "mag niet leeg" in str(failures[-1])
    assert board.quick["plus"].text() == "   \x00  "  # kept for correction
    board.quick["plus"].setText("z" * 100_000)
    board.quick["plus"].returnPressed.emit()
    item = pm.load_board(store, theme_id).column("plus")[0]
    assert item.text == "z" * 100_000
    card = board.cards[item.id]
    assert len(card.label.text()) < 1_000 and card.label.text().endswith("…")
    card.start_edit()
    assert card.editor.toPlainText() == "z" * 100_000
    card.editor.setPlainText("q" * 100_001)
    card.finish_edit(True)
    assert "te lang" in str(failures[-1])
    assert pm.load_board(store, theme_id).column("plus")[0].text == "z" * 100_000
    card.start_edit()
    card.editor.setPlainText("  \n ")
    card.finish_edit(True)
    assert pm.load_board(store, theme_id).column("plus")[0].text == "z" * 100_000


def test_inspiration_by_button_and_by_drag(qtbot, ctx, store, workshop_id, theme_id) -> None:
    board = _board(qtbot, ctx, workshop_id)
    core = pm.core_theme("Feedback en bespreekbaarheid")
    cards = board.inspiration.cards
    assert [c.text for c in cards] == list(core.plus) + list(core.min)
    cards[0].add.click()
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == [core.plus[0]]
    assert not cards[0].add.isEnabled()  # marked as already in the schema
    source = next(c for c in cards if c.text == core.min[1])
    source.setFocus()
    QTest.keyClick(source, Qt.Key.Key_Return)
    assert [i.text for i in pm.load_board(store, theme_id).column("min")] == [core.min[1]]
    # Dragged onto the upper edge of that point: it lands above it.
    source = next(c for c in board.inspiration.cards if c.text == core.min[0])
    target = next(c for c in board.cards.values() if c.text == core.min[1])
    _drag(source, target, _centre(target, 0.1))
    assert [i.text for i in pm.load_board(store, theme_id).column("min")] == [core.min[0], core.min[1]]


def test_urgency_by_votes_and_ranking_shows_on_both_views(qtbot, ctx, store, workshop_id, theme_id) -> None:
    other = pm.add_theme(store, workshop_id, "Veranderen, vernieuwen en leren").id
    board = _board(qtbot, ctx, workshop_id)
    room = _board(qtbot, ctx, workshop_id, audience=True)
    assert not room.urgency_line.isVisibleTo(room)
    plus = board.urgency_panel.findChild(QWidget, f"urgency_+_{other}")
    plus.click()
    plus.click()
    assert pm.get_theme(store, other).votes == 2
    assert room.urgency_line.text() == "Meest urgent: Veranderen, vernieuwen en leren (2 stemmen)"
    board.urgency_panel.findChild(QWidget, f"urgency_−_{other}").click()
    assert pm.get_theme(store, other).votes == 1
    board.rank_step(theme_id, -1)
    board.rank_step(other, -1)
    assert [(u.title, u.rank) for u in pm.urgency(store, workshop_id)] == [
        ("Feedback en bespreekbaarheid", 1), ("Veranderen, vernieuwen en leren", 2)]
    board.urgency_panel.findChild(QWidget, f"urgency_▲_{other}").click()
    assert room.urgency_line.text() == "Meest urgent: Veranderen, vernieuwen en leren"
    ctx.undo.undo()
    assert room.urgency_line.text() == "Meest urgent: Feedback en bespreekbaarheid"


def test_themes_from_the_menu_switch_and_delete_with_undo(qtbot, ctx, store, workshop_id, theme_id, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    board = _board(qtbot, ctx, workshop_id)
    seen = []
    board.theme_changed.connect(seen.append)
    board.add_theme(pm.CORE_THEMES[2], with_points=True)
    new = board.current_theme_id
    assert seen == [new] and board.tabs.count() == 2
    assert len(board.cards) == len(pm.core_theme(pm.CORE_THEMES[2]).plus + pm.core_theme(pm.CORE_THEMES[2]).min)
    assert board.inspiration.choice.currentText() == pm.CORE_THEMES[2]
    QTest.keyClick(board, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert board.current_theme_id == theme_id
    board.show_theme(new)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    board.delete_theme()
    assert [t.id for t in pm.list_themes(store, workshop_id)] == [theme_id]
    assert board.current_theme_id == theme_id
    ctx.undo.undo()
    assert board.tabs.count() == 2
    board.show_theme(new)
    core = pm.core_theme(pm.CORE_THEMES[2])
    assert sorted(c.text for c in board.cards.values()) == sorted(core.plus + core.min)


def test_reopening_the_store_keeps_order_pairs_and_ranking(qtbot, reopen, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    pm.move_item(store, p[3], "plus", before_id=p[0])
    pm.pair_items(store, p[1], m[3])
    second = pm.add_theme(store, workshop_id, "Autonomie en onderdeel zijn van een geheel").id
    pm.set_priority_order(store, workshop_id, [second, theme_id])
    with view_context(reopen()) as again:
        board = _board(qtbot, again, workshop_id)
        board.show_theme(theme_id)
        plus_cards = sorted((c for c in board.cards.values() if c.sign == "plus"),
                            key=lambda c: board.grid.getItemPosition(board.grid.indexOf(c))[0])
        assert [c.text for c in plus_cards] == [PLUS[1], PLUS[3], PLUS[0], PLUS[2], PLUS[4]]
        row = board.grid.getItemPosition(board.grid.indexOf(board.cards[m[3]]))[0]
        assert row == board.grid.getItemPosition(board.grid.indexOf(board.cards[p[1]]))[0]
        assert board.urgency_line.text() == "Meest urgent: Autonomie en onderdeel zijn van een geheel"


def test_room_view_is_read_only_and_large(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, _ = _fill(store, theme_id)
    room = _board(qtbot, ctx, workshop_id, audience=True)
    editor = _board(qtbot, ctx, workshop_id)
    assert room.cards[p[0]].label.font().pointSizeF() > editor.cards[p[0]].label.font().pointSizeF() * 1.5
    assert not hasattr(room, "quick") and not hasattr(room, "inspiration")
    QTest.mouseDClick(room.cards[p[0]], Qt.MouseButton.LeftButton)
    assert room.cards[p[0]].editor is None
    _drag(room.cards[p[0]], room.cards[p[2]], _centre(room.cards[p[2]], 0.9))
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")] == PLUS





def test_card_menu_offers_every_command_to_mouse_users(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    pm.pair_items(store, p[0], m[0])
    board = _board(qtbot, ctx, workshop_id)

    def trigger(card: ItemCard, label: str) -> None:
        menu = board.card_menu(card)
        action = next(a for a in menu.actions() if a.text().split("\t")[0] == label)
        assert action.isEnabled()
        action.trigger()

    trigger(board.cards[m[0]], "Koppeling opheffen")
    assert _pairs(store, theme_id) == set()
    board.select(board.cards[p[1]])
    trigger(board.cards[m[3]], "Koppelen aan het gekozen punt")
    assert _pairs(store, theme_id) == {(PLUS[1], MIN[3])}
    trigger(board.cards[p[4]], "Omhoog")
    assert [i.text for i in pm.load_board(store, theme_id).column("plus")][-2:] == [PLUS[4], PLUS[3]]
    trigger(board.cards[p[4]], "Naar Aandachtspunten")
    assert [i.text for i in pm.load_board(store, theme_id).column("min")][-1] == PLUS[4]
    trigger(board.cards[p[4]], "Verwijderen")
    assert PLUS[4] not in {i.text for i in pm.load_board(store, theme_id).items}
    menu = board.card_menu(board.cards[p[2]])
    assert not next(a for a in menu.actions() if a.text().startswith("Koppeling opheffen")).isEnabled()
    room = _board(qtbot, ctx, workshop_id, audience=True)
    assert room.card_menu(room.cards[p[2]]) is None
    room.select(room.cards[p[2]])
    assert room.selected == {"plus": None, "min": None}


def test_theme_tabs_move_and_rename_with_undo(qtbot, ctx, store, workshop_id, theme_id, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    second = pm.add_theme(store, workshop_id, "Tweede thema").id
    board = _board(qtbot, ctx, workshop_id)
    board.tabs.moveTab(1, 0)
    assert [t.id for t in pm.list_themes(store, workshop_id)] == [second, theme_id]
    assert [board.tabs.tabText(i) for i in range(2)] == ["Tweede thema", "Feedback en bespreekbaarheid"]
    ctx.undo.undo()
    assert [board.tabs.tabText(i) for i in range(2)] == ["Feedback en bespreekbaarheid", "Tweede thema"]
    board.show_theme(second)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Samen leren 🌱", True))
    board.tabs.tabBarDoubleClicked.emit(1)
    assert pm.get_theme(store, second).title == "Samen leren 🌱"
    assert board.title.text() == "Samen leren 🌱" and board.tabs.tabText(1) == "Samen leren 🌱"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x" * 301, True))
    failures = []
    ctx.bus.failed.connect(failures.append)
    board.rename_theme()
    assert "te lang" in str(failures[-1])
    assert pm.get_theme(store, second).title == "Samen leren 🌱"


def _snapshot(store: Store, workshop_id: int) -> list:
    out = []
    for theme in pm.list_themes(store, workshop_id):
        board = pm.load_board(store, theme.id)
        text = {i.id: i.text for i in board.items}
        out.append((theme.title, theme.priority, theme.votes, theme.attention_revealed,
                    [i.text for i in board.column("plus")], [i.text for i in board.column("min")],
                    sorted((text[p.plus_id], text[p.min_id]) for p in board.pairs)))
    return out


@pytest.mark.slow  # hypothesis: 40 sequences of edits on a live board
def test_any_sequence_of_edits_undoes_and_redoes_exactly(store, workshop_id) -> None:
    """Random gestures through the real commands: undo all gives the start, redo all the end."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from PySide6.QtGui import QUndoStack

    from app.commands import plusmin as cmd

    theme = pm.add_theme(store, workshop_id, "Fuzz").id
    other = pm.add_theme(store, workshop_id, "Ander").id
    steps = st.lists(st.tuples(st.sampled_from(["add", "edit", "remove", "move", "pair", "unpair",
                                                "reveal", "vote", "rank"]),
                               st.integers(0, 30), st.integers(0, 30), st.booleans()),
                     min_size=1, max_size=12)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(steps)
    def run(plan) -> None:  # noqa: ANN001
        stack = QUndoStack()
        start = _snapshot(store, workshop_id)
        for n, (op, a, b, flag) in enumerate(plan):
            board = pm.load_board(store, theme)
            ids = [i.id for i in board.items]
            pick = ids[a % len(ids)] if ids else None
            pick2 = ids[b % len(ids)] if ids else None
            paired = [p.plus_id for p in board.pairs] + [p.min_id for p in board.pairs]
            if op == "pair" and pick is not None:  # mostly a point from the other column
                sign_of = {i.id: i.sign for i in board.items}
                others = [i for i in ids if sign_of[i] != sign_of[pick]]
                pick2 = others[b % len(others)] if others else pick2
            if op in ("unpair", "move") and paired and flag:
                pick = paired[a % len(paired)]
            sign = "plus" if flag else "min"
            if op == "add" or pick is None:
                stack.push(cmd.AddItem(store, theme, sign, f"punt {n} ✓", pick2 if b % 3 else None))
            elif op == "edit":
                stack.push(cmd.EditItem(store, pick, f"anders {n}"))
            elif op == "remove":
                stack.push(cmd.RemoveItem(store, pick))
            elif op == "move":
                stack.push(cmd.MoveItem(store, pick, sign, pick2))
            elif op == "pair":
                stack.push(cmd.PairItems(store, pick, pick2))
            elif op == "unpair":
                stack.push(cmd.UnpairItem(store, pick))
            elif op == "reveal":
                stack.push(cmd.RevealAttention(store, theme, flag))
            elif op == "vote":
                stack.push(cmd.Vote(store, other if flag else theme, 1 if a % 2 else -1))
            else:
                stack.push(cmd.SetPriorities(store, workshop_id, [other, theme] if flag else [theme]))
        end = _snapshot(store, workshop_id)
        while stack.canUndo():
            stack.undo()
        assert _snapshot(store, workshop_id) == start
        while stack.canRedo():
            stack.redo()
        assert _snapshot(store, workshop_id) == end
        while stack.canUndo():
            stack.undo()

    run()


def test_the_room_follows_the_theme_the_facilitator_shows(qtbot, ctx, store, workshop_id, theme_id) -> None:
    second = pm.add_theme(store, workshop_id, "Tweede thema").id
    pm.add_item(store, second, "plus", "Alleen in het tweede thema")
    room = _board(qtbot, ctx, workshop_id, audience=True)
    editor = _board(qtbot, ctx, workshop_id)
    assert room.current_theme_id == editor.current_theme_id == theme_id
    editor.tabs.setCurrentIndex(1)
    assert room.current_theme_id == second
    assert room.title.text() == "Tweede thema"
    assert "Alleen in het tweede thema" in _texts_in_tree(room)
    # A new board (after a restart) opens on the same theme.
    again = _board(qtbot, ctx, workshop_id, audience=True)
    assert again.current_theme_id == second


def test_room_look_scales_text_and_offers_high_contrast(qtbot, ctx, store, workshop_id, theme_id) -> None:
    from app.views.common.theme import apply_room_look

    item = pm.add_item(store, theme_id, "plus", "Groot genoeg?").id
    room = _board(qtbot, ctx, workshop_id, audience=True)
    normal = room.cards[item].label.font().pointSizeF()
    apply_room_look(room, high_contrast=True, scale=1.5)
    assert room.cards[item].label.font().pointSizeF() == pytest.approx(normal * 1.5, rel=0.05)
    assert "#000000" in room.styleSheet()
    apply_room_look(room, high_contrast=False, scale=1.0)
    assert room.cards[item].label.font().pointSizeF() == pytest.approx(normal, rel=0.05)


def test_empty_workshop_offers_the_core_themes_in_one_undo_step(qtbot, ctx, store, workshop_id) -> None:
    board = _board(qtbot, ctx, workshop_id)
    assert board.empty.isVisibleTo(board) and not board.quick["plus"].isVisibleTo(board)
    button = next(b for b in board.empty.findChildren(QPushButton)
                  if b.text() == "De vier kernthema’s toevoegen")
    button.click()
    assert [t.title for t in pm.list_themes(store, workshop_id)] == list(pm.CORE_THEMES)
    assert board.tabs.count() == 4 and board.current_theme_id == pm.list_themes(store, workshop_id)[0].id
    assert not board.empty.isVisibleTo(board) and board.quick["plus"].isVisibleTo(board)
    ctx.undo.undo()
    assert pm.list_themes(store, workshop_id) == [] and board.tabs.count() == 0
    assert board.empty.isVisibleTo(board)
    ctx.undo.redo()
    assert board.tabs.count() == 4


def test_drop_on_empty_column_space_and_outside(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    board = _board(qtbot, ctx, workshop_id)
    before = pm.layout(store, theme_id).places
    # Released over the side panel: nothing moves.
    _drag(board.cards[p[0]], board.inspiration, QPoint(20, 20))
    assert pm.layout(store, theme_id).places == before
    assert board.dragging is None and not board.drop_line.isVisible()
    # Released on the empty part of the attention column: it goes last there.
    viewport = board.scroll.viewport()
    spot = QPoint(viewport.width() * 3 // 4, viewport.height() - 10)
    _drag(board.cards[p[0]], viewport, spot)
    assert [i.text for i in pm.load_board(store, theme_id).column("min")] == MIN + [PLUS[0]]
    ctx.undo.undo()
    assert pm.layout(store, theme_id).places == before


def test_arrow_keys_walk_between_fields_and_cards(qtbot, ctx, store, workshop_id, theme_id) -> None:
    p, m = _fill(store, theme_id)
    pm.pair_items(store, p[2], m[3])
    board = _board(qtbot, ctx, workshop_id)
    board.quick["min"].setFocus()
    QTest.keyClick(board.quick["min"], Qt.Key.Key_Down)
    assert board.cards[m[3]].hasFocus()  # the paired row comes first
    QTest.keyClick(board.cards[m[3]], Qt.Key.Key_Left)
    assert board.cards[p[2]].hasFocus()
    QTest.keyClick(board.cards[p[2]], Qt.Key.Key_Down)
    assert board.cards[p[0]].hasFocus()
    QTest.keyClick(board.cards[p[0]], Qt.Key.Key_Up)
    QTest.keyClick(board.cards[p[2]], Qt.Key.Key_Up)
    assert board.quick["plus"].hasFocus()


def test_side_panel_folds_away_on_a_narrow_board_and_the_toggle_brings_it_back(qtbot, ctx,
                                                                              workshop_id) -> None:
    from app.views.plusmin.board import SIDE_PANEL_MIN_BOARD_WIDTH, PlusMinBoard

    board = PlusMinBoard(ctx, workshop_id)
    qtbot.addWidget(board)
    board.resize(SIDE_PANEL_MIN_BOARD_WIDTH + 300, 700)
    board.show()
    qtbot.waitUntil(lambda: board.side.isVisible())
    board.resize(SIDE_PANEL_MIN_BOARD_WIDTH - 300, 700)
    qtbot.waitUntil(lambda: not board.side.isVisible())
    assert not board.side_toggle.isChecked()
    board.side_toggle.setChecked(True)
    assert board.side.isVisible()
    assert board.minimumSizeHint().width() < SIDE_PANEL_MIN_BOARD_WIDTH - 300
