"""Matching v1: rank partners for an organisation, and organisations and opportunities for a question.

Two organisations fit when what one seeks meets what the other offers, in both directions. Candidates come
from the vector indexes; hard filters drop what must not be suggested; each remaining candidate gets explicit
score parts, fused by weights into one score, and an explanation of the parts and the texts that matched.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.geo import haversine_km
from matcher.engine.index import IndexSet
from matcher.engine.pairing import PairingRules
from matcher.engine.texts import first_sentence

# Hand-set weights of the score parts; a later version learns them from outcomes.
DEFAULT_WEIGHTS: dict[str, float] = {
    "need_offer": 0.30,  # what the organisation seeks, met by what the candidate offers
    "offer_need": 0.30,  # what the candidate seeks, met by what the organisation offers
    "profile": 0.20,  # how close the two profiles are overall
    "keywords": 0.12,  # shared keywords and sectors
    "proximity": 0.08,  # how near they are
}
PROXIMITY_SCALE_KM = 40.0  # proximity is exp(-distance / scale)
MIN_EXPLAINED_SIMILARITY = 0.2  # below this, a best text pair is no reason worth showing
SEARCH_DENSE_SHARE = 0.8
_TOKEN = re.compile(r"[\wäöüß]{3,}", re.IGNORECASE)
_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "who",
        "can",
        "near",
        "our",
        "are",
        "you",
        "that",
        "this",
        "from",
        "und",
        "der",
        "die",
        "das",
        "mit",
        "für",
        "wer",
        "kann",
        "bei",
        "nach",
        "von",
        "ein",
        "eine",
        "einen",
        "einem",
        "zum",
        "zur",
        "sich",
        "auf",
        "aus",
        "wie",
    ]
)


@dataclass
class Filters:
    kinds: list[str] | None = None
    country: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    pairing: PairingRules | None = None
    exclude: set[int] = field(default_factory=set)

    def place_allows(self, org: OrgDoc) -> bool:
        if self.near is None or self.radius_km is None:
            return True
        if org.latitude is None or org.longitude is None:
            return False
        return haversine_km(self.near[0], self.near[1], org.latitude, org.longitude) <= self.radius_km


@dataclass
class ScorePart:
    name: str
    value: float
    weight: float

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass
class TextMatch:
    """One text of the seeking side that met one text of the offering side."""

    seeker_id: int
    need: str
    need_opportunity_id: int | None
    provider_id: int
    offer: str
    offer_opportunity_id: int | None  # None: the provider's profile
    similarity: float


@dataclass
class Match:
    org_id: int
    score: float
    parts: list[ScorePart]
    need_offer: TextMatch | None  # the organisation seeks, the candidate offers
    offer_need: TextMatch | None  # the candidate seeks, the organisation offers
    shared_keywords: list[str]
    shared_sectors: list[str]
    distance_km: float | None

    def shares(self) -> dict[str, float]:
        total = sum(p.contribution for p in self.parts)
        return {p.name: (p.contribution / total if total > 0 else 0.0) for p in self.parts}


@dataclass
class OrgHit:
    org_id: int
    score: float
    dense: float
    lexical: float
    matched_text: str
    matched_opportunity_id: int | None
    matched_terms: list[str]
    distance_km: float | None


@dataclass
class OppHit:
    opportunity_id: int
    org_id: int
    score: float


@dataclass
class SearchResult:
    organisations: list[OrgHit]
    opportunities: list[OppHit]


def distance_between(a: OrgDoc, b: OrgDoc) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def overlap(a: set[str], b: set[str]) -> float:
    """Ochiai coefficient: shared / sqrt(|a| |b|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def query_terms(text: str) -> list[str]:
    return list(dict.fromkeys(t.casefold() for t in _TOKEN.findall(text) if t.casefold() not in _STOPWORDS))


class MatchEngine:
    """Holds the catalogue and the indexes; all reads and writes go through one lock."""

    def __init__(self, catalogue: Catalogue, indexes: IndexSet, pairing: PairingRules) -> None:
        self.catalogue = catalogue
        self.indexes = indexes
        self.pairing = pairing
        self.weights = dict(DEFAULT_WEIGHTS)
        self.lock = threading.RLock()

    # --- helpers --------------------------------------------------------------------------------------

    def _active(self, org: OrgDoc, direction: str, today: date) -> list[int]:
        index = self.indexes.offers if direction == "offer" else self.indexes.requests
        return [
            o.id
            for o in org.opportunities
            if o.direction == direction and o.is_active(today) and o.id in index
        ]

    def _passes(self, org: OrgDoc | None, source: OrgDoc | None, filters: Filters) -> bool:
        if org is None or org.visibility == "hidden" or org.id in filters.exclude:
            return False
        if filters.kinds and org.kind not in filters.kinds:
            return False
        if filters.country and org.country != filters.country:
            return False
        if source is not None:
            if org.id == source.id or org.id in self.catalogue.partners_of(source.id):
                return False
            if not (filters.pairing or self.pairing).allows(source.kind, org.kind):
                return False
        return filters.place_allows(org)

    def _orgs_of(self, ids: np.ndarray, opportunities: bool) -> set[int]:
        found: set[int] = set()
        for raw in ids.ravel():
            i = int(raw)
            if i < 0:
                continue
            if opportunities:
                opp = self.catalogue.opps.get(i)
                if opp is not None:
                    found.add(opp.organisation_id)
            else:
                found.add(i)
        return found

    # --- matching ---------------------------------------------------------------------------------------

    def match(
        self, org_id: int, k: int = 10, filters: Filters | None = None, today: date | None = None
    ) -> list[Match]:
        filters = filters or Filters()
        today = today or date.today()
        with self.lock:
            source = self.catalogue.orgs[org_id]
            idx = self.indexes
            request_ids = self._active(source, "request", today)
            offer_ids = self._active(source, "offer", today)
            needs = idx.requests.vectors(request_ids)
            profile = (
                idx.profiles.vectors([org_id]) if org_id in idx.profiles else np.zeros((0, idx.dimension))
            )
            gives = np.vstack([profile, idx.offers.vectors(offer_ids)]).astype(np.float32)
            give_ids: list[int | None] = [None] * len(profile) + list(offer_ids)

            total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
            pool = max(100, 20 * k)
            while True:
                candidates: set[int] = set()
                if len(needs):
                    candidates |= self._orgs_of(idx.offers.search(needs, pool)[1], opportunities=True)
                    candidates |= self._orgs_of(idx.profiles.search(needs, pool)[1], opportunities=False)
                if len(gives):
                    candidates |= self._orgs_of(idx.requests.search(gives, pool)[1], opportunities=True)
                    candidates |= self._orgs_of(idx.profiles.search(gives[:1], pool)[1], opportunities=False)
                kept = [c for c in candidates if self._passes(self.catalogue.orgs.get(c), source, filters)]
                if len(kept) >= 3 * k or pool >= total:
                    break
                pool *= 4
            matches = self._score(source, kept, request_ids, needs, give_ids, gives, today)
        matches.sort(key=lambda m: (-m.score, m.org_id))
        return matches[:k]

    def _score(
        self,
        source: OrgDoc,
        candidate_ids: list[int],
        need_ids: list[int],
        needs: np.ndarray,
        give_ids: list[int | None],
        gives: np.ndarray,
        today: date,
    ) -> list[Match]:
        if not candidate_ids:
            return []
        idx = self.indexes
        cat = self.catalogue
        # Columns of "what candidates offer" (profile + active offers) and "what they seek", grouped by org.
        offer_cols: list[tuple[int, int | None]] = []
        need_cols: list[tuple[int, int]] = []
        for cid in candidate_ids:
            org = cat.orgs[cid]
            if cid in idx.profiles:
                offer_cols.append((cid, None))
            offer_cols.extend((cid, oid) for oid in self._active(org, "offer", today))
            need_cols.extend((cid, oid) for oid in self._active(org, "request", today))
        offer_vecs = np.vstack(
            [
                idx.profiles.vectors([c for c, o in offer_cols if o is None]),
                idx.offers.vectors([o for _, o in offer_cols if o is not None]),
            ]
        )
        # vstack put profiles first: reorder the column labels to the same order
        offer_cols = [c for c in offer_cols if c[1] is None] + [c for c in offer_cols if c[1] is not None]
        need_vecs = idx.requests.vectors([o for _, o in need_cols])
        sim_need_offer = (
            needs @ offer_vecs.T if len(needs) and len(offer_vecs) else np.zeros((0, len(offer_cols)))
        )
        sim_offer_need = (
            gives @ need_vecs.T if len(gives) and len(need_vecs) else np.zeros((0, len(need_cols)))
        )
        has_profile = source.id in idx.profiles
        profile_sims = {}
        if has_profile and offer_cols:
            src = idx.profiles.vectors([source.id])[0]
            for col, (cid, oid) in enumerate(offer_cols):
                if oid is None:
                    profile_sims[cid] = float(offer_vecs[col] @ src)

        active = {
            "need_offer": len(need_ids) > 0,
            "offer_need": len(need_cols) > 0 and len(gives) > 0,
            "profile": has_profile,
            "keywords": True,
            "proximity": True,
        }
        weight_sum = sum(w for name, w in self.weights.items() if active[name])
        weights = {name: (w / weight_sum if active[name] else 0.0) for name, w in self.weights.items()}
        source_terms = source.keyword_set(today)
        source_sectors = set(source.sectors)

        offer_cols_by_org: dict[int, list[int]] = {}
        for col, (cid, _) in enumerate(offer_cols):
            offer_cols_by_org.setdefault(cid, []).append(col)
        need_cols_by_org: dict[int, list[int]] = {}
        for col, (cid, _) in enumerate(need_cols):
            need_cols_by_org.setdefault(cid, []).append(col)

        matches: list[Match] = []
        for cid in candidate_ids:
            cand = cat.orgs[cid]
            need_offer, best_no = self._best(sim_need_offer, offer_cols_by_org.get(cid, []))
            offer_need, best_on = self._best(sim_offer_need, need_cols_by_org.get(cid, []))
            terms = cand.keyword_set(today)
            sectors = set(cand.sectors)
            keyword_value = overlap(
                source_terms | {f"sector:{s}" for s in source_sectors},
                terms | {f"sector:{s}" for s in sectors},
            )
            distance = distance_between(source, cand)
            values = {
                "need_offer": max(0.0, need_offer),
                "offer_need": max(0.0, offer_need),
                "profile": max(0.0, profile_sims.get(cid, 0.0)),
                "keywords": keyword_value,
                "proximity": math.exp(-distance / PROXIMITY_SCALE_KM) if distance is not None else 0.0,
            }
            parts = [ScorePart(name, values[name], weights[name]) for name in self.weights if active[name]]
            text_no = text_on = None
            if best_no is not None and need_offer >= MIN_EXPLAINED_SIMILARITY:
                row, col = best_no
                text_no = self._text_match(source, need_ids[row], cand, offer_cols[col][1], need_offer)
            if best_on is not None and offer_need >= MIN_EXPLAINED_SIMILARITY:
                row, col = best_on
                text_on = self._text_match(cand, need_cols[col][1], source, give_ids[row], offer_need)
            matches.append(
                Match(
                    org_id=cid,
                    score=sum(p.contribution for p in parts),
                    parts=parts,
                    need_offer=text_no,
                    offer_need=text_on,
                    shared_keywords=sorted(source_terms & terms),
                    shared_sectors=sorted(source_sectors & sectors),
                    distance_km=distance,
                )
            )
        return matches

    @staticmethod
    def _best(sims: np.ndarray, cols: list[int]) -> tuple[float, tuple[int, int] | None]:
        if not cols or sims.shape[0] == 0:
            return 0.0, None
        block = sims[:, cols]
        row, col = np.unravel_index(int(np.argmax(block)), block.shape)
        return float(block[row, col]), (int(row), cols[int(col)])

    def _text_match(
        self, seeker: OrgDoc, need_id: int, provider: OrgDoc, offer_id: int | None, similarity: float
    ) -> TextMatch:
        need = self.catalogue.opps[need_id]
        if offer_id is None:
            offer_text = first_sentence(provider.description) or provider.display_name
        else:
            offer = self.catalogue.opps[offer_id]
            offer_text = f"{offer.title}. {offer.summary}".strip()
        return TextMatch(
            seeker_id=seeker.id,
            need=f"{need.title}. {need.summary}".strip(),
            need_opportunity_id=need_id,
            provider_id=provider.id,
            offer=offer_text,
            offer_opportunity_id=offer_id,
            similarity=similarity,
        )

    # --- free-text search -----------------------------------------------------------------------------

    def search(
        self,
        query: str,
        query_vector: np.ndarray,
        k: int = 10,
        filters: Filters | None = None,
        today: date | None = None,
    ) -> SearchResult:
        filters = filters or Filters()
        today = today or date.today()
        terms = query_terms(query)
        qv = query_vector.reshape(1, -1).astype(np.float32)
        with self.lock:
            idx = self.indexes
            total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
            pool = max(100, 10 * k)
            while True:
                best: dict[int, tuple[float, int | None]] = {}
                opp_hits: list[OppHit] = []
                scores, ids = idx.profiles.search(qv, pool)
                for s, i in zip(scores[0], ids[0], strict=True):
                    if i >= 0:
                        best[int(i)] = (float(s), None)
                for index in (idx.offers, idx.requests):
                    scores, ids = index.search(qv, pool)
                    for s, i in zip(scores[0], ids[0], strict=True):
                        opp = self.catalogue.opps.get(int(i))
                        if opp is None or not opp.is_active(today):
                            continue
                        opp_hits.append(OppHit(opp.id, opp.organisation_id, float(s)))
                        if (
                            opp.direction == "offer"
                            and float(s) > best.get(opp.organisation_id, (-1.0, None))[0]
                        ):
                            best[opp.organisation_id] = (float(s), opp.id)
                kept = {
                    o: v for o, v in best.items() if self._passes(self.catalogue.orgs.get(o), None, filters)
                }
                if len(kept) >= k or pool >= total:
                    break
                pool *= 4
            hits = []
            for org_id, (dense, opp_id) in kept.items():
                org = self.catalogue.orgs[org_id]
                haystack = " ".join(
                    [org.display_name, org.city or "", *org.keywords, *org.sectors]
                ).casefold()
                matched = [t for t in terms if t in haystack]
                lexical = len(matched) / len(terms) if terms else 0.0
                text = (
                    f"{self.catalogue.opps[opp_id].title}. {self.catalogue.opps[opp_id].summary}"
                    if opp_id is not None
                    else first_sentence(org.description)
                )
                distance = None
                if filters.near and org.latitude is not None and org.longitude is not None:
                    distance = haversine_km(filters.near[0], filters.near[1], org.latitude, org.longitude)
                hits.append(
                    OrgHit(
                        org_id=org_id,
                        score=SEARCH_DENSE_SHARE * max(0.0, dense) + (1 - SEARCH_DENSE_SHARE) * lexical,
                        dense=dense,
                        lexical=lexical,
                        matched_text=text,
                        matched_opportunity_id=opp_id,
                        matched_terms=matched,
                        distance_km=distance,
                    )
                )
            opps = [h for h in opp_hits if self._passes(self.catalogue.orgs.get(h.org_id), None, filters)]
        hits.sort(key=lambda h: (-h.score, h.org_id))
        opps.sort(key=lambda h: (-h.score, h.opportunity_id))
        return SearchResult(organisations=hits[:k], opportunities=opps[:k])
