"""Colour is never the only cue: for each state shown by colour, a word, symbol or shape differs too.

Checked per state: the ring with the most post-its, unpaired points, a running
late timer, open demand, pooled and tied cards, the keyboard focus, and the same
words in the projector's high-contrast look.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QStyleOptionGraphicsItem

from app.models import agenda, orchestration
from app.models import circle as circ
from app.models import market as mk
from app.models import market_links as links
from app.models import plusmin as pm
from app.models import timer as tm
from app.models.market_analysis import load_market
from app.models.timer import ManualClock
from app.views.circle.board import CircleBoard
from app.views.circle.widgets import TallyPanel
from app.views.market.board import MarketBoard
from app.views.market.cards import EntryCard, Metrics
from app.views.plusmin.board import PlusMinBoard
from app.views.plusmin.parts import board_style
from app.views.session.timer_panel import TimerPanel


def _show(qtbot, widget) -> None:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    qtbot.waitExposed(widget)


def test_the_ring_with_the_most_post_its_has_a_star_as_well(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    for x, y in ((-0.3, 0.0), (0.3, 0.0), (0.0, 0.7)):
        circ.add_note(ctx.store, workshop_id, "verhaal", x=x, y=y)
    result = circ.tally(ctx.store, workshop_id)
    for large, contrast in ((False, False), (True, True)):  # console; the room in high contrast
        tally = TallyPanel(large=large)
        qtbot.addWidget(tally)
        tally.set_high_contrast(contrast)
        tally.show_tally(result)
        names = tally.names
        assert names["class"].text().startswith("★") and names["class"].property("most")
        assert not names["school"].text().startswith("★") and not names["school"].property("most")
        assert "Meeste post-its" in tally.summary.text()
    board = CircleBoard(ctx, workshop_id)  # the board's own tally says the same
    _show(qtbot, board)
    assert board.tally_widget.names["class"].text().startswith("★")


def test_unpaired_points_carry_a_word_and_pairs_a_symbol(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    theme = pm.add_theme(ctx.store, workshop_id, "Feedback").id
    paired = pm.add_item(ctx.store, theme, "plus", "Goede sfeer").id
    partner = pm.add_item(ctx.store, theme, "min", "Te aardig").id
    loose = pm.add_item(ctx.store, theme, "plus", "Maatjes").id
    pm.pair_items(ctx.store, paired, partner)
    board = PlusMinBoard(ctx, workshop_id)
    _show(qtbot, board)
    assert board.cards[loose].flag.text() == "zonder keerzijde" and board.cards[loose].flag.isVisibleTo(board)
    assert not board.cards[paired].flag.isVisibleTo(board)
    assert "⟷" in {label.text() for label in board.content.findChildren(QLabel) if label.isVisibleTo(board)}
    for contrast in (False, True):  # the keyboard focus is a dashed edge, not only a tint
        style = board_style(audience=False, high_contrast=contrast)
        focus_rule = next(line for line in style.splitlines() if line.startswith("ItemCard:focus"))
        assert "dashed" in focus_rule


def test_a_running_late_timer_says_so_in_words_and_a_plus(qtbot, ctx, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: None))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    wid = orchestration.create_workshop(ctx.store, title="Cirkel", template="circle").id
    clock = ManualClock()
    panel = TimerPanel(ctx, wid, clock=clock)
    qtbot.addWidget(panel)
    tm.go_to_round(ctx.store, wid, agenda.list_rounds(ctx.store, wid)[3].id, clock)  # 5 min
    tm.start(ctx.store, wid, clock)
    seen = {}
    for seconds in (60, 150, 120):
        clock.advance(seconds)
        panel.refresh()
        seen[panel.display.phase] = (panel.display.text, panel.display.caption)
    assert seen["normal"][1] == "" and not seen["normal"][0].startswith("+")
    assert seen["warning"][1] == "bijna om"
    assert seen["over"][0].startswith("+") and seen["over"][1] == "uitgelopen"
    assert "uitgelopen" in panel.display.accessibleName()


def test_pooled_tied_and_open_cards_carry_words_also_in_high_contrast(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    group = mk.add_subgroup(ctx.store, workshop_id, "A").id
    a = mk.add_entry(ctx.store, workshop_id, group, "supply", "ICT in de les").id
    b = mk.add_entry(ctx.store, workshop_id, group, "supply", "ICT-lessen").id
    alone = mk.add_entry(ctx.store, workshop_id, group, "supply", "Mentoraat").id
    tied = mk.add_entry(ctx.store, workshop_id, group, "demand", "ICT leren").id
    open_ = mk.add_entry(ctx.store, workshop_id, group, "demand", "Conflicten").id
    links.pool_all(ctx.store, [a, b])
    links.add_match(ctx.store, tied, alone)
    board = MarketBoard(ctx, workshop_id)
    _show(qtbot, board)
    for contrast in (False, True):
        board.set_high_contrast(contrast)
        for mode in ("sheets", "plenary"):
            board.set_mode(mode)
            scene = board.sheets_scene if mode == "sheets" else board.plenary.scene
            tags = {i: card.tags.layout.text() for i, card in scene.cards.items()}
            assert "gebundeld" in tags[a] and "gebundeld" not in tags[alone]
            assert "knoop" in tags[alone]
            if mode == "sheets":
                assert "knoop" in tags[tied] and "knoop" not in tags[open_]
            else:  # open demand stands under its own heading, in words
                assert open_ in scene.cards and tied not in scene.cards
                heading = scene.panels[("col", "open")].title.layout.text()
                assert heading == "Open vraag"
    assert load_market(ctx.store, workshop_id).open_demand()[0].id == open_


def _render(card: EntryCard) -> QImage:
    rect = card.boundingRect()
    image = QImage(int(rect.width()) + 2, int(rect.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.translate(-rect.left(), -rect.top())
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return image


def test_the_market_focus_frame_is_a_shape_outside_the_card(qtbot, ctx, workshop_id) -> None:  # noqa: ANN001
    group = mk.add_subgroup(ctx.store, workshop_id, "A").id
    entry_id = mk.add_entry(ctx.store, workshop_id, group, "supply", "ICT").id
    entry = load_market(ctx.store, workshop_id).entries[entry_id]
    card = EntryCard(entry, Metrics())
    plain = _render(card)
    card.set_focused(True)
    framed = _render(card)
    # the frame lies outside the paper, where the colour of the card never reaches
    left = int(-card.boundingRect().left()) - 4
    column = [QColor(framed.pixel(left, y)) != QColor(plain.pixel(left, y))
              for y in range(plain.height())]
    assert sum(column) > card.height * 0.5
    assert QRectF(0, 0, card.width, card.height).contains(card.boundingRect()) is False
