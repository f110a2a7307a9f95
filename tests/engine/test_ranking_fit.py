"""The listwise fit, its nDCG, and the peers vote: small hand-checked cases."""

import math

import numpy as np
import pytest

from matcher.engine.matching import peer_votes
from matcher.engine.ranking import fit_listwise, ndcg_at_k


def test_ndcg_at_k_by_hand() -> None:
    relevant = np.array([0.0, 1.0, 0.0, 1.0])
    # ranked: row 1 first (relevant), then 3 (relevant): the ideal order
    assert ndcg_at_k(np.array([0.1, 0.9, 0.2, 0.8]), relevant, 2) == pytest.approx(1.0)
    # ranked 0, 1, 2, 3: hits at positions 2 and 4; ideal has them at 1 and 2
    got = ndcg_at_k(np.array([4.0, 3.0, 2.0, 1.0]), relevant, 2)
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert got == pytest.approx(expected)
    # a relevant partner outside the candidates still counts in the ideal
    assert ndcg_at_k(np.array([0.1, 0.9, 0.2, 0.8]), relevant, 3) < 1.0
    assert ndcg_at_k(np.array([1.0]), np.array([0.0]), 0) == 0.0


def test_fit_listwise_moves_weight_to_the_feature_that_ranks() -> None:
    rng = np.random.default_rng(1)
    queries = []
    for _ in range(30):
        x = rng.random((40, 3))
        y = np.zeros(40)
        best = np.argsort(-x[:, 2])[:3]  # the third feature decides who is a real partner
        y[best] = 1.0
        queries.append((x, y, 3))
    start = np.array([0.6, 0.3, 0.1])
    weights = fit_listwise(queries, start)
    assert weights.min() >= 0 and weights.sum() == pytest.approx(1.0)
    assert int(np.argmax(weights)) == 2

    def mean(w):
        return np.mean([ndcg_at_k(x @ w, y, n) for x, y, n in queries])

    assert mean(weights) > mean(start / start.sum())


def test_peer_votes_weigh_similarity_and_dampen_hubs() -> None:
    network = {1: {10, 11}, 2: {10}, 3: {12, 13, 14, 15, 16, 17, 18, 19}}
    votes = peer_votes([(1, 0.9), (2, 0.5), (3, 0.9), (4, 0.8), (5, -0.2)], network)
    assert votes[10] == pytest.approx(0.9 / math.log(2) + 0.5 / math.log(2))
    assert votes[11] == pytest.approx(0.9 / math.log(2))
    assert votes[12] == pytest.approx(0.9 / math.log(8))  # a hub's vote is spread thin
    assert set(votes) == {10, 11, 12, 13, 14, 15, 16, 17, 18, 19}


def test_the_shipped_cordis_ranker_loads() -> None:
    from matcher.config import REPO_ROOT
    from matcher.engine.ranking import FEATURES, Ranker

    ranker = Ranker.load(REPO_ROOT / "models" / "ranker" / "cordis-h2020-2016.json")
    # learned before the feedback feature existed: that one keeps its hand-set weight
    assert set(ranker.weights) == set(FEATURES) - {"feedback"}
    assert ranker.active_weights({"feedback": True, "popularity": True})["feedback"] > 0
    assert sum(ranker.weights.values()) == pytest.approx(1.0, abs=1e-3)
    assert ranker.training["validation_year"] == 2015  # learned before the 2016 cut-off only
