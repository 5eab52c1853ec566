"""The plus-min schema: themes, points, pairs, the closing check and urgency."""
from __future__ import annotations

import pytest

from app.models import plusmin as pm
from app.models.events import Kind, PlusMinPart, Topic
from app.models.orchestration import create_workshop
from app.models.store import Store
from app.models.workshop import InputError


@pytest.fixture
def theme_id(store: Store, workshop_id: int) -> int:
    return pm.add_theme(store, workshop_id, "Feedback en bespreekbaarheid").id


def _fill(store: Store, theme_id: int, plus: int, min_: int) -> tuple[list[int], list[int]]:
    p = [pm.add_item(store, theme_id, "plus", f"plus {n}").id for n in range(plus)]
    m = [pm.add_item(store, theme_id, "min", f"min {n}").id for n in range(min_)]
    return p, m


def _texts(store: Store, theme_id: int, sign: str) -> list[str]:
    board = pm.load_board(store, theme_id)
    assert board is not None
    return [i.text for i in board.column(sign)]


def _pairs(store: Store, theme_id: int) -> set[tuple[str, str]]:
    board = pm.load_board(store, theme_id)
    assert board is not None
    text = {i.id: i.text for i in board.items}
    return {(text[p.plus_id], text[p.min_id]) for p in board.pairs}


def test_five_plus_four_min_three_pairs_leaves_two_and_one_unpaired(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 5, 4)
    for a, b in ((p[0], m[1]), (m[0], p[2]), (p[4], m[3])):
        pm.pair_items(store, a, b)
    assert pm.unpaired_counts(store, theme_id) == (2, 1)
    board = pm.load_board(store, theme_id)
    check = board.check()
    assert [board.items[[i.id for i in board.items].index(x)].text
            for x in check.plus_unpaired] == ["plus 1", "plus 3"]
    assert not check.complete
    rows = board.rows()
    # Pairs sit on one row, ordered by their positive point; then the unpaired.
    assert [(r.plus.text, r.min.text) for r in rows if r.paired] == [
        ("plus 0", "min 1"), ("plus 2", "min 0"), ("plus 4", "min 3")]
    loose = [r for r in rows if not r.paired]
    assert [(r.plus and r.plus.text, r.min and r.min.text) for r in loose] == [
        ("plus 1", "min 2"), ("plus 3", None)]


def test_pair_unpair_and_layout_restore(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 2, 2)
    before = pm.pair_items(store, p[0], m[0])
    assert _pairs(store, theme_id) == {("plus 0", "min 0")}
    # Pairing a point again keeps its earlier pair: one point of attention may be
    # the reverse side of several positive points.
    second = pm.pair_items(store, m[0], p[1])
    assert _pairs(store, theme_id) == {("plus 0", "min 0"), ("plus 1", "min 0")}
    pm.restore_layout(store, second)
    assert _pairs(store, theme_id) == {("plus 0", "min 0")}
    undo = pm.unpair_item(store, m[0])
    assert _pairs(store, theme_id) == set()
    pm.restore_layout(store, undo)
    assert _pairs(store, theme_id) == {("plus 0", "min 0")}
    pm.restore_layout(store, before)
    assert pm.unpaired_counts(store, theme_id) == (2, 2)


def test_pairing_refuses_nonsense(store, theme_id, workshop_id) -> None:
    p, m = _fill(store, theme_id, 2, 1)
    with pytest.raises(InputError, match="dezelfde kolom"):
        pm.pair_items(store, p[0], p[1])
    other = pm.add_theme(store, workshop_id, "Ander thema").id
    foreign = pm.add_item(store, other, "min", "elders").id
    with pytest.raises(InputError, match="hetzelfde thema"):
        pm.pair_items(store, p[0], foreign)
    pm.pair_items(store, p[0], m[0])
    with pytest.raises(InputError, match="al aan elkaar"):
        pm.pair_items(store, m[0], p[0])
    with pytest.raises(InputError, match="niet gekoppeld"):
        pm.unpair_item(store, p[1])
    with pytest.raises(InputError, match="bestaat niet"):
        pm.pair_items(store, p[0], 99999)
    assert _pairs(store, theme_id) == {("plus 0", "min 0")}


def test_moving_a_paired_point_to_the_other_column_dissolves_the_pair(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 2, 2)
    pm.pair_items(store, p[0], m[0])
    saved = pm.move_item(store, m[0], "plus", before_id=p[1])
    assert _texts(store, theme_id, "plus") == ["plus 0", "min 0", "plus 1"]
    assert _texts(store, theme_id, "min") == ["min 1"]
    assert _pairs(store, theme_id) == set()
    pm.restore_layout(store, saved)
    assert _texts(store, theme_id, "plus") == ["plus 0", "plus 1"]
    assert _texts(store, theme_id, "min") == ["min 0", "min 1"]
    assert _pairs(store, theme_id) == {("plus 0", "min 0")}


def test_reorder_within_a_column_keeps_pairs(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 3, 1)
    pm.pair_items(store, p[1], m[0])
    pm.move_item(store, p[2], "plus", before_id=p[0])
    assert _texts(store, theme_id, "plus") == ["plus 2", "plus 0", "plus 1"]
    pm.move_item(store, p[2], "plus", before_id=None)
    assert _texts(store, theme_id, "plus") == ["plus 0", "plus 1", "plus 2"]
    assert _pairs(store, theme_id) == {("plus 1", "min 0")}


def test_reorder_target_moves_pairs_as_rows(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 3, 3)
    pm.pair_items(store, p[0], m[0])
    pm.pair_items(store, p[1], m[1])
    board = pm.load_board(store, theme_id)
    # Dragging the second pair's min above the first pair moves the whole row.
    mover, sign, before = pm.reorder_target(board, m[1], m[0], False, "min")
    pm.move_item(store, mover, sign, before)
    rows = pm.load_board(store, theme_id).rows()
    assert [(r.plus.text, r.min.text) for r in rows if r.paired] == [
        ("plus 1", "min 1"), ("plus 0", "min 0")]
    # An unpaired point dropped after another unpaired one lands just below it.
    board = pm.load_board(store, theme_id)
    pm.move_item(store, *pm.reorder_target(board, p[2], None, False, "min"))
    assert _texts(store, theme_id, "min")[-1] == "plus 2"


def test_add_insert_edit_remove_restore(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 3, 1)
    pm.add_item(store, theme_id, "plus", "eerste", before_id=p[0])
    assert _texts(store, theme_id, "plus") == ["eerste", "plus 0", "plus 1", "plus 2"]
    assert pm.update_item_text(store, p[1], "  nieuwe tekst  ") == "plus 1"
    pm.pair_items(store, p[1], m[0])
    snap = pm.remove_item(store, p[1])
    assert _texts(store, theme_id, "plus") == ["eerste", "plus 0", "plus 2"]
    assert _pairs(store, theme_id) == set()
    pm.restore_item(store, snap)
    assert _texts(store, theme_id, "plus") == ["eerste", "plus 0", "nieuwe tekst", "plus 2"]
    assert _pairs(store, theme_id) == {("nieuwe tekst", "min 0")}


@pytest.mark.parametrize("text, stored", [
    ("😀 Leren van elkaar 👩‍🏫", "😀 Leren van elkaar 👩‍🏫"),
    ("التعلم معًا", "التعلم معًا"),
    ("regel\x00een\x07twee\x1b", "regeleentwee"),
    ("  spaties  ", "spaties"),
])
def test_bad_but_usable_text_is_cleaned(store, theme_id, text, stored) -> None:
    item = pm.add_item(store, theme_id, "min", text)
    assert _texts(store, theme_id, "min") == [stored]
    assert pm.get_theme(store, theme_id) is not None
    assert pm.update_item_text(store, item.id, "tijdelijk") == stored
    assert pm.update_item_text(store, item.id, "\t" + text + "\x02") == "tijdelijk"
    assert _texts(store, theme_id, "min") == [stored]


@pytest.mark.parametrize("text, message", [
    ("", "mag niet leeg"), ("   \n\t ", "mag niet leeg"), ("\x00\x01", "mag niet leeg"),
    ("x" * 100_001, "te lang"),
])
def test_unusable_text_is_refused_and_nothing_stored(store, theme_id, text, message) -> None:
    with pytest.raises(InputError, match=message):
        pm.add_item(store, theme_id, "plus", text)
    item = pm.add_item(store, theme_id, "plus", "goed")
    with pytest.raises(InputError, match=message):
        pm.update_item_text(store, item.id, text)
    assert _texts(store, theme_id, "plus") == ["goed"]
    with pytest.raises(InputError):
        pm.add_theme(store, pm.get_theme(store, theme_id).workshop_id, text)
    with pytest.raises(InputError, match="kolom"):
        pm.add_item(store, theme_id, "maybe", "tekst")


def test_the_longest_allowed_text_is_kept_whole(store, theme_id) -> None:
    pm.add_item(store, theme_id, "plus", "y" * 100_000)
    assert _texts(store, theme_id, "plus") == ["y" * 100_000]


def test_core_themes_fill_a_new_theme_and_offer_inspiration(store, workshop_id) -> None:
    assert [t.title for t in pm.core_themes()] == list(pm.CORE_THEMES)
    for core in pm.core_themes():
        assert len(core.plus) >= 3 and len(core.min) >= 3
    theme = pm.add_theme(store, workshop_id, "veranderen, vernieuwen EN leren", with_points=True)
    board = pm.load_board(store, theme.id)
    core = pm.core_theme(theme.title)
    assert [i.text for i in board.column("plus")] == list(core.plus)
    assert [i.text for i in board.column("min")] == list(core.min)
    assert pm.core_theme("Autonomie en onderdeel zijn van ‘een geheel’") is not None
    assert pm.core_theme("Iets heel anders") is None
    empty = pm.add_theme(store, workshop_id, pm.CORE_THEMES[0])
    assert pm.load_board(store, empty.id).items == []


def test_votes_and_ranking_decide_urgency(store, workshop_id) -> None:
    a, b, c = (pm.add_theme(store, workshop_id, t).id for t in ("A", "B", "C"))
    assert pm.most_urgent(store, workshop_id) == []
    for _ in range(3):
        pm.add_vote(store, b)
    pm.add_vote(store, c)
    pm.add_vote(store, c)
    pm.add_vote(store, c)
    ranking = pm.urgency(store, workshop_id)
    assert [(u.title, u.rank, u.basis) for u in ranking] == [
        ("B", 1, "votes"), ("C", 1, "votes"), ("A", None, "none")]
    pm.remove_vote(store, c)
    assert [u.title for u in pm.most_urgent(store, workshop_id)] == ["B"]
    with pytest.raises(InputError, match="geen stemmen"):
        pm.remove_vote(store, a)
    old = pm.set_priority_order(store, workshop_id, [c, a])
    assert [(u.title, u.rank, u.basis) for u in pm.urgency(store, workshop_id)] == [
        ("C", 1, "priority"), ("A", 2, "priority"), ("B", 3, "votes")]
    pm.restore_priorities(store, workshop_id, old)
    assert pm.most_urgent(store, workshop_id)[0].title == "B"
    with pytest.raises(InputError):
        pm.set_priority_order(store, workshop_id, [a, a])


def test_deleting_and_restoring_a_theme_keeps_everything(store, workshop_id) -> None:
    first = pm.add_theme(store, workshop_id, "Eerste").id
    second = pm.add_theme(store, workshop_id, "Tweede").id
    p, m = _fill(store, second, 2, 1)
    pm.pair_items(store, p[1], m[0])
    pm.set_priority_order(store, workshop_id, [second, first])
    snap = pm.delete_theme(store, second)
    assert [t.title for t in pm.list_themes(store, workshop_id)] == ["Eerste"]
    assert pm.get_theme(store, first).priority == 1
    pm.restore_theme(store, snap)
    assert [(t.title, t.priority) for t in pm.list_themes(store, workshop_id)] == [
        ("Eerste", 2), ("Tweede", 1)]
    assert _pairs(store, second) == {("plus 1", "min 0")}
    pm.move_theme(store, second, 0)
    assert [t.title for t in pm.list_themes(store, workshop_id)] == ["Tweede", "Eerste"]


def test_reopening_keeps_order_pairs_reveal_and_ranking(reopen, store) -> None:
    ws = create_workshop(store, title="Heropenen", template="plusmin").id
    themes = pm.list_themes(store, ws)
    assert [t.title for t in themes] == list(pm.CORE_THEMES)
    t = themes[1].id
    p, m = _fill(store, t, 3, 2)
    pm.move_item(store, p[2], "plus", before_id=p[0])
    pm.pair_items(store, p[0], m[1])
    pm.set_attention_revealed(store, t, True)
    pm.set_priority_order(store, ws, [themes[3].id, t])
    pm.add_vote(store, themes[0].id)
    again = reopen()
    assert _texts(again, t, "plus") == ["plus 2", "plus 0", "plus 1"]
    assert _pairs(again, t) == {("plus 0", "min 1")}
    assert pm.get_theme(again, t).attention_revealed is True
    assert [(u.title, u.rank) for u in pm.urgency(again, ws)][:3] == [
        (pm.CORE_THEMES[3], 1), (pm.CORE_THEMES[1], 2), (pm.CORE_THEMES[0], 3)]


def test_changes_are_announced_with_the_theme(store, theme_id) -> None:
    seen = []
    store.bus.subscribe(seen.append)
    item = pm.add_item(store, theme_id, "plus", "punt")
    pm.update_item_text(store, item.id, "ander punt")
    assert [(c.topic, c.kind, c.ids, c.what, c.theme_id) for c in seen] == [
        (Topic.PLUSMIN, Kind.INSERT, (item.id,), PlusMinPart.ITEM, theme_id),
        (Topic.PLUSMIN, Kind.UPDATE, (item.id,), PlusMinPart.TEXT, theme_id)]


def test_five_positive_six_attention_all_paired_passes_and_one_unpaired_fails(store, theme_id) -> None:
    """The method's check is not one-to-one: 5 plus and 6 min can all have their other side."""
    p, m = _fill(store, theme_id, 5, 6)
    ties = [(p[0], m[0]), (p[1], m[1]), (p[2], m[2]), (p[3], m[3]), (p[4], m[4]), (p[4], m[5])]
    for a, b in ties:
        pm.pair_items(store, a, b)
    board = pm.load_board(store, theme_id)
    assert board.check().complete
    assert pm.unpaired_counts(store, theme_id) == (0, 0)
    assert sorted(board.partners(p[4])) == sorted([m[4], m[5]])
    rows = board.rows()
    # the group of plus 4 with its two reverse sides stays together, every row counts as paired
    assert all(r.paired for r in rows)
    assert [(r.plus and r.plus.text, r.min and r.min.text) for r in rows][-2:] == [
        ("plus 4", "min 4"), (None, "min 5")]
    assert [r.linked for r in rows][-2:] == [True, False]
    # one point of attention left without a positive side: the check fails and counts it
    pm.unpair_item(store, m[5], p[4])
    assert pm.unpaired_counts(store, theme_id) == (0, 1)
    board = pm.load_board(store, theme_id)
    assert not board.check().complete
    assert [i.text for i in board.items if i.id in board.check().min_unpaired] == ["min 5"]
    assert _pairs(store, theme_id) >= {("plus 4", "min 4")}


def test_one_attention_point_behind_several_positive_points(store, theme_id) -> None:
    p, m = _fill(store, theme_id, 3, 1)
    for plus in p:
        pm.pair_items(store, plus, m[0])
    assert pm.unpaired_counts(store, theme_id) == (0, 0)
    with pytest.raises(InputError, match="al aan elkaar gekoppeld"):
        pm.pair_items(store, p[1], m[0])
    # removing the shared point takes all its ties with it; restoring brings them all back
    snap = pm.remove_item(store, m[0])
    assert _pairs(store, theme_id) == set()
    assert pm.unpaired_counts(store, theme_id) == (3, 0)
    pm.restore_item(store, snap)
    assert _pairs(store, theme_id) == {("plus 0", "min 0"), ("plus 1", "min 0"), ("plus 2", "min 0")}
