"""Organisation profiles: the page with explained partner suggestions, and the forms to create, edit and delete
a profile."""

from __future__ import annotations

from datetime import date

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import may_edit, require_staff, shown_to
from matcher.errors import MatcherError
from matcher.introductions.access import Access
from matcher.profiles.models import Organisation
from matcher.profiles.schemas import (
    OrganisationCreate,
    OrganisationUpdate,
)
from matcher.profiles.service import to_public
from matcher.profiles.vocab import (
    MAX_KEYWORDS,
    SizeBand,
    Visibility,
    sectors,
)
from matcher.web import forms, i18n
from matcher.web.deps import PageUserDep, ProfilesDep, RecommenderDep, SessionDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import (
    KINDS,
    KindsQuery,
    city_names,
    confirm_delete,
    editable_org,
    filter_context,
    known_kinds,
    place_filters,
    refused,
    render,
    router,
    see_other,
    staff_org,
)

MATCH_K = 10  # suggested partners on an organisation's page


def org_form(
    request: Request,
    values: FormValues,
    errors: FieldErrors,
    org: Organisation | None = None,
    status_code: int = 200,
) -> Response:
    lang = i18n.choose_language(request)
    return render(
        request,
        "org_form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        org=to_public(org) if org is not None else None,
        anonymous=org is not None and org.visibility == "anonymous",
        action=f"/organisations/{org.id}/edit" if org is not None else "/organisations/new",
        kinds=KINDS,
        size_bands=[s.value for s in SizeBand],
        visibilities=[v.value for v in Visibility],
        sectors=sorted(((code, i18n.sector_label(lang, code)) for code in sectors()), key=lambda s: s[1]),
        cities=city_names(),
        max_keywords=MAX_KEYWORDS,
    )


@router.get("/organisations/new", response_class=HTMLResponse)
def new_organisation(request: Request, user: PageUserDep) -> Response:
    require_staff(user)
    return org_form(request, forms.org_values(None), {})


@router.post("/organisations/new", response_class=HTMLResponse)
def create_organisation(
    request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    require_staff(user)
    values = forms.org_values_from_form(form)
    try:
        data = OrganisationCreate(**forms.org_payload(values))
    except ValidationError as exc:
        return org_form(
            request, values, forms.validation_errors(exc, i18n.request_gettext(request)), status_code=422
        )
    try:
        org = profiles.create(data)
    except MatcherError as exc:
        errors = refused(profiles, exc, list(values), request)
        return org_form(request, values, errors, status_code=exc.status_code)
    return see_other(f"/organisations/{org.id}")


@router.get("/organisations/{org_id}", response_class=HTMLResponse)
def organisation_page(
    org_id: int,
    request: Request,
    profiles: ProfilesDep,
    matching: RecommenderDep,
    session: SessionDep,
    user: PageUserDep,
    kind: KindsQuery = None,
    near: str = "",
    radius: str = "",
) -> Response:
    org = profiles.get(org_id)
    shown_to(user, org, f"organisation {org_id} does not exist")
    hidden = org.visibility == "hidden"
    public = Access(session, user).view(org)
    kinds = known_kinds(kind)
    filters, errors = place_filters(matching, request, kinds, near, radius)
    matches = None if errors or hidden else matching.match(org.id, k=MATCH_K, filters=filters)
    return render(
        request,
        "organisation.html",
        status_code=422 if errors else 200,
        org=public,
        offers=[o for o in public.opportunities if o.direction == "offer"],
        requests=[o for o in public.opportunities if o.direction == "request"],
        matches=matches,
        hidden=hidden,
        can_edit=may_edit(user, org.id),
        can_introduce=may_edit(user, org.id) and not hidden,
        filtered=bool(kinds or near or radius),
        today=date.today(),
        **filter_context(kinds, near, radius, errors),
    )


@router.get("/organisations/{org_id}/edit", response_class=HTMLResponse)
def edit_organisation(org_id: int, request: Request, profiles: ProfilesDep, user: PageUserDep) -> Response:
    org = editable_org(profiles, user, org_id)
    return org_form(request, forms.org_values(org), {}, org=org)


@router.post("/organisations/{org_id}/edit", response_class=HTMLResponse)
def update_organisation(
    org_id: int, request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    org = editable_org(profiles, user, org_id)
    values = forms.org_values_from_form(form)
    try:
        data = OrganisationUpdate(**forms.org_payload(values, keep_private=org.visibility == "anonymous"))
    except ValidationError as exc:
        errors = forms.validation_errors(exc, i18n.request_gettext(request))
        return org_form(request, values, errors, org=org, status_code=422)
    try:
        profiles.update(org, data)
    except MatcherError as exc:
        errors = refused(profiles, exc, list(values), request)
        return org_form(request, values, errors, org=org, status_code=exc.status_code)
    if org.visibility == "hidden":  # its page answers 404 from now on
        _ = i18n.request_gettext(request)
        return render(
            request,
            "message.html",
            title=_("Saved"),
            text=_("The profile is hidden now: it is no longer shown, searched or suggested."),
        )
    return see_other(f"/organisations/{org.id}")


@router.get("/organisations/{org_id}/delete", response_class=HTMLResponse)
def confirm_delete_organisation(
    org_id: int, request: Request, profiles: ProfilesDep, user: PageUserDep
) -> Response:
    org = staff_org(profiles, user, org_id)
    _ = i18n.request_gettext(request)
    return confirm_delete(
        request,
        _("Delete %(name)s?", name=to_public(org).name),
        _("The profile and all its offers and requests will be removed. This cannot be undone."),
        f"/organisations/{org.id}/delete",
        f"/organisations/{org.id}",
    )


@router.post("/organisations/{org_id}/delete", response_class=HTMLResponse)
def delete_organisation(
    org_id: int, request: Request, profiles: ProfilesDep, form: FormDep, user: PageUserDep
) -> Response:
    if form.get("confirm") != "yes":
        return confirm_delete_organisation(org_id, request, profiles, user)
    org = staff_org(profiles, user, org_id)
    profiles.delete(org)
    return see_other("/")
