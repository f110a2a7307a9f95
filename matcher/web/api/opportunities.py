"""Opportunities: what organisations offer and seek."""

from __future__ import annotations

import io
from typing import Annotated

from fastapi import APIRouter, Query, status

from matcher.profiles.een import EenImport, EenImportPublic, EenProfilesPublic
from matcher.profiles.een_exchange import export_een, import_een
from matcher.profiles.schemas import OpportunitiesPublic, OpportunityPublic, OpportunityUpdate
from matcher.profiles.service import opportunity_public
from matcher.profiles.vocab import Direction, OpportunityStatus
from matcher.web.api.params import IdPath, IdQuery, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import IndexerDep, ProfilesDep, SessionDep
from matcher.web.guards import EditableOpportunity, StaffUser

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


@router.post("/import-een", response_model=EenImportPublic, responses=errors(413, 422))
def import_een_profiles(
    data: EenImport, session: SessionDep, indexer: IndexerDep, user: StaffUser, dry_run: bool = False
) -> EenImportPublic:
    """Managers and admins: EEN partnering profiles (`jsonl`: the file's text); every line is checked first and
    a bad one writes nothing."""
    report = import_een(session, io.StringIO(data.jsonl), indexer=indexer, dry_run=dry_run)
    return EenImportPublic(
        profiles=report.profiles,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        organisations_created=report.organisations_created,
    )


@router.get("/export-een", response_model=EenProfilesPublic)
def export_een_profiles(session: SessionDep, user: StaffUser) -> EenProfilesPublic:
    """Managers and admins: the published opportunities of organisations that are not hidden, as EEN profiles."""
    profiles = export_een(session)
    return EenProfilesPublic.model_validate({"data": profiles, "count": len(profiles)})


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
