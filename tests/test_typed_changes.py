"""No code in app/ decodes a change with free strings.

Every listener compares a change's topic, kind and part with the enums of
``app.models.events`` and every ``store.emit`` names a :class:`Topic`, so a
misspelt name is an error (see tests/models/test_events.py) and never a
refresh that silently does not happen. The scan reads the source (ast): a
change is any name annotated ``Change``, the conventional ``change``, and any
local taken from a change's field (``what = change.what``); ``.topic`` is only
ever a change's.
"""
from __future__ import annotations

import ast
from pathlib import Path

APP = Path(__file__).resolve().parents[1] / "app"
FIELDS = {"topic", "kind", "what"}


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return any(_is_text(e) for e in node.elts)
    return False


def _annotated_change(annotation: ast.AST | None) -> bool:
    return annotation is not None and "Change" in ast.unparse(annotation)


class _Scan(ast.NodeVisitor):
    def __init__(self, where: str, module: ast.Module) -> None:
        self.where = where
        #: module constants that are text (``WATCHED = ("market", ...)``, ``TOPIC = "join"``)
        self.texts = {t.id for n in module.body if isinstance(n, ast.Assign) and _is_text(n.value)
                      for t in n.targets if isinstance(t, ast.Name)}
        self.found: list[str] = []
        self.changes: list[set[str]] = [{"change"}]
        self.fields: list[set[str]] = [set()]  # locals holding a change's field

    def _field_of_change(self, node: ast.AST) -> bool:
        if isinstance(node, ast.Name):
            return node.id in self.fields[-1]
        if isinstance(node, ast.Attribute) and node.attr in FIELDS:
            if node.attr == "topic":
                return True
            return isinstance(node.value, ast.Name) and node.value.id in self.changes[-1]
        return False

    def _text(self, node: ast.AST) -> bool:
        return _is_text(node) or isinstance(node, ast.Name) and node.id in self.texts

    def _report(self, node: ast.AST, what: str) -> None:
        self.found.append(f"{self.where}:{getattr(node, 'lineno', '?')}: {what}")

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        args = node.args
        names = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)
                 if _annotated_change(a.annotation)}
        self.changes.append(self.changes[-1] | names)
        self.fields.append(set(self.fields[-1]))
        self.generic_visit(node)
        self.changes.pop()
        self.fields.pop()

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if isinstance(node.target, ast.Name) and _annotated_change(node.annotation):
            self.changes[-1].add(node.target.id)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        if self._field_of_change(node.value):
            self.fields[-1].update(t.id for t in node.targets if isinstance(t, ast.Name))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        operands = [node.left, *node.comparators]
        if any(self._field_of_change(o) for o in operands) and any(self._text(o) for o in operands):
            self._report(node, ast.unparse(node))
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        if node.attr == "detail" and isinstance(node.value, ast.Name) \
                and node.value.id in self.changes[-1]:
            self._report(node, f"{ast.unparse(node)}: a change's detail is typed fields now")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "emit" \
                and ast.unparse(func.value).split(".")[-1] == "store" \
                and any(self._text(arg) for arg in (*node.args[:1], *node.args[2:3],
                                                    *(k.value for k in node.keywords
                                                      if k.arg == "what"))):
            self._report(node, ast.unparse(node))
        self.generic_visit(node)


def scan(source: str, where: str = "<source>") -> list[str]:
    module = ast.parse(source)
    visitor = _Scan(where, module)
    visitor.visit(module)
    return visitor.found


def test_the_scan_catches_the_old_string_comparisons() -> None:
    """The scan must be able to fail: the listeners as they were before typed changes."""
    old = '''
WATCHED = ("market", "join")
def on_change(self, change: Change) -> None:
    if change.topic == "setting" and change.detail.get("detail_key") == self.key:
        return
    if change.kind in ("insert", "reset"):
        what = change.what
        if what == "urgency":
            pass
def merge(changes: list[Change]) -> None:
    for c in changes:
        if c.topic not in ("market", "note"):
            pass
def op(store: Store) -> None:
    store.emit("note", 1, "insert")
    self.ctx.store.emit("market", 1)
    if change.topic in WATCHED:
        store.emit(Topic.NOTE, 1, "insert")
        store.emit(Topic.JOIN, 1, Kind.UPDATE, what="votes")
'''
    found = scan(old)
    assert [line.split(":")[1] for line in found] == ["4", "4", "6", "8", "12", "15", "16", "17",
                                                      "18", "19"]


def test_the_scan_leaves_other_kinds_alone() -> None:
    """A market suggestion's kind and a Qt signal's text are not changes."""
    assert scan('''
def f(s: Suggestion, change: Change) -> None:
    if s.kind == "pool" and change.kind is Kind.RESET and change.what is MarketPart.POOL:
        self.message.emit("Klaar")
''') == []


def test_no_code_in_app_compares_a_change_with_a_string() -> None:
    files = sorted(APP.rglob("*.py"))
    assert len(files) > 50  # the scan really reads the app
    found = [hit for path in files
             for hit in scan(path.read_text(encoding="utf-8"), str(path.relative_to(APP.parent)))]
    assert found == []
