"""Recommendations for many organisations at once: the one batch path.

`ranked_partners` ranks a chunk of organisations at a time: their declined pairs in one query, their first dense
searches in one batch per index (`MatchEngine.ranked_many`), no explanations built. Both its callers go through
it: `recommendation_lines` (`matcher recommend --all`, locally or on the Ray workers, a line per organisation
`{"ref", "matches": [{"ref", "score"}]}` in the order of the ids asked for) and `pairs.best_new_pairs` (the
managers' queue). Pairs an organisation declined before are never suggested again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from matcher.engine.matching import Filters
from matcher.recommendations.service import Recommender

CHUNK = 500  # organisations whose declined pairs are read in one query and whose searches run as one batch


def recommendable_ids(recommender: Recommender) -> list[int]:
    """Every organisation that is not hidden, by id."""
    engine = recommender.engine
    with engine.lock:
        return sorted(i for i, o in engine.catalogue.orgs.items() if o.visibility != "hidden")


def ranked_partners(
    recommender: Recommender,
    org_ids: Sequence[int],
    k: int,
    filters: Filters,
    exclude: Callable[[int], set[int]] | None = None,
) -> Iterator[tuple[int, list[tuple[int, float]]]]:
    """(organisation id, its k best partners as (id, score), best first) for each of `org_ids`, in that order.
    Each organisation's own declined partners, and those `exclude` names for it, are left out."""
    for start in range(0, len(org_ids), CHUNK):
        chunk = org_ids[start : start + CHUNK]
        declined = recommender.declined_partners(chunk)
        own = []
        for org_id in chunk:
            left_out = filters.exclude | declined.get(org_id, set())
            if exclude is not None:
                left_out = left_out | exclude(org_id)
            own.append(replace(filters, exclude=left_out))
        yield from zip(chunk, recommender.engine.ranked_many(chunk, k, own), strict=True)


def recommendation_lines(
    recommender: Recommender, org_ids: Sequence[int], k: int, filters: Filters
) -> Iterator[dict[str, Any]]:
    """The recommendations line of each organisation in `org_ids`, in that order."""
    orgs = recommender.engine.catalogue.orgs
    for org_id, ranked in ranked_partners(recommender, org_ids, k, filters):
        yield {
            "ref": orgs[org_id].ref,
            "matches": [{"ref": orgs[other].ref, "score": round(score, 6)} for other, score in ranked],
        }
