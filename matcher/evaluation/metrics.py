"""Ranking metrics with binary relevance, and percentile-bootstrap confidence intervals over queries.

Definitions (one ranked list of candidates and one set of relevant items per query):
- Recall@k = hits in the top k / min(|relevant|, k), so that a perfect top k scores 1 even when an
  organisation got more than k new partners;
- nDCG@k  = DCG of the top k / DCG of a perfect top k, gain 1 per hit, discount 1 / log2(rank + 1);
- MRR@k   = 1 / rank of the first hit within the top k, 0 without one;
- Hit@k   = 1 when the top k hold at least one hit.
A benchmark's score is the mean over its queries; its interval comes from resampling the queries.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

METRICS: tuple[str, ...] = ("recall@10", "ndcg@10", "mrr@100", "hit@10")


def recall_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    hits = sum(1 for item in ranked[:k] if item in relevant)
    return hits / min(len(relevant), k)


def ndcg_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    if not relevant:
        return 0.0
    dcg = sum(1.0 / math.log2(rank + 2) for rank, item in enumerate(ranked[:k]) if item in relevant)
    ideal = sum(1.0 / math.log2(rank + 2) for rank in range(min(len(relevant), k)))
    return dcg / ideal


def mrr_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    for rank, item in enumerate(ranked[:k], start=1):
        if item in relevant:
            return 1.0 / rank
    return 0.0


def hit_at_k(ranked: Sequence[str], relevant: set[str], k: int) -> float:
    return 1.0 if any(item in relevant for item in ranked[:k]) else 0.0


def query_metrics(ranked: Sequence[str], relevant: set[str]) -> dict[str, float]:
    """The benchmark's four metrics for one query."""
    return {
        "recall@10": recall_at_k(ranked, relevant, 10),
        "ndcg@10": ndcg_at_k(ranked, relevant, 10),
        "mrr@100": mrr_at_k(ranked, relevant, 100),
        "hit@10": hit_at_k(ranked, relevant, 10),
    }


def per_query(
    rankings: Mapping[str, Sequence[str]], gold: Mapping[str, set[str]], queries: Sequence[str]
) -> dict[str, np.ndarray]:
    """metric -> one value per query, in the order of `queries` (a query without a ranking scores 0)."""
    rows = [query_metrics(rankings.get(q, ()), gold[q]) for q in queries]
    return {m: np.array([r[m] for r in rows], dtype=np.float64) for m in METRICS}


@dataclass(frozen=True)
class Estimate:
    """A mean with its bootstrap interval."""

    mean: float
    low: float
    high: float

    def format(self, digits: int = 3) -> str:
        return f"{_fixed(self.mean, digits)} [{_fixed(self.low, digits)}, {_fixed(self.high, digits)}]"


def _fixed(value: float, digits: int) -> str:
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text  # no "-0.000"


def resample_indices(n: int, resamples: int = 1000, seed: int = 0) -> np.ndarray:
    """(resamples, n) row indices drawn with replacement; share them to get paired intervals."""
    rng = np.random.default_rng(seed)
    return rng.integers(0, n, size=(resamples, n)) if n else np.zeros((resamples, 0), dtype=np.int64)


def bootstrap(values: np.ndarray, indices: np.ndarray, confidence: float = 0.95) -> Estimate:
    """The mean of `values` and a percentile-bootstrap interval from the resamples in `indices`."""
    if len(values) == 0:
        return Estimate(math.nan, math.nan, math.nan)
    means = values[indices].mean(axis=1)
    tail = (1 - confidence) / 2 * 100
    low, high = np.percentile(means, [tail, 100 - tail])
    return Estimate(float(values.mean()), float(low), float(high))


def bootstrap_ci(
    values: Sequence[float], resamples: int = 1000, seed: int = 0, confidence: float = 0.95
) -> Estimate:
    """Mean and bootstrap interval of per-query values (deterministic for a given seed)."""
    array = np.asarray(values, dtype=np.float64)
    return bootstrap(array, resample_indices(len(array), resamples, seed), confidence)
