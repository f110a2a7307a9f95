"""What only admins see: users (create, lock) and the audit log."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.audit.listener import AUDITED
from matcher.audit.repository import AuditRepository
from matcher.auth.policies import require_admin
from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import UserService
from matcher.errors import MatcherError
from matcher.profiles.repository import OrganisationRepository
from matcher.web.deps import (
    PageUserDep,
    SessionDep,
)
from matcher.web.forms import FormDep
from matcher.web.pages.common import (
    form_text,
    render,
    router,
    see_other,
)


def users_page_response(
    request: Request,
    session: SessionDep,
    values: dict[str, str],
    errors: dict[str, str],
    token: str | None = None,
    status_code: int = 200,
) -> Response:
    users = UserService(session).users.list()
    org_ids = {u.organisation_id for u in users if u.organisation_id}
    orgs = OrganisationRepository(session)
    names = {i: org.name for i in org_ids if (org := orgs.get(i)) is not None}
    return render(
        request,
        "users.html",
        status_code=status_code,
        users=users,
        org_names=names,
        roles=[r.value for r in Role],
        values=values,
        errors=errors,
        token=token,
    )


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, session: SessionDep, user: PageUserDep) -> Response:
    require_admin(user)
    return users_page_response(request, session, {"role": "member"}, {})


@router.post("/users/new", response_class=HTMLResponse)
def create_user_page(request: Request, session: SessionDep, user: PageUserDep, form: FormDep) -> Response:
    require_admin(user)
    values = {k: form_text(form, k) for k in ("email", "name", "role", "organisation_ref")}
    password = form.get("password")
    try:
        data = UserCreate(
            email=values["email"],
            name=values["name"],
            role=values["role"],  # type: ignore[arg-type]
            organisation_ref=values["organisation_ref"] or None,
            password=password if isinstance(password, str) and password else None,
        )
    except ValidationError as exc:
        errors = {str(e["loc"][0]): e["msg"] for e in exc.errors()}
        return users_page_response(request, session, values, errors, status_code=422)
    try:
        _created, token = UserService(session).create(data)
    except MatcherError as exc:
        session.rollback()
        field = (exc.detail or [{}])[0].get("field", "email") if isinstance(exc.detail, list) else "email"
        return users_page_response(
            request, session, values, {field: exc.message}, status_code=exc.status_code
        )
    return users_page_response(request, session, {"role": "member"}, {}, token=token, status_code=201)


@router.post("/users/{user_id}/active", response_class=HTMLResponse)
def set_user_active(user_id: int, session: SessionDep, user: PageUserDep, form: FormDep) -> Response:
    admin = require_admin(user)
    service = UserService(session)
    service.update(service.get(user_id), admin, form_text(form, "active") == "yes", None)
    return see_other("/users")


AUDIT_PAGE = 100


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request, session: SessionDep, user: PageUserDep, entity: str = "", page: str = "1"
) -> Response:
    require_admin(user)
    number = max(1, int(page)) if page.isdigit() else 1
    rows, count = AuditRepository(session).list(
        entity=entity or None, offset=(number - 1) * AUDIT_PAGE, limit=AUDIT_PAGE
    )
    more = number * AUDIT_PAGE < count
    return render(
        request,
        "audit.html",
        entries=rows,
        count=count,
        entity=entity,
        entities=sorted(set(AUDITED.values())),
        next_url=f"/audit?{urlencode({'entity': entity, 'page': number + 1})}" if more else None,
    )
