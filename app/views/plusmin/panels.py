"""Side panels of the plus-min board: inspiration from the research, and urgency.

Neither holds its board: the inspiration cards call a :class:`CardHost` and the
panel says when its cards changed; the urgency panel pushes its own undoable
commands on the workshop's stack.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.commands import plusmin as cmd
from app.models import plusmin as pm
from app.views.common.bus import ViewContext
from app.views.plusmin.parts import COLOURS, CardHost, InspirationCard, discard


class InspirationPanel(QWidget):
    """The research's points for a core theme; the facilitator picks which ones to use.

    Signals:
        cards_changed(): other cards are shown (mark those already in the schema).
    """

    cards_changed = Signal()

    def __init__(self, host: CardHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.cards: list[InspirationCard] = []
        title = QLabel(self.tr("Inspiratie uit het onderzoek"), self)
        title.setStyleSheet("font-weight: 600;")
        self.choice = QComboBox(self)
        # long theme titles must not make the panel (and the window) wider than a laptop
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(16)
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
                discard(item.widget())
        core = pm.core_theme(self.choice.currentData() or "")
        if core is None:
            return
        self.question.setText(core.question)
        for sign, texts in (("plus", core.plus), ("min", core.min)):
            head = QLabel(self.tr("Positief") if sign == "plus" else self.tr("Aandachtspunten"))
            head.setStyleSheet(f"color: {COLOURS[sign]}; font-weight: 600; margin-top: 6px;")
            self.list.addWidget(head)
            for text in texts:
                card = InspirationCard(self.host, sign, text, self)
                self.cards.append(card)
                self.list.addWidget(card)
        self.list.addStretch(1)
        self.cards_changed.emit()


class UrgencyPanel(QWidget):
    """Rank the themes (1 = most urgent) or count votes; both are undoable."""

    def __init__(self, ctx: ViewContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.workshop_id = ctx, workshop_id
        title = QLabel(self.tr("Urgentie: welk thema eerst?"), self)
        title.setStyleSheet("font-weight: 600;")
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        clear = QPushButton(self.tr("Rangorde wissen"), self)
        clear.clicked.connect(self.clear_ranking)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(title)
        layout.addLayout(self.grid)
        layout.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh(self, ranking: list[pm.Urgency]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                discard(widget)
        for row, u in enumerate(ranking):
            rank = QLabel(f"{u.rank}." if u.rank else "–", self)
            name = QLabel(u.title, self)
            name.setTextFormat(Qt.TextFormat.PlainText)  # user text
            name.setWordWrap(True)
            votes = QLabel(str(u.votes), self)
            votes.setToolTip(self.tr("Stemmen"))
            self.grid.addWidget(rank, row, 0)
            self.grid.addWidget(name, row, 1)
            buttons = (("▲", self.tr("Hoger in de rangorde"), lambda _=0, t=u.theme_id: self.rank_step(t, -1)),
                       ("▼", self.tr("Lager in de rangorde"), lambda _=0, t=u.theme_id: self.rank_step(t, 1)),
                       ("−", self.tr("Stem eraf"), lambda _=0, t=u.theme_id: self.vote(t, -1)),
                       (None, None, None),
                       ("+", self.tr("Stem erbij"), lambda _=0, t=u.theme_id: self.vote(t, 1)))
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

    # -- the commands (each one undo step) ----------------------------------------------
    def rank_step(self, theme_id: int, step: int) -> None:
        """Move a theme up (-1) or down (+1) the ranking; down from last unranks it."""
        themes = pm.list_themes(self.ctx.store, self.workshop_id)
        order = [t.id for t in sorted((t for t in themes if t.priority is not None),
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
        if any(t.priority is not None for t in pm.list_themes(self.ctx.store, self.workshop_id)):
            self.ctx.push(cmd.SetPriorities(self.ctx.store, self.workshop_id, []))

    def vote(self, theme_id: int, delta: int) -> None:
        self.ctx.push(cmd.Vote(self.ctx.store, theme_id, delta))
