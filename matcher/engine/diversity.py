"""Step 4 of a match: the top rows by score, or a diversity re-ranking (maximal marginal relevance over profile
vectors), so that the top is not a row of near-copies."""

from __future__ import annotations

import numpy as np

from matcher.engine.ann import IndexSet


def top_rows(ids: list[int], scores: np.ndarray, k: int) -> list[int]:
    """Rows of the k best scores, ties to the smaller id."""
    return [int(i) for i in np.lexsort((np.asarray(ids), -scores))[:k]]


def diversify(indexes: IndexSet, ids: list[int], scores: np.ndarray, k: int, diversity: float) -> list[int]:
    """Maximal marginal relevance over profile vectors among the best 3k candidates: each pick maximises
    its score minus `diversity` times its cosine to the closest pick so far (no penalty without a vector)."""
    top = top_rows(ids, scores, 3 * k)
    has_vector = np.array([ids[i] in indexes.profiles for i in top], dtype=bool)
    vectors = np.zeros((len(top), indexes.dimension), dtype=np.float32)
    if has_vector.any():
        vectors[has_vector] = indexes.profiles.vectors(
            [ids[i] for i, h in zip(top, has_vector, strict=True) if h]
        )
    queries = indexes.as_queries(vectors)  # a pick's vector as the query, the others as documents
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
            closest = np.where(
                has_vector,
                np.maximum(closest, indexes.similarities(queries[pick : pick + 1], vectors)[0]),
                closest,
            )
    return chosen
