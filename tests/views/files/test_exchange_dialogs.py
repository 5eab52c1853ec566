"""File > export/import: file dialogs, refusal messages, and an undoable import."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.models import exchange
from app.models import workshop as ops
from app.models.store import Store
from app.views.common.bus import ViewContext
from app.views.files.exchange_dialogs import ExchangeActions, suggested_name


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """Message boxes as (title, text, detail) instead of modal windows."""
    boxes: list[tuple[str, str, str]] = []

    def record(box: QMessageBox) -> int:
        boxes.append((box.windowTitle(), box.text(), box.informativeText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", record)
    return boxes


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, path: Path | None,
                   asked: list[str] | None = None) -> None:
    def fake(_parent: Any, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        if asked is not None:
            asked.append(start)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake)


@pytest.fixture
def actions(qtbot, ctx: ViewContext) -> tuple[ExchangeActions, list[int], list[str], list[int]]:  # noqa: ANN001
    window = QWidget()
    qtbot.addWidget(window)
    current: list[int] = []
    acts = ExchangeActions(window, lambda: current[0] if current else None, lambda: ctx)
    imported: list[int] = []
    messages: list[str] = []
    acts.imported.connect(imported.append)
    acts.message.connect(messages.append)
    return acts, current, messages, imported


def test_export_suggests_a_dated_name_and_writes_the_file(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, actions: Any,
        workshop_id: int, shown: list[Any]) -> None:
    acts, current, messages, _imported = actions
    ops.update_workshop(store, workshop_id, title='Sectie: "Engels"/Duits?', date="2026-11-24")
    current.append(workshop_id)
    asked: list[str] = []
    target = tmp_path / "naar-usb"
    answer_dialogs(monkeypatch, target, asked)
    acts.export_action.trigger()
    assert Path(asked[0]).name == "2026-11-24 Sectie Engels Duits.leidraad.json"
    written = tmp_path / "naar-usb.leidraad.json"  # the suffix is added when left out
    assert json.loads(written.read_text(encoding="utf-8"))["workshop"]["title"] == \
        'Sectie: "Engels"/Duits?'
    assert messages == [f"Bijeenkomst opgeslagen in {written}"] and shown == []
    asked.clear()
    answer_dialogs(monkeypatch, None, asked)
    assert acts.export_current() is None  # cancelled
    assert Path(asked[0]).parent == tmp_path  # the folder is remembered


def test_export_without_a_workshop_says_what_to_do(actions: Any) -> None:
    acts, _current, messages, _imported = actions
    assert acts.export_current() is None
    assert messages == ["Kies of open eerst een bijeenkomst om te exporteren."]


def test_export_to_a_missing_folder_shows_why(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              actions: Any, workshop_id: int,
                                              shown: list[Any]) -> None:
    acts, current, _messages, _imported = actions
    current.append(workshop_id)
    answer_dialogs(monkeypatch, tmp_path / "weg" / "x.leidraad.json")
    assert acts.export_current() is None
    assert shown[0][0] == "Exporteren mislukt"
    assert "kan niet geschreven worden" in shown[0][2]


def test_import_is_undoable_and_opens_the_new_workshop(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, ctx: ViewContext,
        actions: Any, workshop_id: int, shown: list[Any]) -> None:
    acts, _current, messages, imported = actions
    ops.add_participant(store, workshop_id, "Łucja Wróbel", "younger_teacher")
    source = tmp_path / "sessie.leidraad.json"
    exchange.export_to_file(store, workshop_id, source)
    answer_dialogs(monkeypatch, source)
    acts.import_action.trigger()
    assert len(imported) == 1 and shown == []
    assert messages == ["‘Testbijeenkomst’ geïmporteerd."]
    assert [p.name for p in ops.list_participants(store, imported[0])] == ["Łucja Wróbel"]
    assert len(ops.list_workshops(store)) == 2
    ctx.undo.undo()
    assert [w.id for w in ops.list_workshops(store)] == [workshop_id]
    ctx.undo.redo()
    assert len(ops.list_workshops(store)) == 2
    assert ctx.undo.undoText() == "Bijeenkomst importeren: Testbijeenkomst"


def test_a_refused_file_shows_the_place_and_changes_nothing(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, store: Store, ctx: ViewContext,
        actions: Any, workshop_id: int, shown: list[Any]) -> None:
    acts, _current, messages, imported = actions
    doc = exchange.export_workshop(store, workshop_id)
    doc["agenda"] = [{"id": "r1", "title": "Ronde", "planned_minutes": -5, "actual_seconds": None,
                      "board": None}]
    bad = tmp_path / "kapot.leidraad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    answer_dialogs(monkeypatch, bad)
    acts.import_action.trigger()
    assert shown == [("Importeren mislukt",
                      "‘kapot.leidraad.json’ is niet geïmporteerd. Er is niets veranderd.",
                      "Plaats in het bestand: $.agenda[0].planned_minutes\n"
                      "Moet groter zijn dan 0.")]
    assert imported == [] and messages == [] and ctx.undo.count() == 0
    assert len(ops.list_workshops(store)) == 1
    (tmp_path / "leeg.json").write_bytes(b"")
    answer_dialogs(monkeypatch, tmp_path / "leeg.json")
    acts.import_action.trigger()
    assert shown[-1][2] == "Het bestand als geheel\nHet bestand is leeg."


def test_suggested_name_never_empty(workshop_id: int, store: Store) -> None:
    ws = ops.get_workshop(store, workshop_id)
    assert ws is not None
    ws.title = "///"
    assert suggested_name(ws).endswith(" bijeenkomst.leidraad.json")
