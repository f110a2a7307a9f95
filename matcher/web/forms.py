"""HTML forms <-> the profile schemas: read submitted fields, turn them into payloads for the Create / Update
schemas, fill forms from stored records, and put validation and service errors next to the right field."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import Depends, Request
from pydantic import ValidationError
from starlette.datastructures import FormData

from matcher.auth.policies import Forbidden
from matcher.auth.security import form_token_valid
from matcher.errors import Conflict, MatcherError
from matcher.profiles.models import Opportunity, Organisation
from matcher.profiles.vocab import MAX_KEYWORDS
from matcher.web.i18n import Gettext

FORM_ERROR = "__all__"  # errors that belong to no single field

# Fields passed through as typed; the others are lists split from text.
ORG_PLAIN_FIELDS = (
    "ref",
    "name",
    "kind",
    "size_band",
    "founding_year",
    "city",
    "postcode",
    "country",
    "website",
    "description",
)
ORG_TEXT_FIELDS = (
    *ORG_PLAIN_FIELDS,
    "languages",
    "competences",
    "technology_keywords",
    "market_keywords",
    "visibility",
)
OPP_TEXT_FIELDS = (
    "direction",
    "type",
    "title",
    "summary",
    "description",
    "stage",
    "trl",
    "keywords",
    "expires_at",
    "status",
)

FormValues = dict[str, Any]
FieldErrors = dict[str, str]


CSRF_COOKIE = "matcher_csrf"
CSRF_FIELD = "csrf_token"


async def read_form(request: Request) -> FormData:
    """The posted form, once its CSRF token proves that it came from one of our pages in this browser."""
    form = await request.form()
    secret_key = request.app.state.runtime.settings.secret_key
    token = form.get(CSRF_FIELD)
    if not form_token_valid(
        secret_key, request.cookies.get(CSRF_COOKIE), token if isinstance(token, str) else None
    ):
        raise Forbidden(
            "this form is out of date or did not come from this site: reload the page and send it again"
        )
    return form


FormDep = Annotated[FormData, Depends(read_form)]

_SEPARATORS = re.compile(r"[,;]")


def split_items(text: str) -> list[str]:
    """`a, b; c` -> ['a', 'b', 'c']."""
    return [item.strip() for item in _SEPARATORS.split(text) if item.strip()]


def split_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- organisations -------------------------------------------------------------------------------------


def org_values_from_form(form: FormData) -> FormValues:
    """The submitted fields as the form shows them again (text as typed, sectors as a list)."""
    values: FormValues = {name: str(form.get(name, "")) for name in ORG_TEXT_FIELDS}
    values["sectors"] = [str(v) for v in form.getlist("sectors")]
    return values


def org_values(org: Organisation | None) -> FormValues:
    """A form filled from a stored organisation, or an empty one. Anonymous profiles keep their name and
    website off the page: the fields stay empty and an empty field keeps the stored value."""
    if org is None:
        values: FormValues = {name: "" for name in ORG_TEXT_FIELDS}
        values.update(country="DE", visibility="public", sectors=[])
        return values
    anonymous = org.visibility == "anonymous"
    return {
        "ref": org.ref,
        "name": "" if anonymous else org.name,
        "kind": org.kind or "",
        "size_band": org.size_band or "",
        "founding_year": "" if org.founding_year is None else str(org.founding_year),
        "city": org.city or "",
        "postcode": org.postcode or "",
        "country": org.country or "",
        "website": "" if anonymous else (org.website or ""),
        "languages": ", ".join(org.languages),
        "description": org.description,
        "competences": "\n".join(org.competences),
        "technology_keywords": ", ".join(org.technology_keywords),
        "market_keywords": ", ".join(org.market_keywords),
        "visibility": org.visibility,
        "sectors": list(org.sectors),
    }


def org_payload(values: FormValues, keep_private: bool = False) -> dict[str, Any]:
    """Fields for OrganisationCreate / OrganisationUpdate. `keep_private`: an empty name or website means
    "unchanged" (the edit form of an anonymous profile does not show them)."""
    payload: dict[str, Any] = {name: values[name] for name in ORG_PLAIN_FIELDS}
    payload["languages"] = split_items(values["languages"])
    payload["competences"] = split_lines(values["competences"])
    payload["technology_keywords"] = split_items(values["technology_keywords"])
    payload["market_keywords"] = split_items(values["market_keywords"])
    payload["sectors"] = list(values["sectors"])
    if values["visibility"]:
        payload["visibility"] = values["visibility"]
    if keep_private:
        for name in ("name", "website"):
            if not payload[name].strip():
                del payload[name]
    return payload


# --- opportunities -------------------------------------------------------------------------------------


def opp_values_from_form(form: FormData) -> FormValues:
    return {name: str(form.get(name, "")) for name in OPP_TEXT_FIELDS}


def opp_values(opp: Opportunity | None, direction: str = "") -> FormValues:
    if opp is None:
        values: FormValues = {name: "" for name in OPP_TEXT_FIELDS}
        values.update(direction=direction, status="published")
        return values
    return {
        "direction": opp.direction,
        "type": opp.type,
        "title": opp.title,
        "summary": opp.summary,
        "description": opp.description,
        "stage": opp.stage or "",
        "trl": "" if opp.trl is None else str(opp.trl),
        "keywords": ", ".join(opp.keywords),
        "expires_at": opp.expires_at.isoformat() if isinstance(opp.expires_at, date) else "",
        "status": opp.status,
    }


def opp_payload(values: FormValues) -> dict[str, Any]:
    payload: dict[str, Any] = {name: values[name] for name in OPP_TEXT_FIELDS if name != "keywords"}
    payload["keywords"] = split_items(values["keywords"])
    for name in ("direction", "type", "status"):
        if not payload[name]:
            payload[name] = None  # "required", not "not a valid choice"
    return payload


# --- errors --------------------------------------------------------------------------------------------


def _limit(ctx: dict[str, Any], *names: str) -> Any:
    for name in names:
        if name in ctx:
            return ctx[name]
    return ""


def describe_error(field: str, error: dict[str, Any], _: Gettext) -> str:
    """One pydantic error in the words of the interface."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing" or (kind in ("string_too_short", "too_short") and ctx.get("min_length") == 1):
        return _("Please fill in this field.")
    if kind in ("string_too_short", "too_short"):
        return _("Please enter at least %(min)s characters.", min=ctx.get("min_length", ""))
    if kind in ("string_too_long", "too_long"):
        return _("Please enter at most %(max)s characters.", max=ctx.get("max_length", ""))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Please enter a whole number.")
    if kind in ("float_parsing", "float_type"):
        return _("Please enter a number.")
    if kind in ("greater_than_equal", "greater_than"):
        return _("Must be at least %(limit)s.", limit=_limit(ctx, "ge", "gt"))
    if kind in ("less_than_equal", "less_than"):
        return _("Must be at most %(limit)s.", limit=_limit(ctx, "le", "lt"))
    if kind in ("enum", "literal_error"):
        return _("Please choose one of the options.")
    if kind.startswith("date") or kind.startswith("datetime"):
        return _("Please enter a date as YYYY-MM-DD.")
    if kind == "string_pattern_mismatch":
        return _("This does not look right.")
    if kind == "value_error":
        message = str(error.get("msg", "")).removeprefix("Value error, ")
        if field == "sectors" and message.startswith("unknown sector "):
            return _(
                "Unknown sector: %(codes)s.", codes=message.removeprefix("unknown sector ").split(";")[0]
            )
        if field.endswith("keywords"):
            return _("At most %(max)s keywords, please: keep the few that discriminate.", max=MAX_KEYWORDS)
        if field == "website":
            return _("Must start with http:// or https://.")
        if field == "country":
            return _("Please enter a two-letter country code such as DE.")
        return message
    return str(error.get("msg", _("This does not look right.")))


def validation_errors(exc: ValidationError, _: Gettext) -> FieldErrors:
    """Field name -> message; the first error of each field wins."""
    errors: FieldErrors = {}
    for error in exc.errors():
        loc = error.get("loc", ())
        field = str(loc[0]) if loc else FORM_ERROR
        errors.setdefault(field, describe_error(field, dict(error), _))
    return errors


def service_errors(exc: MatcherError, fields: tuple[str, ...] | list[str], _: Gettext) -> FieldErrors:
    """A refusal of a service (a taken ref, an unknown place) next to the field it names."""
    errors: FieldErrors = {}
    details = exc.detail if isinstance(exc.detail, list) else []
    for item in details:
        if not isinstance(item, dict):
            continue
        field = str(item.get("field", ""))
        if field == "ref" and isinstance(exc, Conflict):
            message = _("Another organisation already uses this reference.")
        elif field == "near" and item.get("message") == "unknown place":
            message = _("Unknown place: choose a city of the region.")
        elif field == "near":
            message = _("A radius needs a city to measure from.")
        elif item.get("message") == "required":
            message = _("Please fill in this field.")
        else:
            message = exc.message
        errors.setdefault(field if field in fields else FORM_ERROR, message)
    if not errors:
        errors[FORM_ERROR] = exc.message
    return errors


# --- query strings -------------------------------------------------------------------------------------


def parse_radius(text: str, _: Gettext) -> tuple[float | None, FieldErrors]:
    """The radius box of a filter form: empty, or a positive number of kilometres (a comma counts as a point)."""
    text = text.strip().replace(",", ".")
    if not text:
        return None, {}
    try:
        value = float(text)
    except ValueError:
        return None, {"radius": _("Please enter kilometres, more than 0.")}
    if not 0 < value <= 20000:
        return None, {"radius": _("Please enter kilometres, more than 0.")}
    return value, {}


def parse_page(text: str) -> int:
    try:
        return max(1, int(text))
    except ValueError:
        return 1
