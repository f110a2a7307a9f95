"""Reviewer assignment on hand-made and random instances: caps, R, conflicts, kept reviews, the optimum."""

from __future__ import annotations

import itertools
import random

import pytest

from matcher.challenges.assignment import Assignment, Reviewer, assign_reviewers, find_conflicts
from matcher.errors import InvalidInput


def random_instance(seed: int, apps: int, jurors: int, cap_range: tuple[int, int], conflict_share: float):
    rng = random.Random(seed)
    application_ids = list(range(100, 100 + apps))
    reviewers = [Reviewer(id=j, cap=rng.randint(*cap_range)) for j in range(1, jurors + 1)]
    fit = {(a, r.id): round(rng.uniform(-1, 1), 3) for a in application_ids for r in reviewers}
    conflicts = {
        (a, r.id): "declared by the juror: test"
        for a in application_ids
        for r in reviewers
        if rng.random() < conflict_share
    }
    return application_ids, reviewers, fit, conflicts


def check_feasible(result: Assignment, application_ids, reviewers, conflicts, per_application: int) -> None:
    load = result.load()
    for r in reviewers:
        assert load[r.id] <= r.cap, f"juror {r.id} over cap"
    pairs = [(rev.application_id, rev.juror_id) for rev in result.reviews]
    assert len(pairs) == len(set(pairs)), "a juror reviews one application twice"
    assert not set(pairs) & set(conflicts), "a conflicting pair was assigned"
    per_app = {a: sum(1 for p in pairs if p[0] == a) for a in application_ids}
    for a in application_ids:
        assert per_app[a] + result.short.get(a, 0) == per_application
    assert result.bound >= result.total_fit - 1e-9
    assert result.total_fit == pytest.approx(sum(rev.fit for rev in result.reviews))


def brute_force(application_ids, reviewers, fit, conflicts, per_application) -> tuple[int, float]:
    """The most reviews any assignment fills, and the most total fit among those, by enumeration."""
    slots = [(a, r.id) for a in application_ids for r in reviewers if (a, r.id) not in conflicts]
    best = (-1, float("-inf"))
    for chosen in itertools.product((0, 1), repeat=len(slots)):
        picked = [s for s, c in zip(slots, chosen, strict=True) if c]
        if any(sum(1 for a, _ in picked if a == app) > per_application for app in application_ids):
            continue
        if any(sum(1 for _, j in picked if j == r.id) > r.cap for r in reviewers):
            continue
        value = (len(picked), sum(fit.get(p, 0.0) for p in picked))
        best = max(best, value)
    return best


def test_r_reached_caps_kept_and_reasons_given():
    application_ids, reviewers, fit, conflicts = random_instance(1, 40, 12, (12, 14), 0.1)
    result = assign_reviewers(application_ids, reviewers, fit, conflicts)
    check_feasible(result, application_ids, reviewers, conflicts, 3)
    assert result.short == {}  # 40 * 3 = 120 reviews, 144+ capacity, few conflicts: everyone gets 3
    assert result.optimal
    assert all(rev.reason.startswith("fit ") and not rev.kept for rev in result.reviews)
    assert result.reviews == sorted(result.reviews, key=lambda r: (r.application_id, r.juror_id))


@pytest.mark.parametrize("seed", range(6))
def test_optimum_equals_brute_force(seed):
    # 3 applications, 3 jurors: 9 pairs, 512 subsets, checked exhaustively
    application_ids, reviewers, fit, conflicts = random_instance(seed, 3, 3, (0, 3), 0.2)
    result = assign_reviewers(application_ids, reviewers, fit, conflicts, per_application=2)
    check_feasible(result, application_ids, reviewers, conflicts, 2)
    filled, best_fit = brute_force(application_ids, reviewers, fit, conflicts, 2)
    assert len(result.reviews) == filled
    assert result.total_fit == pytest.approx(best_fit, abs=1e-9)
    assert result.bound == pytest.approx(best_fit, abs=1e-5)


def test_filling_dominates_fit():
    # Juror 1 fits application 10 best, but only juror 1 may review application 11 (juror 2 conflicts):
    # filling both applications beats the better single fit.
    reviewers = [Reviewer(1, 1), Reviewer(2, 1)]
    fit = {(10, 1): 0.9, (10, 2): -0.5, (11, 1): -0.8}
    conflicts = {(11, 2): "declared by the juror: former employer"}
    result = assign_reviewers([10, 11], reviewers, fit, conflicts, per_application=1)
    assert {(r.application_id, r.juror_id) for r in result.reviews} == {(10, 2), (11, 1)}
    assert result.short == {}
    assert result.why(10, 1).startswith("not assigned: ")
    assert result.why(11, 2) == "excluded: declared by the juror: former employer"


def test_short_when_too_few_eligible_jurors():
    reviewers = [Reviewer(1, 5), Reviewer(2, 5), Reviewer(3, 5)]
    conflicts = {(7, 1): "same organisation", (7, 2): "same group"}
    result = assign_reviewers([7, 8], reviewers, {}, conflicts)
    assert result.short == {7: 2}
    assert [(r.application_id, r.juror_id) for r in result.reviews] == [(7, 3), (8, 1), (8, 2), (8, 3)]
    assert result.excluded == conflicts


def test_short_when_capacity_runs_out_and_share_at_cap():
    reviewers = [Reviewer(1, 2), Reviewer(2, 2), Reviewer(3, 0)]
    result = assign_reviewers([1, 2, 3], reviewers, {}, {})
    assert len(result.reviews) == 4
    assert sum(result.short.values()) == 5
    assert result.load() == {1: 2, 2: 2, 3: 0}
    assert result.share_at_cap(reviewers) == 1.0  # the juror with cap 0 is not counted
    assert "at their cap" in result.why(3, 1) or "has its" in result.why(3, 1)


def test_resolve_after_a_juror_drops_out_keeps_finished_reviews():
    application_ids, reviewers, fit, conflicts = random_instance(3, 20, 8, (9, 10), 0.05)
    first = assign_reviewers(application_ids, reviewers, fit, conflicts)
    gone = reviewers[0].id
    # the dropped juror finished two reviews; everyone else finished their first review
    finished = [(r.application_id, r.juror_id) for r in first.reviews if r.juror_id == gone][:2]
    seen_jurors: set[int] = set()
    for r in first.reviews:
        if r.juror_id != gone and r.juror_id not in seen_jurors:
            finished.append((r.application_id, r.juror_id))
            seen_jurors.add(r.juror_id)
    remaining = [r for r in reviewers if r.id != gone]
    second = assign_reviewers(
        application_ids,
        remaining,
        fit,
        conflicts,
        keep=finished,
        kept_reasons=dict.fromkeys(finished, "review finished"),
    )
    pairs = {(r.application_id, r.juror_id) for r in second.reviews}
    assert set(finished) <= pairs
    assert {(r.application_id, r.juror_id) for r in second.reviews if r.kept} == set(finished)
    assert all(r.reason == "kept: review finished" for r in second.reviews if r.kept)
    assert not any(r.juror_id == gone and not r.kept for r in second.reviews)
    check_feasible(second, application_ids, remaining, conflicts, 3)
    assert second.short == {}


def test_kept_reviews_count_toward_caps():
    reviewers = [Reviewer(1, 1), Reviewer(2, 3)]
    fit = {(1, 1): 0.1, (2, 1): 0.9}
    result = assign_reviewers([1, 2], reviewers, fit, {}, per_application=1, keep=[(1, 1)])
    assert [(r.application_id, r.juror_id, r.kept) for r in result.reviews] == [(1, 1, True), (2, 2, False)]
    assert result.why(1, 1) == "kept: kept from the earlier assignment"


def test_random_instances_respect_every_rule():
    for seed in range(10):
        application_ids, reviewers, fit, conflicts = random_instance(seed, 30, 9, (0, 12), 0.3)
        result = assign_reviewers(application_ids, reviewers, fit, conflicts)
        check_feasible(result, application_ids, reviewers, conflicts, 3)
        for a, j in itertools.islice(fit, 50):
            assert result.why(a, j)


def test_deterministic():
    instance = random_instance(5, 25, 7, (8, 12), 0.1)
    assert assign_reviewers(*instance) == assign_reviewers(*instance)


def test_nonsense_input_is_refused():
    jurors = [Reviewer(1, 2)]
    with pytest.raises(InvalidInput, match="at least 1 review"):
        assign_reviewers([1], jurors, {}, {}, per_application=0)
    with pytest.raises(InvalidInput, match="negative cap"):
        assign_reviewers([1], [Reviewer(1, -1)], {}, {})
    with pytest.raises(InvalidInput, match="application ids given twice: 1"):
        assign_reviewers([1, 1], jurors, {}, {})
    with pytest.raises(InvalidInput, match="juror ids given twice: 1"):
        assign_reviewers([1], [Reviewer(1, 1), Reviewer(1, 2)], {}, {})
    with pytest.raises(InvalidInput, match="to be kept but conflicts: same organisation"):
        assign_reviewers([1], jurors, {}, {(1, 1): "same organisation"}, keep=[(1, 1)])
    with pytest.raises(InvalidInput, match=r"\[-1, 1\]"):
        assign_reviewers([1], jurors, {(1, 1): float("nan")}, {})


def test_find_conflicts_names_every_rule():
    applicants = {10: 100, 11: 101, 12: 102, 13: 103}
    juror_orgs = {1: 100, 2: 200, 3: None, 4: 300}
    groups = {100: "Ruhr Holding", 101: "Rhein Group", 200: "Rhein Group", 102: None, 300: ""}
    cooperations = [frozenset({300, 102})]
    declined = [frozenset({300, 103})]
    declared = {(11, 3): "my brother founded it"}
    found = find_conflicts(applicants, juror_orgs, groups, cooperations, declined, declared)
    assert set(found) == {(10, 1), (11, 2), (11, 3), (12, 4), (13, 4)}
    assert "works for the applicant" in found[(10, 1)]
    assert "corporate group (Rhein Group)" in found[(11, 2)]
    assert found[(11, 3)] == "declared by the juror: my brother founded it"
    assert "cooperates" in found[(12, 4)]
    assert "declined" in found[(13, 4)]
    # an empty group name is no group: organisations 102 and 300 share none
    assert "group" not in found[(12, 4)]
