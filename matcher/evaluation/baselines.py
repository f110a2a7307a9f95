"""Baselines of the match-quality benchmark, measured on the same queries, candidates and exclusions as the
engine: random, popularity, same-country popularity, BM25 on the profile text, dense profile cosine,
Adamic-Adar on the cooperation network, Adamic-Adar times log degree, and a learned mix of popularity, common
neighbours and Adamic-Adar (`network_mix.py`).

Every baseline ranks all candidates except the query organisation and its earlier partners (what the engine
leaves out too) and breaks ties by ref, so its lists are deterministic. BM25 and Adamic-Adar rank only
candidates with some evidence (a positive score); they do not pad their lists.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

Rankings = dict[str, list[str]]


@dataclass
class Candidates:
    """What every ranker sees: the candidate refs (sorted) and, per ref, its country, text and earlier partners."""

    refs: list[str]
    countries: Mapping[str, str | None]
    texts: Mapping[str, str]
    earlier: Mapping[str, set[str]]

    def __post_init__(self) -> None:
        self.refs = sorted(self.refs)
        self.position = {ref: i for i, ref in enumerate(self.refs)}
        self.degree = np.array([len(self.earlier.get(ref, ())) for ref in self.refs], dtype=np.float64)

    def excluded(self, query: str) -> np.ndarray:
        """Positions of the query organisation and its earlier partners."""
        refs = {query} | set(self.earlier.get(query, ()))
        return np.array([self.position[r] for r in refs if r in self.position], dtype=np.int64)


def top_k(scores: np.ndarray, excluded: np.ndarray, k: int, positive_only: bool = False) -> np.ndarray:
    """Positions of the k best scores, ties broken by position (= by ref), skipping `excluded`."""
    scores = np.asarray(scores, dtype=np.float64).copy()
    scores[excluded] = -np.inf
    order = np.lexsort((np.arange(len(scores)), -scores))
    keep = scores[order] > (0.0 if positive_only else -np.inf)
    return order[keep][:k]


def _rank_each(
    cands: Candidates,
    queries: Sequence[str],
    k: int,
    score: Callable[[str], np.ndarray],
    positive_only: bool = False,
) -> Rankings:
    return {q: [cands.refs[i] for i in top_k(score(q), cands.excluded(q), k, positive_only)] for q in queries}


def random_ranking(cands: Candidates, queries: Sequence[str], k: int, seed: int = 0) -> Rankings:
    """A fresh random order of the candidates for each query (seeded)."""
    rng = np.random.default_rng(seed)
    return _rank_each(cands, queries, k, lambda _q: rng.random(len(cands.refs)))


def popularity(cands: Candidates, queries: Sequence[str], k: int) -> Rankings:
    """The candidates with the most earlier partners first."""
    return _rank_each(cands, queries, k, lambda _q: cands.degree)


def same_country_popularity(cands: Candidates, queries: Sequence[str], k: int) -> Rankings:
    """Popularity, but candidates from the query organisation's country first."""
    countries = np.array([cands.countries.get(r) or "" for r in cands.refs], dtype=object)
    bonus = 1.0 + cands.degree.max(initial=0.0)

    def score(q: str) -> np.ndarray:
        country = cands.countries.get(q)
        if not country:
            return cands.degree
        return cands.degree + bonus * (countries == country)

    return _rank_each(cands, queries, k, score)


def bm25(cands: Candidates, queries: Sequence[str], k: int) -> Rankings:
    """BM25 (bm25s, Lucene variant) of each candidate's profile text for the query's profile text,
    English stop words removed and words stemmed with Snowball (PyStemmer)."""
    import bm25s
    import Stemmer

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs every index build at DEBUG
    stemmer = Stemmer.Stemmer("english")
    tokens = bm25s.tokenize(
        [cands.texts.get(r, "") for r in cands.refs],
        stopwords="en",
        stemmer=stemmer.stemWords,
        return_ids=False,
        show_progress=False,
    )
    retriever = bm25s.BM25()
    retriever.index(tokens, show_progress=False)
    vocab = retriever.vocab_dict

    def score(q: str) -> np.ndarray:
        words = [t for t in tokens[cands.position[q]] if t in vocab]
        if not words:
            return np.zeros(len(cands.refs))
        return np.asarray(retriever.get_scores(words), dtype=np.float64)

    return _rank_each(cands, queries, k, score, positive_only=True)


def dense(cands: Candidates, queries: Sequence[str], k: int, vectors: np.ndarray) -> Rankings:
    """Cosine of normalised profile vectors (`vectors` has one row per candidate, in `cands.refs` order)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    return _rank_each(cands, queries, k, lambda q: matrix @ matrix[cands.position[q]])


@dataclass
class Network:
    """A cooperation network as sparse matrices over candidate positions: the adjacency, the same with each
    partner z's row weighted by 1 / log(degree of z) (Adamic-Adar's weights), and the degrees."""

    adjacency: Any
    weighted: Any
    degree: np.ndarray


def network_of(pairs: Sequence[tuple[int, int]], n: int) -> Network:
    """The network of undirected `pairs` of positions (a pair met twice is one edge)."""
    from scipy import sparse

    rows = [a for a, _ in pairs] + [b for _, b in pairs]
    cols = [b for _, b in pairs] + [a for a, _ in pairs]
    adjacency = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    adjacency.data[:] = 1.0
    degree = np.asarray(adjacency.sum(axis=1)).ravel()
    weights = np.zeros(n)
    weights[degree > 1] = 1.0 / np.log(degree[degree > 1])
    return Network(adjacency, (sparse.diags(weights) @ adjacency).tocsr(), degree)


def earlier_network(cands: Candidates) -> Network:
    """The candidates' earlier cooperation network."""
    position = cands.position
    pairs = [
        (position[a], position[b])
        for a, partners in cands.earlier.items()
        if a in position
        for b in partners
        if b in position and a < b
    ]
    return network_of(pairs, len(cands.refs))


def adamic_adar_scores(cands: Candidates, net: Network, q: str) -> np.ndarray:
    row = net.adjacency.getrow(cands.position[q]) @ net.weighted
    return np.asarray(row.todense()).ravel()


def adamic_adar(cands: Candidates, queries: Sequence[str], k: int) -> Rankings:
    """Adamic-Adar on the earlier cooperation network: sum over shared partners z of 1 / log(degree of z)."""
    net = earlier_network(cands)
    return _rank_each(cands, queries, k, lambda q: adamic_adar_scores(cands, net, q), positive_only=True)


def adamic_adar_popular(cands: Candidates, queries: Sequence[str], k: int) -> Rankings:
    """Adamic-Adar times log(1 + the candidate's degree): partners of partners, the well connected first."""
    net, boost = earlier_network(cands), np.log1p(cands.degree)
    return _rank_each(
        cands, queries, k, lambda q: adamic_adar_scores(cands, net, q) * boost, positive_only=True
    )


BASELINES: tuple[str, ...] = (
    "random",
    "popularity",
    "same-country popularity",
    "BM25 (profile text)",
    "dense (profile cosine)",
    "Adamic-Adar (network)",
    "Adamic-Adar x log(degree)",
    "network mix (learned)",
)
