"""The shortcuts overlay (F1 or ?): every key the window answers to, on one sheet.

Nothing is listed by hand. Each time the overlay opens it walks the window:
the menu bar (grouped by menu), every other QAction and QShortcut with a key
whose widget is on screen, and extra entries that widgets describe with
:func:`set_shortcut_help` (keys handled in ``keyPressEvent``, such as a
board's arrow keys). So an action the lead engineer adds later appears
without touching this module.

Conventions for things outside menus:
- QAction: its text; group from its ``shortcutGroup`` property, else from the
  nearest widget above it that has one (a panel sets it once for all its
  keys), else "Algemeen".
- QShortcut: ``whatsThis()`` is the description (shortcuts without one are
  left out: a key without words helps nobody); group as for actions.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

HELP_PROPERTY = "shortcutHelp"
GROUP_PROPERTY = "shortcutGroup"
COLUMN_WIDTH = 330


def set_shortcut_help(widget: QWidget, group: str,
                      entries: Iterable[tuple[str | QKeySequence | QKeySequence.StandardKey, str]]) -> None:
    """Describe keys a widget handles itself; listed while the widget is on screen.

    ``entries``: (key, description) pairs, e.g. ``("Ctrl+↑", "Notitie naar binnen")``.
    A key may be a QKeySequence (shown in the platform's notation) or plain text.
    """
    rows = [[key_text(key), str(text)] for key, text in entries]
    widget.setProperty(HELP_PROPERTY, json.dumps({"group": group, "entries": rows}))


def key_text(key: str | QKeySequence | QKeySequence.StandardKey) -> str:
    """A key as the user's platform writes it ("Ctrl+Z", "⌘Z")."""
    if isinstance(key, QKeySequence.StandardKey):
        key = QKeySequence(key)
    if isinstance(key, QKeySequence):
        return key.toString(QKeySequence.SequenceFormat.NativeText)
    sequence = QKeySequence(key)
    native = sequence.toString(QKeySequence.SequenceFormat.NativeText) if not sequence.isEmpty() else ""
    return native if native and QKeySequence(native, QKeySequence.SequenceFormat.NativeText) == sequence else key


def _plain(text: str) -> str:
    """Menu text without mnemonics ('&Bestand' -> 'Bestand') and tab-separated accelerators."""
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@dataclass
class Group:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


class ShortcutIndex:
    """Collects the keys of one window, grouped, without duplicates."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.groups: dict[str, Group] = {}
        self._seen_actions: set[int] = set()
        self._seen_rows: set[tuple[str, str]] = set()

    def add(self, group: str, key: str, text: str) -> None:
        if not key or not text or (key, text) in self._seen_rows:
            return
        self._seen_rows.add((key, text))
        self.groups.setdefault(group, Group(group)).rows.append((key, text))

    def _on_screen(self, widget: QWidget | None) -> bool:
        return widget is not None and (widget is self.window or widget.isVisibleTo(self.window))

    def _add_action(self, action: QAction, group: str) -> None:
        self._seen_actions.add(id(action))
        keys = [s for s in action.shortcuts() if not s.isEmpty()]
        if keys and action.isVisible() and not action.isSeparator():
            self.add(group, " / ".join(key_text(k) for k in keys), _plain(action.text()))

    def collect(self) -> list[Group]:
        if isinstance(self.window, QMainWindow):
            for top in self.window.menuBar().actions():
                if top.menu() is not None and top.isVisible():
                    self._walk_menu(top.menu(), _plain(top.menu().title()))
        for action in self.window.findChildren(QAction):
            if id(action) in self._seen_actions or action.menu() is not None:
                continue
            owners = [w for w in action.associatedObjects()
                      if isinstance(w, QWidget) and not isinstance(w, QMenu)]
            shown = [w for w in owners if self._on_screen(w)]
            if shown:
                self._add_action(action, self._group_of(action, shown[0]))
        for shortcut in self.window.findChildren(QShortcut):
            parent = shortcut.parent()
            if (shortcut.isEnabled() and shortcut.whatsThis()
                    and isinstance(parent, QWidget) and self._on_screen(parent)):
                keys = [k for k in shortcut.keys() if not k.isEmpty()]
                self.add(self._group_of(shortcut), " / ".join(key_text(k) for k in keys),
                         shortcut.whatsThis())
        for widget in [self.window, *self.window.findChildren(QWidget)]:
            raw = widget.property(HELP_PROPERTY)
            if raw and self._on_screen(widget):
                self._add_described(widget, str(raw))
        return [g for g in self.groups.values() if g.rows]

    def _walk_menu(self, menu: QMenu, title: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                self._walk_menu(action.menu(), f"{title} › {_plain(action.menu().title())}")
            else:
                self._add_action(action, title)

    def _group_of(self, obj: QObject, owner: QWidget | None = None) -> str:
        """The object's own ``shortcutGroup``, else the nearest owning widget's, else "Algemeen"."""
        group = obj.property(GROUP_PROPERTY)
        node: QObject | None = owner if owner is not None else obj.parent()
        while not group and node is not None and node is not self.window:
            group = node.property(GROUP_PROPERTY)
            node = node.parent()
        return str(group) if group else QCoreApplication.translate("ShortcutsOverlay", "Algemeen")

    def _add_described(self, widget: QWidget, raw: str) -> None:
        try:
            data = json.loads(raw)
            for key, text in data["entries"]:
                self.add(str(data.get("group") or self._group_of(widget)), str(key), str(text))
        except (ValueError, KeyError, TypeError):
            return  # a malformed description must never break the help


class ShortcutsOverlay(QWidget):
    """A dimmed sheet over ``window`` listing its keys; F1 or ? opens, Esc or a click closes.

    ``open_action`` (F1, ?) is added to the window; put it in the Help menu too.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("shortcutsOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self._previous_focus: QWidget | None = None
        self.groups: list[Group] = []

        self.open_action = QAction(QCoreApplication.translate("ShortcutsOverlay", "Sneltoetsen tonen"), window)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("?")])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.open_action.setProperty(GROUP_PROPERTY, QCoreApplication.translate("ShortcutsOverlay", "Hulp"))
        self.open_action.triggered.connect(self.toggle)
        window.addAction(self.open_action)

        self.panel = QFrame(self)
        self.panel.setObjectName("shortcutsPanel")
        self.panel.setStyleSheet(
            "#shortcutsPanel { background: #fbfaf7; border-radius: 14px; }"
            " QLabel { color: #1d2b36; background: transparent; }"
            " QLabel[role='group'] { color: #2f6f8f; font-weight: 600; font-size: 12pt;"
            " padding-top: 8px; }"
            " QLabel[role='key'] { font-family: monospace; background: #ece8df;"
            " border: 1px solid #d2ccbf; border-radius: 4px; padding: 1px 6px; }")
        title = QLabel(QCoreApplication.translate("ShortcutsOverlay", "Sneltoetsen"), self.panel)
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        close_hint = QLabel(QCoreApplication.translate("ShortcutsOverlay", "Esc of klik om te sluiten"), self.panel)
        close_hint.setStyleSheet("color: #66737d;")
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(close_hint, 0, Qt.AlignmentFlag.AlignBottom)
        self.scroll = QScrollArea(self.panel)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(24, 18, 24, 18)
        outer.addLayout(head)
        outer.addWidget(self.scroll, 1)
        self._columns = 0
        self.hide()
        window.installEventFilter(self)

    # -- content ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Collect the window's keys now (actions may have come and gone)."""
        self.groups = ShortcutIndex(self.window_).collect()
        self._columns = 0
        self._layout_panel()

    def text(self) -> str:
        """The sheet as plain text, one group title then "key  description" lines."""
        lines: list[str] = []
        for group in self.groups:
            lines.append(group.title)
            lines.extend(f"  {key}  {text}" for key, text in group.rows)
        return "\n".join(lines)

    def _column_count(self) -> int:
        return max(1, min(3, int(self.width() * 0.9) // COLUMN_WIDTH))

    def _layout_panel(self) -> None:
        """Place the panel and (when the column count changed) rebuild the columns."""
        columns = self._column_count()
        if columns != self._columns:
            self._columns = columns
            self.scroll.setWidget(self._build_columns(columns))
        content = self.scroll.widget()
        width = min(int(self.width() * 0.92), columns * COLUMN_WIDTH + 60)
        wanted = content.sizeHint().height() + 90 if content else 200
        height = min(int(self.height() * 0.9), wanted)
        self.panel.setGeometry((self.width() - width) // 2, (self.height() - height) // 2,
                               width, height)

    def _build_columns(self, columns: int) -> QWidget:
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(28)
        buckets: list[list[Group]] = [[] for _ in range(columns)]
        sizes = [0] * columns
        for group in self.groups:  # greedy: each group into the shortest column
            i = sizes.index(min(sizes))
            buckets[i].append(group)
            sizes[i] += len(group.rows) + 2
        for bucket in buckets:
            column = QVBoxLayout()
            column.setSpacing(6)
            for group in bucket:
                column.addWidget(self._group_widget(group, content))
            column.addStretch(1)
            row.addLayout(column, 1)
        if not self.groups:
            row.addWidget(QLabel(QCoreApplication.translate("ShortcutsOverlay", "Dit venster heeft nog geen sneltoetsen."), content))
        return content

    def _group_widget(self, group: Group, parent: QWidget) -> QWidget:
        box = QWidget(parent)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        title = QLabel(group.title, box)
        title.setProperty("role", "group")
        grid.addWidget(title, 0, 0, 1, 2)
        for n, (key, text) in enumerate(group.rows, start=1):
            keys = QHBoxLayout()
            keys.setSpacing(4)
            for part in key.split(" / "):
                key_label = QLabel(part, box)
                key_label.setProperty("role", "key")
                keys.addWidget(key_label)
            keys.addStretch(1)
            text_label = QLabel(text, box)
            text_label.setWordWrap(True)
            grid.addLayout(keys, n, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(text_label, n, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        return box

    # -- showing ---------------------------------------------------------------------
    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self.open_overlay()

    def open_overlay(self) -> None:
        self._previous_focus = self.window_.focusWidget()
        self.setGeometry(self.window_.rect())
        self.refresh()
        self.show()
        self.raise_()
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_overlay(self) -> None:
        self.hide()
        if self._previous_focus is not None:
            try:
                self._previous_focus.setFocus()
            except RuntimeError:  # the widget went away meanwhile
                pass
        self._previous_focus = None

    # -- events ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_:
            if event.type() == QEvent.Type.Resize and self.isVisible():
                self.setGeometry(self.window_.rect())
            elif (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                  and event.text() == "?" and not self.isVisible()):
                # Fallback for keyboard layouts where "?" arrives as an unmatched Shift combo.
                self.open_overlay()
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._layout_panel()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_overlay()
        else:
            event.accept()  # keys must not reach the board behind the sheet

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_overlay()
        event.accept()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 28, 36, 165))
        painter.end()
