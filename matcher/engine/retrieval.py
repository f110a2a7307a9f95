"""Step 1 and 2 of a match: candidates from several retrievers, then the hard filters.

The retrievers: dense vectors (FAISS: needs against offers and profiles, offers and profile against requests,
profile against profiles), lexical (BM25 with German and English word forms), the cooperation network (partners
of partners), the partners of organisations with similar profiles (`peer_votes`), and the activity prior (the
most connected organisations). The hard filters (`Retriever.eligible`): never the source itself, its partners,
hidden profiles, excluded pairs, kinds the pairing rules exclude, places outside the radius.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from datetime import date

import numpy as np

from matcher.engine.ann import IndexSet
from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.filters import Filters
from matcher.engine.pairing import PairingRules
from matcher.engine.results import Network

POPULAR_CANDIDATES = 50  # the activity prior's share of the candidate pool
PEERS = 200  # how many organisations with similar profiles vote for their partners (the `peers` feature)
PEER_CANDIDATES = 100  # the peers retriever's share of the candidate pool


def candidate_pool(k: int) -> int:
    """How many hits each retriever is asked for first when k partners are wanted (more if too few pass)."""
    return max(100, 20 * k)


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


def similar_row(source_id: int, ids: np.ndarray, sims: np.ndarray) -> list[tuple[int, float]]:
    """One row of a profile search as (organisation id, similarity), without the source itself."""
    return [(int(i), float(s)) for i, s in zip(ids, sims, strict=True) if i >= 0 and i != source_id]


@dataclass
class Prefetched:
    """What `Retriever.prefetch` found for one source: its similar profiles, and the organisations the
    dense retrievers returned for the candidate pool `pool`."""

    similar: list[tuple[int, float]]
    pool: int
    dense: set[int]


class Retriever:
    """Candidate retrieval and the hard filters over one catalogue and its indexes (the engine swaps both when
    the data changes: see `MatchEngine.catalogue`)."""

    def __init__(self, catalogue: Catalogue, indexes: IndexSet, pairing: PairingRules) -> None:
        self.catalogue = catalogue
        self.indexes = indexes
        self.pairing = pairing
        self._network_stats: tuple[int, int, list[int], int] | None = None

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

    def active(self, org: OrgDoc, direction: str, today: date) -> list[int]:
        """The organisation's active opportunities of one direction that the index of that direction holds."""
        index = self.indexes.offers if direction == "offer" else self.indexes.requests
        return [i for i in org.active_ids(today, direction) if i in index]

    def eligible(self, ids: set[int], source: OrgDoc | None, filters: Filters, network: Network) -> list[int]:
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

    def orgs_of(self, ids: np.ndarray, opportunities: bool) -> set[int]:
        """The organisations of the hits `ids` (FAISS's rows of ids, -1 for none): the ids themselves, or the
        owners of the opportunities they name."""
        hits = set(ids[ids >= 0].tolist())
        if not opportunities:
            return hits
        opps = self.catalogue.opps
        return {opp.organisation_id for opp in map(opps.get, hits) if opp is not None}

    def similar(self, source: OrgDoc, network: Network) -> list[tuple[int, float]]:
        """The PEERS organisations whose profiles are closest to the source's, most similar first (the peers
        feature's voters, and the profile retriever's candidates)."""
        profiles = self.indexes.profiles
        if source.id not in profiles:
            return []
        query = self.indexes.as_queries(profiles.vectors([source.id]))
        sims, ids = profiles.search(query, PEERS + 1)
        return similar_row(source.id, ids[0], self.indexes.rescored(query, ids, sims, profiles)[0])

    def needs_and_gives(self, source: OrgDoc, today: date) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The source's vectors the dense retrievers search with, as queries (`IndexSet.as_queries`): its active
        requests (needs), its profile, and its profile followed by its active offers (gives)."""
        idx = self.indexes
        needs = idx.requests.vectors(self.active(source, "request", today))
        profile = (
            idx.profiles.vectors([source.id]) if source.id in idx.profiles else np.zeros((0, idx.dimension))
        )
        gives = np.vstack([profile, idx.offers.vectors(self.active(source, "offer", today))])
        return (
            idx.as_queries(needs),
            idx.as_queries(profile.astype(np.float32)),
            idx.as_queries(gives.astype(np.float32)),
        )

    def dense(
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

    def dense_orgs(
        self, offers: np.ndarray | None, profiles: np.ndarray | None, requests: np.ndarray | None
    ) -> set[int]:
        found: set[int] = set()
        if offers is not None:
            found |= self.orgs_of(offers, opportunities=True)
        if profiles is not None:
            found |= self.orgs_of(profiles, opportunities=False)
        if requests is not None:
            found |= self.orgs_of(requests, opportunities=True)
        return found

    def prefetch(self, sources: list[OrgDoc], pool: int, today: date) -> list[Prefetched]:
        """`similar` and the dense retrievers' first pool for many sources, with one search per index for all
        of them together: a batch of queries is a matrix product, which costs far less per query than a
        search each."""
        if not sources:
            return []
        idx = self.indexes
        vectors = [self.needs_and_gives(source, today) for source in sources]
        with_profile = [row for row, (_, profile, _) in enumerate(vectors) if len(profile)]
        similar: list[list[tuple[int, float]]] = [[] for _ in sources]
        if with_profile:
            stacked = np.vstack([vectors[row][1] for row in with_profile])
            sims, ids = idx.profiles.search(stacked, PEERS + 1)
            sims = idx.rescored(stacked, ids, sims, idx.profiles)
            for at, row in enumerate(with_profile):
                similar[row] = similar_row(sources[row].id, ids[at], sims[at])
        need_bounds = np.cumsum([0] + [len(needs) for needs, _, _ in vectors])
        give_bounds = np.cumsum([0] + [len(gives) for _, _, gives in vectors])
        offers, profiles, requests = self.dense(
            np.vstack([needs for needs, _, _ in vectors]).astype(np.float32),
            np.vstack([gives for _, _, gives in vectors]).astype(np.float32),
            pool,
        )
        result = []
        for row in range(len(sources)):
            n0, n1, g0, g1 = need_bounds[row], need_bounds[row + 1], give_bounds[row], give_bounds[row + 1]
            found = self.dense_orgs(
                offers[n0:n1] if offers is not None and n1 > n0 else None,
                profiles[n0:n1] if profiles is not None and n1 > n0 else None,
                requests[g0:g1] if requests is not None and g1 > g0 else None,
            )
            result.append(Prefetched(similar[row], pool, found))
        return result

    def candidates(
        self,
        source: OrgDoc,
        filters: Filters,
        k: int,
        today: date,
        network: Network,
        similar: list[tuple[int, float]] | None = None,
        votes: dict[int, float] | None = None,
        prefetched: Prefetched | None = None,
    ) -> list[int]:
        idx = self.indexes
        needs, profile, gives = self.needs_and_gives(source, today)
        lexical_text = source.lexical_text()
        neighbours = network.get(source.id, set())
        two_hop = {c for p in neighbours for c in network.get(p, ())}
        popular, _ = self.network_stats(network)
        similar = self.similar(source, network) if similar is None else similar
        peers = peer_votes(similar, network) if votes is None else votes
        peer_top = heapq.nsmallest(PEER_CANDIDATES, peers, key=lambda o: (-peers[o], o))
        total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
        pool = candidate_pool(k)
        while True:
            found: set[int] = set(two_hop) | set(popular) | set(peer_top)
            if prefetched is not None and prefetched.pool == pool:
                found |= prefetched.dense
            else:
                found |= self.dense_orgs(*self.dense(needs, gives, pool))
            if len(profile) and pool > PEERS:
                found |= self.orgs_of(idx.profiles.search(profile, pool)[1], opportunities=False)
            elif len(profile):  # the peers' search found these already
                found |= {i for i, _ in similar[:pool]}
            found |= {i for i, _ in self.catalogue.lexical.top(lexical_text, pool)}
            kept = self.eligible(found, source, filters, network)
            if len(kept) >= 3 * k or pool >= total:
                return kept
            pool *= 4
