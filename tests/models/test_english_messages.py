"""English mode speaks English: the models' refusals, the CLI, the hand-out CSV.

The English comes from Qt's translator, compiled here from ``leidraad_en.ts`` plus the
``pending/*.json`` lists not yet merged into it, so the test checks the texts the next
release carries. A message fails when it holds a Dutch word a translation would have
replaced (see ``DUTCH``).
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import i18n
from app.models import (
    actions,
    agenda,
    circle,
    exchange,
    market,
    market_analysis,
    orchestration,
    plusmin,
    rules,
)
from app.models import workshop as ops
from app.models.backup import restore_backup
from app.models.store import Store, StoreError
from app.models.workshop import InputError
from tests.tools import message_audit

REPO = Path(__file__).resolve().parents[2]
#: Words that only Dutch messages use (English ones never do).
DUTCH = re.compile(r"\b(de|het|een|niet|geen|bestaat|bijeenkomst|deelnemer|briefje|verwacht|"
                   r"mag|moet|kan|leeg|lang|tekens|maximaal|bestand|map|opgeslagen|onbekend\w*|"
                   r"ongeldig\w*|ronde|regel|thema|punt|aanbod|vraag|sleutel|versie|gebruik|"
                   r"datum|niets|alleen|eerst|nog|meer|wordt|worden|zijn)\b", re.I)


def dutch_words(message: str) -> list[str]:
    without_paths = re.sub(r"(/|[A-Z]:\\)\S+", "", message)
    without_names = re.sub(r"['‘][^'’]*Leren loont het langst['’]", "", without_paths)
    return DUTCH.findall(without_names)


@pytest.fixture(scope="module")
def qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return message_audit.compile_english(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def english(qapp, qm: Path) -> Iterator[None]:  # noqa: ANN001
    i18n.install("en")
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    assert QLocale().language() == QLocale.Language.English
    yield
    QCoreApplication.removeTranslator(translator)
    i18n.install("nl")


def refusal(call: Callable[[], object]) -> str:
    with pytest.raises((InputError, StoreError)) as info:
        call()
    return str(info.value)


def test_model_refusals_are_english(english: None, store: Store, tmp_path: Path) -> None:
    wid = orchestration.create_workshop(store, title="Taal", template="market").id
    theme = plusmin.add_theme(store, wid, "Werkdruk")
    group = market.add_subgroup(store, wid, "A")
    note_holder = orchestration.create_workshop(store, title="Leeg", template="blank").id
    not_sqlite = tmp_path / "boodschappen.sqlite"
    not_sqlite.write_text("melk\n" * 50, encoding="utf-8")
    messages = {
        "empty title": refusal(lambda: ops.update_workshop(store, wid, title="  ")),
        "too long": refusal(lambda: ops.update_workshop(store, wid, title="x" * 12_345)),
        "bad date": refusal(lambda: ops.update_workshop(store, wid, date="31-02")),
        "unknown template": refusal(lambda: orchestration.create_workshop(store, template="nope")),
        "unknown role": refusal(lambda: ops.add_participant(store, wid, "Anna", "captain")),
        "gone workshop": refusal(lambda: ops.update_workshop(store, 9999, title="X")),
        "round minutes": refusal(lambda: agenda.add_round(store, wid, "R", planned_minutes=0)),
        "empty note": refusal(lambda: circle.add_note(store, note_holder, "  ")),
        "bad colour": refusal(lambda: circle.add_note(store, note_holder, "a", color="red")),
        "votes": refusal(lambda: plusmin.set_votes(store, theme.id, -1)),
        "no votes left": refusal(lambda: plusmin.remove_vote(store, theme.id)),
        "market side": refusal(lambda: market.add_entry(store, wid, group.id, "ruil", "X")),
        "due date": refusal(lambda: actions.parse_due("32-13-2027")),
        "due year": refusal(lambda: actions.parse_due("1-1-3000")),
        "rules": refusal(lambda: rules.set_rules(store, wid, [" "])),
        "exchange json": refusal(lambda: exchange.import_workshop(store, b"{nope")),
        "exchange empty": refusal(lambda: exchange.import_workshop(store, b"  ")),
        "exchange format": refusal(lambda: exchange.import_workshop(store, {"format": "x"})),
        "exchange key": refusal(lambda: exchange.import_workshop(store, _document(title=5))),
        "exchange ref": refusal(lambda: exchange.import_workshop(store, _document(person="p9"))),
        "exchange read": refusal(lambda: exchange.read_file(tmp_path / "absent.json")),
        "store foreign": refusal(lambda: Store(not_sqlite)),
        "store folder": refusal(lambda: Store(tmp_path)),
        "backup missing": refusal(lambda: restore_backup(tmp_path / "nope.sqlite", store.path)),
    }
    dutch = {key: (m, dutch_words(m)) for key, m in messages.items() if dutch_words(m)}
    assert dutch == {}
    assert "12,345 characters" in messages["too long"]  # English digit grouping
    assert messages["empty title"] == "Title must not be empty."
    assert 'unknown participant "p9"' in messages["exchange ref"]


def test_handout_csv_headers_follow_the_language(english: None, store: Store,
                                                 tmp_path: Path) -> None:
    wid = orchestration.create_workshop(store, title="Markt", template="market").id
    target = tmp_path / "handout.csv"
    market_analysis.write_handout_csv(store, wid, target)
    with target.open(encoding="utf-8-sig", newline="") as fh:
        header = next(csv.reader(fh, delimiter=market_analysis.CSV_DELIMITER))
    assert header == ["Name", "Subgroup", "Offers", "Asks for", "Contact"]


def test_every_model_and_cli_text_has_english_without_dutch_words(qm: Path) -> None:
    """Statically: each text the models and the CLI translate has a real English version."""
    english = dict(message_audit.translated_sources())
    ours = [p for p in (REPO / "app").rglob("*.py")
            if p.parts[-2] == "models" or p.name in ("cli.py", "main.py", "gui.py", "paths.py")]
    texts = set()
    for path in ours:
        for match in re.finditer(r'(?:Application\.translate|QT_TRANSLATE_NOOP)\(\s*"(\w+)",\s*'
                                 r'((?:"(?:[^"\\]|\\.)*"\s*)+)', path.read_text(encoding="utf-8")):
            texts.add("".join(json.loads(part) for part in re.findall(r'"(?:[^"\\]|\\.)*"',
                                                                       match[2])))
    assert len(texts) > 150
    untranslated = sorted(t for t in texts if t not in english)
    assert untranslated == []
    still_dutch = sorted((t, english[t]) for t in texts if dutch_words(english[t]))
    assert still_dutch == []


def _document(*, title: object = "Taaltest", person: str = "p1") -> dict[str, object]:
    return {
        "format": "leidraad-workshop", "version": 1,
        "workshop": {"title": title, "date": str(dt.date(2026, 11, 24)), "location": "",
                     "facilitator": "", "language": "nl"},
        "participants": [{"id": "p1", "name": "Anna", "role": "other", "subgroup": None}],
        "agenda": [],
        "circle": {"notes": [{"id": "n1", "text": "x", "participant": person, "x": 0.0,
                              "y": 0.0}]},
        "market": {"subgroups": [], "developments": [], "entries": [], "pools": [],
                   "matches": []},
        "plusmin": {"themes": []},
        "actions": [],
    }
