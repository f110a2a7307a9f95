"""Scoring: weighted totals, the three methods, ties and the per-juror z-scores' invariance to leniency."""

from __future__ import annotations

import pytest

from matcher.challenges.scoring import Score, rank_applications, weighted_total
from matcher.errors import InvalidInput

WEIGHTS = {"fit": 2, "feasibility": 1, "team": 1}


def marks(fit: float, feasibility: float, team: float) -> dict[str, float]:
    return {"fit": fit, "feasibility": feasibility, "team": team}


def order(ranked) -> list[int]:
    return [r.application_id for r in ranked]


def test_weighted_total_normalises_weights_and_names_a_missing_criterion():
    assert weighted_total(marks(8, 4, 6), WEIGHTS) == pytest.approx((2 * 8 + 4 + 6) / 4)
    assert weighted_total(marks(8, 4, 6), {"fit": 0.5, "feasibility": 0.25, "team": 0.25}) == pytest.approx(
        6.5
    )
    assert weighted_total({"fit": 7, "impact": 1}, {"fit": 3}) == 7  # a mark without a weight is ignored
    with pytest.raises(InvalidInput, match="criterion team") as caught:
        weighted_total({"fit": 8, "feasibility": 4}, WEIGHTS)
    assert caught.value.detail == ["team"]
    with pytest.raises(InvalidInput, match="sum to 0"):
        weighted_total({"fit": 1}, {"fit": 0})
    with pytest.raises(InvalidInput, match="negative"):
        weighted_total({"fit": 1}, {"fit": -1})


def test_mean_median_intervals_and_disagreement():
    scores = [
        Score(1, 10, marks(8, 8, 8)),
        Score(1, 11, marks(6, 6, 6)),
        Score(1, 12, marks(1, 1, 1)),
        Score(2, 10, marks(7, 7, 7)),
    ]
    mean = {r.application_id: r for r in rank_applications(scores, WEIGHTS)}
    assert mean[1].score == pytest.approx(5.0)
    assert (mean[1].low, mean[1].high, mean[1].reviews) == (1.0, 8.0, 3)
    assert mean[1].disagreement == pytest.approx(((9 + 1 + 16) / 3) ** 0.5)
    assert (mean[2].low, mean[2].high, mean[2].disagreement) == (7.0, 7.0, 0.0)  # one juror
    assert order(rank_applications(scores, WEIGHTS)) == [2, 1]
    median = {r.application_id: r for r in rank_applications(scores, WEIGHTS, "median")}
    assert median[1].score == 6.0  # the outlier juror moves the median less than the mean
    for method in ("mean", "median", "zscore"):
        for r in rank_applications(scores, WEIGHTS, method):
            assert r.low <= r.score <= r.high


def test_ties_share_a_rank():
    scores = [Score(a, 1, marks(m, m, m)) for a, m in ((1, 5), (2, 7), (3, 7), (4, 3))]
    ranked = rank_applications(scores, WEIGHTS)
    assert [(r.application_id, r.rank) for r in ranked] == [(2, 1), (3, 1), (1, 3), (4, 4)]


def panel(lenient_bonus: float) -> list[Score]:
    """Juror 10 reviews applications 1 and 2, juror 11 applications 3 and 4, juror 12 all four; juror 10 adds
    `lenient_bonus` to every mark but orders its applications as before."""
    base = {
        10: {1: 5, 2: 4},
        11: {3: 6, 4: 5},
        12: {1: 5, 2: 4, 3: 6, 4: 5},
    }
    scores = []
    for juror, given in base.items():
        bonus = lenient_bonus if juror == 10 else 0
        for application, mark in given.items():
            scores.append(Score(application, juror, marks(mark + bonus, mark + bonus, mark + bonus)))
    return scores


def test_zscore_is_invariant_to_a_lenient_juror_where_the_raw_mean_is_not():
    fair, lenient = panel(0), panel(3)
    assert order(rank_applications(fair, WEIGHTS, "mean")) == [3, 1, 4, 2]
    assert order(rank_applications(lenient, WEIGHTS, "mean")) == [1, 3, 2, 4]  # juror 10's leniency wins
    z_fair = rank_applications(fair, WEIGHTS, "zscore")
    z_lenient = rank_applications(lenient, WEIGHTS, "zscore")
    assert order(z_fair) == order(z_lenient)
    for a, b in zip(z_fair, z_lenient, strict=True):
        assert a.score == pytest.approx(b.score, abs=1e-12)
        assert a.rank == b.rank


def test_zscore_lenient_and_strict_jurors_with_the_same_order_rank_alike():
    # two jurors on disjoint applications, the same order, one 5 points higher on the scale: the raw mean puts
    # all of the lenient juror's applications first, z-scores interleave them
    strict = [Score(a, 1, marks(m, m, m)) for a, m in ((1, 3), (2, 5), (3, 7))]
    lenient = [Score(a, 2, marks(m + 5, m + 5, m + 5)) for a, m in ((4, 3), (5, 5), (6, 7))]
    raw = rank_applications(strict + lenient, WEIGHTS)
    assert order(raw)[:3] == [6, 5, 4]
    z = rank_applications(strict + lenient, WEIGHTS, "zscore")
    assert [r.rank for r in z] == [1, 1, 3, 3, 5, 5]
    assert [set(order(z)[i : i + 2]) for i in (0, 2, 4)] == [{3, 6}, {2, 5}, {1, 4}]


def test_zscore_juror_with_one_review_or_no_spread_contributes_zero():
    scores = [
        Score(1, 1, marks(9, 9, 9)),  # juror 1's only review
        Score(2, 2, marks(4, 4, 4)),
        Score(3, 2, marks(4, 4, 4)),  # juror 2 gives the same total everywhere
    ]
    ranked = rank_applications(scores, WEIGHTS, "zscore")
    assert all(r.score == 0.0 and r.rank == 1 for r in ranked)


def test_refusals():
    with pytest.raises(InvalidInput, match="twice"):
        rank_applications([Score(1, 1, marks(1, 1, 1))] * 2, WEIGHTS)
    with pytest.raises(InvalidInput, match="unknown scoring method"):
        rank_applications([], WEIGHTS, "max")  # type: ignore[arg-type]
    assert rank_applications([], WEIGHTS) == []
