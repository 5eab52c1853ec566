"""Importing an exchange file is one undoable command in app/commands (not in a dialog).

Redo adds the checked document as a new workshop, undo moves it to the bin, redo
brings the same workshop back; a file the store refuses leaves nothing on the stack.
"""
from __future__ import annotations

import sqlite3

from PySide6.QtGui import QUndoStack
from sqlalchemy import event

from app.commands.workshop import ImportWorkshop
from app.models import circle, exchange, orchestration
from app.models import workshop as ops
from app.models.store import Store


def _document(store: Store) -> exchange.DocumentIn:
    source = orchestration.create_workshop(store, title="Werkdruk in de bovenbouw",
                                           template="circle")
    anna = ops.add_participant(store, source.id, "Anna de Vries", "older_teacher")
    circle.add_note(store, source.id, "Roosters zelf indelen", x=0.1, y=0.1,
                    participant_id=anna.id)
    doc = exchange.check_document(exchange.dumps(exchange.export_workshop(store, source.id)))
    ops.delete_workshop(store, source.id)
    ops.purge_deleted(store)
    return doc


def test_import_undo_redo_keeps_the_same_workshop(store: Store) -> None:
    doc = _document(store)
    stack = QUndoStack()
    command = ImportWorkshop(store, doc)
    stack.push(command)

    assert command.text() == "Bijeenkomst importeren: Werkdruk in de bovenbouw"
    imported = command.workshop_id
    assert [w.id for w in ops.list_workshops(store)] == [imported]
    assert [p.name for p in ops.list_participants(store, imported)] == ["Anna de Vries"]
    assert [n.text for n in circle.list_notes(store, imported)] == ["Roosters zelf indelen"]

    stack.undo()
    assert ops.list_workshops(store) == []
    stack.redo()
    assert [w.id for w in ops.list_workshops(store)] == [imported]
    assert [n.text for n in circle.list_notes(store, imported)] == ["Roosters zelf indelen"]


def test_a_refused_write_leaves_no_command_and_no_workshop(store: Store) -> None:
    doc = _document(store)
    failures: list[Exception] = []
    store.bus.fail = failures.append  # type: ignore[method-assign]

    def refuse(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if statement.lstrip().upper().startswith("INSERT"):
            raise sqlite3.OperationalError("database or disk is full")

    stack = QUndoStack()
    event.listen(store.engine, "before_cursor_execute", refuse)
    try:
        stack.push(ImportWorkshop(store, doc))
    finally:
        event.remove(store.engine, "before_cursor_execute", refuse)
    assert stack.count() == 0
    assert len(failures) == 1
    assert ops.list_workshops(store) == []
