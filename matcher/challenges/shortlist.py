"""The shortlist across a round's challenges: up to each challenge's pitch slots, no applicant pitching for more
than its cap of challenges, the most total score; a min-cost flow (OR-Tools), exact, with why each candidate is
in or out.

The network is source -> applicant (capacity the cap) -> (applicant, challenge) (capacity 1: one pitch per
challenge, even with two applications) -> challenge (one arc per candidate, cost -score) -> sink (capacity the
challenge's slots). It is solved as a maximum flow of minimum cost: as many slots filled as the caps allow
first (an empty pitch slot is wasted; scores may be z-scores, below 0), the most total score among those second.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ortools.graph.python.min_cost_flow import SimpleMinCostFlow

from matcher.errors import InvalidInput

MAX_COST = (
    10**9
)  # the largest integer cost of one candidate: scores are scaled to it, at most a millionth apart


@dataclass(frozen=True)
class Candidate:
    application_id: int
    challenge_id: int
    applicant_id: int  # organisation id
    score: float  # its ranked score in its challenge


@dataclass(frozen=True)
class Shortlisted:
    application_id: int
    challenge_id: int
    reason: str


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _check(candidates: Sequence[Candidate], slots: Mapping[int, int], cap_per_applicant: int) -> None:
    if cap_per_applicant < 1:
        raise InvalidInput(f"an applicant may pitch for at least 1 challenge, not {cap_per_applicant}")
    twice = sorted(a for a, n in Counter(c.application_id for c in candidates).items() if n > 1)
    if twice:
        raise InvalidInput(f"applications given twice: {', '.join(map(str, twice))}", detail=twice)
    negative = sorted(c for c, n in slots.items() if n < 0)
    if negative:
        raise InvalidInput(f"challenges with a negative number of slots: {', '.join(map(str, negative))}")
    bad = sorted(c.application_id for c in candidates if not math.isfinite(c.score))
    if bad:
        raise InvalidInput(f"applications without a valid score: {', '.join(map(str, bad))}", detail=bad)


def shortlist(
    candidates: Sequence[Candidate],
    slots: Mapping[int, int],
    cap_per_applicant: int = 2,
    time_limit_s: float = 10.0,
    *,
    min_score: float | None = None,
) -> tuple[list[Shortlisted], dict[int, str]]:
    """The shortlisted candidates (by challenge, best score first) with a reason each, and for every candidate
    left out (application id -> why). A challenge missing from `slots` has none; candidates below `min_score`
    (where given) are never shortlisted. `time_limit_s` is accepted for the callers' sake: the flow is exact
    and needs no limit."""
    del time_limit_s
    _check(candidates, slots, cap_per_applicant)
    pool = sorted(candidates, key=lambda c: (c.challenge_id, -c.score, c.application_id))
    eligible = [
        c for c in pool if slots.get(c.challenge_id, 0) > 0 and (min_score is None or c.score >= min_score)
    ]
    chosen = _solve(eligible, slots, cap_per_applicant)
    return _explain(pool, slots, cap_per_applicant, min_score, chosen)


def _solve(eligible: list[Candidate], slots: Mapping[int, int], cap: int) -> set[int]:
    """The application ids of a maximum-flow, minimum-cost shortlist of `eligible`."""
    if not eligible:
        return set()
    largest = max(abs(c.score) for c in eligible)
    scale = min(1e6, MAX_COST / largest) if largest > 0 else 1.0
    applicants = sorted({c.applicant_id for c in eligible})
    entries = sorted({(c.applicant_id, c.challenge_id) for c in eligible})
    challenges = sorted({c.challenge_id for c in eligible})
    node: dict[object, int] = {}
    for key in [("applicant", a) for a in applicants] + [("entry", e) for e in entries]:
        node[key] = len(node) + 2
    for challenge in challenges:
        node[("challenge", challenge)] = len(node) + 2
    source, sink = 0, 1
    flow = SimpleMinCostFlow()
    for a in applicants:
        flow.add_arc_with_capacity_and_unit_cost(source, node[("applicant", a)], cap, 0)
    for e in entries:
        flow.add_arc_with_capacity_and_unit_cost(node[("applicant", e[0])], node[("entry", e)], 1, 0)
    arcs = {}
    for c in eligible:
        cost = -round(c.score * scale)
        tail, head = node[("entry", (c.applicant_id, c.challenge_id))], node[("challenge", c.challenge_id)]
        arcs[c.application_id] = flow.add_arc_with_capacity_and_unit_cost(tail, head, 1, cost)
    for challenge in challenges:
        flow.add_arc_with_capacity_and_unit_cost(node[("challenge", challenge)], sink, slots[challenge], 0)
    supply = sum(slots[challenge] for challenge in challenges)
    flow.set_node_supply(source, supply)
    flow.set_node_supply(sink, -supply)
    status = flow.solve_max_flow_with_min_cost()
    if status != SimpleMinCostFlow.OPTIMAL:
        raise RuntimeError(f"the min-cost flow of the shortlist ended with status {status}")
    return {application_id for application_id, arc in arcs.items() if flow.flow(arc) > 0}


def _explain(
    pool: list[Candidate],
    slots: Mapping[int, int],
    cap: int,
    min_score: float | None,
    chosen: set[int],
) -> tuple[list[Shortlisted], dict[int, str]]:
    of_challenge: dict[int, list[Candidate]] = defaultdict(list)
    for c in pool:
        of_challenge[c.challenge_id].append(c)
    pitches_of: dict[int, list[Candidate]] = defaultdict(list)
    for c in pool:
        if c.application_id in chosen:
            pitches_of[c.applicant_id].append(c)
    shortlisted: list[Shortlisted] = []
    left_out: dict[int, str] = {}
    for challenge, rows in of_challenge.items():
        inside = [c for c in rows if c.application_id in chosen]
        n_slots = slots.get(challenge, 0)
        lowest = min((c.score for c in inside), default=None)
        for place, c in enumerate(rows, start=1):
            if c.application_id in chosen:
                reason = (
                    f"score {c.score:.2f}, the {_ordinal(place)} best of {len(rows)} candidates of challenge "
                    f"{challenge}; {len(inside)} of {n_slots} slots filled"
                )
                if place > n_slots:
                    reason += "; candidates ranked above pitch for other challenges (their applicant's cap)"
                shortlisted.append(Shortlisted(c.application_id, challenge, reason))
                continue
            others = [p for p in pitches_of[c.applicant_id] if p.challenge_id != challenge]
            at_cap = len(others) >= cap
            full = len(inside) >= n_slots
            if n_slots == 0:
                left_out[c.application_id] = f"challenge {challenge} has no pitch slots"
            elif min_score is not None and c.score < min_score:
                left_out[c.application_id] = f"score {c.score:.2f} is below the minimum of {min_score:.2f}"
            elif at_cap and (not full or lowest is None or c.score >= lowest):
                pitched = ", ".join(f"challenge {p.challenge_id} (score {p.score:.2f})" for p in others)
                left_out[c.application_id] = (
                    f"the applicant pitches for {len(others)} challenges already (its cap): {pitched}"
                )
            elif full and lowest is not None:
                tie = ": a tie" if c.score >= lowest else ""
                left_out[c.application_id] = (
                    f"below the {len(inside)} shortlisted of challenge {challenge} "
                    f"(score {c.score:.2f} vs {lowest:.2f}{tie})"
                )
            else:  # not reached at the optimum: a free slot and room under the cap would have taken it
                left_out[c.application_id] = f"score {c.score:.2f}: not needed to fill challenge {challenge}"
    return shortlisted, left_out
