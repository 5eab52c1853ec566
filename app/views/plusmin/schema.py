"""The rows of one plus-min schema: pairs side by side, the unpaired below, one card per point.

:class:`SchemaRows` owns the grid the board scrolls and the card of every point
shown; each :meth:`SchemaRows.lay_out` reuses the card of a point that stays (so
focus and an open editor survive an edit elsewhere) and drops the rest. It creates
cards for a :class:`CardHost` and never imports the board.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from app.models import plusmin as pm
from app.views.plusmin.parts import CardHost, ItemCard, check_texts, discard


class CheckLine(QLabel):
    """Under the schema: which points still lack their other side, or that none do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # user text
        self.setObjectName("pmCheck")
        self.setWordWrap(True)

    def show_check(self, check: pm.PairCheck | None, *, has_items: bool) -> None:
        """``check`` None: nothing to say (the room before the reveal)."""
        texts = check_texts(check) if check is not None else []
        if texts:
            self.setText(" · ".join(texts))
            self._set_complete(False)
        elif check is not None and has_items:
            self.setText(QCoreApplication.translate("PlusMinBoard", "Elk punt heeft zijn keerzijde ✓"))
            self._set_complete(True)
        else:
            self.setText("")

    def _set_complete(self, complete: bool) -> None:
        self.setProperty("complete", complete)
        self.style().unpolish(self)
        self.style().polish(self)


class SchemaRows:
    """The grid of a schema's cards: plus in column 0, the link in 1, min in 2."""

    def __init__(self, host: CardHost) -> None:
        self.host = host
        self.content = QWidget()
        self.content.setObjectName("pmContent")
        self.grid = QGridLayout(self.content)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(8)
        self.cards: dict[int, ItemCard] = {}

    def lay_out(self, board: pm.Board | None, *, min_shown: bool,
                selected: dict[str, int | None]) -> pm.PairCheck | None:
        """Place the cards of ``board`` on their rows; the pair check, or None without a board.

        ``min_shown``: the points of attention are on screen (the room sees them only
        once revealed); ``selected``: the point chosen in each column for pairing.
        """
        grid = self.grid
        for number in range(grid.rowCount()):
            grid.setRowStretch(number, 0)
        while grid.count():
            widget = grid.takeAt(0).widget()
            if widget is not None and not isinstance(widget, ItemCard):
                discard(widget)
        wanted = {} if board is None else {i.id: i for i in board.items
                                           if i.sign == "plus" or min_shown}
        for item_id in list(self.cards):
            if item_id not in wanted or self.cards[item_id].sign != wanted[item_id].sign:
                card = self.cards.pop(item_id)
                card.finish_edit(False)
                discard(card)
        if board is None:
            return None
        check = board.check()
        loose_started = False
        row = 0
        for r in board.rows():
            # also when nothing is paired yet: side by side must not read as a pair
            if not r.paired and not loose_started and min_shown:
                loose_started = True
                note = QLabel(QCoreApplication.translate("PlusMinBoard", "Nog niet gekoppeld"), self.content)
                note.setObjectName("pmLoose")
                grid.addWidget(note, row, 0, 1, 3)
                row += 1
            for col, item in ((0, r.plus), (2, r.min)):
                if item is None or item.id not in wanted:
                    continue
                align = Qt.AlignmentFlag(0) if r.paired else Qt.AlignmentFlag.AlignTop
                grid.addWidget(self._card_for(item, check, min_shown, selected), row, col, align)
            if r.paired and min_shown:
                # a group may tie one point to several: the arrow only where this row's two
                # points are a pair, a bracket where the row belongs to the group above
                link = QLabel("⟷" if r.linked else "┆", self.content)
                link.setObjectName("link")
                link.setToolTip(QCoreApplication.translate("PlusMinBoard", "Gekoppeld: positief punt en keerzijde") if r.linked
                                else QCoreApplication.translate("PlusMinBoard", "Hoort bij de koppeling hierboven"))
                grid.addWidget(link, row, 1, Qt.AlignmentFlag.AlignCenter)
            row += 1
        grid.setRowStretch(row, 1)
        grid.setColumnStretch(2, 1 if min_shown else 0)
        return check

    def _card_for(self, item: pm.ThemeItem, check: pm.PairCheck, min_shown: bool,
                  selected: dict[str, int | None]) -> ItemCard:
        audience = self.host.audience
        card = self.cards.get(item.id)
        if card is None:
            card = self.cards[item.id] = ItemCard(self.host, item, self.content)
            if audience:
                card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif card.text != item.text:
            card.set_text(item.text)
        flag = ""
        if not audience or min_shown:
            if item.id in check.plus_unpaired:
                flag = QCoreApplication.translate("PlusMinBoard", "zonder keerzijde")
            elif item.id in check.min_unpaired:
                flag = QCoreApplication.translate("PlusMinBoard", "zonder positieve kant")
        card.set_flag(flag)
        card.set_state("selected", selected.get(item.sign) == item.id)
        card.show()
        return card
