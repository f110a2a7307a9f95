"""The shortlist across challenges: slots and the applicant's cap hold, the total is the best, every candidate left
out is told why."""

from __future__ import annotations

import itertools
import random

import pytest

from matcher.challenges.shortlist import Candidate, shortlist
from matcher.errors import InvalidInput


def check(result, candidates, slots, cap) -> None:
    chosen, left_out = result
    by_id = {c.application_id: c for c in candidates}
    ids = [s.application_id for s in chosen]
    assert len(ids) == len(set(ids))
    assert set(ids) | set(left_out) == set(by_id) and not set(ids) & set(left_out)
    per_challenge = {ch: sum(1 for i in ids if by_id[i].challenge_id == ch) for ch in slots}
    assert all(per_challenge[ch] <= slots[ch] for ch in slots)
    per_applicant: dict[int, set[int]] = {}
    for i in ids:
        per_applicant.setdefault(by_id[i].applicant_id, set()).add(by_id[i].challenge_id)
    assert all(len(chs) <= cap for chs in per_applicant.values())
    assert all(s.reason for s in chosen) and all(left_out.values())


def brute_force(candidates, slots, cap) -> tuple[int, float]:
    best = (-1, float("-inf"))
    for mask in itertools.product((0, 1), repeat=len(candidates)):
        picked = [c for c, m in zip(candidates, mask, strict=True) if m]
        if any(sum(1 for c in picked if c.challenge_id == ch) > n for ch, n in slots.items()):
            continue
        entries = {(c.applicant_id, c.challenge_id) for c in picked}
        if len(entries) < len(picked):  # one applicant twice in one challenge
            continue
        if any(sum(1 for a, _ in entries if a == app) > cap for app in {c.applicant_id for c in picked}):
            continue
        best = max(best, (len(picked), sum(c.score for c in picked)))
    return best


def test_best_within_slots_and_reasons():
    candidates = [
        Candidate(1, 3, 101, 6.8),
        Candidate(2, 3, 102, 7.4),
        Candidate(3, 3, 103, 6.1),
        Candidate(4, 4, 104, 5.0),
    ]
    chosen, left_out = shortlist(candidates, {3: 2, 4: 1})
    assert [(s.application_id, s.challenge_id) for s in chosen] == [(2, 3), (1, 3), (4, 4)]
    assert left_out == {3: "below the 2 shortlisted of challenge 3 (score 6.10 vs 6.80)"}
    assert chosen[0].reason.startswith("score 7.40, the 1st best of 3 candidates of challenge 3")


def test_the_applicants_cap_holds_and_is_named():
    # applicant 100 is the best in all three challenges; with a cap of 2 its weakest lead goes to the next one
    candidates = [
        Candidate(1, 1, 100, 9.0),
        Candidate(2, 2, 100, 8.0),
        Candidate(3, 3, 100, 7.0),
        Candidate(4, 1, 200, 6.0),
        Candidate(5, 2, 300, 7.5),
        Candidate(6, 3, 400, 1.0),
    ]
    slots = {1: 1, 2: 1, 3: 1}
    result = shortlist(candidates, slots, cap_per_applicant=2)
    check(result, candidates, slots, 2)
    chosen, left_out = result
    # losing 3 (7.0 -> 1.0) costs 6.0, losing 2 (8.0 -> 7.5) 0.5, losing 1 (9.0 -> 6.0) 3.0: 2 goes
    assert {s.application_id for s in chosen} == {1, 3, 5}
    assert left_out[2].startswith("the applicant pitches for 2 challenges already (its cap)")
    assert "challenge 1 (score 9.00)" in left_out[2]
    assert (
        "candidates ranked above pitch for other challenges"
        in next(s for s in chosen if s.application_id == 5).reason
    )


def test_fills_slots_before_score_and_no_slots_named():
    # z-scores below 0 still fill free slots
    candidates = [Candidate(1, 1, 10, -0.4), Candidate(2, 1, 11, -1.2), Candidate(3, 2, 12, 2.0)]
    chosen, left_out = shortlist(candidates, {1: 2})
    assert {s.application_id for s in chosen} == {1, 2}
    assert left_out == {3: "challenge 2 has no pitch slots"}
    chosen, left_out = shortlist(candidates, {1: 2}, min_score=-1.0)
    assert {s.application_id for s in chosen} == {1}
    assert left_out[2] == "score -1.20 is below the minimum of -1.00"


@pytest.mark.parametrize("seed", range(8))
def test_optimum_equals_brute_force(seed):
    rng = random.Random(seed)
    candidates = [
        Candidate(i, rng.randint(1, 3), rng.randint(1, 4), round(rng.uniform(-2, 10), 2))
        for i in range(1, 11)
    ]
    slots = {1: rng.randint(0, 3), 2: rng.randint(1, 3), 3: rng.randint(1, 2)}
    cap = rng.randint(1, 2)
    result = shortlist(candidates, slots, cap_per_applicant=cap)
    check(result, candidates, slots, cap)
    filled, best = brute_force(candidates, slots, cap)
    chosen_ids = {s.application_id for s in result[0]}
    assert len(chosen_ids) == filled
    assert sum(c.score for c in candidates if c.application_id in chosen_ids) == pytest.approx(best, abs=1e-4)


def test_refusals():
    with pytest.raises(InvalidInput, match="given twice: 1"):
        shortlist([Candidate(1, 1, 1, 1.0), Candidate(1, 2, 1, 1.0)], {1: 1, 2: 1})
    with pytest.raises(InvalidInput, match="at least 1 challenge"):
        shortlist([], {}, cap_per_applicant=0)
    with pytest.raises(InvalidInput, match="negative number of slots"):
        shortlist([], {1: -1})
    assert shortlist([], {1: 3}) == ([], {})
