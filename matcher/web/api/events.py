"""Event matchmaking: the event, its participants (and their CSV import), the engine's recommendations, meeting
requests, the schedule (provisional, then confirmed), meetings on the day, follow-ups and the report. HTTP to
the services of `matcher.events` and back; the guards of `matcher.web.guards` decide who reaches each handler."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from matcher.events.importer import import_participants
from matcher.events.meeting_schemas import (
    EventReport,
    FollowUpCreate,
    FollowUpPublic,
    MeetingChange,
    MeetingPublic,
    MeetingsPublic,
    ParticipantImport,
    ReminderReport,
    ReminderRequest,
    RequestAnswer,
    RequestCreate,
    RequestPublic,
    RequestsPublic,
    SchedulePublic,
    ScheduleRequest,
    ScheduleStatus,
)
from matcher.events.schemas import (
    CheckIn,
    EventCreate,
    EventPublic,
    EventsPublic,
    EventStatus,
    EventTransition,
    EventUpdate,
    ImportReport,
    Intent,
    ParticipantCreate,
    ParticipantPublic,
    ParticipantsPublic,
    RecommendationsPublic,
    Role,
)
from matcher.web.api.params import IdPath, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import ApiUserDep, EventMatchingDep, EventRequestsDep, EventScheduleDep, EventsDep
from matcher.web.guards import (
    OrganisedEvent,
    SignedInUser,
    ViewableEvent,
    ViewableMeeting,
    ViewableMeetingRequest,
)

router = APIRouter(tags=["events"], responses=errors(401, 403, 404, 409))
ICS = "text/calendar; charset=utf-8"
ICS_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"description": "An iCalendar file.", "content": {"text/calendar": {"schema": {"type": "string"}}}}
}


# --- events --------------------------------------------------------------------------------------------------


@router.get("/events", response_model=EventsPublic)
def list_events(
    events: EventsDep,
    user: ApiUserDep,
    status: Annotated[list[EventStatus] | None, Query(description="Only these statuses.")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> EventsPublic:
    """Managers see every event; the others those past their draft, members also their own drafts."""
    rows, count = events.list(user, [s.value for s in status] if status else None, offset, limit)
    return EventsPublic(data=[events.public(e, user) for e in rows], count=count)


@router.post("/events", response_model=EventPublic, status_code=status.HTTP_201_CREATED)
def create_event(user: SignedInUser, data: EventCreate, events: EventsDep, response: Response) -> EventPublic:
    """A draft event of an organisation: a member's own, any `owner_id` for managers."""
    event = events.create(user, data)
    response.headers["Location"] = f"/api/v1/events/{event.id}"
    return events.public(event, user)


@router.get("/events/{event_id}", response_model=EventPublic)
def get_event(event: ViewableEvent, events: EventsDep, user: ApiUserDep) -> EventPublic:
    return events.public(event, user)


@router.patch("/events/{event_id}", response_model=EventPublic)
def update_event(
    event: OrganisedEvent, user: SignedInUser, data: EventUpdate, events: EventsDep
) -> EventPublic:
    return events.public(events.update(event, user, data), user)


@router.post("/events/{event_id}/transition", response_model=EventPublic)
def move_event(
    event: OrganisedEvent, user: SignedInUser, data: EventTransition, events: EventsDep
) -> EventPublic:
    """draft -> registration -> requests -> scheduled -> running -> done; `409` names what is allowed from here."""
    return events.public(events.transition(event, user, data.to.value), user)


@router.get("/events/{event_id}/report", response_model=EventReport)
def event_report(event: OrganisedEvent, events: EventsDep) -> EventReport:
    """Requests and acceptance, meetings per participant, table load, the share held, follow-ups."""
    return events.report(event)


# --- participants ----------------------------------------------------------------------------------------------


@router.get("/events/{event_id}/participants", response_model=ParticipantsPublic)
def list_participants(event: ViewableEvent, user: SignedInUser, events: EventsDep) -> ParticipantsPublic:
    """Everyone at the event; e-mail and phone only for the organisers, the participant and those they meet."""
    rows = events.participants.of_event(event.id)
    return ParticipantsPublic(data=[events.participant_public(p, event, user) for p in rows], count=len(rows))


@router.post(
    "/events/{event_id}/participants", response_model=ParticipantPublic, status_code=status.HTTP_201_CREATED
)
def register(
    event: ViewableEvent, user: SignedInUser, data: ParticipantCreate, events: EventsDep
) -> ParticipantPublic:
    """Organisers register anybody; a signed-in user registers themselves while registration is open. The same
    e-mail updates the participant."""
    participant, _ = events.register(event, user, data)
    return events.participant_public(participant, event, user)


@router.post("/events/{event_id}/participants/import", response_model=ImportReport)
def import_csv(
    event: OrganisedEvent, user: SignedInUser, data: ParticipantImport, events: EventsDep
) -> ImportReport:
    """Participants from CSV (`csv`: the file's text); every row is checked first and a bad one writes nothing."""
    return import_participants(events, event, user, data.csv)


@router.post("/events/{event_id}/participants/{participant_id}/check-in", response_model=ParticipantPublic)
def check_in(
    event: OrganisedEvent, participant_id: IdPath, user: SignedInUser, data: CheckIn, events: EventsDep
) -> ParticipantPublic:
    participant = events.check_in(
        event, events.find_participant(event, participant_id), user, data.checked_in
    )
    return events.participant_public(participant, event, user)


@router.get(
    "/events/{event_id}/participants/{participant_id}/recommendations", response_model=RecommendationsPublic
)
def recommendations(
    event: ViewableEvent,
    participant_id: IdPath,
    user: SignedInUser,
    matching: EventMatchingDep,
    k: Annotated[int, Query(ge=1, le=50)] = 10,
    role: Annotated[list[Role] | None, Query(description="Only these roles.")] = None,
    intent: Annotated[list[Intent] | None, Query(description="Only those here for one of these.")] = None,
) -> RecommendationsPublic:
    """Whom the participant should meet, best first, each with why; for the participant and the organisers."""
    participant = matching.find_participant(event, participant_id)
    roles = [r.value for r in role] if role else None
    intents = [i.value for i in intent] if intent else None
    return matching.recommend(event, participant, user, k, roles, intents)


# --- requests --------------------------------------------------------------------------------------------------


@router.get("/events/{event_id}/requests", response_model=RequestsPublic)
def list_requests(event: ViewableEvent, user: SignedInUser, requests: EventRequestsDep) -> RequestsPublic:
    """The organisers: every request; a participant: those they sent or received."""
    rows = requests.list(event, user)
    return RequestsPublic(data=[requests.public(r) for r in rows], count=len(rows))


@router.post("/events/{event_id}/requests", response_model=RequestPublic, status_code=status.HTTP_201_CREATED)
def ask(
    event: ViewableEvent, user: SignedInUser, data: RequestCreate, requests: EventRequestsDep
) -> RequestPublic:
    """Ask to meet (must, would_like, or no_thanks: a veto); an auto-accepting event accepts at once."""
    return requests.public(requests.create(event, user, data))


@router.post("/events/{event_id}/requests/expire", response_model=RequestsPublic)
def expire_requests(event: OrganisedEvent, user: SignedInUser, requests: EventRequestsDep) -> RequestsPublic:
    """Every pending request expires; answers the requests of the event after it."""
    requests.expire(event, user)
    rows = requests.list(event, user)
    return RequestsPublic(data=[requests.public(r) for r in rows], count=len(rows))


@router.post("/events/{event_id}/requests/remind", response_model=ReminderReport)
def remind_requests(
    event: OrganisedEvent, user: SignedInUser, data: ReminderRequest, requests: EventRequestsDep
) -> ReminderReport:
    """The recipients of requests pending longer than `after_hours` (default 24), not reminded within it, get a
    reminder in their inbox; those without a user account are counted as not reachable."""
    return requests.remind(event, user, data.after_hours)


@router.post("/meeting-requests/{request_id}/answer", response_model=RequestPublic)
def answer(
    request: ViewableMeetingRequest, user: SignedInUser, data: RequestAnswer, requests: EventRequestsDep
) -> RequestPublic:
    """The recipient (or an organiser) accepts, with their own colleagues as `companions`, or declines a
    pending request; a tentative meeting of it is scheduled where it is, or cancelled."""
    return requests.public(requests.answer(request, user, data.to.value, data.companions))


# --- the schedule and the day ------------------------------------------------------------------------------


@router.post("/events/{event_id}/schedule", response_model=SchedulePublic)
def schedule(
    event: OrganisedEvent, user: SignedInUser, data: ScheduleRequest, schedule: EventScheduleDep
) -> SchedulePublic:
    """Solve the schedule (CP-SAT): a provisional one the organisers review; again later, moving little. Follow
    it at `GET .../schedule/status`; a second solve of the event while one runs is refused (409)."""
    return schedule.schedule(event, user, data.time_limit_s, data.recommended)


@router.get("/events/{event_id}/schedule/status", response_model=ScheduleStatus)
def schedule_status(event: OrganisedEvent, user: SignedInUser, schedule: EventScheduleDep) -> ScheduleStatus:
    """How far the last solve of this server is, while it runs and after: the phase (building, solving, placing
    tables, done, failed), the solutions found, the best objective and the bound, the seconds searched of the
    time limit, and once done the method (cp-sat or greedy). Idle: none since the server started."""
    return schedule.status(event, user)


@router.post("/events/{event_id}/schedule/confirm", response_model=SchedulePublic)
def confirm(event: OrganisedEvent, user: SignedInUser, schedule: EventScheduleDep) -> SchedulePublic:
    """The provisional schedule becomes final: the participants see their meetings."""
    return schedule.confirm(event, user)


@router.get("/events/{event_id}/meetings", response_model=MeetingsPublic)
def list_meetings(event: ViewableEvent, user: SignedInUser, schedule: EventScheduleDep) -> MeetingsPublic:
    """The organisers: every meeting; a participant: their agenda, once the schedule is final."""
    rows = schedule.list(event, user)
    return MeetingsPublic(data=[schedule.public(m, event, user) for m in rows], count=len(rows))


@router.get("/events/{event_id}/agenda.ics", response_class=Response, responses=ICS_ANSWER)
def agenda_calendar(event: ViewableEvent, user: SignedInUser, schedule: EventScheduleDep) -> Response:
    """The caller's agenda (the organisers: the whole schedule) as an iCalendar file."""
    return Response(
        schedule.ics(event, user),
        media_type=ICS,
        headers={"content-disposition": f'attachment; filename="event-{event.id}.ics"'},
    )


@router.get("/event-meetings/{meeting_id}", response_model=MeetingPublic)
def get_meeting(meeting: ViewableMeeting, user: SignedInUser, schedule: EventScheduleDep) -> MeetingPublic:
    return schedule.public(meeting, schedule.find_event(meeting.event_id), user)


@router.patch("/event-meetings/{meeting_id}", response_model=MeetingPublic)
def change_meeting(
    meeting: ViewableMeeting, user: SignedInUser, data: MeetingChange, schedule: EventScheduleDep
) -> MeetingPublic:
    """The organisers mark it held, no_show or cancelled, and lock or unlock it."""
    changed = schedule.change(meeting, user, data.status.value if data.status else None, data.locked)
    return schedule.public(changed, schedule.find_event(meeting.event_id), user)


@router.post("/event-meetings/{meeting_id}/follow-up", response_model=FollowUpPublic)
def follow_up(
    meeting: ViewableMeeting, user: SignedInUser, data: FollowUpCreate, schedule: EventScheduleDep
) -> FollowUpPublic:
    """A side's outcome of a held meeting; an agreement becomes a cooperation in the network."""
    return schedule.follow_up(meeting, user, data)
