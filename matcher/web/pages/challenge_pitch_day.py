"""The pitch day as pages: the plan (time, room, applicant, the jurors present, and why each pitch is where it
is), printable, its calendar file, and the managers' form that plans it (rooms, day, first pitch, slots)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.challenges.review_schemas import ScheduleRequest
from matcher.errors import MatcherError
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import ChallengesDep, JuryDep, PageUserDep, RoundDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.challenge_forms import PITCH_DAY_ZONE, schedule_payload, schedule_values_from_form
from matcher.web.pages.common import render, router, see_other

ICS = "text/calendar; charset=utf-8"


def schedule_view(
    request: Request,
    challenge_id: int,
    challenges: ChallengesDep,
    round_: RoundDep,
    jury: JuryDep,
    user: PageUserDep,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    status_code: int = 200,
) -> Response:
    challenge = challenges.get(challenge_id, user)
    plan = round_.schedule_public(challenge, user)
    jurors = {j.id: j.name for j in map(jury.juror_public, jury.jurors_of(challenge, user))}
    return render(
        request,
        "challenges/schedule.html",
        status_code=status_code,
        challenge=challenges.public(challenge, user),
        plan=plan,
        jurors=jurors,
        zone=PITCH_DAY_ZONE,
        values=values
        or {"rooms": "Room 1", "start": "09:00", "minutes": "20", "slots": str(challenge.pitch_slots)},
        errors=errors or {},
    )


@router.get("/challenges/{challenge_id}/schedule", response_class=HTMLResponse)
def schedule_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    round_: RoundDep,
    jury: JuryDep,
    user: PageUserDep,
) -> Response:
    return schedule_view(request, challenge_id, challenges, round_, jury, user)


@router.post("/challenges/{challenge_id}/schedule", response_class=HTMLResponse)
def plan_schedule(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    round_: RoundDep,
    jury: JuryDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    values = schedule_values_from_form(form)
    _ = i18n.request_gettext(request)
    try:
        data = ScheduleRequest(**schedule_payload(values))
    except ValidationError as exc:
        errors = forms.validation_errors(exc, _)
        return schedule_view(request, challenge.id, challenges, round_, jury, user, values, errors, 422)
    try:
        round_.schedule(challenge, user, data)
    except MatcherError as exc:
        round_.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return schedule_view(
            request, challenge.id, challenges, round_, jury, user, values, errors, exc.status_code
        )
    return see_other(f"/challenges/{challenge.id}/schedule")


@router.get("/challenges/{challenge_id}/schedule.ics")
def schedule_calendar(
    challenge_id: IdPath, challenges: ChallengesDep, round_: RoundDep, user: PageUserDep
) -> Response:
    challenge = challenges.get(challenge_id, user)
    return Response(
        round_.calendar(challenge, user),
        media_type=ICS,
        headers={"content-disposition": f'attachment; filename="pitch-day-{challenge.id}.ics"'},
    )
