"""A marketplace of three subgroups (A, B, C) with 8 supply and 6 demand lines, built
through the model operations. The lines are chosen so the suggestions have something to
find: near-identical supplies, a demand that another sheet's supply answers, a source
outside the room."""
from __future__ import annotations

from dataclasses import dataclass

from app.models import market as ops
from app.models import orchestration
from app.models import workshop as wops
from app.models.store import Store


@dataclass
class Market:
    """Three subgroups, 8 supply and 6 demand lines; ids by short name."""

    ws: int
    people: dict[str, int]
    groups: dict[str, int]
    e: dict[str, int]


PEOPLE = [("Anna de Vries", "A"), ("Bram Jansen", "A"), ("Şükrü Yılmaz", "A"),
          ("Carla Smit", "B"), ("Dirk Bakker", "B"), ("Eva Mulder", "B"),
          ("Fatima El Idrissi", "C"), ("Gert Visser", "C"), ("Hanna de Boer", "C")]


def build(store: Store) -> Market:
    ws = orchestration.create_workshop(store, title="Marktplaats").id
    people = {name.split()[0]: wops.add_participant(store, ws, name, "other", sub).id
              for name, sub in PEOPLE}
    ops.subgroups_from_participants(store, ws)
    groups = {g.name: g.id for g in ops.list_subgroups(store, ws)}
    p = people
    lines = [
        ("s1", "A", "supply", "ICT in de les", [p["Bram"]], []),
        ("s2", "A", "supply", "Omgaan met ADHD in de klas", [p["Anna"]], []),
        ("s3", "A", "supply", "Wiskunde-apps op de tablet", [p["Şükrü"]], []),
        ("d1", "A", "demand", "Ik wil leren omgaan met ADHD", [p["Bram"]], []),
        ("d2", "A", "demand", "Differentiëren in grote klassen", [p["Anna"]], [p["Eva"]]),
        ("s4", "B", "supply", "ict  in de les", [p["Carla"]], []),
        ("s5", "B", "supply", "Mentoraat in de onderbouw", [p["Dirk"]], []),
        ("s6", "B", "supply", "Formatief evalueren", [p["Eva"]], []),
        ("d3", "B", "demand", "Digitaal toetsen", [p["Carla"]], ["Sukru"]),
        ("d4", "B", "demand", "Omgaan met conflicten in de klas", [p["Dirk"]], []),
        ("s7", "C", "supply", "Tweetalig onderwijs (TTO)", [p["Fatima"]], []),
        ("s8", "C", "supply", "Formatief evalueren met exit tickets", [p["Gert"]], []),
        ("d5", "C", "demand", "Lesgeven in het Engels", [p["Gert"]], ["Mevr. Jansen (sectie Engels)"]),
        ("d6", "C", "demand", "Formatief evalueren", [p["Hanna"]], []),
    ]
    entries = {key: ops.add_entry(store, ws, groups[g], side, text, owners, sources).id
               for key, g, side, text, owners, sources in lines}
    return Market(ws, people, groups, entries)
