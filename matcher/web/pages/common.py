"""What every page shares: the one router, the templates (English and German, `web/templates/`), the CSRF
secret of a browser, rendering and redirects, the place and kind filters of the search forms, and the lookups
that refuse a change a person may not make."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode, urlparse

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from starlette.datastructures import UploadFile

from matcher.auth.policies import deletable, editable, is_staff
from matcher.auth.security import form_token, new_secret
from matcher.config import REPO_ROOT
from matcher.errors import MatcherError
from matcher.places.gazetteer import cities
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.service import ProfileService
from matcher.profiles.vocab import (
    Kind,
)
from matcher.web import forms, i18n
from matcher.web.deps import get_page_user
from matcher.web.forms import FieldErrors
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


KINDS = [k.value for k in Kind]


KindsQuery = Annotated[list[str] | None, Query()]


def _number(value: float | None, digits: int = 0) -> str:
    return "" if value is None else f"{value:.{digits}f}"


templates.env.filters["number"] = _number


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


def editable_org(profiles: ProfileService, user: User | None, org_id: int) -> Organisation:
    """An organisation the user may change, a hidden one included (see `policies.editable`)."""
    org = profiles.get(org_id)
    editable(user, org, f"organisation {org_id} does not exist")
    return org


def editable_opportunity(
    profiles: ProfileService, user: User | None, opp_id: int
) -> tuple[Opportunity, Organisation]:
    """An opportunity the user may change and its organisation (see `policies.editable`)."""
    opp = profiles.get_opportunity(opp_id)
    editable(user, opp.organisation, f"opportunity {opp_id} does not exist")
    return opp, opp.organisation


def staff_org(profiles: ProfileService, user: User | None, org_id: int) -> Organisation:
    """An organisation for the staff-only pages (deleting; see `policies.deletable`)."""
    org = profiles.get(org_id)
    deletable(user, org, f"organisation {org_id} does not exist")
    return org


def confirm_delete(request: Request, title: str, text: str, action: str, cancel: str) -> Response:
    return render(request, "confirm_delete.html", title=title, text=text, action=action, cancel=cancel)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never send someone elsewhere after a login."""
    if not target or not target.startswith("/") or target.startswith("//") or urlparse(target).netloc:
        return "/"
    return target


def form_text(form: Any, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def uploaded_text(form: Any, file_field: str = "file", text_field: str = "csv") -> str:
    """A file chosen in a form (read as UTF-8, a byte order mark dropped), or else the text pasted beside it."""
    upload = form.get(file_field)
    if isinstance(upload, UploadFile) and upload.filename:
        return upload.file.read().decode("utf-8-sig", errors="replace")
    return form_text(form, text_field)


def form_int(form: Any, name: str) -> int | None:
    value = form_text(form, name)
    return int(value) if value.isdigit() else None
