"""The circle-of-influence board driven like a facilitator: mouse, keyboard, undo."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.models import circle as ops
from app.models import orchestration
from app.models import workshop as wops
from app.views.circle.board import CircleBoard
from app.views.circle.items import NOTE_H, NOTE_W, NoteItem
from tests.tools.circle_drag import drag, drag_note, view_point
from tests.tools.reopen import view_context

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
# The middle of each ring, inside out, at different angles.
RING_SPOTS = {"self": (0.05, 0.05), "class": (-0.3, 0.0), "section": (0.0, 0.5),
              "school": (0.7 * math.cos(0.7), -0.7 * math.sin(0.7)), "society": (-0.64, -0.64)}


def make_board(qtbot, ctx, workshop_id: int, *, size=(1400, 900), audience=False) -> CircleBoard:
    board = CircleBoard(ctx, workshop_id, audience=audience)
    qtbot.addWidget(board)
    board.resize(*size)
    board.show()
    qtbot.waitExposed(board)
    return board


def drawn_ring(board: CircleBoard, note_id: int) -> str | None:
    """The ring a note is drawn in on this board's screen (None: the strip)."""
    item = board.items[note_id]
    return board.layout_now.ring_at(item.px, item.py)


def stored(ctx, workshop_id):
    return {n.id: n for n in ops.list_notes(ctx.store, workshop_id)}


def test_drags_from_the_strip_into_each_ring_store_the_ring_and_tally(qtbot, ctx, workshop_id) -> None:
    notes = [ops.add_note(ctx.store, workshop_id, f"verhaal {i}") for i in range(6)]
    board = make_board(qtbot, ctx, workshop_id)
    assert board.tally_widget.counts[None].text() == "6"
    for note, (ring, spot) in zip(notes, RING_SPOTS.items(), strict=False):
        drag_note(board, note.id, spot)
        row = stored(ctx, workshop_id)[note.id]
        assert row.ring == ring, (ring, row.x, row.y)
        assert math.hypot(row.x - spot[0], row.y - spot[1]) < 0.01
    rings = {n.ring for n in stored(ctx, workshop_id).values()}
    assert rings == set(ops.RINGS) | {None}
    shown = {ring: board.tally_widget.counts[ring].text() for ring in (*ops.RINGS, None)}
    assert shown == {**{ring: "1" for ring in ops.RINGS}, None: "1"}
    assert board.tally_widget.summary.text() == (
        "Meeste post-its: Zelf, Klas, Sectie of andere eenheid, School en "
        "Omgeving/maatschappij (1)")
    assert ctx.undo.count() == 5  # one step per drag


def test_a_click_without_moving_writes_nothing(qtbot, ctx, workshop_id) -> None:
    note = ops.add_note(ctx.store, workshop_id, "blijft")
    board = make_board(qtbot, ctx, workshop_id)
    point = board.view.mapFromScene(board.items[note.id].pos())
    QTest.mouseClick(board.view.viewport(), LEFT, NONE, point)
    assert board.selected_ids() == [note.id]
    assert ctx.undo.count() == 0


def test_tally_most_marker_follows_the_counts_including_a_tie(qtbot, ctx, workshop_id) -> None:
    a, b, c = (ops.add_note(ctx.store, workshop_id, t) for t in "abc")
    board = make_board(qtbot, ctx, workshop_id)
    tally = board.tally_widget
    assert tally.highlighted() == [] and tally.summary.text() == "Er staat nog geen post-it in de cirkel."
    drag_note(board, a.id, RING_SPOTS["class"])
    assert tally.highlighted() == ["class"]
    assert tally.summary.text() == "Meeste post-its: Klas (1)"
    assert board.rings.most == ("class",)
    drag_note(board, b.id, RING_SPOTS["school"])
    assert tally.highlighted() == ["class", "school"]
    assert tally.summary.text() == "Meeste post-its: Klas en School (1)"
    drag_note(board, c.id, (-0.7, 0.05))
    assert stored(ctx, workshop_id)[c.id].ring == "school"
    assert tally.highlighted() == ["school"]
    assert tally.summary.text() == "Meeste post-its: School (2)"
    ctx.undo.undo()
    assert tally.highlighted() == ["class", "school"]


def test_multi_note_drag_is_one_undo_step(qtbot, ctx, workshop_id) -> None:
    notes = [ops.add_note(ctx.store, workshop_id, f"n{i}") for i in range(3)]
    board = make_board(qtbot, ctx, workshop_id)
    port = board.view.viewport()
    for note in notes:  # Ctrl-click adds to the selection
        QTest.mouseClick(port, LEFT, CTRL, board.view.mapFromScene(board.items[note.id].pos()))
    assert sorted(board.selected_ids()) == [n.id for n in notes]
    before = {n.id: (n.x, n.y) for n in stored(ctx, workshop_id).values()}
    # Drag the first slot's note to the class ring: the others follow into the circle.
    drag_note(board, notes[0].id, (-0.3, -0.1))
    after = stored(ctx, workshop_id)
    assert ctx.undo.count() == 1
    assert after[notes[0].id].ring == "class"
    for note in notes:
        assert after[note.id].ring is not None
        assert drawn_ring(board, note.id) == after[note.id].ring
    ctx.undo.undo()
    assert {n.id: (n.x, n.y, n.ring) for n in stored(ctx, workshop_id).values()} == {
        i: (*xy, None) for i, xy in before.items()}
    assert all((board.notes[i].x, board.notes[i].y) == pytest.approx(xy) for i, xy in before.items())
    assert all(drawn_ring(board, i) is None for i in before)
    ctx.undo.redo()
    assert all(n.ring is not None for n in stored(ctx, workshop_id).values())


def test_rubber_band_selects_and_delete_is_undoable(qtbot, ctx, workshop_id) -> None:
    notes = [ops.add_note(ctx.store, workshop_id, f"n{i}") for i in range(4)]
    board = make_board(qtbot, ctx, workshop_id)
    # Band around the first row of the strip (slots 0 and 1) only.
    (x0, y0), (x1, _y1) = board.layout_now.strip_cells[:2]
    top_left = board.view.mapFromScene(QPointF(x0 - NOTE_W / 2 - 4, y0 - NOTE_H / 2 - 4))
    bottom_right = board.view.mapFromScene(QPointF(x1 + NOTE_W / 2 + 4, y0 + NOTE_H / 2 + 1))
    drag(board, top_left, bottom_right)
    assert sorted(board.selected_ids()) == [notes[0].id, notes[1].id]
    QTest.keyClick(board.view, Qt.Key.Key_Delete)
    assert sorted(stored(ctx, workshop_id)) == [notes[2].id, notes[3].id]
    assert sorted(board.items) == [notes[2].id, notes[3].id]
    ctx.undo.undo()
    assert sorted(board.items) == [n.id for n in notes]


def test_fast_entry_enter_commits_and_opens_the_next_note(qtbot, ctx, workshop_id) -> None:
    anna = wops.add_participant(ctx.store, workshop_id, "Anna de Vries")
    wops.add_participant(ctx.store, workshop_id, "Bram")
    board = make_board(qtbot, ctx, workshop_id)
    with qtbot.waitActive(board):
        board.activateWindow()
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_Insert)
    editor = board.editor
    assert editor.isVisible() and editor.text_edit.hasFocus()
    QTest.keyClicks(editor.text_edit, "Trots op")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClicks(editor.text_edit, "de klas")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Tab)
    assert editor.who.hasFocus()
    QTest.keyClicks(editor.who, "vries")  # type-ahead matches any part of the name
    QTest.keyClick(editor.who.completer().popup(), Qt.Key.Key_Return)  # takes the name
    assert editor.who.text() == "Anna de Vries" and stored(ctx, workshop_id) == {}
    QTest.keyClick(editor.who, Qt.Key.Key_Return)
    (first,) = stored(ctx, workshop_id).values()
    assert (first.text, first.participant_id, first.ring) == ("Trots op\nde klas", anna.id, None)
    assert (first.x, first.y) == ops.PARKING_SLOTS[0]
    assert board.items[first.id].name == "Anna de Vries"
    # The next note is open at once, in the next free slot.
    assert editor.isVisible() and editor.text_edit.toPlainText() == ""
    assert editor.anchor == QPointF(*board.layout_now.strip_cells[1])
    QTest.keyClicks(editor.text_edit, "Mentor")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert len(stored(ctx, workshop_id)) == 2
    # Enter on an empty note ends the series; Esc throws a draft away.
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert not editor.isVisible()
    board.new_button.click()
    QTest.keyClicks(editor.text_edit, "weg ermee")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and len(stored(ctx, workshop_id)) == 2
    assert ctx.undo.count() == 2


def open_who(qtbot, ctx, workshop_id: int, *names: str) -> CircleBoard:
    """A board with these participants and a new note's editor, the cursor in its name field."""
    for name in names:
        wops.add_participant(ctx.store, workshop_id, name)
    board = make_board(qtbot, ctx, workshop_id)
    with qtbot.waitActive(board):
        board.activateWindow()
    board.new_button.click()
    QTest.keyClicks(board.editor.text_edit, "Mentor")
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Tab)
    assert board.editor.who.hasFocus()
    return board


def test_enter_in_the_name_pop_up_takes_the_highlighted_name_then_saves(qtbot, ctx, workshop_id) -> None:
    board = open_who(qtbot, ctx, workshop_id, "Anna de Vries", "Annelies", "Bram")
    editor = board.editor
    popup = editor.who.completer().popup()
    QTest.keyClicks(editor.who, "ann")
    assert popup.isVisible() and popup.currentIndex().data() == "Anna de Vries"
    assert editor.who.text() == "ann"  # highlighted, not yet filled in
    QTest.keyClick(popup, Qt.Key.Key_Return)
    # This Enter only completes the name (the field changed before one's eyes): nothing saved.
    assert not popup.isVisible() and editor.isVisible() and editor.who.text() == "Anna de Vries"
    assert stored(ctx, workshop_id) == {}
    QTest.keyClick(editor.who, Qt.Key.Key_Return)
    (note,) = stored(ctx, workshop_id).values()
    assert (note.text, board.people[note.participant_id]) == ("Mentor", "Anna de Vries")
    # Fast entry goes on with an empty name: the taken name does not leak into the next note.
    assert editor.isVisible() and editor.note_id is None and editor.who.text() == ""
    # Walking the pop-up shows the name in the field: Enter then saves it at once.
    editor.text_edit.setPlainText("Coach")
    editor.who.setFocus()
    QTest.keyClicks(editor.who, "ann")
    QTest.keyClick(popup, Qt.Key.Key_Down)  # the keys go to the open pop-up
    assert popup.currentIndex().data() == "Annelies" and editor.who.text() == "Annelies"
    QTest.keyClick(popup, Qt.Key.Key_Return)
    # A name typed in full (any case) is saved by the one Enter too.
    editor.text_edit.setPlainText("Buddy")
    editor.who.setFocus()
    QTest.keyClicks(editor.who, "bram")
    assert popup.isVisible() and popup.currentIndex().data() == "Bram"
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert {(n.text, board.people[n.participant_id]) for n in stored(ctx, workshop_id).values()} \
        == {("Mentor", "Anna de Vries"), ("Coach", "Annelies"), ("Buddy", "Bram")}


def test_tab_in_the_name_pop_up_takes_the_name_and_moves_on(qtbot, ctx, workshop_id) -> None:
    board = open_who(qtbot, ctx, workshop_id, "Anna de Vries", "Bram")
    editor = board.editor
    popup = editor.who.completer().popup()
    QTest.keyClicks(editor.who, "vri")
    assert popup.isVisible() and popup.currentIndex().data() == "Anna de Vries"
    QTest.keyClick(popup, Qt.Key.Key_Tab)
    assert not popup.isVisible() and editor.who.text() == "Anna de Vries"
    assert not editor.who.hasFocus() and editor.isVisible()
    assert stored(ctx, workshop_id) == {}
    # Esc closes the pop-up and keeps what was typed; Enter then saves as usual.
    editor.who.setFocus()
    editor.who.clear()
    QTest.keyClicks(editor.who, "bra")
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and editor.isVisible() and editor.who.text() == "bra"
    QTest.keyClick(editor.who, Qt.Key.Key_Return)
    (note,) = stored(ctx, workshop_id).values()
    assert board.people[note.participant_id] == "Bram"


def test_unknown_participant_keeps_the_editor_open_with_a_message(qtbot, ctx, workshop_id) -> None:
    wops.add_participant(ctx.store, workshop_id, "Anna")
    wops.add_participant(ctx.store, workshop_id, "Annelies")
    board = make_board(qtbot, ctx, workshop_id)
    board.new_note()
    board.editor.text_edit.setPlainText("iets")
    for typed in ("Zoltan", "ann"):  # unknown, and ambiguous between two names
        board.editor.who.setText(typed)
        assert board.commit_editor(chain=False) is False
        assert board.editor.isVisible()
        assert "Geen deelnemer gevonden" in board.editor.error.text()
    assert stored(ctx, workshop_id) == {}
    board.editor.who.setText("anna")  # exact match wins over the longer name
    assert board.commit_editor(chain=False)
    (note,) = stored(ctx, workshop_id).values()
    assert board.people[note.participant_id] == "Anna"


def test_edit_in_place_with_undo_and_redo(qtbot, ctx, workshop_id) -> None:
    note = ops.add_note(ctx.store, workshop_id, "eerste versie")
    board = make_board(qtbot, ctx, workshop_id)
    point = board.view.mapFromScene(board.items[note.id].pos())
    QTest.mouseDClick(board.view.viewport(), LEFT, NONE, point)
    editor = board.editor
    assert editor.isVisible() and editor.note_id == note.id
    assert editor.text_edit.toPlainText() == "eerste versie"
    editor.text_edit.setPlainText("tweede versie")
    editor.swatches.button(3).click()
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return)
    assert not editor.isVisible()
    row = stored(ctx, workshop_id)[note.id]
    assert (row.text, row.color) == ("tweede versie", ops.NOTE_COLORS[3])
    assert board.items[note.id].text == "tweede versie"
    ctx.undo.undo()
    assert stored(ctx, workshop_id)[note.id].text == "eerste versie"
    assert board.items[note.id].text == "eerste versie"
    assert board.items[note.id].color.name() == ops.DEFAULT_NOTE_COLOR
    ctx.undo.redo()
    assert board.items[note.id].text == "tweede versie"
    # F2 edits the selected note too.
    board.items[note.id].setSelected(True)
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_F2)
    assert editor.isVisible() and editor.note_id == note.id
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Escape)
    assert not editor.isVisible()


def test_arrow_nudges_merge_into_one_undo_step(qtbot, ctx, workshop_id) -> None:
    note = ops.add_note(ctx.store, workshop_id, "schuif", x=0.0, y=0.15)
    board = make_board(qtbot, ctx, workshop_id)
    board.items[note.id].setSelected(True)
    board.view.setFocus()
    for _ in range(3):
        QTest.keyClick(board.view, Qt.Key.Key_Down)
    QTest.keyClick(board.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    row = stored(ctx, workshop_id)[note.id]
    assert (row.y, row.ring) == (pytest.approx(0.23), "class")
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    row = stored(ctx, workshop_id)[note.id]
    assert (row.y, row.ring) == (pytest.approx(0.15), "self")


def test_colour_of_a_selection_is_one_undo_step(qtbot, ctx, workshop_id) -> None:
    notes = [ops.add_note(ctx.store, workshop_id, f"n{i}") for i in range(2)]
    board = make_board(qtbot, ctx, workshop_id)
    for note in notes:
        board.items[note.id].setSelected(True)
    board.color_buttons[2].click()
    assert {n.color for n in stored(ctx, workshop_id).values()} == {ops.NOTE_COLORS[2]}
    assert ctx.undo.count() == 1
    ctx.undo.undo()
    assert {n.color for n in stored(ctx, workshop_id).values()} == {ops.DEFAULT_NOTE_COLOR}
    board.scene.clearSelection()
    board.new_note()  # the chosen colour is used for new notes
    board.editor.text_edit.setPlainText("nieuw")
    board.commit_editor(chain=False)
    assert ops.list_notes(ctx.store, workshop_id)[-1].color == ops.NOTE_COLORS[2]


def test_reopening_the_store_shows_every_note_where_it_was(qtbot, reopen, workshop_id,
                                                           store) -> None:
    notes = [ops.add_note(store, workshop_id, f"n{i}") for i in range(5)]
    with view_context(store) as ctx:
        board = make_board(qtbot, ctx, workshop_id)
        for note, spot in zip(notes, RING_SPOTS.values(), strict=False):
            drag_note(board, note.id, spot)
        before = {n.id: (n.x, n.y, n.ring) for n in ops.list_notes(store, workshop_id)}
        board.close()
    with view_context(reopen()) as again:
        board2 = make_board(qtbot, again, workshop_id)
        after = {n.id: (n.x, n.y, n.ring) for n in ops.list_notes(again.store, workshop_id)}
        assert after == before
        for note_id, (_x, _y, ring) in before.items():
            assert drawn_ring(board2, note_id) == ring
        assert [board2.tally_widget.counts[r].text() for r in ops.RINGS] == ["1"] * 5
        board2.close()


def test_resizing_changes_no_ring_and_always_shows_the_whole_board(qtbot, ctx, workshop_id) -> None:
    for ring, (x, y) in RING_SPOTS.items():
        ops.add_note(ctx.store, workshop_id, ring, x=x, y=y)
    ops.add_note(ctx.store, workshop_id, "strook")
    board = make_board(qtbot, ctx, workshop_id)
    before = {n.id: (n.x, n.y, n.ring) for n in ops.list_notes(ctx.store, workshop_id)}
    for size in ((640, 480), (1920, 1080), (900, 1400), (3840, 2160)):
        board.resize(*size)
        QApplication.processEvents()
        port = board.view.viewport().rect()
        shown = board.view.mapFromScene(board.scene.sceneRect()).boundingRect()
        assert port.adjusted(-2, -2, 2, 2).contains(shown), size
        assert max(shown.width() / port.width(), shown.height() / port.height()) > 0.97
        hidden: dict[str | None, int] = {}
        for note_id, (_x, _y, ring) in before.items():
            if board.items[note_id].isVisible():
                assert drawn_ring(board, note_id) == ring, size
            else:  # a small window: counted in its ring's "+N"
                hidden[ring] = hidden.get(ring, 0) + 1
        assert hidden == {ring: n for ring, (_x, _y, n) in board.layout_now.more.items()}, size
    assert {n.id: (n.x, n.y, n.ring) for n in ops.list_notes(ctx.store, workshop_id)} == before


@pytest.mark.parametrize("audience", [False, True])
def test_text_is_readable_from_the_back_at_1920x1080(qtbot, ctx, workshop_id, audience) -> None:
    anna = wops.add_participant(ctx.store, workshop_id, "Anna")
    ops.add_note(ctx.store, workshop_id, "Onderzoeksvaardigheden ontwikkelen met leerlingen",
                 participant_id=anna.id, x=0.3, y=0.3)
    board = make_board(qtbot, ctx, workshop_id, size=(1920, 1080), audience=audience)
    scale = board.view.transform().m22()
    (item,) = board.items.values()
    item.lines()
    label_px = board.rings.label_font.pixelSize() * scale
    text_px = item.text_font().pixelSize() * scale
    assert label_px >= 24 and text_px >= 24, (label_px, text_px)
    # The note's lines really fit on it: nothing is painted outside the post-it.
    metrics = QFontMetricsF(item.text_font())
    assert all(metrics.horizontalAdvance(line) <= item.body().width() - 18 for line in item.lines())


def test_zoom_with_ctrl_wheel_and_fit_with_ctrl_0(qtbot, ctx, workshop_id) -> None:
    board = make_board(qtbot, ctx, workshop_id)
    fitted = board.view.transform().m11()
    port = board.view.viewport()
    centre = QPointF(port.rect().center())
    wheel = QWheelEvent(centre, port.mapToGlobal(centre), QPoint(), QPoint(0, 240),
                        Qt.MouseButton.NoButton, CTRL, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(port, wheel)
    assert board.view.transform().m11() == pytest.approx(fitted * 1.15 ** 2)
    board.resize(1200, 800)  # a zoomed view keeps its zoom on resize
    QApplication.processEvents()
    assert board.view.transform().m11() == pytest.approx(fitted * 1.15 ** 2)
    with qtbot.waitActive(board):
        board.activateWindow()
    board.view.setFocus()
    QTest.keyClick(board.view, Qt.Key.Key_0, CTRL)
    assert board.view.transform().m11() == pytest.approx(board.view.fit_scale(), rel=0.01)


def test_audience_view_follows_live_and_cannot_be_edited(qtbot, ctx, workshop_id) -> None:
    note = ops.add_note(ctx.store, workshop_id, "samen")
    board = make_board(qtbot, ctx, workshop_id)
    room = make_board(qtbot, ctx, workshop_id, audience=True)
    assert room.findChild(type(board.new_button)) is None  # no toolbar, no editor
    assert room.editor is None and not room.view.isInteractive()
    drag_note(board, note.id, RING_SPOTS["section"])
    assert drawn_ring(room, note.id) == "section"
    assert room.tally_widget.summary.text() == "Meeste post-its: Sectie of andere eenheid (1)"
    # Dragging on the projection changes nothing.
    drag(room, room.view.mapFromScene(room.items[note.id].pos()), view_point(room, 0.0, 0.0))
    assert stored(ctx, workshop_id)[note.id].ring == "section"
    room.new_note()
    room.edit_note(note.id)
    assert not room.editing()
    ctx.undo.undo()
    assert drawn_ring(room, note.id) is None and room.items[note.id].isVisible()  # in the strip


def test_participant_changes_update_the_names_on_notes(qtbot, ctx, workshop_id) -> None:
    anna = wops.add_participant(ctx.store, workshop_id, "Anna")
    note = ops.add_note(ctx.store, workshop_id, "verhaal", participant_id=anna.id)
    board = make_board(qtbot, ctx, workshop_id)
    assert board.items[note.id].name == "Anna"
    wops.update_participant(ctx.store, anna.id, name="Anna B.")
    assert board.items[note.id].name == "Anna B."
    orchestration.remove_participant(ctx.store, anna.id)
    assert board.items[note.id].name == ""


@pytest.mark.parametrize(("text", "shown"), [
    ("x" * 100_000, None),
    ("Trots 🎉 op mijn klas 👩🏽‍🏫", "Trots 🎉 op mijn klas 👩🏽‍🏫"),
    ("שלום כיתה مرحبا بالصف", "שלום כיתה مرحبا بالصف"),
    ("bel\x07 \x1b[31mrood\x00", "bel [31mrood"),
])
def test_odd_note_text_never_breaks_the_board(qtbot, ctx, workshop_id, text, shown) -> None:
    board = make_board(qtbot, ctx, workshop_id)
    board.new_note()
    board.editor.text_edit.setPlainText(text)
    assert board.commit_editor(chain=False)
    (note,) = stored(ctx, workshop_id).values()
    item = board.items[note.id]
    assert note.text == (shown if shown is not None else text)
    board.grab()  # paints every item
    assert 1 <= len(item.lines()) <= 4
    if shown is None:
        assert item.lines()[-1].endswith("…") and item.toolTip()


def test_too_long_text_is_refused_with_a_message_and_kept(qtbot, ctx, workshop_id) -> None:
    board = make_board(qtbot, ctx, workshop_id)
    board.new_note()
    board.editor.text_edit.setPlainText("y" * 100_001)
    assert board.commit_editor(chain=False) is False
    assert "te lang" in board.editor.error.text()
    assert board.editor.isVisible() and len(board.editor.text_edit.toPlainText()) == 100_001
    assert stored(ctx, workshop_id) == {}


def test_notes_of_another_workshop_stay_off_this_board(qtbot, ctx, workshop_id) -> None:
    other = orchestration.create_workshop(ctx.store, title="Ander")
    board = make_board(qtbot, ctx, workshop_id)
    ops.add_note(ctx.store, other.id, "elders")
    assert board.items == {}
    assert isinstance(next(iter(make_board(qtbot, ctx, other.id).items.values())), NoteItem)


def pixel(board: CircleBoard, x: float, y: float) -> str:
    image = board.view.viewport().grab().toImage()
    point = view_point(board, x, y)
    return image.pixelColor(point).name()


def test_what_is_painted_follows_moves_selection_and_undo(qtbot, ctx, workshop_id) -> None:
    """The settled notes come from a cached layer: it must never show a stale board."""
    blue = ops.NOTE_COLORS[4]
    anna = wops.add_participant(ctx.store, workshop_id, "Anna")
    note = ops.add_note(ctx.store, workshop_id, "", participant_id=anna.id, color=blue,
                        x=-0.5, y=-0.1)
    board = make_board(qtbot, ctx, workshop_id)
    item = board.items[note.id]

    def corner() -> QPointF:  # just inside the post-it's top left corner (scene)
        return item.pos() + QPointF(-NOTE_W / 2 + 14, -NOTE_H / 2 + 14)

    def at(point: QPointF) -> str:
        image = board.view.viewport().grab().toImage()
        return image.pixelColor(board.view.mapFromScene(point)).name()

    old = corner()
    assert at(old) == blue
    drag_note(board, note.id, (0.6, 0.35))
    assert stored(ctx, workshop_id)[note.id].ring == "school"
    new = corner()
    assert new != old and at(new) == blue and at(old) != blue
    board.scene.clearSelection()  # settles into the layer again
    assert at(new) == blue
    ctx.undo.undo()
    assert at(corner()) == blue
    if corner() != new:
        assert at(new) != blue
    ops.update_note(ctx.store, note.id, color=ops.NOTE_COLORS[3])
    assert at(corner()) == ops.NOTE_COLORS[3]
    gone = corner()
    ops.delete_notes(ctx.store, [note.id])
    assert at(gone) not in (blue, ops.NOTE_COLORS[3])


def test_double_click_on_the_board_writes_a_note_right_there(qtbot, ctx, workshop_id) -> None:
    board = make_board(qtbot, ctx, workshop_id)
    spot = (0.0, 0.7)
    QTest.mouseDClick(board.view.viewport(), LEFT, NONE, view_point(board, *spot))
    assert board.editing() and board.editor.note_id is None
    QTest.keyClicks(board.editor.text_edit, "Schoolkrant")
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Return)
    (note,) = stored(ctx, workshop_id).values()
    assert note.ring == "school" and (note.x, note.y) == pytest.approx(spot, abs=0.005)
    assert not board.editing()  # only fast entry in the strip opens the next note


def test_back_to_the_strip_fills_free_slots_in_one_step(qtbot, ctx, workshop_id) -> None:
    parked = ops.add_note(ctx.store, workshop_id, "wacht")
    placed = [ops.add_note(ctx.store, workshop_id, f"p{i}", x=0.1 * i, y=0.0) for i in range(2)]
    board = make_board(qtbot, ctx, workshop_id)
    board.to_strip([n.id for n in placed])
    rows = stored(ctx, workshop_id)
    assert {(rows[n.id].x, rows[n.id].y) for n in placed} == set(ops.PARKING_SLOTS[1:3])
    assert (rows[parked.id].x, rows[parked.id].y) == ops.PARKING_SLOTS[0]
    assert board.tally_widget.counts[None].text() == "3"
    ctx.undo.undo()
    assert board.tally_widget.counts[None].text() == "1"


def test_a_move_the_disk_refuses_snaps_back_and_is_reported(qtbot, ctx, workshop_id,
                                                             monkeypatch) -> None:
    from app.commands import circle as commands
    from app.models.store import StoreWriteError

    note = ops.add_note(ctx.store, workshop_id, "blijft staan")
    board = make_board(qtbot, ctx, workshop_id)
    start = board.items[note.id].pos()
    failures = []
    ctx.bus.failed.connect(failures.append)

    def refuse(*_args, **_kwargs):
        raise StoreWriteError("De schijf is vol: de laatste wijziging is niet opgeslagen.")

    monkeypatch.setattr(commands.ops, "move_notes", refuse)
    drag_note(board, note.id, RING_SPOTS["class"])
    assert [str(f) for f in failures] == ["De schijf is vol: de laatste wijziging is niet opgeslagen."]
    assert board.items[note.id].pos() == start
    assert stored(ctx, workshop_id)[note.id].ring is None and ctx.undo.count() == 0
    assert board.tally_widget.counts[None].text() == "1"


def test_board_keys_are_listed_in_the_shortcuts_overlay(qtbot, ctx, workshop_id) -> None:
    from app.views.shell.shortcuts_overlay import ShortcutIndex

    board = make_board(qtbot, ctx, workshop_id)
    groups = {g.title: dict((text, key) for key, text in g.rows)
              for g in ShortcutIndex(board).collect()}
    rows = groups["Cirkel van invloed"]
    assert "Ctrl+Return" in rows["Nieuwe post-it in de strook"]
    assert rows["Gekozen post-its verwijderen"] == "Del"
    assert "Hele bord passend tonen" in rows
    room = make_board(qtbot, ctx, workshop_id, audience=True)
    assert ShortcutIndex(room).collect() == []  # the projection answers to no keys


def test_deselecting_a_note_repaints_where_its_selection_edge_was(qtbot, ctx, workshop_id) -> None:
    """grab() repaints everything and cannot see a stale edge: watch the real paint events."""
    from PySide6.QtCore import QEvent, QObject, QRect

    note = ops.add_note(ctx.store, workshop_id, "Mentoraat", x=0.3, y=0.2)
    board = make_board(qtbot, ctx, workshop_id)
    with qtbot.waitExposed(board):
        board.show()
    item = board.items[note.id]
    area = board.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    painted: list[QRect] = []

    class Spy(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect())
            return False

    spy = Spy()
    board.view.viewport().installEventFilter(spy)
    item.setSelected(True)
    qtbot.wait(50)
    painted.clear()
    board.scene.clearSelection()
    qtbot.waitUntil(lambda: any(rect.intersects(area) for rect in painted), timeout=2000)
    board.view.viewport().removeEventFilter(spy)
