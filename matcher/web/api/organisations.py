"""Organisations: CRUD by id and by ref, and their opportunities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from matcher.auth.schemas import OrganisationView
from matcher.introductions.access import Access
from matcher.profiles.schemas import (
    OpportunityCreate,
    OpportunityPublic,
    OrganisationCreate,
    OrganisationPublic,
    OrganisationsPublic,
    OrganisationUpdate,
)
from matcher.profiles.service import opportunity_public, to_public
from matcher.profiles.vocab import Kind
from matcher.web.api.params import IdPath, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import ApiUserDep, ProfilesDep, SessionDep
from matcher.web.guards import EditableOrg, EditableOrgByRef, StaffUser

router = APIRouter(prefix="/organisations", tags=["organisations"], responses=errors(401, 403, 404, 409))


@router.get("", response_model=OrganisationsPublic)
def list_organisations(
    profiles: ProfilesDep,
    kind: Annotated[list[Kind] | None, Query(description="Only these kinds (repeat for several).")] = None,
    city: str | None = None,
    country: str | None = None,
    q: Annotated[str | None, Query(description="Part of the name or ref.")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> OrganisationsPublic:
    rows, count = profiles.orgs.list(
        kinds=[k.value for k in kind] if kind else None,
        city=city,
        country=country,
        name_contains=q,
        offset=offset,
        limit=limit,
    )
    return OrganisationsPublic(data=[to_public(o) for o in rows], count=count)


@router.post("", response_model=OrganisationPublic, status_code=status.HTTP_201_CREATED)
def create_organisation(
    data: OrganisationCreate, profiles: ProfilesDep, response: Response, user: StaffUser
) -> OrganisationPublic:
    """Managers and admins."""
    org = profiles.create(data)
    response.headers["Location"] = f"/api/v1/organisations/{org.id}"
    return to_public(org)


@router.get("/by-ref/{ref}", response_model=OrganisationView)
def get_organisation_by_ref(
    ref: str, profiles: ProfilesDep, session: SessionDep, user: ApiUserDep
) -> OrganisationView:
    """With `contacts` (and an anonymous profile's name) only for those allowed to see them."""
    return Access(session, user).view(profiles.get_by_ref(ref, include_hidden=False))


@router.patch("/by-ref/{ref}", response_model=OrganisationPublic)
def update_organisation_by_ref(
    data: OrganisationUpdate, profiles: ProfilesDep, org: EditableOrgByRef
) -> OrganisationPublic:
    return to_public(profiles.update(org, data))


@router.delete("/by-ref/{ref}", status_code=status.HTTP_204_NO_CONTENT)
def delete_organisation_by_ref(ref: str, profiles: ProfilesDep, user: StaffUser) -> None:
    profiles.delete(profiles.get_by_ref(ref))


@router.get("/{org_id}", response_model=OrganisationView)
def get_organisation(
    org_id: IdPath, profiles: ProfilesDep, session: SessionDep, user: ApiUserDep
) -> OrganisationView:
    """Hidden organisations are not shown (404); they can still be changed or deleted. `contacts` (and an
    anonymous profile's name) only for those allowed to see them."""
    return Access(session, user).view(profiles.get(org_id, include_hidden=False))


@router.patch("/{org_id}", response_model=OrganisationPublic)
def update_organisation(
    data: OrganisationUpdate, profiles: ProfilesDep, org: EditableOrg
) -> OrganisationPublic:
    return to_public(profiles.update(org, data))


@router.delete("/{org_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_organisation(org_id: IdPath, profiles: ProfilesDep, user: StaffUser) -> None:
    profiles.delete(profiles.get(org_id))


@router.post("/{org_id}/opportunities", response_model=OpportunityPublic, status_code=status.HTTP_201_CREATED)
def create_opportunity(data: OpportunityCreate, profiles: ProfilesDep, org: EditableOrg) -> OpportunityPublic:
    return opportunity_public(profiles.add_opportunity(org, data))
