"""The circle board by keyboard: a ring with one key, Tab through the post-its, panning.

1 ... 5 put the selected post-its into *Zelf* ... *Omgeving/maatschappij* and 0
sends them back to the strip, each one undoable step; Tab / Shift+Tab walk the
post-its in reading order (the circle line by line, then the strip); Ctrl+arrows
(or plain arrows with nothing selected) pan the view when it is zoomed in.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent

from app.commands.circle import MoveNotes
from app.models import circle as model
from app.models.circle_place import place_in_ring, reading_order
from app.views.common.labels import ring_label

if TYPE_CHECKING:
    from app.views.circle.board import CircleBoard

RING_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3, Qt.Key.Key_5: 4}
PAN_STEP = 0.12  # of the viewport per key press
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0),
          Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}

KEY_HELP: tuple[tuple[str, str], ...] = (
    ("1 … 5", QT_TRANSLATE_NOOP("CircleKeys", "Gekozen post-its in ring 1 (Zelf) … 5 (Omgeving/maatschappij)")),
    ("0", QT_TRANSLATE_NOOP("CircleKeys", "Gekozen post-its terug naar de strook")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("CircleKeys", "Volgende / vorige post-it (leesvolgorde)")),
    ("Ctrl+←↑→↓", QT_TRANSLATE_NOOP("CircleKeys", "Ingezoomd bord verschuiven (ook pijlen zonder keuze)")),
    ("Shift+F10", QT_TRANSLATE_NOOP("CircleKeys", "Menu van de gekozen post-its")),
)



def key_help() -> list[tuple[str, str]]:
    return [(key, QCoreApplication.translate("CircleKeys", text)) for key, text in KEY_HELP]


def ring_key_text(index: int) -> str:
    """The menu text of "into ring ``index``", with its key beside it."""
    return f"{ring_label(model.RINGS[index])}\t{index + 1}"


def to_ring(board: CircleBoard, index: int, ids: list[int] | None = None) -> bool:
    """Put the selected notes into ring ``index`` (0-based) in one undoable step."""
    ids = board.selected_ids() if ids is None else ids
    if not ids:
        board.message.emit(QCoreApplication.translate("CircleKeys", "Kies eerst een post-it (Tab), dan 1 tot 5 voor de ring."))
        return False
    ring = model.RINGS[index]
    positions = {i: (n.x, n.y) for i, n in board.notes.items()}
    spots = place_in_ring(positions, [i for i in ids if i in positions], ring)
    if not spots:
        board.message.emit(QCoreApplication.translate("CircleKeys", "Al in {ring}.").format(ring=ring_label(ring)))
        return True
    top = max((n.z for n in board.notes.values()), default=0)
    moves: dict[int, model.Position] = {
        i: (*spot, top + 1 + k) for k, (i, spot) in enumerate(spots.items())}
    if board.ctx.push(MoveNotes(board.ctx.store, moves)):
        board.message.emit(QCoreApplication.translate("CircleKeys", "{n} post-it(s) in {ring}; Ctrl+Z maakt dit ongedaan.")
                           .format(n=len(moves), ring=ring_label(ring)))
    return True


def walk(board: CircleBoard, step: int) -> bool:
    """Select the next (or previous) note in reading order; False past either end."""
    order = reading_order({i: (n.x, n.y) for i, n in board.notes.items()})
    if not order:
        return False
    selected = board.selected_ids()
    focus = board.focus_id if board.focus_id in board.items else None
    current = focus if focus is not None else (selected[0] if selected else None)
    if current is None or current not in order:
        index = 0 if step > 0 else len(order) - 1
    else:
        index = order.index(current) + step
        if not 0 <= index < len(order):
            return False
    choose(board, order[index])
    return True


def choose(board: CircleBoard, note_id: int) -> None:
    """Make one note the selection and keep it in sight."""
    board.scene.clearSelection()
    item = board.items[note_id]
    item.setSelected(True)
    board.focus_id = note_id
    board.view.ensureVisible(item, 40, 40)


def pan(board: CircleBoard, dx: int, dy: int) -> None:
    view = board.view
    port = view.viewport().rect()
    for bar, delta, size in ((view.horizontalScrollBar(), dx, port.width()),
                             (view.verticalScrollBar(), dy, port.height())):
        if delta:
            bar.setValue(bar.value() + round(delta * size * PAN_STEP))


def handle(board: CircleBoard, event: QKeyEvent) -> bool:
    """The keys of this module; True when the event was one of them."""
    key = event.key()
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    plain = mods == Qt.KeyboardModifier.NoModifier
    if plain and key in RING_KEYS:
        return to_ring(board, RING_KEYS[key])
    if plain and key == Qt.Key.Key_0:
        ids = board.selected_ids()
        if ids:
            board.to_strip(ids)
        return True
    if key in ARROWS and (mods == Qt.KeyboardModifier.ControlModifier
                          or (plain and not board.selected_ids())):
        pan(board, *ARROWS[key])
        return True
    if key in (Qt.Key.Key_Menu,) or (key == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier):
        board.menu_at_selection()
        return True
    return False


def handle_tab(board: CircleBoard, event: QKeyEvent) -> bool:
    """Tab / Shift+Tab between notes; past the last note focus leaves the board as usual."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
    if mods != Qt.KeyboardModifier.NoModifier or board.audience:
        return False
    if event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        return walk(board, 1)
    if event.key() == Qt.Key.Key_Backtab or event.key() == Qt.Key.Key_Tab:
        return walk(board, -1)
    return False
