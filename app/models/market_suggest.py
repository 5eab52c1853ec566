"""Suggested pools and knots for the plenary: fuzzy matching, never applied by itself.

Texts are compared after normalising case, accents and spacing ("ICT in de les"
equals "ict  in de les"; "Şükrü" equals "Sukru") and leaving out small Dutch
function words, with rapidfuzz's ``token_set_ratio``. A suggestion only becomes
a pool or a knot when the facilitator accepts it; a dismissed one is stored and
not offered again.

Two kinds:
- ``pool``: two supply lines that look like the same expertise.
- ``match``: a demand that a supply seems to answer, because the texts are alike
  or because the demand names, perhaps spelled differently, the colleague who
  offers it ("van Sukru" while Şükrü Yılmaz offers something).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.models.market_analysis import EntryView, MarketState, PersonRef

TEXT_THRESHOLD = 85  # token_set_ratio for "same expertise" / "answers the demand"
NAME_THRESHOLD = 85  # ratio for "probably the same person"
RELATED_THRESHOLD = 50  # a named colleague offering several things: the text must relate a bit

FUNCTION_WORDS = frozenset(
    "de het een en of in op aan bij van voor met om te tot over naar uit door als "
    "ik je jij u we wij mijn jouw hoe wat meer graag wil willen zou kunnen leren".split())

_FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe",
                       "ß": "ss", "þ": "th", "ĳ": "ij", "ŀ": "l"})


def normalise(text: str) -> str:
    """Casefolded, without accents, punctuation as spaces, single spaces."""
    folded = unicodedata.normalize("NFKD", str(text).casefold().translate(_FOLD))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def content(text: str) -> str:
    """The normalised words that carry meaning (all words if only function words remain)."""
    words = normalise(text).split()
    kept = [w for w in words if w not in FUNCTION_WORDS]
    return " ".join(kept or words)


def name_score(a: str, b: str) -> float:
    """How likely two names are the same person: whole names, or a first name alone."""
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    from rapidfuzz import fuzz  # loaded on the first suggestion, not at start-up

    scores = [fuzz.ratio(na, nb)]
    if " " in na and " " not in nb:
        scores.append(fuzz.ratio(na.split()[0], nb))
    if " " in nb and " " not in na:
        scores.append(fuzz.ratio(na, nb.split()[0]))
    return max(scores)


@dataclass(frozen=True)
class Suggestion:
    """A pool or knot the app proposes.

    kind: "pool" (a_id < b_id, both supply) or "match" (a_id demand, b_id supply).
    reason: "text" (the texts are alike) or "person" (the demand names the offerer).
    person: for "person", the name as written on the demand.
    """

    kind: str
    a_id: int
    b_id: int
    score: int
    reason: str = "text"
    person: str = ""

    @property
    def key(self) -> tuple[str, int, int]:
        return self.kind, self.a_id, self.b_id


def same_person(a: PersonRef, b: PersonRef) -> float:
    """100 for the same participant; else the name score (a free name may be anyone)."""
    if a.participant_id is not None and a.participant_id == b.participant_id:
        return 100.0
    if a.participant_id is not None and b.participant_id is not None:
        return 0.0
    return name_score(a.name, b.name)


def suggest(state: MarketState) -> list[Suggestion]:
    """Open suggestions, best first: not yet pooled or tied, not dismissed."""
    found = _pool_suggestions(state) + _match_suggestions(state)
    found = [s for s in found if s.key not in state.dismissed]
    return sorted(found, key=lambda s: (-s.score, s.kind != "pool", s.a_id, s.b_id))


def _pool_suggestions(state: MarketState) -> list[Suggestion]:
    from rapidfuzz import fuzz, process

    supply = state.side("supply")
    texts = {e.id: content(e.text) for e in supply}
    out = []
    for i, entry in enumerate(supply):
        later = {e.id: texts[e.id] for e in supply[i + 1:]}
        for _, score, other_id in process.extract(texts[entry.id], later, scorer=fuzz.token_set_ratio,
                                                  score_cutoff=TEXT_THRESHOLD, limit=None):
            pool = state.pool_of.get(entry.id)
            if pool is not None and pool == state.pool_of.get(other_id):
                continue
            a, b = sorted((entry.id, other_id))
            out.append(Suggestion("pool", a, b, round(score)))
    return out


def _match_suggestions(state: MarketState) -> list[Suggestion]:
    from rapidfuzz import fuzz, process

    supply = state.side("supply")
    texts = {e.id: content(e.text) for e in supply}
    offers: dict[str, int] = {}
    for e in supply:
        for p in e.owners:
            offers[_person_key(p)] = offers.get(_person_key(p), 0) + 1
    tied = {(d, s) for _, d, s in state.matches}
    out = []
    for demand in state.side("demand"):
        scores = {sid: score for _, score, sid in process.extract(
            content(demand.text), texts, scorer=fuzz.token_set_ratio, limit=None)}
        for entry in supply:
            if (demand.id, entry.id) in tied or _own_offer(demand, entry):
                continue
            found = _match(demand, entry, scores.get(entry.id, 0.0), offers)
            if found is not None:
                out.append(found)
    return out


def _person_key(p: PersonRef) -> str:
    return f"#{p.participant_id}" if p.participant_id is not None else normalise(p.name)


def _own_offer(demand: EntryView, supply: EntryView) -> bool:
    askers = {p.participant_id for p in demand.owners if p.participant_id is not None}
    offerers = {p.participant_id for p in supply.owners if p.participant_id is not None}
    return bool(askers) and askers == offerers


def _match(demand: EntryView, supply: EntryView, score: float,
           offers: dict[str, int]) -> Suggestion | None:
    for source in demand.sources:
        for owner in supply.owners:
            likeness = same_person(source, owner)
            if likeness >= NAME_THRESHOLD and (score >= RELATED_THRESHOLD
                                               or offers.get(_person_key(owner), 0) == 1):
                return Suggestion("match", demand.id, supply.id, round(max(score, likeness)),
                                  "person", source.name)
    if score >= TEXT_THRESHOLD:
        return Suggestion("match", demand.id, supply.id, round(score))
    return None
