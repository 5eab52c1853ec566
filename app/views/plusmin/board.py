"""Board 3: the plus-min schema, one tab per theme, projected for the room.

Two columns (Positieve punten | Aandachtspunten); pairs share a row, the
unpaired follow, flagged and counted. Drag a card to reorder it, to move it to
the other column, or onto the middle of a card in the other column to pair
them. In the room's view (``audience=True``) the points of attention are left
out of the widget tree entirely until the facilitator reveals them.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands import plusmin as cmd
from app.models import plusmin as pm
from app.models.events import Change, Kind, PlusMinPart, Topic
from app.views.common.bus import ViewContext
from app.views.common.writes import write_or_report
from app.views.plusmin.gestures import CardGestures, Drag
from app.views.plusmin.keys import add_board_keys
from app.views.plusmin.panels import InspirationPanel, UrgencyPanel
from app.views.plusmin.parts import (
    InspirationCard,
    ItemCard,
    board_style,
    check_texts,
    urgency_text,
)
from app.views.plusmin.room_pages import RowPager
from app.views.plusmin.schema import CheckLine, SchemaRows
from app.views.plusmin.themes import ThemeButton

__all__ = ["PlusMinBoard", "ItemCard", "InspirationCard", "board_style", "check_texts",
           "urgency_text"]


SIDE_PANEL_MIN_BOARD_WIDTH = 1000  # below this the inspiration panel folds away


class PlusMinBoard(CardGestures, QWidget):
    """The plus-min schema of one workshop.

    Signals:
        theme_changed(int): another theme is shown (its id; 0 when there is none).
        message(str): a status-bar text for the facilitator.
        pages_changed(int): the room's view now has this many pages (audience only).
    """

    theme_changed = Signal(int)
    message = Signal(str)
    pages_changed = Signal(int)

    def __init__(self, ctx: ViewContext, workshop_id: int, *, audience: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id, self.audience = ctx, workshop_id, audience
        self.themes: list[pm.Theme] = []
        self.board: pm.Board | None = None
        self.selected: dict[str, int | None] = {"plus": None, "min": None}
        self.dragging: Drag | None = None
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
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.title.setWordWrap(True)
        self.title.setObjectName("pmTitle")
        self.urgency_line = QLabel(self)
        self.urgency_line.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.urgency_line.setObjectName("pmUrgency")
        self.urgency_line.setWordWrap(True)
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
            head.setWordWrap(self.audience)  # large type in the room wraps, never clips
            head.setObjectName("pmHead")
            head.setProperty("sign", sign)
        self.rows = SchemaRows(self)
        self.content, self.grid, self.cards = self.rows.content, self.rows.grid, self.rows.cards
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.content)
        self.scroll.viewport().setAutoFillBackground(False)
        self.pager = RowPager(self.scroll, self.grid) if self.audience else None
        self._pages = 1
        if self.audience:  # the room never scrolls: rows that do not fit go on a next page
            self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pager.watch(self.repage)
        self.check_line = CheckLine(self)
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
            self.side = QWidget(self)
            side = QVBoxLayout(self.side)
            side.setContentsMargins(0, 0, 0, 0)
            self.inspiration = InspirationPanel(self, self)
            self.inspiration.cards_changed.connect(self.refresh_inspiration)
            self.urgency_panel = UrgencyPanel(self.ctx, self.workshop_id, self)
            side.addWidget(self.inspiration, 3)
            side.addWidget(self.urgency_panel, 0)
            outer.addWidget(self.side, 1)
            # the side panel takes what is left: it never makes the window wider than a laptop
            self.side.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.side_toggle.toggled.connect(self.side.setVisible)
            self._was_narrow = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow board the side panel folds away (the toggle brings it back)."""
        super().resizeEvent(event)
        if self.audience:
            self.repage()
            return
        narrow = self.width() < SIDE_PANEL_MIN_BOARD_WIDTH
        if narrow != self._was_narrow:
            self._was_narrow = narrow
            self.side_toggle.setChecked(not narrow)

    def _build_editing(self, main: QVBoxLayout, heads: QHBoxLayout) -> None:
        self.new_theme = ThemeButton(self, self)
        self.reveal_button = QPushButton(self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(self.tr("Toon of verberg de aandachtspunten op het "
                                              "scherm van de zaal (Ctrl+Shift+O)"))
        self.reveal_button.clicked.connect(lambda on: self.reveal_attention(on))
        self.hidden_note = QLabel(self.tr("verborgen voor de zaal"), self)
        self.hidden_note.setObjectName("hiddenNote")
        self.hidden_note.setWordWrap(True)
        self.min_heads.addWidget(self.hidden_note)
        self.min_heads.addWidget(self.reveal_button)
        tabs_row = QHBoxLayout()
        tabs_row.addWidget(self.tabs, 1)
        tabs_row.addWidget(self.new_theme)
        self.side_toggle = QToolButton(self)
        self.side_toggle.setText(self.tr("Inspiratie en urgentie"))
        self.side_toggle.setToolTip(self.tr("Het zijpaneel met inspiratie uit het onderzoek en de "
                                            "urgentie tonen of verbergen"))
        self.side_toggle.setCheckable(True)
        self.side_toggle.setChecked(True)
        tabs_row.addWidget(self.side_toggle)
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
        add_board_keys(self, focus_plus=self.quick["plus"].setFocus,
                       focus_min=self.quick["min"].setFocus, pair=self.pair_selected,
                       unpair=self.unpair_focused,
                       toggle_reveal=lambda: self.reveal_attention(not self.attention_revealed),
                       next_theme=lambda: self._step_theme(1),
                       previous_theme=lambda: self._step_theme(-1))

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
        self.repage()

    def set_high_contrast(self, on: bool) -> None:
        self._high_contrast = on
        self.setStyleSheet(board_style(audience=self.audience, scale=self._scale, high_contrast=on))
        self.repage()

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
            theme_id = self._theme_id
            write_or_report(self.ctx, lambda: pm.set_shown_theme(self.ctx.store, self.workshop_id,
                                                                 theme_id))

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

    # the theme commands live on the "Thema +" button (themes.py); the board passes them on
    def add_empty_theme(self) -> None:
        self.new_theme.add_empty_theme()

    def add_core_themes(self) -> None:
        """The four core themes of the research, empty, as one undo step."""
        self.new_theme.add_core_themes()

    def add_theme(self, title: str, *, with_points: bool = False) -> None:
        self.new_theme.add_theme(title, with_points=with_points)

    def rename_theme(self) -> None:
        self.new_theme.rename_theme()

    def move_theme(self, step: int) -> None:
        self.new_theme.move_theme(step)

    def delete_theme(self) -> None:
        self.new_theme.delete_theme()

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

    # ranking and votes are the urgency panel's commands (panels.py)
    def rank_step(self, theme_id: int, step: int) -> None:
        """Move a theme up (-1) or down (+1) the ranking; down from last unranks it."""
        self.urgency_panel.rank_step(theme_id, step)

    def clear_ranking(self) -> None:
        self.urgency_panel.clear_ranking()

    def vote(self, theme_id: int, delta: int) -> None:
        self.urgency_panel.vote(theme_id, delta)

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
        """Place the cards on their rows (schema.py), then the check and the room's pages."""
        check = self.rows.lay_out(self.board, min_shown=self._min_shown, selected=self.selected)
        if check is None:
            return
        self._refresh_check(check)
        self.refresh_inspiration()
        self.repage()

    # -- pages in the room ------------------------------------------------------------------
    def page_count(self) -> int:
        return self._pages

    def set_page(self, page: int) -> None:
        if self.pager is not None:
            self.pager.show(page)

    def repage(self) -> None:
        """Cut the rows into pages that fit the room's view (audience only)."""
        if self.pager is None:
            return
        page = self.pager.page
        count = self.pager.measure()
        self.pager.show(page)
        if count != self._pages:
            self._pages = count
            self.pages_changed.emit(count)

    def _refresh_check(self, check: pm.PairCheck) -> None:
        self.check_line.show_check(None if self.audience and not self._min_shown else check,
                                   has_items=bool(self.board and self.board.items))

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
        if change.topic is Topic.WORKSHOP and change.kind in (Kind.INSERT, Kind.RESET):
            self._reload_themes()
        if change.topic is not pm.TOPIC:
            return
        what = change.what
        if change.kind is Kind.RESET or what in (PlusMinPart.THEME, PlusMinPart.ORDER):
            self._reload_themes()
        elif what is PlusMinPart.URGENCY:
            self.themes = pm.list_themes(self.ctx.store, self.workshop_id)
            self._refresh_urgency()
        elif (change.theme_id if change.theme_id is not None
              else change.ids[0] if change.ids else 0) != self._theme_id:
            return
        elif what is PlusMinPart.REVEAL:
            self._load_board()
        elif what is PlusMinPart.TEXT and self.board is not None:
            self.board = pm.load_board(self.ctx.store, self._theme_id)
            for item in self.board.items if self.board else []:
                if item.id in change.ids and item.id in self.cards:
                    self.cards[item.id].set_text(item.text)
            self.refresh_inspiration()
        elif what in (PlusMinPart.ITEM, PlusMinPart.LAYOUT, PlusMinPart.PAIR):
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
            field.setText("")  # setText drops the typing history: Ctrl+Z undoes the point
        field.setFocus()

    def edit_item(self, item_id: int, text: str) -> None:
        if not text.strip():
            self.message.emit(self.tr("Een leeg punt wordt niet bewaard; Delete verwijdert het."))
            return
        self.ctx.push(cmd.EditItem(self.ctx.store, item_id, text))

    def remove_item(self, card: ItemCard) -> None:
        if self.ctx.push(cmd.RemoveItem(self.ctx.store, card.item_id, card.text)):
            self.message.emit(self.tr("Punt verwijderd; Ctrl+Z maakt dit ongedaan."))

    def add_inspiration(self, source: InspirationCard, sign: str | None = None,
                        before_id: int | None = None) -> None:
        if not self._theme_id:
            self.message.emit(self.tr("Kies of maak eerst een thema."))
            return
        self.ctx.push(cmd.AddItem(self.ctx.store, self._theme_id, sign or source.sign,
                                  source.text, before_id))
