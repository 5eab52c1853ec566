"""The exchange file's rules (../shared/FORMAT.md, version 1): shape, types, references.

The shape itself (the pydantic models and the file's limits) is
:mod:`app.models.exchange_document`; its names are importable from here.

Everything here is pure: plain JSON values in, a checked :class:`DocumentIn`
out, or an :class:`ExchangeError` naming the JSON path of the first problem,
for example ``$.market.entries[3].people[0]: onbekende deelnemer "p12"``.
:mod:`app.models.exchange` reads and writes the store.
"""
from __future__ import annotations

import json
import math
import re
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.models.exchange_document import FILE_SUFFIX as FILE_SUFFIX
from app.models.exchange_document import FORMAT_NAME as FORMAT_NAME
from app.models.exchange_document import FORMAT_VERSION as FORMAT_VERSION
from app.models.exchange_document import MAX_ACTIONS as MAX_ACTIONS
from app.models.exchange_document import MAX_DEPTH as MAX_DEPTH
from app.models.exchange_document import MAX_DEVELOPMENTS as MAX_DEVELOPMENTS
from app.models.exchange_document import MAX_ENTRIES as MAX_ENTRIES
from app.models.exchange_document import MAX_FILE_BYTES as MAX_FILE_BYTES
from app.models.exchange_document import MAX_ITEMS as MAX_ITEMS
from app.models.exchange_document import MAX_NOTES as MAX_NOTES
from app.models.exchange_document import MAX_PARTICIPANTS as MAX_PARTICIPANTS
from app.models.exchange_document import MAX_ROUNDS as MAX_ROUNDS
from app.models.exchange_document import MAX_SUBGROUPS as MAX_SUBGROUPS
from app.models.exchange_document import MAX_THEMES as MAX_THEMES
from app.models.exchange_document import DocumentIn as DocumentIn
from app.models.exchange_document import ExchangeError as ExchangeError
from app.models.exchange_document import MarketIn, PlusminIn, show_json
from app.models.text import MAX_TEXT, local_number

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# -- reading and checking a document ------------------------------------------------

def json_path(loc: tuple[Any, ...] | list[Any]) -> str:
    """``("market", "entries", 3, "people", 0)`` -> ``$.market.entries[3].people[0]``."""
    out = ["$"]
    for part in loc:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif _NAME.fullmatch(str(part)):
            out.append(f".{part}")
        else:
            out.append(f"[{json.dumps(str(part), ensure_ascii=False)}]")
    return "".join(out)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return QCoreApplication.translate("Models", "een getal")
    if isinstance(value, str):
        return QCoreApplication.translate("Models", "tekst")
    if isinstance(value, list):
        return QCoreApplication.translate("Models", "een lijst")
    if isinstance(value, dict):
        return QCoreApplication.translate("Models", "een object")
    return type(value).__name__


def _nl_number(n: int) -> str:
    """A count with the UI language's digit grouping (1.234 in Dutch, 1,234 in English)."""
    return local_number(n)


def describe(error: dict[str, Any]) -> str:
    """A pydantic error in the facilitator's language."""
    kind, ctx, got = error["type"], error.get("ctx") or {}, _kind(error.get("input"))
    fixed = {
        "missing": QCoreApplication.translate("Models", "verplichte sleutel ontbreekt"),
        "extra_forbidden": QCoreApplication.translate("Models", 'onbekende sleutel (eigen sleutels horen in een "extra"-object)'),
        "finite_number": QCoreApplication.translate("Models", "eindig getal verwacht (geen NaN of oneindig)"),
        "string_too_short": QCoreApplication.translate("Models", "mag niet leeg zijn"),
        "string_pattern_mismatch": QCoreApplication.translate("Models", "kleur in de vorm #rrggbb verwacht"),
    }
    if kind in fixed:
        return fixed[kind]
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    if kind == "literal_error":
        options = str(ctx.get("expected", "")).replace("'", '"').replace(
            " or ", QCoreApplication.translate("Models", " of "))
        return QCoreApplication.translate("Models", "moet {options} zijn, niet {value}").format(options=options, value=show_json(error.get('input')))
    expected = {"string_type": QCoreApplication.translate("Models", "tekst"), "int_type": QCoreApplication.translate("Models", "een geheel getal"), "float_type": QCoreApplication.translate("Models", "een getal"),
                "bool_type": QCoreApplication.translate("Models", "true of false"), "list_type": QCoreApplication.translate("Models", "een lijst"), "dict_type": QCoreApplication.translate("Models", "een object"),
                "model_type": QCoreApplication.translate("Models", "een object"), "model_attributes_type": QCoreApplication.translate("Models", "een object")}
    if kind in expected:
        return QCoreApplication.translate("Models", "{expected} verwacht, niet {got}").format(expected=expected[kind], got=got)
    bounds = {"greater_than": (QCoreApplication.translate("Models", "moet groter zijn dan {limit}"), "gt"),
              "greater_than_equal": (QCoreApplication.translate("Models", "moet minstens {limit} zijn"), "ge"),
              "less_than_equal": (QCoreApplication.translate("Models", "mag hoogstens {limit} zijn"), "le"),
              "less_than": (QCoreApplication.translate("Models", "moet kleiner zijn dan {limit}"), "lt")}
    if kind in bounds:
        words, key = bounds[kind]
        return words.format(limit=ctx.get(key))
    if kind == "string_too_long":
        limit = _nl_number(int(ctx.get("max_length", 0)))
        return QCoreApplication.translate("Models", "tekst is te lang (maximaal {limit} tekens)").format(limit=limit)
    if kind == "too_long":
        return QCoreApplication.translate("Models", "te veel elementen (maximaal {value})").format(value=ctx.get('max_length'))
    return str(error.get("msg", kind))


class _JsonObject(dict[str, Any]):
    """A parsed JSON object that remembers a key written twice (JSON keeps only the last)."""

    duplicate: str | None = None


def _pairs(pairs: list[tuple[str, Any]]) -> _JsonObject:
    obj = _JsonObject(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                obj.duplicate = key
                break
            seen.add(key)
    return obj


def decode(data: bytes | str) -> Any:
    """Bytes or text -> plain JSON values; size, encoding and syntax problems refused."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise ExchangeError("$", QCoreApplication.translate("Models", "het bestand is te groot ({size} MB; maximaal "
                                 "{limit} MB)").format(size=local_number(size / 2**20, 1), limit=MAX_FILE_BYTES // 2**20))
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ExchangeError("$", QCoreApplication.translate("Models", "geen geldige UTF-8-tekst (byte {start})").format(start=_nl_number(exc.start))) from None
    if data.startswith("\ufeff"):
        data = data[1:]
    if not data.strip():
        raise ExchangeError("$", QCoreApplication.translate("Models", "het bestand is leeg"))
    try:
        return json.loads(data, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise ExchangeError("$", QCoreApplication.translate("Models", "geen geldige JSON (regel {lineno}, kolom {colno})").format(lineno=exc.lineno, colno=exc.colno)) from None
    except RecursionError:
        raise ExchangeError("$", QCoreApplication.translate("Models", "te diep genest")) from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ExchangeError("$", QCoreApplication.translate("Models", "geen geldige JSON ({exc})").format(exc=exc)) from None


def scan(data: Any) -> None:
    """Refuse what no schema should see: non-JSON values, NaN, huge texts, deep nesting.

    Runs over the whole document, "extra" objects included, in document order.
    """
    stack: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while stack:
        value, loc = stack.pop()
        if len(loc) > MAX_DEPTH:
            raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "te diep genest (meer dan {max_depth} niveaus)").format(max_depth=MAX_DEPTH))
        if isinstance(value, str):
            _scan_text(value, loc)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "eindig getal verwacht (geen NaN of oneindig)"))
        elif isinstance(value, dict):
            if getattr(value, "duplicate", None) is not None:
                raise ExchangeError(json_path((*loc, value.duplicate)),
                                    QCoreApplication.translate("Models", "deze sleutel staat twee keer in hetzelfde object"))
            for key in value:
                if not isinstance(key, str):
                    raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "sleutel {key} is geen tekst").format(key=repr(key)))
                _scan_text(key, (*loc, key))
            stack.extend((v, (*loc, k)) for k, v in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend((v, (*loc, i)) for i, v in reversed(list(enumerate(value))))
        elif not (value is None or isinstance(value, bool | int)):
            raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "geen JSON-waarde ({name})").format(name=type(value).__name__))


def _scan_text(value: str, loc: tuple[Any, ...]) -> None:
    if len(value) > MAX_TEXT:
        raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "tekst is te lang ({count} tekens; "
                                            "maximaal {max_text})").format(count=_nl_number(len(value)), max_text=_nl_number(MAX_TEXT)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ExchangeError(json_path(loc), QCoreApplication.translate("Models", "ongeldig teken op positie {value}").format(value=exc.start + 1)) from None


def _check_header(data: Any) -> None:
    """Format and version first: a foreign file gets one clear reason, not fifty."""
    if not isinstance(data, dict):
        raise ExchangeError("$", QCoreApplication.translate("Models", "een object verwacht, niet {data}").format(data=_kind(data)))
    if "format" not in data:
        raise ExchangeError("$.format", QCoreApplication.translate("Models", "verplichte sleutel ontbreekt: dit is geen "
                                        "Leidraad-bijeenkomst"))
    if data["format"] != FORMAT_NAME:
        raise ExchangeError("$.format", QCoreApplication.translate("Models", "onbekend formaat {format} (verwacht "
                                        "\"{format_name}\"): dit is geen Leidraad-bijeenkomst").format(format=show_json(data['format']), format_name=FORMAT_NAME))
    version = data.get("version")
    if "version" not in data:
        raise ExchangeError("$.version", QCoreApplication.translate("Models", "verplichte sleutel ontbreekt"))
    if type(version) is int and version > FORMAT_VERSION:
        raise ExchangeError("$.version", QCoreApplication.translate("Models", "versie {version} is gemaakt met een nieuwere Leidraad; "
                                         "deze versie leest versie {format_version}. Werk "
                                         "Leidraad bij.").format(version=version, format_version=FORMAT_VERSION))
    if type(version) is not int or version != FORMAT_VERSION:
        raise ExchangeError("$.version", QCoreApplication.translate("Models", "onbekende versie {version} (verwacht "
                                         "{format_version})").format(version=show_json(version), format_version=FORMAT_VERSION))


def validate(data: Any) -> DocumentIn:
    """Plain JSON values -> a checked document; :class:`ExchangeError` names the first problem."""
    scan(data)
    _check_header(data)
    try:
        doc = DocumentIn.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        raise ExchangeError(json_path(first["loc"]), describe(first)) from None
    check_references(doc)
    return doc


# -- cross-references ---------------------------------------------------------------

UNKNOWN = {"participant": QT_TRANSLATE_NOOP("Models", "onbekende deelnemer"), "subgroup": QT_TRANSLATE_NOOP("Models", "onbekende subgroep"),
           "development": QT_TRANSLATE_NOOP("Models", "onbekende ontwikkeling"),
           "entry": QT_TRANSLATE_NOOP("Models", "onbekende marktplaatsregel"), "item": QT_TRANSLATE_NOOP("Models", "onbekend punt")}
WHAT = {"participant": QT_TRANSLATE_NOOP("Models", "een deelnemer"), "round": QT_TRANSLATE_NOOP("Models", "een ronde"), "note": QT_TRANSLATE_NOOP("Models", "een post-it"),
        "reflection_note": QT_TRANSLATE_NOOP("Models", "een post-it van het rood-groenbord"),
        "subgroup": QT_TRANSLATE_NOOP("Models", "een subgroep"), "development": QT_TRANSLATE_NOOP("Models", "een ontwikkeling"),
        "entry": QT_TRANSLATE_NOOP("Models", "een regel van de marktplaats"), "pool": QT_TRANSLATE_NOOP("Models", "een pool"),
        "theme": QT_TRANSLATE_NOOP("Models", "een thema"), "item": QT_TRANSLATE_NOOP("Models", "een punt"), "action": QT_TRANSLATE_NOOP("Models", "een actie")}
#: The same, after "geen" ("is een subgroep, geen deelnemer").
NOT_A = {"participant": QT_TRANSLATE_NOOP("Models", "geen deelnemer"),
         "round": QT_TRANSLATE_NOOP("Models", "geen ronde"),
         "note": QT_TRANSLATE_NOOP("Models", "geen post-it"),
         "reflection_note": QT_TRANSLATE_NOOP("Models", "geen post-it van het rood-groenbord"),
         "subgroup": QT_TRANSLATE_NOOP("Models", "geen subgroep"),
         "development": QT_TRANSLATE_NOOP("Models", "geen ontwikkeling"),
         "entry": QT_TRANSLATE_NOOP("Models", "geen regel van de marktplaats"),
         "pool": QT_TRANSLATE_NOOP("Models", "geen pool"),
         "theme": QT_TRANSLATE_NOOP("Models", "geen thema"),
         "item": QT_TRANSLATE_NOOP("Models", "geen punt"),
         "action": QT_TRANSLATE_NOOP("Models", "geen actie")}


class _Ids:
    """Every id in the file: what it names and where it was defined."""

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}
        self.where: dict[str, str] = {}

    def add(self, ident: str, kind: str, path: str) -> None:
        if ident in self.where:
            raise ExchangeError(path, QCoreApplication.translate("Models", "id {ident} komt al voor bij {where}").format(ident=show_json(ident), where=self.where[ident]))
        self.kinds[ident], self.where[ident] = kind, path

    def expect(self, ident: str, kind: str, path: str) -> None:
        found = self.kinds.get(ident)
        if found is None:
            raise ExchangeError(path, QCoreApplication.translate("Models", "{unknown} {ident}").format(unknown=QCoreApplication.translate("Models", UNKNOWN[kind]), ident=show_json(ident)))
        if found != kind:
            raise ExchangeError(path, QCoreApplication.translate("Models", "{ident} is {what}, {not_expected}").format(ident=show_json(ident), what=QCoreApplication.translate("Models", WHAT[found]), not_expected=QCoreApplication.translate("Models", NOT_A[kind])))


def _collect_ids(doc: DocumentIn) -> _Ids:
    ids = _Ids()
    groups: list[tuple[str, str, list[Any]]] = [
        ("participant", "$.participants", doc.participants),
        ("round", "$.agenda", doc.agenda),
        ("note", "$.circle.notes", doc.circle.notes),
        ("reflection_note", "$.reflection.notes", doc.reflection.notes),
        ("subgroup", "$.market.subgroups", doc.market.subgroups),
        ("development", "$.market.developments", doc.market.developments),
        ("entry", "$.market.entries", doc.market.entries),
        ("pool", "$.market.pools", doc.market.pools)]
    for kind, base, rows in groups:
        for i, row in enumerate(rows):
            ids.add(row.id, kind, f"{base}[{i}].id")
    for t, theme in enumerate(doc.plusmin.themes):
        ids.add(theme.id, "theme", f"$.plusmin.themes[{t}].id")
        for i, item in enumerate(theme.items):
            ids.add(item.id, "item", f"$.plusmin.themes[{t}].items[{i}].id")
    for i, action in enumerate(doc.actions):
        ids.add(action.id, "action", f"$.actions[{i}].id")
    return ids


def check_references(doc: DocumentIn) -> None:
    """Unique ids, no dangling references, and the boards' own rules (FORMAT.md)."""
    ids = _collect_ids(doc)
    for i, note in enumerate(doc.circle.notes):
        if note.participant is not None:
            ids.expect(note.participant, "participant", f"$.circle.notes[{i}].participant")
    for i, rnote in enumerate(doc.reflection.notes):
        if rnote.participant is not None:
            ids.expect(rnote.participant, "participant", f"$.reflection.notes[{i}].participant")
    _check_market(doc.market, ids)
    _check_plusmin(doc.plusmin, ids)
    for i, action in enumerate(doc.actions):
        if action.who is not None and action.who in ids.kinds:
            ids.expect(action.who, "participant", f"$.actions[{i}].who")


def _check_market(market: MarketIn, ids: _Ids) -> None:
    side = {e.id: e.side for e in market.entries}
    for i, entry in enumerate(market.entries):
        base = f"$.market.entries[{i}]"
        ids.expect(entry.subgroup, "subgroup", f"{base}.subgroup")
        for j, person in enumerate(entry.people):
            ids.expect(person, "participant", f"{base}.people[{j}]")
        if entry.fits_development is not None:
            ids.expect(entry.fits_development, "development", f"{base}.fits_development")
    pooled: dict[str, str] = {}
    for i, pool in enumerate(market.pools):
        for j, ident in enumerate(pool.entries):
            path = f"$.market.pools[{i}].entries[{j}]"
            ids.expect(ident, "entry", path)
            if side[ident] != "supply":
                raise ExchangeError(path, QCoreApplication.translate("Models", "{ident} is een vraag; een pool bundelt alleen aanbod").format(ident=show_json(ident)))
            if ident in pooled:
                raise ExchangeError(path, QCoreApplication.translate("Models", "{ident} staat al in een pool ({pooled})").format(ident=show_json(ident), pooled=pooled[ident]))
            pooled[ident] = path
    seen: dict[tuple[str, str], int] = {}
    for i, match in enumerate(market.matches):
        base = f"$.market.matches[{i}]"
        for key in ("demand", "supply"):
            ident = getattr(match, key)
            ids.expect(ident, "entry", f"{base}.{key}")
            if side[ident] != key:
                wrong = QCoreApplication.translate("Models", "een vraag") if side[ident] == "demand" else QCoreApplication.translate("Models", "aanbod")
                raise ExchangeError(f"{base}.{key}", QCoreApplication.translate("Models", "{ident} is {wrong}; een verbinding "
                                                     "koppelt een vraag aan een aanbod").format(ident=show_json(ident), wrong=wrong))
        pair = (match.demand, match.supply)
        if pair in seen:
            raise ExchangeError(base, QCoreApplication.translate("Models", "dezelfde verbinding staat al bij $.market.matches[{seen}]").format(seen=seen[pair]))
        seen[pair] = i


def _check_plusmin(plusmin: PlusminIn, ids: _Ids) -> None:
    for t, theme in enumerate(plusmin.themes):
        sign = {item.id: item.sign for item in theme.items}
        seen: dict[tuple[str, str], int] = {}
        for p, pair in enumerate(theme.pairs):
            for key in ("plus", "min"):
                ident, path = getattr(pair, key), f"$.plusmin.themes[{t}].pairs[{p}].{key}"
                ids.expect(ident, "item", path)
                if ident not in sign:
                    raise ExchangeError(path, QCoreApplication.translate("Models", "{ident} hoort bij een ander thema").format(ident=show_json(ident)))
                if sign[ident] != key:
                    raise ExchangeError(path, QCoreApplication.translate(
                        "Models", "{ident} is een {sign}-punt; een paar koppelt een pluspunt aan "
                        "een minpunt").format(ident=show_json(ident), sign=sign[ident]))
            # one point may be in several pairs (the method does not ask for one-to-one)
            key = (pair.plus, pair.min)
            if key in seen:
                raise ExchangeError(f"$.plusmin.themes[{t}].pairs[{p}]", QCoreApplication.translate(
                    "Models", "dit paar staat al bij {where}").format(
                        where=f"$.plusmin.themes[{t}].pairs[{seen[key]}]"))
            seen[key] = p
