"""The circle board's gestures: drags, nudges, keys and the context menu, each one undoable command.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QMenu,
)

from app.commands.circle import MoveNotes
from app.models import circle as model
from app.views.circle import keys as circle_keys
from app.views.circle.items import (
    NoteItem,
)
from app.views.circle.widgets import color_name, swatch_icon
from app.views.common.labels import ring_label

NUDGE, BIG_NUDGE = 0.01, 0.05  # board units per arrow key (Shift: bigger)

class NoteGestures:
    """Mixin of :class:`CircleBoard`: moving post-its by mouse, touch and keys."""

    def drag_started(self) -> None:
        self._press_positions = {item.note_id: item.pos() for item in self.scene.selectedItems()
                                 if isinstance(item, NoteItem)}

    def dragging(self) -> None:
        grabber = self.scene.mouseGrabberItem()
        if isinstance(grabber, NoteItem):
            self.rings.set_state(hover=self.arranger.layout.ring_at(grabber.px, grabber.py))

    def drag_finished(self) -> None:
        """One MoveNotes for everything the drag moved; moved notes come on top."""
        self.rings.set_state(hover=None)
        moved = [self.items[i] for i, start in self._press_positions.items()
                 if i in self.items and self.items[i].pos() != start]
        self._press_positions = {}
        if not moved:
            return
        if self.arranger.layout.focus is not None:  # a ring in focus keeps its notes
            self.relayout()
            return
        top = int(self.arranger.top_z())
        moved.sort(key=lambda item: item.zValue())
        taken: list[tuple[float, float]] | None = None
        moves: dict[int, model.Position] = {}
        for k, item in enumerate(moved):
            spot = self.board_point(item.pos())
            note = self.notes[item.note_id]
            if spot is None and model.ring_at(note.x, note.y) is None:
                spot = (note.x, note.y)  # stays among the notes still to place
            elif spot is None:  # beside the circle: back to the strip
                if taken is None:  # the strip's notes, from the index (not every stored note)
                    taken = self.arranger.positions_in(None, exclude=self._press_ids(moved))
                spot = model.free_slot(taken)
                taken.append(spot)
            moves[item.note_id] = (*spot, top + 1 + k)
        if not self.ctx.push(MoveNotes(self.ctx.store, moves)):
            self._apply([self.notes[i] for i in moves if i in self.notes])
            self.relayout()

    @staticmethod
    def _press_ids(items: list[NoteItem]) -> set[int]:
        return {item.note_id for item in items}

    def nudge(self, dx: float, dy: float) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        moves: dict[int, model.Position] = {
            i: (self.notes[i].x + dx, self.notes[i].y + dy) for i in ids}
        self.ctx.push(MoveNotes(self.ctx.store, moves, nudge=True))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Board keys: arrows nudge, Del deletes, F2/Enter edit, Ctrl+A, Esc."""
        if self.audience:
            return False
        if circle_keys.handle(self, event):
            return True
        key, mods = event.key(), event.modifiers()
        step = BIG_NUDGE if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
        arrows = {Qt.Key.Key_Left: (-step, 0.0), Qt.Key.Key_Right: (step, 0.0),
                  Qt.Key.Key_Up: (0.0, -step), Qt.Key.Key_Down: (0.0, step)}
        if key in arrows:
            self.nudge(*arrows[key])
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not mods & Qt.KeyboardModifier.ControlModifier:
            self.edit_note()
        elif event.matches(QKeySequence.StandardKey.SelectAll):
            for item in self.items.values():
                item.setSelected(True)
        elif key == Qt.Key.Key_Escape:
            if self.arranger.focus is not None:
                self.set_focus(None)
            else:
                self.scene.clearSelection()
        else:
            return False
        return True

    def context_menu(self, pos: object, global_pos: object) -> None:
        if self.audience:
            return
        item = self.note_at(pos)
        if item is not None and not item.isSelected():
            self.scene.clearSelection()
            item.setSelected(True)
        ids = self.selected_ids()
        menu = QMenu(self)
        menu.addAction(QCoreApplication.translate("CircleBoard", "Nieuwe post-it"), self.new_note)
        focus = menu.addMenu(QCoreApplication.translate("CircleBoard", "Eén ring groot tonen (ook in de zaal)"))
        for ring in model.RINGS:
            focus.addAction(ring_label(ring), lambda r=ring: self.set_focus(r))
        if self.arranger.focus is not None:
            menu.addAction(QCoreApplication.translate("CircleBoard", "Terug naar de hele cirkel (Esc)"), lambda: self.set_focus(None))
        if ids:
            edit = menu.addAction(QCoreApplication.translate("CircleBoard", "Bewerken (F2)"), self.edit_note)
            edit.setEnabled(len(ids) == 1)
            colors = menu.addMenu(QCoreApplication.translate("CircleBoard", "Kleur"))
            for color in model.NOTE_COLORS:
                action = QAction(swatch_icon(color), color_name(color), colors)
                action.triggered.connect(lambda _=False, c=color: self.set_color(c))
                colors.addAction(action)
            rings = menu.addMenu(QCoreApplication.translate("CircleBoard", "In ring"))
            for index in range(len(model.RINGS)):
                rings.addAction(circle_keys.ring_key_text(index),
                                lambda i=index: circle_keys.to_ring(self, i, ids))
            menu.addAction(QCoreApplication.translate("CircleBoard", "Terug naar de strook") + "\t0", lambda: self.to_strip(ids))
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("CircleBoard", "Verwijderen (Del)"), self.delete_selected)
        menu.exec(global_pos)

    def menu_at_selection(self) -> None:
        """The context menu by key (Menu or Shift+F10), over the first selected note."""
        ids = self.selected_ids()
        item = self.items.get(ids[0]) if ids else None
        point = self.view.mapFromScene(item.pos()) if item is not None else self.view.viewport().rect().center()
        self.context_menu(point, self.view.viewport().mapToGlobal(point))
