"""A small exchange file, as a colleague's Leidraad sends it (to import in an installed app)."""
from __future__ import annotations


def one_workshop_document(title: str) -> dict[str, object]:
    """A version 1 exchange file (FORMAT.md) of one workshop titled ``title``: one
    participant, one round, one note; what an older Leidraad wrote."""
    return {
        "format": "leidraad-workshop", "version": 1,
        "workshop": {"title": title, "date": "2026-11-24", "location": "Het Baken",
                     "facilitator": "Marleen", "language": "nl"},
        "participants": [{"id": "p1", "name": "Şükrü Yılmaz", "role": "older_teacher",
                          "subgroup": "A"}],
        "agenda": [{"id": "r1", "title": "Verhalen", "planned_minutes": 30,
                    "actual_seconds": None, "board": "circle"}],
        "circle": {"notes": [{"id": "n1", "text": "Leerlingen laten ontwerpen",
                              "participant": "p1", "x": 0.05, "y": -0.1}]},
        "market": {"subgroups": [], "developments": [], "entries": [], "pools": [],
                   "matches": []},
        "plusmin": {"themes": []},
        "actions": [],
    }
