"""Opportunities: what organisations offer and seek."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, status

from matcher.profiles.schemas import OpportunitiesPublic, OpportunityPublic, OpportunityUpdate
from matcher.profiles.service import opportunity_public
from matcher.profiles.vocab import Direction, OpportunityStatus
from matcher.web.api.params import IdPath, IdQuery, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import ProfilesDep
from matcher.web.guards import EditableOpportunity

router = APIRouter(prefix="/opportunities", tags=["opportunities"], responses=errors(401, 403, 404, 409))


@router.get("", response_model=OpportunitiesPublic)
def list_opportunities(
    profiles: ProfilesDep,
    organisation_id: IdQuery = None,
    direction: Direction | None = None,
    status: OpportunityStatus | None = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> OpportunitiesPublic:
    rows, count = profiles.opps.list(
        organisation_id=organisation_id,
        direction=direction.value if direction else None,
        status=status.value if status else None,
        offset=offset,
        limit=limit,
    )
    return OpportunitiesPublic(data=[opportunity_public(o) for o in rows], count=count)


@router.get("/{opp_id}", response_model=OpportunityPublic)
def get_opportunity(opp_id: IdPath, profiles: ProfilesDep) -> OpportunityPublic:
    """Opportunities of hidden organisations are not shown (404)."""
    return opportunity_public(profiles.get_opportunity(opp_id, include_hidden=False))


@router.patch("/{opp_id}", response_model=OpportunityPublic)
def update_opportunity(
    data: OpportunityUpdate, profiles: ProfilesDep, opp: EditableOpportunity
) -> OpportunityPublic:
    return opportunity_public(profiles.update_opportunity(opp, data))


@router.delete("/{opp_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_opportunity(profiles: ProfilesDep, opp: EditableOpportunity) -> None:
    profiles.delete_opportunity(opp)
