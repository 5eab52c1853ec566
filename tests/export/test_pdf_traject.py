"""The minutes and the traject: the red/green board's section, pairs of one point with several."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.export.pdf import build_minutes
from app.models import orchestration
from app.models import plusmin as pm
from app.models import reflection as rf
from app.models import workshop as ops
from app.models.store import Store


def _text(data: bytes) -> str:
    return re.sub(r"\s+", " ", "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages))


def test_the_minutes_show_the_red_green_board_with_names_or_anonymised(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Eerste groepsgesprek", template="first_session")
    pid = ops.add_participant(store, ws.id, "Ingrid Hofstra").id
    rf.add_note(store, ws.id, "Altijd dezelfde bovenbouwklassen", pid, -0.5, 0.0)
    rf.add_note(store, ws.id, "Lesstudie met de sectie", pid, 0.5, 0.0)
    rf.add_note(store, ws.id, "Misschien volgend jaar", None, 0.0, 0.3)
    text = _text(build_minutes(store, ws.id))
    assert "Versmallen of doorleren" in text
    assert "Post-its in de rode cirkel: 1 · in de groene cirkel: 1 · ertussenin: 1" in text
    assert "Rood: versmallingsroute (1)" in text and "Groen: leerroute (1)" in text
    assert "Altijd dezelfde bovenbouwklassen — Ingrid Hofstra" in text
    anonymous = _text(build_minutes(store, ws.id, anonymise=True))
    assert "Ingrid" not in anonymous and "Hofstra" not in anonymous
    assert "Lesstudie met de sectie — Deelnemer 1" in anonymous


def test_the_minutes_keep_a_point_tied_to_several_together(store: Store) -> None:
    ws = orchestration.create_workshop(store, title="Koppelen")
    theme = pm.add_theme(store, ws.id, "Feedback en bespreekbaarheid")
    plus = pm.add_item(store, theme.id, "plus", "Veel terugkoppeling van leerlingen").id
    first = pm.add_item(store, theme.id, "min", "Weinig feedback van collega's").id
    second = pm.add_item(store, theme.id, "min", "Feedback blijft vrijblijvend").id
    lonely = pm.add_item(store, theme.id, "min", "Beelden blijven onbesproken").id
    pm.pair_items(store, plus, first)
    pm.pair_items(store, plus, second)
    text = _text(build_minutes(store, ws.id))
    assert "Veel terugkoppeling van leerlingen Weinig feedback van collega's" in text
    assert "(idem) Feedback blijft vrijblijvend" in text
    assert "nog geen positieve kant Beelden blijven onbesproken" in text
    assert "1 punt staat nog zonder tegenhanger" in text
    del lonely
