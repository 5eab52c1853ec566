"""Over naar actie: what the group will do, who does it, and when.

The method ends every session with concrete action and prefers one point done
well over a long list, so the model offers :func:`needs_focus_hint` next to
the usual operations. Operations take the store first, commit once, emit one
``Change(Topic.ACTION)`` and return what an undo needs.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy import Date, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.models.base import Base, next_position, restore_row, row_values
from app.models.events import Kind, Topic
from app.models.store import Store
from app.models.text import InputError, clean_line, clean_text
from app.models.workshop import Participant, Workshop

FOCUS_LIMIT = 3  # from the fourth action on, the list gets a quiet "pick one" hint
WHO_LIMIT = 300  # matches the column width of who_text
EDITABLE = ("what", "who_participant_id", "who_text", "due")


class Action(Base):
    __tablename__ = "action"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[int] = mapped_column(ForeignKey("workshop.id", ondelete="CASCADE"), index=True)
    what: Mapped[str] = mapped_column(Text, default="")
    who_participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), nullable=True
    )
    who_text: Mapped[str] = mapped_column(String(300), default="")
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


def needs_focus_hint(count: int) -> bool:
    """True once the list is longer than the method's "one point done well" advice."""
    return count > FOCUS_LIMIT


def is_overdue(action: Action, today: dt.date | None = None) -> bool:
    """A due date before today: allowed (minutes written afterwards), but worth flagging."""
    return action.due is not None and action.due < (today or dt.date.today())


def resolve_who(text: str, participants: list[Participant]) -> tuple[int | None, str]:
    """A typed "who": a participant when the name matches (any case), else free text."""
    typed = " ".join(text.split())
    for p in participants:
        if p.name.casefold() == typed.casefold():
            return p.id, ""
    return None, typed


def who_name(action: Action, participants: list[Participant]) -> str:
    """Who does it, as shown: the participant's current name, or the free text."""
    if action.who_participant_id is not None:
        for p in participants:
            if p.id == action.who_participant_id:
                return p.name
    return action.who_text


# -- parsing what the facilitator types ------------------------------------------

MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mrt": 3, "maart": 3, "mar": 3,
    "apr": 4, "april": 4, "mei": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7,
    "aug": 8, "augustus": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10,
    "oct": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
RELATIVE = {"vandaag": 0, "morgen": 1, "overmorgen": 2}
_NUMERIC = re.compile(r"^(\d{1,2})[-/. ](\d{1,2})(?:[-/. ](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_WORDS = re.compile(r"^(\d{1,2})\s*([a-z]+)\.?(?:\s+(\d{2}|\d{4}))?$")
DATE_HELP = QT_TRANSLATE_NOOP("Models", "gebruik dag-maand-jaar, bijv. 15-1-2027")


def parse_due(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """A due date from what was typed: ``15-1-2027``, ``15/1/27``, ``2027-01-15``,
    ``15 jan 2027``, ``15-1`` (the next 15 January), ``morgen``; empty means no date.

    Raises :class:`InputError` with an example when the text is no date.
    """
    today = today or dt.date.today()
    raw = " ".join(str(text or "").split()).casefold()
    if not raw:
        return None
    if raw in RELATIVE:
        return today + dt.timedelta(days=RELATIVE[raw])
    day = month = year = None
    if m := _ISO.match(raw):
        year, month, day = (int(g) for g in m.groups())
    elif m := _NUMERIC.match(raw):
        day, month = int(m[1]), int(m[2])
        year = _full_year(m[3])
    elif (m := _WORDS.match(raw)) and m[2] in MONTHS:
        day, month = int(m[1]), MONTHS[m[2]]
        year = _full_year(m[3])
    if day is None or month is None:
        raise InputError(QCoreApplication.translate("Models", "‘{text}’ is geen datum ({date_help}).").format(text=text, date_help=QCoreApplication.translate("Models", DATE_HELP)))
    try:
        if year is None:  # no year typed: the first such day from today on
            due = dt.date(today.year, month, day)
            return due if due >= today else dt.date(today.year + 1, month, day)
        if not 1900 <= year <= 2200:
            raise InputError(QCoreApplication.translate("Models", "‘{text}’: het jaar {year} lijkt niet te kloppen ({date_help}).").format(text=text, year=year, date_help=QCoreApplication.translate("Models", DATE_HELP)))
        return dt.date(year, month, day)
    except ValueError as exc:
        raise InputError(QCoreApplication.translate("Models", "‘{text}’ bestaat niet als datum ({date_help}).").format(text=text, date_help=QCoreApplication.translate("Models", DATE_HELP))) from exc


def _full_year(group: str | None) -> int | None:
    if group is None:
        return None
    return 2000 + int(group) if len(group) == 2 else int(group)


def format_due(due: dt.date | None) -> str:
    """The Dutch short form the parser reads back: ``15-1-2027``."""
    return "" if due is None else f"{due.day}-{due.month}-{due.year}"


# -- operations -------------------------------------------------------------------

def list_actions(store: Store, workshop_id: int) -> list[Action]:
    with store.read() as s:
        return _ordered(s, workshop_id)


def _ordered(s: Session, workshop_id: int) -> list[Action]:
    return list(s.scalars(select(Action).where(Action.workshop_id == workshop_id)
                          .order_by(Action.position, Action.id)))


def _clean(session: Session, workshop_id: int, fields: dict[str, Any]) -> dict[str, Any]:
    """Validate typed values; a participant must belong to this workshop."""
    if set(fields) - set(EDITABLE):
        raise InputError(QCoreApplication.translate("Models", "Onbekend veld voor een actie."))
    out = dict(fields)
    if "what" in out:
        out["what"] = clean_text(out["what"], what="Wat", required=True)
    if "who_text" in out:
        out["who_text"] = clean_line(out["who_text"] or "", what="Wie", limit=WHO_LIMIT)
    if "due" in out and not (out["due"] is None or isinstance(out["due"], dt.date)):
        out["due"] = parse_due(str(out["due"]))
    if out.get("who_text") and "who_participant_id" not in out:
        out["who_participant_id"] = None  # typed free text replaces a chosen participant
    pid = out.get("who_participant_id")
    if pid is not None:
        p = session.get(Participant, pid)
        if p is None or p.workshop_id != workshop_id:
            raise InputError(QCoreApplication.translate("Models", "Deze deelnemer hoort niet (meer) bij de bijeenkomst."))
        out["who_text"] = ""  # one "who": the participant wins over free text
    return out


def add_action(store: Store, workshop_id: int, what: str, *, who_participant_id: int | None = None,
               who_text: str = "", due: dt.date | str | None = None) -> Action:
    """A new action at the end of the list."""
    with store.write() as s:
        if s.get(Workshop, workshop_id) is None:
            raise InputError(QCoreApplication.translate("Models", "Deze bijeenkomst bestaat niet (meer)."))
        fields = _clean(s, workshop_id, {"what": what, "who_participant_id": who_participant_id,
                                         "who_text": who_text, "due": due})
        action = Action(workshop_id=workshop_id, **fields,
                        position=next_position(s, Action.position, Action.workshop_id == workshop_id))
        s.add(action)
    store.emit(Topic.ACTION, workshop_id, Kind.INSERT, (action.id,))
    return action


def update_action(store: Store, action_id: int, **fields: Any) -> dict[str, Any]:
    """Change what / who / when; returns the previous values of every column touched."""
    with store.write() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise InputError(QCoreApplication.translate("Models", "Deze actie bestaat niet (meer)."))
        fields = _clean(s, action.workshop_id, fields)
        old = {key: getattr(action, key) for key in fields}
        for key, value in fields.items():
            setattr(action, key, value)
        workshop_id = action.workshop_id
    store.emit(Topic.ACTION, workshop_id, Kind.UPDATE, (action_id,))
    return old


def delete_action(store: Store, action_id: int) -> dict[str, Any]:
    """Remove an action; the snapshot (row plus its place in the list) restores it."""
    with store.write() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise InputError(QCoreApplication.translate("Models", "Deze actie bestaat niet (meer)."))
        order = [a.id for a in _ordered(s, action.workshop_id)]
        snapshot = {"row": row_values(action), "index": order.index(action_id)}
        s.delete(action)
    store.emit(Topic.ACTION, snapshot["row"]["workshop_id"], Kind.DELETE, (action_id,))
    return snapshot


def restore_action(store: Store, snapshot: dict[str, Any]) -> Action:
    """Put a deleted action back with the same id, at the place it had."""
    row = dict(snapshot["row"])
    workshop_id = row["workshop_id"]
    with store.write() as s:
        if row.get("who_participant_id") is not None:
            if s.get(Participant, row["who_participant_id"]) is None:
                row["who_participant_id"] = None
        action = restore_row(s, Action, row)
        s.flush()
        order = [a for a in _ordered(s, workshop_id) if a.id != action.id]
        order.insert(min(snapshot.get("index", len(order)), len(order)), action)
        _renumber(order)
    store.emit(Topic.ACTION, workshop_id, Kind.INSERT, (action.id,))
    return action


def move_action(store: Store, action_id: int, index: int) -> int:
    """Move an action to ``index`` in its list (clamped); returns its previous index."""
    with store.write() as s:
        action = s.get(Action, action_id)
        if action is None:
            raise InputError(QCoreApplication.translate("Models", "Deze actie bestaat niet (meer)."))
        order = _ordered(s, action.workshop_id)
        old = order.index(action)
        order.remove(action)
        order.insert(max(0, min(index, len(order))), action)
        changed = _renumber(order)
        workshop_id = action.workshop_id
    store.emit(Topic.ACTION, workshop_id, Kind.UPDATE, changed)
    return old


def _renumber(order: list[Action]) -> list[int]:
    """Positions 0..n-1 in list order; returns the ids whose position changed."""
    changed = []
    for pos, action in enumerate(order):
        if action.position != pos:
            action.position = pos
            changed.append(action.id)
    return changed
