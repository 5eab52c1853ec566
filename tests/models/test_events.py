"""Typed changes: a plain string or a misspelt topic is an error when it is emitted.

Before, ``store.emit("notes", ...)`` went out and every board compared it with
``"note"``: the refresh silently never happened. Now the change itself refuses it.
"""
from __future__ import annotations

import pytest

from app.models import orchestration
from app.models import plusmin as pm
from app.models import workshop as ops
from app.models.events import (
    Change,
    ChangeBus,
    JoinPart,
    Kind,
    MarketPart,
    PlusMinPart,
    Topic,
)
from app.models.store import Store


def test_a_plain_string_topic_is_refused_at_emit_time(store: Store, workshop_id: int) -> None:
    seen: list[Change] = []
    store.bus.subscribe(seen.append)
    with pytest.raises(TypeError, match="Topic"):
        store.emit("note", workshop_id, Kind.INSERT, (1,))  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="notes"):
        store.emit(Topic("notes"), workshop_id)  # the misspelt name of a topic
    with pytest.raises(AttributeError):
        store.emit(Topic.NOTES, workshop_id)  # type: ignore[attr-defined]
    assert seen == []  # nobody was told about a change nobody can recognise


def test_a_plain_string_kind_or_part_is_refused(store: Store, workshop_id: int) -> None:
    with pytest.raises(TypeError, match="Kind"):
        store.emit(Topic.NOTE, workshop_id, "insert")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        store.emit(Topic.PLUSMIN, workshop_id, what="urgency")  # type: ignore[arg-type]
    with pytest.raises(TypeError):  # a market part on a plus-min change: a slip of the pen
        store.emit(Topic.PLUSMIN, workshop_id, what=MarketPart.ENTRY)
    with pytest.raises(TypeError):  # a topic without parts names none
        store.emit(Topic.NOTE, workshop_id, what=PlusMinPart.ITEM)
    with pytest.raises(TypeError):  # the old free-form detail keys are gone
        store.emit(Topic.SETTING, None, detail_key="x")  # type: ignore[call-arg]


def test_a_refused_emit_inside_a_gesture_stores_nothing(store: Store, workshop_id: int) -> None:
    seen: list[Change] = []
    store.bus.subscribe(seen.append)
    with pytest.raises(TypeError), store.gesture():
        ops.update_workshop(store, workshop_id, title="Nooit opgeslagen")
        store.emit("workshop", workshop_id)  # type: ignore[arg-type]
    assert ops.get_workshop(store, workshop_id).title == "Testbijeenkomst"
    assert seen == []


def test_the_enums_are_not_their_strings() -> None:
    """Why a plain Enum and not StrEnum: an old string comparison must be false, and is."""
    assert Topic.NOTE != "note" and Kind.RESET != "reset" and JoinPart.INBOX != "inbox"
    # The values are the old strings, so a printed change reads as before.
    assert [t.value for t in (Topic.WORKSHOP, Topic.NOTE, Topic.SETTING)] == [
        "workshop", "note", "setting"]


def test_operations_say_what_changed_with_typed_fields(store: Store, workshop_id: int) -> None:
    seen: list[Change] = []
    store.bus.subscribe(seen.append)
    theme = pm.add_theme(store, workshop_id, "Samenwerken")
    pm.set_shown_theme(store, workshop_id, theme.id)
    ops.update_workshop(store, workshop_id, title="Nieuw")
    plus, setting, workshop = seen
    assert (plus.topic, plus.kind, plus.what, plus.theme_id) == (
        Topic.PLUSMIN, Kind.INSERT, PlusMinPart.THEME, theme.id)
    assert (setting.topic, setting.workshop_id, setting.key) == (
        Topic.SETTING, None, f"plusmin.shown_theme.{workshop_id}")
    assert pm.is_shown_theme_change(setting, workshop_id)
    assert (workshop.topic, workshop.kind, workshop.fields) == (
        Topic.WORKSHOP, Kind.UPDATE, ("title",))


def test_changes_compare_without_their_detail() -> None:
    """A held batch announces each change once: the detail fields are not part of equality."""
    a = Change(Topic.MARKET, 1, Kind.UPDATE, (2,), what=MarketPart.ENTRY)
    b = Change(Topic.MARKET, 1, Kind.UPDATE, (2,), what=MarketPart.POOL)
    assert a == b and hash(a) == hash(b)
    assert a != Change(Topic.MARKET, 1, Kind.DELETE, (2,))
    bus = ChangeBus()
    seen: list[Change] = []
    bus.subscribe(seen.append)
    with bus.hold():
        bus.emit(a)
        bus.emit(b)
    assert seen == [a] and seen[0].what is MarketPart.ENTRY


def test_a_gesture_announces_in_order_after_its_commit_and_nothing_after_a_rollback(
        store: Store, workshop_id: int) -> None:
    seen: list[tuple[Topic, Kind]] = []

    def listener(change: Change) -> None:
        seen.append((change.topic, change.kind))

    store.bus.subscribe(listener)
    with store.gesture():
        ops.update_workshop(store, workshop_id, title="Een")
        p = ops.add_participant(store, workshop_id, "Anna")
        assert seen == []  # not yet: nothing is committed
    assert seen == [(Topic.WORKSHOP, Kind.UPDATE), (Topic.PARTICIPANT, Kind.INSERT)]
    seen.clear()
    with pytest.raises(RuntimeError), store.gesture():
        orchestration.remove_participant(store, p.id)
        raise RuntimeError("halverwege")
    assert seen == []
    assert [x.name for x in ops.list_participants(store, workshop_id)] == ["Anna"]
