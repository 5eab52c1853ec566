"""What devices sent that is not on a board yet: the story inbox and the hidden vote tally.

Both are kept in the ``setting`` table (no schema change), one JSON value per
workshop, so a crash loses nothing. Nothing in them identifies a device: a
story carries only the name its teller chose to give, the tally only counts
dots per theme. Every change emits a ``Topic.JOIN`` Change (``what`` =
``JoinPart.INBOX`` or ``JoinPart.VOTES``).
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.events import JoinPart, Kind, Topic
from app.models.store import Store
from app.models.text import InputError, clean_line, clean_text
from app.models.workshop import Setting

STORY_LIMIT = 1000  # characters: keywords of a story, not the story itself
NAME_LIMIT = 200
TOPIC = Topic.JOIN


def _inbox_key(workshop_id: int) -> str:
    return f"join_inbox:{workshop_id}"


def _votes_key(workshop_id: int) -> str:
    return f"join_votes:{workshop_id}"


def _load(store: Store, key: str, default: Any) -> Any:
    with store.read() as s:
        row = s.get(Setting, key)
    if row is None or not row.value:
        return default
    try:
        value = json.loads(row.value)
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def _save(store: Store, key: str, value: Any) -> None:
    with store.write() as s:
        s.merge(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))


# -- the story inbox -------------------------------------------------------------------

def clean_story(text: str, name: str = "") -> tuple[str, str]:
    """Keywords (required, at most STORY_LIMIT) and an optional name, as plain text."""
    if isinstance(text, str):
        text = text.replace("\r\n", "\n").replace("\u2029", "\n").replace("\u2028", "\n")
    text = clean_text(text, what="De steekwoorden", required=True, limit=STORY_LIMIT)
    name = clean_line(name if name is not None else "", what="Naam", limit=NAME_LIMIT)
    return text, name


def list_stories(store: Store, workshop_id: int) -> list[dict[str, Any]]:
    """Stories waiting for the facilitator, oldest first: {"id", "text", "name"}."""
    items = _load(store, _inbox_key(workshop_id), {}).get("items", [])
    return [dict(i) for i in items if isinstance(i, dict)]


def add_story(store: Store, workshop_id: int, text: str, name: str = "") -> dict[str, Any]:
    text, name = clean_story(text, name)
    data = _load(store, _inbox_key(workshop_id), {})
    items = [i for i in data.get("items", []) if isinstance(i, dict)]
    next_id = int(data.get("next", 1))
    item = {"id": next_id, "text": text, "name": name}
    items.append(item)
    _save(store, _inbox_key(workshop_id), {"next": next_id + 1, "items": items})
    store.emit(TOPIC, workshop_id, Kind.INSERT, (next_id,), what=JoinPart.INBOX)
    return dict(item)


def remove_story(store: Store, workshop_id: int, story_id: int) -> dict[str, Any]:
    """Take a story out of the inbox (accepted or rejected); returns it, for undo."""
    data = _load(store, _inbox_key(workshop_id), {})
    items = [i for i in data.get("items", []) if isinstance(i, dict)]
    found = next((i for i in items if i.get("id") == story_id), None)
    if found is None:
        raise InputError(QCoreApplication.translate("Models", "Dit verhaal staat niet (meer) in de inbox."))
    data["items"] = [i for i in items if i is not found]
    _save(store, _inbox_key(workshop_id), data)
    store.emit(TOPIC, workshop_id, Kind.DELETE, (story_id,), what=JoinPart.INBOX)
    return dict(found)


def restore_story(store: Store, workshop_id: int, item: dict[str, Any]) -> None:
    """Put a story back where it was (by id order)."""
    data = _load(store, _inbox_key(workshop_id), {})
    items = [i for i in data.get("items", []) if isinstance(i, dict) and i.get("id") != item["id"]]
    items.append(dict(item))
    items.sort(key=lambda i: int(i.get("id", 0)))
    data["items"] = items
    data["next"] = max(int(data.get("next", 1)), int(item["id"]) + 1)
    _save(store, _inbox_key(workshop_id), data)
    store.emit(TOPIC, workshop_id, Kind.INSERT, (int(item["id"]),), what=JoinPart.INBOX)


# -- the hidden vote tally -----------------------------------------------------------------

def pending_votes(store: Store, workshop_id: int) -> dict[int, int]:
    """Dots per theme cast by devices and not yet revealed."""
    raw = _load(store, _votes_key(workshop_id), {})
    out: dict[int, int] = {}
    for key, value in raw.items():
        if str(key).isdigit() and isinstance(value, int) and value > 0:
            out[int(key)] = value
    return out


def set_pending_votes(store: Store, workshop_id: int, tally: dict[int, int]) -> dict[int, int]:
    """Replace the hidden tally; returns the old one (for undo of a reveal)."""
    old = pending_votes(store, workshop_id)
    _save(store, _votes_key(workshop_id), {str(k): int(v) for k, v in tally.items() if v > 0})
    store.emit(TOPIC, workshop_id, Kind.UPDATE, what=JoinPart.VOTES)
    return old


def change_pending_vote(store: Store, workshop_id: int, theme_id: int, delta: int) -> int:
    """One dot more (+1) or less (-1) on a theme; returns the theme's new hidden count."""
    if delta not in (1, -1):
        raise InputError(QCoreApplication.translate("Models", "Een stip erbij of eraf."))
    tally = pending_votes(store, workshop_id)
    count = tally.get(theme_id, 0) + delta
    if count < 0:
        raise InputError(QCoreApplication.translate("Models", "Dit thema heeft geen stip van u om weg te halen."))
    tally[theme_id] = count
    _save(store, _votes_key(workshop_id), {str(k): v for k, v in tally.items() if v > 0})
    store.emit(TOPIC, workshop_id, Kind.UPDATE, what=JoinPart.VOTES)
    return count
