"""The expertise marketplace: sheets, pools, knots, suggestions, dismissals and the hand-out."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from app.models import market as ops
from app.models import market_links as links
from app.models import orchestration
from app.models import workshop as wops
from app.models.market_analysis import (
    handout,
    load_market,
    people_names,
    resolve_people,
    write_handout_csv,
)
from app.models.market_suggest import normalise, suggest
from app.models.store import Store
from app.models.workshop import InputError
from tests.tools.market_seed import PEOPLE, Market, build


@pytest.fixture
def market(store: Store) -> Market:
    return build(store)


def keys(m: Market, *pairs: tuple[str, str, str]) -> set[tuple[str, int, int]]:
    out = set()
    for kind, a, b in pairs:
        x, y = m.e[a], m.e[b]
        out.add((kind, *sorted((x, y))) if kind == "pool" else (kind, x, y))
    return out


def texts(entries) -> list[str]:  # noqa: ANN001
    return [e.text for e in entries]


# -- the whole plenary on a realistic board --------------------------------------

def test_subgroups_come_from_participants_once(store: Store, market: Market) -> None:
    assert [g.name for g in ops.list_subgroups(store, market.ws)] == ["A", "B", "C"]
    assert ops.subgroups_from_participants(store, market.ws) == []
    wops.add_participant(store, market.ws, "Ilse", "other", "D")
    [new] = ops.subgroups_from_participants(store, market.ws)
    assert [g.name for g in ops.list_subgroups(store, market.ws)] == ["A", "B", "C", "D"]
    assert ops.add_subgroup(store, market.ws).name == "E"
    assert new in {g.id for g in ops.list_subgroups(store, market.ws)}


def test_three_subgroups_give_exactly_the_expected_pools_knots_and_open_demand(
        store: Store, market: Market) -> None:
    state = load_market(store, market.ws)
    assert len(state.entries) == 14
    assert texts(state.sheet(market.groups["B"], "supply")) == [
        "ict in de les", "Mentoraat in de onderbouw", "Formatief evalueren"]
    assert {s.key for s in suggest(state)} == keys(
        market, ("pool", "s1", "s4"), ("pool", "s6", "s8"),
        ("match", "d1", "s2"), ("match", "d3", "s3"), ("match", "d6", "s6"),
        ("match", "d6", "s8"), ("match", "d2", "s6"))
    assert state.pools() == [] and state.knots() == []

    by_key = {s.key: s for s in suggest(state)}
    [ict] = [s for s in by_key.values() if s.kind == "pool" and market.e["s1"] in (s.a_id, s.b_id)]
    links.pool_entries(store, ict.a_id, ict.b_id)  # accepted suggestion
    links.pool_entries(store, market.e["s8"], market.e["s6"])  # dragged by the facilitator
    links.add_match(store, market.e["d1"], market.e["s2"])
    links.add_match(store, market.e["d3"], market.e["s3"])
    links.add_match(store, market.e["d6"], market.e["s6"])
    links.dismiss_suggestion(store, "match", market.e["d2"], market.e["s6"])
    links.dismiss_suggestion(store, "match", market.e["d6"], market.e["s8"])

    state = load_market(store, market.ws)
    assert [texts(p) for p in state.pools()] == [
        ["ICT in de les", "ict in de les"],
        ["Formatief evalueren", "Formatief evalueren met exit tickets"]]
    assert [(people_names(k.demand.owners), people_names(k.supply.owners), k.supply.text)
            for k in state.knots()] == [
        ("Bram Jansen", "Anna de Vries", "Omgaan met ADHD in de klas"),
        ("Carla Smit", "Şükrü Yılmaz", "Wiskunde-apps op de tablet"),
        ("Hanna de Boer", "Eva Mulder", "Formatief evalueren")]
    assert texts(state.open_demand()) == [
        "Differentiëren in grote klassen", "Omgaan met conflicten in de klas",
        "Lesgeven in het Engels"]
    assert suggest(state) == []


def test_developments_list_the_supply_that_serves_them(store: Store, market: Market) -> None:
    tto = ops.add_development(store, market.ws, "Invoering tweetalig onderwijs")
    ops.add_development(store, market.ws, "Nieuw rooster")
    ops.set_fit(store, market.e["s7"], tto.id)
    with pytest.raises(InputError):
        ops.set_fit(store, market.e["d5"], tto.id)
    fits = load_market(store, market.ws).fits()
    assert [(d.text, texts(es)) for d, es in fits] == [
        ("Invoering tweetalig onderwijs", ["Tweetalig onderwijs (TTO)"]), ("Nieuw rooster", [])]
    snap = ops.remove_development(store, tto.id)
    assert load_market(store, market.ws).entries[market.e["s7"]].fits_development_id is None
    ops.restore(store, snap)
    assert load_market(store, market.ws).entries[market.e["s7"]].fits_development_id == tto.id


# -- suggestions: offered, never applied by themselves --------------------------------

def test_spelling_variants_are_suggested_but_never_merged_silently(
        store: Store, market: Market) -> None:
    assert normalise("ICT  in de   LES") == normalise("ict in de les")
    assert normalise("Şükrü") == normalise("Sukru") == "sukru"
    state = load_market(store, market.ws)
    found = {s.key: s for s in suggest(state)}
    ict = found[("pool", *sorted((market.e["s1"], market.e["s4"])))]
    sukru = found[("match", market.e["d3"], market.e["s3"])]
    assert (ict.reason, sukru.reason, sukru.person) == ("text", "person", "Sukru")
    # Nothing changed in the store: separate lines, the free name untouched, no knot.
    assert state.pools() == [] and state.knots() == []
    assert [(p.participant_id, p.name) for p in state.entries[market.e["d3"]].sources] == [
        (None, "Sukru")]
    assert texts([state.entries[market.e["s1"]], state.entries[market.e["s4"]]]) == [
        "ICT in de les", "ict in de les"]
    # Accepting ties the knot but still does not rewrite what was written.
    links.add_match(store, sukru.a_id, sukru.b_id)
    state = load_market(store, market.ws)
    assert state.entries[market.e["d3"]].sources[0].name == "Sukru"


def test_typed_names_resolve_only_when_unambiguous(store: Store, market: Market) -> None:
    participants = wops.list_participants(store, market.ws)
    p = market.people
    assert resolve_people(participants, "anna, Bram Jansen ,, Sukru, Mevr. Jansen") == [
        p["Anna"], p["Bram"], "Sukru", "Mevr. Jansen"]
    wops.add_participant(store, market.ws, "Anna Pauw", "other", "A")
    participants = wops.list_participants(store, market.ws)
    assert resolve_people(participants, "Anna; anna de vries") == ["Anna", p["Anna"]]


def test_dismissed_suggestions_stay_dismissed_after_reopening(store: Store, reopen) -> None:
    market = build(store)
    links.dismiss_suggestion(store, "pool", market.e["s4"], market.e["s1"])  # order-free
    links.dismiss_suggestion(store, "match", market.e["d3"], market.e["s3"])
    reopened = reopen()
    found = {s.key for s in suggest(load_market(reopened, market.ws))}
    assert found == keys(market, ("pool", "s6", "s8"), ("match", "d1", "s2"),
                         ("match", "d6", "s6"), ("match", "d6", "s8"), ("match", "d2", "s6"))
    # A pool the facilitator draws anyway is still allowed.
    links.pool_entries(reopened, market.e["s1"], market.e["s4"])
    assert len(load_market(reopened, market.ws).pools()) == 1


def test_accepting_a_suggestion_creates_it_and_undo_removes_it(qtbot, ctx, market: Market) -> None:
    from app.commands.market import DismissSuggestion, accept_suggestion

    store = ctx.store
    found = {s.key: s for s in suggest(load_market(store, market.ws))}
    pool = found[("pool", *sorted((market.e["s1"], market.e["s4"])))]
    match = found[("match", market.e["d1"], market.e["s2"])]
    assert ctx.push(accept_suggestion(store, pool))
    assert ctx.push(accept_suggestion(store, match))
    state = load_market(store, market.ws)
    assert [texts(p) for p in state.pools()] == [["ICT in de les", "ict in de les"]]
    assert [(k.demand.id, k.supply.id) for k in state.knots()] == [(match.a_id, match.b_id)]
    assert pool.key not in {s.key for s in suggest(state)}

    ctx.undo.undo()
    state = load_market(store, market.ws)
    assert state.knots() == [] and len(state.pools()) == 1
    assert match.key in {s.key for s in suggest(state)}
    ctx.undo.undo()
    state = load_market(store, market.ws)
    assert state.pools() == [] and pool.key in {s.key for s in suggest(state)}
    ctx.undo.redo()
    ctx.undo.redo()
    state = load_market(store, market.ws)
    assert len(state.pools()) == 1 and len(state.knots()) == 1

    assert ctx.push(DismissSuggestion(store, *found[("match", market.e["d6"], market.e["s8"])].key))
    assert ("match", market.e["d6"], market.e["s8"]) not in {
        s.key for s in suggest(load_market(store, market.ws))}
    ctx.undo.undo()
    assert ("match", market.e["d6"], market.e["s8"]) in {
        s.key for s in suggest(load_market(store, market.ws))}


# -- pools and knots -----------------------------------------------------------------

def test_pools_grow_merge_and_dissolve_with_exact_undo(store: Store, market: Market) -> None:
    e = market.e
    first = links.pool_entries(store, e["s1"], e["s4"])
    links.pool_entries(store, e["s6"], e["s8"])
    merge = links.pool_entries(store, e["s4"], e["s8"])
    assert [sorted(texts(p)) for p in load_market(store, market.ws).pools()] == [sorted(
        ["ICT in de les", "ict in de les", "Formatief evalueren", "Formatief evalueren met exit tickets"])]
    links.undo_pool(store, merge)
    assert len(load_market(store, market.ws).pools()) == 2
    with pytest.raises(InputError):
        links.pool_entries(store, e["s1"], e["s4"])
    with pytest.raises(InputError):
        links.pool_entries(store, e["s1"], e["d1"])
    with pytest.raises(InputError):
        links.pool_entries(store, e["s1"], e["s1"])
    out = links.unpool_entry(store, e["s1"])  # pool of two: dissolved
    assert len(load_market(store, market.ws).pools()) == 1
    links.undo_pool(store, out)
    links.undo_pool(store, first)
    assert [texts(p) for p in load_market(store, market.ws).pools()] == [
        ["Formatief evalueren", "Formatief evalueren met exit tickets"]]


def test_knots_refuse_wrong_sides_and_duplicates(store: Store, market: Market) -> None:
    e = market.e
    links.add_match(store, e["d1"], e["s2"])
    for demand, supply in ((e["d1"], e["s2"]), (e["s2"], e["d1"]), (e["d1"], e["d2"])):
        with pytest.raises(InputError):
            links.add_match(store, demand, supply)
    [knot] = load_market(store, market.ws).knots()
    snap = links.remove_match(store, knot.match_id)
    assert load_market(store, market.ws).knots() == []
    ops.restore(store, snap)
    assert [k.match_id for k in load_market(store, market.ws).knots()] == [knot.match_id]


# -- editing the sheets ------------------------------------------------------------------

def test_reorder_and_move_between_sheets_and_subgroups(store: Store, market: Market) -> None:
    e, g = market.e, market.groups
    back = ops.move_entry(store, e["s3"], g["A"], "supply", 0)
    assert texts(load_market(store, market.ws).sheet(g["A"], "supply")) == [
        "Wiskunde-apps op de tablet", "ICT in de les", "Omgaan met ADHD in de klas"]
    ops.undo_move(store, back)
    assert texts(load_market(store, market.ws).sheet(g["A"], "supply"))[0] == "ICT in de les"

    ops.move_entry(store, e["s1"], g["C"], "supply", 99)  # clamped to the end
    assert texts(load_market(store, market.ws).sheet(g["C"], "supply"))[-1] == "ICT in de les"
    assert [x.position for x in load_market(store, market.ws).sheet(g["A"], "supply")] == [0, 1]


def test_moving_supply_to_demand_lets_go_of_links_and_undo_brings_them_back(
        store: Store, market: Market) -> None:
    e, g = market.e, market.groups
    dev = ops.add_development(store, market.ws, "Digitalisering")
    ops.set_fit(store, e["s1"], dev.id)
    links.pool_entries(store, e["s1"], e["s4"])
    links.dismiss_suggestion(store, "pool", e["s1"], e["s6"])
    back = ops.move_entry(store, e["s1"], g["A"], "demand", 0)
    state = load_market(store, market.ws)
    assert state.pools() == [] and not state.dismissed
    assert state.entries[e["s1"]].side == "demand"
    assert state.entries[e["s1"]].fits_development_id is None
    ops.undo_move(store, back)
    state = load_market(store, market.ws)
    assert [texts(p) for p in state.pools()] == [["ICT in de les", "ict in de les"]]
    assert state.entries[e["s1"]].fits_development_id == dev.id and len(state.dismissed) == 1
    assert texts(state.sheet(g["A"], "supply"))[0] == "ICT in de les"


def test_removing_lines_and_subgroups_restores_everything_with_the_same_ids(
        store: Store, market: Market) -> None:
    e, g = market.e, market.groups
    links.pool_entries(store, e["s1"], e["s4"])
    links.add_match(store, e["d1"], e["s2"])
    before = load_market(store, market.ws)
    snap = ops.remove_entry(store, e["s4"])
    state = load_market(store, market.ws)
    assert e["s4"] not in state.entries and state.pools() == []
    ops.restore(store, snap)
    snap = ops.remove_subgroup(store, g["A"])
    state = load_market(store, market.ws)
    assert [x.name for x in state.subgroups] == ["B", "C"] and state.knots() == []
    assert len(state.entries) == 9
    ops.restore(store, snap)
    after = load_market(store, market.ws)
    assert after.entries == before.entries
    assert after.pools() == before.pools() and after.knots() == before.knots()


def test_update_entry_changes_text_and_people_and_returns_the_old(store: Store, market: Market) -> None:
    e, p = market.e, market.people
    old = ops.update_entry(store, e["d4"], text="Omgaan met conflicten", sources=["Juf Ria", p["Anna"]])
    entry = load_market(store, market.ws).entries[e["d4"]]
    assert entry.text == "Omgaan met conflicten"
    assert [x.name for x in entry.sources] == ["Juf Ria", "Anna de Vries"]
    ops.update_entry(store, e["d4"], **old)
    entry = load_market(store, market.ws).entries[e["d4"]]
    assert (entry.text, entry.sources) == ("Omgaan met conflicten in de klas", ())
    with pytest.raises(InputError):
        ops.update_entry(store, e["s1"], sources=["Iemand"])


@pytest.mark.parametrize("bad", ["", "   ", "\x00\x07\x1b", "x" * 100_000, "a" * 501])
def test_bad_text_is_refused_and_nothing_is_stored(store: Store, market: Market, bad: str) -> None:
    g = market.groups["A"]
    with pytest.raises(InputError):
        ops.add_entry(store, market.ws, g, "supply", bad)
    with pytest.raises(InputError):
        ops.update_entry(store, market.e["s1"], text=bad)
    with pytest.raises(InputError):
        ops.add_development(store, market.ws, bad)
    state = load_market(store, market.ws)
    assert len(state.entries) == 14 and state.entries[market.e["s1"]].text == "ICT in de les"


@pytest.mark.parametrize("text, stored", [
    ("Spelvormen 🎲 in de les 👩‍🏫", "Spelvormen 🎲 in de les 👩‍🏫"),
    ("تعليم اللغة العربية", "تعليم اللغة العربية"),
    ("IC\x00T\x1b in\tde\nles ", "ICT in de les"),
])
def test_emoji_rtl_and_control_characters(store: Store, market: Market, text: str,
                                          stored: str) -> None:
    entry = ops.add_entry(store, market.ws, market.groups["C"], "demand", text,
                          [market.people["Gert"]], [text])
    view = load_market(store, market.ws).entries[entry.id]
    assert view.text == stored and view.sources[0].name == stored
    suggest(load_market(store, market.ws))  # must not fail on odd text
    assert write_handout_csv(store, market.ws, store.path.parent / "h.csv") == len(PEOPLE)


def test_other_bad_input_is_refused(store: Store, market: Market) -> None:
    g = market.groups["A"]
    other_ws = orchestration.create_workshop(store, title="Ander").id
    stranger = wops.add_participant(store, other_ws, "Vreemde", "other").id
    with pytest.raises(InputError):
        ops.add_entry(store, market.ws, g, "aanbod", "ICT")
    with pytest.raises(InputError):
        ops.add_entry(store, market.ws, g, "supply", "ICT", [stranger])
    with pytest.raises(InputError):
        ops.add_entry(store, market.ws, g, "supply", "ICT", ["x" * 100_000])
    with pytest.raises(InputError):
        ops.add_entry(store, other_ws, g, "supply", "ICT")
    with pytest.raises(InputError):
        ops.add_entry(store, market.ws, g, "supply", "ICT", [], ["Bram"])
    with pytest.raises(InputError):
        ops.rename_subgroup(store, g, "\x00 ")
    with pytest.raises(InputError):
        links.dismiss_suggestion(store, "merge", market.e["s1"], market.e["s4"])
    with pytest.raises(InputError):
        ops.move_entry(store, market.e["s1"], 99_999, "supply", 0)
    assert len(load_market(store, market.ws).entries) == 14


# -- the hand-out ------------------------------------------------------------------------

def test_handout_csv_has_one_correct_row_per_person(store: Store, market: Market,
                                                    tmp_path: Path) -> None:
    e = market.e
    links.pool_entries(store, e["s1"], e["s4"])
    links.add_match(store, e["d1"], e["s2"])
    links.add_match(store, e["d3"], e["s3"])
    path = tmp_path / "hand-out.csv"
    assert write_handout_csv(store, market.ws, path) == 9
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh, delimiter=";"))
    assert rows[0] == ["Naam", "Subgroep", "Biedt aan", "Vraagt", "Contact"]
    assert [r[0] for r in rows[1:]] == [name for name, _ in PEOPLE]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["Bram Jansen"] == [
        "Bram Jansen", "A", "ICT in de les", "Ik wil leren omgaan met ADHD",
        "Carla Smit: biedt ook ict in de les | Anna de Vries: biedt Omgaan met ADHD in de klas"]
    assert by_name["Anna de Vries"][4] == (
        "Eva Mulder: gevraagd voor Differentiëren in grote klassen | "
        "Bram Jansen: wil van je leren over Omgaan met ADHD in de klas")
    assert by_name["Carla Smit"][3:] == [
        "Digitaal toetsen",
        "Bram Jansen: biedt ook ICT in de les | Sukru: gevraagd voor Digitaal toetsen | "
        "Şükrü Yılmaz: biedt Wiskunde-apps op de tablet"]
    assert by_name["Eva Mulder"][2:] == [
        "Formatief evalueren", "",
        "Anna de Vries: wil van je leren over Differentiëren in grote klassen"]
    assert by_name["Gert Visser"][2:4] == ["Formatief evalueren met exit tickets",
                                           "Lesgeven in het Engels"]
    assert [p.name for p in tmp_path.iterdir() if ".csv" in p.name] == ["hand-out.csv"]
    assert [r.name for r in handout(store, market.ws)] == [name for name, _ in PEOPLE]


def test_handout_neutralises_formulas_and_reports_unwritable_paths(
        store: Store, market: Market, tmp_path: Path) -> None:
    sneaky = wops.add_participant(store, market.ws, "=1+1", "other", "A").id
    ops.add_entry(store, market.ws, market.groups["A"], "supply", "@SUM(A1)", [sneaky])
    path = tmp_path / "h.csv"
    write_handout_csv(store, market.ws, path)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        row = list(csv.reader(fh, delimiter=";"))[-1]
    assert row[:3] == ["'=1+1", "A", "'@SUM(A1)"]
    with pytest.raises(InputError, match="kan niet worden geschreven"):
        write_handout_csv(store, market.ws, tmp_path / "missing" / "h.csv")


def snapshot_of(store: Store, ws: int) -> tuple:  # noqa: ANN001
    state = load_market(store, ws)
    return (sorted((g.id, g.name) for g in state.subgroups),
            sorted((d.id, d.text) for d in state.developments),
            state.entries, sorted(map(sorted, ([e.id for e in p] for p in state.pools()))),
            state.matches, sorted(state.dismissed))


def test_every_edit_undoes_and_redoes_to_the_same_board(qtbot, ctx, market: Market) -> None:
    """A whole session of commands, undone to the start and redone to the end, ids intact."""
    from app.commands import market as cmd

    store, e, g, p = ctx.store, market.e, market.groups, market.people
    wops.add_participant(store, market.ws, "Ilse", "other", "D")
    start = snapshot_of(store, market.ws)
    steps = [
        cmd.SubgroupsFromParticipants(store, market.ws),
        cmd.AddSubgroup(store, market.ws, "Sectie Engels"),
        cmd.AddEntry(store, market.ws, g["A"], "supply", "Coachen", [p["Anna"]]),
        cmd.UpdateEntry(store, e["d4"], text="Conflicten", sources=["Juf Ria"]),
        cmd.MoveEntry(store, e["s5"], g["C"], "supply", 0),
        cmd.PoolEntries(store, e["s1"], e["s4"]),
        cmd.PoolEntries(store, e["s6"], e["s8"]),
        cmd.PoolEntries(store, e["s1"], e["s6"]),
        cmd.Unpool(store, e["s8"]),
        cmd.AddMatch(store, e["d1"], e["s2"]),
        cmd.AddDevelopment(store, market.ws, "Tweetalig onderwijs"),
        cmd.DismissSuggestion(store, "match", e["d6"], e["s8"]),
        cmd.RenameSubgroup(store, g["B"], "Bèta"),
    ]
    for step in steps:
        assert ctx.push(step), step.text()
    dev_id = steps[10].row_id
    more = [cmd.SetFit(store, e["s7"], dev_id), cmd.RemoveMatch(store, load_market(
        store, market.ws).knots()[0].match_id), cmd.RemoveEntry(store, e["s3"]),
        cmd.RemoveSubgroup(store, g["C"]), cmd.RemoveDevelopment(store, dev_id)]
    for step in more:
        assert ctx.push(step), step.text()
    end = snapshot_of(store, market.ws)
    assert end != start
    while ctx.undo.canUndo():
        ctx.undo.undo()
    assert snapshot_of(store, market.ws) == start
    while ctx.undo.canRedo():
        ctx.undo.redo()
    assert snapshot_of(store, market.ws) == end
    assert not any(getattr(ctx.undo.command(i), "failed", False) for i in range(ctx.undo.count()))
