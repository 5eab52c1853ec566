"""Keyboard focus on the marketplace walls: a focus frame that walks the cards.

One :class:`CardKeys` per facilitator scene (sheets, plenary). The scene says
which cards stand in which column (``columns``); the arrows walk within a
column and across columns, Tab / Shift+Tab walk everything in reading order,
Space adds the focused card to the selection (or takes it out), Ctrl+arrows
move the focus without changing the selection, Esc clears it. Moving the focus
without Ctrl selects just that card, as in Qt's own item views.

The frame is drawn by the card (``EntryCard.focused``); the room's board is a
different scene and never gets a focus, so the room does not see it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView, QMenu, QWidget

Columns = Callable[[], list[list[QGraphicsItem]]]
CTRL = Qt.KeyboardModifier.ControlModifier
_MODS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
         | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
WALK_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right,
             Qt.Key.Key_Home, Qt.Key.Key_End)


def item_key(item: QGraphicsItem | None) -> Any:
    """What identifies a card or knot across a rebuild of the scene."""
    if item is None:
        return None
    for attr in ("entry_id", "match_id"):
        value = getattr(item, attr, None)
        if value is not None:
            return (attr, value)
    return None


class CardKeys(QObject):
    """Focus and selection by keyboard for one scene shown in ``view``.

    Signals:
        focus_changed(object): the focused card or knot (or None).
    """

    focus_changed = Signal(object)

    def __init__(self, view: QGraphicsView, scene: QGraphicsScene, columns: Columns) -> None:
        super().__init__(view)
        self.view, self.scene, self.columns = view, scene, columns
        self._focus: Any = None
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.installEventFilter(self)

    # -- the focused item ------------------------------------------------------------------
    def items(self) -> list[QGraphicsItem]:
        return [item for column in self.columns() for item in column]

    def focus(self) -> QGraphicsItem | None:
        """The focused card or knot, found again by its id after the scene was rebuilt."""
        if self._focus is None:
            return None
        return next((i for i in self.items() if item_key(i) == self._focus), None)

    def set_focus(self, item: QGraphicsItem | None, *, select: bool = True) -> None:
        for other in self.items():
            if hasattr(other, "set_focused"):
                other.set_focused(other is item)
        self._focus = item_key(item)
        if item is not None:
            if select:
                self.scene.clearSelection()
                item.setSelected(True)
            self.view.ensureVisible(item, 30, 30)
        self.focus_changed.emit(item)

    def refresh(self) -> None:
        """After a rebuild: the frame stays on the same card, or on none when it went away."""
        item = self.focus()
        for other in self.items():
            if hasattr(other, "set_focused"):
                other.set_focused(other is item)
        if item is None:
            self._focus = None

    # -- walking ---------------------------------------------------------------------------
    def _where(self, item: QGraphicsItem | None) -> tuple[int, int] | None:
        for c, column in enumerate(self.columns()):
            if item in column:
                return c, column.index(item)
        return None

    def step(self, key: Qt.Key) -> QGraphicsItem | None:
        """The item a walking key leads to from the focus (None: nowhere to go)."""
        columns = [c for c in self.columns()]
        flat = [i for c in columns for i in c]
        if not flat:
            return None
        here = self._where(self.focus())
        if here is None:
            return flat[-1] if key in (Qt.Key.Key_End, Qt.Key.Key_Backtab) else flat[0]
        c, r = here
        if key == Qt.Key.Key_Home:
            return flat[0]
        if key == Qt.Key.Key_End:
            return flat[-1]
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            index = flat.index(columns[c][r]) + (1 if key == Qt.Key.Key_Tab else -1)
            return flat[index] if 0 <= index < len(flat) else None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            r += -1 if key == Qt.Key.Key_Up else 1
            return columns[c][r] if 0 <= r < len(columns[c]) else None
        direction = -1 if key == Qt.Key.Key_Left else 1
        y = columns[c][r].scenePos().y()
        c += direction
        while 0 <= c < len(columns) and not columns[c]:
            c += direction
        if not 0 <= c < len(columns):
            return None
        return min(columns[c], key=lambda i: abs(i.scenePos().y() - y))

    def toggle_selected(self) -> None:
        item = self.focus()
        if item is None:
            self.set_focus(self.step(Qt.Key.Key_Home))
            return
        item.setSelected(not item.isSelected())

    def selected(self) -> list[QGraphicsItem]:
        """Selected cards and knots in reading order."""
        return [i for i in self.items() if i.isSelected()]

    # -- events ----------------------------------------------------------------------------
    def _claims(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & _MODS
        key = event.key()
        if key in WALK_KEYS:
            return mods in (Qt.KeyboardModifier.NoModifier, CTRL)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return not mods & (CTRL | Qt.KeyboardModifier.AltModifier) and self.step(key) is not None
        if key == Qt.Key.Key_Space:
            return mods in (Qt.KeyboardModifier.NoModifier, CTRL)
        if key == Qt.Key.Key_Escape:
            return mods == Qt.KeyboardModifier.NoModifier and bool(self.scene.selectedItems())
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view or not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            if self._claims(event):
                event.accept()  # the card keys win over the window's (the timer's Space)
                return True
            return False
        if event.type() != QEvent.Type.KeyPress or not self._claims(event):
            return False
        key, ctrl = event.key(), bool(event.modifiers() & CTRL)
        if key == Qt.Key.Key_Space:
            self.toggle_selected()
        elif key == Qt.Key.Key_Escape:
            self.scene.clearSelection()
        else:
            target = self.step(key)
            if target is not None:
                self.set_focus(target, select=not ctrl)
        return True


def view_action(view: QWidget, text: str, keys: list[str] | str, slot: Callable[[], object],
                group: str = "") -> QAction:
    """An action with keys that work while ``view`` has focus, listed by F1 and shown in menus."""
    action = QAction(text, view)
    sequences = [keys] if isinstance(keys, str) else keys
    action.setShortcuts([QKeySequence(k) for k in sequences])
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    if group:
        action.setProperty("shortcutGroup", group)
    action.triggered.connect(slot)
    view.addAction(action)
    return action


def popup_menu(view: QGraphicsView, item: QGraphicsItem | None, menu: QMenu) -> QMenu:
    """Show ``menu`` beside ``item`` (or the view's middle), without blocking; returns it."""
    if item is not None:
        point = view.mapFromScene(item.sceneBoundingRect().center())
    else:
        point = view.viewport().rect().center()
    menu.popup(view.viewport().mapToGlobal(point))
    first = next((a for a in menu.actions() if a.isEnabled() and not a.isSeparator()), None)
    if first is not None:
        menu.setActiveAction(first)
    return menu
