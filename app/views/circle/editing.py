"""The circle board's in-place post-it editor: new, edit, who, commit (one command per post-it).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF

from app.commands.circle import AddNote, EditNote
from app.models import circle as model
from app.models.workshop import InputError
from app.views.circle.items import (
    NOTE_W,
    TEXT_PX,
)


class NoteEditing:
    """Mixin of :class:`CircleBoard`: writing and editing post-its in place."""

    def editing(self) -> bool:
        """Whether the inline editor is open (never on the projection)."""
        return self.editor is not None and self.editor.isVisible()

    def new_note(self, *, at: QPointF | None = None) -> None:
        """Open the inline editor for a new note: in the next free strip slot, or at ``at``."""
        if self.audience:
            return
        if self.editing() and not self.commit_editor(chain=False):
            return
        if at is None:
            self._new_at = model.free_slot((n.x, n.y) for n in self.notes.values())
            cells = self.arranger.layout.strip_cells
            anchor = QPointF(*cells[min(self.arranger.unplaced(), len(cells) - 1)]) if cells \
                else self.scene.sceneRect().center()
        else:
            spot = self.board_point(at)
            self._new_at = spot if spot is not None else \
                model.free_slot((n.x, n.y) for n in self.notes.values())
            anchor = at
        self.scene.clearSelection()
        self._open_editor(None, "", "", self.new_color, anchor, chain=at is None)

    def edit_note(self, note_id: int | None = None) -> None:
        """Edit a note in place (F2 or double-click): the selected one by default."""
        if self.audience:
            return
        if note_id is None:
            ids = self.selected_ids()
            if len(ids) != 1:
                return
            note_id = ids[0]
        note = self.notes.get(note_id)
        if note is None:
            return
        who = self.people.get(note.participant_id or -1, "")
        item = self.items.get(note_id)
        anchor = item.pos() if item is not None else self.scene.sceneRect().center()
        self._open_editor(note_id, note.text, who, note.color, anchor, chain=False)

    def _open_editor(self, note_id: int | None, text: str, who: str, color: str,
                     anchor: QPointF, *, chain: bool) -> None:
        assert self.editor is not None
        self.editor.open(note_id=note_id, text=text, who=who, color=color, anchor=anchor,
                         chain=chain, names=list(self.people.values()))
        self.place_editor()

    def place_editor(self) -> None:
        """Lay the editor over its note, scaled with the view and kept inside it."""
        if self.editor is None or not self.editing():
            return
        scale = self.view.transform().m11()
        px = max(16, min(32, round(TEXT_PX * scale)))  # as large as the note's own text
        self.editor.set_text_size(px)
        width = max(round(NOTE_W * scale * 1.7), 380)
        height = round(px * 1.25 * 3.4 + px * 0.8 * 1.9 + 100)
        centre = self.view.mapFromScene(self.editor.anchor)
        port = self.view.viewport().rect()
        x = min(max(centre.x() - width // 2, 0), max(port.width() - width, 0))
        y = min(max(centre.y() - height // 2, 0), max(port.height() - height, 0))
        self.editor.setGeometry(x, y, min(width, port.width()), min(height, port.height()))

    def _participant_for(self, who: str) -> int | None:
        """Resolve the typed name: exact, else a unique start, else a unique part of a name."""
        if not who:
            return None
        key = who.casefold()
        for test in (str.__eq__, str.startswith, str.__contains__):
            hits = [pid for pid, name in self.people.items() if test(name.casefold(), key)]
            if len(hits) == 1:
                return hits[0]
            if len(hits) > 1:
                break
        raise InputError(QCoreApplication.translate("CircleBoard", "Geen deelnemer gevonden voor \"{who}\": kies een naam uit de "
                                 "lijst of maak het veld leeg.").format(who=who))

    def commit_editor(self, *, chain: bool) -> bool:
        """Save what the editor holds; False (editor stays open) when it was refused."""
        if self.editor is None or not self.editing():
            return True
        raw_text, who, color = self.editor.values()
        try:
            text = model.clean_note_text(raw_text)
            participant_id = self._participant_for(who)
        except InputError as exc:
            self.editor.show_error(str(exc))
            return False
        note_id = self.editor.note_id
        if note_id is None:
            if not text and participant_id is None:
                self.cancel_editor()  # Enter on an empty note ends fast entry
                return True
            x, y = self._new_at
            command = AddNote(self.ctx.store, self.workshop_id, text, participant_id, color, x, y)
        else:
            note = self.notes.get(note_id)
            if note is None:
                self.cancel_editor()
                return True
            fields = {k: v for k, v in (("text", text), ("participant_id", participant_id),
                                        ("color", color)) if getattr(note, k) != v}
            if not fields:
                self.cancel_editor()
                return True
            command = EditNote(self.ctx.store, note_id, **fields)
        if not self.ctx.push(command):
            self.editor.show_error(QCoreApplication.translate("CircleBoard", "Niet opgeslagen; zie de melding."))
            return False
        self.cancel_editor()
        if chain:
            self.new_note()
        return True

    def cancel_editor(self) -> None:
        if self.editor is not None and self.editing():
            self.editor.hide()
            self.view.setFocus()
