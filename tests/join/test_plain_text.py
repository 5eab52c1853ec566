"""Text people typed is shown as text, never as HTML, in the labels that show it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.models import agenda, orchestration
from app.models import plusmin as pm
from app.models import workshop as ops
from app.models.store import Store
from app.views.shell.main_window import MainWindow

HTML = '<b>Vet</b> & <img src="x"> <a href="http://x">link</a>'


def test_titles_rounds_and_themes_with_html_show_literally(qtbot, store: Store) -> None:  # noqa: ANN001
    ws = orchestration.create_workshop(store, title=HTML, template="plusmin")
    ops.update_workshop(store, ws.id, location=HTML)
    first = agenda.list_rounds(store, ws.id)[0]
    agenda.update_round(store, first.id, title=HTML, prompts=[HTML])
    pm.add_theme(store, ws.id, HTML)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    screen = window.open_workshop(ws.id)
    screen.show_board("plusmin")
    audience = window.toggle_audience_window()
    audience.view.refresh()
    labels = [w for root in (window, audience) for w in root.findChildren(QLabel)
              if "<b>Vet</b>" in w.text()]
    names = {w.objectName() for w in labels}
    assert {"workshopTitle", "audienceRoundTitle"} <= names, names
    assert len(labels) >= 4
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText, (label.objectName(), label.text())
