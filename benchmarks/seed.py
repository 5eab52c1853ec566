"""A realistic session, built through the same operations the UI uses.

Used by the benchmarks, the README screenshots and a few end-to-end tests.
"""
from __future__ import annotations

import datetime as dt
import math
import random

from sqlalchemy import func, insert, select

from app.models import actions as act
from app.models import agenda, circle, market, market_links, orchestration, plusmin
from app.models import workshop as ops
from app.models.store import Store
from app.models.workshop import Participant

PEOPLE = [
    ("Şükrü Yılmaz", "older_teacher", "A"), ("Łucja Wróbel", "younger_teacher", "A"),
    ("Anna de Vries", "leadership", "A"), ("Bram Jansen", "older_teacher", "B"),
    ("Fatima El Amrani", "younger_teacher", "B"), ("Henk Mulder", "older_teacher", "B"),
    ("Ingrid Bakker", "older_teacher", "C"), ("Joost van Dijk", "leadership", "C"),
    ("Noor Hendriks", "younger_teacher", "C"), ("Marieke Visser", "other", "C"),
]
STORIES = [
    "Leerlingen zelf een toets laten ontwerpen", "Mentorgesprek dat echt doorbrak",
    "Nieuwe collega ingewerkt", "Sectie werkt samen aan PTA", "Excursie naar de rechtbank",
    "Ouderavond met open gesprek", "Project met de basisschool", "Feedback van een stagiair",
    "Lesbezoek bij elkaar", "Debatwedstrijd georganiseerd", "Leerling die weer durfde",
    "Werkgroep toetsbeleid", "Gastles van een oud-leerling", "Schoolreis naar Berlijn",
]
SUPPLY = ["ICT in de les", "Omgaan met ADHD in de klas", "Formatief evalueren", "Mentoraat",
          "Activerende didactiek", "Lesson study", "Differentiëren", "ict in de les"]
DEMAND = ["Werken met AI in de les", "Formatief evalueren", "Klassenmanagement in de bovenbouw",
          "Omgaan met ADHD", "Gesprekken met ouders", "Differentiëren in grote klassen",
          "Videofeedback"]


def seed_full_session(store: Store, *, notes: int = 40, entries: int = 30, seed: int = 7,
                      title: str = "Betrokken blijven in een groeiende school") -> int:
    """10 participants, ``notes`` post-its, ``entries`` market entries, 2 themes, 6 rounds."""
    rnd = random.Random(seed)
    ws = orchestration.create_workshop(store, title=title, date=dt.date(2026, 11, 24),
                             location="Het Baken, Almere", facilitator="Marleen de Graaf",
                             template="circle")
    people = [ops.add_participant(store, ws.id, n, r, g).id for n, r, g in PEOPLE]
    agenda.add_round(store, ws.id, "Marktplaats", 20, "market", ["Wat bied je aan?"])
    agenda.add_round(store, ws.id, "Plus-min", 20, "plusmin", ["Wat gaat goed?"])
    for i, rid in enumerate(r.id for r in agenda.list_rounds(store, ws.id)):
        if i < 4:
            agenda.update_round(store, rid, actual_seconds=[1910, 640, 1750, 330][i],
                                notes=f"Gedeelde notitie bij ronde {i + 1}",
                                private_notes=f"Privé: let op energie groep (ronde {i + 1})")
    for i in range(notes):
        note = circle.add_note(store, ws.id, STORIES[i % len(STORIES)], people[i % len(people)])
        if i % 8:  # most notes are placed
            r = rnd.uniform(0.05, 0.95)
            angle = rnd.uniform(0, 2 * math.pi)
            circle.move_notes(store, {note.id: (r * math.cos(angle), r * math.sin(angle))})
    groups = [g for g in market.subgroups_from_participants(store, ws.id)]
    supply_ids: list[int] = []
    demand_ids: list[int] = []
    for i in range(entries):
        group = groups[i % len(groups)]
        if i % 2 == 0:
            e = market.add_entry(store, ws.id, group, "supply", SUPPLY[(i // 2) % len(SUPPLY)],
                                 owners=[people[i % len(people)]])
            supply_ids.append(e.id)
        else:
            e = market.add_entry(store, ws.id, group, "demand", DEMAND[(i // 2) % len(DEMAND)],
                                 owners=[people[i % len(people)]])
            demand_ids.append(e.id)
    if len(supply_ids) >= 8:
        market_links.pool_entries(store, supply_ids[0], supply_ids[7])
    if demand_ids and len(supply_ids) > 2:
        market_links.add_match(store, demand_ids[1], supply_ids[2])
    dev = market.add_development(store, ws.id, "Invoering tweetalig onderwijs")
    if supply_ids:
        market.set_fit(store, supply_ids[1], dev.id)
    for title_ in plusmin.CORE_THEMES[:2]:
        theme = plusmin.add_theme(store, ws.id, title_)
        plus = [plusmin.add_item(store, theme.id, "plus", t).id for t in
                ("Veel ruimte voor eigen aanpak", "Collega's helpen elkaar", "Trots op de school")]
        mins = [plusmin.add_item(store, theme.id, "min", t).id for t in
                ("Weinig zicht op elkaars werk", "Te veel vergaderen")]
        plusmin.pair_items(store, plus[0], mins[0])
        plusmin.pair_items(store, plus[1], mins[1])
    themes = [t.id for t in plusmin.list_themes(store, ws.id)]
    plusmin.set_priority_order(store, ws.id, themes[::-1])
    act.add_action(store, ws.id, "Marktplaats herhalen in het sectieoverleg",
                   who_participant_id=people[2], due=dt.date(2027, 1, 15))
    act.add_action(store, ws.id, "Lesbezoeken bij elkaar inplannen", who_text="Schoolleiding")
    return ws.id


def seed_bulk_notes(store: Store, workshop_id: int, count: int, *, seed: int = 11) -> list[int]:
    """Add ``count`` notes in one transaction: the fast path for boards of thousands.

    Rows are what :func:`circle.add_note` and :func:`circle.move_notes` would
    leave (texts of the stories, a teller, a ring derived from the position,
    stacking order on top of what is there); seven in eight sit in the circle,
    the rest wait in the parking strip. Going through the operations one by
    one would cost two synced commits per note, minutes for 10,000.
    """
    rnd = random.Random(seed)
    with store.read() as s:
        people = list(s.scalars(select(Participant.id).where(Participant.workshop_id == workshop_id)))
        top = s.scalar(select(func.max(circle.Note.z)).where(circle.Note.workshop_id == workshop_id))
    top = top or 0
    rows = []
    for i in range(count):
        if i % 8:
            r = math.sqrt(rnd.uniform(0.0025, 0.9))  # uniform over the circle's area
            angle = rnd.uniform(0, 2 * math.pi)
            x, y = r * math.cos(angle), r * math.sin(angle)
        else:
            sx, sy = circle.PARKING_SLOTS[(i // 8) % len(circle.PARKING_SLOTS)]
            shift = 0.03 * ((i // 8 // len(circle.PARKING_SLOTS)) % 4)
            x, y = sx + shift, sy + shift
        rows.append({"workshop_id": workshop_id, "text": STORIES[i % len(STORIES)],
                     "participant_id": people[i % len(people)] if people and i % 5 else None,
                     "x": x, "y": y, "ring": circle.ring_at(x, y),
                     "color": circle.NOTE_COLORS[i % len(circle.NOTE_COLORS)], "z": top + 1 + i})
    with store.write() as s:
        s.execute(insert(circle.Note), rows)
    with store.read() as s:
        ids = list(s.scalars(select(circle.Note.id).where(circle.Note.workshop_id == workshop_id,
                                                          circle.Note.z > top)))
    return ids


def seed_big_session(store: Store, *, notes: int, seed: int = 7) -> int:
    """A full session whose circle holds ``notes`` post-its (40 made one by one, the rest in bulk)."""
    few = min(notes, 40)
    workshop_id = seed_full_session(store, notes=few, seed=seed)
    if notes > few:
        seed_bulk_notes(store, workshop_id, notes - few, seed=seed + 1)
    return workshop_id
