"""An event's schedule as the organisers' page: solve it (CP-SAT) into a provisional schedule with the reason of
every meeting and why a wished meeting found no place, solve again moving little, confirm it, and on the day mark
each meeting held, missed or cancelled, or lock it in place."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.models import User
from matcher.auth.policies import require_user
from matcher.events.meeting_schemas import SchedulePublic
from matcher.events.models import Event
from matcher.events.scheduling import ScheduleService
from matcher.events.service import EventService
from matcher.web import i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import EventScheduleDep, EventsDep, PageUserDep
from matcher.web.forms import FormDep
from matcher.web.pages.common import render, router, see_other
from matcher.web.pages.event_forms import EVENT_ZONE
from matcher.web.pages.events import organised

MOVES = ("held", "no_show", "cancelled")


def schedule_view(
    request: Request,
    event: Event,
    events: EventService,
    schedule: ScheduleService,
    user: User | None,
    result: SchedulePublic | None = None,
    problem: str = "",
    status_code: int = 200,
) -> Response:
    names = {p.id: p.name for p in events.participants.of_event(event.id)}
    meetings = [schedule.public(m, event, user) for m in schedule.list(event, user)]
    unscheduled = [
        {
            "names": [names.get(u["a"], "?"), names.get(u["b"], "?")]
            + [names.get(c, "?") for c in u.get("companions", [])],
            "why": u["why"],
        }
        for u in (result.unscheduled if result else [])
    ]
    return render(
        request,
        "events/schedule.html",
        status_code=status_code,
        event=events.public(event, user),
        meetings=sorted(meetings, key=lambda m: (m.slot, m.table)),
        result=result,
        unscheduled=unscheduled,
        problem=problem,
        zone=EVENT_ZONE,
        moves=MOVES,
    )


@router.get("/events/{event_id}/schedule", response_class=HTMLResponse)
def schedule_page(
    event_id: IdPath, request: Request, events: EventsDep, schedule: EventScheduleDep, user: PageUserDep
) -> Response:
    event = organised(events, event_id, user)
    return schedule_view(request, event, events, schedule, user)


@router.post("/events/{event_id}/schedule", response_class=HTMLResponse)
def solve_page(
    event_id: IdPath,
    request: Request,
    events: EventsDep,
    schedule: EventScheduleDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Solve (or solve again) and show the provisional schedule with what found no place and why."""
    event = organised(events, event_id, user)
    _ = i18n.request_gettext(request)
    text = str(form.get("time_limit_s", "") or "10").strip().replace(",", ".")
    try:
        limit = float(text)
    except ValueError:
        limit = -1.0
    if not 0 < limit <= 120:
        problem = _("Give the solver between 1 and 120 seconds.")
        return schedule_view(request, event, events, schedule, user, problem=problem, status_code=422)
    result = schedule.schedule(event, user, limit, form.get("recommended") == "on")
    return schedule_view(request, event, events, schedule, user, result)


@router.post("/events/{event_id}/schedule/confirm", response_class=HTMLResponse)
def confirm_page(
    event_id: IdPath, events: EventsDep, schedule: EventScheduleDep, user: PageUserDep
) -> Response:
    event = organised(events, event_id, user)
    schedule.confirm(event, user)
    return see_other(f"/events/{event.id}/schedule")


@router.post("/event-meetings/{meeting_id}/status", response_class=HTMLResponse)
def change_meeting_page(
    meeting_id: IdPath, schedule: EventScheduleDep, user: PageUserDep, form: FormDep
) -> Response:
    """An organiser marks a meeting held, missed or cancelled, or locks it in place for the next solve."""
    require_user(user)
    meeting = schedule.get_meeting(meeting_id, user)
    status = form.get("status")
    lock = form.get("locked")
    schedule.change(
        meeting,
        user,
        status if isinstance(status, str) and status else None,
        None if lock not in ("yes", "no") else lock == "yes",
    )
    back = form.get("back")
    if back == "meeting":
        return see_other(f"/event-meetings/{meeting.id}")
    return see_other(f"/events/{meeting.event_id}/schedule#m-{meeting.id}")
