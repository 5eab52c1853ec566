"""Meedoen in the window: device edits are ordinary, undoable edits, live on console and projector.

The server runs for real on 127.0.0.1; devices call it from worker threads while
the test spins the GUI event loop (the edits are applied on the GUI thread).
"""
from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.models import circle, joining
from app.models import plusmin as pm
from app.models.market_analysis import load_market
from app.models.store import Store
from app.views.room.join_overlay import JoinOverlay
from app.views.shell.main_window import MainWindow
from tests.join.client import Device, in_thread


def _wait(qtbot, future, timeout: int = 20000):  # noqa: ANN001, ANN202
    qtbot.waitUntil(future.done, timeout=timeout)
    return future.result()


@pytest.fixture
def window(qtbot, store: Store, room_workshop):  # noqa: ANN001, ANN201
    win = MainWindow(store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    screen = win.open_workshop(room_workshop.workshop_id)
    screen.show_board("market")
    yield win
    win.join.leave()


def _open(window: MainWindow) -> str:
    url = window.join.open(host="127.0.0.1", port=0)
    assert url.startswith("http://127.0.0.1:")
    return url


def _joined(qtbot, url: str, subgroup: int | None = None) -> Device:  # noqa: ANN001
    device = Device(url)
    assert _wait(qtbot, in_thread(device.join)) == 200
    if subgroup is not None:
        assert _wait(qtbot, in_thread(lambda: device.op("subgroup", subgroup=subgroup)))[0] == 200
    return device


def _card_texts(board) -> set[str]:  # noqa: ANN001
    return {card.entry.text for card in board.sheets_scene.cards.values()}


def test_device_entries_are_stored_shown_live_and_undoable(qtbot, store: Store, window,
                                                            room_workshop) -> None:  # noqa: ANN001
    url = _open(window)
    audience = window.toggle_audience_window()
    audience.view.refresh()
    a = room_workshop.subgroups[0]
    device = _joined(qtbot, url, a)
    qtbot.waitUntil(lambda: window.join.dock.devices_label.text().startswith("1 "))
    status, _ = _wait(qtbot, in_thread(lambda: device.op(
        "add", side="supply", text="Coöperatief leren", owners=["Şükrü Yılmaz"])))
    assert status == 200
    assert _wait(qtbot, in_thread(lambda: device.op(
        "add", side="demand", text="Feedback geven", owners=["Anna de Vries"])))[0] == 200
    state = load_market(store, room_workshop.workshop_id)
    assert [e.text for e in state.sheet(a, "supply")] == ["Coöperatief leren"]
    assert [e.text for e in state.sheet(a, "demand")] == ["Feedback geven"]
    console = window.workshop_screen.board("market")
    qtbot.waitUntil(lambda: _card_texts(console) == {"Coöperatief leren", "Feedback geven"})
    room_board = audience.view.board_widget("market")
    qtbot.waitUntil(lambda: _card_texts(room_board) == {"Coöperatief leren", "Feedback geven"})
    # an ordinary edit: on the workshop's undo stack, undone by the facilitator
    stack = window.workshop_screen.ctx.undo
    assert stack.undoText() == "Vraag toevoegen"
    stack.undo()
    assert [e.text for e in load_market(store, room_workshop.workshop_id).sheet(a, "demand")] == []
    qtbot.waitUntil(lambda: _card_texts(console) == {"Coöperatief leren"})
    stack.redo()
    qtbot.waitUntil(lambda: _card_texts(room_board) == {"Coöperatief leren", "Feedback geven"})


def test_stories_wait_in_the_inbox_until_accepted_or_rejected(qtbot, store: Store, window,
                                                              room_workshop) -> None:  # noqa: ANN001
    url = _open(window)
    wid = room_workshop.workshop_id
    device = _joined(qtbot, url)
    for text, name in (("Leerlingen die <b>zelf</b> plannen", "Piet Jansen"),
                       ("Sectie die samen toetsen maakt", "Mieke"), ("Afwijzen maar", "")):
        assert _wait(qtbot, in_thread(lambda t=text, n=name: device.op("story", text=t, name=n)))[0] == 200
    dock = window.join.dock
    qtbot.waitUntil(lambda: dock.inbox.count() == 3)
    assert dock.inbox.item(0).text() == "Leerlingen die <b>zelf</b> plannen\n— Piet Jansen"
    assert circle.list_notes(store, wid) == []
    dock.inbox.setCurrentRow(0)
    dock.accept_selected()
    notes = circle.list_notes(store, wid)
    assert [(n.text, n.participant_id, n.ring) for n in notes] == [
        ("Leerlingen die <b>zelf</b> plannen", room_workshop.participants["Piet Jansen"], None)]
    assert notes[0].x > 1.0  # in the parking strip
    dock.inbox.setCurrentRow(0)
    dock.accept_selected()  # a name that is no participant stays with the keywords
    assert circle.list_notes(store, wid)[-1].text == "Sectie die samen toetsen maakt\n(Mieke)"
    dock.inbox.setCurrentRow(0)
    dock.reject_selected()
    assert dock.inbox.count() == 0 and len(circle.list_notes(store, wid)) == 2
    stack = window.workshop_screen.ctx.undo
    stack.undo()  # the rejection
    assert [s["text"] for s in joining.list_stories(store, wid)] == ["Afwijzen maar"]
    stack.undo()  # the second acceptance: the story is back, the post-it gone
    assert len(circle.list_notes(store, wid)) == 1 and len(joining.list_stories(store, wid)) == 2
    # the switch: straight to the strip
    dock.direct.setChecked(True)
    assert _wait(qtbot, in_thread(lambda: device.op("story", text="Meteen erin")))[0] == 200
    assert circle.list_notes(store, wid)[-1].text == "Meteen erin"
    assert stack.undoText() == "Nieuwe post-it"


def test_votes_stay_hidden_until_the_reveal_which_sets_the_urgency(qtbot, store: Store, window,
                                                                   room_workshop) -> None:  # noqa: ANN001
    url = _open(window)
    wid = room_workshop.workshop_id
    t1, t2, _ = room_workshop.themes
    dock = window.join.dock
    dock.switches["votes"].setChecked(True)
    devices = [_joined(qtbot, url) for _ in range(3)]
    for device in devices:
        for theme in (t1, t1, t2):
            assert _wait(qtbot, in_thread(lambda d=device, th=theme: d.op("vote", theme=th, delta=1)))[0] == 200
    assert [t.votes for t in pm.list_themes(store, wid)] == [0, 0, 0]
    qtbot.waitUntil(lambda: dock.dots_label.text().startswith("9 "))
    assert "Motivatie" not in dock.dots_label.text()
    dock.reveal()
    assert {t.id: t.votes for t in pm.list_themes(store, wid)} == {t1: 6, t2: 3, room_workshop.themes[2]: 0}
    assert [u.theme_id for u in pm.most_urgent(store, wid)] == [t1]
    assert _wait(qtbot, in_thread(lambda: devices[0].op("vote", theme=t2, delta=1)))[0] == 409
    window.workshop_screen.ctx.undo.undo()
    assert [t.votes for t in pm.list_themes(store, wid)] == [0, 0, 0]
    assert joining.pending_votes(store, wid) == {t1: 6, t2: 3}


def test_the_room_sees_the_qr_code_until_the_door_closes(qtbot, window) -> None:  # noqa: ANN001
    url = _open(window)
    audience = window.toggle_audience_window()
    audience.resize(1280, 720)
    overlay = audience.view.findChild(JoinOverlay)
    qtbot.waitUntil(overlay.isVisible)
    controller = window.join.controller
    assert overlay.url == controller.url() and controller.room.token in overlay.url
    assert overlay.texts()[-1] == controller.room.code
    assert overlay.texts()[2] == controller.base_url.rstrip("/")
    assert overlay.qr_side() >= 250  # large enough to scan from the back of the room
    assert audience.view.rect().contains(overlay.geometry())
    image = overlay.grab().toImage()
    assert image.pixelColor(image.width() // 2, 5).lightness() > 200  # the white card
    window.join.dock.door_button.click()
    assert not overlay.isVisible()
    assert _wait(qtbot, in_thread(Device(url).join)) == 403
    assert window.join.dock.code_label.text() == "Deur dicht: niemand nieuw erbij."


def test_closing_joining_cuts_everyone_off_and_reopening_makes_a_new_token(
        qtbot, store: Store, window, room_workshop) -> None:  # noqa: ANN001
    url = _open(window)
    port = window.join.controller.server.port
    device = _joined(qtbot, url, room_workshop.subgroups[0])
    window.join.dock.stop_button.click()
    assert window.join.controller is None and window.join.dock is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    new_url = _open(window)
    assert new_url.rsplit("/j/", 1)[1] != url.rsplit("/j/", 1)[1]
    old = Device(new_url.rsplit("/j/", 1)[0] + "/j/" + url.rsplit("/j/", 1)[1])
    assert _wait(qtbot, in_thread(old.join)) == 403
    assert device.token != window.join.controller.room.token
    # leaving the workshop closes joining too
    new_port = window.join.controller.server.port
    window.show_overview()
    assert window.join.controller is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", new_port), timeout=2).close()
    QApplication.processEvents()


def test_the_laptop_checks_that_it_reaches_its_own_page_and_says_so_when_not(
        qtbot, window) -> None:  # noqa: ANN001
    _open(window)
    controller, dock = window.join.controller, window.join.dock
    with qtbot.waitSignal(controller.reachable, timeout=10000) as reached:
        controller.check_reachable()
    assert reached.args == [controller.base_url, True]
    qtbot.wait(50)
    assert dock.unreachable.isHidden()
    # the address in the QR code now points where nothing listens (a network that is gone)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead = probe.getsockname()[1]
    controller.base_url = f"http://127.0.0.1:{dead}"
    with qtbot.waitSignal(controller.reachable, timeout=10000) as reached:
        controller.check_reachable(timeout=2.0)
    assert reached.args == [controller.base_url, False]
    qtbot.waitUntil(lambda: not dock.unreachable.isHidden())
    assert f"127.0.0.1:{dead}" in dock.unreachable.text()
    assert "hotspot" in dock.unreachable.text()
    assert dock.unreachable.textFormat() == Qt.TextFormat.PlainText
