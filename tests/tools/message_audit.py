"""Every refusal the suite provokes must exist in English: a pytest plugin that listens.

While the tests run, each :class:`InputError` / :class:`StoreError` (and with them
``ExchangeError``, ``BackupError``, ``StoreRefused`` ...) that the models build is
recorded. At the end of the session each recorded message must be produced by a
translatable text that has an English translation (in ``leidraad_en.ts`` or in a
``pending/*.json`` list waiting to be merged): a message that matches none was
written as a plain Dutch string, and an English facilitator would read Dutch. The
session then fails and names those messages.

tests/models/test_english_messages.py turns the same machinery on English and
checks the words themselves.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "app" / "resources" / "translations"
_recorded: dict[str, str] = {}  # message -> the test that provoked it first
_current: list[str] = [""]


@cache
def translated_sources() -> tuple[tuple[str, str], ...]:
    """(Dutch source, English) for every message with a translation, merged or pending."""
    pairs: list[tuple[str, str]] = []
    root = ET.parse(TRANSLATIONS / "leidraad_en.ts").getroot()
    for message in root.iter("message"):
        english = message.findtext("translation") or ""
        if english.strip():
            pairs.append((message.findtext("source") or "", english))
    for pending in sorted((TRANSLATIONS / "pending").glob("*.json")):
        for entry in json.loads(pending.read_text(encoding="utf-8")):
            english = entry.get("translation")
            if isinstance(english, str) and english.strip():
                pairs.append((entry["source"], english))
    return tuple(pairs)


@cache
def _patterns() -> tuple[tuple[re.Pattern[str], bool], ...]:
    """A regular expression per source text, each ``{placeholder}`` a group matching anything;
    with it whether the text has words of its own ("{unknown} {ident}" has none)."""
    found = []
    for pair in translated_sources():
        for text in pair:  # a test may run in English: its messages are the translations
            parts = re.split(r"\{\w*\}", text)
            worded = bool(re.search(r"[^\W\d_]{2,}", "".join(parts)))
            found.append((re.compile("(.*)".join(re.escape(p) for p in parts), re.S), worded))
    return tuple(found)


@cache
def _sources() -> frozenset[str]:
    return frozenset(text for pair in translated_sources() for text in pair)


def explained(message: str) -> bool:
    """Whether some translated text produces ``message`` (its parameters filled in).

    A text without words of its own explains a message only when one of its parameters
    is itself a translated text ("onbekende deelnemer" in "{unknown} {ident}").
    """
    for pattern, worded in _patterns():
        match = pattern.fullmatch(message)
        if match and (worded or any(g.strip() in _sources() for g in match.groups())):
            return True
    return False


def compile_english(folder: Path) -> Path:
    """The committed .ts with every pending translation added, compiled to one .qm: the
    English the next release carries, whether or not the lists were merged yet."""
    tree = ET.parse(TRANSLATIONS / "leidraad_en.ts")
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for pending in sorted((TRANSLATIONS / "pending").glob("*.json")):
        for entry in json.loads(pending.read_text(encoding="utf-8")):
            if entry.get("numerus") or not isinstance(entry.get("translation"), str):
                continue
            context = contexts.get(entry["context"])
            if context is None:
                context = contexts[entry["context"]] = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = entry["context"]
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = entry["source"]
            ET.SubElement(message, "translation").text = entry["translation"]
    tree.write(folder / "all.ts", encoding="utf-8", xml_declaration=True)
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert lrelease, "pyside6-lrelease comes with PySide6"
    subprocess.run([lrelease, "-silent", str(folder / "all.ts"), "-qm", str(folder / "all.qm")],
                   check=True, timeout=120)
    return folder / "all.qm"


def _record(message: str) -> None:
    if message and message not in _recorded:
        _recorded[message] = _current[0]


def _raised_by_the_app() -> bool:
    """Whether the error is being built by code under app/ (past the __init__ chain)."""
    frame = sys._getframe(2)
    while frame is not None and frame.f_code.co_name == "__init__":
        frame = frame.f_back
    return frame is not None and Path(frame.f_code.co_filename).resolve().is_relative_to(
        REPO / "app")


def _patch() -> None:
    from app.models.exchange_schema import ExchangeError
    from app.models.store import StoreError
    from app.models.workshop import InputError

    def wrap(cls: type, detail: bool = False) -> None:
        original = cls.__init__

        def __init__(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202, N807
            original(self, *args, **kwargs)
            if not _raised_by_the_app():
                return  # a test's own stand-in error (an injected fault) is no app message
            if detail:
                _record(str(self.detail))
            elif not isinstance(self, ExchangeError):  # its own wrapper records the detail
                _record(str(self))

        cls.__init__ = __init__  # type: ignore[misc]

    wrap(InputError)
    wrap(StoreError)
    wrap(ExchangeError, detail=True)  # "$.path: detail": the detail is the translated part


def pytest_configure(config: pytest.Config) -> None:
    _patch()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item):  # noqa: ANN201
    _current[0] = item.nodeid
    yield


def unexplained() -> dict[str, str]:
    return {m: where for m, where in _recorded.items()
            if not explained(m) and not explained(m.rstrip("."))}


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    missing = unexplained()
    if not missing:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    lines = ["Messages without an English translation (wrap them in "
             "QCoreApplication.translate and add the English to pending/NAME.json):"]
    lines += [f"  {m!r}  (first from {where})" for m, where in sorted(missing.items())]
    if reporter is not None:
        reporter.write_line("\n".join(lines), red=True)
    session.exitstatus = pytest.ExitCode.TESTS_FAILED
