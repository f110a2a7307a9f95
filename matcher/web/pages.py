"""Server-rendered pages: search, organisation profiles with explained partner suggestions, forms to create,
edit and delete organisations and their offers and requests, and an about page.

The views translate HTTP to service calls and back, nothing more: the profile service reads and writes,
the matching service ranks and explains, the templates (web/templates) show the result in English or German.
"""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError

from matcher.auth.policies import is_staff, require_org_editor, require_staff
from matcher.auth.security import form_token, new_secret
from matcher.config import REPO_ROOT
from matcher.engine.geo import cities
from matcher.errors import MatcherError, NotFound
from matcher.introductions.access import Access
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.schemas import (
    OpportunityCreate,
    OpportunityUpdate,
    OrganisationCreate,
    OrganisationUpdate,
)
from matcher.profiles.service import ProfileService, to_public
from matcher.profiles.vocab import (
    MAX_KEYWORDS,
    Direction,
    Kind,
    OpportunityStatus,
    OpportunityType,
    SizeBand,
    Stage,
    Visibility,
    sectors,
)
from matcher.web import forms, i18n
from matcher.web.deps import IndexerDep, PageUserDep, ProfilesDep, RecommenderDep, SessionDep, get_page_user
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.security import cookie_options

if TYPE_CHECKING:
    from matcher.auth.models import User
    from matcher.engine.matching import Filters
    from matcher.recommendations.service import Recommender


def csrf_secret(request: Request) -> str:
    """This browser's random CSRF cookie, made on its first visit (`render` sets it)."""
    secret = getattr(request.state, "csrf_secret", None) or request.cookies.get(forms.CSRF_COOKIE)
    if not secret:
        secret = new_secret()
        request.state.csrf_new = True
    request.state.csrf_secret = secret
    return secret


def session_context(request: Request) -> dict[str, Any]:
    """What every template gets about the person: who is logged in, and the token for its forms."""
    runtime = getattr(request.app.state, "runtime", None)
    secret_key = runtime.settings.secret_key if runtime is not None else ""
    user = getattr(request.state, "user", None)
    return {
        "user": user,
        "is_staff": is_staff(user),
        "csrf_token": form_token(secret_key, csrf_secret(request)),
    }


environment = Environment(loader=FileSystemLoader(REPO_ROOT / "web" / "templates"), autoescape=True)
i18n.install_gettext(environment)
templates = Jinja2Templates(env=environment, context_processors=[i18n.template_context, session_context])
router = APIRouter(include_in_schema=False, dependencies=[Depends(get_page_user)])

PAGE_SIZE = 20  # organisations per page of the plain list
SEARCH_K = 20  # organisations (and opportunities) a search shows
MATCH_K = 10  # suggested partners on an organisation's page
MAX_QUERY = 2000

KINDS = [k.value for k in Kind]
KindsQuery = Annotated[list[str] | None, Query()]


def _number(value: float | None, digits: int = 0) -> str:
    return "" if value is None else f"{value:.{digits}f}"


templates.env.filters["number"] = _number


# --- helpers ---------------------------------------------------------------------------------------------


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    i18n.remember_choice(request, response)
    if getattr(request.state, "csrf_new", False):
        response.set_cookie(forms.CSRF_COOKIE, request.state.csrf_secret, **cookie_options(request))
    return response


def see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def with_query(request: Request, **changes: Any) -> str:
    """The current address with some query parameters replaced (None drops one)."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k not in changes and k != "lang"]
    params += [(k, v) for k, v in changes.items() if v is not None]
    return f"{request.url.path}?{urlencode(params)}" if params else request.url.path


def city_names() -> list[str]:
    return sorted(c.name for c in cities().values())


def known_kinds(kinds: list[str] | None) -> list[str]:
    return [k for k in KINDS if k in (kinds or [])]


def place_filters(
    matching: Recommender, request: Request, kinds: list[str], near: str, radius: str
) -> tuple[Filters | None, FieldErrors]:
    """The filter boxes of the search and suggestion forms as the matching service's filters."""
    _ = i18n.request_gettext(request)
    radius_km, errors = forms.parse_radius(radius, _)
    if errors:
        return None, errors
    try:
        return matching.make_filters(kinds or None, near=near.strip() or None, radius_km=radius_km), {}
    except MatcherError as exc:
        return None, forms.service_errors(exc, ("near", "radius"), _)


def filter_context(kinds: list[str], near: str, radius: str, errors: FieldErrors) -> dict[str, Any]:
    return {
        "kinds": kinds,
        "near": near,
        "radius": radius,
        "errors": errors,
        "cities": city_names(),
        "all_kinds": KINDS,
    }


def refused(profiles: ProfileService, exc: MatcherError, fields: list[str], request: Request) -> FieldErrors:
    """A service refused a change: nothing of it may be committed; say why next to the field."""
    profiles.session.rollback()
    return forms.service_errors(exc, fields, i18n.request_gettext(request))


def may_edit(user: User | None, org_id: int) -> bool:
    return user is not None and (is_staff(user) or user.organisation_id == org_id)


def editable_org(profiles: ProfileService, user: User | None, org_id: int) -> Organisation:
    """An organisation the user may change, a hidden one included (its members and the managers keep its pages,
    so that they can make it visible again). Whoever may not change a hidden organisation gets the same 404 as
    for a missing one, and so learns nothing of it."""
    org = profiles.get(org_id)
    if org.visibility == "hidden" and not may_edit(user, org.id):
        raise NotFound(f"organisation {org_id} does not exist")
    require_org_editor(user, org.id)
    return org


def editable_opportunity(
    profiles: ProfileService, user: User | None, opp_id: int
) -> tuple[Opportunity, Organisation]:
    """An opportunity the user may change and its organisation (see `editable_org`)."""
    opp = profiles.get_opportunity(opp_id)
    if opp.organisation.visibility == "hidden" and not may_edit(user, opp.organisation_id):
        raise NotFound(f"opportunity {opp_id} does not exist")
    return opp, editable_org(profiles, user, opp.organisation_id)


def staff_org(profiles: ProfileService, user: User | None, org_id: int) -> Organisation:
    """An organisation for the staff-only pages (deleting); a hidden one is 404 to all who may not edit it."""
    org = profiles.get(org_id)
    if org.visibility == "hidden" and not may_edit(user, org.id):
        raise NotFound(f"organisation {org_id} does not exist")
    require_staff(user)
    return org


# --- search ----------------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    matching: RecommenderDep,
    profiles: ProfilesDep,
    q: str = "",
    kind: KindsQuery = None,
    near: str = "",
    radius: str = "",
    page: str = "1",
) -> Response:
    kinds = known_kinds(kind)
    q = q.strip()[:MAX_QUERY]
    filters, errors = place_filters(matching, request, kinds, near, radius)
    context = filter_context(kinds, near, radius, errors) | {"q": q}
    if errors:
        return render(request, "search.html", status_code=422, **context)
    if q:
        return render(
            request, "search.html", result=matching.search(q, k=SEARCH_K, filters=filters), **context
        )
    number = forms.parse_page(page)
    rows, count = profiles.orgs.list(kinds=kinds or None, offset=(number - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    pages = max(1, math.ceil(count / PAGE_SIZE))
    return render(
        request,
        "search.html",
        organisations=[to_public(o) for o in rows],
        count=count,
        page=number,
        pages=pages,
        prev_url=with_query(request, page=number - 1) if number > 1 else None,
        next_url=with_query(request, page=number + 1) if number < pages else None,
        **context,
    )


# --- organisations ---------------------------------------------------------------------------------------


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
    hidden = org.visibility == "hidden"
    if hidden and not may_edit(user, org.id):  # only its members and the managers see a hidden profile
        raise NotFound(f"organisation {org_id} does not exist")
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


def confirm_delete(request: Request, title: str, text: str, action: str, cancel: str) -> Response:
    return render(request, "confirm_delete.html", title=title, text=text, action=action, cancel=cancel)


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


# --- opportunities ---------------------------------------------------------------------------------------


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


# --- about -----------------------------------------------------------------------------------------------


@router.get("/about", response_class=HTMLResponse)
def about_page(request: Request, matching: IndexerDep) -> Response:
    return render(request, "about.html", status=matching.status())
