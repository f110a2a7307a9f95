"""The forms to create, edit and delete an organisation's offers and requests."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.errors import MatcherError
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.schemas import (
    OpportunityCreate,
    OpportunityUpdate,
)
from matcher.profiles.service import to_public
from matcher.profiles.vocab import (
    MAX_KEYWORDS,
    Direction,
    OpportunityStatus,
    OpportunityType,
    Stage,
)
from matcher.web import forms, i18n
from matcher.web.deps import PageUserDep, ProfilesDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import (
    confirm_delete,
    editable_opportunity,
    editable_org,
    refused,
    render,
    router,
    see_other,
)


def opp_form(
    request: Request,
    values: FormValues,
    errors: FieldErrors,
    org: Organisation,
    opp: Opportunity | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "opp_form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        org=to_public(org),
        opp=opp,
        action=f"/opportunities/{opp.id}/edit" if opp else f"/organisations/{org.id}/opportunities/new",
        directions=[d.value for d in Direction],
        types=[t.value for t in OpportunityType],
        stages=[s.value for s in Stage],
        statuses=[s.value for s in OpportunityStatus],
        max_keywords=MAX_KEYWORDS,
    )


@router.get("/organisations/{org_id}/opportunities/new", response_class=HTMLResponse)
def new_opportunity(
    org_id: int, request: Request, profiles: ProfilesDep, user: PageUserDep, direction: str = ""
) -> Response:
    org = editable_org(profiles, user, org_id)
    direction = direction if direction in ("offer", "request") else ""
    return opp_form(request, forms.opp_values(None, direction), {}, org)


@router.post("/organisations/{org_id}/opportunities/new", response_class=HTMLResponse)
def create_opportunity(
    org_id: int, request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    org = editable_org(profiles, user, org_id)
    values = forms.opp_values_from_form(form)
    try:
        data = OpportunityCreate(**forms.opp_payload(values))
    except ValidationError as exc:
        return opp_form(
            request, values, forms.validation_errors(exc, i18n.request_gettext(request)), org, status_code=422
        )
    try:
        opp = profiles.add_opportunity(org, data)
    except MatcherError as exc:
        errors = refused(profiles, exc, list(values), request)
        return opp_form(request, values, errors, org, status_code=exc.status_code)
    return see_other(f"/organisations/{org.id}#opp-{opp.id}")


@router.get("/opportunities/{opp_id}/edit", response_class=HTMLResponse)
def edit_opportunity(opp_id: int, request: Request, profiles: ProfilesDep, user: PageUserDep) -> Response:
    opp, org = editable_opportunity(profiles, user, opp_id)
    return opp_form(request, forms.opp_values(opp), {}, org, opp)


@router.post("/opportunities/{opp_id}/edit", response_class=HTMLResponse)
def update_opportunity(
    opp_id: int, request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    opp, org = editable_opportunity(profiles, user, opp_id)
    values = forms.opp_values_from_form(form)
    try:
        data = OpportunityUpdate(**forms.opp_payload(values))
    except ValidationError as exc:
        errors = forms.validation_errors(exc, i18n.request_gettext(request))
        return opp_form(request, values, errors, org, opp, status_code=422)
    try:
        profiles.update_opportunity(opp, data)
    except MatcherError as exc:
        errors = refused(profiles, exc, list(values), request)
        return opp_form(request, values, errors, org, opp, status_code=exc.status_code)
    return see_other(f"/organisations/{org.id}#opp-{opp.id}")


@router.get("/opportunities/{opp_id}/delete", response_class=HTMLResponse)
def confirm_delete_opportunity(
    opp_id: int, request: Request, profiles: ProfilesDep, user: PageUserDep
) -> Response:
    opp, org = editable_opportunity(profiles, user, opp_id)
    _ = i18n.request_gettext(request)
    return confirm_delete(
        request,
        _("Delete “%(title)s”?", title=opp.title),
        _("This offer or request will be removed. This cannot be undone."),
        f"/opportunities/{opp.id}/delete",
        f"/organisations/{org.id}",
    )


@router.post("/opportunities/{opp_id}/delete", response_class=HTMLResponse)
def delete_opportunity(
    opp_id: int, request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    if form.get("confirm") != "yes":
        return confirm_delete_opportunity(opp_id, request, profiles, user)
    opp, org = editable_opportunity(profiles, user, opp_id)
    profiles.delete_opportunity(opp)
    return see_other(f"/organisations/{org.id}")
