"""The cooperation network: an organisation's partners and partners of partners, and for managers the whole
ecosystem's communities, bridges and who could bridge two communities. HTTP to `matcher.network` and back."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query

from matcher.auth.policies import shown_to
from matcher.introductions.access import Access
from matcher.network.bridging import bridge_candidates
from matcher.network.schemas import BridgeCandidatesPublic, EgoNetworkPublic, NetworkPublic
from matcher.network.service import NetworkService
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import ApiUserDep, ProfilesDep, RecommenderDep, RuntimeDep, SessionDep
from matcher.web.guards import StaffUser

router = APIRouter(tags=["network"], responses=errors(404))


def get_network(session: SessionDep, recommender: RecommenderDep, runtime: RuntimeDep) -> NetworkService:
    return NetworkService(session, recommender, runtime.networks)


NetworkDep = Annotated[NetworkService, Depends(get_network)]


@router.get("/organisations/{org_id}/network", response_model=EgoNetworkPublic)
def organisation_network(
    org_id: IdPath,
    profiles: ProfilesDep,
    network: NetworkDep,
    session: SessionDep,
    user: ApiUserDep,
    limit: Annotated[int, Query(ge=1, le=500, description="Partners of partners shown at most.")] = 100,
) -> EgoNetworkPublic:
    """Who may see the organisation sees its network; hidden partners are left out, anonymous ones named only
    for those who may see their contacts."""
    missing = f"organisation {org_id} does not exist"
    shown_to(user, profiles.get(org_id), missing)
    return network.ego(org_id, Access(session, user).sees_contacts, limit=limit)


@router.get("/network", response_model=NetworkPublic, responses=errors(401, 403))
def ecosystem_network(
    network: NetworkDep,
    session: SessionDep,
    user: StaffUser,
    limit: Annotated[int, Query(ge=1, le=2000, description="Organisations drawn at most.")] = 300,
    bridges: Annotated[int, Query(ge=0, le=200, description="Bridges listed at most.")] = 20,
) -> NetworkPublic:
    return network.overview(Access(session, user).sees_contacts, limit=limit, bridges=bridges)


@router.get("/network/bridge", response_model=BridgeCandidatesPublic, responses=errors(401, 403))
def network_bridge(
    network: NetworkDep,
    session: SessionDep,
    user: StaffUser,
    a: Annotated[int, Query(ge=0, le=100_000, description="A community's `id` (see `GET /api/v1/network`).")],
    b: Annotated[int, Query(ge=0, le=100_000, description="Another community's `id`.")],
    k: Annotated[int, Query(ge=1, le=50)] = 10,
) -> BridgeCandidatesPublic:
    return bridge_candidates(network, Access(session, user).sees_contacts, a, b, k=k)
