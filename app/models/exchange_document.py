"""The exchange file's shape (../shared/FORMAT.md, version 1) as pydantic models.

Every key, type and limit of a document: :class:`DocumentIn` and its parts, the
file's limits (``MAX_*``) and :class:`ExchangeError`. Pure: no store. Reading a
file, turning pydantic's errors into a message with a JSON path and checking the
cross-references is :mod:`app.models.exchange_schema`, which re-exports these names.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, FiniteFloat
from PySide6.QtCore import QCoreApplication

from app.models.agenda import BOARDS, MAX_PROMPTS, MAX_ROUND_MINUTES, PROMPT_LIMIT
from app.models.circle import DEFAULT_NOTE_COLOR, RINGS
from app.models.market import ENTRY_LIMIT, NAME_LIMIT, SIDES
from app.models.plusmin import SIGNS
from app.models.text import MAX_TEXT, InputError
from app.models.workshop import LANGUAGES, ROLES

FORMAT_NAME = "leidraad-workshop"
FORMAT_VERSION = 1
FILE_SUFFIX = ".leidraad.json"
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
LINE = 300  # one-line fields (names, titles): the width of their columns
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class ExchangeError(InputError):
    """A refused exchange file: ``path`` is the JSON path of the first problem."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


# -- the document's shape (pydantic) -------------------------------------------------

# Kept although invisible, as when typing: zero-width (non-)joiners belong to Persian
# names and emoji sequences.
_KEEP = frozenset("\n\t\u200c\u200d")


def _strip_controls(value: str) -> str:
    """What typing keeps (see ``workshop.clean_text``): no control or format characters.

    Zero-width spaces (U+200B), byte-order marks (U+FEFF) and direction overrides
    (U+202E and friends) are dropped, so a name of only those is empty and refused.
    """
    if value.isprintable():
        return value
    return "".join(ch for ch in value if ch in _KEEP or ch.isprintable())


def _one_line(value: str) -> str:
    return " ".join(_strip_controls(value).split())


def _required_line(value: str) -> str:
    value = _one_line(value)
    if not value:
        raise ValueError(QCoreApplication.translate("Models", "mag niet leeg zijn"))
    return value


def _iso_date(value: str) -> str:
    if not _DATE.fullmatch(value):
        raise ValueError(QCoreApplication.translate("Models", "datum in de vorm JJJJ-MM-DD verwacht, niet {value}").format(value=show_json(value)))
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(QCoreApplication.translate("Models", "deze datum bestaat niet: {value}").format(value=show_json(value))) from None
    return value


Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_strip_controls)]
Line = Annotated[str, Field(max_length=LINE), AfterValidator(_one_line)]
Name = Annotated[str, Field(max_length=LINE), AfterValidator(_required_line)]
Id = Annotated[str, Field(min_length=1, max_length=200)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]
Prompt = Annotated[str, Field(max_length=PROMPT_LIMIT), AfterValidator(_one_line)]
EntryText = Annotated[str, Field(max_length=ENTRY_LIMIT), AfterValidator(_one_line)]
Color = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$"), AfterValidator(str.lower)]
Extra = dict[str, Any] | None


# Limits of one exchange file (a real workshop stays far below them; an import above
# them is refused with a message instead of filling the laptop's memory).
MAX_PARTICIPANTS = 500
MAX_ROUNDS = 100
MAX_NOTES = 10_000
MAX_SUBGROUPS = 100
MAX_DEVELOPMENTS = 500
MAX_ENTRIES = 5_000
MAX_THEMES = 100
MAX_ITEMS = 2_000  # per theme
MAX_ACTIONS = 1_000


def _most(n: int) -> Any:
    return Field(max_length=n)


class _Obj(BaseModel):
    """Strict JSON types; unknown keys refused (the app's own go under "extra")."""

    model_config = ConfigDict(extra="forbid", strict=True)


class FactsIn(_Obj):
    title: Line
    date: IsoDate
    location: Line
    facilitator: Line
    language: Literal[LANGUAGES]  # type: ignore[valid-type]
    extra: Extra = None


class ParticipantIn(_Obj):
    id: Id
    name: Name
    role: Literal[ROLES]  # type: ignore[valid-type]
    subgroup: Annotated[str, Field(max_length=100), AfterValidator(_one_line)] | None
    extra: Extra = None


class RoundIn(_Obj):
    id: Id
    title: Line
    planned_minutes: Annotated[int, Field(gt=0, le=MAX_ROUND_MINUTES)]
    actual_seconds: Annotated[int, Field(ge=0, le=10**7)] | None
    board: Literal[BOARDS] | None  # type: ignore[valid-type]
    prompts: Annotated[list[Prompt], Field(max_length=MAX_PROMPTS)] = []
    notes: Text = ""
    private_notes: Text = ""
    extra: Extra = None


class NoteIn(_Obj):
    id: Id
    text: Text
    participant: Id | None
    x: FiniteFloat
    y: FiniteFloat
    ring: Literal[RINGS] | None = None  # type: ignore[valid-type]
    color: Color = DEFAULT_NOTE_COLOR
    extra: Extra = None


class CircleIn(_Obj):
    notes: Annotated[list[NoteIn], _most(MAX_NOTES)]
    extra: Extra = None


class ReflectionNoteIn(_Obj):
    """A post-it on the red/green board (an addition to version 1: optional)."""

    id: Id
    text: Text
    participant: Id | None
    x: FiniteFloat
    y: FiniteFloat
    zone: Literal["red", "between", "green"] | None = None
    extra: Extra = None


class ReflectionIn(_Obj):
    notes: list[ReflectionNoteIn] = []
    extra: Extra = None


class SubgroupIn(_Obj):
    id: Id
    name: Annotated[str, Field(max_length=NAME_LIMIT), AfterValidator(_one_line)]
    extra: Extra = None


class DevelopmentIn(_Obj):
    id: Id
    text: EntryText
    extra: Extra = None


class EntryIn(_Obj):
    id: Id
    subgroup: Id
    side: Literal[SIDES]  # type: ignore[valid-type]
    text: EntryText
    people: list[Id]
    fits_development: Id | None
    extra: Extra = None


class PoolIn(_Obj):
    id: Id
    entries: list[Id]
    extra: Extra = None


class MatchIn(_Obj):
    demand: Id
    supply: Id
    extra: Extra = None


class MarketIn(_Obj):
    subgroups: Annotated[list[SubgroupIn], _most(MAX_SUBGROUPS)]
    developments: Annotated[list[DevelopmentIn], _most(MAX_DEVELOPMENTS)]
    entries: Annotated[list[EntryIn], _most(MAX_ENTRIES)]
    pools: Annotated[list[PoolIn], _most(MAX_ENTRIES)]
    matches: Annotated[list[MatchIn], _most(MAX_ENTRIES)]
    extra: Extra = None


class ItemIn(_Obj):
    id: Id
    sign: Literal[SIGNS]  # type: ignore[valid-type]
    text: Text
    extra: Extra = None


class PairIn(_Obj):
    plus: Id
    min: Id
    extra: Extra = None


class ThemeIn(_Obj):
    id: Id
    title: Line
    priority: Annotated[int, Field(ge=1, le=10**6)] | None
    items: Annotated[list[ItemIn], _most(MAX_ITEMS)]
    pairs: Annotated[list[PairIn], _most(MAX_ITEMS)]
    extra: Extra = None


class PlusminIn(_Obj):
    themes: Annotated[list[ThemeIn], _most(MAX_THEMES)]
    extra: Extra = None


class ActionIn(_Obj):
    id: Id
    what: Text
    who: Line | None
    due: IsoDate | None
    extra: Extra = None


class DocumentIn(_Obj):
    format: Literal["leidraad-workshop"]
    version: Literal[1]
    workshop: FactsIn
    participants: Annotated[list[ParticipantIn], _most(MAX_PARTICIPANTS)]
    agenda: Annotated[list[RoundIn], _most(MAX_ROUNDS)]
    circle: CircleIn
    market: MarketIn
    plusmin: PlusminIn
    actions: Annotated[list[ActionIn], _most(MAX_ACTIONS)]
    reflection: ReflectionIn = ReflectionIn()  # optional: files without it import unchanged
    extra: Extra = None


def show_json(value: Any, limit: int = 60) -> str:
    """A value as it appears in JSON, shortened for a message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
