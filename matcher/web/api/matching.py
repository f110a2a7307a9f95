"""Matches for an organisation and free-text search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from matcher.profiles.vocab import Kind
from matcher.recommendations.schemas import MatchesPublic, SearchPublic
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import RecommenderDep

router = APIRouter(tags=["matching"], responses=errors(404))

KindsQuery = Annotated[list[Kind] | None, Query(description="Only these kinds (repeat for several).")]
NearQuery = Annotated[str | None, Query(description="A city of the region, or `lat,lon`.")]
RadiusQuery = Annotated[float | None, Query(gt=0, le=20000, description="Kilometres around `near`.")]


@router.get("/organisations/{org_id}/matches", response_model=MatchesPublic)
def organisation_matches(
    org_id: IdPath,
    matching: RecommenderDep,
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    kind: KindsQuery = None,
    country: str | None = None,
    near: NearQuery = None,
    radius_km: RadiusQuery = None,
    pairing: Annotated[str | None, Query(description="`default` or `any`.")] = None,
) -> MatchesPublic:
    # No session of its own: the service answers 404 for unknown and hidden organisations, and a request that
    # held a connection while the service's look-ups take another could exhaust the pool under load.
    filters = matching.make_filters(
        [k_.value for k_ in kind] if kind else None, country, near, radius_km, pairing
    )
    return matching.match(org_id, k=k, filters=filters)


@router.get("/search", response_model=SearchPublic)
def search(
    matching: RecommenderDep,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="A question in German or English.")],
    k: Annotated[int, Query(ge=1, le=100)] = 10,
    kind: KindsQuery = None,
    country: str | None = None,
    near: NearQuery = None,
    radius_km: RadiusQuery = None,
) -> SearchPublic:
    filters = matching.make_filters([k_.value for k_ in kind] if kind else None, country, near, radius_km)
    return matching.search(q, k=k, filters=filters)
