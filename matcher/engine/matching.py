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

import heapq
import math
import threading
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache

import numpy as np
from threadpoolctl import ThreadpoolController

from matcher.engine.ann import IndexSet
from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.geo import haversine_km
from matcher.engine.pairing import DEFAULT, PairingRules
from matcher.engine.ranking import DEFAULT_RANKER, FEATURES, Ranker
from matcher.engine.texts import first_sentence
from matcher.kit.text import CORE_STOPWORDS, words

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
    """Feature values of each candidate (rows in `candidate_ids` order), and what the explanation of a row
    needs (`MatchEngine.explain` reads it for the rows that are shown, not for every candidate)."""

    candidate_ids: list[int]
    values: np.ndarray  # shape (len(candidate_ids), len(FEATURES))
    active: dict[str, bool]
    source: OrgDoc | None = None
    today: date | None = None
    network: Network = field(default_factory=dict)
    similar: list[tuple[int, float]] = field(default_factory=list)
    source_terms: set[str] = field(default_factory=set)
    need_ids: list[int] = field(default_factory=list)  # the source's active requests (rows of sim_no)
    give_ids: list[int | None] = field(default_factory=list)  # its profile (None) and offers (rows of sim_on)
    offer_cols: list[tuple[int, int | None]] = field(default_factory=list)  # (candidate, offer or None)
    need_cols: list[tuple[int, int]] = field(default_factory=list)  # (candidate, request)
    offer_bounds: np.ndarray | None = None  # candidate row r owns offer_cols[bounds[r]:bounds[r + 1]]
    need_bounds: np.ndarray | None = None
    sim_no: np.ndarray | None = None  # source needs x candidate offers
    sim_on: np.ndarray | None = None  # source gives x candidate needs
    _voters: dict[int, list[int]] | None = None

    def voters_of(self) -> dict[int, list[int]]:
        """For each partner of a similar organisation, the first PEER_VOTERS_SHOWN similar organisations (with a
        positive similarity, most similar first) that work with it: the `peers` feature's explanation."""
        if self._voters is None:
            self._voters = {}
            for peer, similarity in self.similar:
                if similarity <= 0:
                    continue
                for partner in self.network.get(peer, ()):
                    voters = self._voters.setdefault(partner, [])
                    if len(voters) < PEER_VOTERS_SHOWN:
                        voters.append(peer)
        return self._voters


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


def _best_per_row(sims: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """For each row r, the best similarity (at least 0) in the columns bounds[r]:bounds[r + 1] of `sims`."""
    result = np.zeros(len(bounds) - 1)
    if sims.shape[0] == 0 or sims.shape[1] == 0:
        return result
    best_per_column = sims.max(axis=0)
    filled = bounds[1:] > bounds[:-1]
    result[filled] = np.maximum.reduceat(best_per_column, bounds[:-1][filled])
    return np.maximum(result, 0.0)


def _best_cell(sims: np.ndarray, bounds: np.ndarray, row: int) -> tuple[float, int, int] | None:
    """(similarity, row of `sims`, column) of the best cell in row `row`'s columns; None without any."""
    start, end = int(bounds[row]), int(bounds[row + 1])
    if sims.shape[0] == 0 or end == start:
        return None
    block = sims[:, start:end]
    i, j = np.unravel_index(int(np.argmax(block)), block.shape)
    return float(block[i, j]), int(i), start + int(j)


def _top_rows(ids: list[int], scores: np.ndarray, k: int) -> list[int]:
    """Rows of the k best scores, ties to the smaller id."""
    return [int(i) for i in np.lexsort((np.asarray(ids), -scores))[:k]]


def candidate_pool(k: int) -> int:
    """How many hits each retriever is asked for first when k partners are wanted (more if too few pass)."""
    return max(100, 20 * k)


def _similar_row(source_id: int, ids: np.ndarray, sims: np.ndarray) -> list[tuple[int, float]]:
    """One row of a profile search as (organisation id, similarity), without the source itself."""
    return [(int(i), float(s)) for i, s in zip(ids, sims, strict=True) if i >= 0 and i != source_id]


@dataclass
class _Prefetched:
    """What `MatchEngine._prefetch` found for one source: its similar profiles, and the organisations the
    dense retrievers returned for the candidate pool `pool`."""

    similar: list[tuple[int, float]]
    pool: int
    dense: set[int]


@cache
def _thread_controller() -> ThreadpoolController:
    return ThreadpoolController()


def query_terms(text: str) -> list[str]:
    return list(dict.fromkeys(words(text, min_length=3, stopwords=CORE_STOPWORDS, as_written=True)))


class MatchEngine:
    """Holds the catalogue, the indexes and the ranker; all reads and writes go through one lock."""

    def __init__(
        self,
        catalogue: Catalogue,
        indexes: IndexSet,
        pairing: PairingRules,
        ranker: Ranker = DEFAULT_RANKER,
        diversity: float = 0.0,
        threads: int = 1,
    ) -> None:
        self.catalogue = catalogue
        self.indexes = indexes
        self.pairing = pairing
        self.ranker = ranker
        self.diversity = diversity
        # organisation id -> how its introductions went, between 0 and 1 (set by the matching service)
        self.feedback: Mapping[int, float] = {}
        self.lock = threading.RLock()
        self._network_stats: tuple[int, int, list[int], int] | None = None
        # BLAS and OpenMP threads per match or search; 0 leaves the libraries' default (see `request_threads`)
        self.threads = threads

    def request_threads(self) -> AbstractContextManager[object]:
        """Limit numpy's BLAS and FAISS's OpenMP threads while one request is answered. A match multiplies
        small matrices: on a busy machine, threads waiting for each other cost more than they save, and a
        server answers requests on several threads at once anyway."""
        if not self.threads:
            return nullcontext()
        return _thread_controller().limit(limits=self.threads)

    def network_stats(self, network: Network) -> tuple[list[int], int]:
        """The POPULAR_CANDIDATES most connected organisations and the largest degree; kept between matches
        for the catalogue's own network (until it changes), computed afresh for another (training's)."""
        cat = self.catalogue
        own = network is cat.partners
        if own and self._network_stats is not None:
            catalogue_id, version, popular, max_degree = self._network_stats
            if catalogue_id == id(cat) and version == cat.network_version:
                return popular, max_degree
        popular = heapq.nsmallest(POPULAR_CANDIDATES, network, key=lambda o: (-len(network[o]), o))
        max_degree = max((len(p) for p in network.values()), default=0)
        if own:
            self._network_stats = (id(cat), cat.network_version, popular, max_degree)
        return popular, max_degree

    # --- helpers --------------------------------------------------------------------------------------

    def _active(self, org: OrgDoc, direction: str, today: date) -> list[int]:
        index = self.indexes.offers if direction == "offer" else self.indexes.requests
        return [i for i in org.active_ids(today, direction) if i in index]

    def _eligible(
        self, ids: set[int], source: OrgDoc | None, filters: Filters, network: Network
    ) -> list[int]:
        """The `ids` that pass the hard filters, ascending: known, not hidden, not excluded, of the kinds, country
        and place asked for, and, with a `source` (a match; a search has none), neither the source itself nor one
        of its partners and of a kind the pairing rules allow with the source's (worked out once per kind)."""
        orgs = self.catalogue.orgs
        blocked = (
            filters.exclude
            if source is None
            else filters.exclude | network.get(source.id, set()) | {source.id}
        )
        rules = filters.pairing or self.pairing
        kinds = set(filters.kinds) if filters.kinds else None
        by_place = filters.near is not None and filters.radius_km is not None
        pairs_allowed: dict[str | None, bool] = {}
        kept = []
        for c in sorted(ids - blocked):
            org = orgs.get(c)
            if org is None or org.visibility == "hidden":
                continue
            kind = org.kind
            if kinds is not None and kind not in kinds:
                continue
            if filters.country and org.country != filters.country:
                continue
            allowed = True
            if source is not None:
                known = pairs_allowed.get(kind)
                allowed = pairs_allowed[kind] = rules.allows(source.kind, kind) if known is None else known
            if allowed and (not by_place or filters.place_allows(org)):
                kept.append(c)
        return kept

    def _orgs_of(self, ids: np.ndarray, opportunities: bool) -> set[int]:
        """The organisations of the hits `ids` (FAISS's rows of ids, -1 for none): the ids themselves, or the
        owners of the opportunities they name."""
        hits = set(ids[ids >= 0].tolist())
        if not opportunities:
            return hits
        opps = self.catalogue.opps
        return {opp.organisation_id for opp in map(opps.get, hits) if opp is not None}

    def _similar(self, source: OrgDoc, network: Network) -> list[tuple[int, float]]:
        """The PEERS organisations whose profiles are closest to the source's, most similar first (the peers
        feature's voters, and the profile retriever's candidates)."""
        profiles = self.indexes.profiles
        if source.id not in profiles:
            return []
        sims, ids = profiles.search(profiles.vectors([source.id]), PEERS + 1)
        return _similar_row(source.id, ids[0], sims[0])

    def _needs_and_gives(self, source: OrgDoc, today: date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The source's vectors the dense retrievers search with: its active requests (needs), its profile,
        and its profile followed by its active offers (gives)."""
        idx = self.indexes
        needs = idx.requests.vectors(self._active(source, "request", today))
        profile = (
            idx.profiles.vectors([source.id]) if source.id in idx.profiles else np.zeros((0, idx.dimension))
        )
        gives = np.vstack([profile, idx.offers.vectors(self._active(source, "offer", today))])
        return needs, profile.astype(np.float32), gives.astype(np.float32)

    def _dense(
        self, needs: np.ndarray, gives: np.ndarray, pool: int
    ) -> tuple[np.ndarray | None, np.ndarray | None, np.ndarray | None]:
        """The ids the dense retrievers find for `pool`: needs against offers and against profiles, gives
        against requests (None for a side without vectors). Each is one search however many rows there are,
        so many sources' vectors stacked together are searched as one batch (see `ranked_many`)."""
        idx = self.indexes
        offers = profiles = requests = None
        if len(needs):
            offers, profiles = idx.offers.search(needs, pool)[1], idx.profiles.search(needs, pool)[1]
        if len(gives):
            requests = idx.requests.search(gives, pool)[1]
        return offers, profiles, requests

    def _dense_orgs(
        self, offers: np.ndarray | None, profiles: np.ndarray | None, requests: np.ndarray | None
    ) -> set[int]:
        found: set[int] = set()
        if offers is not None:
            found |= self._orgs_of(offers, opportunities=True)
        if profiles is not None:
            found |= self._orgs_of(profiles, opportunities=False)
        if requests is not None:
            found |= self._orgs_of(requests, opportunities=True)
        return found

    def _prefetch(self, sources: list[OrgDoc], pool: int, today: date) -> list[_Prefetched]:
        """`_similar` and the dense retrievers' first pool for many sources, with one search per index for all
        of them together: a batch of queries is a matrix product, which costs far less per query than a
        search each."""
        if not sources:
            return []
        idx = self.indexes
        vectors = [self._needs_and_gives(source, today) for source in sources]
        with_profile = [row for row, (_, profile, _) in enumerate(vectors) if len(profile)]
        similar: list[list[tuple[int, float]]] = [[] for _ in sources]
        if with_profile:
            stacked = np.vstack([vectors[row][1] for row in with_profile])
            sims, ids = idx.profiles.search(stacked, PEERS + 1)
            for at, row in enumerate(with_profile):
                similar[row] = _similar_row(sources[row].id, ids[at], sims[at])
        need_bounds = np.cumsum([0] + [len(needs) for needs, _, _ in vectors])
        give_bounds = np.cumsum([0] + [len(gives) for _, _, gives in vectors])
        offers, profiles, requests = self._dense(
            np.vstack([needs for needs, _, _ in vectors]).astype(np.float32),
            np.vstack([gives for _, _, gives in vectors]).astype(np.float32),
            pool,
        )
        result = []
        for row in range(len(sources)):
            n0, n1, g0, g1 = need_bounds[row], need_bounds[row + 1], give_bounds[row], give_bounds[row + 1]
            found = self._dense_orgs(
                offers[n0:n1] if offers is not None and n1 > n0 else None,
                profiles[n0:n1] if profiles is not None and n1 > n0 else None,
                requests[g0:g1] if requests is not None and g1 > g0 else None,
            )
            result.append(_Prefetched(similar[row], pool, found))
        return result

    # --- step 1: candidates ---------------------------------------------------------------------------

    def candidates(
        self,
        source: OrgDoc,
        filters: Filters,
        k: int,
        today: date,
        network: Network,
        similar: list[tuple[int, float]] | None = None,
        votes: dict[int, float] | None = None,
        prefetched: _Prefetched | None = None,
    ) -> list[int]:
        idx = self.indexes
        needs, profile, gives = self._needs_and_gives(source, today)
        lexical_text = source.lexical_text()
        neighbours = network.get(source.id, set())
        two_hop = {c for p in neighbours for c in network.get(p, ())}
        popular, _ = self.network_stats(network)
        similar = self._similar(source, network) if similar is None else similar
        peers = peer_votes(similar, network) if votes is None else votes
        peer_top = heapq.nsmallest(PEER_CANDIDATES, peers, key=lambda o: (-peers[o], o))
        total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
        pool = candidate_pool(k)
        while True:
            found: set[int] = set(two_hop) | set(popular) | set(peer_top)
            if prefetched is not None and prefetched.pool == pool:
                found |= prefetched.dense
            else:
                found |= self._dense_orgs(*self._dense(needs, gives, pool))
            if len(profile) and pool > PEERS:
                found |= self._orgs_of(idx.profiles.search(profile, pool)[1], opportunities=False)
            elif len(profile):  # the peers' search found these already
                found |= {i for i, _ in similar[:pool]}
            found |= {i for i, _ in self.catalogue.lexical.top(lexical_text, pool)}
            kept = self._eligible(found, source, filters, network)
            if len(kept) >= 3 * k or pool >= total:
                return kept
            pool *= 4

    # --- step 3: features -----------------------------------------------------------------------------

    def features(
        self,
        source: OrgDoc,
        candidate_ids: list[int],
        today: date,
        network: Network | None = None,
        similar: list[tuple[int, float]] | None = None,
        votes: dict[int, float] | None = None,
    ) -> FeatureTable:
        """Every feature of every candidate, as arrays (the work grows with the candidates, not with the
        catalogue); what explains a row is worked out by `explain`, for the rows shown."""
        network = self.catalogue.partners if network is None else network
        idx, cat = self.indexes, self.catalogue
        n = len(candidate_ids)
        cands = [cat.orgs[c] for c in candidate_ids]
        col = {name: i for i, name in enumerate(FEATURES)}
        values = np.zeros((n, len(FEATURES)), dtype=np.float64)
        table = FeatureTable(candidate_ids, values, {}, source=source, today=today, network=network)

        # the source's needs (active requests) and what it gives (profile + active offers)
        table.need_ids = self._active(source, "request", today)
        needs = idx.requests.vectors(table.need_ids)
        has_profile = source.id in idx.profiles
        source_profile = idx.profiles.vectors([source.id]) if has_profile else np.zeros((0, idx.dimension))
        table.give_ids = ([None] if has_profile else []) + list(self._active(source, "offer", today))
        gives = np.vstack(
            [source_profile, idx.offers.vectors([i for i in table.give_ids if i is not None])]
        ).astype(np.float32)

        # what candidates offer (profile + active offers) and seek (active requests): columns grouped by row
        offer_bounds, need_bounds = np.zeros(n + 1, dtype=np.int64), np.zeros(n + 1, dtype=np.int64)
        for row, (cid, cand) in enumerate(zip(candidate_ids, cands, strict=True)):
            if cid in idx.profiles:
                table.offer_cols.append((cid, None))
            if cand.opportunities:  # most organisations have none
                table.offer_cols.extend((cid, o) for o in self._active(cand, "offer", today))
                table.need_cols.extend((cid, o) for o in self._active(cand, "request", today))
            offer_bounds[row + 1], need_bounds[row + 1] = len(table.offer_cols), len(table.need_cols)
        table.offer_bounds, table.need_bounds = offer_bounds, need_bounds
        is_profile = np.array([o is None for _, o in table.offer_cols], dtype=bool)
        offer_vecs = np.zeros((len(table.offer_cols), idx.dimension), dtype=np.float32)
        if is_profile.any():
            offer_vecs[is_profile] = idx.profiles.vectors([c for c, o in table.offer_cols if o is None])
        if (~is_profile).any():
            offer_vecs[~is_profile] = idx.offers.vectors([o for _, o in table.offer_cols if o is not None])
        need_vecs = idx.requests.vectors([o for _, o in table.need_cols])
        table.sim_no = needs @ offer_vecs.T if len(needs) else np.zeros((0, len(table.offer_cols)))
        table.sim_on = gives @ need_vecs.T if len(gives) else np.zeros((0, len(table.need_cols)))
        values[:, col["need_offer"]] = _best_per_row(table.sim_no, offer_bounds)
        values[:, col["offer_need"]] = _best_per_row(table.sim_on, need_bounds)

        if has_profile and is_profile.any():  # the candidates' profiles are the offer columns read above
            present = [row for row, c in enumerate(candidate_ids) if c in idx.profiles]
            values[present, col["profile"]] = np.maximum(offer_vecs[is_profile] @ source_profile[0], 0.0)

        lexical = cat.lexical.scores_for(source.lexical_text(), candidate_ids)
        if lexical.max(initial=0.0) > 0:
            lexical = lexical / lexical.max()
        values[:, col["lexical"]] = lexical

        table.source_terms = source.keyword_set(today)
        source_tags = source.tag_set(today)
        values[:, col["keywords"]] = [overlap(source_tags, c.tag_set(today)) for c in cands]

        distances = [distance_between(source, c) for c in cands]
        values[:, col["proximity"]] = [
            math.exp(-d / PROXIMITY_SCALE_KM) if d is not None else 0.0 for d in distances
        ]

        # Adamic-Adar from the source's side: each partner z adds 1 / log(degree z) to its own partners
        adamic: dict[int, float] = {}
        for z in network.get(source.id, ()):
            partners = network.get(z, set())
            weight = 1.0 / math.log(max(len(partners), 2))
            for c in partners:
                adamic[c] = adamic.get(c, 0.0) + weight
        values[:, col["network"]] = [1.0 - math.exp(-adamic.get(c, 0.0)) for c in candidate_ids]

        table.similar = self._similar(source, network) if similar is None else similar
        if votes is None:
            votes = peer_votes(table.similar, network)
        peers = np.array([votes.get(c, 0.0) for c in candidate_ids])
        if peers.max(initial=0.0) > 0:
            peers = peers / peers.max()
        values[:, col["peers"]] = peers

        _, max_degree = self.network_stats(network)
        if max_degree:
            degrees = np.array([len(network.get(c, ())) for c in candidate_ids], dtype=np.float64)
            values[:, col["popularity"]] = np.log1p(degrees) / math.log1p(max_degree)
        feedback = self.feedback
        values[:, col["feedback"]] = [feedback.get(c, NEUTRAL_FEEDBACK) for c in candidate_ids]
        values[:, col["complementarity"]] = [
            0.5 if c.kind is None or source.kind is None else float(DEFAULT.allows(source.kind, c.kind))
            for c in cands
        ]
        values[:, col["same_country"]] = [
            float(source.country is not None and source.country == c.country) for c in cands
        ]
        now = datetime.now(UTC)
        values[:, col["freshness"]] = [
            math.exp(-max((now - c.updated_at).days, 0) / FRESHNESS_SCALE_DAYS) if c.updated_at else 0.5
            for c in cands
        ]
        table.active = {
            "need_offer": len(table.need_ids) > 0,
            "offer_need": len(table.need_cols) > 0 and len(gives) > 0,
            "profile": has_profile,
            "lexical": bool(lexical.any()),
            "keywords": True,
            "proximity": any(d is not None for d in distances),
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
        """The k best partners for an organisation, each with its explanation."""
        with self.lock, self.request_threads():
            ranked = self._rank(org_id, k, filters, today, network, diversity)
            if ranked is None:
                return []
            table, order, scores, weights = ranked
            return [self.explain(table, i, float(scores[i]), weights) for i in order]

    def ranked(
        self, org_id: int, k: int = 10, filters: Filters | None = None, today: date | None = None
    ) -> list[tuple[int, float]]:
        """`match` without the explanations: (organisation id, score) of the k best partners, best first (what
        a batch of recommendations writes)."""
        with self.lock, self.request_threads():
            ranked = self._rank(org_id, k, filters, today, None, None)
            if ranked is None:
                return []
            table, order, scores, _ = ranked
            return [(table.candidate_ids[i], float(scores[i])) for i in order]

    def ranked_many(
        self, org_ids: Sequence[int], k: int, filters: Sequence[Filters], today: date | None = None
    ) -> list[list[tuple[int, float]]]:
        """`ranked` for many organisations (each with its own filters), in that order: the first dense
        searches of all of them run as one batch per index (`_prefetch`), the rest as `ranked` does. The
        engine's lock is held for the whole batch (writes wait for it): a batch job's call, not a server's."""
        today = today or date.today()
        with self.lock, self.request_threads():
            sources = [self.catalogue.orgs[org_id] for org_id in org_ids]
            prefetched = self._prefetch(sources, candidate_pool(k), today)
            result: list[list[tuple[int, float]]] = []
            for org_id, own_filters, ahead in zip(org_ids, filters, prefetched, strict=True):
                ranked = self._rank(org_id, k, own_filters, today, None, None, ahead)
                if ranked is None:
                    result.append([])
                    continue
                table, order, scores, _ = ranked
                result.append([(table.candidate_ids[i], float(scores[i])) for i in order])
            return result

    def _rank(
        self,
        org_id: int,
        k: int,
        filters: Filters | None,
        today: date | None,
        network: Network | None,
        diversity: float | None,
        prefetched: _Prefetched | None = None,
    ) -> tuple[FeatureTable, list[int], np.ndarray, dict[str, float]] | None:
        """Steps 1-4 of a match: the feature table, its rows in ranked order, every row's score, the weights."""
        filters = filters or Filters()
        today = today or date.today()
        diversity = self.diversity if diversity is None else diversity
        network = self.catalogue.partners if network is None else network
        source = self.catalogue.orgs[org_id]
        if prefetched is not None and network is self.catalogue.partners:
            similar = prefetched.similar
        else:
            similar, prefetched = self._similar(source, network), None
        votes = peer_votes(similar, network)
        candidate_ids = self.candidates(source, filters, k, today, network, similar, votes, prefetched)
        if not candidate_ids:
            return None
        table = self.features(source, candidate_ids, today, network, similar, votes)
        weights = self.ranker.active_weights(table.active)
        w = np.array([weights.get(name, 0.0) for name in FEATURES])
        scores = table.values @ w
        order = self._diversify(candidate_ids, scores, k, diversity) if diversity > 0 else None
        if order is None:
            order = _top_rows(candidate_ids, scores, k)
        return table, order, scores, weights

    def _diversify(self, ids: list[int], scores: np.ndarray, k: int, diversity: float) -> list[int]:
        """Maximal marginal relevance over profile vectors among the best 3k candidates: each pick maximises
        its score minus `diversity` times its cosine to the closest pick so far (no penalty without a vector)."""
        top = _top_rows(ids, scores, 3 * k)
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

    def explain(self, table: FeatureTable, row: int, score: float, weights: dict[str, float]) -> Match:
        """The match of one row of a feature table, with everything that explains it."""
        source, today, network = table.source, table.today, table.network
        assert source is not None and today is not None and table.sim_no is not None
        assert table.sim_on is not None and table.offer_bounds is not None and table.need_bounds is not None
        cid = table.candidate_ids[row]
        cand = self.catalogue.orgs[cid]
        parts = [
            ScorePart(name, float(table.values[row, i]), weights[name])
            for i, name in enumerate(FEATURES)
            if name in weights
        ]
        need_offer = offer_need = None
        best = _best_cell(table.sim_no, table.offer_bounds, row)
        if best is not None and best[0] >= MIN_EXPLAINED_SIMILARITY:
            need_offer = self._text_match(
                source, table.need_ids[best[1]], cand, table.offer_cols[best[2]][1], best[0]
            )
        best = _best_cell(table.sim_on, table.need_bounds, row)
        if best is not None and best[0] >= MIN_EXPLAINED_SIMILARITY:
            offer_need = self._text_match(
                cand, table.need_cols[best[2]][1], source, table.give_ids[best[1]], best[0]
            )
        voters = table.voters_of().get(cid, [])
        return Match(
            org_id=cid,
            score=score,
            parts=parts,
            need_offer=need_offer,
            offer_need=offer_need,
            shared_keywords=sorted(table.source_terms & cand.keyword_set(today)),
            shared_sectors=sorted(set(source.sectors) & set(cand.sectors)),
            distance_km=distance_between(source, cand),
            shared_partners=sorted(network.get(source.id, set()) & network.get(cid, set())),
            peer_voters=list(voters),
        )

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
        with self.lock, self.request_threads():
            idx, cat = self.indexes, self.catalogue
            total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
            pool = max(100, 10 * k)
            no_network: Network = {}
            while True:
                # dense: profiles and active offers (an organisation counts with its best text); lexical: BM25
                lexical_top = cat.lexical.top(query, pool)
                best: dict[int, tuple[float, int | None]] = {o: (0.0, None) for o, _ in lexical_top}
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
                allowed = set(self._eligible(set(best), None, filters, no_network))
                kept = {o: v for o, v in best.items() if o in allowed}
                if len(kept) >= k or pool >= total:
                    break
                pool *= 4
            # BM25 of every kept organisation, relative to the best lexical score of all
            kept_ids = list(kept)
            top_lexical = max((score for _, score in lexical_top), default=0.0)
            if top_lexical > 0:
                lexical = cat.lexical.scores_for(query, kept_ids) / top_lexical
            else:
                lexical = np.zeros(len(kept_ids))
            combined = [
                SEARCH_DENSE_SHARE * max(0.0, kept[o][0]) + (1 - SEARCH_DENSE_SHARE) * float(lexical[i])
                for i, o in enumerate(kept_ids)
            ]
            hits = [
                self._org_hit(org_id, combined[i], kept[org_id], float(lexical[i]), terms, filters)
                for i, org_id in sorted(enumerate(kept_ids), key=lambda p: (-combined[p[0]], p[1]))[:k]
            ]
            allowed = set(self._eligible({h.org_id for h in opp_hits}, None, filters, no_network))
            opps = [h for h in opp_hits if h.org_id in allowed]
        opps.sort(key=lambda h: (-h.score, h.opportunity_id))
        return SearchResult(organisations=hits[:k], opportunities=opps[:k])

    def _org_hit(
        self,
        org_id: int,
        score: float,
        dense: tuple[float, int | None],
        lexical: float,
        terms: list[str],
        filters: Filters,
    ) -> OrgHit:
        """A search hit with the text that matched and the query terms found in it."""
        cat = self.catalogue
        org = cat.orgs[org_id]
        similarity, opp_id = dense
        haystack = " ".join([org.display_name, org.city or "", *org.keywords, *org.sectors]).casefold()
        if opp_id is not None:
            text = f"{cat.opps[opp_id].title}. {cat.opps[opp_id].summary}"
        else:
            text = first_sentence(org.description)
        distance = None
        if filters.near and org.latitude is not None and org.longitude is not None:
            distance = haversine_km(filters.near[0], filters.near[1], org.latitude, org.longitude)
        return OrgHit(
            org_id=org_id,
            score=score,
            dense=similarity,
            lexical=lexical,
            matched_text=text,
            matched_opportunity_id=opp_id,
            matched_terms=[t for t in terms if t in haystack or t in text.casefold()],
            distance_km=distance,
        )
