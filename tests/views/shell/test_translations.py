"""English through Qt's translation files: the window, commands, minutes, and a complete .ts.

The UI is written in Dutch; ``app/resources/translations/leidraad_en.ts`` holds the English,
compiled to ``leidraad_en.qm`` by ``make translations``.
"""
from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app import i18n
from app.commands import plusmin as pm_cmd
from app.models import orchestration
from app.models import workshop as ops
from app.models.store import Store
from app.views.shell.main_window import MainWindow
from tests.tools import visible_texts
from tests.tools.gui_process import headless_env

REPO = Path(__file__).resolve().parents[3]
TS_FILE = REPO / "app" / "resources" / "translations" / "leidraad_en.ts"
PLACEHOLDER = re.compile(r"\{\w*\}")


@pytest.fixture
def english(qapp) -> Iterator[None]:  # noqa: ANN001
    """English for one test; Dutch again afterwards, whatever happens."""
    assert i18n.install("en") == "en"
    yield
    i18n.install("nl")


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _side_tabs(screen) -> list[str]:  # noqa: ANN001
    return [screen.side.tabText(i) for i in range(screen.side.count())]


def _headers(screen) -> list[str]:  # noqa: ANN001
    model = screen.participants.table.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _open(qtbot, store: Store, template: str):  # noqa: ANN001, ANN202
    wid = orchestration.create_workshop(store, title="Taaltest", template=template).id
    window = MainWindow(store, _current_language())
    qtbot.addWidget(window)
    window.show()
    return window, window.open_workshop(wid)


def _current_language() -> str:
    """What the installed translator says 'Bestand' is: the language a new window gets."""
    return "en" if QCoreApplication.translate("MainWindow", "&Bestand") == "&File" else "nl"


def test_window_speaks_english_then_dutch_again(qtbot, store: Store, english: None) -> None:
    window, screen = _open(qtbot, store, "plusmin")
    assert _menu_titles(window)[:4] == ["&File", "&Edit", "&Session", "&View"]
    assert "&Language" in _menu_titles(window) and "&Help" in _menu_titles(window)
    assert "Participants" in _side_tabs(screen)
    assert _headers(screen) == ["Name", "Role", "Subgroup"]
    buttons = {key: b.text() for key, b in screen.timer.buttons.items()}
    assert (buttons["previous"], buttons["toggle"], buttons["next"]) == ("Previous", "Start", "Next")
    assert buttons["reset"] == "Restart"  # the round again; "Redo" is the Edit menu's
    assert screen.timer.action_toggle.text() == "Start/pause"
    board_texts = visible_texts(screen)
    assert "Positive points" in board_texts and "Points of attention" in board_texts
    assert not {"Positieve punten", "Deelnemers", "Vorige"} & set(board_texts)

    i18n.install("nl")
    window_nl, screen_nl = _open(qtbot, store, "plusmin")
    assert _menu_titles(window_nl)[:4] == ["&Bestand", "Be&werken", "&Sessie", "Beel&d"]
    assert "Deelnemers" in _side_tabs(screen_nl)
    assert _headers(screen_nl) == ["Naam", "Rol", "Subgroep"]
    assert screen_nl.timer.buttons["previous"].text() == "Vorige"
    assert "Positieve punten" in visible_texts(screen_nl)


def test_market_board_and_undo_texts_in_english(qtbot, store: Store, english: None) -> None:
    window, screen = _open(qtbot, store, "market")
    screen.show_board("market")
    texts = visible_texts(screen)
    assert "+ Subgroup" in texts and "Subgroups from participants" in texts
    ctx = screen.ctx
    ctx.push(pm_cmd.AddTheme(store, screen.workshop_id, "Werkdruk"))
    assert ctx.undo.undoText() == "Add theme: Werkdruk"
    window.show_message(QCoreApplication.translate("MainWindow", "Opslaan werkt weer."))
    assert window.statusBar().currentMessage() == "Saving works again."


@pytest.mark.slow  # the command in a child process, per language
@pytest.mark.parametrize(("language", "heading", "absent"),
                         [("en", "MINUTES", "NOTULEN"), ("nl", "NOTULEN", "MINUTES")])
def test_command_line_minutes_follow_the_chosen_language(tmp_path: Path, language: str,
                                                         heading: str, absent: str) -> None:
    pypdf = pytest.importorskip("pypdf")
    db = tmp_path / "leidraad.sqlite"
    with Store(db) as store:
        wid = orchestration.create_workshop(store, title="Taaltest", template="circle").id
        ops.add_participant(store, wid, "Anna", "older_teacher")
        ops.set_setting(store, "language", language)
    target = tmp_path / "minutes.pdf"
    done = subprocess.run([sys.executable, str(REPO / "main.py"), "--db", str(db), "export-pdf",
                           str(wid), "-o", str(target)], capture_output=True, text=True,
                          env=headless_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(target).pages)
    assert heading in text and absent not in text
    participants = "Participants" if language == "en" else "Deelnemers"
    assert participants in text


# -- the translation file itself ----------------------------------------------------

def _messages() -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TS_FILE).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def test_every_message_has_an_english_translation() -> None:
    """New Dutch strings fail here until `make translations` ran and their English is in."""
    messages = _messages()
    assert len(messages) > 500
    unfinished = [(ctx, src) for ctx, src, tr in messages
                  if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
                  or not (tr.text or "").strip()]
    assert unfinished == []
    broken = [(src, tr.text) for _, src, tr in messages
              if sorted(PLACEHOLDER.findall(src)) != sorted(PLACEHOLDER.findall(tr.text or ""))]
    assert broken == []


Call = tuple[str, int, str | None, ast.expr, ast.expr | None]


def _tr_calls(path: Path) -> Iterator[Call]:
    """(function, line, class context, text node, context node) per tr/translate call."""
    def walk(node: ast.AST, cls: str | None) -> Iterator[Call]:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else cls
            if isinstance(child, ast.Call):
                f = child.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                if name == "tr" and isinstance(f, ast.Attribute) and child.args:
                    owner = f.value.id if isinstance(f.value, ast.Name) else None
                    yield name, child.lineno, cls if owner == "self" else owner, child.args[0], None
                elif name in ("translate", "QT_TRANSLATE_NOOP") and len(child.args) >= 2 and (
                        name == "QT_TRANSLATE_NOOP" or ast.unparse(f).endswith("Application.translate")):
                    yield name, child.lineno, None, child.args[1], child.args[0]
            yield from walk(child, inner)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")), None)


def test_every_ui_string_is_a_literal_in_the_translation_file() -> None:
    """tr()/translate() get literal text (no f-strings, no helpers) that the .ts knows."""
    known = {(ctx, src) for ctx, src, _ in _messages()}
    not_literal, missing = [], []
    for path in sorted((REPO / "app").rglob("*.py")):
        where = path.relative_to(REPO)
        calls = list(_tr_calls(path))
        # texts marked with QT_TRANSLATE_NOOP(ctx, ...) may be translated later from a variable
        marked = {c.value for name, _, _, _, c in calls
                  if name == "QT_TRANSLATE_NOOP" and isinstance(c, ast.Constant)}
        for _name, line, cls, text, context in calls:
            if context is not None:
                cls = context.value if isinstance(context, ast.Constant) else None
                if cls in marked and not isinstance(text, ast.Constant):
                    continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)) or cls is None:
                not_literal.append(f"{where}:{line}")
            elif (cls, text.value) not in known:
                missing.append(f"{where}:{line} [{cls}] {text.value[:40]}")
    assert not_literal == []
    assert missing == []
