"""Over naar actie and the conversation rules, in the model layer (no Qt)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from app.models import actions as act
from app.models import orchestration
from app.models import rules as rl
from app.models import workshop as ops
from app.models.events import Kind, Topic
from app.models.store import Store

TODAY = dt.date(2026, 11, 24)


def whats(store: Store, workshop_id: int) -> list[str]:
    return [a.what for a in act.list_actions(store, workshop_id)]


# -- actions ----------------------------------------------------------------------

def test_add_edit_move_delete_restore(store: Store, workshop_id: int) -> None:
    anna = ops.add_participant(store, workshop_id, "Anna", "older_teacher")
    first = act.add_action(store, workshop_id, "Marktplaats herhalen in sectieoverleg",
                           who_participant_id=anna.id, due="15-1-2027")
    second = act.add_action(store, workshop_id, "Intervisie plannen", who_text="Schoolleiding")
    third = act.add_action(store, workshop_id, "  Lesbezoek bij elkaar  ")
    assert whats(store, workshop_id) == ["Marktplaats herhalen in sectieoverleg",
                                         "Intervisie plannen", "Lesbezoek bij elkaar"]
    stored = act.list_actions(store, workshop_id)
    assert (stored[0].who_participant_id, stored[0].due) == (anna.id, dt.date(2027, 1, 15))
    assert (stored[1].who_participant_id, stored[1].who_text, stored[1].due) == (
        None, "Schoolleiding", None)

    old = act.update_action(store, second.id, what="Intervisie starten", due=dt.date(2027, 2, 1))
    assert old == {"what": "Intervisie plannen", "due": None}
    act.update_action(store, second.id, **old)
    assert act.list_actions(store, workshop_id)[1].what == "Intervisie plannen"

    assert act.move_action(store, third.id, 0) == 2
    assert whats(store, workshop_id)[0] == "Lesbezoek bij elkaar"
    act.move_action(store, third.id, 99)  # clamped to the end
    assert whats(store, workshop_id)[-1] == "Lesbezoek bij elkaar"

    snap = act.delete_action(store, first.id)
    assert whats(store, workshop_id) == ["Intervisie plannen", "Lesbezoek bij elkaar"]
    restored = act.restore_action(store, snap)
    assert restored.id == first.id
    assert whats(store, workshop_id) == ["Marktplaats herhalen in sectieoverleg",
                                         "Intervisie plannen", "Lesbezoek bij elkaar"]


def test_participant_wins_over_free_text_and_must_belong_here(store: Store, workshop_id: int) -> None:
    bram = ops.add_participant(store, workshop_id, "Bram", "younger_teacher")
    other = orchestration.create_workshop(store, title="Andere")
    stranger = ops.add_participant(store, other.id, "Cor", "leadership")
    a = act.add_action(store, workshop_id, "Iets", who_text="Schoolleiding")
    act.update_action(store, a.id, who_participant_id=bram.id)
    assert act.list_actions(store, workshop_id)[0].who_text == ""
    with pytest.raises(ops.InputError, match="deelnemer"):
        act.update_action(store, a.id, who_participant_id=stranger.id)
    old = act.update_action(store, a.id, who_text="Sectievoorzitters")
    row = act.list_actions(store, workshop_id)[0]
    assert (row.who_participant_id, row.who_text) == (None, "Sectievoorzitters")
    act.update_action(store, a.id, **old)
    assert act.list_actions(store, workshop_id)[0].who_participant_id == bram.id


def test_who_as_typed_and_as_shown(store: Store, workshop_id: int) -> None:
    sukru = ops.add_participant(store, workshop_id, "Şükrü Yılmaz", "leadership")
    people = ops.list_participants(store, workshop_id)
    assert act.resolve_who("  şükrü   yılmaz ", people) == (sukru.id, "")
    assert act.resolve_who("Schoolleiding", people) == (None, "Schoolleiding")
    a = act.add_action(store, workshop_id, "Iets", who_participant_id=sukru.id)
    ops.update_participant(store, sukru.id, name="Şükrü Y.")
    assert act.who_name(a, ops.list_participants(store, workshop_id)) == "Şükrü Y."


def test_removed_participant_comes_back_on_the_action(store: Store, workshop_id: int) -> None:
    anna = ops.add_participant(store, workshop_id, "Anna", "older_teacher")
    a = act.add_action(store, workshop_id, "Iets", who_participant_id=anna.id)
    snap = orchestration.remove_participant(store, anna.id)
    assert act.list_actions(store, workshop_id)[0].who_participant_id is None
    orchestration.restore_participant(store, snap)
    assert act.list_actions(store, workshop_id)[0].who_participant_id == anna.id
    assert a.id == act.list_actions(store, workshop_id)[0].id


@pytest.mark.parametrize("what", ["", "   ", "\x00\x07\n\t"])
def test_empty_what_is_refused(store: Store, workshop_id: int, what: str) -> None:
    with pytest.raises(ops.InputError, match="Wat mag niet leeg zijn"):
        act.add_action(store, workshop_id, what)
    assert act.list_actions(store, workshop_id) == []


def test_odd_text_is_kept_cleaned_or_refused(store: Store, workshop_id: int) -> None:
    long_ok = "x" * 100_000
    act.add_action(store, workshop_id, long_ok)
    with pytest.raises(ops.InputError, match="te lang"):
        act.add_action(store, workshop_id, "x" * 100_001)
    act.add_action(store, workshop_id, "Samen 🎉 vieren 👩‍🏫", who_text="فريق الإدارة")
    act.add_action(store, workshop_id, "Bel\x00 de\x1b ouders")
    rows = act.list_actions(store, workshop_id)
    assert [len(r.what) for r in rows][0] == 100_000
    assert rows[1].what == "Samen 🎉 vieren 👩‍🏫" and rows[1].who_text == "فريق الإدارة"
    assert rows[2].what == "Bel de ouders"
    with pytest.raises(ops.InputError, match="Wie is te lang"):
        act.add_action(store, workshop_id, "Iets", who_text="y" * 301)


@pytest.mark.parametrize(("typed", "expected"), [
    ("15-1-2027", dt.date(2027, 1, 15)),
    ("15/01/27", dt.date(2027, 1, 15)),
    ("15.1.2027", dt.date(2027, 1, 15)),
    ("2027-01-15", dt.date(2027, 1, 15)),
    ("15 jan 2027", dt.date(2027, 1, 15)),
    ("3 Maart", dt.date(2027, 3, 3)),        # no year: the next 3 March
    ("30-11", dt.date(2026, 11, 30)),        # later this year
    ("morgen", dt.date(2026, 11, 25)),
    ("", None),
    ("   ", None),
])
def test_due_dates_as_typed(typed: str, expected: dt.date | None) -> None:
    assert act.parse_due(typed, today=TODAY) == expected


@pytest.mark.parametrize("typed", ["31-2-2027", "volgende week", "15-13-2027", "1-1-1066", "12345"])
def test_bad_due_dates_are_refused_with_an_example(typed: str) -> None:
    with pytest.raises(ops.InputError, match="15-1-2027"):
        act.parse_due(typed, today=TODAY)


def test_past_due_date_is_allowed_but_flagged(store: Store, workshop_id: int) -> None:
    a = act.add_action(store, workshop_id, "Terugblik", due="1-9-2026")
    assert a.due == dt.date(2026, 9, 1)
    assert act.is_overdue(a, today=TODAY)
    assert not act.is_overdue(act.add_action(store, workshop_id, "Later", due="1-9-2027"), today=TODAY)
    assert act.format_due(a.due) == "1-9-2026"
    assert act.parse_due(act.format_due(a.due)) == a.due


def test_focus_hint_from_the_fourth_action() -> None:
    assert [act.needs_focus_hint(n) for n in range(6)] == [False, False, False, False, True, True]


def test_actions_survive_reopening(store_path: Path) -> None:
    with Store(store_path) as first:
        wid = orchestration.create_workshop(first, title="Actie").id
        a = act.add_action(first, wid, "Eerste", due="15-1-2027")
        b = act.add_action(first, wid, "Tweede", who_text="Schoolleiding")
        act.move_action(first, b.id, 0)
        act.update_action(first, a.id, what="Eerste, aangepast")
    with Store(store_path) as second:
        rows = act.list_actions(second, wid)
        assert [(r.what, r.who_text, r.due) for r in rows] == [
            ("Tweede", "Schoolleiding", None), ("Eerste, aangepast", "", dt.date(2027, 1, 15))]


def test_changes_are_announced(store: Store, workshop_id: int) -> None:
    seen = []
    store.bus.subscribe(seen.append)
    a = act.add_action(store, workshop_id, "Iets")
    act.update_action(store, a.id, what="Anders")
    act.delete_action(store, a.id)
    assert [(c.topic, c.kind, c.ids) for c in seen] == [
        (Topic.ACTION, Kind.INSERT, (a.id,)), (Topic.ACTION, Kind.UPDATE, (a.id,)),
        (Topic.ACTION, Kind.DELETE, (a.id,))]


# -- rules ------------------------------------------------------------------------

def test_default_rules_are_four_short_dutch_lines(store: Store, workshop_id: int) -> None:
    rules = rl.get_rules(store, workshop_id)
    assert len(rules) == 4 and all(len(r) < 90 for r in rules)
    assert rl.uses_defaults(store, workshop_id)
    assert "de andere kant ervan" in rules[2] and "anderzijds" in rules[2]
    english = orchestration.create_workshop(store, title="EN", language="en")
    assert rl.get_rules(store, english.id)[0].startswith("Talk with")


def test_rules_edit_reset_and_show_survive_reopening(store_path: Path) -> None:
    with Store(store_path) as first:
        wid = orchestration.create_workshop(first, title="Regels").id
        old = rl.set_rules(first, wid, ["  Eén tegelijk aan het woord ", "", "Telefoons weg"])
        assert old is None
        assert rl.set_show_rules(first, wid, True) is False
    with Store(store_path) as second:
        assert rl.get_rules(second, wid) == ["Eén tegelijk aan het woord", "Telefoons weg"]
        assert rl.is_shown(second, wid)
        assert rl.reset_rules(second, wid) == ["Eén tegelijk aan het woord", "Telefoons weg"]
        assert rl.get_rules(second, wid) == rl.default_rules()


def test_rules_equal_to_defaults_keep_following_the_defaults(store: Store, workshop_id: int) -> None:
    rl.set_rules(store, workshop_id, rl.default_rules())
    assert rl.uses_defaults(store, workshop_id)


@pytest.mark.parametrize(("rules", "message"), [
    ([], "minstens één"),
    (["", "  "], "minstens één"),
    ([f"Regel {i}" for i in range(13)], "Hooguit 12"),
    (["x" * 301], "te lang"),
    ("Eén regel als tekst", "lijst"),
])
def test_bad_rules_are_refused_and_nothing_changes(store: Store, workshop_id: int,
                                                    rules: object, message: str) -> None:
    with pytest.raises(ops.InputError, match=message):
        rl.set_rules(store, workshop_id, rules)  # type: ignore[arg-type]
    assert rl.uses_defaults(store, workshop_id)


@pytest.mark.parametrize("damaged", ["Praat met elkaar", [], [1, 2], ["", "  "], {"a": 1}])
def test_a_damaged_stored_rules_value_falls_back_to_the_defaults(store: Store, workshop_id: int,
                                                                 damaged: object) -> None:
    ops.update_workshop(store, workshop_id, rules=damaged)
    assert rl.get_rules(store, workshop_id) == rl.default_rules()
    assert rl.uses_defaults(store, workshop_id)
