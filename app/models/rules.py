"""Gespreksregels: the conversation rules a facilitator can show to the room.

A workshop keeps its own list in ``Workshop.rules`` (``None`` means "the
defaults", so a workshop follows improved defaults until someone edits it) and
whether the card is on the projector in ``Workshop.show_rules``. Both change
through :func:`app.models.workshop.update_workshop`, which emits
``Change(Topic.WORKSHOP, fields=(...))`` and returns the old values.
"""
from __future__ import annotations

import json
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models.store import Store
from app.models.text import InputError, clean_line
from app.models.workshop import get_workshop, update_workshop
from app.paths import resource

MAX_RULES = 12  # more than a dozen rules is no longer a card anyone reads
RULE_LIMIT = 300  # characters per rule: one or two lines on a projector


@cache
def _defaults_file() -> dict[str, Any]:
    return json.loads(resource("templates", "rules.json").read_text(encoding="utf-8"))


def default_rules(language: str = "nl") -> list[str]:
    """The built-in rules, restated in the project's own words."""
    rules = _defaults_file()["rules"]
    return list(rules.get(language, rules["nl"]))


def default_title(language: str = "nl") -> str:
    titles = _defaults_file()["title"]
    return str(titles.get(language, titles["nl"]))


def clean_rules(rules: list[str]) -> list[str]:
    """Trim every rule, drop empty ones; refuse an empty or overlong list."""
    if isinstance(rules, str) or not isinstance(rules, list | tuple):
        raise InputError(QCoreApplication.translate("Models", "Gespreksregels: een lijst met regels verwacht."))
    cleaned = [clean_line(rule, what="Gespreksregel", limit=RULE_LIMIT) for rule in rules]
    cleaned = [rule for rule in cleaned if rule]
    if not cleaned:
        raise InputError(QCoreApplication.translate("Models", "Er moet minstens één gespreksregel overblijven. "
                         "Verberg de kaart als je geen regels wilt tonen."))
    if len(cleaned) > MAX_RULES:
        raise InputError(QCoreApplication.translate("Models", "Hooguit {max_rules} gespreksregels: kies de belangrijkste "
                         "(nu {count}).").format(max_rules=MAX_RULES, count=len(cleaned)))
    return cleaned


def _workshop(store: Store, workshop_id: int) -> Any:
    ws = get_workshop(store, workshop_id)
    if ws is None:
        raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
    return ws


def get_rules(store: Store, workshop_id: int) -> list[str]:
    """The rules this workshop shows: its own list, or the defaults in its language."""
    ws = _workshop(store, workshop_id)
    return _own_rules(ws.rules) or default_rules(ws.language)


def _own_rules(value: object) -> list[str]:
    """The stored list if it is a usable one; anything else (None, [], a damaged or
    hand-edited value) falls back to the defaults rather than showing garbage."""
    if isinstance(value, list) and value and all(isinstance(r, str) and r.strip() for r in value):
        return list(value)
    return []


def uses_defaults(store: Store, workshop_id: int) -> bool:
    return not _own_rules(_workshop(store, workshop_id).rules)


def set_rules(store: Store, workshop_id: int, rules: list[str] | None) -> list[str] | None:
    """Store the workshop's own list (``None`` = back to the defaults).

    A list equal to the defaults is stored as ``None`` so the workshop keeps
    following them. Returns the previous stored value, for undo.
    """
    ws = _workshop(store, workshop_id)
    value = None if rules is None else clean_rules(rules)
    if value is not None and value == default_rules(ws.language):
        value = None
    return update_workshop(store, workshop_id, rules=value)["rules"]


def reset_rules(store: Store, workshop_id: int) -> list[str] | None:
    """Back to the defaults; returns the previous stored value."""
    return set_rules(store, workshop_id, None)


def is_shown(store: Store, workshop_id: int) -> bool:
    return bool(_workshop(store, workshop_id).show_rules)


def set_show_rules(store: Store, workshop_id: int, show: bool) -> bool:
    """Show or hide the card in the room; returns the previous state."""
    _workshop(store, workshop_id)
    return bool(update_workshop(store, workshop_id, show_rules=bool(show))["show_rules"])
