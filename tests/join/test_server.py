"""The Meedoen server for real, on 127.0.0.1, with the headless edits (no window).

What a device sends lands in the store; what it may not do is refused plainly
and changes nothing; the limits hold; closing cuts off at once.
"""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from app.join.codes import ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH
from app.join.edits import DirectEdits
from app.join.limits import MAX_DEVICES
from app.join.room import JoinRoom
from app.join.server import JoinServer
from app.models import joining, market
from app.models import plusmin as pm
from app.models.market_analysis import load_market
from app.models.store import Store
from tests.tools.join_client import Device


@pytest.fixture
def served(store: Store, room_workshop) -> Iterator[tuple[JoinRoom, JoinServer]]:  # noqa: ANN001
    room = JoinRoom(DirectEdits(store), room_workshop.workshop_id)
    server = JoinServer(room, "127.0.0.1", 0)
    server.start()
    yield room, server
    room.cut_off()
    server.stop()


def _device(server: JoinServer, subgroup: int | None = None) -> Device:
    device = Device(server.url)
    assert device.join() == 200
    if subgroup is not None:
        assert device.op("subgroup", subgroup=subgroup)[0] == 200
    return device


def _sheet(store: Store, workshop_id: int, subgroup: int, side: str) -> list[str]:
    return [e.text for e in load_market(store, workshop_id).sheet(subgroup, side)]


def _everything(store: Store, workshop_id: int) -> tuple:
    """All a device could change, to show that a refused request changed none of it."""
    state = load_market(store, workshop_id)
    entries = tuple((e.id, e.subgroup_id, e.side, e.text, e.owners, e.sources)
                    for e in state.entries.values())
    themes = tuple((t.id, t.title, t.votes) for t in pm.list_themes(store, workshop_id))
    return (entries, themes, tuple(map(str, joining.list_stories(store, workshop_id))),
            tuple(joining.pending_votes(store, workshop_id).items()))


def test_the_url_and_room_code_are_the_ways_in(served) -> None:  # noqa: ANN001
    room, server = served
    assert server.url.startswith(f"http://127.0.0.1:{server.port}/j/") and server.port > 0
    assert len(room.code) == ROOM_CODE_LENGTH and set(room.code) <= set(ROOM_CODE_ALPHABET)
    assert not set(ROOM_CODE_ALPHABET) & set("0O1IL2Z5S8B6GUV")
    status, payload, headers = Device(server.url).raw("GET", server.url.split(str(server.port))[1])
    assert status == 200 and 'lang="nl"' in payload["_text"]
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    by_code = Device(server.url)
    assert by_code.join(code=room.code.lower()) == 200  # case does not matter


def test_supply_and_demand_entries_are_stored(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    a = room_workshop.subgroups[0]
    device = _device(server, a)
    status, answer = device.op("add", side="supply", text="Differentiëren in de klas",
                               owners=["Şükrü Yılmaz", "Marie (collega)"])
    assert status == 200
    assert device.op("add", side="demand", text="Formatief toetsen", owners=[],
                     sources=["Anna de Vries"])[0] == 200
    state = load_market(store, room_workshop.workshop_id)
    supply = state.sheet(a, "supply")
    assert [e.text for e in supply] == ["Differentiëren in de klas"]
    assert [(p.participant_id, p.name) for p in supply[0].owners] == [
        (room_workshop.participants["Şükrü Yılmaz"], "Şükrü Yılmaz"), (None, "Marie (collega)")]
    demand = state.sheet(a, "demand")
    assert [e.text for e in demand] == ["Formatief toetsen"]
    assert [p.participant_id for p in demand[0].sources] == [room_workshop.participants["Anna de Vries"]]
    # the device sees its own sheets, editable, and nothing of the other subgroups
    _, seen = device.state()
    assert [e["text"] for e in seen["market"]["supply"]] == ["Differentiëren in de klas"]
    assert seen["market"]["supply"][0]["mine"] is True


def test_a_device_sees_only_what_it_needs(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    room, server = served
    a, b = room_workshop.subgroups[:2]
    market.add_entry(store, room_workshop.workshop_id, b, "supply", "Geheim van groep B")
    pm.add_item(store, room_workshop.themes[0], "min", "Verborgen aandachtspunt")
    room.set_feature("votes", True)
    device = _device(server, a)
    _, seen = device.state()
    text = str(seen)
    assert "Geheim van groep B" not in text
    assert "Verborgen aandachtspunt" not in text
    for role in ("older_teacher", "leadership", "younger_teacher", "role"):
        assert role not in text
    assert seen["market"]["names"] == ["Şükrü Yılmaz", "Anna de Vries", "Piet Jansen"]
    # another subgroup's lines are not the device's to change
    other = load_market(store, room_workshop.workshop_id).sheet(b, "supply")[0].id
    before = _everything(store, room_workshop.workshop_id)
    assert device.op("remove", id=other)[0] == 403
    assert device.op("edit", id=other, text="overschreven")[0] == 403
    assert _everything(store, room_workshop.workshop_id) == before


def test_a_device_corrects_and_removes_its_own_lines(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    a = room_workshop.subgroups[0]
    device, mate = _device(server, a), _device(server, a)
    _, answer = device.op("add", side="supply", text="Roosteren", owners=["Piet Jansen"])
    entry = answer["id"]
    assert mate.op("edit", id=entry, text="Roosteren met Zermelo", owners=["Piet Jansen"])[0] == 200
    assert _sheet(store, room_workshop.workshop_id, a, "supply") == ["Roosteren met Zermelo"]
    assert device.op("remove", id=entry)[0] == 200
    assert _sheet(store, room_workshop.workshop_id, a, "supply") == []


def test_wrong_and_old_tokens_get_a_plain_refusal(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    room, server = served
    before = _everything(store, room_workshop.workshop_id)
    stranger = Device(server.url)
    assert stranger.join(token="x" * 32) == 403
    assert stranger.join(code="AAAAA") == 403
    assert stranger.post("/api/join", {"token": room.token + "x"})[1]["error"] == "token"
    # no device key (or a made-up one): refused, nothing happens
    stranger.key = "made-up"
    assert stranger.op("add", side="supply", text="inbraak")[0] == 403
    # an old token: the one of a session that was closed
    old_url, old_token, old_code = server.url, room.token, room.code
    room.cut_off()
    server.stop()
    fresh = JoinRoom(DirectEdits(store), room_workshop.workshop_id)
    again = JoinServer(fresh, "127.0.0.1", 0)
    again.start()
    try:
        assert fresh.token != old_token and len(fresh.token) >= 22 and fresh.code
        assert Device(f"http://127.0.0.1:{again.port}/").join(code=old_code) in (200, 403)
        old = Device(f"http://127.0.0.1:{again.port}/j/" + old_url.rsplit("/j/", 1)[1])
        status, payload = old.post("/api/join", {"token": old.token})
        assert (status, payload["error"]) == (403, "token")
        assert Device(again.url).join() == 200
    finally:
        fresh.cut_off()
        again.stop()
    assert _everything(store, room_workshop.workshop_id) == before


def test_an_oversized_body_is_refused_and_changes_nothing(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    device = _device(server, room_workshop.subgroups[0])
    before = _everything(store, room_workshop.workshop_id)
    big = b'{"key": "abcdefgh12", "side": "supply", "text": "' + b"x" * 200_000 + b'"}'
    status, payload, _ = device.raw("POST", "/api/add", big)
    assert (status, payload["error"]) == (413, "too-big")
    long_text = device.op("add", side="supply", text="y" * 501)  # the app's limit: 500
    assert long_text[0] == 400 and "te lang" in long_text[1]["message"]
    assert device.raw("POST", "/api/add", b"not json")[0] == 400
    assert device.raw("POST", "/api/add", b"[1, 2]")[0] == 400
    assert _everything(store, room_workshop.workshop_id) == before
    assert device.op("add", side="supply", text="Nog steeds welkom")[0] == 200


def test_html_and_script_are_stored_as_plain_text(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    room, server = served
    a = room_workshop.subgroups[0]
    device = _device(server, a)
    evil = '<img src=x onerror="alert(1)"><script>alert("x")</script><b>vet</b>'
    assert device.op("add", side="supply", text=evil, owners=["<i>Jan</i>"])[0] == 200
    assert device.op("story", text=evil, name="<u>naam</u>")[0] == 200
    entry = load_market(store, room_workshop.workshop_id).sheet(a, "supply")[0]
    assert entry.text == evil and entry.owners[0].name == "<i>Jan</i>"
    assert joining.list_stories(store, room_workshop.workshop_id)[0]["text"] == evil
    _, seen = device.state()
    assert seen["market"]["supply"][0]["text"] == evil  # JSON, drawn with textContent
    from app.join.server import page_file

    script = page_file("join.js").decode("utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    assert "document.write" not in script and "eval(" not in script


def test_a_burst_of_1000_requests_is_slowed_and_the_room_keeps_working(
        store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    a, b = room_workshop.subgroups[:2]
    flood, calm = _device(server, a), _device(server, b)
    statuses = [flood.op("add", side="supply", text=f"regel {n}")[0] for n in range(1000)]
    accepted = statuses.count(200)
    assert statuses.count(429) > 900 and set(statuses) == {200, 429}
    assert len(_sheet(store, room_workshop.workshop_id, a, "supply")) == accepted
    assert calm.op("add", side="supply", text="Gewoon doorwerken")[0] == 200
    assert _sheet(store, room_workshop.workshop_id, b, "supply") == ["Gewoon doorwerken"]
    # so are join attempts from one address: guessing codes gets nowhere fast
    guesses = [Device(server.url).join(code="QQQQQ") for _ in range(100)]
    assert guesses.count(429) >= 60


def test_three_subgroups_typing_at_once_lose_and_duplicate_nothing(
        store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    per_device, errors = 25, []

    def type_lines(subgroup: int, label: str) -> None:
        device = _device(server, subgroup)
        for n in range(per_device):
            key = f"{label}-{n:04d}-resend"
            for _attempt in range(2):  # every line is sent twice, as after a dropped answer
                while True:
                    status, _ = device.op("add", key=key, side="supply" if n % 2 else "demand",
                                          text=f"{label} {n}")
                    if status != 429:
                        break
                    threading.Event().wait(0.2)
                if status != 200:
                    errors.append((label, n, status))

    threads = [threading.Thread(target=type_lines, args=(g, f"groep{g}"))
               for g in room_workshop.subgroups]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    state = load_market(store, room_workshop.workshop_id)
    for g in room_workshop.subgroups:
        texts = sorted(e.text for side in ("supply", "demand") for e in state.sheet(g, side))
        assert texts == sorted(f"groep{g} {n}" for n in range(per_device))


def test_the_vote_respects_the_budget_and_shows_nothing_before_the_reveal(
        store: Store, room_workshop, served) -> None:  # noqa: ANN001
    room, server = served
    t1, t2, t3 = room_workshop.themes
    device, other = _device(server), _device(server)
    assert device.op("vote", theme=t1, delta=1)[0] == 409  # voting not open yet
    room.set_feature("votes", True)
    assert device.op("vote", theme=t1, delta=1)[0] == 200
    assert device.op("vote", theme=t1, delta=1)[0] == 200
    assert device.op("vote", theme=t1, delta=1)[1]["error"] == "budget"  # 2 per theme
    assert device.op("vote", theme=t2, delta=1)[0] == 200
    assert device.op("vote", theme=t3, delta=1)[1]["error"] == "budget"  # 3 in all
    assert device.op("vote", theme=t3, delta=-1)[1]["error"] == "none"
    assert device.op("vote", theme=t2, delta=-1)[0] == 200
    assert device.op("vote", theme=t3, delta=1)[0] == 200
    assert other.op("vote", theme=t3, delta=1)[0] == 200
    assert joining.pending_votes(store, room_workshop.workshop_id) == {t1: 2, t3: 2}
    # nothing is shown before the reveal: not to devices, not on the board
    assert [t.votes for t in pm.list_themes(store, room_workshop.workshop_id)] == [0, 0, 0]
    _, seen = other.state()
    assert "result" not in seen["votes"] and seen["votes"]["mine"] == {str(t3): 1}
    assert all(set(th) == {"id", "title"} for th in seen["votes"]["themes"])
    room.reveal()
    assert device.op("vote", theme=t2, delta=1)[0] == 409  # closed after the reveal
    _, seen = other.state()
    assert seen["votes"]["revealed"] is True and "result" in seen["votes"]


def test_resending_the_same_key_applies_once(store: Store, room_workshop, served) -> None:  # noqa: ANN001
    _, server = served
    a = room_workshop.subgroups[0]
    device = _device(server, a)
    first = device.op("add", key="same-key-123", side="supply", text="Eén keer")
    second = device.op("add", key="same-key-123", side="supply", text="Eén keer")
    assert first == (200, first[1]) and second[1]["id"] == first[1]["id"]
    assert _sheet(store, room_workshop.workshop_id, a, "supply") == ["Eén keer"]
    assert device.op("add", key="kort", side="supply", text="x")[0] == 400  # no real key


def test_at_most_60_devices(served) -> None:  # noqa: ANN001
    room, server = served
    room._join_limits.rate, room._join_limits.burst = 1000.0, 1000  # one test address
    devices = [Device(server.url) for _ in range(MAX_DEVICES + 1)]
    statuses = [d.join() for d in devices]
    assert statuses[:MAX_DEVICES] == [200] * MAX_DEVICES
    assert statuses[MAX_DEVICES] == 503
    assert room.device_count() == MAX_DEVICES


def test_closing_cuts_off_new_requests_at_once_and_reopening_makes_a_new_token(
        store: Store, room_workshop, served) -> None:  # noqa: ANN001
    room, server = served
    a = room_workshop.subgroups[0]
    inside = _device(server, a)
    url = server.url
    # the door: no one new, those inside may finish
    room.close_door()
    assert Device(url).join() == 403
    assert inside.op("add", side="supply", text="Nog afmaken")[0] == 200
    # closed: everyone out at once, nothing listens any more
    old_token, port = url.rsplit("/j/", 1)[1], server.port
    room.cut_off()
    assert inside.op("add", side="supply", text="Te laat")[0] == 410
    server.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    assert _sheet(store, room_workshop.workshop_id, a, "supply") == ["Nog afmaken"]
    fresh = JoinRoom(DirectEdits(store), room_workshop.workshop_id)
    assert fresh.token != old_token and fresh.token and fresh.code


def test_the_page_speaks_english_when_the_app_does(store: Store, room_workshop) -> None:  # noqa: ANN001
    room = JoinRoom(DirectEdits(store), room_workshop.workshop_id, lang="en")
    server = JoinServer(room, "127.0.0.1", 0)
    server.start()
    try:
        device = Device(server.url)
        status, page, _ = device.raw("GET", "/j/" + room.token)
        assert status == 200 and '<html lang="en">' in page["_text"]
        assert device.join() == 200
        assert device.state()[1]["lang"] == "en"
    finally:
        room.cut_off()
        server.stop()
