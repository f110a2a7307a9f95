"""The matching engine: partners for an organisation, and organisations and opportunities for a question.

Two organisations fit when what one seeks meets what the other offers, in both directions, and the pairing
makes sense for their kinds. A match runs in four steps:
1. candidates from several retrievers: dense vectors (FAISS: needs against offers and profiles, offers and
   profile against requests, profile against profiles), lexical (BM25 with German and English word forms),
   the cooperation network (partners of partners), the partners of organisations with similar profiles, and
   the activity prior (the most connected organisations);
2. hard filters: never itself, its partners, hidden profiles, excluded pairs, kinds the pairing rules
   exclude, places outside the radius; expired or unpublished opportunities never count;
3. features for every candidate (`ranking.FEATURES`), fused by the ranker's weights into one score;
4. optionally a diversity re-ranking (MMR over profile vectors), so that the top is not a row of near-copies.
Every match carries its explanation: each feature's value, weight and share, and the texts that matched.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import numpy as np

from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.geo import haversine_km
from matcher.engine.index import IndexSet
from matcher.engine.pairing import DEFAULT, PairingRules
from matcher.engine.ranking import DEFAULT_RANKER, FEATURES, Ranker
from matcher.engine.texts import first_sentence

Network = Mapping[int, set[int]]

PROXIMITY_SCALE_KM = 40.0  # proximity is exp(-distance / scale)
FRESHNESS_SCALE_DAYS = 365.0  # freshness is exp(-age / scale)
MIN_EXPLAINED_SIMILARITY = 0.2  # below this, a best text pair is no reason worth showing
POPULAR_CANDIDATES = 50  # the activity prior's share of the candidate pool
NEUTRAL_FEEDBACK = 0.5  # the feedback value of an organisation without decided introductions
PEERS = 200  # how many organisations with similar profiles vote for their partners (the `peers` feature)
PEER_VOTERS_SHOWN = 5  # similar organisations kept to explain the `peers` feature
PEER_CANDIDATES = 100  # the peers retriever's share of the candidate pool
SEARCH_DENSE_SHARE = 0.7  # free-text search: dense similarity vs BM25
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
    shared_partners: list[int] = field(default_factory=list)
    peer_voters: list[int] = field(default_factory=list)  # similar organisations that work with the candidate

    def shares(self) -> dict[str, float]:
        total = sum(p.contribution for p in self.parts)
        return {p.name: (p.contribution / total if total > 0 else 0.0) for p in self.parts}


@dataclass
class FeatureTable:
    """Feature values of each candidate (rows in `candidate_ids` order) and what explains them."""

    candidate_ids: list[int]
    values: np.ndarray  # shape (len(candidate_ids), len(FEATURES))
    active: dict[str, bool]
    need_offer: list[TextMatch | None]
    offer_need: list[TextMatch | None]
    shared_keywords: list[list[str]]
    shared_sectors: list[list[str]]
    shared_partners: list[list[int]]
    distances: list[float | None]
    peer_voters: list[list[int]] = field(default_factory=list)


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
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def overlap(a: set[str], b: set[str]) -> float:
    """Ochiai coefficient: shared / sqrt(|a| |b|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def adamic_adar(network: Network, a: int, b: int) -> tuple[float, list[int]]:
    """Sum of 1 / log(degree) over the partners a and b share, and those partners."""
    shared = sorted(network.get(a, set()) & network.get(b, set()))
    return sum(1.0 / math.log(max(len(network.get(z, ())), 2)) for z in shared), shared


def peer_votes(similar: list[tuple[int, float]], network: Network) -> dict[int, float]:
    """Partners of organisations with similar profiles: each similar organisation votes for its partners with
    its similarity, divided by the log of its number of partners (so that hubs do not drown the rest)."""
    votes: dict[int, float] = {}
    for peer, similarity in similar:
        partners = network.get(peer)
        if not partners or similarity <= 0:
            continue
        weight = similarity / math.log(max(len(partners), 2))
        for partner in partners:
            votes[partner] = votes.get(partner, 0.0) + weight
    return votes


def query_terms(text: str) -> list[str]:
    return list(dict.fromkeys(t.casefold() for t in _TOKEN.findall(text) if t.casefold() not in _STOPWORDS))


class MatchEngine:
    """Holds the catalogue, the indexes and the ranker; all reads and writes go through one lock."""

    def __init__(
        self,
        catalogue: Catalogue,
        indexes: IndexSet,
        pairing: PairingRules,
        ranker: Ranker = DEFAULT_RANKER,
        diversity: float = 0.0,
    ) -> None:
        self.catalogue = catalogue
        self.indexes = indexes
        self.pairing = pairing
        self.ranker = ranker
        self.diversity = diversity
        # organisation id -> how its introductions went, between 0 and 1 (set by the matching service)
        self.feedback: Mapping[int, float] = {}
        self.lock = threading.RLock()

    # --- helpers --------------------------------------------------------------------------------------

    def _active(self, org: OrgDoc, direction: str, today: date) -> list[int]:
        index = self.indexes.offers if direction == "offer" else self.indexes.requests
        return [
            o.id
            for o in org.opportunities
            if o.direction == direction and o.is_active(today) and o.id in index
        ]

    def _passes(self, org: OrgDoc | None, source: OrgDoc | None, filters: Filters, network: Network) -> bool:
        if org is None or org.visibility == "hidden" or org.id in filters.exclude:
            return False
        if filters.kinds and org.kind not in filters.kinds:
            return False
        if filters.country and org.country != filters.country:
            return False
        if source is not None:
            if org.id == source.id or org.id in network.get(source.id, ()):
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

    def _peers(self, source: OrgDoc, network: Network) -> dict[int, float]:
        """`peer_votes` of the PEERS organisations whose profiles are closest to the source's profile."""
        return peer_votes(self._similar(source, network), network)

    def _similar(self, source: OrgDoc, network: Network) -> list[tuple[int, float]]:
        """The PEERS organisations whose profiles are closest to the source's, most similar first."""
        profiles = self.indexes.profiles
        if source.id not in profiles or not network:
            return []
        sims, ids = profiles.search(profiles.vectors([source.id]), PEERS + 1)
        return [(int(i), float(s)) for i, s in zip(ids[0], sims[0], strict=True) if i >= 0 and i != source.id]

    # --- step 1: candidates ---------------------------------------------------------------------------

    def candidates(
        self, source: OrgDoc, filters: Filters, k: int, today: date, network: Network
    ) -> list[int]:
        idx = self.indexes
        needs = idx.requests.vectors(self._active(source, "request", today))
        profile = (
            idx.profiles.vectors([source.id]) if source.id in idx.profiles else np.zeros((0, idx.dimension))
        )
        gives = np.vstack([profile, idx.offers.vectors(self._active(source, "offer", today))]).astype(
            np.float32
        )
        lexical_text = source.lexical_text()
        neighbours = network.get(source.id, set())
        two_hop = {c for p in neighbours for c in network.get(p, ())}
        popular = sorted(network, key=lambda o: (-len(network[o]), o))[:POPULAR_CANDIDATES]
        peers = self._peers(source, network)
        peer_top = sorted(peers, key=lambda o: (-peers[o], o))[:PEER_CANDIDATES]
        total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
        pool = max(100, 20 * k)
        while True:
            found: set[int] = set(two_hop) | set(popular) | set(peer_top)
            if len(needs):
                found |= self._orgs_of(idx.offers.search(needs, pool)[1], opportunities=True)
                found |= self._orgs_of(idx.profiles.search(needs, pool)[1], opportunities=False)
            if len(gives):
                found |= self._orgs_of(idx.requests.search(gives, pool)[1], opportunities=True)
            if len(profile):
                found |= self._orgs_of(idx.profiles.search(profile, pool)[1], opportunities=False)
            found |= {i for i, _ in self.catalogue.lexical.top(lexical_text, pool)}
            kept = [c for c in found if self._passes(self.catalogue.orgs.get(c), source, filters, network)]
            if len(kept) >= 3 * k or pool >= total:
                return sorted(kept)
            pool *= 4

    # --- step 3: features -----------------------------------------------------------------------------

    def features(
        self, source: OrgDoc, candidate_ids: list[int], today: date, network: Network | None = None
    ) -> FeatureTable:
        network = self.catalogue.partners if network is None else network
        idx, cat = self.indexes, self.catalogue
        n = len(candidate_ids)
        values = np.zeros((n, len(FEATURES)), dtype=np.float64)
        col = {name: i for i, name in enumerate(FEATURES)}
        need_ids = self._active(source, "request", today)
        needs = idx.requests.vectors(need_ids)
        has_profile = source.id in idx.profiles
        give_ids: list[int | None] = ([None] if has_profile else []) + list(
            self._active(source, "offer", today)
        )
        gives = np.vstack(
            [
                idx.profiles.vectors([source.id]) if has_profile else np.zeros((0, idx.dimension)),
                idx.offers.vectors([i for i in give_ids if i is not None]),
            ]
        ).astype(np.float32)

        # what candidates offer (profile + active offers) and seek (active requests), as labelled columns
        offer_cols: list[tuple[int, int | None]] = [(c, None) for c in candidate_ids if c in idx.profiles]
        offer_cols += [(c, o) for c in candidate_ids for o in self._active(cat.orgs[c], "offer", today)]
        need_cols = [(c, o) for c in candidate_ids for o in self._active(cat.orgs[c], "request", today)]
        offer_vecs = np.vstack(
            [
                idx.profiles.vectors([c for c, o in offer_cols if o is None]),
                idx.offers.vectors([o for _, o in offer_cols if o is not None]),
            ]
        )
        need_vecs = idx.requests.vectors([o for _, o in need_cols])
        sim_no = needs @ offer_vecs.T if len(needs) and len(offer_vecs) else np.zeros((0, len(offer_cols)))
        sim_on = gives @ need_vecs.T if len(gives) and len(need_vecs) else np.zeros((0, len(need_cols)))
        offer_by_org: dict[int, list[int]] = {}
        for i, (c, _) in enumerate(offer_cols):
            offer_by_org.setdefault(c, []).append(i)
        need_by_org: dict[int, list[int]] = {}
        for i, (c, _) in enumerate(need_cols):
            need_by_org.setdefault(c, []).append(i)

        profile_sims = np.zeros(n)
        if has_profile:
            present = [i for i, c in enumerate(candidate_ids) if c in idx.profiles]
            if present:
                src = idx.profiles.vectors([source.id])[0]
                profile_sims[present] = idx.profiles.vectors([candidate_ids[i] for i in present]) @ src

        lex_ids, lex_scores = cat.lexical.scores(source.lexical_text())
        lex_of = dict(zip(lex_ids.tolist(), lex_scores.tolist(), strict=True))
        lexical = np.array([lex_of.get(c, 0.0) for c in candidate_ids])
        if lexical.max(initial=0.0) > 0:
            lexical = lexical / lexical.max()

        max_degree = max((len(p) for p in network.values()), default=0)
        feedback = self.feedback
        similar = self._similar(source, network)
        votes = peer_votes(similar, network)
        voters: dict[int, list[int]] = {}
        for peer, similarity in similar:  # most similar first
            if similarity > 0:
                for partner in network.get(peer, ()):
                    voters.setdefault(partner, []).append(peer)
        peers = np.array([votes.get(c, 0.0) for c in candidate_ids])
        if peers.max(initial=0.0) > 0:
            peers = peers / peers.max()
        source_terms = source.keyword_set(today)
        source_sectors = set(source.sectors)
        now = datetime.now(UTC)
        table = FeatureTable(candidate_ids, values, {}, [], [], [], [], [], [])
        for row, cid in enumerate(candidate_ids):
            cand = cat.orgs[cid]
            no, best_no = self._best(sim_no, offer_by_org.get(cid, []))
            on, best_on = self._best(sim_on, need_by_org.get(cid, []))
            terms, sectors = cand.keyword_set(today), set(cand.sectors)
            distance = distance_between(source, cand)
            aa, shared_partners = adamic_adar(network, source.id, cid)
            degree = len(network.get(cid, ()))
            if cand.kind is None or source.kind is None:
                complement = 0.5
            else:
                complement = 1.0 if DEFAULT.allows(source.kind, cand.kind) else 0.0
            age_days = (now - cand.updated_at).days if cand.updated_at else None
            values[row, col["need_offer"]] = max(0.0, no)
            values[row, col["offer_need"]] = max(0.0, on)
            values[row, col["profile"]] = max(0.0, float(profile_sims[row]))
            values[row, col["lexical"]] = lexical[row]
            values[row, col["keywords"]] = overlap(
                source_terms | {f"sector:{s}" for s in source_sectors},
                terms | {f"sector:{s}" for s in sectors},
            )
            values[row, col["proximity"]] = (
                math.exp(-distance / PROXIMITY_SCALE_KM) if distance is not None else 0.0
            )
            values[row, col["network"]] = 1.0 - math.exp(-aa)
            values[row, col["peers"]] = peers[row]
            values[row, col["popularity"]] = (
                math.log1p(degree) / math.log1p(max_degree) if max_degree else 0.0
            )
            values[row, col["feedback"]] = feedback.get(cid, NEUTRAL_FEEDBACK)
            values[row, col["complementarity"]] = complement
            values[row, col["same_country"]] = float(
                source.country is not None and source.country == cand.country
            )
            values[row, col["freshness"]] = (
                math.exp(-max(age_days, 0) / FRESHNESS_SCALE_DAYS) if age_days is not None else 0.5
            )
            table.need_offer.append(
                self._text_match(source, need_ids[best_no[0]], cand, offer_cols[best_no[1]][1], no)
                if best_no is not None and no >= MIN_EXPLAINED_SIMILARITY
                else None
            )
            table.offer_need.append(
                self._text_match(cand, need_cols[best_on[1]][1], source, give_ids[best_on[0]], on)
                if best_on is not None and on >= MIN_EXPLAINED_SIMILARITY
                else None
            )
            table.shared_keywords.append(sorted(source_terms & terms))
            table.shared_sectors.append(sorted(source_sectors & sectors))
            table.shared_partners.append(shared_partners)
            table.peer_voters.append(voters.get(cid, [])[:PEER_VOTERS_SHOWN])
            table.distances.append(distance)
        table.active = {
            "need_offer": len(need_ids) > 0,
            "offer_need": len(need_cols) > 0 and len(gives) > 0,
            "profile": has_profile,
            "lexical": bool(lexical.any()),
            "keywords": True,
            "proximity": any(d is not None for d in table.distances),
            "network": max_degree > 0,
            "peers": bool(peers.any()),
            "feedback": bool(feedback),
            "popularity": max_degree > 0,
            "complementarity": True,
            "same_country": source.country is not None,
            "freshness": True,
        }
        return table

    # --- steps 3-4: scoring and diversity --------------------------------------------------------------

    def match(
        self,
        org_id: int,
        k: int = 10,
        filters: Filters | None = None,
        today: date | None = None,
        network: Network | None = None,
        diversity: float | None = None,
    ) -> list[Match]:
        filters = filters or Filters()
        today = today or date.today()
        diversity = self.diversity if diversity is None else diversity
        with self.lock:
            network = self.catalogue.partners if network is None else network
            source = self.catalogue.orgs[org_id]
            candidate_ids = self.candidates(source, filters, k, today, network)
            if not candidate_ids:
                return []
            table = self.features(source, candidate_ids, today, network)
            weights = self.ranker.active_weights(table.active)
            w = np.array([weights.get(name, 0.0) for name in FEATURES])
            scores = table.values @ w
            order = self._diversify(candidate_ids, scores, k, diversity) if diversity > 0 else None
            if order is None:
                order = sorted(range(len(candidate_ids)), key=lambda i: (-scores[i], candidate_ids[i]))[:k]
            return [self._match_of(table, i, float(scores[i]), weights) for i in order]

    def _diversify(self, ids: list[int], scores: np.ndarray, k: int, diversity: float) -> list[int]:
        """Maximal marginal relevance over profile vectors among the best 3k candidates: each pick maximises
        its score minus `diversity` times its cosine to the closest pick so far (no penalty without a vector)."""
        top = sorted(range(len(ids)), key=lambda i: (-scores[i], ids[i]))[: 3 * k]
        has_vector = np.array([ids[i] in self.indexes.profiles for i in top], dtype=bool)
        vectors = np.zeros((len(top), self.indexes.dimension), dtype=np.float32)
        if has_vector.any():
            vectors[has_vector] = self.indexes.profiles.vectors(
                [ids[i] for i, h in zip(top, has_vector, strict=True) if h]
            )
        base = np.array([scores[i] for i in top], dtype=np.float64)
        closest = np.zeros(len(top))
        # ties go to the smaller organisation id: order the pool by id within equal values via lexsort keys
        id_rank = np.argsort(np.argsort([ids[i] for i in top], kind="stable"), kind="stable")
        open_ = np.ones(len(top), dtype=bool)
        chosen: list[int] = []
        while open_.any() and len(chosen) < k:
            value = np.where(open_, base - diversity * np.maximum(closest, 0.0), -np.inf)
            best_value = value.max()
            tied = np.flatnonzero(value == best_value)
            pick = int(tied[np.argmin(id_rank[tied])])
            chosen.append(top[pick])
            open_[pick] = False
            if has_vector[pick]:
                closest = np.where(has_vector, np.maximum(closest, vectors @ vectors[pick]), closest)
        return chosen

    def _match_of(self, table: FeatureTable, row: int, score: float, weights: dict[str, float]) -> Match:
        parts = [
            ScorePart(name, float(table.values[row, i]), weights[name])
            for i, name in enumerate(FEATURES)
            if name in weights
        ]
        return Match(
            org_id=table.candidate_ids[row],
            score=score,
            parts=parts,
            need_offer=table.need_offer[row],
            offer_need=table.offer_need[row],
            shared_keywords=table.shared_keywords[row],
            shared_sectors=table.shared_sectors[row],
            distance_km=table.distances[row],
            shared_partners=table.shared_partners[row],
            peer_voters=table.peer_voters[row],
        )

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
            idx, cat = self.indexes, self.catalogue
            lex_ids, lex_scores = cat.lexical.scores(query)
            top_lex = float(lex_scores.max(initial=0.0))
            lexical = {
                int(i): float(s) / top_lex
                for i, s in zip(lex_ids, lex_scores, strict=True)
                if s > 0 and top_lex > 0
            }
            total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
            pool = max(100, 10 * k)
            while True:
                best: dict[int, tuple[float, int | None]] = {o: (0.0, None) for o in lexical}
                opp_hits: list[OppHit] = []
                scores, ids = idx.profiles.search(qv, pool)
                for s, i in zip(scores[0], ids[0], strict=True):
                    if i >= 0 and float(s) > best.get(int(i), (-1.0, None))[0]:
                        best[int(i)] = (float(s), None)
                for index in (idx.offers, idx.requests):
                    scores, ids = index.search(qv, pool)
                    for s, i in zip(scores[0], ids[0], strict=True):
                        opp = cat.opps.get(int(i))
                        if opp is None or not opp.is_active(today):
                            continue
                        opp_hits.append(OppHit(opp.id, opp.organisation_id, float(s)))
                        if (
                            opp.direction == "offer"
                            and float(s) > best.get(opp.organisation_id, (-1.0, None))[0]
                        ):
                            best[opp.organisation_id] = (float(s), opp.id)
                no_network: Network = {}
                kept = {
                    o: v for o, v in best.items() if self._passes(cat.orgs.get(o), None, filters, no_network)
                }
                if len(kept) >= k or pool >= total:
                    break
                pool *= 4
            hits = []
            for org_id, (dense, opp_id) in kept.items():
                org = cat.orgs[org_id]
                haystack = " ".join(
                    [org.display_name, org.city or "", *org.keywords, *org.sectors]
                ).casefold()
                if opp_id is not None:
                    text = f"{cat.opps[opp_id].title}. {cat.opps[opp_id].summary}"
                else:
                    text = first_sentence(org.description)
                distance = None
                if filters.near and org.latitude is not None and org.longitude is not None:
                    distance = haversine_km(filters.near[0], filters.near[1], org.latitude, org.longitude)
                lex = lexical.get(org_id, 0.0)
                hits.append(
                    OrgHit(
                        org_id=org_id,
                        score=SEARCH_DENSE_SHARE * max(0.0, dense) + (1 - SEARCH_DENSE_SHARE) * lex,
                        dense=dense,
                        lexical=lex,
                        matched_text=text,
                        matched_opportunity_id=opp_id,
                        matched_terms=[t for t in terms if t in haystack or t in text.casefold()],
                        distance_km=distance,
                    )
                )
            opps = [h for h in opp_hits if self._passes(cat.orgs.get(h.org_id), None, filters, no_network)]
        hits.sort(key=lambda h: (-h.score, h.org_id))
        opps.sort(key=lambda h: (-h.score, h.opportunity_id))
        return SearchResult(organisations=hits[:k], opportunities=opps[:k])
