"""One Meedoen session: its ways in, the devices that joined, what they may do and see.

A :class:`JoinRoom` lives as long as joining is open for one workshop. Its
token and room code die when the facilitator closes the door (devices already
in may finish) or the room is closed (everyone is cut off); a new room has a
new token and code. The room knows devices only by a random key it handed
out itself; nothing about a device is written to the store.

What a device sees (:meth:`JoinRoom.state`) is only what it needs: subgroup
names, participant names (never roles), its own subgroup's two sheets, the
theme titles and its own dots. Never private notes, the hidden attention
column, other subgroups' sheets or the vote tally before the reveal.

:meth:`JoinRoom.prepare` checks a request on the server's thread and returns the
edit, which runs on the owner's thread (see :mod:`app.join.edits`).
"""
from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.join import codes
from app.join.edits import Edits, participant_named
from app.join.limits import DEVICE_BURST, DEVICE_RATE, JOIN_BURST, JOIN_RATE, MAX_DEVICES, Buckets
from app.models import joining, market
from app.models import plusmin as pm
from app.models.market import ENTRY_LIMIT, NAME_LIMIT, PersonSpec
from app.models.market_analysis import MarketState, load_market
from app.models.workshop import InputError, clean_line, get_setting

VOTE_BUDGET = 3  # dots per device
VOTE_MAX_PER_THEME = 2
MAX_NAMES = 8  # people on one line
FEATURES = ("market", "stories", "votes")
Commit = Callable[[], dict[str, Any]]  # the edit itself, run on the owner's thread


class Refusal(Exception):
    """A request the room turns down: HTTP status, a code the page words, a message."""

    def __init__(self, status: int, code: str, message: str = "") -> None:
        super().__init__(message or code)
        self.status, self.code, self.message = status, code, message or code


@dataclass
class Device:
    key: str
    subgroup_id: int | None = None
    spent: dict[int, int] = field(default_factory=dict)  # theme id -> dots

    def dots(self) -> int:
        return sum(self.spent.values())


class JoinRoom:
    """The state of one open Meedoen session; thread-safe."""

    def __init__(self, edits: Edits, workshop_id: int, *, lang: str | None = None) -> None:
        self.edits, self.store, self.workshop_id = edits, edits.store, workshop_id
        self.lang = lang or (get_setting(self.store, "language") or "nl")
        self.token: str | None = codes.new_token()
        self.code: str | None = codes.new_room_code()
        self.alive = True
        self.features = {"market": True, "stories": True, "votes": False}
        self.direct_to_strip = False
        self.revealed = False
        self.devices: dict[str, Device] = {}
        self.made: dict[int, int] = {}  # entry id -> subgroup id, for entries devices made
        self._lock = threading.RLock()
        self._join_limits = Buckets(JOIN_RATE, JOIN_BURST)
        self._device_limits = Buckets(DEVICE_RATE, DEVICE_BURST, keep=MAX_DEVICES * 2)

    # -- the ways in ------------------------------------------------------------------
    @property
    def door_open(self) -> bool:
        return self.alive and self.token is not None

    def close_door(self) -> None:
        """No one new gets in (token and code die); devices already in may finish."""
        with self._lock:
            self.token = self.code = None

    def cut_off(self) -> None:
        """Everyone out: every device key, the token and the code die."""
        with self._lock:
            self.alive = False
            self.token = self.code = None
            self.devices.clear()

    def join(self, *, token: Any = None, code: Any = None, address: str = "") -> Device:
        if not self._join_limits.take(address or "?"):
            raise Refusal(429, "rate")
        with self._lock:
            if not self.alive:
                raise Refusal(410, "closed")
            if self.token is None:
                raise Refusal(403, "door")
            ok = ((token is not None and codes.same(str(token), self.token))
                  or (code is not None and self.code is not None
                      and codes.same(codes.normalise_code(str(code)), self.code)))
            if not ok:
                raise Refusal(403, "token" if token is not None else "code")
            if len(self.devices) >= MAX_DEVICES:
                raise Refusal(503, "full")
            device = Device(secrets.token_urlsafe(18))
            self.devices[device.key] = device
            return device

    def device(self, key: Any) -> Device:
        """The device holding ``key``; refused when unknown or over its rate."""
        with self._lock:
            if not self.alive:
                raise Refusal(410, "closed")
            found = None
            if isinstance(key, str):
                found = next((d for k, d in self.devices.items() if codes.same(k, key)), None)
        if found is None:
            raise Refusal(403, "device")
        if not self._device_limits.take(found.key):
            raise Refusal(429, "rate")
        return found

    def device_count(self) -> int:
        return len(self.devices)

    def set_feature(self, name: str, on: bool) -> None:
        if name not in FEATURES:
            raise ValueError(name)
        with self._lock:
            self.features[name] = bool(on)
            if name == "votes" and on:
                self.revealed = False

    def reveal(self) -> None:
        """The tally is out: voting stops and devices see the result."""
        with self._lock:
            self.revealed = True
            self.features["votes"] = False

    # -- what a device sees -------------------------------------------------------------
    def state(self, device: Device, market_state: MarketState | None = None) -> dict[str, Any]:
        """What ``device`` sees now; ``market_state`` (one load shared by every device
        answered for the same change) saves a read per device."""
        with self._lock:
            features = dict(self.features)
            spent = dict(device.spent)
            subgroup_id = device.subgroup_id
            revealed = self.revealed
        out: dict[str, Any] = {"open": self.alive, "lang": self.lang, "features": features}
        if features["market"]:
            out["market"] = self._market_state(subgroup_id, market_state)
        if features["votes"] or revealed:
            themes = pm.list_themes(self.store, self.workshop_id)
            votes: dict[str, Any] = {
                "themes": [{"id": t.id, "title": t.title} for t in themes],
                "budget": VOTE_BUDGET, "max": VOTE_MAX_PER_THEME, "open": features["votes"],
                "mine": {str(k): v for k, v in spent.items() if v}, "revealed": revealed}
            if revealed:
                votes["result"] = [{"title": t.title, "votes": t.votes} for t in
                                   sorted(themes, key=lambda t: (-t.votes, t.position))]
            out["votes"] = votes
        return out

    def _market_state(self, subgroup_id: int | None,
                      state: MarketState | None = None) -> dict[str, Any]:
        if state is None:
            state = load_market(self.store, self.workshop_id)
        groups = [{"id": g.id, "name": g.name} for g in state.subgroups]
        if subgroup_id is not None and all(g["id"] != subgroup_id for g in groups):
            subgroup_id = None
        sheets: dict[str, list[dict[str, Any]]] = {"supply": [], "demand": []}
        if subgroup_id is not None:
            for side in ("supply", "demand"):
                sheets[side] = [{"id": e.id, "text": e.text,
                                 "owners": [p.name for p in e.owners],
                                 "sources": [p.name for p in e.sources],
                                 "mine": self.made.get(e.id) == subgroup_id}
                                for e in state.sheet(subgroup_id, side)]
        return {"subgroups": groups, "names": [p.name for p in state.participants],
                "subgroup": subgroup_id, **sheets}

    # -- what a device does ---------------------------------------------------------------
    # prepare() runs on the server's thread: it checks the request and reads what it needs,
    # so the owner's (GUI) thread only runs the edit itself, the closure it returns.
    def prepare(self, op: str, device: Device, body: dict[str, Any]) -> Commit:
        handler = {"subgroup": self._pick_subgroup, "add": self._add_entry,
                   "edit": self._edit_entry, "remove": self._remove_entry,
                   "story": self._story, "vote": self._vote}.get(op)
        if handler is None:
            raise Refusal(404, "unknown")
        self._alive()
        return handler(device, body)

    def apply(self, op: str, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        """Check and do at once (one thread owns everything: tests, headless)."""
        return self.prepare(op, device, body)()

    def _alive(self) -> None:
        with self._lock:
            if not self.alive:
                raise Refusal(410, "closed")

    def _need(self, feature: str) -> None:
        if not self.features.get(feature):
            raise Refusal(409, "off")

    def _subgroup(self, device: Device) -> int:
        if device.subgroup_id is None:
            raise Refusal(409, "subgroup")
        return device.subgroup_id

    def _group_exists(self, subgroup_id: int) -> bool:
        with self.store.read() as s:
            group = s.get(market.MarketSubgroup, subgroup_id)
            return group is not None and group.workshop_id == self.workshop_id

    def _pick_subgroup(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("market")
        wanted = body.get("subgroup")
        if not isinstance(wanted, int) or isinstance(wanted, bool):
            raise Refusal(400, "input")
        if not self._group_exists(wanted):
            raise Refusal(404, "gone")
        device.subgroup_id = wanted
        return lambda: {"subgroup": wanted}

    def _people(self, value: Any) -> list[PersonSpec]:
        """Names typed on the page: participants where one is called so, else free text."""
        if value is None:
            return []
        if not isinstance(value, list) or len(value) > MAX_NAMES:
            raise Refusal(400, "input")
        out: list[PersonSpec] = []
        for name in value:
            name = clean_line(name, what="Naam", limit=NAME_LIMIT)
            if name:
                pid = participant_named(self.store, self.workshop_id, name)
                out.append(pid if pid is not None else name)
        return out

    def _text(self, body: dict[str, Any]) -> str:
        return clean_line(body.get("text"), what="Tekst", required=True, limit=ENTRY_LIMIT)

    def _add_entry(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("market")
        subgroup_id = self._subgroup(device)
        side = body.get("side")
        if side not in ("supply", "demand"):
            raise Refusal(400, "input")
        text, owners = self._text(body), self._people(body.get("owners"))
        sources = self._people(body.get("sources")) if side == "demand" else []
        if not self._group_exists(subgroup_id):
            raise Refusal(404, "gone")

        def commit() -> dict[str, Any]:
            self._alive()
            entry_id = self.edits.add_entry(self.workshop_id, subgroup_id, side, text, owners,
                                            sources)
            with self._lock:
                self.made[entry_id] = subgroup_id
            return {"id": entry_id}
        return commit

    def _own_entry(self, device: Device, body: dict[str, Any]) -> tuple[int, str]:
        """An entry of the device's subgroup made through Meedoen: (id, side)."""
        entry_id = body.get("id")
        subgroup_id = self._subgroup(device)
        if not isinstance(entry_id, int) or self.made.get(entry_id) != subgroup_id:
            raise Refusal(403, "not-yours")
        with self.store.read() as s:
            entry = s.get(market.MarketEntry, entry_id)
            if entry is None or entry.subgroup_id != subgroup_id:
                raise Refusal(404, "gone")
            return entry_id, entry.side

    def _edit_entry(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("market")
        entry_id, side = self._own_entry(device, body)
        text, owners = self._text(body), self._people(body.get("owners"))
        sources = self._people(body.get("sources")) if side == "demand" else []

        def commit() -> dict[str, Any]:
            self._alive()
            self.edits.update_entry(entry_id, text, owners, sources)
            return {"id": entry_id}
        return commit

    def _remove_entry(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("market")
        entry_id, _side = self._own_entry(device, body)

        def commit() -> dict[str, Any]:
            self._alive()
            self.edits.remove_entry(entry_id)
            with self._lock:
                self.made.pop(entry_id, None)
            return {"id": entry_id}
        return commit

    def _story(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("stories")
        name = body.get("name") or ""
        text, name = joining.clean_story(body.get("text"), name if isinstance(name, str) else "")
        direct = self.direct_to_strip

        def commit() -> dict[str, Any]:
            self._alive()
            self.edits.story(self.workshop_id, text, name, direct=direct)
            return {"sent": True}
        return commit

    def _vote(self, device: Device, body: dict[str, Any]) -> Commit:
        self._need("votes")
        theme_id, delta = body.get("theme"), body.get("delta")
        if (not isinstance(theme_id, int) or isinstance(theme_id, bool)
                or delta not in (1, -1) or isinstance(delta, bool)):
            raise Refusal(400, "input")
        theme = pm.get_theme(self.store, theme_id)
        if theme is None or theme.workshop_id != self.workshop_id:
            raise Refusal(404, "gone")
        with self._lock:  # the dot is reserved now: two quick taps cannot both pass the budget
            have = device.spent.get(theme_id, 0)
            if delta > 0 and (device.dots() >= VOTE_BUDGET or have >= VOTE_MAX_PER_THEME):
                raise Refusal(409, "budget")
            if delta < 0 and have <= 0:
                raise Refusal(409, "none")
            device.spent[theme_id] = have + delta

        def commit() -> dict[str, Any]:
            try:
                self._alive()
                self._need("votes")
                self.edits.vote(self.workshop_id, theme_id, delta)
            except BaseException:
                with self._lock:
                    device.spent[theme_id] = device.spent.get(theme_id, 0) - delta
                raise
            with self._lock:
                return {"mine": {str(k): v for k, v in device.spent.items() if v}}
        return commit


__all__ = ["FEATURES", "VOTE_BUDGET", "VOTE_MAX_PER_THEME", "Device", "InputError", "JoinRoom",
           "Refusal"]
