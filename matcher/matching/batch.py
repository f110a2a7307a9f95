"""Recommendations for many organisations at once (`matcher recommend --all`, locally or on Ray).

A line per organisation, `{"ref", "matches": [{"ref", "score"}]}`, in the order of the ids asked for. Pairs an
organisation declined before are never suggested again. Both engines (the local loop and the Ray workers) call
`recommendation_lines`, so they write the same file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from matcher.engine.matching import Filters
from matcher.matching.service import MatchingService


def recommendable_ids(service: MatchingService) -> list[int]:
    """Every organisation that is not hidden, by id."""
    return sorted(i for i, o in service.engine.catalogue.orgs.items() if o.visibility != "hidden")


def recommendation_lines(
    service: MatchingService, org_ids: Sequence[int], k: int, filters: Filters
) -> Iterator[dict[str, Any]]:
    """The recommendations line of each organisation in `org_ids`, in that order."""
    catalogue = service.engine.catalogue
    for org_id in org_ids:
        declined = service.excluded_partners(org_id)
        matches = service.engine.match(
            org_id, k=k, filters=replace(filters, exclude=filters.exclude | declined)
        )
        yield {
            "ref": catalogue.orgs[org_id].ref,
            "matches": [{"ref": catalogue.orgs[m.org_id].ref, "score": round(m.score, 6)} for m in matches],
        }
