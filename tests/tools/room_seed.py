"""A realistic workshop as the room sees it: 10 people in three subgroups, post-its,
the marketplace sheets of A, B and C, a plenary with a pool and a knot, and a
plus-min schema of six rows, revealed. Built through the model operations the
UI uses. Every text is distinct, so a picture read back by OCR can be checked
entry by entry.
"""
from __future__ import annotations

import datetime as dt
import math

from app.models import agenda, circle, market, market_links, orchestration, plusmin
from app.models import workshop as ops
from app.models.store import Store

PEOPLE = [
    ("Şükrü Yılmaz", "older_teacher", "A"), ("Łucja Wróbel", "younger_teacher", "A"),
    ("Anna de Vries", "leadership", "A"), ("Bram Jansen", "older_teacher", "B"),
    ("Fatima El Amrani", "younger_teacher", "B"), ("Henk Mulder", "older_teacher", "B"),
    ("Ingrid Bakker", "older_teacher", "C"), ("Joost van Dijk", "leadership", "C"),
    ("Noor Hendriks", "younger_teacher", "C"), ("Marieke Visser", "other", "C"),
]
STORIES = [
    "Leerlingen ontwerpen toets", "Mentorgesprek brak door", "Nieuwe collega ingewerkt",
    "Sectie maakt samen PTA", "Excursie naar rechtbank", "Ouderavond open gesprek",
    "Project met basisschool", "Feedback van stagiair", "Lesbezoek bij elkaar",
    "Debatwedstrijd georganiseerd", "Leerling durfde weer", "Werkgroep toetsbeleid",
    "Gastles oud-leerling", "Schoolreis naar Berlijn", "Peerreview van lessen",
    "Studiedag zelf gegeven", "Leerlingenraad opgericht", "Theaterproject bovenbouw",
    "Vakoverstijgend thema", "Begeleiding zij-instromer", "Lesmateriaal gedeeld",
    "Toetsanalyse met sectie", "Mentoruur vernieuwd", "Ouders als gastdocent",
    "Buitenles biologie", "Rekenbeleid opgezet", "Schoolkrant nieuw leven",
    "Coaching startende docent", "Excursie Rijksmuseum", "Onderzoek in de klas",
    "Wiskundeolympiade begeleid", "Digitale toetsen ingevoerd", "Leesbevordering onderbouw",
    "Maatschappelijke stage", "Debat met wethouder", "Intervisie opgestart",
    "Zorgteam beter benut", "Lesrooster meegedacht", "Kunstroute georganiseerd",
    "Buddy voor nieuwkomer",
]
SHEETS = {  # subgroup: (supply, demand)
    "A": (["Formatief evalueren", "Omgaan met ADHD", "Lesson study", "Activerende werkvormen"],
          ["Werken met AI", "Gesprekken met ouders", "Videofeedback"]),
    "B": (["Mentoraat onderbouw", "Differentiëren", "Digitale toetsen", "Debatteren"],
          ["Klassenmanagement", "Taalgericht vakonderwijs", "Peerfeedback"]),
    "C": (["Projectonderwijs", "Leesbevordering", "Coaching"],
          ["Excel voor cijfers", "Tweetalig lesgeven", "Rust in de klas"]),
}
PLUS = ["Collega's helpen elkaar", "Ruimte voor eigen aanpak", "Trots op onze school",
        "Korte lijnen met leiding", "Veel kennis in huis", "Open sfeer in sectie"]
MINUS = ["Weinig zicht op werk", "Te veel vergaderen", "Trots maakt blind",
         "Besluiten blijven hangen", "Kennis blijft verborgen", "Kritiek blijft binnen"]


def seed_room(store: Store, *, notes: int = 12, same_spot: bool = False) -> int:
    """The workshop; with ``same_spot`` most post-its are dropped on one place of a ring."""
    ws = orchestration.create_workshop(store, title="Betrokken blijven in een groeiende school",
                             date=dt.date(2026, 11, 24), location="Het Baken, Almere",
                             facilitator="Marleen de Graaf", template="circle")
    people = [ops.add_participant(store, ws.id, n, r, g).id for n, r, g in PEOPLE]
    agenda.add_round(store, ws.id, "Marktplaats", 20, "market", ["Wat bied je aan?"])
    agenda.add_round(store, ws.id, "Plus-min", 20, "plusmin", ["Wat gaat goed?"])
    for i in range(notes):
        note = circle.add_note(store, ws.id, STORIES[i % len(STORIES)], people[i % len(people)])
        ring = i % 5
        if same_spot and i % 3:
            r, angle = 0.5, 0.4  # dropped on one spot of the Sectie ring
        else:
            r, angle = 0.2 * ring + 0.1, i * 2.4
        circle.move_notes(store, {note.id: (r * math.cos(angle), r * math.sin(angle))})
    groups = market.subgroups_from_participants(store, ws.id)
    supply: list[int] = []
    demand: list[int] = []
    for k, group in enumerate(groups):
        name = "ABC"[k]
        for j, text in enumerate(SHEETS[name][0]):
            supply.append(market.add_entry(store, ws.id, group, "supply", text,
                                           owners=[people[(3 * k + j) % 10]]).id)
        for j, text in enumerate(SHEETS[name][1]):
            demand.append(market.add_entry(store, ws.id, group, "demand", text,
                                           owners=[people[(3 * k + j + 1) % 10]]).id)
    market_links.pool_entries(store, supply[0], supply[9])
    market_links.add_match(store, demand[0], supply[2])
    dev = market.add_development(store, ws.id, "Invoering tweetalig onderwijs")
    market.set_fit(store, supply[5], dev.id)
    theme = plusmin.add_theme(store, ws.id, plusmin.CORE_THEMES[1])
    for plus, minus in zip(PLUS, MINUS, strict=True):
        a = plusmin.add_item(store, theme.id, "plus", plus).id
        b = plusmin.add_item(store, theme.id, "min", minus).id
        plusmin.pair_items(store, a, b)
    plusmin.set_attention_revealed(store, theme.id, True)
    return ws.id


def market_texts() -> list[str]:
    return [t for supply, demand in SHEETS.values() for t in supply + demand]


def plusmin_texts() -> list[str]:
    return PLUS + MINUS
