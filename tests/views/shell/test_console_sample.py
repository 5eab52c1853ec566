"""A first start that teaches: the sample workshop of the empty start screen (issue 18)."""
from __future__ import annotations

from pathlib import Path

from app.models import actions as act
from app.models import agenda, circle
from app.models import plusmin as pm
from app.models import workshop as ops
from app.models.market_analysis import load_market
from app.models.sample import SAMPLE_TITLE
from app.models.store import Store
from app.views.shell.main_window import MainWindow


def test_the_empty_start_screen_offers_a_sample_with_something_on_every_board(
        qtbot, store_path: Path) -> None:
    store = Store(store_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    start = window.start
    assert start.sample_button.isVisible() and start.empty.isVisible()
    start.sample_button.click()
    [ws] = ops.list_workshops(store)
    assert ws.title == SAMPLE_TITLE and "Voorbeeld" in ws.title and ws.extra.get("sample") is True
    screen = window.workshop_screen
    assert screen is not None and screen.workshop_id == ws.id  # opened to try out
    people = ops.list_participants(store, ws.id)
    assert len(people) >= 6 and len({p.subgroup for p in people}) == 3
    assert len(circle.list_notes(store, ws.id)) >= 3
    market = load_market(store, ws.id)
    assert {e.side for e in market.entries.values()} == {"supply", "demand"}
    boards = [pm.load_board(store, t.id) for t in pm.list_themes(store, ws.id)]
    assert any(b is not None and {i.sign for i in b.items} == {"plus", "min"} for b in boards)
    assert [r.board for r in agenda.list_rounds(store, ws.id)][:4] == ["circle", "circle",
                                                                        "market", "plusmin"]
    assert act.list_actions(store, ws.id)

    window.show_overview()
    model = start.table.model()
    assert model.index(0, 4).data().startswith("Voorbeeld · ")  # marked in the overview
    assert not start.sample_button.isVisible()
    start.table.selectRow(0)
    start.delete_selected(confirm=False)  # deleted like any other
    assert ops.list_workshops(store) == []
    assert start.sample_button.isVisible()
    window.close()
    store.close()


def test_undo_takes_the_sample_away_again(qtbot, store_path: Path) -> None:
    store = Store(store_path)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.start.open_sample()
    window.show_overview()
    window.action_undo.trigger()
    assert ops.list_workshops(store) == []
    window.action_redo.trigger()
    assert [w.title for w in ops.list_workshops(store)] == [SAMPLE_TITLE]
    window.close()
    store.close()
