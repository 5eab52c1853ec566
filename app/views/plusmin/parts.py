"""Pieces of the plus-min board: its stylesheet, wording, and the cards.

``ItemCard`` is one point of the schema (keyboard and drag handled by the board
it belongs to), ``InspirationCard`` a point from the research to add, and
``CardEditor`` the in-place editor of a card. A card knows its board only as a
:class:`CardHost`: the few calls it makes, so this module never imports the board.
"""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import plusmin as pm

SHOWN_CHARS = 400  # a card shows this much of a long text; the editor shows all
ADD_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)  # on an inspiration card
COLOURS = {"plus": "#2e7d32", "min": "#a84300"}
CONTRAST = {"plus": "#004d00", "min": "#7a2900"}


def board_colours(high_contrast: bool = False) -> dict[str, str]:
    """The board's colours, by role (checked for contrast in app.views.common.contrast)."""
    colours = CONTRAST if high_contrast else COLOURS
    if high_contrast:
        return {"plus": colours["plus"], "min": colours["min"], "ink": "#000000",
                "line": "#000000", "accent": "#0033cc", "warn": "#000000", "card": "#ffffff",
                "focus": "#fffde7", "loose": "#000000", "note": "#4e342e", "note_ink": "#ffffff"}
    return {"plus": colours["plus"], "min": colours["min"], "ink": "#1d2b36", "line": "#c9ccd1",
            "accent": "#1565c0", "warn": "#7a5f00", "card": "#ffffff", "focus": "#fffde7",
            "loose": "#5f6368", "note": "#6d4c41", "note_ink": "#ffffff"}


def board_style(*, audience: bool, scale: float = 1.0, high_contrast: bool = False) -> str:
    """The board's one stylesheet; the room gets large type (times ``scale``) and, on
    request, near-black on white that survives a washed-out projector."""
    c = board_colours(high_contrast)
    ink, line, accent, warn = c["ink"], c["line"], c["accent"], c["warn"]
    base = 20 * scale if audience else 0

    def size(factor: float, default: str = "") -> str:
        return f"font-size: {base * factor:.1f}pt;" if base else default

    border = 2 if high_contrast else 1
    return f"""
QWidget {{ {size(1)} }}
QScrollArea, QWidget#pmContent {{ background: transparent; }}
ItemCard {{ background: {c["card"]}; color: {ink}; border: {border}px solid {line}; border-radius: 6px; }}
ItemCard[sign="plus"] {{ border-left: 6px solid {c["plus"]}; }}
ItemCard[sign="min"] {{ border-left: 6px solid {c["min"]}; }}
ItemCard[selected="true"] {{ border: 3px solid {accent}; border-left-width: 6px; }}
ItemCard[target="true"] {{ background: #e3f2fd; border: 3px dashed {accent}; }}
ItemCard:focus {{ background: {c["focus"]}; border-top: 2px dashed {ink}; border-right: 2px dashed {ink};
                 border-bottom: 2px dashed {ink}; }}
ItemCard[dragged="true"] {{ background: #eeeeee; color: #9e9e9e; }}
InspirationCard {{ background: #f5f5f0; border: 1px dashed #9e9e9e; border-radius: 6px; }}
QLabel#flag {{ color: {warn}; font-style: italic; {size(0.8)} }}
QLabel#link {{ color: {accent}; font-weight: bold; }}
QLabel#hiddenNote {{ color: {c["note_ink"]}; background: {c["note"]}; border-radius: 4px; padding: 2px 6px; }}
QLabel#pmTitle {{ font-weight: 700; {size(1.3, "font-size: 15pt;")} }}
QLabel#pmUrgency {{ color: {accent}; font-weight: 600; {size(0.9)} }}
QLabel#pmHead[sign="plus"] {{ color: {c["plus"]}; font-weight: 700; {size(1.2, "font-size: 13pt;")} }}
QLabel#pmHead[sign="min"] {{ color: {c["min"]}; font-weight: 700; {size(1.2, "font-size: 13pt;")} }}
QLabel#pmCheck {{ color: {warn}; font-weight: 600; {size(0.9)} }}
QLabel#pmCheck[complete="true"] {{ color: {c["plus"]}; }}
QLabel#pmLoose {{ color: {c["loose"]}; margin-top: 8px; {size(0.8)} }}
QFrame#dropLine {{ background: {accent}; }}
"""


def shown_text(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


def check_texts(check: pm.PairCheck) -> list[str]:
    """The closing check in words, e.g. '2 positieve punten zonder keerzijde'."""
    n_plus, n_min = len(check.plus_unpaired), len(check.min_unpaired)
    out = []
    if n_plus:
        out.append(QCoreApplication.translate("PlusMinBoard", "1 positief punt zonder keerzijde") if n_plus == 1
                   else QCoreApplication.translate("PlusMinBoard", "{n} positieve punten zonder keerzijde").format(n=n_plus))
    if n_min:
        out.append(QCoreApplication.translate("PlusMinBoard", "1 aandachtspunt zonder positieve kant") if n_min == 1
                   else QCoreApplication.translate("PlusMinBoard", "{n} aandachtspunten zonder positieve kant").format(n=n_min))
    return out


def urgency_text(ranking: list[pm.Urgency]) -> str:
    """'Meest urgent: ...' for the board and the minutes; empty when undecided."""
    top = [u for u in ranking if u.rank == 1]
    if not top:
        return ""
    if top[0].basis == "priority":
        return QCoreApplication.translate("PlusMinBoard", "Meest urgent: {title}").format(title=top[0].title)
    titles = " · ".join(u.title for u in top)
    votes = QCoreApplication.translate("PlusMinBoard", "1 stem") if top[0].votes == 1 else QCoreApplication.translate("PlusMinBoard", "{n} stemmen").format(n=top[0].votes)
    if len(top) > 1:
        return QCoreApplication.translate("PlusMinBoard", "Meest urgent (gelijk): {titles} (elk {votes})").format(titles=titles, votes=votes)
    return QCoreApplication.translate("PlusMinBoard", "Meest urgent: {title} ({votes})").format(title=titles, votes=votes)


_PLAIN = Qt.KeyboardModifier.NoModifier
_MODIFIERS = (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
              | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)


def modifiers(event: QKeyEvent) -> Qt.KeyboardModifier:
    """Shift/Ctrl/Alt/Meta of a key event (the keypad flag left out: keypad Enter is Enter)."""
    return event.modifiers() & _MODIFIERS


def claim_key(event: QEvent, claimed: bool) -> bool:
    """Accept a ShortcutOverride for a key the focused widget handles itself.

    A window-wide shortcut (the round timer's Space, N, P, +, -, M) otherwise wins
    over the widget's own keyPressEvent.
    """
    if claimed:
        event.accept()
    return claimed


def discard(widget: QWidget) -> None:
    """Take a widget out of the tree at once (deleteLater alone leaves it findable)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


class CardHost(Protocol):
    """What a card asks of the board it sits on (``PlusMinBoard`` is one)."""

    @property
    def audience(self) -> bool: ...  # the room's view: no editing, no menus

    @property
    def dragging(self) -> object | None: ...  # a drag under way (None: none)

    def begin_drag(self, source: QWidget) -> None: ...

    def drag_to(self, global_pos: QPoint) -> None: ...

    def end_drag(self, global_pos: QPoint) -> None: ...

    def select(self, card: ItemCard) -> None: ...

    def card_menu(self, card: ItemCard) -> QMenu | None: ...

    def card_claims(self, card: ItemCard, event: QKeyEvent) -> bool: ...

    def card_key(self, card: ItemCard, event: QKeyEvent) -> bool: ...

    def edit_item(self, item_id: int, text: str) -> None: ...

    def add_inspiration(self, source: InspirationCard) -> None: ...


class CardEditor(QPlainTextEdit):
    """In-place editor: Enter saves, Shift+Enter adds a line, Esc cancels, leaving saves."""

    def __init__(self, card: ItemCard) -> None:
        super().__init__(card)
        self.card = card
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

    def event(self, event: QEvent) -> bool:
        """Enter and Esc finish the edit, whatever a window shortcut would do with them."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                claim_key(event, event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter,
                                                 Qt.Key.Key_Escape)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.card.finish_edit(True)
        elif event.key() == Qt.Key.Key_Escape:
            self.card.finish_edit(False)
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.card.finish_edit(True)


class DragSource(QFrame):
    """A frame the board can drag: press, move past the drag distance, release."""

    def __init__(self, host: CardHost, parent: QWidget) -> None:
        super().__init__(parent)
        self.host = host
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.globalPosition().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.globalPosition().toPoint()
        if self._press is not None and not self.host.dragging and \
                (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
            self.host.begin_drag(self)
        if self.host.dragging:
            self.host.drag_to(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._press = self._press, None
        if self.host.dragging:
            self.host.end_drag(event.globalPosition().toPoint())
        elif pressed is not None:
            self.clicked(event.modifiers())

    def clicked(self, modifiers: Qt.KeyboardModifier) -> None:
        """A click without drag."""


class ItemCard(DragSource):
    """One point of the schema; the text is the stored text, shortened when very long."""

    def __init__(self, host: CardHost, item: pm.ThemeItem, parent: QWidget) -> None:
        super().__init__(host, parent)
        self.item_id, self.sign, self.text = item.id, item.sign, ""
        self.setProperty("sign", item.sign)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.flag = QLabel(self)
        self.flag.setObjectName("flag")
        self.flag.hide()
        self.editor: CardEditor | None = None
        layout = QVBoxLayout(self)
        if host.audience:  # the room: a little more air around the words
            layout.setContentsMargins(18, 8, 12, 8)
        else:
            layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.flag)
        self.set_text(item.text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.label.setText(shown_text(text))
        self.setToolTip(shown_text(text) if len(text) > 60 else "")

    def set_flag(self, text: str) -> None:
        self.flag.setText(text)
        self.flag.setVisible(bool(text))

    def set_state(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    def clicked(self, modifiers: Qt.KeyboardModifier) -> None:
        self.host.select(self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.start_edit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.host.card_menu(self)
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                claim_key(event, self.host.card_claims(self, event)):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.host.card_key(self, event):
            super().keyPressEvent(event)

    def start_edit(self) -> None:
        if self.editor is not None or self.host.audience:
            return
        self.editor = CardEditor(self)
        self.editor.setPlainText(self.text)
        self.editor.selectAll()
        self.layout().insertWidget(0, self.editor)
        self.label.hide()
        self.editor.setFocus()

    def finish_edit(self, save: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        text = editor.toPlainText()
        discard(editor)
        self.label.show()
        self.setFocus()
        if save and text.strip() != self.text.strip():
            self.host.edit_item(self.item_id, text)


class InspirationCard(DragSource):
    """A point from the research, to drag into the schema or add with Enter / the + button."""

    def __init__(self, host: CardHost, sign: str, text: str, parent: QWidget) -> None:
        super().__init__(host, parent)
        self.sign, self.text = sign, text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.add = QToolButton(self)
        self.add.setText("+")
        self.add.setToolTip(QCoreApplication.translate("PlusMinBoard", "Toevoegen aan het schema (Enter), of sleep naar een kolom"))
        self.add.clicked.connect(lambda: host.add_inspiration(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(label, 1)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignTop)

    def mark_used(self, used: bool) -> None:
        self.add.setEnabled(not used)
        self.setToolTip(QCoreApplication.translate("PlusMinBoard", "Staat al in het schema") if used else "")
        self.setEnabled(True)
        self.setStyleSheet("color: #9e9e9e;" if used else "")

    def event(self, event: QEvent) -> bool:
        """Enter or Space adds the point; the timer's Space must not take it."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                claim_key(event, modifiers(event) == _PLAIN and event.key() in ADD_KEYS):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ADD_KEYS:
            self.host.add_inspiration(self)
        else:
            super().keyPressEvent(event)
