"""The one-page *verslag*: the record for everyone at school.

The method asks for something short and attractive that invites reflection, besides
the full minutes. One A4 page: the title, the main result of each board in one
glance (the ring with the most post-its, the knots tied, the most urgent theme, the
red/green balance), three to five chosen points and the actions. Anonymised by
default: participants become "Deelnemer n", other colleagues "Collega n", and the
facilitator is left out; names inside texts are scrubbed the same way.

Everything comes from :func:`app.export.pdf.gather`, so the verslag and the minutes
agree. reportlab is imported only when a verslag is built.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.export import MinutesError
from app.export.pdf import Minutes, gather, write_atomically
from app.models.store import Store

MIN_POINTS, MAX_POINTS = 3, 5
POINT_LIMIT = 220  # characters of one chosen point on the page
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s*")



def candidate_points(store: Store, workshop_id: int, *, anonymise: bool = True) -> list[str]:
    """Points the facilitator can choose from: lines of the shared round notes, then the
    most urgent theme's points. Already anonymised when asked."""
    m = gather(store, workshop_id, anonymise=anonymise)
    out: list[str] = []
    for r in m.rounds:
        for line in (r.notes or "").splitlines():
            line = _BULLET.sub("", line).strip()
            if line and line not in out:
                out.append(line)
    for theme in m.urgency[:1]:  # the most urgent theme, as the model ranks them
        for plus, minus in theme.rows:
            for point in (plus, minus):
                if point and point not in out and point != _idem():
                    out.append(point)
    return out


def _idem() -> str:
    return QCoreApplication.translate("Minutes", "(idem)")


def choose_points(points: list[str] | None, candidates: list[str]) -> list[str]:
    """The points printed: the chosen ones (at most five), else the first candidates."""
    chosen = [p.strip() for p in (points if points is not None else candidates[:MAX_POINTS]) if p.strip()]
    return chosen[:MAX_POINTS]


def highlights(m: Minutes) -> list[tuple[str, str]]:
    """(board, main result) for every board that was used, in the order of the method."""
    from app.export import pdf_circle, pdf_reflection

    out: list[tuple[str, str]] = []
    if m.stories:
        if m.tally.most:
            most = m.tally.top
            rings = [pdf_circle.ring_name(r) for r in m.tally.most]
            joined = rings[0] if len(rings) == 1 else (", ".join(rings[:-1]) + QCoreApplication.translate("Verslag", " en ") + rings[-1])
            out.append((QCoreApplication.translate("Verslag", "Cirkel van invloed"),
                        QCoreApplication.translate("Verslag", "De meeste post-its: {rings} ({n})").format(rings=joined, n=most)))
    market = m.market
    if market is not None and (market.matches or market.pools):
        knots, pools = len(market.matches), len(market.pools)
        bits = [QCoreApplication.translate("Verslag", "1 verbinding tussen vraag en aanbod") if knots == 1
                else QCoreApplication.translate("Verslag", "{n} verbindingen tussen vraag en aanbod").format(n=knots)]
        if pools:
            bits.append(QCoreApplication.translate("Verslag", "1 keer aanbod gebundeld") if pools == 1
                        else QCoreApplication.translate("Verslag", "{n} keer aanbod gebundeld").format(n=pools))
        out.append((QCoreApplication.translate("Verslag", "Marktplaats"), ", ".join(bits)))
    if m.urgency:
        out.append((QCoreApplication.translate("Verslag", "Plus-min-schema"), QCoreApplication.translate("Verslag", "Meest urgent: {title}").format(title=m.urgency[0].title)))
    if m.reflection:
        c = pdf_reflection.counts(m)
        out.append((QCoreApplication.translate("Verslag", "Versmallen of doorleren"),
                    QCoreApplication.translate("Verslag", "Rood {red} · ertussen {between} · groen {green}").format(**c)))
    return out


def build_verslag(store: Store, workshop_id: int, *, anonymise: bool = True,
                  points: list[str] | None = None) -> bytes:
    """The verslag as PDF bytes (always one page: the content shrinks to fit if it must)."""
    m = gather(store, workshop_id, anonymise=anonymise)
    candidates = candidate_points(store, workshop_id, anonymise=anonymise)
    if anonymise and points is not None:  # typed points are scrubbed like everything else
        from app.export.pdf_names import Namer
        from app.models.workshop import get_workshop, list_participants

        ws = get_workshop(store, workshop_id)
        namer = Namer(list_participants(store, workshop_id), ws.facilitator if ws else "", True)
        points = [namer.text(p, POINT_LIMIT) for p in points]
    chosen = [p if len(p) <= POINT_LIMIT else p[:POINT_LIMIT - 1].rstrip() + "…"
              for p in choose_points(points, candidates)]
    from app.export.verslag_layout import render  # reportlab loads here, not at start-up

    try:
        return render(m, highlights(m), chosen, traject_titles(store, workshop_id))
    except MinutesError:
        raise
    except Exception as exc:  # a layout failure must not crash the app
        raise MinutesError(QCoreApplication.translate("Verslag", "Het verslag kon niet worden opgemaakt ({error}).").format(
            error=f"{exc.__class__.__name__}: {exc}")) from exc


def traject_titles(store: Store, workshop_id: int) -> list[tuple[str, bool]]:
    """The traject's sessions as (label, is this one), when there is more than one."""
    from app.models.traject import traject_members

    members = traject_members(store, workshop_id)
    if len(members) < 2:
        return []
    return [(f"{template_name(w.template)} ({w.date.strftime('%d-%m-%Y')})", w.id == workshop_id)
            for w in members]


def template_name(template: str) -> str:
    return {"first_session": QCoreApplication.translate("Verslag", "Eerste groepsgesprek"),
            "follow_up": QCoreApplication.translate("Verslag", "Vervolggesprek")}.get(template, QCoreApplication.translate("Verslag", "Bijeenkomst"))


def export_verslag(store: Store, workshop_id: int, path: Path | str, *, anonymise: bool = True,
                   points: list[str] | None = None) -> Path:
    """Build the verslag and write it to ``path`` atomically; returns the path."""
    target = Path(path).expanduser()
    if target.is_dir():
        raise MinutesError(QCoreApplication.translate("Verslag", "{path} is een map: kies een bestandsnaam voor het verslag.").format(path=target))
    if not target.parent.is_dir():
        raise MinutesError(QCoreApplication.translate("Verslag", "De map {folder} bestaat niet. Kies een andere map.").format(folder=target.parent))
    write_atomically(target, build_verslag(store, workshop_id, anonymise=anonymise, points=points))
    return target
