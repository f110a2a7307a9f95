"""The matching engine: partners for an organisation, and organisations and opportunities for a question.

Two organisations fit when what one seeks meets what the other offers, in both directions, and the pairing
makes sense for their kinds. A match runs in four steps, each in its own module:
1. candidates from several retrievers (`retrieval.Retriever`): dense vectors, lexical (BM25), the cooperation
   network, the partners of organisations with similar profiles, and the activity prior;
2. hard filters (`retrieval.Retriever.eligible`, `filters.Filters`): never itself, its partners, hidden
   profiles, excluded pairs, kinds the pairing rules exclude, places outside the radius; expired or
   unpublished opportunities never count;
3. features for every candidate (`features.feature_table`, `ranking.FEATURES`), fused by the ranker's weights
   into one score (`ranking.fused_scores`);
4. optionally a diversity re-ranking (`diversity.diversify`: MMR over profile vectors), so that the top is not
   a row of near-copies.
Every match carries its explanation (`explain.explain`): each feature's value, weight and share, and the texts
that matched. Free-text search is `search.search`. `MatchEngine` holds the state and the lock; this module also
re-exports the names callers import from it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import date
from functools import cache

import numpy as np
from threadpoolctl import ThreadpoolController

from matcher.engine import explain as explanations
from matcher.engine import search as free_text
from matcher.engine.ann import IndexSet
from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.diversity import diversify, top_rows
from matcher.engine.features import distance_between, feature_table, overlap
from matcher.engine.filters import Filters
from matcher.engine.pairing import PairingRules
from matcher.engine.ranking import DEFAULT_RANKER, Ranker, fused_scores
from matcher.engine.results import (
    FeatureTable,
    Match,
    Network,
    OppHit,
    OrgHit,
    ScorePart,
    SearchResult,
    TextMatch,
)
from matcher.engine.retrieval import Prefetched, Retriever, candidate_pool, peer_votes
from matcher.engine.search import query_terms

# the names callers import from here (the engine's public face), wherever they live now
__all__ = [
    "FeatureTable",
    "Filters",
    "Match",
    "MatchEngine",
    "Network",
    "OppHit",
    "OrgHit",
    "ScorePart",
    "SearchResult",
    "TextMatch",
    "candidate_pool",
    "distance_between",
    "overlap",
    "peer_votes",
    "query_terms",
]


@cache
def _thread_controller() -> ThreadpoolController:
    return ThreadpoolController()


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
        self.retriever = Retriever(catalogue, indexes, pairing)
        self.ranker = ranker
        self.diversity = diversity
        # organisation id -> how its introductions went, between 0 and 1 (set by the matching service)
        self.feedback: Mapping[int, float] = {}
        self.lock = threading.RLock()
        # BLAS and OpenMP threads per match or search; 0 leaves the libraries' default (see `request_threads`)
        self.threads = threads

    # the retriever owns the catalogue, the indexes and the default pairing rules; the indexing service swaps
    # the catalogue and the indexes here (under the lock) when the data changes
    @property
    def catalogue(self) -> Catalogue:
        return self.retriever.catalogue

    @catalogue.setter
    def catalogue(self, catalogue: Catalogue) -> None:
        self.retriever.catalogue = catalogue

    @property
    def indexes(self) -> IndexSet:
        return self.retriever.indexes

    @indexes.setter
    def indexes(self, indexes: IndexSet) -> None:
        self.retriever.indexes = indexes

    @property
    def pairing(self) -> PairingRules:
        return self.retriever.pairing

    @pairing.setter
    def pairing(self, pairing: PairingRules) -> None:
        self.retriever.pairing = pairing

    def request_threads(self) -> AbstractContextManager[object]:
        """Limit numpy's BLAS and FAISS's OpenMP threads while one request is answered. A match multiplies
        small matrices: on a busy machine, threads waiting for each other cost more than they save, and a
        server answers requests on several threads at once anyway."""
        if not self.threads:
            return nullcontext()
        return _thread_controller().limit(limits=self.threads)

    def network_stats(self, network: Network) -> tuple[list[int], int]:
        """The POPULAR_CANDIDATES most connected organisations and the largest degree (`Retriever.network_stats`)."""
        return self.retriever.network_stats(network)

    # --- steps 1-2: candidates (`retrieval`) ----------------------------------------------------------

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
        return self.retriever.candidates(source, filters, k, today, network, similar, votes, prefetched)

    # --- step 3: features (`features`) ----------------------------------------------------------------

    def features(
        self,
        source: OrgDoc,
        candidate_ids: list[int],
        today: date,
        network: Network | None = None,
        similar: list[tuple[int, float]] | None = None,
        votes: dict[int, float] | None = None,
    ) -> FeatureTable:
        """Every feature of every candidate, as arrays (`features.feature_table`)."""
        return feature_table(
            self.retriever, self.feedback, source, candidate_ids, today, network, similar, votes
        )

    # --- step 4: scoring and diversity ----------------------------------------------------------------

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
            prefetched = self.retriever.prefetch(sources, candidate_pool(k), today)
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
        prefetched: Prefetched | None = None,
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
            similar, prefetched = self.retriever.similar(source, network), None
        votes = peer_votes(similar, network)
        candidate_ids = self.candidates(source, filters, k, today, network, similar, votes, prefetched)
        if not candidate_ids:
            return None
        table = self.features(source, candidate_ids, today, network, similar, votes)
        weights = self.ranker.active_weights(table.active)
        scores = fused_scores(table.values, weights)
        order = diversify(self.indexes, candidate_ids, scores, k, diversity) if diversity > 0 else None
        if order is None:
            order = top_rows(candidate_ids, scores, k)
        return table, order, scores, weights

    def explain(self, table: FeatureTable, row: int, score: float | None, weights: dict[str, float]) -> Match:
        """The match of one row of a feature table, with everything that explains it (`explain.explain`)."""
        return explanations.explain(self.catalogue, table, row, score, weights)

    # --- free-text search (`search`) ------------------------------------------------------------------

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
        return free_text.search(self.retriever, self._held, query, query_vector, k, filters, today)

    @contextmanager
    def _held(self) -> Iterator[None]:
        """The engine's lock and the request's thread limit (what a search's index reads run under)."""
        with self.lock, self.request_threads():
            yield
