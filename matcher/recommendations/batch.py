"""Recommendations for many organisations at once (`matcher recommend --all`, locally or on Ray).

A line per organisation, `{"ref", "matches": [{"ref", "score"}]}`, in the order of the ids asked for. Pairs an
organisation declined before are never suggested again. Both engines (the local loop and the Ray workers) call
`recommendation_lines`, so they write the same file. The lines carry no explanations, so the engine ranks
without building them, and a chunk of organisations at a time: their declined pairs in one query, their first
dense searches in one batch per index (`MatchEngine.ranked_many`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from matcher.engine.matching import Filters
from matcher.recommendations.service import Recommender

CHUNK = 500  # organisations whose declined pairs are read in one query and whose searches run as one batch


def recommendable_ids(recommender: Recommender) -> list[int]:
    """Every organisation that is not hidden, by id."""
    return sorted(i for i, o in recommender.engine.catalogue.orgs.items() if o.visibility != "hidden")


def recommendation_lines(
    recommender: Recommender, org_ids: Sequence[int], k: int, filters: Filters
) -> Iterator[dict[str, Any]]:
    """The recommendations line of each organisation in `org_ids`, in that order."""
    orgs = recommender.engine.catalogue.orgs
    for start in range(0, len(org_ids), CHUNK):
        chunk = org_ids[start : start + CHUNK]
        declined = recommender.declined_partners(chunk)
        own = [replace(filters, exclude=filters.exclude | declined.get(org_id, set())) for org_id in chunk]
        for org_id, ranked in zip(chunk, recommender.engine.ranked_many(chunk, k, own), strict=True):
            yield {
                "ref": orgs[org_id].ref,
                "matches": [{"ref": orgs[other].ref, "score": round(score, 6)} for other, score in ranked],
            }
