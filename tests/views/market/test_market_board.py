"""The marketplace board driven like a facilitator: keyboard, mouse drags, suggestions."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from app.models import market as ops
from app.models import market_links as links
from app.models import orchestration
from app.models import workshop as wops
from app.models.market_analysis import load_market
from app.views.market.board import MarketBoard
from app.views.market.cards import EntryCard
from app.views.market.plenary import KnotItem
from tests.tools.market_seed import Market, build


def make_board(qtbot, ctx, workshop_id: int, *, audience: bool = False) -> MarketBoard:  # noqa: ANN001
    board = MarketBoard(ctx, workshop_id, audience=audience)
    qtbot.addWidget(board)
    board.resize(1400, 900)
    board.show()
    qtbot.waitExposed(board)
    QApplication.processEvents()
    return board


@pytest.fixture
def market(ctx) -> Market:  # noqa: ANN001
    return build(ctx.store)


def centre(card) -> QPointF:  # noqa: ANN001
    return card.mapToScene(QPointF(card.width / 2, card.height / 2))


def drag(view, start: QPointF, end: QPointF) -> None:  # noqa: ANN001
    """Press, move in steps, release: the gesture a facilitator makes with the mouse."""
    viewport = view.viewport()
    a, b = view.mapFromScene(start), view.mapFromScene(end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    for step in range(1, 5):
        QTest.mouseMove(viewport, a + (b - a) * step / 4)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    QApplication.processEvents()


def entry_texts(ctx, market: Market, group: str, side: str) -> list[str]:  # noqa: ANN001
    return [e.text for e in load_market(ctx.store, market.ws).sheet(market.groups[group], side)]


# -- the sheets ----------------------------------------------------------------------

def test_lines_are_added_from_the_keyboard_and_focus_stays_for_the_next(qtbot, ctx) -> None:
    ws = orchestration.create_workshop(ctx.store, title="Markt").id
    bram = wops.add_participant(ctx.store, ws, "Bram Jansen", "older_teacher", "A").id
    board = make_board(qtbot, ctx, ws)
    assert "Nog geen subgroepen" in board.sheets_scene.hint.block.layout.text()
    board.subgroups_from_participants()
    [group] = ops.list_subgroups(ctx.store, ws)
    messages: list[str] = []
    board.message.connect(messages.append)
    board.subgroups_from_participants()  # nothing new: said so, nothing on the undo stack
    assert "Geen nieuwe subgroepen" in messages[-1] and ctx.undo.count() == 1
    board.focus_add()
    assert board.target() == (group.id, "supply")

    qtbot.keyClicks(board.fields.text_edit, "ICT in de les")
    qtbot.keyClicks(board.fields.owners_edit, "bra")
    popup = QApplication.activePopupWidget()  # the type-ahead list offers "Bram Jansen"
    assert popup is board.fields.owners_edit.completer_.popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)  # takes the name and adds the line
    qtbot.keyClicks(board.fields.text_edit, "Mentoraat")
    QTest.keyClick(board.fields.text_edit, Qt.Key.Key_Return)
    state = load_market(ctx.store, ws)
    assert [(e.text, [p.participant_id for p in e.owners]) for e in state.side("supply")] == [
        ("ICT in de les", [bram]), ("Mentoraat", [])]
    assert board.fields.text_edit.text() == "" and board.fields.text_edit.hasFocus()
    assert len(board.sheets_scene.cards) == 2

    board.set_target(group.id, "demand")
    assert board.fields.sources_edit.isVisibleTo(board)
    qtbot.keyClicks(board.fields.text_edit, "Digitaal toetsen")
    qtbot.keyClicks(board.fields.owners_edit, "Bram")
    qtbot.keyClicks(board.fields.sources_edit, "Sukru, Mevr. Jansen")
    QTest.keyClick(board.fields.text_edit, Qt.Key.Key_Return)
    [demand] = load_market(ctx.store, ws).side("demand")
    assert [(p.participant_id, p.name) for p in demand.sources] == [
        (None, "Sukru"), (None, "Mevr. Jansen")]
    ctx.undo.undo()
    assert load_market(ctx.store, ws).side("demand") == []
    assert len(board.sheets_scene.cards) == 2


def test_names_complete_from_participants(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    edit = board.fields.owners_edit
    edit.setText("Anna de Vries, ")
    edit.insert_name("Şükrü Yılmaz")
    assert edit.names_text() == "Anna de Vries, Şükrü Yılmaz"
    assert "Şükrü Yılmaz" in edit.completer_.model().stringList()


@pytest.mark.parametrize("text, expected", [
    ("", None), ("   ", None), ("x" * 100_000, None), ("\x00\x07", None),
    ("Spelvormen 🎲 👩‍🏫", "Spelvormen 🎲 👩‍🏫"), ("תכנון שיעור", "תכנון שיעור"),
    ("IC\x00T\x1b les", "ICT les"),
])
def test_bad_input_in_the_add_bar_never_crashes(qtbot, ctx, market: Market, text: str,
                                                expected: str | None) -> None:
    board = make_board(qtbot, ctx, market.ws)
    before = len(load_market(ctx.store, market.ws).entries)
    board.fields.text_edit.setText(text)
    board.fields.owners_edit.setText("Anna, 💡, " + "y" * 300)
    board.add_from_fields()
    state = load_market(ctx.store, market.ws)
    if expected is None:
        assert len(state.entries) == before
        assert board.feedback.text()  # the facilitator is told why
    else:
        board.fields.owners_edit.setText("Anna, 💡")
        board.fields.text_edit.setText(text)
        board.add_from_fields()
        [new] = [e for e in load_market(ctx.store, market.ws).entries.values()
                 if e.text == expected]
        assert [p.name for p in new.owners] == ["Anna de Vries", "💡"]
        assert new.id in board.sheets_scene.cards


def test_dragging_a_line_reorders_and_moves_it_to_another_sheet(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    scene, view = board.sheets_scene, board.sheets_view
    apps, first = scene.cards[market.e["s3"]], scene.cards[market.e["s1"]]
    drag(view, centre(apps), first.mapToScene(QPointF(20, 3)))
    assert entry_texts(ctx, market, "A", "supply") == [
        "Wiskunde-apps op de tablet", "ICT in de les", "Omgaan met ADHD in de klas"]
    assert apps.y() == pytest.approx(first.y() - apps.height - 10)  # laid out in the new order

    target = scene.sheets[(market.groups["B"], "demand")]
    drag(view, centre(apps), target.mapToScene(QPointF(40, target.height - 10)))
    assert entry_texts(ctx, market, "B", "demand")[-1] == "Wiskunde-apps op de tablet"
    assert "Wiskunde-apps op de tablet" not in entry_texts(ctx, market, "A", "supply")
    ctx.undo.undo()
    ctx.undo.undo()
    assert entry_texts(ctx, market, "A", "supply")[2] == "Wiskunde-apps op de tablet"

    drag(view, centre(apps), QPointF(-500, -500))  # dropped on the bare wall: nothing changes
    assert entry_texts(ctx, market, "A", "supply")[2] == "Wiskunde-apps op de tablet"
    assert ctx.undo.index() == 0


def test_keyboard_edits_on_the_selected_line(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    card = board.sheets_scene.cards[market.e["s1"]]
    card.setSelected(True)
    board.sheets_view.setFocus()
    QTest.keyClick(board.sheets_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert entry_texts(ctx, market, "A", "supply")[1] == "ICT in de les"
    QTest.keyClick(board.sheets_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert entry_texts(ctx, market, "A", "demand")[-1] == "ICT in de les"
    QTest.keyClick(board.sheets_view, Qt.Key.Key_Delete)
    assert market.e["s1"] not in load_market(ctx.store, market.ws).entries
    ctx.undo.undo()
    assert entry_texts(ctx, market, "A", "demand")[-1] == "ICT in de les"


def test_editing_in_place_saves_on_enter_and_cancels_on_escape(qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    card = board.sheets_scene.cards[market.e["d3"]]
    point = board.sheets_view.mapFromScene(centre(card))
    QTest.mouseDClick(board.sheets_view.viewport(), Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, point)
    editor = board.editor
    assert editor is not None and editor.text_edit.text() == "Digitaal toetsen"
    assert editor.sources_edit.text() == "Sukru"
    editor.text_edit.setText("Digitaal toetsen met Wizer")
    editor.sources_edit.setText("Şükrü Yılmaz")
    QTest.keyClick(editor.text_edit, Qt.Key.Key_Return)
    entry = load_market(ctx.store, market.ws).entries[market.e["d3"]]
    assert entry.text == "Digitaal toetsen met Wizer"
    assert [p.participant_id for p in entry.sources] == [market.people["Şükrü"]]
    assert board.editor is None

    board.edit_entry(market.e["d3"])
    board.editor.text_edit.setText("weg ermee")
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Escape)
    assert board.editor is None
    assert load_market(ctx.store, market.ws).entries[market.e["d3"]].text == "Digitaal toetsen met Wizer"
    board.edit_entry(market.e["d3"])
    board.editor.text_edit.setText("x" * 100_000)  # refused by the model, said in the add bar
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Return)
    assert "te lang" in board.feedback.text()
    assert load_market(ctx.store, market.ws).entries[market.e["d3"]].text == "Digitaal toetsen met Wizer"
    board.edit_entry(market.e["d3"])
    board.editor.owners_edit.setText("z" * 300)  # a name too long: the editor stays open
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Return)
    assert board.editor is not None
    QTest.keyClick(board.editor.text_edit, Qt.Key.Key_Escape)
    ctx.undo.undo()
    entry = load_market(ctx.store, market.ws).entries[market.e["d3"]]
    assert (entry.text, entry.sources[0].name) == ("Digitaal toetsen", "Sukru")


# -- the plenary -----------------------------------------------------------------------

def test_dragging_supply_onto_supply_pools_and_demand_onto_supply_ties_a_knot(
        qtbot, ctx, market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    board.set_mode("plenary")
    scene, view = board.plenary.scene, board.plenary.view
    drag(view, centre(scene.cards[market.e["s4"]]), centre(scene.cards[market.e["s1"]]))
    state = load_market(ctx.store, market.ws)
    assert [[e.text for e in p] for p in state.pools()] == [["ICT in de les", "ict in de les"]]

    drag(view, centre(scene.cards[market.e["d1"]]), centre(scene.cards[market.e["s2"]]))
    [knot] = load_market(ctx.store, market.ws).knots()
    assert (knot.demand.id, knot.supply.id) == (market.e["d1"], market.e["s2"])
    [item] = [i for i in scene.items() if isinstance(i, KnotItem)]
    assert item.head.layout.text() == "Bram Jansen wil leren van Anna de Vries:"
    assert market.e["d1"] not in scene.cards  # no longer open demand

    dev = ops.add_development(ctx.store, market.ws, "Tweetalig onderwijs invoeren")
    panel = scene.panels[("dev", dev.id)]
    drag(view, centre(scene.cards[market.e["s7"]]), panel.mapToScene(QPointF(30, 10)))
    assert load_market(ctx.store, market.ws).entries[market.e["s7"]].fits_development_id == dev.id

    drag(view, centre(scene.cards[market.e["d4"]]), centre(scene.cards[market.e["d5"]]))
    assert len(load_market(ctx.store, market.ws).knots()) == 1  # demand on demand: nothing
    for _ in range(3):
        ctx.undo.undo()
    state = load_market(ctx.store, market.ws)
    assert state.pools() == [] and state.knots() == []


def test_suggestions_are_offered_accepted_and_dismissed_for_good(qtbot, ctx, market: Market,
                                                                 store_path: Path) -> None:
    board = make_board(qtbot, ctx, market.ws)
    board.set_mode("plenary")
    panel = board.plenary
    texts = [panel.suggestion_list.item(i).text() for i in range(panel.suggestion_list.count())]
    assert any("“Sukru”" in t and "Şükrü Yılmaz" in t for t in texts)
    assert any("“ICT in de les”" in t and "“ict in de les”" in t for t in texts)
    assert load_market(ctx.store, market.ws).pools() == []  # offered, not merged

    row = next(i for i, t in enumerate(texts) if "“Sukru”" in t)
    panel.suggestion_list.setCurrentRow(row)
    assert {i.entry_id for i in panel.scene.selectedItems() if isinstance(i, EntryCard)} == {
        market.e["d3"], market.e["s3"]}  # both lines light up on the wall
    panel.suggestion_list.setFocus()
    QTest.keyClick(panel.suggestion_list, Qt.Key.Key_Return)
    assert [(k.demand.id, k.supply.id) for k in load_market(ctx.store, market.ws).knots()] == [
        (market.e["d3"], market.e["s3"])]

    row = next(i for i, s in enumerate(panel.suggestions) if s.kind == "pool"
               and market.e["s1"] in (s.a_id, s.b_id))
    panel.suggestion_list.setCurrentRow(row)
    QTest.keyClick(panel.suggestion_list, Qt.Key.Key_Delete)
    assert all(market.e["s1"] not in (s.a_id, s.b_id) for s in panel.suggestions)
    ctx.undo.undo()
    assert any(market.e["s1"] in (s.a_id, s.b_id) for s in panel.suggestions)
    ctx.undo.redo()
    ctx.undo.undo()
    ctx.undo.redo()

    reopened = MarketBoard(ctx, market.ws)
    qtbot.addWidget(reopened)
    assert all(market.e["s1"] not in (s.a_id, s.b_id) for s in reopened.plenary.suggestions)


def test_untie_a_knot_with_delete(qtbot, ctx, market: Market) -> None:
    links.add_match(ctx.store, market.e["d6"], market.e["s6"])
    board = make_board(qtbot, ctx, market.ws)
    board.set_mode("plenary")
    [item] = [i for i in board.plenary.scene.items() if isinstance(i, KnotItem)]
    item.setSelected(True)
    board.plenary.view.setFocus()
    QTest.keyClick(board.plenary.view, Qt.Key.Key_Delete)
    assert load_market(ctx.store, market.ws).knots() == []
    assert market.e["d6"] in board.plenary.scene.cards  # open demand again


def test_developments_are_added_edited_and_removed_from_the_side_panel(qtbot, ctx,
                                                                       market: Market) -> None:
    board = make_board(qtbot, ctx, market.ws)
    board.set_mode("plenary")
    panel = board.plenary
    qtbot.keyClicks(panel.dev_edit, "Nieuw rooster")
    QTest.keyClick(panel.dev_edit, Qt.Key.Key_Return)
    assert [d.text for d in ops.list_developments(ctx.store, market.ws)] == ["Nieuw rooster"]
    panel.dev_list.item(0).setText("Nieuw rooster 2027")
    assert [d.text for d in ops.list_developments(ctx.store, market.ws)] == ["Nieuw rooster 2027"]
    panel.dev_list.item(0).setText("   ")  # refused, the list shows the stored text again
    assert panel.dev_list.item(0).text() == "Nieuw rooster 2027"
    panel.dev_list.setCurrentRow(0)
    panel.dev_list.setFocus()
    QTest.keyClick(panel.dev_list, Qt.Key.Key_Delete)
    assert ops.list_developments(ctx.store, market.ws) == []


# -- the room's view and the hand-out -------------------------------------------------------

def test_audience_board_is_read_only_live_and_follows_the_facilitator(qtbot, ctx,
                                                                      market: Market) -> None:
    facilitator = make_board(qtbot, ctx, market.ws)
    room = make_board(qtbot, ctx, market.ws, audience=True)
    assert not hasattr(room, "fields") and room.mode() == "sheets"
    card = room.sheets_scene.cards[market.e["s3"]]
    drag(room.sheets_view, centre(card), centre(room.sheets_scene.cards[market.e["s1"]]))
    assert entry_texts(ctx, market, "A", "supply")[2] == "Wiskunde-apps op de tablet"

    facilitator.fields.text_edit.setText("Coöperatief leren")
    facilitator.add_from_fields()
    assert "Coöperatief leren" in {c.entry.text for c in room.sheets_scene.cards.values()}
    assert room.sheets_scene.cards[market.e["s1"]].metrics.text_pt > \
        facilitator.sheets_scene.cards[market.e["s1"]].metrics.text_pt
    facilitator.set_mode("plenary")
    assert room.mode() == "plenary"
    assert room.plenary.scene.panels[("col", "open")].subtitle.layout.text() == \
        "Hoe kunnen we dit ontwikkelen?"


def test_handout_button_writes_the_csv(qtbot, ctx, market: Market, tmp_path: Path,
                                       monkeypatch) -> None:
    links.add_match(ctx.store, market.e["d1"], market.e["s2"])
    board = make_board(qtbot, ctx, market.ws)
    chosen = tmp_path / "uitdeel"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), "csv"))
    messages: list[str] = []
    board.message.connect(messages.append)
    written = board.export_handout()
    assert written == tmp_path / "uitdeel.csv"
    with written.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert len(rows) == 10 and rows[2][0] == "Bram Jansen"
    assert rows[2][4] == "Anna de Vries: biedt Omgaan met ADHD in de klas"
    assert "9 deelnemers" in messages[-1]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert board.export_handout() is None


def test_screenshot_of_a_filled_board(qtbot, ctx, market: Market) -> None:
    """Grab both faces for a look (shots/), and check what the plenary shows."""
    links.pool_entries(ctx.store, market.e["s1"], market.e["s4"])
    links.add_match(ctx.store, market.e["d1"], market.e["s2"])
    board = make_board(qtbot, ctx, market.ws)
    shots = Path(__file__).resolve().parents[3] / "shots"
    shots.mkdir(exist_ok=True)
    board.grab().save(str(shots / "test_market_sheets.png"))
    board.set_mode("plenary")
    board.grab().save(str(shots / "test_market_plenary.png"))
    scene = board.plenary.scene
    titles = {p.title.layout.text() for p in scene.panels.values()}
    assert {"Aanbod", "Knopen", "Open vraag", "Ontwikkelingen van de school",
            "Gebundeld · 2 collega's"} <= titles
    pool = next(p for k, p in scene.panels.items() if k[0] == "pool")
    for entry_id in (market.e["s1"], market.e["s4"]):
        assert pool.sceneBoundingRect().contains(scene.cards[entry_id].sceneBoundingRect().center())
    assert {c.entry_id for c in scene.cards.values() if c.entry.side == "demand"} == {
        market.e[k] for k in ("d2", "d3", "d4", "d5", "d6")}


def test_the_room_look_scales_type_and_switches_to_high_contrast(qtbot, ctx, market: Market) -> None:
    from app.views.common.theme import apply_room_look

    room = make_board(qtbot, ctx, market.ws, audience=True)
    before = room.sheets_scene.cards[market.e["s1"]]
    apply_room_look(room, high_contrast=True, scale=1.5)
    card = room.sheets_scene.cards[market.e["s1"]]
    assert card.metrics.contrast and card.metrics.text_pt == pytest.approx(before.metrics.text_pt * 1.5)
    assert card.height > before.height  # same width, larger type: the text wraps sooner
    assert set(room.sheets_scene.cards) == set(load_market(ctx.store, market.ws).entries)
    ops.add_entry(ctx.store, market.ws, market.groups["B"], "supply", "Coachen", [])
    assert room.sheets_scene.cards[max(room.sheets_scene.cards)].metrics.contrast
    room.set_mode("plenary", store=False)
    assert room.plenary.scene.cards[market.e["s1"]].metrics.contrast
    shots = Path(__file__).resolve().parents[3] / "shots"
    shots.mkdir(exist_ok=True)
    room.grab().save(str(shots / "test_market_plenary_contrast.png"))
