"""A circle board that lived through a session shows what a freshly opened one shows.

Post-its are dragged between rings (which moves the ring lines), into the strip,
edited and deleted, with undo, on the console while the room's board follows;
both must then look like boards opened anew on the same store, give or take a
pixel (``tests.tools.pictures``): no stale or missing post-it. (The pale ring
fills are below that comparison's tolerance: test_layers_on_screen checks the
rings exactly.)
"""
from __future__ import annotations

import math

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.commands.circle import DeleteNotes, EditNote
from app.models import circle as ops
from app.views.circle.board import CircleBoard
from tests.tools.circle_drag import drag_note
from tests.tools.pictures import same_within_a_pixel, shown


def _picture(board: CircleBoard) -> QImage:
    board.scene.clearSelection()
    QApplication.processEvents()
    return board.view.viewport().grab().toImage()


def test_after_a_session_of_drags_the_boards_show_what_fresh_ones_show(qtbot, ctx,
                                                                       workshop_id: int) -> None:  # noqa: ANN001
    ids = []
    for k in range(16):
        ring = 0 if k < 6 else k % 4 + 1
        r, angle = 0.2 * ring + 0.1, k * 2.4
        ids.append(ops.add_note(ctx.store, workshop_id, f"Verhaal {k}", x=r * math.cos(angle),
                                y=r * math.sin(angle)).id)
    console = shown(qtbot, CircleBoard(ctx, workshop_id), (1366, 768))
    room = shown(qtbot, CircleBoard(ctx, workshop_id, audience=True), (1280, 720))
    for note_id, ring in zip(ids[6:10], (3, 4, 1, 0), strict=True):  # ring lines move
        r = 0.2 * ring + 0.1
        drag_note(console, note_id, (r * math.cos(1.0 + ring), r * math.sin(1.0 + ring)))
        QApplication.processEvents()
    ctx.push(EditNote(ctx.store, ids[0], text="Samen lessen voorbereiden"))
    ctx.push(DeleteNotes(ctx.store, [ids[1]]))
    ctx.undo.undo()
    ctx.undo.undo()
    ctx.undo.redo()  # the edit stays, the deletion is undone
    assert {n.text for n in ops.list_notes(ctx.store, workshop_id)} >= {"Samen lessen voorbereiden",
                                                                         "Verhaal 1"}
    for lived, audience, size in ((console, False, (1366, 768)), (room, True, (1280, 720))):
        fresh = shown(qtbot, CircleBoard(ctx, workshop_id, audience=audience), size)
        assert same_within_a_pixel(_picture(lived), _picture(fresh)), \
            "the room's board" if audience else "the console's board"


def test_post_its_behind_a_plus_n_come_back_as_fresh_boards_show_them(qtbot, ctx,
                                                                      workshop_id: int) -> None:  # noqa: ANN001
    """A ring holding more than fits shows "+N"; notes that leave it make room for hidden
    ones, which must then be drawn (and hit) like on a board opened anew."""
    ids = [ops.add_note(ctx.store, workshop_id, f"Idee {k}", x=0.05 * math.cos(k * 0.7),
                        y=0.05 * math.sin(k * 0.7)).id for k in range(60)]
    room = shown(qtbot, CircleBoard(ctx, workshop_id, audience=True), (1024, 768))
    console = shown(qtbot, CircleBoard(ctx, workshop_id), (1366, 768))
    hidden = [i for i in ids if i not in room.layout_now.positions]
    assert room.arranger.more_tiles() and hidden, "the room shows a \"+N\" for Zelf"
    for note_id in [i for i in ids if i in console.layout_now.positions][-2:]:
        drag_note(console, note_id, (0.7, 0.05))  # out of "Zelf" into "School"
        QApplication.processEvents()
    in_room = [i for i in ids if i in room.layout_now.positions and ops.ring_at(
        room.notes[i].x, room.notes[i].y) == "self"]
    ctx.push(DeleteNotes(ctx.store, in_room[:8]))  # room is made in "Zelf"
    QApplication.processEvents()
    back = [i for i in hidden if i in room.layout_now.positions]
    assert back, "notes behind the \"+N\" are shown again"
    for note_id in back:
        item = room.items[note_id]
        assert item.isVisible() and room.note_at(room.view.mapFromScene(item.pos())) is not None
    for lived, audience, size in ((console, False, (1366, 768)), (room, True, (1024, 768))):
        fresh = shown(qtbot, CircleBoard(ctx, workshop_id, audience=audience), size)
        assert same_within_a_pixel(_picture(lived), _picture(fresh)), \
            "the room's board" if audience else "the console's board"
