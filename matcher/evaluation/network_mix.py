"""A learned baseline that knows only the network: popularity, common neighbours and Adamic-Adar, mixed with
weights fitted the way `matcher train` fits the engine's (`matcher/recommendations/training.py`).

The cooperations are split by year: the mix learns on the year before the last one with new pairs (the network
before that year, its new partners as positives, the best 100 candidates of the unweighted mix as the rows) and
is validated on the last year against its own features alone; the better of the pairwise fit, its listwise
refinement and each single feature is kept. It then ranks with the whole network before the cut-off."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from matcher.engine.ranking import fit_listwise, fit_pairwise, ndcg_at_k
from matcher.evaluation.baselines import (
    Candidates,
    Network,
    Rankings,
    _rank_each,
    earlier_network,
    network_of,
)

FEATURES = ("popularity", "common neighbours", "Adamic-Adar")
ROWS = 100  # candidates per query the fit sees, as the engine's retrievers give it a few hundred


def features(net: Network, i: int) -> np.ndarray:
    """One row per candidate: log(1 + degree), common neighbours and Adamic-Adar with query `i`, each column
    scaled to 1 at its largest value for this query."""
    row = net.adjacency.getrow(i)
    table = np.column_stack(
        [
            np.log1p(net.degree),
            (row @ net.adjacency).toarray().ravel(),
            (row @ net.weighted).toarray().ravel(),
        ]
    )
    top = table.max(axis=0)
    return table / np.where(top > 0, top, 1.0)


def _examples(net: Network, new: dict[int, set[int]], queries: Sequence[int]):
    for q in queries:
        table = features(net, q)
        score = table.sum(axis=1)
        score[q] = -np.inf
        score[net.adjacency.getrow(q).indices] = -np.inf
        rows = np.argsort(-score, kind="stable")[:ROWS]
        labels = np.array([r in new[q] for r in rows], dtype=np.float64)
        yield table[rows], labels, len(new[q])


def learn_weights(
    cands: Candidates,
    cooperations: Sequence[tuple[str, str, int, str]],
    seed: int = 0,
    max_queries: int = 400,
) -> tuple[np.ndarray, dict[str, float]]:
    """The mix's weights (in FEATURES order) and the validation nDCG@10 of every candidate weighting."""
    n, position = len(cands.refs), cands.position
    by_year: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a_ref, b_ref, year, _ in cooperations:
        if a_ref in position and b_ref in position:
            by_year[year].append((position[a_ref], position[b_ref]))
    years = sorted(by_year)
    periods = []
    known: set[tuple[int, int]] = set()
    for year in years:
        new: dict[int, set[int]] = defaultdict(set)
        for a, b in by_year[year]:
            if (a, b) not in known and (b, a) not in known:
                new[a].add(b)
                new[b].add(a)
        if known and new:
            periods.append((network_of(sorted(known), n), dict(new)))
        known.update(by_year[year])
    if len(periods) < 2:
        return np.array([1.0, 0.0, 0.0]), {}
    rng = random.Random(seed)
    (learn_net, learn_new), (check_net, check_new) = periods[-2], periods[-1]
    learn_queries, check_queries = sorted(learn_new), sorted(check_new)
    rng.shuffle(learn_queries)
    rng.shuffle(check_queries)
    listwise, positives, negatives = [], [], []
    for table, labels, relevant in _examples(learn_net, learn_new, learn_queries[:max_queries]):
        listwise.append((table, labels, relevant))
        pos, neg = np.flatnonzero(labels), list(np.flatnonzero(labels == 0))
        for p in pos:
            for m in rng.sample(neg, min(4, len(neg))):
                positives.append(table[p])
                negatives.append(table[m])
    pairwise = fit_pairwise(np.array(positives), np.array(negatives))
    options = {"pairwise": pairwise, "listwise": fit_listwise(listwise, pairwise)}
    options.update({name: np.eye(len(FEATURES))[i] for i, name in enumerate(FEATURES)})
    checks = list(_examples(check_net, check_new, check_queries[:max_queries]))
    scores = {
        name: float(np.mean([ndcg_at_k(t @ w, labels, rel) for t, labels, rel in checks]))
        for name, w in options.items()
    }
    best = max(options, key=lambda name: scores[name])
    return options[best], {**scores, f"chosen: {best}": scores[best]}


def network_mix(
    cands: Candidates,
    queries: Sequence[str],
    k: int,
    cooperations: Sequence[tuple[str, str, int, str]],
    seed: int = 0,
) -> Rankings:
    """The learned mix of popularity, common neighbours and Adamic-Adar on the network before the cut-off."""
    weights, _ = learn_weights(cands, cooperations, seed)
    net = earlier_network(cands)
    return _rank_each(cands, queries, k, lambda q: features(net, cands.position[q]) @ weights)
