"""Fixtures for Meedoen: a marketplace workshop with subgroups, participants and themes."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.models import market, orchestration, plusmin, workshop
from app.models.store import Store


@dataclass
class Room:
    workshop_id: int
    subgroups: list[int]
    themes: list[int]
    participants: dict[str, int]


@pytest.fixture
def room_workshop(store: Store) -> Room:
    ws = orchestration.create_workshop(store, title="Marktplaats", template="blank")
    groups = [market.add_subgroup(store, ws.id, name).id for name in ("A", "B", "C")]
    people = {}
    for name, role, group in (("Şükrü Yılmaz", "older_teacher", "A"),
                              ("Anna de Vries", "leadership", "B"),
                              ("Piet Jansen", "younger_teacher", "C")):
        people[name] = workshop.add_participant(store, ws.id, name, role, subgroup=group).id
    themes = [plusmin.add_theme(store, ws.id, title).id for title in plusmin.CORE_THEMES[:3]]
    return Room(ws.id, groups, themes, people)
