"""The console's side panel on the most common school laptop screen, 1366x768 (issue 18)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea

from app.models import agenda, orchestration
from app.models import workshop as ops
from app.models.store import Store
from app.views.shell.main_window import MainWindow

PEOPLE = [("Anna de Vries", "younger_teacher", "A"), ("Bram Jansen", "older_teacher", "A"),
          ("Şükrü Yılmaz", "older_teacher", "B"), ("Fatima El Amrani", "leadership", "B"),
          ("Gert-Jan van der Heijden", "other", "C")]
PROMPTS = ["Vertel over een moment waarop je echt tevreden was over je werk en wat daaraan "
           "bijdroeg; neem er rustig de tijd voor.",
           "Wat hielp je daarbij, wie of wat maakte het verschil, en zou dat vaker kunnen?",
           "Welke invloed had je zelf op dat moment, en welke lag buiten je bereik?",
           "Wat zou je een collega aanraden die net begint op onze school?",
           "Wat neem je mee naar de volgende les?"]


@pytest.fixture
def screen(qtbot, store_path: Path):  # noqa: ANN001, ANN201
    store = Store(store_path)
    wid = orchestration.create_workshop(store, title="Betrokken blijven", template="blank").id
    for name, role, sub in PEOPLE:
        ops.add_participant(store, wid, name, role, sub)
    agenda.add_round(store, wid, "Verhalen: wanneer was je tevreden?", 30, "circle", PROMPTS)
    agenda.add_round(store, wid, "Marktplaats", 25, "market")
    agenda.add_round(store, wid, "Plus en min", 30, "plusmin")
    agenda.add_round(store, wid, "Over naar actie", 15)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window.open_workshop(wid)
    window.close()
    store.close()


def _show(screen, tab: str):  # noqa: ANN001, ANN202
    screen.show_side(tab)
    for _ in range(3):
        QApplication.processEvents()
    area = screen.side.currentWidget()
    assert isinstance(area, QScrollArea)
    return area, area.widget()


def _text_fits(button: QPushButton) -> bool:
    return button.fontMetrics().horizontalAdvance(button.text().replace("&", "")) <= button.width() - 6


def test_every_side_tab_is_in_view(screen) -> None:  # noqa: ANN001
    bar = screen.side.tabBar()
    assert screen.side.width() < 400  # what a 1366 screen leaves for the side panel
    right = max(bar.tabRect(i).right() for i in range(bar.count()))
    assert right <= bar.width() and bar.mapTo(screen.side, bar.rect().topLeft()).x() >= 0
    assert all(bar.tabRect(i).width() >= bar.fontMetrics().horizontalAdvance(bar.tabText(i))
               for i in range(bar.count()))  # no label elided
    assert bar.tabToolTip(3) == "Gespreksregels (Ctrl+G)"


def test_participants_show_name_role_and_subgroup_without_sideways_scrolling(screen) -> None:  # noqa: ANN001
    area, panel = _show(screen, "participants")
    assert not area.horizontalScrollBar().isVisible()
    table = panel.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    assert sum(header.sectionSize(c) for c in range(3)) <= table.viewport().width()
    assert all(header.sectionSize(c) > 30 for c in range(3))
    role_col = header.sectionSize(1)
    assert all(table.fontMetrics().horizontalAdvance(str(panel.model.index(r, 1).data())) < role_col
               for r in range(len(PEOPLE)))


def test_agenda_buttons_and_columns_are_not_cut(screen) -> None:  # noqa: ANN001
    area, panel = _show(screen, "agenda")
    assert not area.horizontalScrollBar().isVisible()
    buttons = [b for b in panel.findChildren(QPushButton) if b.isVisibleTo(panel)]
    assert len(buttons) == 6 and all(_text_fits(b) for b in buttons)
    assert all(b.geometry().right() <= panel.width() for b in buttons)
    table = panel.table
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    shown = [c for c in range(panel.model.columnCount()) if not table.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    for c in shown[1:]:  # every short column shows its heading and values in full
        width = header.sectionSize(c)
        texts = [str(panel.model.headerData(c, header.orientation()))] + [
            str(panel.model.index(r, c).data()) for r in range(panel.model.rowCount())]
        assert all(table.fontMetrics().horizontalAdvance(t) < width for t in texts), c


def test_round_questions_are_read_in_full_without_a_scroll_box_each(screen) -> None:  # noqa: ANN001
    area, panel = _show(screen, "round")
    assert not area.horizontalScrollBar().isVisible()
    assert not panel.prompt_box.findChildren(QScrollArea)
    labels = [w for w in panel.prompt_box.findChildren(QLabel) if w.text()[:2] in
              {f"{n}." for n in range(1, 6)}]
    assert len(labels) == len(PROMPTS)
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()) - 1  # not clipped
        assert label.width() > panel.width() * 0.55  # the question gets most of the width
