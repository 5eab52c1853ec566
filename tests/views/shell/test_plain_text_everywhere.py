"""Plain text stays plain (issue 19): user text that looks like HTML shows as those characters.

The test gives every user-typed field (title, location, facilitator, rounds,
participants, post-its, subgroups, entries, themes, items, actions) a piece of
markup, opens every board in the console and the audience window, and walks
every label and tooltip in both windows. A label showing user text must be
plain text (or have escaped it), and no tooltip may carry the raw markup:
otherwise Qt renders it as rich text (bold, an image from anywhere, ...).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from app.models import actions, agenda, circle, market, orchestration, plusmin
from app.models import timer as tm
from app.models import workshop as ops
from app.views.shell.main_window import MainWindow

MARK = "<b>zz"  # every user text carries it; rendered as rich text it would vanish
IMG = "<img src=x>"


def seed(store) -> int:  # noqa: ANN001
    ws = orchestration.create_workshop(store, title=f"{MARK}Titel</b>", template="blank",
                             location=f"{MARK}Plek</b>", facilitator=f"{IMG}{MARK}Leider</b>")
    people = [ops.add_participant(store, ws.id, f"{MARK}Anna</b>", "older_teacher", f"{MARK}A"),
              ops.add_participant(store, ws.id, f"{IMG}{MARK}Bo", "leadership")]
    for board in ("circle", "market", "plusmin"):
        agenda.add_round(store, ws.id, f"{MARK}Ronde {board}</b>", planned_minutes=10, board=board,
                         prompts=[f"{MARK}Vraag</b>"])
    circle.add_note(store, ws.id, f"{MARK}Post-it</b>", participant_id=people[0].id, x=0.1, y=0.1)
    group = market.add_subgroup(store, ws.id, f"{MARK}Groep</b>")
    market.add_entry(store, ws.id, group.id, "supply", f"{MARK}Aanbod</b>",
                     owners=[people[0].id])
    market.add_entry(store, ws.id, group.id, "demand", f"{MARK}Vraag</b>", owners=[people[1].id])
    market.add_development(store, ws.id, f"{MARK}Ontwikkeling</b>")
    theme = plusmin.add_theme(store, ws.id, f"{MARK}Thema</b>")
    plusmin.add_item(store, theme.id, "plus", f"{MARK}Plus</b>")
    plusmin.add_item(store, theme.id, "min", f"{MARK}Min</b>")
    plusmin.set_votes(store, theme.id, 3)
    actions.add_action(store, ws.id, f"{MARK}Actie</b>", who_participant_id=people[0].id)
    tm.start(store, ws.id)
    return ws.id


def offenders(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        parent = widget.parentWidget()
        name = (f"{type(widget).__name__}({widget.objectName()}) in "
                f"{type(parent).__name__ if parent else None}")
        if isinstance(widget, QLabel) and MARK in widget.text():
            if widget.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"label {name}: {widget.text()!r}")
        if isinstance(widget, QAbstractButton) and MARK in widget.text() and "&" in widget.text():
            pass  # buttons never render rich text
        if MARK in widget.toolTip() or IMG in widget.toolTip():
            found.append(f"tooltip of {name}: {widget.toolTip()!r}")
        if MARK in widget.windowTitle() and widget.isWindow():
            pass  # window titles are plain text
    return found


def test_every_label_and_tooltip_with_user_text_is_plain(qtbot, store) -> None:  # noqa: ANN001
    wid = seed(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_workshop(wid)
    assert screen is not None
    audience = window.toggle_audience_window(True)
    assert audience is not None
    seen = set()
    for board in ("circle", "market", "plusmin"):
        screen.show_board(board)
        window.projection.set_board(board)
        for tab in ("participants", "actions", "planner"):
            try:
                screen.show_side(tab)
            except (KeyError, ValueError):
                pass
        qtbot.wait(50)
        for root in (window, audience):
            seen.update(offenders(root))
    labels_with_mark = [w for root in (window, audience) for w in root.findChildren(QLabel)
                        if MARK in w.text() or "&lt;b&gt;zz" in w.text()]
    assert labels_with_mark, "the walk found no label with user text: it proves nothing"
    assert not seen, "\n".join(sorted(seen))
    window.toggle_audience_window(False)
