"""A participant's day at an event as pages: the agenda (printable, and as a calendar file), a meeting with its
team, why it is where it is and, once held, each side's follow-up; and the organisers' dashboard of requests,
acceptance, meetings per participant, table load and outcomes."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import is_participant, may_organise_event, require_user
from matcher.errors import InvalidInput
from matcher.events.meeting_schemas import FollowUpCreate
from matcher.events.schemas import Outcome
from matcher.reports.charts import bar_chart
from matcher.web import i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import EventScheduleDep, EventsDep, PageUserDep
from matcher.web.forms import FormDep
from matcher.web.pages.common import form_int, form_text, render, router, see_other
from matcher.web.pages.event_forms import EVENT_ZONE
from matcher.web.pages.event_people import acting_as
from matcher.web.pages.events import organised

ICS = "text/calendar; charset=utf-8"


@router.get("/events/{event_id}/agenda", response_class=HTMLResponse)
def agenda_page(
    event_id: IdPath,
    request: Request,
    events: EventsDep,
    schedule: EventScheduleDep,
    user: PageUserDep,
    participant: int | None = None,
) -> Response:
    """A participant's meetings in order (an organiser's choice of participant), to print or to take along."""
    event = events.get(event_id, user)
    me = acting_as(events, event, user, participant)
    organises = may_organise_event(user, event)
    meetings = [
        schedule.public(m, event, user) for m in schedule.list(event, user, me if organises else None)
    ]
    where = {t.name: t.location for t in event.tables}
    return render(
        request,
        "events/agenda.html",
        event=events.public(event, user),
        organises=organises,
        me=events.participant_public(me, event, user),
        people=[events.participant_public(p, event, user) for p in events.participants.of_event(event.id)]
        if organises
        else [],
        meetings=sorted((m for m in meetings if m.status != "cancelled"), key=lambda m: (m.start, m.table)),
        where=where,
        blocks=sorted(me.agenda, key=lambda b: b["start"]),
        zone=EVENT_ZONE,
    )


@router.get("/events/{event_id}/agenda.ics")
def agenda_calendar_page(
    event_id: IdPath,
    events: EventsDep,
    schedule: EventScheduleDep,
    user: PageUserDep,
    participant: int | None = None,
) -> Response:
    event = events.get(event_id, user)
    me = acting_as(events, event, user, participant)
    chosen = me if may_organise_event(user, event) else None
    return Response(
        schedule.ics(event, user, chosen),
        media_type=ICS,
        headers={"content-disposition": f'attachment; filename="event-{event.id}-agenda.ics"'},
    )


@router.get("/event-meetings/{meeting_id}", response_class=HTMLResponse)
def meeting_page(
    meeting_id: IdPath, request: Request, schedule: EventScheduleDep, user: PageUserDep
) -> Response:
    require_user(user)
    meeting = schedule.get_meeting(meeting_id, user)
    event = schedule.find_event(meeting.event_id)
    joining = [schedule.participants.get(pid) for pid in meeting.companions or []]
    members = [meeting.participant_a, meeting.participant_b, *(p for p in joining if p is not None)]
    reported = {
        f.participant_id: f for f in schedule.follow_ups.of_event(event.id) if f.meeting_id == meeting.id
    }
    organises = may_organise_event(user, event)
    return render(
        request,
        "events/meeting.html",
        event={"id": event.id, "name": event.name, "status": event.status},
        meeting=schedule.public(meeting, event, user),
        where=next((t.location for t in event.tables if t.name == meeting.table), ""),
        organises=organises,
        members=members,
        reporters=[p for p in members if organises or is_participant(user, p)],
        reported=reported,
        outcomes=[o.value for o in Outcome],
        zone=EVENT_ZONE,
    )


@router.post("/event-meetings/{meeting_id}/follow-up", response_class=HTMLResponse)
def follow_up_page(
    meeting_id: IdPath, schedule: EventScheduleDep, user: PageUserDep, form: FormDep
) -> Response:
    """A member's outcome of the held meeting (an organiser names the member)."""
    require_user(user)
    meeting = schedule.get_meeting(meeting_id, user)
    try:
        data = FollowUpCreate(
            outcome=form_text(form, "outcome"),  # type: ignore[arg-type]
            participant_id=form_int(form, "participant_id"),
            note=form_text(form, "note"),
        )
    except ValidationError as exc:
        raise InvalidInput(f"the outcome cannot be recorded: {exc.errors()[0]['msg']}") from exc
    schedule.follow_up(meeting, user, data)
    return see_other(f"/event-meetings/{meeting.id}")


@router.get("/events/{event_id}/report", response_class=HTMLResponse)
def report_page(event_id: IdPath, request: Request, events: EventsDep, user: PageUserDep) -> Response:
    """The organisers' dashboard: requests and acceptance, meetings per participant, table load, outcomes."""
    event = organised(events, event_id, user)
    report = events.report(event)
    _ = i18n.request_gettext(request)
    lang = i18n.choose_language(request)

    def labelled(group: str, counts: dict[str, int]) -> list[tuple[str, int]]:
        return [(i18n.label(lang, group, k), v) for k, v in counts.items()]

    return render(
        request,
        "events/report.html",
        event=events.public(event, user),
        report=report,
        requests_svg=bar_chart(_("Requests by status"), labelled("request_status", report.by_status)),
        meetings_svg=bar_chart(
            _("Meetings by status"), labelled("meeting_status", report.meetings_by_status), colour="#17794a"
        ),
        outcomes_svg=bar_chart(
            _("Follow-ups by outcome"), labelled("event_outcome", report.follow_ups), colour="#7a3fb0"
        ),
    )
