"""Who may call a route, as typed dependencies: a handler names what it needs (`StaffUser`, `EditableOrg`) and
gets it only when the policies in `matcher.auth.policies` allow it; otherwise the request ends in 401, 403 or
the 404 of a hidden organisation before the handler runs. The rules themselves live in the policies; this
module only fetches what they decide on.

Dependencies run before the request body is validated, so a caller who may not act learns that (401, 403,
404) rather than what is wrong with the body (422)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from matcher.auth.models import User
from matcher.auth.policies import editable, require_admin, require_staff, require_user
from matcher.profiles.models import Opportunity, Organisation
from matcher.web.api.params import IdPath
from matcher.web.deps import ApiUserDep, ProfilesDep


def signed_in(user: ApiUserDep) -> User:
    return require_user(user)


def staff(user: ApiUserDep) -> User:
    return require_staff(user)


def admin(user: ApiUserDep) -> User:
    return require_admin(user)


SignedInUser = Annotated[User, Depends(signed_in)]
StaffUser = Annotated[User, Depends(staff)]
AdminUser = Annotated[User, Depends(admin)]


def editable_org(org_id: IdPath, profiles: ProfilesDep, user: SignedInUser) -> Organisation:
    """The organisation of the path, for one who may change it (signed in first: whether a hidden organisation
    exists is nobody else's business)."""
    org = profiles.get(org_id)
    editable(user, org, f"organisation {org_id} does not exist")
    return org


def editable_org_by_ref(ref: str, profiles: ProfilesDep, user: SignedInUser) -> Organisation:
    org = profiles.get_by_ref(ref)
    editable(user, org, f"no organisation has the ref {ref!r}")
    return org


def editable_opportunity(opp_id: IdPath, profiles: ProfilesDep, user: SignedInUser) -> Opportunity:
    opp = profiles.get_opportunity(opp_id)
    editable(user, opp.organisation, f"opportunity {opp_id} does not exist")
    return opp


EditableOrg = Annotated[Organisation, Depends(editable_org)]
EditableOrgByRef = Annotated[Organisation, Depends(editable_org_by_ref)]
EditableOpportunity = Annotated[Opportunity, Depends(editable_opportunity)]
