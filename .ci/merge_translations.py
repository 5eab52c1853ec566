"""Fill the English .ts from the per-branch files in translations/pending/*.json.

Run after `pyside6-lupdate` (``make translations`` does both): every message lupdate left
unfinished gets the English recorded beside the code that introduced it. Entries are
``{"context": ..., "source": ..., "translation": ...}`` (a list of strings for plural forms).
Prints what is still missing and exits 1 when anything is.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TRANSLATIONS = Path(__file__).resolve().parents[1] / "app" / "resources" / "translations"
TS_FILE = TRANSLATIONS / "leidraad_en.ts"


def pending() -> dict[tuple[str, str], object]:
    table: dict[tuple[str, str], object] = {}
    by_source: dict[str, object] = {}
    for path in sorted((TRANSLATIONS / "pending").glob("*.json")):
        for entry in json.loads(path.read_text(encoding="utf-8")):
            table[(entry["context"], entry["source"])] = entry["translation"]
            by_source.setdefault(entry["source"], entry["translation"])
    return table, by_source


def main() -> int:
    table, by_source = pending()
    tree = ET.parse(TS_FILE)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            source = message.findtext("source") or ""
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            done = tr.get("type") not in ("unfinished", "vanished", "obsolete") and (
                (tr.text or "").strip() or len(tr))
            if done:
                continue
            english = table.get((name, source), by_source.get(source))
            if english is None:
                missing.append(f"[{name}] {source}")
                continue
            tr.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = english if isinstance(english, list) else [english, english]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
                tr.text = None
            else:
                tr.text = english if isinstance(english, str) else english[-1]
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS_FILE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")
    for line in missing:
        print("no English yet:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
