"""Child process for tests/test_kill.py: random edits until it is killed.

Usage: ``python tests/tools/kill_worker.py STORE SEED [MAX_EDITS]``
or ``python tests/tools/kill_worker.py STORE SEED gesture KIND`` (see :func:`gesture`).

It opens the store the way the app does and makes random edits through the
same model operations the UI's commands call: workshops, participants, the
circle, actions, marketplace (subgroups, entries), plus-min (themes, items,
votes), agenda (rounds) and the round timer. Every operation it drives must
exist (:data:`REQUIRED`): a renamed or removed one stops the worker at once
instead of being skipped. Around each edit it prints one JSON line, flushed at once:

- ``BEGIN {...}`` before the operation: what it is about to change;
- ``ACK {"n": ..., "id": ...}`` after the operation returned, i.e. after its
  commit: from then on the edit must survive anything.

The parent kills it with SIGKILL at a random moment and checks the store.
Every text written is a unique token, so each edit can be found again.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the checkout, run as a script

from sqlalchemy import select  # noqa: E402

from app.models import (  # noqa: E402
    actions,
    agenda,
    circle,
    market,
    orchestration,  # noqa: E402
    plusmin,
)
from app.models import timer as tm  # noqa: E402
from app.models import workshop as ops  # noqa: E402
from app.models.backup import take_backup  # noqa: E402
from app.models.store import Store  # noqa: E402

#: Every model operation the worker drives; all must exist.
REQUIRED: dict[Any, tuple[str, ...]] = {
    ops: ("update_workshop", "add_participant", "update_participant"),
    orchestration: ("create_workshop", "remove_participant"),
    circle: ("add_note", "update_note", "move_notes", "delete_notes"),
    actions: ("add_action", "update_action", "delete_action"),
    plusmin: ("add_theme", "rename_theme", "add_item", "update_item_text", "remove_item",
              "set_votes"),
    market: ("add_subgroup", "rename_subgroup", "add_entry", "update_entry", "move_entry",
             "remove_entry"),
    agenda: ("add_round", "update_round", "delete_round"),
    tm: ("start", "pause", "next_round", "add_minutes", "checkpoint"),
}


def missing_operations() -> list[str]:
    return [f"{module.__name__}.{name}" for module, names in REQUIRED.items()
            for name in names if not callable(getattr(module, name, None))]


EXTRA = ("", " Ünïcødé", " 🙂", " שלום", " 名前")


def say(tag: str, payload: dict[str, Any]) -> None:
    sys.stdout.write(f"{tag} {json.dumps(payload, ensure_ascii=True)}\n")
    sys.stdout.flush()


class Worker:
    """Keeps its own idea of what exists, so it picks edits that make sense."""

    def __init__(self, store: Store, rng: random.Random, seed: int) -> None:
        self.store, self.rng, self.seed = store, rng, seed
        self.workshops = [w.id for w in ops.list_workshops(store)]
        self.participants = self.ids(ops.Participant)
        self.notes = self.ids(circle.Note)
        self.actions = self.ids(actions.Action)
        self.themes = self.ids(plusmin.Theme)
        self.items = self.ids(plusmin.ThemeItem)
        self.subgroups = self.ids(market.MarketSubgroup)
        self.entries = self.ids(market.MarketEntry)
        self.rounds = self.ids(agenda.Round)
        with store.read() as s:
            self.running = {t.workshop_id: t.state == "running"
                            for t in s.scalars(select(tm.TimerState))}
            self.has_rounds = set(s.scalars(select(agenda.Round.workshop_id)))
        self.n = 0

    def ids(self, cls: type) -> list[int]:
        """What a previous (killed) run left, read straight from the store."""
        with self.store.read() as s:
            return sorted(s.scalars(select(cls.id)))  # type: ignore[attr-defined]

    def token(self) -> str:
        return f"t{self.seed}-{self.n}-{self.rng.randrange(16**6):06x}{self.rng.choice(EXTRA)}"

    def step(self) -> None:
        self.n += 1
        choices: list[str] = ["create_workshop"] if len(self.workshops) < 3 else []
        if self.workshops:
            choices += ["add_participant"] * 3 + ["update_workshop"] * 2
            choices += ["add_note"] * 3 + ["add_action", "add_round"]
            if len(self.themes) < 4:
                choices += ["add_theme"]
            if len(self.subgroups) < 6:
                choices += ["add_subgroup"]
            if self.has_rounds:
                choices += ["timer_step"] * 2
        if self.participants:
            choices += ["update_participant"] * 3 + ["remove_participant"]
        if self.notes:
            choices += ["update_note", "move_note"] * 2 + ["delete_note"]
        if self.actions:
            choices += ["update_action", "delete_action"]
        if self.themes:
            choices += ["rename_theme"] + ["add_item"] * 2
        if self.items:
            choices += ["update_item", "remove_item"]
        if self.themes:
            choices += ["set_votes"]
        if self.subgroups:
            choices += ["rename_subgroup"] + ["add_entry"] * 2
        if self.entries:
            choices += ["update_entry", "move_entry", "remove_entry"]
        if self.rounds:
            choices += ["update_round", "delete_round"]
        getattr(self, self.rng.choice(choices))()

    def run(self, op: dict[str, Any], call: Any) -> Any:
        say("BEGIN", {"n": self.n, **op})
        result = call()
        new_id = getattr(result, "id", None)
        say("ACK", {"n": self.n, "id": new_id})
        return result

    # -- the edits -------------------------------------------------------------
    def create_workshop(self) -> None:
        title = self.token()
        ws = self.run({"kind": "workshop", "action": "insert",
                       "fields": {"title": title, "location": "", "facilitator": ""}},
                      lambda: orchestration.create_workshop(self.store, title=title))
        self.workshops.append(ws.id)

    def update_workshop(self) -> None:
        ws = self.rng.choice(self.workshops)
        field = self.rng.choice(("title", "location", "facilitator"))
        value = self.token()
        self.run({"kind": "workshop", "action": "update", "id": ws, "fields": {field: value}},
                 lambda: ops.update_workshop(self.store, ws, **{field: value}))

    def add_participant(self) -> None:
        ws = self.rng.choice(self.workshops)
        name = self.token()
        p = self.run({"kind": "participant", "action": "insert",
                      "fields": {"workshop_id": ws, "name": name}},
                     lambda: ops.add_participant(self.store, ws, name,
                                                 self.rng.choice(ops.ROLES)))
        self.participants.append(p.id)

    def update_participant(self) -> None:
        pid = self.rng.choice(self.participants)
        name = self.token()
        self.run({"kind": "participant", "action": "update", "id": pid, "fields": {"name": name}},
                 lambda: ops.update_participant(self.store, pid, name=name))

    def remove_participant(self) -> None:
        pid = self.rng.choice(self.participants)
        self.run({"kind": "participant", "action": "delete", "id": pid},
                 lambda: orchestration.remove_participant(self.store, pid))
        self.participants.remove(pid)

    def add_note(self) -> None:
        ws = self.rng.choice(self.workshops)
        text = self.token()
        x, y = self.position()
        note = self.run({"kind": "note", "action": "insert",
                         "fields": {"workshop_id": ws, "text": text, "x": x, "y": y}},
                        lambda: circle.add_note(self.store, ws, text, x=x, y=y))
        self.notes.append(note.id)

    def update_note(self) -> None:
        nid = self.rng.choice(self.notes)
        text = self.token()
        self.run({"kind": "note", "action": "update", "id": nid, "fields": {"text": text}},
                 lambda: circle.update_note(self.store, nid, text=text))

    def move_note(self) -> None:
        nid = self.rng.choice(self.notes)
        x, y = self.position()
        self.run({"kind": "note", "action": "update", "id": nid, "fields": {"x": x, "y": y}},
                 lambda: circle.move_notes(self.store, {nid: (x, y)}))

    def delete_note(self) -> None:
        nid = self.rng.choice(self.notes)
        self.run({"kind": "note", "action": "delete", "id": nid},
                 lambda: circle.delete_notes(self.store, [nid]))
        self.notes.remove(nid)

    def add_action(self) -> None:
        ws = self.rng.choice(self.workshops)
        what = self.token()
        action = self.run({"kind": "action", "action": "insert",
                           "fields": {"workshop_id": ws, "what": what}},
                          lambda: actions.add_action(self.store, ws, what))
        self.actions.append(action.id)

    def update_action(self) -> None:
        aid = self.rng.choice(self.actions)
        what = self.token()
        self.run({"kind": "action", "action": "update", "id": aid, "fields": {"what": what}},
                 lambda: actions.update_action(self.store, aid, what=what))

    def delete_action(self) -> None:
        aid = self.rng.choice(self.actions)
        self.run({"kind": "action", "action": "delete", "id": aid},
                 lambda: actions.delete_action(self.store, aid))
        self.actions.remove(aid)

    def add_theme(self) -> None:
        ws = self.rng.choice(self.workshops)
        title = self.token()
        theme = self.run({"kind": "theme", "action": "insert",
                          "fields": {"workshop_id": ws, "title": title, "votes": 0}},
                         lambda: plusmin.add_theme(self.store, ws, title))
        self.themes.append(theme.id)

    def rename_theme(self) -> None:
        tid = self.rng.choice(self.themes)
        title = self.token()
        self.run({"kind": "theme", "action": "update", "id": tid, "fields": {"title": title}},
                 lambda: plusmin.rename_theme(self.store, tid, title))

    def add_item(self) -> None:
        tid = self.rng.choice(self.themes)
        sign, text = self.rng.choice(("plus", "min")), self.token()
        item = self.run({"kind": "item", "action": "insert",
                         "fields": {"theme_id": tid, "sign": sign, "text": text}},
                        lambda: plusmin.add_item(self.store, tid, sign, text))
        self.items.append(item.id)

    def update_item(self) -> None:
        iid = self.rng.choice(self.items)
        text = self.token()
        self.run({"kind": "item", "action": "update", "id": iid, "fields": {"text": text}},
                 lambda: plusmin.update_item_text(self.store, iid, text))

    def remove_item(self) -> None:
        iid = self.rng.choice(self.items)
        self.run({"kind": "item", "action": "delete", "id": iid},
                 lambda: plusmin.remove_item(self.store, iid))
        self.items.remove(iid)

    def set_votes(self) -> None:
        tid = self.rng.choice(self.themes)
        votes = self.rng.randint(0, 30)
        self.run({"kind": "theme", "action": "update", "id": tid, "fields": {"votes": votes}},
                 lambda: plusmin.set_votes(self.store, tid, votes))

    # marketplace
    def add_subgroup(self) -> None:
        ws = self.rng.choice(self.workshops)
        name = self.token()
        group = self.run({"kind": "subgroup", "action": "insert",
                          "fields": {"workshop_id": ws, "name": name}},
                         lambda: market.add_subgroup(self.store, ws, name))
        self.subgroups.append(group.id)

    def rename_subgroup(self) -> None:
        gid = self.rng.choice(self.subgroups)
        name = self.token()
        self.run({"kind": "subgroup", "action": "update", "id": gid, "fields": {"name": name}},
                 lambda: market.rename_subgroup(self.store, gid, name))

    def _workshop_of_subgroup(self, gid: int) -> int:
        with self.store.read() as s:
            return int(s.get(market.MarketSubgroup, gid).workshop_id)

    def add_entry(self) -> None:
        gid = self.rng.choice(self.subgroups)
        ws = self._workshop_of_subgroup(gid)
        side, text = self.rng.choice(market.SIDES), self.token()
        entry = self.run({"kind": "entry", "action": "insert",
                          "fields": {"subgroup_id": gid, "side": side, "text": text}},
                         lambda: market.add_entry(self.store, ws, gid, side, text))
        self.entries.append(entry.id)

    def update_entry(self) -> None:
        eid = self.rng.choice(self.entries)
        text = self.token()
        self.run({"kind": "entry", "action": "update", "id": eid, "fields": {"text": text}},
                 lambda: market.update_entry(self.store, eid, text=text))

    def move_entry(self) -> None:
        eid = self.rng.choice(self.entries)
        with self.store.read() as s:
            ws = s.get(market.MarketEntry, eid).workshop_id
            targets = list(s.scalars(select(market.MarketSubgroup.id)
                                     .where(market.MarketSubgroup.workshop_id == ws)))
        gid, side = self.rng.choice(targets), self.rng.choice(market.SIDES)
        self.run({"kind": "entry", "action": "update", "id": eid,
                  "fields": {"subgroup_id": gid, "side": side}},
                 lambda: market.move_entry(self.store, eid, gid, side, 0))

    def remove_entry(self) -> None:
        eid = self.rng.choice(self.entries)
        self.run({"kind": "entry", "action": "delete", "id": eid},
                 lambda: market.remove_entry(self.store, eid))
        self.entries.remove(eid)

    # agenda
    def add_round(self) -> None:
        ws = self.rng.choice(self.workshops)
        title, minutes = self.token(), self.rng.randint(1, 60)
        rnd = self.run({"kind": "round", "action": "insert",
                        "fields": {"workshop_id": ws, "title": title, "planned_minutes": minutes}},
                       lambda: agenda.add_round(self.store, ws, title, planned_minutes=minutes))
        self.rounds.append(rnd.id)
        self.has_rounds.add(ws)

    def update_round(self) -> None:
        rid = self.rng.choice(self.rounds)
        minutes = self.rng.randint(1, 60)
        self.run({"kind": "round", "action": "update", "id": rid,
                  "fields": {"planned_minutes": minutes}},
                 lambda: agenda.update_round(self.store, rid, planned_minutes=minutes))

    def delete_round(self) -> None:
        with self.store.read() as s:
            on_timer = set(s.scalars(select(tm.TimerState.round_id)))
        free = [r for r in self.rounds if r not in on_timer]
        if not free:  # deleting the timer's own round also resets the timer: not this edit
            self.update_round()
            return
        rid = self.rng.choice(free)
        with self.store.read() as s:
            ws = s.get(agenda.Round, rid).workshop_id
        self.run({"kind": "round", "action": "delete", "id": rid},
                 lambda: agenda.delete_round(self.store, rid))
        self.rounds.remove(rid)
        with self.store.read() as s:
            if not list(s.scalars(select(agenda.Round.id).where(agenda.Round.workshop_id == ws))):
                self.has_rounds.discard(ws)

    # the round timer: start, pause, next round, +minutes, the console's checkpoint
    def timer_step(self) -> None:
        ws = self.rng.choice(sorted(self.has_rounds))
        if self.running.get(ws):
            what = self.rng.choice(("pause", "next_round", "add_minutes", "checkpoint"))
        else:
            what = "start"
        state = {"start": "running", "pause": "paused"}.get(what, "running")
        calls = {"start": lambda: tm.start(self.store, ws),
                 "pause": lambda: tm.pause(self.store, ws),
                 "next_round": lambda: tm.next_round(self.store, ws),
                 "add_minutes": lambda: tm.add_minutes(self.store, ws, self.rng.choice((1, 5, -1))),
                 "checkpoint": lambda: tm.checkpoint(self.store, ws)}
        self.run({"kind": "timer", "action": "upsert", "id": ws, "fields": {"state": state}},
                 calls[what])
        self.running[ws] = state == "running"

    def position(self) -> tuple[float, float]:
        return (round(self.rng.uniform(-0.9, 0.9), 4), round(self.rng.uniform(-0.9, 0.9), 4))


def main(argv: list[str]) -> int:
    missing = missing_operations()
    if missing:
        sys.stderr.write(f"kill_worker: operations no longer exist: {', '.join(missing)}\n")
        return 3
    path, seed = Path(argv[1]), int(argv[2])
    if len(argv) > 4 and argv[3] == "gesture":
        return gesture(path, argv[4])
    max_edits = int(argv[3]) if len(argv) > 3 else 100_000
    store = Store(path)
    take_backup(store)  # as the app does at every start: a kill may land in it too
    say("OPEN", {})
    worker = Worker(store, random.Random(seed), seed)
    for _ in range(max_edits):
        worker.step()
    store.close()
    say("DONE", {})
    return 0


# -- one gesture of several parts, killed between its parts ------------------------------

PARTS = 4


def gesture(path: Path, kind: str) -> int:
    """Set up ``PARTS`` rows, say READY, then run one multi-part command slowly.

    After each part (one model operation) it says ``PART n`` and sleeps, so the
    parent can kill it between parts; ``DONE`` once the whole gesture returned.
    """
    import time

    from app.commands import GestureCommand
    from app.commands.actions import DeleteActions
    from app.commands.market import SubgroupsFromParticipants
    from app.commands.plusmin import AddTheme
    from app.commands.workshop import RemoveParticipant

    store = Store(path)
    ws = orchestration.create_workshop(store, title="Gebaar").id
    people = [ops.add_participant(store, ws, f"Persoon {i}", "other", f"G{i}")
              for i in range(PARTS)]
    items = [actions.add_action(store, ws, f"Actie {i}").id for i in range(PARTS)]
    done = [0]

    def slow(module: Any, name: str) -> None:
        original = getattr(module, name)

        def part(*args: Any, **kwargs: Any) -> Any:
            result = original(*args, **kwargs)
            done[0] += 1
            say("PART", {"n": done[0]})
            time.sleep(0.4)
            return result
        setattr(module, name, part)

    if kind == "delete_actions":
        slow(actions, "delete_action")
        command: Any = DeleteActions(store, items)
    elif kind == "remove_participants":
        slow(orchestration, "remove_participant")
        command = GestureCommand(store, "Deelnemers verwijderen",
                                 [RemoveParticipant(store, p.id, p.name) for p in people])
    elif kind == "core_themes":
        slow(plusmin, "add_theme")
        command = GestureCommand(store, "Kernthema's",
                                 [AddTheme(store, ws, f"Thema {i}") for i in range(PARTS)])
    elif kind == "undo_subgroups":
        command = SubgroupsFromParticipants(store, ws)
        command.redo()
        slow(market, "remove_subgroup")
    else:
        raise SystemExit(f"unknown gesture {kind}")
    say("READY", {"workshop": ws})
    if kind == "undo_subgroups":
        command.undo()
    else:
        command.redo()
    say("DONE", {"failed": bool(getattr(command, "failed", False))})
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
