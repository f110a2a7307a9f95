"""Ranking metrics on small rankings whose values are worked out by hand, and the bootstrap intervals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from matcher.evaluation.metrics import (
    bootstrap_ci,
    hit_at_k,
    mrr_at_k,
    ndcg_at_k,
    per_query,
    query_metrics,
    recall_at_k,
)

RANKED = ["a", "b", "c", "d", "e"]


def test_recall_counts_hits_over_the_smaller_of_relevant_and_k() -> None:
    assert recall_at_k(RANKED, {"b", "d", "x"}, 5) == pytest.approx(2 / 3)  # 2 of 3 relevant found
    assert recall_at_k(RANKED, {"b", "d", "x"}, 2) == pytest.approx(1 / 2)  # 1 hit, at most 2 possible
    assert recall_at_k(RANKED, {"a", "b", "c", "d", "e", "f"}, 3) == 1.0  # a perfect top 3
    assert recall_at_k(RANKED, {"x"}, 5) == 0.0
    assert recall_at_k(RANKED, set(), 5) == 0.0


def test_ndcg_discounts_by_log2_of_the_rank() -> None:
    # hits at ranks 2 and 4: DCG = 1/log2(3) + 1/log2(5); ideal with 2 relevant = 1 + 1/log2(3)
    expected = (1 / math.log2(3) + 1 / math.log2(5)) / (1 + 1 / math.log2(3))
    assert ndcg_at_k(RANKED, {"b", "d"}, 5) == pytest.approx(expected)
    assert ndcg_at_k(RANKED, {"b", "d"}, 5) == pytest.approx(0.6509, abs=1e-4)
    assert ndcg_at_k(RANKED, {"a", "b"}, 5) == 1.0
    # only the top k count: the hit at rank 4 is cut off at k=3, the ideal still has 2 hits
    assert ndcg_at_k(RANKED, {"b", "d"}, 3) == pytest.approx((1 / math.log2(3)) / (1 + 1 / math.log2(3)))
    # more relevant than k: the ideal is a full top k
    assert ndcg_at_k(["x", "a"], {"a", "b", "c"}, 2) == pytest.approx(
        (1 / math.log2(3)) / (1 + 1 / math.log2(3))
    )
    assert ndcg_at_k(RANKED, {"x"}, 5) == 0.0


def test_mrr_is_the_reciprocal_rank_of_the_first_hit_within_k() -> None:
    assert mrr_at_k(RANKED, {"c", "e"}, 5) == pytest.approx(1 / 3)
    assert mrr_at_k(RANKED, {"a"}, 5) == 1.0
    assert mrr_at_k(RANKED, {"e"}, 4) == 0.0
    assert mrr_at_k([], {"a"}, 100) == 0.0


def test_hit_is_one_when_the_top_k_hold_a_relevant_item() -> None:
    assert hit_at_k(RANKED, {"e"}, 5) == 1.0
    assert hit_at_k(RANKED, {"e"}, 4) == 0.0


def test_query_metrics_and_per_query_use_the_benchmark_depths() -> None:
    long_ranking = [f"n{i}" for i in range(50)] + ["hit"]  # the hit at rank 51: outside @10, inside @100
    values = query_metrics(long_ranking, {"hit"})
    assert values == {"recall@10": 0.0, "ndcg@10": 0.0, "mrr@100": pytest.approx(1 / 51), "hit@10": 0.0}
    table = per_query({"q1": ["a", "b"]}, {"q1": {"b"}, "q2": {"a"}}, ["q1", "q2"])
    assert table["mrr@100"].tolist() == [0.5, 0.0]  # q2 has no ranking: it scores 0
    assert table["hit@10"].tolist() == [1.0, 0.0]


def test_bootstrap_interval_holds_the_mean_and_is_deterministic() -> None:
    values = np.random.default_rng(7).random(200)
    first = bootstrap_ci(values, resamples=500, seed=3)
    again = bootstrap_ci(values, resamples=500, seed=3)
    other = bootstrap_ci(values, resamples=500, seed=4)
    assert first == again
    assert first != other
    assert first.mean == pytest.approx(values.mean())
    assert first.low < first.mean < first.high
    # about two standard errors each side for a mean of 200 uniform values (sd 0.29 / sqrt(200) = 0.02)
    assert 0.05 < first.high - first.low < 0.11


def test_bootstrap_of_constant_values_has_no_width() -> None:
    estimate = bootstrap_ci([0.25] * 10, resamples=100, seed=0)
    assert (estimate.mean, estimate.low, estimate.high) == (0.25, 0.25, 0.25)
    assert estimate.format() == "0.250 [0.250, 0.250]"
