"""Scoring: the jurors' marks per criterion weighted into one total, then per application a raw mean, a median or
the mean of per-juror z-scores (so that a lenient and a strict juror count alike), ranked with the interval
where the jurors disagree."""

from __future__ import annotations

import math
import statistics
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from matcher.errors import InvalidInput

Method = Literal["mean", "median", "zscore"]
METHODS: tuple[Method, ...] = ("mean", "median", "zscore")
TIE_DIGITS = 9  # scores equal to 9 decimals share a rank: float noise does not split a tie


@dataclass(frozen=True)
class Score:
    application_id: int
    juror_id: int
    marks: Mapping[str, float]  # criterion name -> mark on the challenge's scale (e.g. 1..10)


@dataclass(frozen=True)
class RankedApplication:
    """One application's place in its challenge.

    `score` is the weighted total after the method (a mean or median of the jurors' weighted totals, or the
    mean of their z-scores). `low` and `high` are the lowest and the highest of the values the method combines,
    one per juror: weighted totals for "mean" and "median", z-scores for "zscore"; they are equal with one
    juror. `disagreement` is the population standard deviation of the same values, 0 with one juror."""

    application_id: int
    score: float
    low: float
    high: float
    reviews: int
    disagreement: float
    rank: int  # 1 = best; ties share a rank


def normalised_weights(weights: Mapping[str, float]) -> dict[str, float]:
    """The weights scaled to sum 1; negative, non-finite or all-zero weights are refused."""
    bad = sorted(name for name, w in weights.items() if not math.isfinite(w) or w < 0)
    if bad:
        raise InvalidInput(f"criteria with a negative or invalid weight: {', '.join(bad)}", detail=bad)
    total = math.fsum(weights.values())
    if total <= 0:
        raise InvalidInput("the criteria's weights sum to 0: give at least one criterion a weight")
    return {name: w / total for name, w in weights.items()}


def weighted_total(marks: Mapping[str, float], weights: Mapping[str, float]) -> float:
    """The marks' weighted mean, the weights normalised to sum 1; every weighted criterion needs a mark (a missing
    one raises InvalidInput naming it), marks of criteria without a weight are ignored."""
    share = normalised_weights(weights)
    missing = sorted(name for name in share if name not in marks)
    if missing:
        raise InvalidInput(f"no mark for the criterion {', '.join(missing)}", detail=missing)
    for name in share:
        if not math.isfinite(marks[name]):
            raise InvalidInput(f"the mark for {name} is not a number: {marks[name]}")
    return math.fsum(share[name] * marks[name] for name in share)


def juror_zscores(totals: Mapping[tuple[int, int], float]) -> dict[tuple[int, int], float]:
    """(application, juror) -> the juror's weighted total standardised over all the applications that juror
    reviewed (mean 0, population sd 1); 0.0 for a juror with one review or with the same total everywhere."""
    of_juror: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for (application_id, juror_id), total in totals.items():
        of_juror[juror_id].append((application_id, total))
    z: dict[tuple[int, int], float] = {}
    for juror_id, rows in of_juror.items():
        values = [t for _, t in rows]
        mean = math.fsum(values) / len(values)
        sd = statistics.pstdev(values, mu=mean) if len(values) > 1 else 0.0
        for application_id, total in rows:
            z[(application_id, juror_id)] = (total - mean) / sd if sd > 1e-12 else 0.0
    return z


def rank_applications(
    scores: Sequence[Score], weights: Mapping[str, float], method: Method = "mean"
) -> list[RankedApplication]:
    """Every reviewed application with its score under `method`, best first (ties by application id, sharing a
    rank: 1, 2, 2, 4). One juror's second score for the same application is refused."""
    if method not in METHODS:
        raise InvalidInput(f"unknown scoring method {method!r}: one of {', '.join(METHODS)}")
    totals: dict[tuple[int, int], float] = {}
    for score in scores:
        pair = (score.application_id, score.juror_id)
        if pair in totals:
            raise InvalidInput(f"juror {pair[1]} scored application {pair[0]} twice")
        totals[pair] = weighted_total(score.marks, weights)
    values = juror_zscores(totals) if method == "zscore" else totals
    of_application: dict[int, list[float]] = defaultdict(list)
    for (application_id, _), value in sorted(values.items()):
        of_application[application_id].append(value)
    rows = []
    for application_id, per_juror in of_application.items():
        if method == "median":
            combined = statistics.median(per_juror)
        else:
            combined = math.fsum(per_juror) / len(per_juror)
        rows.append(
            (
                application_id,
                combined,
                min(per_juror),
                max(per_juror),
                len(per_juror),
                statistics.pstdev(per_juror) if len(per_juror) > 1 else 0.0,
            )
        )
    rows.sort(key=lambda row: (-round(row[1], TIE_DIGITS), row[0]))
    ranked: list[RankedApplication] = []
    for position, (application_id, combined, low, high, reviews, spread) in enumerate(rows, start=1):
        tied = ranked and round(ranked[-1].score, TIE_DIGITS) == round(combined, TIE_DIGITS)
        rank = ranked[-1].rank if tied else position
        ranked.append(RankedApplication(application_id, combined, low, high, reviews, spread, rank))
    return ranked
