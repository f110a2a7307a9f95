"""Reviewer assignment: each application to R jurors, no juror over their cap, conflicts never assigned, the most
total juror-application fit; a min-cost flow (OR-Tools), exact, with the reason for every review kept beside it.

The network is source -> application (capacity R minus its kept reviews) -> juror (capacity 1, cost -fit, only
pairs without a conflict) -> sink (capacity the juror's cap minus their kept reviews). It is solved as a maximum
flow of minimum cost: as many reviews filled as the conflicts and caps allow first, the most fit among those
second. A flow network's linear relaxation has integral optima, so the flow's optimum is the LP bound itself.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from ortools.graph.python.min_cost_flow import SimpleMinCostFlow

from matcher.errors import InvalidInput

FIT_SCALE = 1_000_000  # fits become integer costs in millionths; the bound allows for the rounding
DEFAULT_KEPT_REASON = "kept from the earlier assignment"


@dataclass(frozen=True)
class Reviewer:
    id: int  # the juror's id
    cap: int  # the most applications this juror reviews in the challenge


@dataclass(frozen=True)
class AssignedReview:
    application_id: int
    juror_id: int
    fit: float
    kept: bool  # a review kept from an earlier assignment (finished, or kept on re-solve)
    reason: str  # why, for a person


@dataclass(frozen=True)
class Assignment:
    """The reviews (sorted by application, then juror), their total fit and what limited them.

    `bound` is an upper bound on the total fit of any assignment that fills as many reviews: the flow's optimum
    plus the rounding of fits to integer costs (at most half a millionth per review). `short` names the
    applications left with fewer than R reviews (too few eligible jurors with room), `excluded` every pair a
    conflict ruled out. `caps`, `fits` and `per_application` are the input, kept so that `why` can answer."""

    reviews: list[AssignedReview]
    total_fit: float
    bound: float
    optimal: bool
    short: dict[int, int]
    excluded: dict[tuple[int, int], str]
    caps: dict[int, int] = field(default_factory=dict)
    fits: dict[tuple[int, int], float] = field(default_factory=dict)
    per_application: int = 3

    def load(self) -> dict[int, int]:
        """Juror id -> how many reviews they have (kept ones included), every juror of the input listed."""
        counts = Counter(r.juror_id for r in self.reviews)
        return {juror: counts.get(juror, 0) for juror in sorted(set(self.caps) | set(counts))}

    def share_at_cap(self, jurors: Sequence[Reviewer]) -> float:
        """The share of `jurors` with a cap above 0 whose load reached it (0.0 when none has a cap)."""
        load = self.load()
        capped = [j for j in jurors if j.cap > 0]
        if not capped:
            return 0.0
        return sum(load.get(j.id, 0) >= j.cap for j in capped) / len(capped)

    def why(self, application_id: int, juror_id: int) -> str:
        """Why this pair was assigned, excluded or not assigned, in words for a person."""
        for review in self.reviews:
            if review.application_id == application_id and review.juror_id == juror_id:
                return review.reason
        pair = (application_id, juror_id)
        if pair in self.excluded:
            return f"excluded: {self.excluded[pair]}"
        if juror_id not in self.caps:
            return f"not assigned: juror {juror_id} is not on this jury"
        fit = self.fits.get(pair, 0.0)
        of_application = [r for r in self.reviews if r.application_id == application_id]
        of_juror = [r for r in self.reviews if r.juror_id == juror_id]
        if not of_application and application_id not in self.short:
            return f"not assigned: application {application_id} is not in this assignment"
        cap = self.caps[juror_id]
        app_full = len(of_application) >= self.per_application
        juror_full = len(of_juror) >= cap
        if app_full and (not juror_full or min(r.fit for r in of_application) >= fit):
            lowest = min(r.fit for r in of_application)
            better = "better" if lowest > fit else "equal" if lowest == fit else "lower"
            return (
                f"not assigned: the application has its {self.per_application} reviews from jurors of "
                f"{better} fit (lowest {lowest:.2f} vs {fit:.2f})"
            )
        if juror_full:
            if not of_juror:
                return "not assigned: the juror's cap is 0"
            lowest = min(r.fit for r in of_juror)
            return (
                f"not assigned: the juror is at their cap ({len(of_juror)} of {cap}); their reviews go where "
                f"they fill more reviews or fit better (lowest fit {lowest:.2f} vs {fit:.2f})"
            )
        return (
            f"not assigned: fit {fit:.2f}; the assignment had no use for this pair"  # not reached at optimum
        )


def find_conflicts(
    applicants: Mapping[int, int],
    juror_orgs: Mapping[int, int | None],
    groups: Mapping[int, str | None],
    cooperations: Collection[frozenset[int]],
    declined: Collection[frozenset[int]],
    declared: Mapping[tuple[int, int], str],
) -> dict[tuple[int, int], str]:
    """Hard exclusions with a reason each: same organisation, same group, an existing cooperation, a declined
    introduction, declared.

    `applicants` maps an application to its applicant organisation, `juror_orgs` a juror to their organisation
    (None for agency staff without one: only their declared conflicts count), `groups` an organisation to its
    corporate group. Where several rules hold, the reason names them all, joined by "; "."""
    cooperating = {frozenset(pair) for pair in cooperations}
    refused = {frozenset(pair) for pair in declined}
    found: dict[tuple[int, int], list[str]] = defaultdict(list)
    for application_id, applicant in applicants.items():
        applicant_group = groups.get(applicant) or None
        for juror_id, org in juror_orgs.items():
            if org is None:
                continue
            reasons = found[(application_id, juror_id)]
            if org == applicant:
                reasons.append(f"the juror works for the applicant (organisation {org})")
            elif applicant_group is not None and (groups.get(org) or None) == applicant_group:
                reasons.append(
                    f"the juror's organisation is in the applicant's corporate group ({applicant_group})"
                )
            orgs = frozenset((org, applicant))
            if orgs in cooperating:
                reasons.append(f"the juror's organisation {org} cooperates with the applicant {applicant}")
            if orgs in refused:
                reasons.append(
                    f"an introduction between the juror's organisation {org} and the applicant was declined"
                )
    for pair, reason in declared.items():
        found[pair].append(f"declared by the juror: {reason}" if reason else "declared by the juror")
    return {pair: "; ".join(reasons) for pair, reasons in sorted(found.items()) if reasons}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _check(
    application_ids: Sequence[int],
    jurors: Sequence[Reviewer],
    fit: Mapping[tuple[int, int], float],
    conflicts: Mapping[tuple[int, int], str],
    per_application: int,
    keep: set[tuple[int, int]],
) -> None:
    if per_application < 1:
        raise InvalidInput(f"each application needs at least 1 review, not {per_application}")
    for what, ids in (("application", list(application_ids)), ("juror", [j.id for j in jurors])):
        twice = sorted(i for i, n in Counter(ids).items() if n > 1)
        if twice:
            raise InvalidInput(f"{what} ids given twice: {', '.join(map(str, twice))}", detail=twice)
    negative = [j.id for j in jurors if j.cap < 0]
    if negative:
        raise InvalidInput(f"jurors with a negative cap: {', '.join(map(str, negative))}", detail=negative)
    for pair, value in fit.items():
        if not math.isfinite(value) or abs(value) > 1 + 1e-6:
            raise InvalidInput(
                f"fit of application {pair[0]} and juror {pair[1]} is {value}: fits lie in [-1, 1]"
            )
    known = set(application_ids)
    for pair in sorted(keep):
        if pair[0] not in known:
            raise InvalidInput(
                f"kept review {pair} names application {pair[0]}, which is not in the assignment"
            )
        if pair in conflicts:
            raise InvalidInput(
                f"review of application {pair[0]} by juror {pair[1]} is to be kept but conflicts: {conflicts[pair]}"
            )


def assign_reviewers(
    application_ids: Sequence[int],
    jurors: Sequence[Reviewer],
    fit: Mapping[tuple[int, int], float],
    conflicts: Mapping[tuple[int, int], str],
    per_application: int = 3,
    keep: Collection[tuple[int, int]] = (),
    time_limit_s: float = 10.0,
    *,
    kept_reasons: Mapping[tuple[int, int], str] | None = None,
) -> Assignment:
    """Assign each application `per_application` jurors without conflict, no juror over their cap, filling as many
    reviews as possible first and maximising total fit second (exact; a missing fit counts as 0.0).

    `keep` pairs stay as they are (finished reviews on a re-solve) and count toward the application's R and the
    juror's cap; a kept pair of a juror no longer on the jury (one who dropped out after finishing) still counts
    toward R. A juror or an application already past their number through kept reviews gets no new ones.
    `kept_reasons` may say why each kept pair stays ("review finished"). `time_limit_s` is accepted for the
    callers' sake: the flow is solved exactly in polynomial time and needs no limit."""
    del time_limit_s
    kept = set(keep)
    _check(application_ids, jurors, fit, conflicts, per_application, kept)
    apps = sorted(application_ids)
    caps = {j.id: j.cap for j in sorted(jurors, key=lambda j: j.id)}
    kept_of_app = Counter(a for a, _ in kept)
    kept_of_juror = Counter(j for _, j in kept)
    need = {a: max(0, per_application - kept_of_app[a]) for a in apps}
    room = {j: max(0, cap - kept_of_juror[j]) for j, cap in caps.items()}

    # The eligible pairs, in a fixed order so that the solve (and the output) is deterministic.
    pairs = [(a, j) for a in apps for j in caps if (a, j) not in conflicts and (a, j) not in kept]
    source, sink = 0, 1 + len(apps) + len(caps)
    app_node = {a: 1 + i for i, a in enumerate(apps)}
    juror_node = {j: 1 + len(apps) + i for i, j in enumerate(caps)}
    flow = SimpleMinCostFlow()
    for a in apps:
        flow.add_arc_with_capacity_and_unit_cost(source, app_node[a], need[a], 0)
    first_pair_arc = flow.num_arcs()
    if pairs:
        flow.add_arcs_with_capacity_and_unit_cost(
            np.fromiter((app_node[a] for a, _ in pairs), dtype=np.int32, count=len(pairs)),
            np.fromiter((juror_node[j] for _, j in pairs), dtype=np.int32, count=len(pairs)),
            np.ones(len(pairs), dtype=np.int64),
            np.fromiter(
                (-round(fit.get(p, 0.0) * FIT_SCALE) for p in pairs), dtype=np.int64, count=len(pairs)
            ),
        )
    for j in caps:
        flow.add_arc_with_capacity_and_unit_cost(juror_node[j], sink, room[j], 0)
    total_need = sum(need.values())
    flow.set_node_supply(source, total_need)
    flow.set_node_supply(sink, -total_need)
    status = flow.solve_max_flow_with_min_cost()
    if status != SimpleMinCostFlow.OPTIMAL:
        raise RuntimeError(f"the min-cost flow of the reviewer assignment ended with status {status}")
    used = flow.flows(np.arange(first_pair_arc, first_pair_arc + len(pairs), dtype=np.int32)) if pairs else []
    chosen = [pair for pair, units in zip(pairs, used, strict=True) if units > 0]
    return _explain(
        apps, caps, fit, conflicts, per_application, kept, kept_reasons or {}, chosen, pairs, flow
    )


def _places(
    options_of: dict[int, list[tuple[float, int]]], juror_first: bool
) -> dict[tuple[int, int], tuple[int, int]]:
    """(application, juror) -> (its place by fit among one side's eligible options, how many there are)."""
    place: dict[tuple[int, int], tuple[int, int]] = {}
    for owner, options in options_of.items():
        options.sort()
        for position, (_, other) in enumerate(options, start=1):
            place[(other, owner) if juror_first else (owner, other)] = (position, len(options))
    return place


def _explain(
    apps: list[int],
    caps: dict[int, int],
    fit: Mapping[tuple[int, int], float],
    conflicts: Mapping[tuple[int, int], str],
    per_application: int,
    kept: set[tuple[int, int]],
    kept_reasons: Mapping[tuple[int, int], str],
    chosen: list[tuple[int, int]],
    pairs: list[tuple[int, int]],
    flow: SimpleMinCostFlow,
) -> Assignment:
    """The assignment with a reason per review: the pair's fit, where it stands among the juror's eligible
    applications, and how full the juror is."""
    eligible_of_juror: dict[int, list[tuple[float, int]]] = defaultdict(list)
    eligible_of_app: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for a, j in itertools.chain(pairs, kept):
        value = fit.get((a, j), 0.0)
        eligible_of_juror[j].append((-value, a))
        eligible_of_app[a].append((-value, j))
    juror_place = _places(eligible_of_juror, juror_first=True)
    app_place = _places(eligible_of_app, juror_first=False)
    load = Counter(j for _, j in chosen) + Counter(j for _, j in kept)
    reviews = []
    for a, j in sorted(kept):
        reason = kept_reasons.get((a, j), DEFAULT_KEPT_REASON)
        reviews.append(AssignedReview(a, j, fit.get((a, j), 0.0), True, f"kept: {reason}"))
    for a, j in chosen:
        value = fit.get((a, j), 0.0)
        position, eligible = juror_place[(a, j)]
        app_position, app_eligible = app_place[(a, j)]
        full = " (at cap)" if load[j] >= caps[j] else ""
        reason = (
            f"fit {value:.2f}: this juror's {_ordinal(position)} best of {eligible} eligible applications, "
            f"the application's {_ordinal(app_position)} best of {app_eligible} eligible jurors; "
            f"the juror has {load[j]} of {caps[j]}{full}"
        )
        reviews.append(AssignedReview(a, j, value, False, reason))
    reviews.sort(key=lambda r: (r.application_id, r.juror_id))
    got = Counter(r.application_id for r in reviews)
    total = math.fsum(r.fit for r in reviews)
    kept_fit = math.fsum(fit.get(pair, 0.0) for pair in kept)
    bound = kept_fit - flow.optimal_cost() / FIT_SCALE + 0.5 * len(chosen) / FIT_SCALE
    known_jurors, known_apps = set(caps), set(apps)
    return Assignment(
        reviews=reviews,
        total_fit=total,
        bound=bound,
        optimal=True,
        short={a: per_application - got[a] for a in apps if got[a] < per_application},
        excluded={
            pair: reason
            for pair, reason in sorted(conflicts.items())
            if pair[1] in known_jurors and pair[0] in known_apps
        },
        caps=dict(caps),
        fits={pair: value for pair, value in fit.items() if pair[1] in known_jurors},
        per_application=per_application,
    )
