"""Corporate challenges for everybody and for who runs them: the list, a challenge's page (its statement,
requirements, deadline and the way to apply), the form to create and edit one, its moves through its states, the
engine's invitation proposals with their score and why, and the report with its chart. The applications are
`challenge_applications.py`'s, the jury's steps and the pitch day `challenge_jury.py`'s.

Every page asks the services of `matcher.challenges`, which ask the policies: hidden means 404."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import is_staff, may_manage_challenge, require_user
from matcher.challenges.models import Challenge
from matcher.challenges.schemas import (
    CHALLENGE_TRANSITIONS,
    ChallengeCreate,
    ChallengeUpdate,
    RankingMethod,
    Visibility,
)
from matcher.errors import MatcherError
from matcher.profiles.vocab import Kind
from matcher.reports.charts import bar_chart
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import (
    ApplicationsDep,
    ChallengesDep,
    InvitationsDep,
    PageUserDep,
    ProfilesDep,
)
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.challenge_forms import (
    challenge_payload,
    challenge_values,
    challenge_values_from_form,
)
from matcher.web.pages.common import form_int, form_text, render, router, see_other

STATUSES = list(CHALLENGE_TRANSITIONS)


def challenge_form(
    request: Request,
    values: FormValues,
    errors: FieldErrors,
    challenge: Challenge | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "challenges/form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        challenge=challenge,
        action=f"/challenges/{challenge.id}/edit" if challenge else "/challenges/new",
        kinds=[(k.value, i18n.label(i18n.choose_language(request), "kind", k.value)) for k in Kind],
        visibilities=[v.value for v in Visibility],
        methods=[m.value for m in RankingMethod],
    )


@router.get("/challenges", response_class=HTMLResponse)
def challenges_list(request: Request, challenges: ChallengesDep, user: PageUserDep) -> Response:
    """The challenges this person may see: the published public ones for everybody; their own, those they were
    invited to or applied to for members; all of them for managers."""
    rows, count = challenges.list(user, limit=200)
    cards = [challenges.public(c, user) for c in rows]
    return render(request, "challenges/list.html", challenges=cards, count=count, statuses=STATUSES)


@router.get("/challenges/new", response_class=HTMLResponse)
def new_challenge(request: Request, user: PageUserDep) -> Response:
    require_user(user)
    return challenge_form(request, challenge_values(None), {})


@router.post("/challenges/new", response_class=HTMLResponse)
def create_challenge(
    request: Request, challenges: ChallengesDep, profiles: ProfilesDep, user: PageUserDep, form: FormDep
) -> Response:
    require_user(user)
    values = challenge_values_from_form(form)
    _ = i18n.request_gettext(request)
    payload = challenge_payload(values, creating=True)
    if values["owner_ref"] and is_staff(user):
        try:
            payload["owner_id"] = profiles.get_by_ref(values["owner_ref"]).id
        except MatcherError:
            errors = {"owner_ref": _("No organisation has this reference.")}
            return challenge_form(request, values, errors, status_code=422)
    try:
        data = ChallengeCreate(**payload)
    except ValidationError as exc:
        return challenge_form(request, values, forms.validation_errors(exc, _), status_code=422)
    try:
        challenge = challenges.create(user, data)
    except MatcherError as exc:
        challenges.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        if "owner_id" in errors:
            errors["owner_ref"] = errors.pop("owner_id")
        return challenge_form(request, values, errors, status_code=exc.status_code)
    return see_other(f"/challenges/{challenge.id}")


@router.get("/challenges/{challenge_id}", response_class=HTMLResponse)
def challenge_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    user: PageUserDep,
) -> Response:
    challenge = challenges.get(challenge_id, user)
    mine = applications.application_of(challenge, user)
    runs = may_manage_challenge(user, challenge)
    return render(
        request,
        "challenges/challenge.html",
        challenge=challenges.public(challenge, user),
        mine=applications.public(mine, user) if mine is not None else None,
        runs=runs,
        juror=applications.is_juror(challenge, user),
        may_apply=(
            challenge.status == "open"
            and mine is None
            and (user is None or user.organisation_id not in (None, challenge.owner_id))
        ),
    )


@router.get("/challenges/{challenge_id}/edit", response_class=HTMLResponse)
def edit_challenge(
    challenge_id: IdPath, request: Request, challenges: ChallengesDep, user: PageUserDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    return challenge_form(request, challenge_values(challenge), {}, challenge)


@router.post("/challenges/{challenge_id}/edit", response_class=HTMLResponse)
def update_challenge(
    challenge_id: IdPath, request: Request, challenges: ChallengesDep, user: PageUserDep, form: FormDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    values = challenge_values_from_form(form)
    _ = i18n.request_gettext(request)
    # only what changed is sent: the criteria, the jury's size and the blind setting stay fixed once reviewing began
    stored = challenge_payload(challenge_values(challenge), creating=False)
    changed = {k: v for k, v in challenge_payload(values, creating=False).items() if v != stored.get(k)}
    try:
        data = ChallengeUpdate(**changed)
    except ValidationError as exc:
        return challenge_form(request, values, forms.validation_errors(exc, _), challenge, status_code=422)
    try:
        challenges.update(challenge, user, data)
    except MatcherError as exc:
        challenges.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return challenge_form(request, values, errors, challenge, status_code=exc.status_code)
    return see_other(f"/challenges/{challenge.id}")


@router.post("/challenges/{challenge_id}/transition", response_class=HTMLResponse)
def move_challenge(
    challenge_id: IdPath, challenges: ChallengesDep, user: PageUserDep, form: FormDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    challenges.transition(challenge, user, form_text(form, "to"), form_text(form, "note"))
    return see_other(f"/challenges/{challenge.id}")


# --- invitations -----------------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/invitations", response_class=HTMLResponse)
def invitations_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    invitations: InvitationsDep,
    user: PageUserDep,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    rows = [invitations.public(i) for i in invitations.list(challenge, user)]
    return render(
        request,
        "challenges/invitations.html",
        challenge=challenges.public(challenge, user),
        invitations=rows,
    )


@router.post("/challenges/{challenge_id}/invitations/propose", response_class=HTMLResponse)
def propose_invitations(
    challenge_id: IdPath,
    challenges: ChallengesDep,
    invitations: InvitationsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    invitations.propose(challenge, user, min(max(form_int(form, "k") or 20, 1), 200))
    return see_other(f"/challenges/{challenge.id}/invitations")


@router.post("/challenges/{challenge_id}/invitations/{invitation_id}/decision", response_class=HTMLResponse)
def decide_invitation(
    challenge_id: IdPath,
    invitation_id: IdPath,
    challenges: ChallengesDep,
    invitations: InvitationsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    invitation = invitations.get(challenge, invitation_id)
    invitations.decide(invitation, user, form_text(form, "decision") == "invite")
    return see_other(f"/challenges/{challenge.id}/invitations#inv-{invitation.id}")


# --- the report ------------------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/report", response_class=HTMLResponse)
def challenge_report(
    challenge_id: IdPath, request: Request, challenges: ChallengesDep, user: PageUserDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    report = challenges.report(challenge)
    lang = i18n.choose_language(request)
    _ = i18n.gettext_for(lang)
    by_status = [
        (i18n.label(lang, "application_status", status), count) for status, count in report.by_status.items()
    ]
    sources = [(_("Invited"), report.invited_applied), (_("Unsolicited"), report.unsolicited)]
    return render(
        request,
        "challenges/report.html",
        challenge=challenges.public(challenge, user),
        report=report,
        status_svg=bar_chart(_("Applications by status"), by_status),
        sources_svg=bar_chart(_("Invited and unsolicited applications"), sources, colour="#17794a"),
    )
