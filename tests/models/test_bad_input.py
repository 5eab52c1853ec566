"""Bad input wherever the facilitator types, on the model (workshops and participants).

Every odd text is either stored sanely (and comes back the same after the app
restarts) or refused with a message that says what to change; a refusal
leaves the store byte-for-byte as it was, and nothing ever crashes.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store
from app.models.workshop import InputError

EMOJI = "👩🏽‍🏫 Juf Anna 🇳🇱"
HEBREW = "שרה כהן"
ARABIC = "فاطمة الزهراء"
MIXED = "Groep B – מורים ותיקים"
HUGE = "x" * 100_000

# What a one-line field turns typed text into: (typed, stored).
ACCEPTED_LINES = [
    pytest.param(EMOJI, EMOJI, id="emoji"),
    pytest.param(HEBREW, HEBREW, id="rtl-hebrew"),
    pytest.param(ARABIC, ARABIC, id="rtl-arabic"),
    pytest.param(MIXED, MIXED, id="rtl-mixed"),
    pytest.param("  Anna   de  Vries \t", "Anna de Vries", id="spaces"),
    pytest.param("Anna\nde Vries", "Anna de Vries", id="newline"),
    pytest.param("An\x00na\x07 de\x1b Vries\x7f", "Anna de Vries", id="control-chars"),
    pytest.param("Anna\u202e seirV ed", "Anna seirV ed", id="bidi-override"),
    pytest.param("x" * 300, "x" * 300, id="longest-allowed"),
]


def dump(path: Path) -> list[str]:
    """Everything the store holds, as SQL text: the yardstick for 'nothing altered'."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def refused(store: Store, call: Callable[[], Any], *words: str) -> InputError:
    """``call`` must be refused with a message holding ``words`` and change nothing."""
    before = dump(store.path)
    with pytest.raises(InputError) as info:
        call()
    message = str(info.value)
    assert message and all(word in message for word in words), message
    assert dump(store.path) == before
    return info.value


def reopened(path: Path) -> Store:
    return Store(path)


# -- workshop facts ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), ACCEPTED_LINES)
@pytest.mark.parametrize("field", ["title", "location", "facilitator"])
def test_workshop_facts_take_any_sane_text(store_path: Path, field: str, typed: str,
                                          stored: str) -> None:
    with Store(store_path) as st:
        created = orchestration.create_workshop(st, **{field: typed})
        other = orchestration.create_workshop(st, title="Ander")
        ops.update_workshop(st, other.id, **{field: typed})
        assert getattr(created, field) == stored
    with reopened(store_path) as st:
        assert getattr(ops.get_workshop(st, created.id), field) == stored
        assert getattr(ops.get_workshop(st, other.id), field) == stored


@pytest.mark.parametrize("typed", ["", "   ", "\t\n", "\x00\x01"],
                         ids=["empty", "spaces", "whitespace", "only-control"])
def test_empty_title_is_refused_on_edit_and_defaulted_on_create(store: Store, typed: str) -> None:
    ws = orchestration.create_workshop(store, title=typed)
    assert ws.title == "Nieuwe bijeenkomst"
    refused(store, lambda: ops.update_workshop(store, ws.id, title=typed), "Titel", "leeg")
    assert ops.get_workshop(store, ws.id).title == "Nieuwe bijeenkomst"


@pytest.mark.parametrize("typed", ["", "   ", "\t"], ids=["empty", "spaces", "tab"])
@pytest.mark.parametrize("field", ["location", "facilitator"])
def test_empty_optional_facts_are_stored_empty(store: Store, field: str, typed: str) -> None:
    ws = orchestration.create_workshop(store, title="T", **{field: "iets"})
    ops.update_workshop(store, ws.id, **{field: typed})
    assert getattr(ops.get_workshop(store, ws.id), field) == ""


@pytest.mark.parametrize(("field", "label"), [("title", "Titel"), ("location", "Locatie"),
                                              ("facilitator", "Gespreksleider")])
def test_huge_workshop_texts_are_refused_with_the_numbers(store: Store, field: str,
                                                         label: str) -> None:
    ws = orchestration.create_workshop(store, title="Blijft")
    error = refused(store, lambda: ops.update_workshop(store, ws.id, **{field: HUGE}),
                    label, "te lang", "100.000", "300")
    assert "\n" not in str(error)
    refused(store, lambda: orchestration.create_workshop(store, **{field: HUGE}), label, "te lang")
    assert [w.title for w in ops.list_workshops(store)] == ["Blijft"]


def test_a_refused_field_does_not_half_apply_the_others(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Blijft", location="Hier")
    refused(store, lambda: ops.update_workshop(store, ws.id, location="Daar", title=" "), "Titel")
    assert ops.get_workshop(store, ws.id).location == "Hier"


# -- dates ------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["24-11-2026", "2026-13-01", "2026-02-30", "morgen", "",
                                   "２０２６-11-24x"])
def test_bad_dates_are_refused_with_the_expected_format(store: Store, typed: str) -> None:
    ws = orchestration.create_workshop(store, title="T", date=dt.date(2026, 11, 24))
    refused(store, lambda: ops.update_workshop(store, ws.id, date=typed), "datum", "JJJJ-MM-DD")
    assert ops.get_workshop(store, ws.id).date == dt.date(2026, 11, 24)


@pytest.mark.parametrize("value", ["2026-02-28", dt.date(2024, 2, 29), dt.date(1999, 12, 31),
                                   dt.date(2100, 1, 1)], ids=str)
def test_valid_dates_round_trip(store_path: Path, value: str | dt.date) -> None:
    expected = dt.date.fromisoformat(value) if isinstance(value, str) else value
    with Store(store_path) as st:
        ws = orchestration.create_workshop(st, title="T")
        ops.update_workshop(st, ws.id, date=value)
    with reopened(store_path) as st:
        assert ops.get_workshop(st, ws.id).date == expected


# -- participants -----------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "stored"), ACCEPTED_LINES[:-1])
def test_participant_names_take_any_sane_text(store_path: Path, typed: str, stored: str) -> None:
    with Store(store_path) as st:
        ws = orchestration.create_workshop(st, title="T")
        added = ops.add_participant(st, ws.id, typed, "younger_teacher")
        renamed = ops.add_participant(st, ws.id, "Tijdelijk", "leadership")
        ops.update_participant(st, renamed.id, name=typed)
    with reopened(store_path) as st:
        assert [p.name for p in ops.list_participants(st, ws.id)] == [stored, stored]
        assert [p.id for p in ops.list_participants(st, ws.id)] == [added.id, renamed.id]


@pytest.mark.parametrize("typed", ["", "   ", "\n\t", "\x00\x1b"],
                         ids=["empty", "spaces", "whitespace", "only-control"])
def test_empty_participant_names_are_refused(store: Store, workshop_id: int, typed: str) -> None:
    refused(store, lambda: ops.add_participant(store, workshop_id, typed), "Naam", "leeg")
    p = ops.add_participant(store, workshop_id, "Anna")
    refused(store, lambda: ops.update_participant(store, p.id, name=typed), "Naam", "leeg")
    assert [x.name for x in ops.list_participants(store, workshop_id)] == ["Anna"]


def test_huge_participant_texts_are_refused(store: Store, workshop_id: int) -> None:
    refused(store, lambda: ops.add_participant(store, workshop_id, HUGE), "Naam", "te lang")
    p = ops.add_participant(store, workshop_id, "Anna", subgroup="A")
    refused(store, lambda: ops.update_participant(store, p.id, name=HUGE), "Naam", "te lang")
    refused(store, lambda: ops.update_participant(store, p.id, subgroup=HUGE), "Subgroep",
            "te lang", "100")
    refused(store, lambda: ops.add_participant(store, workshop_id, "Bo", subgroup="y" * 101),
            "Subgroep", "te lang")
    [stored] = ops.list_participants(store, workshop_id)
    assert (stored.name, stored.subgroup) == ("Anna", "A")


@pytest.mark.parametrize(("typed", "stored"), [("", None), ("   ", None), ("\x00", None),
                                               (None, None), (" A ", "A"), (EMOJI, EMOJI),
                                               (HEBREW, HEBREW), ("z" * 100, "z" * 100)],
                         ids=["empty", "spaces", "control", "none", "padded", "emoji", "rtl",
                              "longest"])
def test_subgroups_are_cleaned_and_empty_means_none(store: Store, workshop_id: int,
                                                    typed: str | None, stored: str | None) -> None:
    p = ops.add_participant(store, workshop_id, "Anna", subgroup=typed)
    q = ops.add_participant(store, workshop_id, "Bo", subgroup="B")
    ops.update_participant(store, q.id, subgroup=typed)
    assert [x.subgroup for x in ops.list_participants(store, workshop_id)] == [stored, stored]
    assert p.subgroup == stored


def test_colliding_names_are_distinct_people(store_path: Path) -> None:
    """Two Annas are allowed (the panel warns); each keeps her own id, role and edits."""
    with Store(store_path) as st:
        ws = orchestration.create_workshop(st, title="T")
        first = ops.add_participant(st, ws.id, "Anna", "older_teacher", "A")
        second = ops.add_participant(st, ws.id, "Anna", "younger_teacher", "B")
        third = ops.add_participant(st, ws.id, " anna ", "leadership")
        ops.update_participant(st, second.id, subgroup="C")
        orchestration.remove_participant(st, first.id)
    assert len({first.id, second.id, third.id}) == 3
    with reopened(store_path) as st:
        rows = [(p.id, p.name, p.role, p.subgroup) for p in ops.list_participants(st, ws.id)]
    assert rows == [(second.id, "Anna", "younger_teacher", "C"),
                    (third.id, "anna", "leadership", None)]


def test_unknown_role_is_refused_and_nothing_changes(store: Store, workshop_id: int) -> None:
    refused(store, lambda: ops.add_participant(store, workshop_id, "Anna", "teacher"), "rol")
    p = ops.add_participant(store, workshop_id, "Anna", "older_teacher")
    refused(store, lambda: ops.update_participant(store, p.id, name="Bo", role="x"), "rol")
    [stored] = ops.list_participants(store, workshop_id)
    assert (stored.name, stored.role) == ("Anna", "older_teacher")


def test_edits_of_something_deleted_meanwhile_are_refused(store: Store, workshop_id: int) -> None:
    """A stale row in a view (deleted in another step) gives a message, not a crash."""
    p = ops.add_participant(store, workshop_id, "Anna")
    orchestration.remove_participant(store, p.id)
    refused(store, lambda: ops.update_participant(store, p.id, name="Bo"), "bestaat niet")
    refused(store, lambda: orchestration.remove_participant(store, p.id), "bestaat niet")
    refused(store, lambda: ops.update_workshop(store, 9999, title="X"), "bestaat niet")


def test_many_participants_with_odd_names_stay_in_order(store_path: Path) -> None:
    names = [EMOJI, HEBREW, ARABIC, MIXED, "Anna", "Anna", "Ω" * 300, "ß", "İ", "a\u0301"]
    with Store(store_path) as st:
        ws = orchestration.create_workshop(st, title="T")
        for name in names:
            ops.add_participant(st, ws.id, name)
    with reopened(store_path) as st:
        assert [p.name for p in ops.list_participants(st, ws.id)] == names
        assert ops.composition(ops.list_participants(st, ws.id)).total == len(names)
