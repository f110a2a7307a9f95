"""Matchmaking events for everybody and for who organises them: the list, an event's page (when and where, its
rules, the way to register, and each person's next step), the form to create and edit one, and its moves through
its states. The participants and the requests are `event_people.py`'s, the schedule `event_schedule.py`'s, the
agenda, the follow-ups and the dashboard `event_agenda.py`'s.

Every page asks the services of `matcher.events`, which ask the policies: hidden means 404."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.models import User
from matcher.auth.policies import is_staff, may_organise_event, require_user
from matcher.errors import MatcherError
from matcher.events.models import Event
from matcher.events.schemas import (
    EVENT_TRANSITIONS,
    EventCreate,
    EventUpdate,
    Intent,
    ParticipantCreate,
    Role,
)
from matcher.events.service import EventService
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import EventsDep, PageUserDep, ProfilesDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import render, router, see_other
from matcher.web.pages.event_forms import (
    EVENT_ZONE,
    event_payload,
    event_values,
    event_values_from_form,
    participant_payload,
    participant_values,
    participant_values_from_form,
)

STATUSES = list(EVENT_TRANSITIONS)


def options(request: Request, group: str, values: list[str]) -> list[tuple[str, str]]:
    lang = i18n.choose_language(request)
    return [(v, i18n.label(lang, group, v)) for v in values]


def vocabularies(request: Request) -> dict[str, Any]:
    """The choices of the events' forms, labelled in the page's language."""
    return {
        "role_options": options(request, "event_role", [r.value for r in Role]),
        "intent_options": options(request, "intent", [i.value for i in Intent]),
        "roles": [r.value for r in Role],
        "zone": EVENT_ZONE,
    }


def event_form(
    request: Request,
    values: FormValues,
    errors: FieldErrors,
    event: Event | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "events/form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        event=event,
        action=f"/events/{event.id}/edit" if event else "/events/new",
        **vocabularies(request),
    )


def organised(events: EventService, event_id: int, user: User | None) -> Event:
    """An event the person organises: visitors go to the login first (then 403 or 404 by the policies)."""
    require_user(user)
    return events.organise(event_id, user)


@router.get("/events", response_class=HTMLResponse)
def events_list(request: Request, events: EventsDep, user: PageUserDep) -> Response:
    """The events past their draft for everybody; members also their own drafts; managers all of them."""
    rows, count = events.list(user, limit=200)
    cards = [events.public(e, user) for e in rows]
    return render(request, "events/list.html", events=cards, count=count, zone=EVENT_ZONE)


@router.get("/events/new", response_class=HTMLResponse)
def new_event(request: Request, user: PageUserDep) -> Response:
    require_user(user)
    return event_form(request, event_values(None), {})


@router.post("/events/new", response_class=HTMLResponse)
def create_event(
    request: Request, events: EventsDep, profiles: ProfilesDep, user: PageUserDep, form: FormDep
) -> Response:
    require_user(user)
    values = event_values_from_form(form)
    _ = i18n.request_gettext(request)
    payload, errors = event_payload(values, _)
    if values["owner_ref"] and is_staff(user):
        try:
            payload["owner_id"] = profiles.get_by_ref(values["owner_ref"]).id
        except MatcherError:
            errors["owner_ref"] = _("No organisation has this reference.")
    if errors:
        return event_form(request, values, errors, status_code=422)
    try:
        data = EventCreate(**payload)
    except ValidationError as exc:
        return event_form(request, values, forms.validation_errors(exc, _), status_code=422)
    try:
        event = events.create(user, data)
    except MatcherError as exc:
        events.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        if "owner_id" in errors:
            errors["owner_ref"] = errors.pop("owner_id")
        return event_form(request, values, errors, status_code=exc.status_code)
    return see_other(f"/events/{event.id}")


def event_view(
    request: Request,
    event: Event,
    events: EventService,
    profiles: Any,
    user: User | None,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    status_code: int = 200,
) -> Response:
    mine = events.me(event, user)
    org_ref = ""
    if user is not None and user.organisation_id is not None:
        org_ref = profiles.get(user.organisation_id).ref
    may_register = user is not None and mine is None and event.status == "registration"
    return render(
        request,
        "events/event.html",
        status_code=status_code,
        event=events.public(event, user),
        organises=may_organise_event(user, event),
        mine=events.participant_public(mine, event, user) if mine is not None else None,
        may_register=may_register,
        values=values
        or participant_values(None, name=(user.name if user else "") or "", organisation_ref=org_ref),
        errors=errors or {},
        **vocabularies(request),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(
    event_id: IdPath, request: Request, events: EventsDep, profiles: ProfilesDep, user: PageUserDep
) -> Response:
    return event_view(request, events.get(event_id, user), events, profiles, user)


@router.post("/events/{event_id}/register", response_class=HTMLResponse)
def register_myself(
    event_id: IdPath,
    request: Request,
    events: EventsDep,
    profiles: ProfilesDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """A signed-in person registers themselves (under their own e-mail) while registration is open."""
    person = require_user(user)
    event = events.get(event_id, user)
    values = participant_values_from_form(form)
    values["email"] = person.email
    _ = i18n.request_gettext(request)
    payload, errors = participant_payload(values, _)
    if errors:
        return event_view(request, event, events, profiles, user, values, errors, 422)
    try:
        data = ParticipantCreate(**payload)
    except ValidationError as exc:
        errors = forms.validation_errors(exc, _)
        return event_view(request, event, events, profiles, user, values, errors, 422)
    try:
        events.register(event, user, data)
    except MatcherError as exc:
        events.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return event_view(request, event, events, profiles, user, values, errors, exc.status_code)
    return see_other(f"/events/{event.id}")


@router.get("/events/{event_id}/edit", response_class=HTMLResponse)
def edit_event(event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep) -> Response:
    event = organised(events, event_id, user)
    return event_form(request, event_values(event), {}, event)


@router.post("/events/{event_id}/edit", response_class=HTMLResponse)
def update_event(
    event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep, form: FormDep
) -> Response:
    event = organised(events, event_id, user)
    values = event_values_from_form(form)
    _ = i18n.request_gettext(request)
    # only what changed is sent: the windows, the meeting length and the tables stay once a schedule exists
    stored, _errors = event_payload(event_values(event), _)
    payload, errors = event_payload(values, _)
    if errors:
        return event_form(request, values, errors, event, status_code=422)
    changed = {k: v for k, v in payload.items() if v != stored.get(k)}
    try:
        data = EventUpdate(**changed)
    except ValidationError as exc:
        return event_form(request, values, forms.validation_errors(exc, _), event, status_code=422)
    try:
        events.update(event, user, data)
    except MatcherError as exc:
        events.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return event_form(request, values, errors, event, status_code=exc.status_code)
    return see_other(f"/events/{event.id}")


@router.post("/events/{event_id}/transition", response_class=HTMLResponse)
def move_event(event_id: IdPath, events: EventsDep, user: PageUserDep, form: FormDep) -> Response:
    event = organised(events, event_id, user)
    to = form.get("to")
    events.transition(event, user, to if isinstance(to, str) else "")
    return see_other(f"/events/{event.id}")
