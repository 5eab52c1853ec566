"""The traject: an opening group session and the follow-up sessions that go deeper.

The method is a short series, not one meeting: the first group session ends with the
theme the group finds most urgent, and a follow-up session works on that one theme.
:func:`create_follow_up` starts such a follow-up from a finished workshop: the title,
the participants, the chosen theme with its plus-min schema and the open actions
come along. Both workshops then carry the same traject id in ``Workshop.extra``
(no schema change), so each shows the other as part of one traject.

``Workshop.extra`` keys: ``traject`` (a shared id), ``follows`` (the workshop id this
one continues), ``theme`` (the title of the chosen theme).
"""
from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select

from app.models.actions import Action
from app.models.events import Kind, Topic
from app.models.orchestration import insert_workshop
from app.models.plusmin import Theme, ThemeItem, ThemePair, most_urgent
from app.models.store import Store
from app.models.text import InputError
from app.models.workshop import Participant, Workshop, get_workshop

FOLLOW_UP_TEMPLATE = "follow_up"


def traject_id(ws: Workshop) -> str | None:
    value = (ws.extra or {}).get("traject")
    return value if isinstance(value, str) and value else None


def chosen_theme(store: Store, workshop_id: int) -> Theme | None:
    """The theme a follow-up would take: the first at rank 1 of the urgency result."""
    top = most_urgent(store, workshop_id)
    if not top:
        return None
    with store.read() as s:
        return s.get(Theme, top[0].theme_id)


def create_follow_up(store: Store, workshop_id: int, theme_id: int | None = None) -> Workshop:
    """A new follow-up session ("Vervolg op deze bijeenkomst") continuing ``workshop_id``.

    ``theme_id`` defaults to the most urgent theme; without one the follow-up is refused
    with a message saying what to do first.
    """
    src = get_workshop(store, workshop_id)
    if src is None:
        raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
    theme = chosen_theme(store, workshop_id) if theme_id is None else None
    with store.read() as s:
        if theme_id is not None:
            theme = s.get(Theme, theme_id)
            if theme is None or theme.workshop_id != workshop_id:
                raise InputError(QCoreApplication.translate("Models", "Dit thema hoort niet (meer) bij de bijeenkomst."))
    if theme is None:
        raise InputError(QCoreApplication.translate("Models", "Kies eerst het meest urgente thema (rangorde of stemmen op het plus-min-bord); het vervolggesprek gaat over dat ene thema."))
    shared = traject_id(src) or uuid.uuid4().hex
    with store.write() as s:  # one gesture, one transaction
        target = insert_workshop(s, title=src.title, location=src.location,
                                 facilitator=src.facilitator, template=FOLLOW_UP_TEMPLATE,
                                 language=src.language)
        new_id = target.id
        source = s.get(Workshop, src.id)
        assert source is not None
        source.extra = {**(source.extra or {}), "traject": shared}
        target.extra = {**(target.extra or {}), "traject": shared, "follows": src.id,
                        "theme": theme.title}
        people = _copy_participants(s, src.id, new_id)
        _copy_theme(s, theme.id, new_id)
        _copy_actions(s, src.id, new_id, people)
    store.emit(Topic.WORKSHOP, new_id, Kind.INSERT, (new_id,))
    store.emit(Topic.WORKSHOP, src.id, Kind.UPDATE, (src.id,), fields=("extra",))
    follow = get_workshop(store, new_id)
    assert follow is not None
    return follow


def _copy_participants(s, source_id: int, target_id: int) -> dict[int, int]:  # noqa: ANN001
    mapping = {}
    rows = s.scalars(select(Participant).where(Participant.workshop_id == source_id)
                     .order_by(Participant.position, Participant.id))
    for p in list(rows):
        copy = Participant(workshop_id=target_id, name=p.name, role=p.role, subgroup=p.subgroup,
                           position=p.position)
        s.add(copy)
        s.flush()
        mapping[p.id] = copy.id
    return mapping


def _copy_theme(s, theme_id: int, target_id: int) -> None:  # noqa: ANN001
    theme = s.get(Theme, theme_id)
    copy = Theme(workshop_id=target_id, title=theme.title, position=0, priority=1, votes=0,
                 attention_revealed=True)
    s.add(copy)
    s.flush()
    items = {}
    for item in list(s.scalars(select(ThemeItem).where(ThemeItem.theme_id == theme_id))):
        new = ThemeItem(theme_id=copy.id, sign=item.sign, text=item.text, position=item.position)
        s.add(new)
        s.flush()
        items[item.id] = new.id
    for pair in list(s.scalars(select(ThemePair).where(ThemePair.theme_id == theme_id))):
        s.add(ThemePair(theme_id=copy.id, plus_id=items[pair.plus_id], min_id=items[pair.min_id]))


def _copy_actions(s, source_id: int, target_id: int, people: dict[int, int]) -> None:  # noqa: ANN001
    """Every action of the earlier session is still open (actions have no "done" state)."""
    for a in list(s.scalars(select(Action).where(Action.workshop_id == source_id)
                            .order_by(Action.position, Action.id))):
        s.add(Action(workshop_id=target_id, what=a.what, due=a.due, position=a.position,
                     who_participant_id=people.get(a.who_participant_id) if a.who_participant_id else None,
                     who_text=a.who_text))


def traject_members(store: Store, workshop_id: int) -> list[Workshop]:
    """The workshops of this one's traject, oldest first (just itself when it has none)."""
    ws = get_workshop(store, workshop_id)
    if ws is None:
        return []
    shared = traject_id(ws)
    if shared is None:
        return [ws]
    with store.read() as s:
        rows = [w for w in s.scalars(select(Workshop).where(Workshop.deleted_at.is_(None)))
                if traject_id(w) == shared]
    return sorted(rows, key=lambda w: (w.date, w.created_at, w.id))


# -- the appreciative turn, on the projector at any moment ---------------------------

def turn_shown(ws: Workshop | None) -> bool:
    """Whether the room sees the appreciative-turn card (``Workshop.extra["show_turn"]``)."""
    return bool(ws is not None and (ws.extra or {}).get("show_turn"))


def set_turn_shown(store: Store, workshop_id: int, shown: bool) -> bool:
    """Show or hide the appreciative-turn card in the room; returns the old state."""
    with store.write() as s:
        ws = s.get(Workshop, workshop_id)
        if ws is None:
            raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
        old = bool((ws.extra or {}).get("show_turn"))
        extra = dict(ws.extra or {})
        if shown:
            extra["show_turn"] = True
        else:
            extra.pop("show_turn", None)
        ws.extra = extra
    store.emit(Topic.WORKSHOP, workshop_id, Kind.UPDATE, (workshop_id,), fields=("extra",))
    return old
