"""Board 1 on screen: the circle of influence, its parking strip and the live tally.

The facilitator writes post-its during the stories round (fast entry into the
parking strip), drags them into a ring during the placing round, and the tally
beside the board answers the method's bridge question: which ring holds the
most post-its? Every gesture is one undoable command; items move live while
dragged and the store is written when the gesture ends.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.circle import DeleteNotes, EditNotes, MoveNotes
from app.models import circle as model
from app.models import workshop as wops
from app.models.events import Change, Kind, Topic
from app.views.circle import keys as circle_keys
from app.views.circle.arrange import Arranger
from app.views.circle.editing import NoteEditing
from app.views.circle.gestures import NoteGestures
from app.views.circle.items import (
    NoteItem,
)
from app.views.circle.scene import CircleScene
from app.views.circle.surface import Rings, Strip
from app.views.circle.view import ZOOM_STEP, BoardView
from app.views.circle.widgets import NoteEditor, TallyPanel, color_name, key_help, swatch_icon
from app.views.common.bus import ViewContext
from app.views.common.labels import ring_label
from app.views.common.touch import TouchBoard
from app.views.common.writes import save_setting
from app.views.shell.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help

BATCH_FROM = 64  # applying more notes than this at once redraws the note layer once


class CircleBoard(NoteEditing, NoteGestures, QWidget):
    """The circle-of-influence board for one workshop.

    ``audience=True`` renders the projection for the room: the same content,
    live, but read-only, without toolbar or editors, with a large tally.

    Signals:
        message(str): a short status text for the window's status bar.
    """

    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.notes: dict[int, model.Note] = {}
        self.items: dict[int, NoteItem] = {}
        self.people: dict[int, str] = {}
        self.new_color = model.DEFAULT_NOTE_COLOR
        self._press_positions: dict[int, QPointF] = {}
        self._new_at: tuple[float, float] = model.PARKING_SLOTS[0]  # where a new note is stored
        self.focus_id: int | None = None  # the note Tab reached last

        self.rings = Rings()
        self.strip = Strip(self.tr("Nog te plaatsen"), slots=not audience,
                           hint="" if audience else self.tr("Nieuwe post-it: Insert of Ctrl+Enter"))
        self.scene = CircleScene(self.rings, self.strip, self)
        self.arranger = Arranger(self.scene, self.rings, self.strip, audience=audience,
                                 open_ring=self.set_focus)
        self._focus_key = f"circle_focus:{workshop_id}"
        self.arranger.focus = self._stored_focus()
        self.view = BoardView(self, self.scene)
        self.scene.layer_device = self.view.viewport()
        self.tally_widget = TallyPanel(large=audience, parent=self)
        self.tally_widget.setFixedWidth(290)
        if audience:  # its type follows the room's height: it never sets the window's minimum
            self.tally_widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Ignored)
        self.editor: NoteEditor | None = None  # the projection never edits
        if not audience:
            self.touch = TouchBoard(self.view, self.view.zoom)  # the digibord: fingers work too
            editor = self.editor = NoteEditor(self.view.viewport())
            editor.commit_requested.connect(lambda: self.commit_editor(chain=editor.chain))
            editor.cancel_requested.connect(self.cancel_editor)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.view, 1)
        body.addWidget(self.tally_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if audience:
            self.view.setInteractive(False)
            self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        else:
            self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            layout.addWidget(self._toolbar())
            self._shortcuts()
        layout.addLayout(body, 1)
        ctx.bus.changed.connect(self._on_change)
        self.reload()

    # -- chrome ----------------------------------------------------------------
    def _toolbar(self) -> QWidget:
        bar = QFrame(self)
        bar.setObjectName("circleToolbar")
        bar.setStyleSheet("#circleToolbar { background: #f3f3ef; border-bottom: 1px solid #d8d8d0; }"
                          "#circleToolbar QToolButton { font-size: 14px; padding: 6px 8px; }"
                          "#circleToolbar QToolButton#swatch { padding: 2px; }")
        row = QHBoxLayout(bar)
        row.setContentsMargins(6, 4, 6, 4)
        self.new_button = self._tool(bar, self.tr("+ Nieuwe post-it"),
                                     self.tr("Nieuwe post-it in de strook (Insert of Ctrl+Enter)"),
                                     self.new_note)
        row.addWidget(self.new_button)
        row.addSpacing(8)
        row.addWidget(QLabel(self.tr("Kleur:"), bar))
        self.color_buttons: list[QToolButton] = []
        for color in model.NOTE_COLORS:
            button = QToolButton(bar)
            button.setObjectName("swatch")
            button.setIcon(swatch_icon(color))
            button.setCheckable(True)
            button.setChecked(color == self.new_color)
            button.setToolTip(self.tr("{color}: voor nieuwe post-its en de selectie")
                              .format(color=color_name(color)))
            button.setAccessibleName(color_name(color))
            button.clicked.connect(lambda _=False, c=color: self.set_color(c))
            self.color_buttons.append(button)
            row.addWidget(button)
        row.addSpacing(8)
        row.addWidget(self._tool(bar, self.tr("Verwijderen"),
                                 self.tr("Geselecteerde post-its verwijderen (Del)"),
                                 self.delete_selected))
        row.addStretch(1)
        row.addWidget(self._tool(bar, self.tr("−"), self.tr("Uitzoomen (Ctrl+-)"),
                                 lambda: self.view.zoom(1 / ZOOM_STEP)))
        row.addWidget(self._tool(bar, self.tr("+"), self.tr("Inzoomen (Ctrl+=)"),
                                 lambda: self.view.zoom(ZOOM_STEP)))
        row.addWidget(self._tool(bar, self.tr("Passend"), self.tr("Hele bord tonen (Ctrl+0)"),
                                 self.fit))
        return bar

    def _tool(self, parent: QWidget, text: str, tip: str, slot: object) -> QToolButton:
        button = QToolButton(parent)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip.split(" (")[0])  # the tip without its key: "Inzoomen"
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        """Board keys; each QShortcut describes itself for the shortcuts overlay (F1)."""
        group = self.tr("Cirkel van invloed")
        self.setProperty(GROUP_PROPERTY, group)
        for keys, slot, text in (
                (("Insert", "Ctrl+Return", "Ctrl+Enter"), self.new_note,
                 self.tr("Nieuwe post-it in de strook")),
                (("Ctrl+0",), self.fit, self.tr("Hele bord passend tonen")),
                (("Ctrl+=", "Ctrl++"), lambda: self.view.zoom(ZOOM_STEP), self.tr("Inzoomen")),
                (("Ctrl+-",), lambda: self.view.zoom(1 / ZOOM_STEP), self.tr("Uitzoomen"))):
            shortcut = QShortcut(self)  # PySide6 6.11 ignores context= in the constructor
            shortcut.setKeys([QKeySequence(key) for key in keys])
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(text)
            shortcut.setProperty(GROUP_PROPERTY, group)
            shortcut.activated.connect(slot)
        set_shortcut_help(self, group, key_help())
        set_shortcut_help(self.view, group, circle_keys.key_help())

    # -- loading and live updates --------------------------------------------
    def reload(self) -> None:
        """Rebuild every item from the store (opening, or a store-wide reset)."""
        self.people = self._load_people()
        with self.scene.batch():
            for item in self.items.values():
                self.scene.removeItem(item)
            self.items.clear()
            self.notes.clear()
            self.arranger.clear()
            self._apply(model.list_notes(self.ctx.store, self.workshop_id))
            self.relayout()
        self._refresh_tally()

    def _load_people(self) -> dict[int, str]:
        people = wops.list_participants(self.ctx.store, self.workshop_id)
        seen: dict[str, int] = {}
        labels: dict[int, str] = {}
        for p in people:
            seen[p.name.casefold()] = seen.get(p.name.casefold(), 0) + 1
        counter: dict[str, int] = {}
        for p in people:
            key = p.name.casefold()
            if seen[key] > 1:
                counter[key] = counter.get(key, 0) + 1
                labels[p.id] = f"{p.name} ({counter[key]})"
            else:
                labels[p.id] = p.name
        return labels

    def _apply(self, notes: list[model.Note]) -> None:
        """Create or update the items of ``notes`` (new items are set up before they join)."""
        if len(notes) > BATCH_FROM:
            with self.scene.batch():  # one redraw of the note layer, not one per note
                self._apply_each(notes)
        else:
            self._apply_each(notes)

    def _apply_each(self, notes: list[model.Note]) -> None:
        for note in notes:
            item = self.items.get(note.id)
            self.notes[note.id] = note
            who = self.people.get(note.participant_id or -1, "")
            self.arranger.put(note)
            if item is None:
                where = self.arranger.layout.positions.get(note.id, (0.0, 0.0))
                item = self.items[note.id] = NoteItem(note.id, interactive=not self.audience,
                                                      pos=QPointF(*where), z=note.z)
                item.set_content(note.text, who, note.color)
                self.arranger.place(item)
                self.scene.add_note(item)
                continue
            self.arranger.place(item)
            if item.zValue() != note.z:
                item.setZValue(note.z)
            item.set_content(note.text, who, note.color)

    def _remove(self, ids: tuple[int, ...]) -> None:
        for note_id in ids:
            item = self.items.pop(note_id, None)
            self.notes.pop(note_id, None)
            self.arranger.remove(note_id)
            if item is not None:
                self.scene.removeItem(item)

    def _on_change(self, change: Change) -> None:
        if change.topic is Topic.SETTING and change.key == self._focus_key:
            focus = self._stored_focus()
            if focus != self.arranger.focus:
                self.arranger.focus = focus
                self.relayout()
            return
        if change.workshop_id != self.workshop_id:
            return
        if change.topic is Topic.PARTICIPANT:
            self.people = self._load_people()
            for note_id, item in self.items.items():
                note = self.notes[note_id]
                item.set_content(note.text, self.people.get(note.participant_id or -1, ""), note.color)
            return
        if change.topic is not Topic.NOTE:
            return
        if change.kind is Kind.RESET or not change.ids:
            self.reload()
            return
        if change.kind is Kind.DELETE:
            self._remove(change.ids)
        else:
            rows = model.list_notes(self.ctx.store, self.workshop_id, change.ids)
            self._remove(tuple(set(change.ids) - {n.id for n in rows}))
            self._apply(rows)
        self.relayout()
        self._refresh_tally()
        if self.editor is not None and self.editing() and self.editor.note_id is not None \
                and self.editor.note_id not in self.items:
            self.cancel_editor()

    def _refresh_tally(self) -> None:
        result = model.tally_of_counts(self.arranger.counts())
        self.tally_widget.show_tally(result)
        self.rings.set_state(most=result.most)

    # -- the arrangement -----------------------------------------------------------
    def size_tally(self) -> None:
        """In the room the tally takes a fifth of the width at most: the circle gets the rest."""
        if self.audience:
            width = max(190, min(400, round(self.width() * 0.2)))
            if self.tally_widget.width() != width:
                self.tally_widget.setFixedWidth(width)

    def relayout(self, *, fit: bool = True) -> None:
        """Arrange the notes for this screen again (after a change, a resize, focus, text size)."""
        port = self.view.viewport()
        if port.width() < 20 or port.height() < 20:
            return
        ring = self.arranger.focus
        self.rings.focus_title = "" if ring is None else self.tr(
            "{ring}: {n} post-its · Esc: terug naar de cirkel").format(
                ring=ring_label(ring), n=self.arranger.counts().get(ring, 0))
        layout = self.arranger.compute(port.width(), port.height(), self.window().height())
        self.arranger.apply(layout, self.items)
        if fit and self.view.fitted:
            self.view.fit()

    @property
    def layout_now(self) -> object:
        """The arrangement shown now (``circle_layout.Layout``)."""
        return self.arranger.layout

    def _stored_focus(self) -> str | None:
        value = wops.get_setting(self.ctx.store, self._focus_key) or ""
        return value if value in model.RINGS else None

    def set_focus(self, ring: str | None) -> None:
        """Show one ring alone, filling the board (room and console alike); None: the circle."""
        if ring not in model.RINGS:
            ring = None
        if ring == self.arranger.focus:
            return
        self.arranger.focus = ring
        save_setting(self.ctx, self._focus_key, ring or "")
        self.relayout()

    def set_text_scale(self, scale: float) -> None:
        """The room's text size (Beeld > Tekst in de zaal groter/kleiner) scales the post-its too."""
        if self.audience and scale != self.arranger.text_scale:
            self.arranger.text_scale = scale
            self.relayout()

    def scene_point(self, x: float, y: float) -> QPointF:
        """Where a stored board position is on this screen's scene (the drawn ring is its ring)."""
        if model.ring_at(x, y) is None and self.arranger.layout.strip_cells:
            return QPointF(*self.arranger.layout.strip_cells[0])
        return QPointF(*self.arranger.layout.from_board(x, y))

    def board_point(self, point: QPointF) -> tuple[float, float] | None:
        """The stored position a drop at scene ``point`` means; None: not in the circle."""
        return self.arranger.layout.to_board(point.x(), point.y())

    # -- public ------------------------------------------------------------------
    def fit(self) -> None:
        """Show the whole board, as large as the view allows (Ctrl+0)."""
        self.view.fit()

    def selected_ids(self) -> list[int]:
        return [item.note_id for item in self.scene.selectedItems() if isinstance(item, NoteItem)]

    def note_at(self, pos: object) -> NoteItem | None:
        for item in self.view.items(pos):
            if isinstance(item, NoteItem):
                return item
        return None

    def set_color(self, color: str) -> None:
        """The colour for new notes; also recolours the selected notes (one undo step)."""
        self.new_color = color
        for button, c in zip(self.color_buttons, model.NOTE_COLORS, strict=True):
            button.setChecked(c == color)
        changes = {i: {"color": color} for i in self.selected_ids() if self.notes[i].color != color}
        if changes:
            self.ctx.push(EditNotes(self.ctx.store, changes, self.tr("Kleur wijzigen")))
        if self.editor is not None and self.editing():
            self.editor.set_color(color)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids and self.ctx.push(DeleteNotes(self.ctx.store, ids)):
            self.message.emit(self.tr("{n} post-it(s) verwijderd; Ctrl+Z maakt dit ongedaan.")
                              .format(n=len(ids)))

    def to_strip(self, ids: list[int]) -> None:
        """Send notes back to the parking strip, each to a free slot."""
        taken = [(n.x, n.y) for i, n in self.notes.items() if i not in ids]
        moves: dict[int, model.Position] = {}
        for note_id in ids:
            slot = model.free_slot(taken)
            taken.append(slot)
            moves[note_id] = slot
        if moves:
            self.ctx.push(MoveNotes(self.ctx.store, moves))
