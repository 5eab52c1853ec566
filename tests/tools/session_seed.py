"""A full session for the minutes: 10 participants, notes in every ring, a marketplace of
two subgroups with a pool, a knot and a development, two ranked themes, actions.

The workshop and its participants come from the model operations, the rest is written
straight into the tables, so a test of the minutes knows exactly which rows there are.
The names use letters from all over Latin script.
"""
from __future__ import annotations

import datetime as dt
import math

from app.models import orchestration
from app.models import workshop as ops
from app.models.actions import Action
from app.models.agenda import Round
from app.models.circle import Note
from app.models.market import (
    MarketDevelopment,
    MarketEntry,
    MarketEntryPerson,
    MarketMatch,
    MarketPool,
    MarketPoolMember,
    MarketSubgroup,
)
from app.models.plusmin import Theme, ThemeItem, ThemePair
from app.models.store import Store

PEOPLE = [
    ("Şükrü Yılmaz", "older_teacher", "A"), ("Łucja Wróbel", "younger_teacher", "A"),
    ("Marleen de Graaf", "older_teacher", "A"), ("Joost van Dijk", "leadership", "A"),
    ("Ágnes Kőrösi", "older_teacher", "A"), ("Iñigo Muñoz", "younger_teacher", "B"),
    ("François Garçon", "older_teacher", "B"), ("Ayşe Doğan", "other", "B"),
    ("Henk Bos", "older_teacher", "B"), ("Fatima El Amrani", "leadership", "B"),
]
FACILITATOR = "Petra Vermeulen"
COLLEAGUE = "Gerrit Hoekstra"  # named on a sheet, not in the room
SOURCE = "Karin Smit"  # someone a demand would like to learn from, not in the room
RINGS_INSIDE_OUT = ("self", "class", "section", "school", "society")
STORY_WORDS = ["Leerlingen zelf laten ontwerpen", "Sectie bouwt samen een toets",
               "Compliment van ouders", "Stagiair begeleid", "Nieuwe lesmethode uitgeprobeerd",
               "Projectweek met de wijk", "Collega vroeg om feedback", "Mentorklas op kamp"]


def seed_session(store: Store, *, notes: int = 40, entries: int = 30) -> int:
    """A full session: 10 participants, notes in every ring, a marketplace, 2 themes."""
    ws = orchestration.create_workshop(store, title="Betrokken blijven in een groeiende school",
                             date=dt.date(2026, 11, 24), location="Het Baken, Almere",
                             facilitator=FACILITATOR)
    pids = [ops.add_participant(store, ws.id, n, r, g).id for n, r, g in PEOPLE]
    with store.write() as s:
        for pos, (title, planned, actual, board) in enumerate([
                ("Verhalen", 30, 1910, "circle"), ("Plaatsen in de cirkel", 10, 720, "circle"),
                ("Dialoog", 30, 1650, None), ("Marktplaats in subgroepen", 20, 1260, "market"),
                ("Plus-min", 20, None, "plusmin"), ("Afsluiting", 5, None, None)]):
            s.add(Round(workshop_id=ws.id, position=pos, title=title, planned_minutes=planned,
                        actual_seconds=actual, board=board,
                        notes=("Şükrü merkt op dat de sectie het verschil maakt.\n"
                               "- Łucja wil vaker bij collega's kijken" if pos == 2 else ""),
                        private_notes="GEHEIM: Henk was stil vandaag" if pos == 2 else ""))
        rings = list(RINGS_INSIDE_OUT)
        for i in range(notes):
            ring = rings[i % 5]
            middle = 0.2 * rings.index(ring) + 0.1
            angle = (i // 5) * 2 * math.pi / 8 + rings.index(ring)
            x, y = middle * math.cos(angle), middle * math.sin(angle)
            if i == notes - 1:
                x, y = 1.3, 1.2  # not placed
            text = f"{STORY_WORDS[i % len(STORY_WORDS)]} #{i + 1}"
            if i == 0:
                text = "Met Şükrü een project over €-rekenen"
            s.add(Note(workshop_id=ws.id, participant_id=pids[i % len(pids)], text=text,
                       x=x, y=y, z=i, color=("#fff59d", "#f8bbd0", "#b3e5fc")[i % 3]))
        groups = [MarketSubgroup(workshop_id=ws.id, name=n, position=p) for p, n in
                  enumerate(["A", "B"])]
        s.add_all(groups)
        dev = MarketDevelopment(workshop_id=ws.id, text="Invoering tweetalig onderwijs")
        s.add(dev)
        s.flush()
        made = []
        for i in range(entries):
            side = "supply" if i % 3 else "demand"
            e = MarketEntry(workshop_id=ws.id, subgroup_id=groups[i % 2].id, side=side,
                            text=f"{'Aanbod' if side == 'supply' else 'Vraag'} onderwerp {i + 1}",
                            position=i)
            if i == 1:
                e.text = "Omgaan met ADHD in de klas"
            if i == 2:
                e.text, e.fits_development_id = "Lesgeven in het Engels", dev.id
            if i == 4:
                e.text = "ADHD in de les"
            if i == 0:
                e.text = "Hoe geef ik feedback op een les?"
            s.add(e)
            s.flush()
            made.append(e)
            s.add(MarketEntryPerson(entry_id=e.id, participant_id=pids[i % len(pids)]))
        s.add(MarketEntryPerson(entry_id=made[1].id, free_name=COLLEAGUE, position=1))
        # Two demands name someone to learn from: a colleague outside the room, and Şükrü.
        s.add(MarketEntryPerson(entry_id=made[3].id, free_name=SOURCE, role="source"))
        s.add(MarketEntryPerson(entry_id=made[6].id, participant_id=pids[0], role="source"))
        pool = MarketPool(workshop_id=ws.id)
        s.add(pool)
        s.flush()
        s.add_all([MarketPoolMember(pool_id=pool.id, entry_id=made[1].id),
                   MarketPoolMember(pool_id=pool.id, entry_id=made[4].id)])
        s.add(MarketMatch(workshop_id=ws.id, demand_id=made[0].id, supply_id=made[1].id))
        for pos, (title, priority, votes) in enumerate([("Feedback en bespreekbaarheid", 1, 5),
                                                        ("Veranderen, vernieuwen en leren",
                                                         None, 3)]):
            theme = Theme(workshop_id=ws.id, title=title, position=pos, priority=priority,
                          votes=votes)
            s.add(theme)
            s.flush()
            plus = ThemeItem(theme_id=theme.id, sign="plus", text=f"Open sfeer {pos}", position=0)
            minus = ThemeItem(theme_id=theme.id, sign="min", text=f"Te vrijblijvend {pos}",
                              position=1)
            lonely = ThemeItem(theme_id=theme.id, sign="plus", text=f"Veel ruimte {pos}",
                               position=2)
            s.add_all([plus, minus, lonely])
            s.flush()
            s.add(ThemePair(theme_id=theme.id, plus_id=plus.id, min_id=minus.id))
        s.add(Action(workshop_id=ws.id, what="Marktplaats herhalen met Łucja in sectieoverleg",
                     who_participant_id=pids[0], due=dt.date(2027, 1, 15), position=0))
        s.add(Action(workshop_id=ws.id, what="Terugkoppeling aan het team", who_text=COLLEAGUE,
                     position=1))
    return ws.id
