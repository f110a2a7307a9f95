"""An event's people as pages: the organisers' list of participants (add one, import a CSV that writes nothing
when a row is bad, check them in on the day), the engine's suggestions of whom to meet with why and the form to
ask, and the requests a person sent and received with their answers (the organisers see and answer all, send
reminders and let the pending ones expire)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, may_organise_event, require_user
from matcher.errors import ImportFailed, InvalidInput, MatcherError
from matcher.events.base import colleagues
from matcher.events.importer import COLUMNS, import_participants
from matcher.events.meeting_schemas import RequestCreate
from matcher.events.models import Event, Participant
from matcher.events.schemas import Intent, ParticipantCreate, Priority, Role
from matcher.events.service import EventService
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import EventMatchingDep, EventRequestsDep, EventsDep, PageUserDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import form_int, form_text, render, router, see_other, uploaded_text
from matcher.web.pages.event_forms import (
    participant_payload,
    participant_values,
    participant_values_from_form,
)
from matcher.web.pages.events import organised, vocabularies


def participants_view(
    request: Request,
    event: Event,
    events: EventService,
    user: User | None,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    import_errors: list[dict[str, Any]] | None = None,
    status_code: int = 200,
    notice: str = "",
) -> Response:
    rows = events.participants.of_event(event.id)
    return render(
        request,
        "events/participants.html",
        status_code=status_code,
        event=events.public(event, user),
        participants=[events.participant_public(p, event, user) for p in rows],
        values=values or participant_values(None),
        errors=errors or {},
        import_errors=import_errors or [],
        columns=COLUMNS,
        notice=notice,
        **vocabularies(request),
    )


@router.get("/events/{event_id}/participants", response_class=HTMLResponse)
def participants_page(event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep) -> Response:
    return participants_view(request, organised(events, event_id, user), events, user)


@router.post("/events/{event_id}/participants", response_class=HTMLResponse)
def add_participant(
    event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep, form: FormDep
) -> Response:
    event = organised(events, event_id, user)
    values = participant_values_from_form(form)
    _ = i18n.request_gettext(request)
    payload, errors = participant_payload(values, _)
    try:
        data = ParticipantCreate(**payload) if not errors else None
    except ValidationError as exc:
        errors = forms.validation_errors(exc, _)
    if data is None:
        return participants_view(request, event, events, user, values, errors, status_code=422)
    try:
        events.register(event, user, data)
    except MatcherError as exc:
        events.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return participants_view(request, event, events, user, values, errors, status_code=exc.status_code)
    return see_other(f"/events/{event.id}/participants")


@router.post("/events/{event_id}/participants/import", response_class=HTMLResponse)
def import_page(
    event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep, form: FormDep
) -> Response:
    """A CSV file (or its text pasted): every row checked first; a bad one is named and nothing is written."""
    event = organised(events, event_id, user)
    _ = i18n.request_gettext(request)
    text = uploaded_text(form)
    if not text.strip():
        errors = {"csv": _("Choose a CSV file or paste its text.")}
        return participants_view(request, event, events, user, errors=errors, status_code=422)
    try:
        report = import_participants(events, event, user, text)
    except ImportFailed as exc:
        events.session.rollback()
        rows = exc.detail if isinstance(exc.detail, list) else []
        errors = {"csv": _("The import wrote nothing: correct the rows below and send it again.")}
        return participants_view(
            request, event, events, user, errors=errors, import_errors=rows, status_code=422
        )
    notice = _("%(created)s added, %(updated)s updated.", created=report.created, updated=report.updated)
    return participants_view(request, event, events, user, notice=notice)


@router.post("/events/{event_id}/participants/{participant_id}/check-in", response_class=HTMLResponse)
def check_in_page(
    event_id: IdPath, participant_id: IdPath, events: EventsDep, user: PageUserDep, form: FormDep
) -> Response:
    event = organised(events, event_id, user)
    participant = events.find_participant(event, participant_id)
    events.check_in(event, participant, user, form_text(form, "checked_in") != "no")
    return see_other(f"/events/{event.id}/participants#p-{participant.id}")


# --- whom to meet ------------------------------------------------------------------------------------------


def acting_as(
    events: EventService, event: Event, user: User | None, participant_id: int | None
) -> Participant:
    """The participant a page is about: the person themselves, or the one an organiser chose (the first by
    default)."""
    person = require_user(user)
    if may_organise_event(person, event):
        if participant_id is not None:
            return events.find_participant(event, participant_id)
        first = events.participants.of_event(event.id)
        if first:
            return first[0]
    mine = events.me(event, person)
    if mine is None:
        raise Forbidden("register for the event first: the suggestions and requests are a participant's")
    return mine


def team_of(events: EventService, event: Event, participant: Participant) -> list[Participant]:
    """The participant's colleagues at the event, who may join their meetings."""
    return [
        p
        for p in events.participants.of_event(event.id)
        if p.id != participant.id and colleagues(p, participant)
    ]


@router.get("/events/{event_id}/recommendations", response_class=HTMLResponse)
def recommendations_page(
    event_id: IdPath,
    request: Request,
    events: EventsDep,
    matching: EventMatchingDep,
    user: PageUserDep,
    participant: int | None = None,
    role: str = "",
    intent: str = "",
) -> Response:
    event = events.get(event_id, user)
    me = acting_as(events, event, user, participant)
    roles = [role] if role in {r.value for r in Role} else None
    intents = [intent] if intent in {i.value for i in Intent} else None
    found = matching.recommend(event, me, user, 15, roles, intents)
    organises = may_organise_event(user, event)
    return render(
        request,
        "events/recommendations.html",
        event=events.public(event, user),
        organises=organises,
        me=events.participant_public(me, event, user),
        people=[events.participant_public(p, event, user) for p in events.participants.of_event(event.id)]
        if organises
        else [],
        found=found,
        team=[events.participant_public(p, event, user) for p in team_of(events, event, me)],
        priorities=[p.value for p in Priority],
        role=role,
        intent=intent,
        **vocabularies(request),
    )


@router.post("/events/{event_id}/requests", response_class=HTMLResponse)
def ask_page(
    event_id: IdPath, events: EventsDep, requests: EventRequestsDep, user: PageUserDep, form: FormDep
) -> Response:
    """Ask to meet (a participant as themselves, an organiser for whom they name); back to the requests."""
    require_user(user)
    event = events.get(event_id, user)
    payload = {
        "recipient_id": form_int(form, "recipient_id"),
        "requester_id": form_int(form, "requester_id") if may_organise_event(user, event) else None,
        "priority": form_text(form, "priority") or "would_like",
        "message": form_text(form, "message"),
        "companions": [int(str(v)) for v in form.getlist("companions") if str(v).isdigit()],
    }
    try:
        data = RequestCreate.model_validate(payload)
    except ValidationError as exc:
        raise InvalidInput(f"the request cannot be sent: {exc.errors()[0]['msg']}") from exc
    requests.create(event, user, data)
    return see_other(f"/events/{event.id}/requests")


@router.get("/events/{event_id}/requests", response_class=HTMLResponse)
def requests_page(
    event_id: IdPath, request: Request, events: EventsDep, requests: EventRequestsDep, user: PageUserDep
) -> Response:
    event = events.get(event_id, user)
    person = require_user(user)
    organises = may_organise_event(person, event)
    mine = events.me(event, person)
    if not organises and mine is None:
        raise Forbidden("register for the event first: the requests are a participant's")
    rows = [requests.public(r) for r in requests.list(event, person)]
    team = [events.participant_public(p, event, user) for p in team_of(events, event, mine)] if mine else []
    return render(
        request,
        "events/requests.html",
        event=events.public(event, user),
        organises=organises,
        me_id=mine.id if mine else None,
        received=[r for r in rows if mine is not None and r.recipient_id == mine.id],
        sent=[r for r in rows if mine is not None and r.requester_id == mine.id],
        others=[r for r in rows if mine is None or mine.id not in (r.requester_id, r.recipient_id)],
        team=team,
        notice=request.query_params.get("notice", ""),
    )


@router.post("/meeting-requests/{request_id}/answer", response_class=HTMLResponse)
def answer_page(request_id: IdPath, requests: EventRequestsDep, user: PageUserDep, form: FormDep) -> Response:
    require_user(user)
    found = requests.get(request_id, user)
    companions = [int(str(v)) for v in form.getlist("companions") if str(v).isdigit()]
    requests.answer(found, user, form_text(form, "to"), companions)
    return see_other(f"/events/{found.event_id}/requests")


@router.post("/events/{event_id}/requests/expire", response_class=HTMLResponse)
def expire_page(
    event_id: IdPath, events: EventsDep, requests: EventRequestsDep, user: PageUserDep
) -> Response:
    event = organised(events, event_id, user)
    requests.expire(event, user)
    return see_other(f"/events/{event.id}/requests")


@router.post("/events/{event_id}/requests/remind", response_class=HTMLResponse)
def remind_page(
    event_id: IdPath, request: Request, events: EventsDep, requests: EventRequestsDep, user: PageUserDep
) -> Response:
    event = organised(events, event_id, user)
    report = requests.remind(event, user, 0)
    _ = i18n.request_gettext(request)
    notice = _(
        "%(reminded)s reminded; %(unreachable)s without an account to tell.",
        reminded=report.reminded,
        unreachable=report.not_reachable,
    )
    return see_other(f"/events/{event.id}/requests?{urlencode({'notice': notice})}")
