"""Board 4: versmallen of doorleren (appendix 1), the red and the green circle.

The facilitator types keywords, picks the participant and puts the post-it in the
red circle, the green one or between them (buttons, Enter, or drag it later). Each
gesture is one undoable command, committed at once. The room sees the circles and
the post-its large, without any editing chrome; the round's prompts stay in the
console here (the room shows the prompts of the current round).

Keys (console): Enter adds between, Ctrl+1/2/3 put the chosen post-its in red /
between / green, arrows nudge (Shift: bigger step), F2 edits, Del deletes,
Insert goes to the keywords field.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.commands import reflection as cmd
from app.models import reflection as model
from app.models import workshop as wops
from app.models.events import Change, Topic
from app.views.common.bus import ViewContext
from app.views.reflection.scene import SCENE_RECT, ReflectionScene
from app.views.shell.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help

NUDGE, BIG_NUDGE = 0.03, 0.12
# The round's prompts (appendix 1), restated in the project's own words.
PROMPTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Reflection", "Kijk naar je eigen dagelijkse werk: wanneer zit je vooral in de rode cirkel, wanneer in de groene?"),
    QT_TRANSLATE_NOOP("Reflection", "Hoe ervaar je de balans tussen die twee, en hoe tevreden ben je daarover?"),
    QT_TRANSLATE_NOOP("Reflection", "Wat zou beter kunnen?"),
    QT_TRANSLATE_NOOP("Reflection", "Hoe kan dat tot stand komen: wat kun je zelf doen, en wie heb je daarbij nodig?"),
)
ZONE_CENTRES = {"red": model.RED_CENTRE, "between": (0.0, 0.0), "green": model.GREEN_CENTRE}


def free_spot(zone: str, taken: list[tuple[float, float]]) -> tuple[float, float]:
    """A place in ``zone`` where no post-it lies yet (the centre when all are taken)."""
    cx, cy = ZONE_CENTRES[zone]
    if zone == "between":
        candidates = [(0.0, cy + dy) for dy in (0.0, -0.2, 0.2, -0.4, 0.4, -0.55, 0.55)]
    else:
        candidates = [(cx + dx, cy + dy) for dy in (0.0, -0.18, 0.18, -0.3, 0.3)
                      for dx in (0.0, -0.2, 0.2)]
        candidates = [c for c in candidates if model.zone_at(*c) == zone]
    for spot in candidates:
        if all(math.dist(spot, other) > 0.12 for other in taken):
            return spot
    return (cx, cy)


class _View(QGraphicsView):
    def __init__(self, scene: ReflectionScene, parent: QWidget) -> None:
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fitInView(SCENE_RECT, Qt.AspectRatioMode.KeepAspectRatio)


class ReflectionBoard(QWidget):
    """The red/green board for the console or, with ``audience=True``, for the room.

    Signals:
        message(str): a short confirmation or hint for the status bar
    """

    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.scene = ReflectionScene(self)
        self.scene.set_captions(self.tr("Versmallingsroute"),
                                self.tr("vasthouden aan het vertrouwde"),
                                self.tr("Leerroute"),
                                self.tr("vanuit je kwaliteiten nieuwe uitdaging kiezen"))
        self.view = _View(self.scene, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.balance_label = QLabel(self)
        self.balance_label.setTextFormat(Qt.TextFormat.PlainText)
        if not audience:
            layout.addLayout(self._build_bar())
        layout.addWidget(self.view, 1)
        layout.addWidget(self.balance_label)
        if not audience:
            self.prompts = QLabel("\n".join(f"{n}. {QCoreApplication.translate('Reflection', p)}"
                                            for n, p in enumerate(PROMPTS, 1)), self)
            self.prompts.setWordWrap(True)
            self.prompts.setTextFormat(Qt.TextFormat.PlainText)
            self.prompts.setObjectName("reflectionPrompts")
            layout.addWidget(self.prompts)
            self.scene.moved.connect(self._moved)
            self.scene.edit_requested.connect(self.edit_dialog)
            self._add_shortcuts()
        else:
            self.view.setInteractive(False)
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.balance_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.set_text_scale(1.0)
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    # -- building ----------------------------------------------------------------------
    def _build_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Steekwoorden (Enter: ertussen)"))
        self.text_edit.returnPressed.connect(lambda: self.add_from_bar("between"))
        self.person_box = QComboBox(self)
        self.person_box.setMinimumContentsLength(12)
        bar.addWidget(self.text_edit, 2)
        bar.addWidget(self.person_box, 1)
        self.zone_buttons = {}
        for zone, label, tip in (
                ("red", self.tr("In rood"), self.tr("Nieuwe post-it in de rode cirkel")),
                ("between", self.tr("Ertussen"), self.tr("Nieuwe post-it tussen de cirkels (Enter)")),
                ("green", self.tr("In groen"), self.tr("Nieuwe post-it in de groene cirkel"))):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.clicked.connect(lambda _checked=False, z=zone: self.add_from_bar(z))
            bar.addWidget(button)
            self.zone_buttons[zone] = button
        return bar

    def _add_shortcuts(self) -> None:
        """Board keys on the view; each describes itself for the shortcuts overlay (F1)."""
        group = self.tr("Versmallen of doorleren")
        self.setProperty(GROUP_PROPERTY, group)
        keys = [("Ctrl+1", lambda: self.place_selected("red"), self.tr("Gekozen post-its naar de rode cirkel")),
                ("Ctrl+2", lambda: self.place_selected("between"), self.tr("Gekozen post-its tussen de cirkels")),
                ("Ctrl+3", lambda: self.place_selected("green"), self.tr("Gekozen post-its naar de groene cirkel")),
                ("Delete", self.delete_selected, self.tr("Gekozen post-its verwijderen")),
                ("F2", self.edit_selected, self.tr("Gekozen post-it bewerken (of dubbelklik)")),
                ("Insert", self.text_edit.setFocus, self.tr("Naar het veld voor een nieuwe post-it"))]
        for dx, dy, key in ((-1, 0, "Left"), (1, 0, "Right"), (0, -1, "Up"), (0, 1, "Down")):
            keys.append((key, lambda a=dx, b=dy: self.nudge(a * NUDGE, b * NUDGE), ""))
            keys.append((f"Shift+{key}", lambda a=dx, b=dy: self.nudge(a * BIG_NUDGE, b * BIG_NUDGE), ""))
        self.shortcuts = []
        for key, slot, text in keys:
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # set after: PySide6 6.11
            if text:
                shortcut.setWhatsThis(text)
                shortcut.setProperty(GROUP_PROPERTY, group)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)
        set_shortcut_help(self, group, [
            ("Enter", self.tr("Nieuwe post-it tussen de cirkels (in het veld)")),
            ("←↑→↓", self.tr("Gekozen post-its verschuiven (Shift: grotere stap)"))])

    # -- reading -----------------------------------------------------------------------
    def reload(self) -> None:
        people = wops.list_participants(self.ctx.store, self.workshop_id)
        names = {p.id: p.name for p in people}
        notes = model.list_notes(self.ctx.store, self.workshop_id)
        self.notes = {n.id: n for n in notes}
        self.scene.sync([(n.id, n.text, names.get(n.participant_id, ""), n.x, n.y) for n in notes],
                        movable=not self.audience)
        b = model.balance(notes)
        self.balance_label.setText(self.tr("Rood {red} · ertussen {between} · groen {green}").format(
            red=b.red, between=b.between, green=b.green) if b.total else
            self.tr("Er staat nog geen post-it op het bord."))
        if not self.audience:
            current = self.person_box.currentData()
            self.person_box.blockSignals(True)
            self.person_box.clear()
            self.person_box.addItem(self.tr("(zonder naam)"), None)
            for p in people:
                self.person_box.addItem(p.name, p.id)
            index = self.person_box.findData(current)
            self.person_box.setCurrentIndex(max(0, index))
            self.person_box.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        if change.workshop_id == self.workshop_id and change.topic in (Topic.REFLECTION, Topic.PARTICIPANT):
            self.reload()

    # -- gestures ----------------------------------------------------------------------
    def add_from_bar(self, zone: str) -> None:
        text = self.text_edit.text()
        person = self.person_box.currentData()
        if not text.strip() and person is None:
            self.message.emit(self.tr("Typ steekwoorden of kies een deelnemer."))
            self.text_edit.setFocus()
            return
        x, y = free_spot(zone, [(n.x, n.y) for n in self.notes.values()])
        if self.ctx.push(cmd.AddReflectionNote(self.ctx.store, self.workshop_id, text, person, x, y)):
            self.text_edit.clear()
            self.text_edit.setFocus()

    def _moved(self, moves: dict[int, tuple[float, float]]) -> None:
        if not self.ctx.push(cmd.MoveReflectionNotes(self.ctx.store, moves)):
            self.reload()  # refused: the items go back to where the store has them

    def place_selected(self, zone: str) -> None:
        ids = self.scene.selected_ids()
        if not ids:
            self.message.emit(self.tr("Kies eerst een post-it (klik erop)."))
            return
        taken = [(n.x, n.y) for nid, n in self.notes.items() if nid not in ids]
        moves = {}
        for nid in ids:
            moves[nid] = free_spot(zone, taken)
            taken.append(moves[nid])
        self.ctx.push(cmd.MoveReflectionNotes(self.ctx.store, moves))

    def nudge(self, dx: float, dy: float) -> None:
        ids = self.scene.selected_ids()
        if ids:
            moves = {nid: (self.notes[nid].x + dx, self.notes[nid].y + dy) for nid in ids}
            self.ctx.push(cmd.MoveReflectionNotes(self.ctx.store, moves, nudge=True))

    def delete_selected(self) -> None:
        ids = self.scene.selected_ids()
        if not ids:
            return
        self.ctx.undo.beginMacro(self.tr("Post-its verwijderen"))
        for nid in ids:
            self.ctx.push(cmd.DeleteReflectionNote(self.ctx.store, nid))
        self.ctx.undo.endMacro()
        self.message.emit(self.tr("Verwijderd; Ctrl+Z maakt dit ongedaan."))

    def edit_selected(self) -> None:
        ids = self.scene.selected_ids()
        if len(ids) == 1:
            self.edit_dialog(ids[0])

    def edit_dialog(self, note_id: int) -> None:
        note = self.notes.get(note_id)
        if note is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Post-it bewerken"), self.tr("Steekwoorden:"),
                                        QLineEdit.EchoMode.Normal, note.text)
        if ok:
            self.edit_note(note_id, text)

    def edit_note(self, note_id: int, text: str) -> None:
        note = self.notes.get(note_id)
        if note is not None and text != note.text:
            self.ctx.push(cmd.EditReflectionNote(self.ctx.store, note_id, text=text))

    # -- the room's look ----------------------------------------------------------------
    def set_text_scale(self, scale: float) -> None:
        self.scene.set_text_scale(scale)
        if self.audience:
            font = self.balance_label.font()
            font.setPointSizeF(20 * scale)
            self.balance_label.setFont(font)

    def set_high_contrast(self, on: bool) -> None:
        self.scene.high_contrast = on
        for item in self.scene.items_by_id.values():
            item.update()
        self.scene.update()
