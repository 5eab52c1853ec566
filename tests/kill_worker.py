"""Child process for tests/test_kill.py: random edits until it is killed.

Usage: ``python tests/kill_worker.py STORE SEED [MAX_EDITS]``

It opens the store the way the app does and makes random edits through the
same model operations the UI's commands call (workshops, participants, and the
circle, actions and plus-min boards where present). Around each edit it prints one
JSON line, flushed at once:

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

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select  # noqa: E402

from app.models import actions, circle, plusmin  # noqa: E402
from app.models import workshop as ops  # noqa: E402
from app.models.backup import take_backup  # noqa: E402
from app.models.store import Store  # noqa: E402

# Each board's operations join in where this version of the app has them.
HAS_NOTES = all(hasattr(circle, name) for name in ("add_note", "update_note", "move_notes",
                                                     "delete_notes"))
HAS_ACTIONS = all(hasattr(actions, name) for name in ("add_action", "update_action",
                                                       "delete_action"))
HAS_PLUSMIN = all(hasattr(plusmin, name) for name in ("add_theme", "rename_theme", "add_item",
                                                       "update_item_text", "remove_item"))
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
            if HAS_NOTES:
                choices += ["add_note"] * 3
            if HAS_ACTIONS:
                choices += ["add_action"]
            if HAS_PLUSMIN and len(self.themes) < 4:
                choices += ["add_theme"]
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
                      lambda: ops.create_workshop(self.store, title=title))
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
                 lambda: ops.remove_participant(self.store, pid))
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
                          "fields": {"workshop_id": ws, "title": title}},
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

    def position(self) -> tuple[float, float]:
        return (round(self.rng.uniform(-0.9, 0.9), 4), round(self.rng.uniform(-0.9, 0.9), 4))


def main(argv: list[str]) -> int:
    path, seed = Path(argv[1]), int(argv[2])
    max_edits = int(argv[3]) if len(argv) > 3 else 100_000
    store = Store(path)
    take_backup(store)  # as the app does at every start: a kill may land in it too
    say("OPEN", {"notes": HAS_NOTES, "actions": HAS_ACTIONS, "plusmin": HAS_PLUSMIN})
    worker = Worker(store, random.Random(seed), seed)
    for _ in range(max_edits):
        worker.step()
    store.close()
    say("DONE", {})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
