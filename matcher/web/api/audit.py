"""The audit log, for admins."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from matcher.audit.repository import AuditRepository
from matcher.audit.schemas import AuditEntryPublic, AuditPublic
from matcher.web.api.params import IdQuery, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import SessionDep
from matcher.web.guards import AdminUser

router = APIRouter(prefix="/audit", tags=["audit"], responses=errors(401, 403))


@router.get("", response_model=AuditPublic)
def audit_log(
    user: AdminUser,
    session: SessionDep,
    entity: Annotated[
        str | None,
        Query(
            description="organisation, opportunity, contact, cooperation, introduction, user, challenge, "
            "application, juror or review."
        ),
    ] = None,
    entity_id: IdQuery = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> AuditPublic:
    """Newest first: who changed what, when, with the old and new value of every changed field."""
    rows, count = AuditRepository(session).list(
        entity=entity, entity_id=entity_id, offset=offset, limit=limit
    )
    return AuditPublic(data=[AuditEntryPublic.model_validate(r) for r in rows], count=count)
