"""The events' rows of the authorisation matrix (tests/web/api/test_authorisation.py) and how each request is
made. "The organisation in question" is the organiser for an event's own routes (its member runs the event),
and the participant for the routes of requests, recommendations and meetings (the member column is then a
participant: a member of a fresh start-up). Each request gets a fresh event, built by the services up to the
stage the route needs."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from matcher.auth.models import User
from matcher.events.meeting_schemas import RequestCreate
from matcher.events.requests import RequestService
from matcher.events.scheduling import ScheduleService
from matcher.events.schemas import EventCreate, ParticipantCreate
from matcher.events.service import EventService
from matcher.kit.db import transaction
from matcher.profiles.schemas import OrganisationCreate
from matcher.profiles.service import ProfileService

if TYPE_CHECKING:
    from tests.web.api.test_authorisation import Scene, Target

A = "/api/v1"
E = f"{A}/events"
# fmt: off
EVENT_MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                                       anonymous member other manager admin
    ("GET",    E,                                                          200, 200, 200, 200, 200),
    ("POST",   E,                                                          401, 201, 403, 201, 201),
    ("GET",    f"{E}/{{event_id}}",                                        404, 200, 404, 200, 200),
    ("PATCH",  f"{E}/{{event_id}}",                                        401, 200, 404, 200, 200),
    ("POST",   f"{E}/{{event_id}}/transition",                             401, 200, 404, 200, 200),
    ("GET",    f"{E}/{{event_id}}/report",                                 401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/participants",                           401, 200, 200, 200, 200),
    ("POST",   f"{E}/{{event_id}}/participants",                           401, 201, 403, 201, 201),
    ("POST",   f"{E}/{{event_id}}/participants/import",                    401, 200, 403, 200, 200),
    ("POST",   f"{E}/{{event_id}}/participants/{{participant_id}}/check-in", 401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/participants/{{participant_id}}/recommendations", 401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/requests",                               401, 200, 403, 200, 200),
    ("POST",   f"{E}/{{event_id}}/requests",                               401, 201, 403, 201, 201),
    ("POST",   f"{E}/{{event_id}}/requests/expire",                        401, 200, 403, 200, 200),
    ("POST",   f"{E}/{{event_id}}/requests/remind",                        401, 200, 403, 200, 200),
    ("POST",   f"{A}/meeting-requests/{{request_id}}/answer",              401, 200, 404, 200, 200),
    ("POST",   f"{E}/{{event_id}}/schedule",                               401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/schedule/status",                        401, 200, 403, 200, 200),
    ("POST",   f"{E}/{{event_id}}/schedule/confirm",                       401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/meetings",                               401, 200, 403, 200, 200),
    ("GET",    f"{E}/{{event_id}}/agenda.ics",                             401, 200, 403, 200, 200),
    ("GET",    f"{A}/event-meetings/{{meeting_id}}",                       401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/event-meetings/{{meeting_id}}",                       401, 403, 404, 200, 200),
    ("POST",   f"{A}/event-meetings/{{meeting_id}}/follow-up",             401, 200, 404, 200, 200),
]
# fmt: on

STAGES = ("draft", "registration", "requests", "accepted", "provisional", "scheduled", "running", "held")
WINDOWS = [{"start": "2027-05-06T09:00:00+02:00", "end": "2027-05-06T10:00:00+02:00"}]
_serial = itertools.count(1)


def event_scene(scene: Scene, stage: str, member: str = "owner") -> Target:
    """A fresh organiser's event with a participant who is a user (a fresh start-up's member) and a
    lightweight one, built to `stage`: from `requests` on the lightweight one asked the participant, accepted
    from `accepted` on; then scheduled, confirmed, running, and the meeting held. `member` plays the member
    column: the organiser's (`owner`) or the participant (`participant`)."""
    from tests.web.api.test_authorisation import Target

    n = next(_serial)
    rt = scene.rt
    with transaction(rt.session_factory) as session:
        profiles = ProfileService(session, indexer=rt.indexer)
        for role, kind in (("evowner", "company"), ("evpart", "startup")):
            profiles.create(
                OrganisationCreate(
                    ref=f"matrix-{role}-{n}",
                    name=f"Matrix {role} {n}",
                    kind=kind,  # type: ignore[arg-type]
                    description="Inspects sheet steel surfaces with cameras.",
                )
            )
    people = {
        "owner": scene._person(f"evowner-{n}@matrix.example", "member", f"matrix-evowner-{n}"),
        "participant": scene._person(f"evpart-{n}@matrix.example", "member", f"matrix-evpart-{n}"),
    }
    reached = STAGES[: STAGES.index(stage) + 1]
    with transaction(rt.session_factory) as session:
        organiser = session.get(User, scene.organiser.id)
        args = (session, rt.recommender, rt.indexer)
        events, requests, schedule = EventService(*args), RequestService(*args), ScheduleService(*args)
        owner_id = ProfileService(session).get_by_ref(f"matrix-evowner-{n}").id
        event = events.create(
            organiser,
            EventCreate.model_validate(
                {
                    "name": f"Matrix event {n}",
                    "owner_id": owner_id,
                    "windows": WINDOWS,
                    "tables": [{"name": "T1"}],
                }
            ),
        )
        values: dict[str, Any] = {"event_id": event.id, "owner_id": owner_id}
        if "registration" in reached:
            events.transition(event, organiser, "registration")
            me, _ = events.register(
                event,
                organiser,
                ParticipantCreate(
                    name="Pia Participant",
                    email=f"evpart-{n}@matrix.example",
                    role="startup",  # type: ignore[arg-type]
                    organisation_ref=f"matrix-evpart-{n}",
                    description="Cameras that find defects on steel.",
                ),
            )
            light, _ = events.register(
                event,
                organiser,
                ParticipantCreate(name="Lou Light", email=f"light-{n}@matrix.example", role="company"),  # type: ignore[arg-type]
            )
            values.update(participant_id=me.id, light_id=light.id)
        if "requests" in reached:
            events.transition(event, organiser, "requests")
            request = requests.create(
                event, organiser, RequestCreate(requester_id=light.id, recipient_id=me.id)
            )  # type: ignore[call-arg]
            values["request_id"] = request.id
        if "accepted" in reached:
            requests.answer(request, organiser, "accepted")
        if "provisional" in reached:
            schedule.schedule(event, organiser, time_limit_s=2)
        if "scheduled" in reached:
            schedule.confirm(event, organiser)
            events.transition(event, organiser, "scheduled")
            values["meeting_id"] = schedule.meetings.of_event(event.id)[0].id
        if "running" in reached:
            events.transition(event, organiser, "running")
        if "held" in reached:
            schedule.change(schedule.find_meeting(values["meeting_id"]), organiser, "held", None)
    return Target(values, people[member])


def with_body(target: Target, data: Any) -> Target:
    target.body = data
    return target


def new_event(scene: Scene) -> Target:
    target = event_scene(scene, "draft")
    return with_body(target, {"name": "A new event", "owner_id": target.values["owner_id"]})


def _csv(target: Target) -> Target:
    n = next(_serial)
    return with_body(target, {"csv": f"name,email,role\nIda Import,import-{n}@matrix.example,investor\n"})


EVENT_REQUESTS: dict[tuple[str, str], Callable[[Scene], Target]] = {
    ("POST", E): new_event,
    ("GET", f"{E}/{{event_id}}"): lambda s: event_scene(s, "draft"),
    ("PATCH", f"{E}/{{event_id}}"): lambda s: with_body(event_scene(s, "draft"), {"venue": "Hall 3"}),
    ("POST", f"{E}/{{event_id}}/transition"): lambda s: with_body(
        event_scene(s, "draft"), {"to": "registration"}
    ),
    ("GET", f"{E}/{{event_id}}/report"): lambda s: event_scene(s, "registration"),
    ("GET", f"{E}/{{event_id}}/participants"): lambda s: event_scene(s, "registration"),
    ("POST", f"{E}/{{event_id}}/participants"): lambda s: with_body(
        event_scene(s, "registration"), {"name": "Nia New", "email": "nia@matrix.example", "role": "investor"}
    ),
    ("POST", f"{E}/{{event_id}}/participants/import"): lambda s: _csv(event_scene(s, "registration")),
    ("POST", f"{E}/{{event_id}}/participants/{{participant_id}}/check-in"): lambda s: with_body(
        event_scene(s, "running"), {}
    ),
    ("GET", f"{E}/{{event_id}}/participants/{{participant_id}}/recommendations"): lambda s: event_scene(
        s, "registration", "participant"
    ),
    ("GET", f"{E}/{{event_id}}/requests"): lambda s: event_scene(s, "requests", "participant"),
    ("POST", f"{E}/{{event_id}}/requests"): lambda s: _ask(event_scene(s, "requests", "participant")),
    ("POST", f"{E}/{{event_id}}/requests/expire"): lambda s: event_scene(s, "requests"),
    ("POST", f"{E}/{{event_id}}/requests/remind"): lambda s: with_body(
        event_scene(s, "requests"), {"after_hours": 0}
    ),
    ("POST", f"{A}/meeting-requests/{{request_id}}/answer"): lambda s: with_body(
        event_scene(s, "requests", "participant"), {"to": "accepted"}
    ),
    ("POST", f"{E}/{{event_id}}/schedule"): lambda s: with_body(
        event_scene(s, "accepted"), {"time_limit_s": 2}
    ),
    ("GET", f"{E}/{{event_id}}/schedule/status"): lambda s: event_scene(s, "provisional"),
    ("POST", f"{E}/{{event_id}}/schedule/confirm"): lambda s: event_scene(s, "provisional"),
    ("GET", f"{E}/{{event_id}}/meetings"): lambda s: event_scene(s, "scheduled", "participant"),
    ("GET", f"{E}/{{event_id}}/agenda.ics"): lambda s: event_scene(s, "scheduled", "participant"),
    ("GET", f"{A}/event-meetings/{{meeting_id}}"): lambda s: event_scene(s, "scheduled", "participant"),
    ("PATCH", f"{A}/event-meetings/{{meeting_id}}"): lambda s: with_body(
        event_scene(s, "running", "participant"), {"status": "held"}
    ),
    ("POST", f"{A}/event-meetings/{{meeting_id}}/follow-up"): lambda s: _follow_up(
        event_scene(s, "held", "participant")
    ),
}


def _ask(target: Target) -> Target:
    """The participant asks again, of a third participant: a fresh pair per request."""
    return with_body(
        target,
        {
            "requester_id": target.values["participant_id"],
            "recipient_id": target.values["light_id"],
            "priority": "must",
        },
    )


def _follow_up(target: Target) -> Target:
    return with_body(
        target, {"outcome": "further_contact", "participant_id": target.values["participant_id"]}
    )
