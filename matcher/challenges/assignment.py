"""Reviewer assignment: each application to R jurors, no juror over their cap, conflicts never assigned, the most
total juror-application fit; a min-cost flow (OR-Tools), exact, with the reason for every review kept beside it.

The network is source -> application (capacity R minus its kept reviews) -> juror (capacity 1, cost -fit, only
pairs without a conflict) -> sink (capacity the juror's cap minus their kept reviews). It is solved as a maximum
flow of minimum cost: as many reviews filled as the conflicts and caps allow first, the most fit among those
second. A flow network's linear relaxation has integral optima, so the flow's optimum is the LP bound itself.
"""

from __future__ import annotations

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
    known = set(application_ids)
    for a, j in sorted(keep):
        if a not in known:
            raise InvalidInput(
                f"kept review ({a}, {j}) names application {a}, which is not in the assignment"
            )
        if (a, j) in conflicts:
            raise InvalidInput(
                f"review of application {a} by juror {j} is to be kept but conflicts: {conflicts[(a, j)]}"
            )


def _fit_matrix(apps: list[int], juror_ids: list[int], fit: Mapping[tuple[int, int], float]) -> np.ndarray:
    """Fits as an applications x jurors matrix (0.0 where missing); a fit outside [-1, 1] is refused."""
    values = np.fromiter(
        (fit.get((a, j), 0.0) for a in apps for j in juror_ids),
        dtype=np.float64,
        count=len(apps) * len(juror_ids),
    ).reshape(len(apps), len(juror_ids))
    bad = ~np.isfinite(values) | (np.abs(values) > 1 + 1e-6)
    if bad.any():
        i, k = (int(x) for x in np.argwhere(bad)[0])
        raise InvalidInput(
            f"fit of application {apps[i]} and juror {juror_ids[k]} is {values[i, k]}: fits lie in [-1, 1]"
        )
    return values


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
    _check(application_ids, jurors, conflicts, per_application, kept)
    apps = sorted(application_ids)
    caps = {j.id: j.cap for j in sorted(jurors, key=lambda j: j.id)}
    juror_ids = list(caps)
    values = _fit_matrix(apps, juror_ids, fit)
    row = {a: i for i, a in enumerate(apps)}
    col = {j: k for k, j in enumerate(juror_ids)}
    eligible = np.ones(values.shape, dtype=bool)
    kept_here = np.zeros(values.shape, dtype=bool)
    for a, j in conflicts:
        if a in row and j in col:
            eligible[row[a], col[j]] = False
    kept_per_app = np.zeros(len(apps), dtype=np.int64)
    for a, j in kept:
        kept_per_app[row[a]] += 1
        if j in col:
            eligible[row[a], col[j]] = False
            kept_here[row[a], col[j]] = True
    need = np.maximum(0, per_application - kept_per_app)
    room = np.maximum(0, np.array([caps[j] for j in juror_ids], dtype=np.int64) - kept_here.sum(axis=0))

    # The network, its arcs in a fixed order (the eligible pairs row by row), so that the solve is repeatable.
    rows, cols = np.nonzero(eligible)
    n_apps, n_jurors = len(apps), len(juror_ids)
    sink = 1 + n_apps + n_jurors
    chosen_rows = chosen_cols = np.zeros(0, dtype=np.int64)
    optimum = 0
    if len(rows) and need.sum() and room.sum():
        flow = SimpleMinCostFlow()
        flow.add_arcs_with_capacity_and_unit_cost(
            np.concatenate([np.zeros(n_apps), 1 + rows, 1 + n_apps + np.arange(n_jurors)]).astype(np.int32),
            np.concatenate([1 + np.arange(n_apps), 1 + n_apps + cols, np.full(n_jurors, sink)]).astype(
                np.int32
            ),
            np.concatenate([need, np.ones(len(rows)), room]).astype(np.int64),
            np.concatenate(
                [np.zeros(n_apps), -np.rint(values[rows, cols] * FIT_SCALE), np.zeros(n_jurors)]
            ).astype(np.int64),
        )
        flow.set_node_supply(0, int(need.sum()))
        flow.set_node_supply(sink, -int(need.sum()))
        status = flow.solve_max_flow_with_min_cost()
        if status != SimpleMinCostFlow.OPTIMAL:
            raise RuntimeError(f"the min-cost flow of the reviewer assignment ended with status {status}")
        picked = np.flatnonzero(flow.flows(np.arange(n_apps, n_apps + len(rows), dtype=np.int32)) > 0)
        chosen_rows, chosen_cols = rows[picked], cols[picked]
        optimum = int(flow.optimal_cost())
    chosen = [
        (apps[int(r)], juror_ids[int(c)], float(values[r, c]))
        for r, c in zip(chosen_rows, chosen_cols, strict=True)
    ]
    places = _places(np.where(eligible | kept_here, values, -np.inf), chosen_rows, chosen_cols, values)
    reviews = []
    load = Counter(j for _, j, _ in chosen) + Counter(j for _, j in kept)
    for a, j in sorted(kept):
        reason = (kept_reasons or {}).get((a, j), DEFAULT_KEPT_REASON)
        reviews.append(AssignedReview(a, j, fit.get((a, j), 0.0), True, f"kept: {reason}"))
    for (a, j, value), (position, eligible_apps, app_position, eligible_jurors) in zip(
        chosen, places, strict=True
    ):
        full = " (at cap)" if load[j] >= caps[j] else ""
        reason = (
            f"fit {value:.2f}: this juror's {_ordinal(position)} best of {eligible_apps} eligible applications, "
            f"the application's {_ordinal(app_position)} best of {eligible_jurors} eligible jurors; "
            f"the juror has {load[j]} of {caps[j]}{full}"
        )
        reviews.append(AssignedReview(a, j, value, False, reason))
    reviews.sort(key=lambda r: (r.application_id, r.juror_id))
    got = Counter(r.application_id for r in reviews)
    kept_fit = math.fsum(fit.get(pair, 0.0) for pair in kept)
    return Assignment(
        reviews=reviews,
        total_fit=math.fsum(r.fit for r in reviews),
        bound=kept_fit - optimum / FIT_SCALE + 0.5 * len(chosen) / FIT_SCALE,
        optimal=True,
        short={a: per_application - got[a] for a in apps if got[a] < per_application},
        excluded={pair: why for pair, why in sorted(conflicts.items()) if pair[0] in row and pair[1] in col},
        caps=caps,
        fits=dict(fit),
        per_application=per_application,
    )


def _places(
    options: np.ndarray, rows: np.ndarray, cols: np.ndarray, values: np.ndarray
) -> list[tuple[int, int, int, int]]:
    """For each chosen pair: its place by fit among the juror's eligible applications, how many those are, its
    place among the application's eligible jurors, how many those are (`options`: -inf where not eligible)."""
    chosen = values[rows, cols]
    juror_place = np.zeros(len(rows), dtype=np.int64)
    juror_count = np.zeros(len(rows), dtype=np.int64)
    for k in np.unique(cols):
        mine = cols == k
        column = np.sort(options[:, k][np.isfinite(options[:, k])])
        juror_place[mine] = len(column) - np.searchsorted(column, chosen[mine], side="right") + 1
        juror_count[mine] = len(column)
    app_place = 1 + (options[rows] > chosen[:, None]).sum(axis=1)
    app_count = np.isfinite(options).sum(axis=1)[rows]
    return [
        (int(a), int(b), int(c), int(d))
        for a, b, c, d in zip(juror_place, juror_count, app_place, app_count, strict=True)
    ]
