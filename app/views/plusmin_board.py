"""Board 3: the plus-min schema, one tab per theme, projected for the room.

Two columns (Positieve punten | Aandachtspunten); pairs share a row, the
unpaired follow, flagged and counted. Drag a card to reorder it, to move it to
the other column, or onto the middle of a card in the other column to pair
them. In the room's view (``audience=True``) the points of attention are left
out of the widget tree entirely until the facilitator reveals them.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands import plusmin as cmd
from app.models import plusmin as pm
from app.models.events import Change
from app.views.bus import ViewContext
from app.views.shortcuts_overlay import GROUP_PROPERTY, set_shortcut_help

SHOWN_CHARS = 400  # a card shows this much of a long text; the editor shows all
COLOURS = {"plus": "#2e7d32", "min": "#c75000"}
CONTRAST = {"plus": "#004d00", "min": "#7a2900"}


def board_style(*, audience: bool, scale: float = 1.0, high_contrast: bool = False) -> str:
    """The board's one stylesheet; the room gets large type (times ``scale``) and, on
    request, near-black on white that survives a washed-out projector."""
    colours = CONTRAST if high_contrast else COLOURS
    ink, line, accent, warn = (("#000000", "#000000", "#0033cc", "#000000") if high_contrast
                               else ("#1d2b36", "#c9ccd1", "#1565c0", "#8d6e00"))
    base = 20 * scale if audience else 0

    def size(factor: float, default: str = "") -> str:
        return f"font-size: {base * factor:.1f}pt;" if base else default

    border = 2 if high_contrast else 1
    return f"""
QWidget {{ {size(1)} }}
QScrollArea, QWidget#pmContent {{ background: transparent; }}
ItemCard {{ background: #ffffff; color: {ink}; border: {border}px solid {line}; border-radius: 6px; }}
ItemCard[sign="plus"] {{ border-left: 6px solid {colours["plus"]}; }}
ItemCard[sign="min"] {{ border-left: 6px solid {colours["min"]}; }}
ItemCard[selected="true"] {{ border: 3px solid {accent}; border-left-width: 6px; }}
ItemCard[target="true"] {{ background: #e3f2fd; border: 3px dashed {accent}; }}
ItemCard:focus {{ background: #fffde7; }}
ItemCard[dragged="true"] {{ background: #eeeeee; color: #9e9e9e; }}
InspirationCard {{ background: #f5f5f0; border: 1px dashed #9e9e9e; border-radius: 6px; }}
QLabel#flag {{ color: {warn}; font-style: italic; {size(0.8)} }}
QLabel#link {{ color: {accent}; font-weight: bold; }}
QLabel#hiddenNote {{ color: #ffffff; background: #6d4c41; border-radius: 4px; padding: 2px 6px; }}
QLabel#pmTitle {{ font-weight: 700; {size(1.5, "font-size: 15pt;")} }}
QLabel#pmUrgency {{ color: {accent}; font-weight: 600; {size(0.9)} }}
QLabel#pmHead[sign="plus"] {{ color: {colours["plus"]}; font-weight: 700; {size(1.2, "font-size: 13pt;")} }}
QLabel#pmHead[sign="min"] {{ color: {colours["min"]}; font-weight: 700; {size(1.2, "font-size: 13pt;")} }}
QLabel#pmCheck {{ color: {warn}; font-weight: 600; {size(0.9)} }}
QLabel#pmCheck[complete="true"] {{ color: {colours["plus"]}; }}
QLabel#pmLoose {{ color: #757575; margin-top: 8px; {size(0.8)} }}
QFrame#dropLine {{ background: {accent}; }}
"""


def _shown(text: str) -> str:
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
        return QCoreApplication.translate("PlusMinBoard", "Meest urgent (gelijk): {titles} ({votes} elk)").format(titles=titles, votes=votes)
    return QCoreApplication.translate("PlusMinBoard", "Meest urgent: {title} ({votes})").format(title=titles, votes=votes)


class _Editor(QPlainTextEdit):
    """In-place editor: Enter saves, Shift+Enter adds a line, Esc cancels, leaving saves."""

    def __init__(self, card: ItemCard) -> None:
        super().__init__(card)
        self.card = card
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)

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


class _DragSource(QFrame):
    """A frame the board can drag: press, move past the drag distance, release."""

    def __init__(self, board: PlusMinBoard, parent: QWidget) -> None:
        super().__init__(parent)
        self.board = board
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.globalPosition().toPoint()
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.globalPosition().toPoint()
        if self._press is not None and not self.board.dragging and \
                (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
            self.board.begin_drag(self)
        if self.board.dragging:
            self.board.drag_to(pos)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._press = self._press, None
        if self.board.dragging:
            self.board.end_drag(event.globalPosition().toPoint())
        elif pressed is not None:
            self.clicked(event.modifiers())

    def clicked(self, modifiers: Qt.KeyboardModifier) -> None:
        """A click without drag."""


class ItemCard(_DragSource):
    """One point of the schema; the text is the stored text, shortened when very long."""

    def __init__(self, board: PlusMinBoard, item: pm.ThemeItem, parent: QWidget) -> None:
        super().__init__(board, parent)
        self.item_id, self.sign, self.text = item.id, item.sign, ""
        self.setProperty("sign", item.sign)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.flag = QLabel(self)
        self.flag.setObjectName("flag")
        self.flag.hide()
        self.editor: _Editor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self.label)
        layout.addWidget(self.flag)
        self.set_text(item.text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.label.setText(_shown(text))
        self.setToolTip(_shown(text) if len(text) > 60 else "")

    def set_flag(self, text: str) -> None:
        self.flag.setText(text)
        self.flag.setVisible(bool(text))

    def set_state(self, name: str, on: bool) -> None:
        if bool(self.property(name)) != on:
            self.setProperty(name, on)
            self.style().unpolish(self)
            self.style().polish(self)

    def clicked(self, modifiers: Qt.KeyboardModifier) -> None:
        self.board.select(self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.start_edit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.board.card_menu(self)
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.board.card_key(self, event):
            super().keyPressEvent(event)

    def start_edit(self) -> None:
        if self.editor is not None or self.board.audience:
            return
        self.editor = _Editor(self)
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
        _discard(editor)
        self.label.show()
        self.setFocus()
        if save and text.strip() != self.text.strip():
            self.board.edit_item(self.item_id, text)


class InspirationCard(_DragSource):
    """A point from the research, to drag into the schema or add with Enter / the + button."""

    def __init__(self, board: PlusMinBoard, sign: str, text: str, parent: QWidget) -> None:
        super().__init__(board, parent)
        self.sign, self.text = sign, text
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label = QLabel(text, self)
        label.setWordWrap(True)
        self.add = QToolButton(self)
        self.add.setText("+")
        self.add.setToolTip(QCoreApplication.translate("PlusMinBoard", "Toevoegen aan het schema (Enter), of sleep naar een kolom"))
        self.add.clicked.connect(lambda: board.add_inspiration(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(label, 1)
        layout.addWidget(self.add, 0, Qt.AlignmentFlag.AlignTop)

    def mark_used(self, used: bool) -> None:
        self.add.setEnabled(not used)
        self.setToolTip(QCoreApplication.translate("PlusMinBoard", "Staat al in het schema") if used else "")
        self.setEnabled(True)
        self.setStyleSheet("color: #9e9e9e;" if used else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.board.add_inspiration(self)
        else:
            super().keyPressEvent(event)


class InspirationPanel(QWidget):
    """The research's points for a core theme; the facilitator picks which ones to use."""

    def __init__(self, board: PlusMinBoard) -> None:
        super().__init__(board)
        self.board = board
        self.cards: list[InspirationCard] = []
        title = QLabel(self.tr("Inspiratie uit het onderzoek"), self)
        title.setStyleSheet("font-weight: 600;")
        self.choice = QComboBox(self)
        for core in pm.core_themes():
            self.choice.addItem(core.title, core.title)
        self.choice.currentIndexChanged.connect(self._fill)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-style: italic;")
        holder = QWidget()
        self.list = QVBoxLayout(holder)
        self.list.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (title, self.choice, self.question):
            layout.addWidget(widget)
        layout.addWidget(scroll, 1)
        self._fill()

    def follow(self, title: str) -> None:
        """Show the core theme this theme is named after (if any)."""
        core = pm.core_theme(title)
        if core is not None:
            self.choice.setCurrentIndex(self.choice.findData(core.title))

    def _fill(self) -> None:
        self.cards = []
        while self.list.count():
            item = self.list.takeAt(0)
            if item.widget() is not None:
                _discard(item.widget())
        core = pm.core_theme(self.choice.currentData() or "")
        if core is None:
            return
        self.question.setText(core.question)
        for sign, texts in (("plus", core.plus), ("min", core.min)):
            head = QLabel(self.tr("Positief") if sign == "plus" else self.tr("Aandachtspunten"))
            head.setStyleSheet(f"color: {COLOURS[sign]}; font-weight: 600; margin-top: 6px;")
            self.list.addWidget(head)
            for text in texts:
                card = InspirationCard(self.board, sign, text, self)
                self.cards.append(card)
                self.list.addWidget(card)
        self.list.addStretch(1)
        self.board.refresh_inspiration()


class UrgencyPanel(QWidget):
    """Rank the themes (1 = most urgent) or count votes; both are undoable."""

    def __init__(self, board: PlusMinBoard) -> None:
        super().__init__(board)
        self.board = board
        title = QLabel(self.tr("Urgentie: welk thema eerst?"), self)
        title.setStyleSheet("font-weight: 600;")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        clear = QPushButton(self.tr("Rangorde wissen"), self)
        clear.clicked.connect(board.clear_ranking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addLayout(self.grid)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self, ranking: list[pm.Urgency]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                _discard(widget)
        for row, u in enumerate(ranking):
            rank = QLabel(f"{u.rank}." if u.rank else "–", self)
            name = QLabel(u.title, self)
            name.setWordWrap(True)
            votes = QLabel(str(u.votes), self)
            votes.setToolTip(self.tr("Stemmen"))
            self.grid.addWidget(rank, row, 0)
            self.grid.addWidget(name, row, 1)
            buttons = (("▲", self.tr("Hoger in de rangorde"), lambda _=0, t=u.theme_id: self.board.rank_step(t, -1)),
                       ("▼", self.tr("Lager in de rangorde"), lambda _=0, t=u.theme_id: self.board.rank_step(t, 1)),
                       ("−", self.tr("Stem eraf"), lambda _=0, t=u.theme_id: self.board.vote(t, -1)),
                       (None, None, None),
                       ("+", self.tr("Stem erbij"), lambda _=0, t=u.theme_id: self.board.vote(t, 1)))
            for col, (text, tip, slot) in enumerate(buttons, start=2):
                if text is None:
                    self.grid.addWidget(votes, row, col)
                    continue
                button = QToolButton(self)
                button.setText(text)
                button.setToolTip(tip)
                button.setObjectName(f"urgency_{text}_{u.theme_id}")
                button.clicked.connect(slot)
                self.grid.addWidget(button, row, col)
        self.grid.setColumnStretch(1, 1)


class PlusMinBoard(QWidget):
    """The plus-min schema of one workshop.

    Signals:
        theme_changed(int): another theme is shown (its id; 0 when there is none).
        message(str): a status-bar text for the facilitator.
    """

    theme_changed = Signal(int)
    message = Signal(str)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.themes: list[pm.Theme] = []
        self.board: pm.Board | None = None
        self.cards: dict[int, ItemCard] = {}
        self.selected: dict[str, int | None] = {"plus": None, "min": None}
        self.dragging: _Drag | None = None
        self._theme_id = 0
        self._scale, self._high_contrast = 1.0, False
        self.setStyleSheet(board_style(audience=audience))
        self._build()
        ctx.bus.changed.connect(self._on_change)
        self._syncing = False
        self._reload_themes()
        self._follow_shown_theme()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_current_tab)
        if not self.audience:
            self.tabs.setMovable(True)
            self.tabs.tabMoved.connect(self._tab_moved)
            self.tabs.tabBarDoubleClicked.connect(lambda _index: self.rename_theme())
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setObjectName("pmTitle")
        self.urgency_line = QLabel(self)
        self.urgency_line.setObjectName("pmUrgency")
        self.empty = QWidget(self)
        empty_text = QLabel(self.tr("Nog geen thema.") if self.audience else self.tr(
            "Nog geen thema. Begin met de vier kernthema’s uit het onderzoek, of met een "
            "eigen thema (‘Thema +’ rechtsboven)."), self.empty)
        empty_text.setWordWrap(True)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(empty_text)
        if not self.audience:
            row = QHBoxLayout()
            for text, slot in ((self.tr("De vier kernthema’s toevoegen"), self.add_core_themes),
                               (self.tr("Eigen thema…"), self.add_empty_theme)):
                button = QPushButton(text, self.empty)
                button.clicked.connect(slot)
                row.addWidget(button)
            row.addStretch(1)
            empty_layout.addLayout(row)
        empty_layout.addStretch(1)
        self.plus_head = QLabel(self.tr("Positieve punten"), self)
        self.min_head = QLabel(self.tr("Aandachtspunten"), self)
        for head, sign in ((self.plus_head, "plus"), (self.min_head, "min")):
            head.setObjectName("pmHead")
            head.setProperty("sign", sign)
        self.content = QWidget()
        self.content.setObjectName("pmContent")
        self.grid = QGridLayout(self.content)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(8)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        self.scroll.viewport().setAutoFillBackground(False)
        self.check_line = QLabel(self)
        self.check_line.setObjectName("pmCheck")
        self.check_line.setWordWrap(True)
        self.drop_line = QFrame(self)
        self.drop_line.setObjectName("dropLine")
        self.drop_line.hide()
        heads = QHBoxLayout()
        heads.setContentsMargins(10, 0, 10, 0)
        heads.addWidget(self.plus_head, 1)
        heads.addSpacing(28)
        self.min_heads = QHBoxLayout()
        self.min_heads.addWidget(self.min_head, 1)
        heads.addLayout(self.min_heads, 1)
        main = QVBoxLayout()
        main.addWidget(self.title)
        main.addWidget(self.urgency_line)
        main.addWidget(self.empty, 1)
        if not self.audience:
            self._build_editing(main, heads)
        else:
            self.tabs.hide()
            main.addLayout(heads)
        main.addWidget(self.scroll, 1)
        main.addWidget(self.check_line)
        outer = QHBoxLayout(self)
        outer.addLayout(main, 3)
        if not self.audience:
            side = QVBoxLayout()
            self.inspiration = InspirationPanel(self)
            self.urgency_panel = UrgencyPanel(self)
            side.addWidget(self.inspiration, 3)
            side.addWidget(self.urgency_panel, 0)
            outer.addLayout(side, 1)

    def _build_editing(self, main: QVBoxLayout, heads: QHBoxLayout) -> None:
        self.new_theme = QToolButton(self)
        self.new_theme.setText(self.tr("Thema +"))
        self.new_theme.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.new_theme)
        menu.addAction(self.tr("Leeg thema…"), self.add_empty_theme)
        menu.addSeparator()
        for title in pm.CORE_THEMES:
            menu.addAction(title, lambda t=title: self.add_theme(t))
        core_menu = menu.addMenu(self.tr("Kernthema met de punten uit het onderzoek"))
        for title in pm.CORE_THEMES:
            core_menu.addAction(title, lambda t=title: self.add_theme(t, with_points=True))
        menu.addSeparator()
        menu.addAction(self.tr("Thema hernoemen…"), self.rename_theme)
        menu.addAction(self.tr("Thema naar links"), lambda: self.move_theme(-1))
        menu.addAction(self.tr("Thema naar rechts"), lambda: self.move_theme(1))
        menu.addAction(self.tr("Thema verwijderen…"), self.delete_theme)
        self.new_theme.setMenu(menu)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(self.tr("Toon of verberg de aandachtspunten op het "
                                              "scherm van de zaal (Ctrl+Shift+O)"))
        self.reveal_button.clicked.connect(lambda on: self.reveal_attention(on))
        self.hidden_note = QLabel(self.tr("verborgen voor de zaal"), self)
        self.hidden_note.setObjectName("hiddenNote")
        self.min_heads.addWidget(self.hidden_note)
        self.min_heads.addWidget(self.reveal_button)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs, 1)
        tabs_row.addWidget(self.new_theme)
        main.insertLayout(0, tabs_row)
        main.addLayout(heads)
        self.quick: dict[str, QLineEdit] = {}
        adds = QHBoxLayout()
        for sign, hint, key in (("plus", self.tr("Positief punt typen, Enter voegt toe"), "Ctrl+Shift+P"),
                                ("min", self.tr("Aandachtspunt typen, Enter voegt toe"), "Ctrl+Shift+M")):
            field = QLineEdit(self)
            field.setPlaceholderText(f"{hint}  ({key})")
            field.setMaxLength(100_000)
            field.returnPressed.connect(lambda s=sign: self.quick_add(s))
            field.installEventFilter(self)
            self.quick[sign] = field
            adds.addWidget(field, 1)
        main.addLayout(adds)
        self._add_shortcuts()

    def _add_shortcuts(self) -> None:
        """Board keys, described for the shortcuts overlay (F1)."""
        self.setProperty(GROUP_PROPERTY, self.tr("Plus-min-schema"))
        for key, slot, text in (
                ("Ctrl+Shift+P", self.quick["plus"].setFocus, self.tr("Positief punt typen")),
                ("Ctrl+Shift+M", self.quick["min"].setFocus, self.tr("Aandachtspunt typen")),
                ("Ctrl+K", self.pair_selected, self.tr("Gekozen positief punt en aandachtspunt koppelen")),
                ("Ctrl+Shift+K", self.unpair_focused, self.tr("Koppeling opheffen")),
                ("Ctrl+Shift+O", lambda: self.reveal_attention(not self.attention_revealed),
                 self.tr("Aandachtspunten tonen aan / verbergen voor de zaal")),
                ("Alt+PgDown", lambda: self._step_theme(1), self.tr("Volgend thema")),
                ("Alt+PgUp", lambda: self._step_theme(-1), self.tr("Vorig thema"))):
            shortcut = QShortcut(QKeySequence(key), self, slot,
                                 context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(text)
        set_shortcut_help(self, self.tr("Plus-min-schema"), [
            ("Enter / F2", self.tr("Punt bewerken (Shift+Enter: nieuwe regel, Esc: annuleren)")),
            ("Spatie", self.tr("Punt kiezen om te koppelen")),
            ("↑ / ↓ / ← / →", self.tr("Naar het vorige, volgende of overstaande punt")),
            ("Alt+↑ / Alt+↓", self.tr("Punt (of gekoppelde rij) verplaatsen")),
            ("Ctrl+← / Ctrl+→", self.tr("Punt naar de andere kolom (koppeling vervalt)")),
            ("Delete", self.tr("Punt verwijderen")),
            ("Esc", self.tr("Keuze voor koppelen wissen")),
        ])

    # -- public face ---------------------------------------------------------------
    @property
    def current_theme_id(self) -> int:
        """The theme shown now (0 when the workshop has no themes)."""
        return self._theme_id

    @property
    def attention_revealed(self) -> bool:
        return bool(self.board and self.board.theme.attention_revealed)

    def show_theme(self, theme_id: int) -> None:
        for index, theme in enumerate(self.themes):
            if theme.id == theme_id:
                self.tabs.setCurrentIndex(index)

    def reveal_attention(self, revealed: bool) -> bool:
        """Show (True) or hide the points of attention to the room, undoably."""
        if not self._theme_id or revealed == self.attention_revealed:
            self._sync_reveal()
            return False
        return self.ctx.push(cmd.RevealAttention(self.ctx.store, self._theme_id, revealed))

    def set_text_scale(self, scale: float) -> None:
        """The room's text-size control (called by ``apply_room_look``)."""
        self._scale = scale
        self.setStyleSheet(board_style(audience=self.audience, scale=scale,
                                       high_contrast=self._high_contrast))

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.setStyleSheet(board_style(audience=self.audience, scale=self._scale, high_contrast=on))

    def _set_complete(self, complete: bool) -> None:
        self.check_line.setProperty("complete", complete)
        self.check_line.style().unpolish(self.check_line)
        self.check_line.style().polish(self.check_line)

    def card(self, item_id: int) -> ItemCard | None:
        return self.cards.get(item_id)

    # -- themes ----------------------------------------------------------------------
    def _reload_themes(self) -> None:
        self.themes = pm.list_themes(self.ctx.store, self.workshop_id)
        keep = self._theme_id
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for theme in self.themes:
            self.tabs.addTab(theme.title if len(theme.title) < 40 else theme.title[:38] + "…")
            self.tabs.setTabToolTip(self.tabs.count() - 1, theme.title)
        ids = [t.id for t in self.themes]
        index = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        self._refresh_urgency()
        self._tab_changed(index)

    def _on_current_tab(self, index: int) -> None:
        self._tab_changed(index)
        if not self.audience and not self._syncing and self._theme_id:
            pm.set_shown_theme(self.ctx.store, self.workshop_id, self._theme_id)

    def _follow_shown_theme(self) -> None:
        """Show the theme the facilitator chose last (the room's view follows live)."""
        theme_id = pm.shown_theme(self.ctx.store, self.workshop_id)
        if theme_id is not None and theme_id != self._theme_id:
            self._syncing = True
            try:
                self.show_theme(theme_id)
            finally:
                self._syncing = False

    def _tab_changed(self, index: int) -> None:
        theme_id = self.themes[index].id if 0 <= index < len(self.themes) else 0
        changed = theme_id != self._theme_id
        self._theme_id = theme_id
        if changed:
            self.selected = {"plus": None, "min": None}
        self._load_board()
        if changed:
            if not self.audience and self.board is not None:
                self.inspiration.follow(self.board.theme.title)
            self.theme_changed.emit(theme_id)

    def _tab_moved(self, old: int, new: int) -> None:
        """The facilitator dragged a tab: store the new order of the themes."""
        if 0 <= old < len(self.themes):
            self.ctx.push(cmd.MoveTheme(self.ctx.store, self.themes[old].id, new))

    def _step_theme(self, step: int) -> None:
        if self.tabs.count():
            self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def add_empty_theme(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("Nieuw thema"), self.tr("Naam van het thema:"))
        if ok and title.strip():
            self.add_theme(title)

    def add_core_themes(self) -> None:
        """The four core themes of the research, empty, as one undo step."""
        self.ctx.undo.beginMacro(self.tr("De vier kernthema’s toevoegen"))
        try:
            for title in pm.CORE_THEMES:
                self.ctx.push(cmd.AddTheme(self.ctx.store, self.workshop_id, title))
        finally:
            self.ctx.undo.endMacro()
        if self.themes:
            self.show_theme(self.themes[0].id)

    def add_theme(self, title: str, *, with_points: bool = False) -> None:
        command = cmd.AddTheme(self.ctx.store, self.workshop_id, title, with_points=with_points)
        if self.ctx.push(command) and command.theme_id:
            self.show_theme(command.theme_id)

    def rename_theme(self) -> None:
        if self.board is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Thema hernoemen"), self.tr("Naam van het thema:"),
                                         text=self.board.theme.title)
        if ok and title.strip() and title != self.board.theme.title:
            self.ctx.push(cmd.RenameTheme(self.ctx.store, self._theme_id, title))

    def move_theme(self, step: int) -> None:
        index = self.tabs.currentIndex() + step
        if self._theme_id and 0 <= index < len(self.themes):
            self.ctx.push(cmd.MoveTheme(self.ctx.store, self._theme_id, index))

    def delete_theme(self) -> None:
        if self.board is None:
            return
        answer = QMessageBox.question(self, self.tr("Thema verwijderen"), self.tr(
            "‘{title}’ en alle punten erin verwijderen? Ctrl+Z zet het terug.").format(
                title=self.board.theme.title))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.push(cmd.DeleteTheme(self.ctx.store, self._theme_id, self.board.theme.title))

    # -- urgency ----------------------------------------------------------------------
    def _refresh_urgency(self) -> None:
        ranking = pm.urgency(self.ctx.store, self.workshop_id)
        text = urgency_text(ranking)
        if not text and not self.audience and self.themes:
            text = self.tr("Nog niet bepaald welk thema het meest urgent is.")
        self.urgency_line.setText(text)
        self.urgency_line.setVisible(bool(text))
        if not self.audience:
            self.urgency_panel.refresh(ranking)

    def rank_step(self, theme_id: int, step: int) -> None:
        """Move a theme up (-1) or down (+1) the ranking; down from last unranks it."""
        order = [t.id for t in sorted((t for t in self.themes if t.priority is not None),
                                      key=lambda t: t.priority)]
        if theme_id not in order:
            if step > 0:
                return
            order.append(theme_id)
        else:
            index = order.index(theme_id)
            order.remove(theme_id)
            if not (step > 0 and index == len(order)):
                order.insert(max(0, index + step), theme_id)
        self.ctx.push(cmd.SetPriorities(self.ctx.store, self.workshop_id, order))

    def clear_ranking(self) -> None:
        if any(t.priority is not None for t in self.themes):
            self.ctx.push(cmd.SetPriorities(self.ctx.store, self.workshop_id, []))

    def vote(self, theme_id: int, delta: int) -> None:
        self.ctx.push(cmd.Vote(self.ctx.store, theme_id, delta))

    # -- the schema -------------------------------------------------------------------
    def _load_board(self) -> None:
        self.board = pm.load_board(self.ctx.store, self._theme_id) if self._theme_id else None
        has = self.board is not None
        self.empty.setVisible(not has)
        for widget in (self.title, self.scroll, self.plus_head, self.check_line,
                       *getattr(self, "quick", {}).values()):
            widget.setVisible(has)
        if not self.audience:
            self.urgency_panel.setVisible(has)
        if has:
            self.title.setText(self.board.theme.title)
        self._layout_rows()
        self._sync_reveal()

    @property
    def _min_shown(self) -> bool:
        return not self.audience or self.attention_revealed

    def _layout_rows(self) -> None:
        """Place the cards on their rows, reusing the card of every point that stays."""
        for number in range(self.grid.rowCount()):
            self.grid.setRowStretch(number, 0)
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None and not isinstance(widget, ItemCard):
                _discard(widget)
        board = self.board
        wanted = {} if board is None else {i.id: i for i in board.items
                                           if i.sign == "plus" or self._min_shown}
        for item_id in list(self.cards):
            if item_id not in wanted or self.cards[item_id].sign != wanted[item_id].sign:
                card = self.cards.pop(item_id)
                card.finish_edit(False)
                _discard(card)
        if board is None:
            return
        check = board.check()
        loose_started = False
        row = 0
        for r in board.rows():
            if not r.paired and not loose_started and row and self._min_shown:
                loose_started = True
                note = QLabel(self.tr("Nog niet gekoppeld"), self.content)
                note.setObjectName("pmLoose")
                self.grid.addWidget(note, row, 0, 1, 3)
                row += 1
            for col, item in ((0, r.plus), (2, r.min)):
                if item is None or item.id not in wanted:
                    continue
                align = Qt.AlignmentFlag(0) if r.paired else Qt.AlignmentFlag.AlignTop
                self.grid.addWidget(self._card_for(item, check), row, col, align)
            if r.paired and self._min_shown:
                link = QLabel("⟷", self.content)
                link.setObjectName("link")
                link.setToolTip(self.tr("Gekoppeld: positief punt en keerzijde"))
                self.grid.addWidget(link, row, 1, Qt.AlignmentFlag.AlignCenter)
            row += 1
        self.grid.setRowStretch(row, 1)
        self.grid.setColumnStretch(2, 1 if self._min_shown else 0)
        self._refresh_check(check)
        self.refresh_inspiration()

    def _card_for(self, item: pm.ThemeItem, check: pm.PairCheck) -> ItemCard:
        card = self.cards.get(item.id)
        if card is None:
            card = self.cards[item.id] = ItemCard(self, item, self.content)
            if self.audience:
                card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif card.text != item.text:
            card.set_text(item.text)
        flag = ""
        if not self.audience or self._min_shown:
            if item.id in check.plus_unpaired:
                flag = self.tr("zonder keerzijde")
            elif item.id in check.min_unpaired:
                flag = self.tr("zonder positieve kant")
        card.set_flag(flag)
        card.set_state("selected", self.selected.get(item.sign) == item.id)
        card.show()
        return card

    def _refresh_check(self, check: pm.PairCheck) -> None:
        if self.audience and not self._min_shown:
            self.check_line.setText("")
            return
        texts = check_texts(check)
        if texts:
            self.check_line.setText(" · ".join(texts))
            self._set_complete(False)
        elif self.board and self.board.items:
            self.check_line.setText(self.tr("Elk punt heeft zijn keerzijde ✓"))
            self._set_complete(True)
        else:
            self.check_line.setText("")

    def _sync_reveal(self) -> None:
        revealed = self.attention_revealed
        shown = self.board is not None and self._min_shown
        self.min_head.setText(self.tr("Aandachtspunten") if shown else "")
        self.min_head.setVisible(shown)
        if self.audience:
            return
        self.reveal_button.setChecked(revealed)
        self.reveal_button.setText(self.tr("Verberg voor de zaal") if revealed
                                   else self.tr("Toon aan de zaal"))
        self.reveal_button.setVisible(self.board is not None)
        self.hidden_note.setVisible(self.board is not None and not revealed)

    def refresh_inspiration(self) -> None:
        if self.audience or not hasattr(self, "inspiration"):
            return
        present = {" ".join(i.text.casefold().split()) for i in (self.board.items if self.board else [])}
        for card in self.inspiration.cards:
            card.mark_used(" ".join(card.text.casefold().split()) in present)

    # -- changes from the model ------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if pm.is_shown_theme_change(change, self.workshop_id):
            self._follow_shown_theme()
        if change.workshop_id != self.workshop_id:
            return
        if change.topic == "workshop" and change.kind in ("insert", "reset"):
            self._reload_themes()
        if change.topic != pm.TOPIC:
            return
        what = change.detail.get("what")
        if change.kind == "reset" or what in ("theme", "order"):
            self._reload_themes()
        elif what == "urgency":
            self.themes = pm.list_themes(self.ctx.store, self.workshop_id)
            self._refresh_urgency()
        elif change.detail.get("theme_id", change.ids[0] if change.ids else 0) != self._theme_id:
            return
        elif what == "reveal":
            self._load_board()
        elif what == "text" and self.board is not None:
            self.board = pm.load_board(self.ctx.store, self._theme_id)
            for item in self.board.items if self.board else []:
                if item.id in change.ids and item.id in self.cards:
                    self.cards[item.id].set_text(item.text)
            self.refresh_inspiration()
        elif what in ("item", "layout", "pair"):
            focused = next((i for i, c in self.cards.items() if c.hasFocus()), None)
            self._load_board()
            if focused in self.cards:
                self.cards[focused].setFocus()

    # -- editing points ---------------------------------------------------------------------
    def quick_add(self, sign: str) -> None:
        field = self.quick[sign]
        if not field.text().strip() or not self._theme_id:
            return
        if self.ctx.push(cmd.AddItem(self.ctx.store, self._theme_id, sign, field.text())):
            field.clear()
        field.setFocus()

    def edit_item(self, item_id: int, text: str) -> None:
        if not text.strip():
            self.message.emit(self.tr("Een leeg punt wordt niet bewaard; Delete verwijdert het."))
            return
        self.ctx.push(cmd.EditItem(self.ctx.store, item_id, text))

    def remove_item(self, card: ItemCard) -> None:
        if self.ctx.push(cmd.RemoveItem(self.ctx.store, card.item_id, card.text)):
            self.message.emit(self.tr("Punt verwijderd; Ctrl+Z zet het terug."))

    def add_inspiration(self, source: InspirationCard, sign: str | None = None,
                        before_id: int | None = None) -> None:
        if not self._theme_id:
            self.message.emit(self.tr("Kies of maak eerst een thema."))
            return
        self.ctx.push(cmd.AddItem(self.ctx.store, self._theme_id, sign or source.sign,
                                  source.text, before_id))

    def card_menu(self, card: ItemCard) -> QMenu | None:
        """Every card command for mouse users, with its shortcut shown."""
        if self.audience or self.board is None:
            return None
        menu = QMenu(self)
        other = "min" if card.sign == "plus" else "plus"

        def add(text: str, key: str, slot, enabled: bool = True) -> None:  # noqa: ANN001
            # Shown, not registered: the board's own shortcuts do the work.
            action = menu.addAction(f"{text}\t{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}", slot)
            action.setEnabled(enabled)

        add(self.tr("Bewerken"), "F2", card.start_edit)
        add(self.tr("Koppelen aan het gekozen punt"), "Ctrl+K",
            lambda: (self.select(card) if self.selected[card.sign] != card.item_id else None,
                     self.pair_selected()), self.selected[other] is not None)
        add(self.tr("Koppeling opheffen"), "Ctrl+Shift+K",
            lambda: self.ctx.push(cmd.UnpairItem(self.ctx.store, card.item_id)),
            self.board.partner(card.item_id) is not None)
        menu.addSeparator()
        add(self.tr("Omhoog"), "Alt+Up", lambda: self._nudge(card, -1), self._neighbour(card, -1) is not None)
        add(self.tr("Omlaag"), "Alt+Down", lambda: self._nudge(card, 1), self._neighbour(card, 1) is not None)
        add(self.tr("Naar Aandachtspunten") if other == "min" else self.tr("Naar Positieve punten"),
            "Ctrl+Right" if other == "min" else "Ctrl+Left",
            lambda: self.move(card.item_id, other, None, True))
        menu.addSeparator()
        add(self.tr("Verwijderen"), "Delete", lambda: self.remove_item(card))
        return menu

    def _nudge(self, card: ItemCard, step: int) -> None:
        neighbour = self._neighbour(card, step)
        if neighbour is not None:
            self.move(card.item_id, card.sign, neighbour.item_id, step > 0)

    def select(self, card: ItemCard) -> None:
        """Mark a card for pairing: one positive point and one point of attention."""
        if self.audience:
            return
        current = self.selected.get(card.sign)
        self.selected[card.sign] = None if current == card.item_id else card.item_id
        for other in self.cards.values():
            other.set_state("selected", self.selected.get(other.sign) == other.item_id)
        card.setFocus()

    def pair_selected(self) -> None:
        focused = next((c for c in self.cards.values() if c.hasFocus()), None)
        if focused is not None:
            self.selected[focused.sign] = focused.item_id
        plus, min_ = self.selected["plus"], self.selected["min"]
        if plus is None or min_ is None:
            self.message.emit(self.tr("Kies een positief punt en een aandachtspunt (klik of "
                                      "spatie) en druk Ctrl+K om ze te koppelen."))
            return
        if self.ctx.push(cmd.PairItems(self.ctx.store, plus, min_)):
            self.selected = {"plus": None, "min": None}
            for card in self.cards.values():
                card.set_state("selected", False)

    def unpair_focused(self) -> None:
        card = next((c for c in self.cards.values() if c.hasFocus()), None)
        if card is None or self.board is None or self.board.partner(card.item_id) is None:
            self.message.emit(self.tr("Zet de focus op een gekoppeld punt om de koppeling op te heffen."))
            return
        self.ctx.push(cmd.UnpairItem(self.ctx.store, card.item_id))

    def move(self, item_id: int, sign: str, target_id: int | None, after: bool) -> None:
        """Reorder or move a point as if dropped before/after ``target_id`` in ``sign``."""
        if self.board is None or item_id not in {i.id for i in self.board.items}:
            return
        mover, to_sign, before = pm.reorder_target(self.board, item_id, target_id, after, sign)
        item = next(i for i in self.board.items if i.id == mover)
        column = [i.id for i in self.board.column(to_sign)]
        if to_sign == item.sign and before in (mover, _next(column, mover)):
            return
        text = None if to_sign == item.sign else self.tr("Naar de andere kolom")
        self.ctx.push(cmd.MoveItem(self.ctx.store, mover, to_sign, before, text))

    def card_key(self, card: ItemCard, event: QKeyEvent) -> bool:
        """Keyboard on a card; True when handled."""
        if self.audience:
            return False
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            card.start_edit()
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_item(card)
        elif key == Qt.Key.Key_Space:
            self.select(card)
        elif key == Qt.Key.Key_Escape:
            self.selected = {"plus": None, "min": None}
            for other in self.cards.values():
                other.set_state("selected", False)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            neighbour = self._neighbour(card, step)
            if alt:
                self._nudge(card, step)
            elif neighbour is not None:
                neighbour.setFocus()
            elif step < 0:
                self.quick[card.sign].setFocus()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            sign = "plus" if key == Qt.Key.Key_Left else "min"
            if ctrl and sign != card.sign:
                self.move(card.item_id, sign, None, True)
            elif not ctrl:
                self._focus_across(card, sign)
        else:
            return False
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down from a quick-add field goes to the first card of its column."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() == Qt.Key.Key_Down and not event.modifiers():
            for sign, field in getattr(self, "quick", {}).items():
                column = self._column_cards(sign)
                if watched is field and column:
                    column[0].setFocus()
                    return True
        return super().eventFilter(watched, event)

    def _column_cards(self, sign: str) -> list[ItemCard]:
        cards = [c for c in self.cards.values() if c.sign == sign and c.isVisibleTo(self)]
        return sorted(cards, key=lambda c: self.grid.getItemPosition(self.grid.indexOf(c))[0])

    def _neighbour(self, card: ItemCard, step: int) -> ItemCard | None:
        column = self._column_cards(card.sign)
        index = column.index(card) + step if card in column else -1
        return column[index] if 0 <= index < len(column) else None

    def _focus_across(self, card: ItemCard, sign: str) -> None:
        others = self._column_cards(sign)
        if not others or sign == card.sign:
            return
        row = self.grid.getItemPosition(self.grid.indexOf(card))[0]
        rows = [self.grid.getItemPosition(self.grid.indexOf(c))[0] for c in others]
        others[min(range(len(rows)), key=lambda n: abs(rows[n] - row))].setFocus()

    # -- dragging ------------------------------------------------------------------------------
    def begin_drag(self, source: QWidget) -> None:
        if self.audience or self.board is None:
            return
        ghost = QLabel(_shown(getattr(source, "text", ""))[:80], self)
        ghost.setStyleSheet("background: #fffde7; border: 2px solid #1565c0; padding: 4px;")
        ghost.adjustSize()
        ghost.raise_()
        ghost.show()
        self.dragging = _Drag(source, ghost)
        if isinstance(source, ItemCard):
            source.set_state("dragged", True)

    def drag_to(self, global_pos: QPoint) -> None:
        drag = self.dragging
        assert drag is not None
        local = self.mapFromGlobal(global_pos)
        drag.ghost.move(local + QPoint(12, 12))
        self._autoscroll(global_pos)
        target = self._drop_target(global_pos) if self.board is not None else None
        pairing = target is not None and target[2] == "pair"
        for card in self.cards.values():
            card.set_state("target", pairing and card.item_id == target[1])
        self.drop_line.hide()
        if target is not None and not pairing:
            self._show_drop_line(target)

    def _autoscroll(self, global_pos: QPoint) -> None:
        """Near the top or bottom edge of a long schema, scroll along with the drag."""
        viewport = self.scroll.viewport()
        rect = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
        if not rect.left() <= global_pos.x() <= rect.right():
            return
        bar = self.scroll.verticalScrollBar()
        if global_pos.y() < rect.top() + 30:
            bar.setValue(bar.value() - 24)
        elif global_pos.y() > rect.bottom() - 30:
            bar.setValue(bar.value() + 24)

    def end_drag(self, global_pos: QPoint) -> None:
        drag = self.dragging
        if drag is None:
            return
        target = self._drop_target(global_pos) if self.board is not None else None
        self.dragging = None
        _discard(drag.ghost)
        self.drop_line.hide()
        for card in self.cards.values():
            card.set_state("target", False)
            card.set_state("dragged", False)
        if target is None:
            return
        sign, target_id, zone = target
        source = drag.source
        if isinstance(source, InspirationCard):
            self.add_inspiration(source, sign, self._landing(target)[1])
        elif isinstance(source, ItemCard):
            if zone == "pair":
                self.ctx.push(cmd.PairItems(self.ctx.store, source.item_id, target_id))
            elif target_id != source.item_id:
                self.move(source.item_id, sign, target_id, zone != "before")

    def _drop_target(self, global_pos: QPoint) -> tuple[str, int | None, str] | None:
        """(column, card under the pointer or None, 'before'/'after'/'pair'/'end')."""
        dragged = self.dragging.source if self.dragging else None
        for card in self.cards.values():
            rect = QRect(card.mapToGlobal(QPoint(0, 0)), card.size())
            if card.isVisible() and rect.contains(global_pos) and card is not dragged:
                share = (global_pos.y() - rect.top()) / max(1, rect.height())
                if isinstance(dragged, ItemCard) and dragged.sign != card.sign and 0.25 <= share <= 0.75:
                    return card.sign, card.item_id, "pair"
                return card.sign, card.item_id, "before" if share < 0.5 else "after"
        area = QRect(self.scroll.mapToGlobal(QPoint(0, 0)), self.scroll.size())
        head = self.plus_head.mapToGlobal(QPoint(0, 0))
        area.setTop(min(area.top(), head.y()))
        if not area.contains(global_pos):
            return None
        middle = self.min_head.mapToGlobal(QPoint(0, 0)).x()
        return ("plus" if global_pos.x() < middle else "min"), None, "end"

    def _landing(self, target: tuple[str, int | None, str]) -> tuple[str, int | None, bool]:
        """Where a drop on ``target`` really lands: (column, before_id, among the pairs)."""
        sign, target_id, zone = target
        source = self.dragging.source if self.dragging else None
        assert self.board is not None
        if isinstance(source, ItemCard):
            _, to_sign, before = pm.reorder_target(self.board, source.item_id, target_id,
                                                   zone != "before", sign)
            paired = to_sign == source.sign and self.board.partner(source.item_id) is not None
            return sign, before, paired
        loose = [(r.plus if sign == "plus" else r.min) for r in self.board.rows() if not r.paired]
        order = [i.id for i in loose if i is not None]
        if target_id in order:
            return sign, target_id if zone == "before" else _next(order, target_id), False
        return sign, (order[0] if order and target_id is not None else None), False

    def _show_drop_line(self, target: tuple[str, int | None, str]) -> None:
        """A line where the dragged point will land (pairs stay together, loose points below)."""
        sign, before, paired = self._landing(target)
        mover = getattr(self.dragging.source, "item_id", None) if self.dragging else None
        card = self.cards.get(before) if before is not None else None
        if card is not None:
            y = card.mapTo(self, QPoint(0, 0)).y() - 5
        else:
            section = [c for c in self.cards.values() if c.item_id != mover and c.isVisible()
                       and (self.board.partner(c.item_id) is not None) == paired
                       and (paired or c.sign == sign)]
            if section:
                y = max(c.mapTo(self, QPoint(0, 0)).y() + c.height() for c in section) + 2
            else:
                y = self.scroll.mapTo(self, QPoint(0, 0)).y() + 2
        column = self.quick[sign]
        x = column.mapTo(self, QPoint(0, 0)).x()
        self.drop_line.setGeometry(x, y, column.width(), 3)
        self.drop_line.raise_()
        self.drop_line.show()


def _discard(widget: QWidget) -> None:
    """Take a widget out of the tree at once (deleteLater alone leaves it findable)."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def _next(order: list[int], item_id: int) -> int | None:
    if item_id not in order:
        return None
    index = order.index(item_id) + 1
    return order[index] if index < len(order) else None


@dataclass
class _Drag:
    """What is being dragged; nothing is stored until the mouse is released."""

    source: QWidget
    ghost: QLabel
