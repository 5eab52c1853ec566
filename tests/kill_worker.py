"""Child process for tests/test_kill.py: random edits until it is killed.

Usage: ``python tests/kill_worker.py STORE SEED [MAX_EDITS]``

It opens the store the way the app does and makes random edits through the
same model operations the UI's commands call. Around each edit it prints one
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

from app.models import workshop as ops  # noqa: E402
from app.models.store import Store  # noqa: E402

try:  # the circle board's operations, where this version has them
    from app.models import circle
except ImportError:  # pragma: no cover - depends on the boards present
    circle = None  # type: ignore[assignment]

HAS_NOTES = all(hasattr(circle, name) for name in ("add_note", "update_note", "move_notes",
                                                     "delete_notes"))
EXTRA = ("", " Ünïcødé", " 🙂", " שלום", " 名前")


def say(tag: str, payload: dict[str, Any]) -> None:
    sys.stdout.write(f"{tag} {json.dumps(payload, ensure_ascii=True)}\n")
    sys.stdout.flush()


class Worker:
    """Keeps its own idea of what exists, so it picks edits that make sense."""

    def __init__(self, store: Store, rng: random.Random, seed: int) -> None:
        self.store, self.rng, self.seed = store, rng, seed
        self.workshops = [w.id for w in ops.list_workshops(store)]
        self.participants: dict[int, int] = {}
        self.notes: dict[int, int] = {}
        for ws in self.workshops:
            for p in ops.list_participants(store, ws):
                self.participants[p.id] = ws
            if HAS_NOTES:
                for note in circle.list_notes(store, ws):
                    self.notes[note.id] = ws
        self.n = 0

    def token(self) -> str:
        return f"t{self.seed}-{self.n}-{self.rng.randrange(16**6):06x}{self.rng.choice(EXTRA)}"

    def step(self) -> None:
        self.n += 1
        choices: list[str] = ["create_workshop"] if len(self.workshops) < 3 else []
        if self.workshops:
            choices += ["add_participant"] * 3 + ["update_workshop"] * 2
            if HAS_NOTES:
                choices += ["add_note"] * 3
        if self.participants:
            choices += ["update_participant"] * 3 + ["remove_participant"]
        if self.notes:
            choices += ["update_note", "move_note"] * 2 + ["delete_note"]
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
        self.participants[p.id] = ws

    def update_participant(self) -> None:
        pid = self.rng.choice(sorted(self.participants))
        name = self.token()
        self.run({"kind": "participant", "action": "update", "id": pid, "fields": {"name": name}},
                 lambda: ops.update_participant(self.store, pid, name=name))

    def remove_participant(self) -> None:
        pid = self.rng.choice(sorted(self.participants))
        self.run({"kind": "participant", "action": "delete", "id": pid},
                 lambda: ops.remove_participant(self.store, pid))
        del self.participants[pid]

    def add_note(self) -> None:
        ws = self.rng.choice(self.workshops)
        text = self.token()
        x, y = self.position()
        note = self.run({"kind": "note", "action": "insert",
                         "fields": {"workshop_id": ws, "text": text, "x": x, "y": y}},
                        lambda: circle.add_note(self.store, ws, text, x=x, y=y))
        self.notes[note.id] = ws

    def update_note(self) -> None:
        nid = self.rng.choice(sorted(self.notes))
        text = self.token()
        self.run({"kind": "note", "action": "update", "id": nid, "fields": {"text": text}},
                 lambda: circle.update_note(self.store, nid, text=text))

    def move_note(self) -> None:
        nid = self.rng.choice(sorted(self.notes))
        x, y = self.position()
        self.run({"kind": "note", "action": "update", "id": nid, "fields": {"x": x, "y": y}},
                 lambda: circle.move_notes(self.store, {nid: (x, y)}))

    def delete_note(self) -> None:
        nid = self.rng.choice(sorted(self.notes))
        self.run({"kind": "note", "action": "delete", "id": nid},
                 lambda: circle.delete_notes(self.store, [nid]))
        del self.notes[nid]

    def position(self) -> tuple[float, float]:
        return (round(self.rng.uniform(-0.9, 0.9), 4), round(self.rng.uniform(-0.9, 0.9), 4))


def main(argv: list[str]) -> int:
    path, seed = Path(argv[1]), int(argv[2])
    max_edits = int(argv[3]) if len(argv) > 3 else 100_000
    store = Store(path)
    say("OPEN", {"notes": HAS_NOTES})
    worker = Worker(store, random.Random(seed), seed)
    for _ in range(max_edits):
        worker.step()
    store.close()
    say("DONE", {})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
