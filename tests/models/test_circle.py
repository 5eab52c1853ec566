"""The circle of influence in the model layer: rings, parking strip, moves, tally."""
from __future__ import annotations

import math

import pytest

from app.models import circle as ops
from app.models import orchestration
from app.models import workshop as wops
from app.models.events import Kind, Topic
from app.models.store import Store


@pytest.mark.parametrize(("x", "y", "ring"), [
    (0.0, 0.0, "self"), (0.2, 0.0, "self"), (0.0, -0.21, "class"), (0.3, 0.3, "section"),
    (-0.55, 0.3, "school"), (0.0, 0.61, "school"), (0.9, 0.1, "society"), (0.0, -1.0, "society"),
    (0.8, 0.61, None), (1.5, 0.0, None), (math.nan, 0.0, None), (math.inf, 0.0, None),
])
def test_ring_is_a_function_of_the_centre(x: float, y: float, ring: str | None) -> None:
    assert ops.ring_at(x, y) == ring


def test_new_notes_fill_the_parking_strip_slot_by_slot(store: Store, workshop_id: int) -> None:
    notes = [ops.add_note(store, workshop_id, f"verhaal {i}") for i in range(3)]
    assert [(n.x, n.y) for n in notes] == list(ops.PARKING_SLOTS[:3])
    assert all(n.ring is None and n.x > 1.0 for n in notes)
    # A slot freed by placing a note is used again first.
    ops.move_notes(store, {notes[1].id: (0.0, 0.0)})
    again = ops.add_note(store, workshop_id, "nog een")
    assert (again.x, again.y) == ops.PARKING_SLOTS[1]
    # A full strip still takes notes: they cascade over it, all outside the circle.
    more = [ops.add_note(store, workshop_id, f"extra {i}") for i in range(len(ops.PARKING_SLOTS) + 3)]
    assert all(ops.ring_at(n.x, n.y) is None and n.x < ops.BOARD_RIGHT for n in more)
    assert len({(n.x, n.y) for n in more}) == len(more)


def test_add_note_validates_text_colour_participant_and_position(store: Store, workshop_id: int) -> None:
    anna = wops.add_participant(store, workshop_id, "Anna")
    other = orchestration.create_workshop(store, title="Ander")
    stranger = wops.add_participant(store, other.id, "Bert")
    with pytest.raises(wops.InputError, match="lege post-it"):
        ops.add_note(store, workshop_id, "  \x07 ")
    only_name = ops.add_note(store, workshop_id, "", participant_id=anna.id)
    assert only_name.text == "" and only_name.participant_id == anna.id
    with pytest.raises(wops.InputError, match="hoort niet"):
        ops.add_note(store, workshop_id, "x", participant_id=stranger.id)
    with pytest.raises(wops.InputError, match="kleur"):
        ops.add_note(store, workshop_id, "x", color="red; drop table")
    for bad in (math.nan, math.inf, -math.inf):
        with pytest.raises(wops.InputError, match="eindige"):
            ops.add_note(store, workshop_id, "x", x=bad, y=0.0)
    with pytest.raises(wops.InputError, match="te lang"):
        ops.add_note(store, workshop_id, "x" * 100_001)
    assert [n.id for n in ops.list_notes(store, workshop_id)] == [only_name.id]


def test_odd_text_is_kept_or_cleaned(store: Store, workshop_id: int) -> None:
    long = ops.add_note(store, workshop_id, "woord " * 16_000 + "eind")
    emoji = ops.add_note(store, workshop_id, "Trots 🎉👩🏽‍🏫 op de klas")
    rtl = ops.add_note(store, workshop_id, "שלום עולם مرحبا")
    ctrl = ops.add_note(store, workshop_id, "a\x00b\x1bc\r\nd\u2029e")
    texts = {n.id: n.text for n in ops.list_notes(store, workshop_id)}
    assert texts[long.id].endswith("eind") and len(texts[long.id]) == 96_004
    assert texts[emoji.id] == "Trots 🎉👩🏽‍🏫 op de klas"
    assert texts[rtl.id] == "שלום עולם مرحبا"
    assert texts[ctrl.id] == "abc\nd\ne"


def test_move_notes_is_one_transaction_and_stores_the_ring(store: Store, workshop_id: int) -> None:
    a, b = (ops.add_note(store, workshop_id, t) for t in ("a", "b"))
    changes = []
    store.bus.subscribe(changes.append)
    old = ops.move_notes(store, {a.id: (0.05, 0.0), b.id: (0.0, 0.7, 9)})
    assert old == {a.id: (a.x, a.y, a.z), b.id: (b.x, b.y, b.z)}
    rings = {n.id: (n.ring, n.z) for n in ops.list_notes(store, workshop_id)}
    assert rings == {a.id: ("self", a.z), b.id: ("school", 9)}
    assert [(c.topic, c.kind, set(c.ids)) for c in changes] == [(Topic.NOTE, Kind.UPDATE, {a.id, b.id})]
    # A bad coordinate anywhere refuses the whole move.
    with pytest.raises(wops.InputError):
        ops.move_notes(store, {a.id: (0.9, 0.0), b.id: (math.nan, 0.0)})
    assert {n.id: n.ring for n in ops.list_notes(store, workshop_id)} == {a.id: "self", b.id: "school"}
    ops.move_notes(store, old)
    assert all(n.ring is None for n in ops.list_notes(store, workshop_id))
    # Far-off coordinates are kept on the board, outside the circle.
    ops.move_notes(store, {a.id: (-50.0, 3.0)})
    moved = ops.get_note(store, a.id)
    assert (moved.x, moved.y, moved.ring) == (ops.BOARD_LEFT, ops.BOARD_BOTTOM, None)


def test_update_delete_restore(store: Store, workshop_id: int) -> None:
    anna = wops.add_participant(store, workshop_id, "Anna")
    note = ops.add_note(store, workshop_id, "eerst", participant_id=anna.id)
    old = ops.update_note(store, note.id, text="daarna", participant_id=None, color="#C5E1A5")
    assert old == {"text": "eerst", "participant_id": anna.id, "color": ops.DEFAULT_NOTE_COLOR}
    fresh = ops.get_note(store, note.id)
    assert (fresh.text, fresh.participant_id, fresh.color) == ("daarna", None, "#c5e1a5")
    with pytest.raises(wops.InputError, match="lege post-it"):
        ops.update_note(store, note.id, text="")
    ops.update_note(store, note.id, **old)
    ops.move_notes(store, {note.id: (0.0, 0.3)})
    snaps = ops.delete_notes(store, [note.id])
    assert ops.list_notes(store, workshop_id) == []
    orchestration.remove_participant(store, anna.id)  # gone while the note was deleted
    ops.restore_notes(store, snaps)
    back = ops.get_note(store, note.id)
    assert (back.id, back.text, back.ring, back.participant_id) == (note.id, "eerst", "class", None)


@pytest.mark.parametrize(("rings", "most", "top"), [
    ([], (), 0),
    ([None, None], (), 0),
    (["class", "class", "school", None], ("class",), 2),
    (["class", "school", "school", "class", "self"], ("class", "school"), 2),
    (["self", "class", "section", "school", "society"], ops.RINGS, 1),
])
def test_tally_counts_rings_and_reports_ties(rings: list, most: tuple, top: int) -> None:
    result = ops.tally(rings)
    assert result.most == most and result.top == top
    assert result.counts[None] == rings.count(None)
    assert result.placed == len(rings) - rings.count(None)


def test_tally_from_the_store_follows_moves(store: Store, workshop_id: int) -> None:
    notes = [ops.add_note(store, workshop_id, str(i)) for i in range(4)]
    assert ops.tally(store, workshop_id).counts[None] == 4
    ops.move_notes(store, {notes[0].id: (0.0, 0.3), notes[1].id: (0.3, 0.0),
                           notes[2].id: (0.0, 0.9)})
    result = ops.tally(store, workshop_id)
    assert result.counts == {"self": 0, "class": 2, "section": 0, "school": 0, "society": 1, None: 1}
    assert result.most == ("class",)


def test_notes_survive_reopening_the_store(reopen, workshop_id: int, store: Store) -> None:
    a = ops.add_note(store, workshop_id, "blijft")
    ops.move_notes(store, {a.id: (-0.65, 0.2)})
    (note,) = ops.list_notes(reopen(), workshop_id)
    assert (note.x, note.y, note.ring, note.text) == (-0.65, 0.2, "school", "blijft")
