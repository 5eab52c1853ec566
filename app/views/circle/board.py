"""Board 1 on screen: the circle of influence, its parking strip and the live tally.

The facilitator writes post-its during the stories round (fast entry into the
parking strip), drags them into a ring during the placing round, and the tally
beside the board answers the method's bridge question: which ring holds the
most post-its? Every gesture is one undoable command; items move live while
dragged and the store is written when the gesture ends.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShortcut,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands.circle import AddNote, DeleteNotes, EditNote, EditNotes, MoveNotes
from app.models import circle as model
from app.models import workshop as wops
from app.models.events import Change
from app.models.workshop import InputError
from app.views.circle import keys as circle_keys
from app.views.circle.arrange import Arranger
from app.views.circle.items import (
    NOTE_W,
    TEXT_PX,
    NoteItem,
    Rings,
    Strip,
)
from app.views.circle.scene import CircleScene
from app.views.circle.widgets import NoteEditor, TallyPanel, color_name, key_help, swatch_icon
from app.views.common.bus import ViewContext
from app.views.common.labels import ring_label
from app.views.common.touch import TouchBoard
from app.views.shell.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help

NUDGE, BIG_NUDGE = 0.01, 0.05  # board units per arrow key (Shift: bigger)
ZOOM_STEP, MIN_ZOOM, MAX_ZOOM = 1.15, 0.5, 6.0  # relative to the fitted scale
BATCH_FROM = 64  # applying more notes than this at once redraws the note layer once


class BoardView(QGraphicsView):
    """The view: fits the whole board, zooms with Ctrl+wheel, hands gestures to the board."""

    def __init__(self, board: CircleBoard, scene: CircleScene) -> None:
        super().__init__(scene, board)
        self.board = board
        self.fitted = True
        self.grabbed: NoteItem | None = None  # the note a press handed the mouse to
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)

    def fit(self) -> None:
        """The whole board at the zoom its arrangement was made for."""
        self.fitted = True
        scale = self.fit_scale()  # exactly the arrangement's zoom (fitInView leaves a margin)
        self.setTransform(QTransform.fromScale(scale, scale))
        self.centerOn(self.scene().sceneRect().center())
        self.board.place_editor()

    def fit_scale(self) -> float:
        view, rect = self.viewport().rect(), self.scene().sceneRect()
        return min(view.width() / max(rect.width(), 1), view.height() / max(rect.height(), 1))

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        fit = max(self.fit_scale(), 1e-6)
        factor = min(max(current * factor, MIN_ZOOM * fit), MAX_ZOOM * fit) / current
        self.fitted = False
        self.scale(factor, factor)
        self.board.place_editor()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.board.size_tally()
        self.board.relayout(fit=False)
        if self.fitted:
            self.fit()
        else:
            self.board.place_editor()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.board.place_editor()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP ** steps)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.board.commit_editor(chain=False)
        if self.isInteractive() and event.buttons() == Qt.MouseButton.LeftButton:
            if self.grabbed is not None and self.board.scene.mouseGrabberItem() is self.grabbed:
                self.grabbed.ungrabMouse()  # its release never came (focus lost mid-drag)
            self.grabbed = self.board.scene.grab_note(self.viewportTransform(),
                                                      event.position().toPoint())
        super().mousePressEvent(event)
        self.board.drag_started()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        super().mouseMoveEvent(event)
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.board.dragging()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self.grabbed is not None and not event.buttons():  # Qt only ends grabs it made itself
            if self.board.scene.mouseGrabberItem() is self.grabbed:
                self.grabbed.ungrabMouse()
            self.grabbed = None
        if event.button() == Qt.MouseButton.LeftButton:
            self.board.drag_finished()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.board.note_at(event.position().toPoint())
        if item is not None:
            self.board.edit_note(item.note_id)
        else:
            self.board.new_note(at=self.mapToScene(event.position().toPoint()))
        event.accept()

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and circle_keys.handle_tab(self.board, event)):
            return True  # Tab walks the notes before Qt moves the focus on
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.board.handle_key(event):
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.board.context_menu(event.pos(), event.globalPos())


class CircleBoard(QWidget):
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
        if change.topic == "setting" and change.detail.get("detail_key") == self._focus_key:
            focus = self._stored_focus()
            if focus != self.arranger.focus:
                self.arranger.focus = focus
                self.relayout()
            return
        if change.workshop_id != self.workshop_id:
            return
        if change.topic == "participant":
            self.people = self._load_people()
            for note_id, item in self.items.items():
                note = self.notes[note_id]
                item.set_content(note.text, self.people.get(note.participant_id or -1, ""), note.color)
            return
        if change.topic != "note":
            return
        if change.kind == "reset" or not change.ids:
            self.reload()
            return
        if change.kind == "delete":
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
        wops.set_setting(self.ctx.store, self._focus_key, ring or "")
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

    # -- the editor --------------------------------------------------------------
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
        raise InputError(self.tr("Geen deelnemer gevonden voor \"{who}\": kies een naam uit de "
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
            self.editor.show_error(self.tr("Niet opgeslagen; zie de melding."))
            return False
        self.cancel_editor()
        if chain:
            self.new_note()
        return True

    def cancel_editor(self) -> None:
        if self.editor is not None and self.editing():
            self.editor.hide()
            self.view.setFocus()

    # -- gestures ----------------------------------------------------------------
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
        menu.addAction(self.tr("Nieuwe post-it"), self.new_note)
        focus = menu.addMenu(self.tr("Eén ring groot tonen (ook in de zaal)"))
        for ring in model.RINGS:
            focus.addAction(ring_label(ring), lambda r=ring: self.set_focus(r))
        if self.arranger.focus is not None:
            menu.addAction(self.tr("Terug naar de hele cirkel (Esc)"), lambda: self.set_focus(None))
        if ids:
            edit = menu.addAction(self.tr("Bewerken (F2)"), self.edit_note)
            edit.setEnabled(len(ids) == 1)
            colors = menu.addMenu(self.tr("Kleur"))
            for color in model.NOTE_COLORS:
                action = QAction(swatch_icon(color), color_name(color), colors)
                action.triggered.connect(lambda _=False, c=color: self.set_color(c))
                colors.addAction(action)
            rings = menu.addMenu(self.tr("In ring"))
            for index in range(len(model.RINGS)):
                rings.addAction(circle_keys.ring_key_text(index),
                                lambda i=index: circle_keys.to_ring(self, i, ids))
            menu.addAction(self.tr("Terug naar de strook") + "\t0", lambda: self.to_strip(ids))
            menu.addSeparator()
            menu.addAction(self.tr("Verwijderen (Del)"), self.delete_selected)
        menu.exec(global_pos)

    def menu_at_selection(self) -> None:
        """The context menu by key (Menu or Shift+F10), over the first selected note."""
        ids = self.selected_ids()
        item = self.items.get(ids[0]) if ids else None
        point = self.view.mapFromScene(item.pos()) if item is not None else self.view.viewport().rect().center()
        self.context_menu(point, self.view.viewport().mapToGlobal(point))

