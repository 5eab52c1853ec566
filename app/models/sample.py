"""A sample workshop to try everything before the real session.

Made-up colleagues, a few post-its in the circle, supply and demand on the
marketplace, points on a plus-min theme, a planned agenda and one action: enough
to press every button once. It is written as an exchange document (FORMAT.md)
and imported in one transaction, so it is created whole or not at all, and it
is marked as a sample (``Workshop.extra["sample"]`` and its title) so nobody
mistakes it for a real session. It is deleted like any other workshop.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from app.models import exchange
from app.models.store import Store
from app.models.workshop import Workshop

SAMPLE_TITLE = "Voorbeeld: oefenbijeenkomst (verzonnen namen)"

_PEOPLE = [("p1", "Anouk Verbeek", "younger_teacher", "A"), ("p2", "Henk Dijkstra", "older_teacher", "A"),
           ("p3", "Samira Bouzid", "younger_teacher", "A"), ("p4", "Joost Mulder", "older_teacher", "B"),
           ("p5", "Ingrid Posthuma", "leadership", "B"), ("p6", "Rachid Amrani", "older_teacher", "B"),
           ("p7", "Lotte van Wijk", "other", "C"), ("p8", "Pieter Hoekstra", "older_teacher", "C")]

_NOTES = [("Een leerling die eindelijk durfde te presenteren", "p1", 0.05, -0.08, "#fff59d"),
          ("Samen met de sectie een nieuwe toets gemaakt", "p2", 0.35, 0.1, "#ffcc80"),
          ("Mentorgesprekken anders opgezet", "p3", -0.3, -0.25, "#a5d6a7"),
          ("Meedenken over het nieuwe rooster", "p4", 0.1, 0.66, "#90caf9"),
          ("Ouderavond over social media", "p6", -0.55, 0.62, "#f48fb1")]

_ENTRIES = [("m1", "g1", "supply", "Werken met exit tickets", ["p2"]),
            ("m2", "g1", "demand", "Differentiëren in grote klassen", ["p1"]),
            ("m3", "g2", "supply", "Differentiëren met niveaugroepen", ["p4"]),
            ("m4", "g2", "demand", "Omgaan met onrust na de pauze", ["p6"]),
            ("m5", "g3", "supply", "Rust in de klas met vaste routines", ["p8"]),
            ("m6", "g3", "demand", "Formatief evalueren", ["p7"])]


def _document(today: dt.date) -> dict[str, Any]:
    def round_(rid: str, title: str, minutes: int, board: str | None, prompts: list[str]) -> dict[str, Any]:
        return {"id": rid, "title": title, "planned_minutes": minutes, "actual_seconds": None,
                "board": board, "prompts": prompts}

    return {
        "format": "leidraad-workshop", "version": 1,
        "workshop": {"title": SAMPLE_TITLE, "date": today.isoformat(),
                     "location": "De Oefenschool (verzonnen)", "facilitator": "Jij",
                     "language": "nl", "extra": {"template": "circle", "data": {"sample": True}}},
        "participants": [{"id": i, "name": n, "role": r, "subgroup": g} for i, n, r, g in _PEOPLE],
        "agenda": [
            round_("r1", "Verhalen", 30, "circle",
                   ["Vertel over een moment waarop je tevreden was over je werk.",
                    "Wat hielp je daarbij?"]),
            round_("r2", "Plaatsen in de cirkel", 10, "circle", ["Waar ligt dit: bij jezelf, "
                                                                "in de klas, de school?"]),
            round_("r3", "Marktplaats", 25, "market", ["Wat kun je een ander leren?",
                                                       "Wat wil je zelf leren?"]),
            round_("r4", "Plus en min", 25, "plusmin", ["Wat gaat er goed? Wat is de keerzijde?"]),
            round_("r5", "Over naar actie", 15, None, ["Welke eerste stap zetten we?"]),
        ],
        "circle": {"notes": [{"id": f"n{k}", "text": t, "participant": p, "x": x, "y": y, "color": c}
                             for k, (t, p, x, y, c) in enumerate(_NOTES, start=1)]},
        "market": {
            "subgroups": [{"id": f"g{k}", "name": name} for k, name in enumerate("ABC", start=1)],
            "developments": [{"id": "d1", "text": "Meer formatief werken in alle secties"}],
            "entries": [{"id": i, "subgroup": g, "side": side, "text": t, "people": people,
                         "fits_development": "d1" if i in ("m1", "m6") else None}
                        for i, g, side, t, people in _ENTRIES],
            "pools": [], "matches": [{"demand": "m2", "supply": "m3"}],
        },
        "plusmin": {"themes": [{
            "id": "t1", "title": "Feedback en bespreekbaarheid", "priority": 1,
            "items": [{"id": "i1", "sign": "plus", "text": "Collega's vragen elkaar om raad"},
                      {"id": "i2", "sign": "min", "text": "Er is weinig tijd om bij elkaar te kijken"},
                      {"id": "i3", "sign": "plus", "text": "De teamleider luistert"},
                      {"id": "i4", "sign": "min", "text": "Feedback blijft vaak hangen in de gang"}],
            "pairs": [{"plus": "i1", "min": "i2"}]}]},
        "actions": [{"id": "a1", "what": "Bij elkaar in de les kijken (oefenactie)", "who": "p2",
                     "due": (today + dt.timedelta(days=28)).isoformat()}],
    }


def create_sample(store: Store, today: dt.date | None = None) -> int:
    """Add the sample workshop (one transaction); returns its id."""
    return exchange.import_document(store, exchange.check_document(_document(today or dt.date.today())))


def is_sample(ws: Workshop) -> bool:
    return bool((ws.extra or {}).get("sample"))
