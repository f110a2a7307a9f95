"""A challenge's applications as pages: the applicant's one-page form (its character limits shown) and its
status, the screening of the must-haves with the engine's fit and why beside each application, the managers'
decisions and the one batch that sends them, and the winner's outcome (a pilot becomes an introduction)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import is_applicant, is_staff, require_user
from matcher.challenges.models import Application, Challenge
from matcher.challenges.schemas import (
    DECISIONS,
    MAX_ATTACHMENTS,
    ApplicationCreate,
    ApplicationUpdate,
    Screening,
)
from matcher.errors import InvalidInput, MatcherError
from matcher.profiles.vocab import Stage
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import ApplicationsDep, ChallengesDep, DecisionsDep, PageUserDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.challenge_forms import (
    PROPOSAL_LIMITS,
    proposal_payload,
    proposal_values,
    proposal_values_from_form,
)
from matcher.web.pages.common import form_text, render, router, see_other


def proposal_form(
    request: Request,
    challenge: Challenge,
    values: FormValues,
    errors: FieldErrors,
    action: str,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "challenges/apply.html",
        status_code=status_code,
        challenge=challenge,
        values=values,
        errors=errors,
        action=action,
        limits=PROPOSAL_LIMITS,
        max_attachments=MAX_ATTACHMENTS,
        stages=[s.value for s in Stage],
    )


@router.get("/challenges/{challenge_id}/apply", response_class=HTMLResponse)
def application_form(
    challenge_id: IdPath, request: Request, challenges: ChallengesDep, user: PageUserDep
) -> Response:
    require_user(user)
    challenge = challenges.get(challenge_id, user)
    return proposal_form(request, challenge, proposal_values(None), {}, f"/challenges/{challenge.id}/apply")


@router.post("/challenges/{challenge_id}/apply", response_class=HTMLResponse)
def apply(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    require_user(user)
    challenge = challenges.get(challenge_id, user)
    values = proposal_values_from_form(form)
    action = f"/challenges/{challenge.id}/apply"
    _ = i18n.request_gettext(request)
    try:
        data = ApplicationCreate(**proposal_payload(values))
    except ValidationError as exc:
        return proposal_form(request, challenge, values, forms.validation_errors(exc, _), action, 422)
    try:
        application = applications.apply(challenge, user, data)
    except MatcherError as exc:
        applications.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return proposal_form(request, challenge, values, errors, action, exc.status_code)
    return see_other(f"/applications/{application.id}")


def application_view(
    request: Request,
    application: Application,
    applications: ApplicationsDep,
    user: PageUserDep,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    status_code: int = 200,
) -> Response:
    challenge = application.challenge
    public = applications.public(application, user)
    return render(
        request,
        "challenges/application.html",
        status_code=status_code,
        application=public,
        challenge=challenge,
        owner=applications.owner_summary(challenge, user),
        editable=application.status == "draft" and is_applicant(user, application),
        values=values if values is not None else proposal_values(application),
        errors=errors or {},
        limits=PROPOSAL_LIMITS,
        max_attachments=MAX_ATTACHMENTS,
        stages=[s.value for s in Stage],
        decisions=[s for s in public.allowed if s in DECISIONS],
        reviewer=applications.assigned(application, user),
    )


@router.get("/applications/{application_id}", response_class=HTMLResponse)
def application_page(
    application_id: IdPath, request: Request, applications: ApplicationsDep, user: PageUserDep
) -> Response:
    return application_view(request, applications.get(application_id, user), applications, user)


@router.post("/applications/{application_id}/edit", response_class=HTMLResponse)
def edit_application(
    application_id: IdPath, request: Request, applications: ApplicationsDep, user: PageUserDep, form: FormDep
) -> Response:
    application = applications.own(application_id, user)
    values = proposal_values_from_form(form)
    _ = i18n.request_gettext(request)
    try:
        data = ApplicationUpdate(**proposal_payload(values))
    except ValidationError as exc:
        errors = forms.validation_errors(exc, _)
        return application_view(request, application, applications, user, values, errors, 422)
    try:
        applications.edit(application, user, data)
        if form_text(form, "then") == "submit":
            applications.submit(application, user)
    except MatcherError as exc:
        applications.session.rollback()
        application = applications.own(application_id, user)
        errors = forms.service_errors(exc, list(values), _)
        return application_view(request, application, applications, user, values, errors, exc.status_code)
    return see_other(f"/applications/{application.id}")


@router.post("/applications/{application_id}/withdraw", response_class=HTMLResponse)
def withdraw_application(
    application_id: IdPath, applications: ApplicationsDep, user: PageUserDep
) -> Response:
    application = applications.own(application_id, user)
    applications.withdraw(application, user)
    return see_other(f"/applications/{application.id}")


# --- screening -----------------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/applications", response_class=HTMLResponse)
def screening_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    user: PageUserDep,
) -> Response:
    """Who runs the challenge: its applications with the must-have checklist, and the engine's fit and why beside
    each (managers screen them; the owner's members see the ones they host)."""
    challenge = challenges.manage(challenge_id, user)
    rows = [applications.public(a, user) for a in applications.list(challenge, user)]
    return render(
        request,
        "challenges/screening.html",
        challenge=challenges.public(challenge, user),
        applications=[a for a in rows if a.status != "draft"],
    )


@router.post("/applications/{application_id}/screen", response_class=HTMLResponse)
def screen_application(
    application_id: IdPath, applications: ApplicationsDep, user: PageUserDep, form: FormDep
) -> Response:
    application = applications.get(application_id, user)
    requirements = application.challenge.requirements
    met = set(form.getlist("met"))
    verdict = form_text(form, "verdict")
    if verdict not in ("pass", "reject"):
        raise InvalidInput("choose pass or reject", detail=[{"field": "verdict", "message": "invalid"}])
    screening = Screening(
        checklist={r: r in met for r in requirements}, passed=verdict == "pass", note=form_text(form, "note")
    )
    applications.screen(application, user, screening)
    return see_other(f"/challenges/{application.challenge_id}/applications#app-{application.id}")


# --- decisions, the batch, the outcome -------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/decisions", response_class=HTMLResponse)
def decisions_page(
    challenge_id: IdPath,
    request: Request,
    challenges: ChallengesDep,
    applications: ApplicationsDep,
    decisions: DecisionsDep,
    user: PageUserDep,
    sent: int | None = None,
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    rows = [applications.public(a, user) for a in applications.list(challenge, user)]
    return render(
        request,
        "challenges/decisions.html",
        challenge=challenges.public(challenge, user),
        applications=[a for a in rows if a.status not in ("draft",)],
        queued=len(decisions.queued(challenge)) if is_staff(user) else 0,
        sent=sent,
    )


@router.post("/applications/{application_id}/decision", response_class=HTMLResponse)
def decide_application(
    application_id: IdPath,
    applications: ApplicationsDep,
    decisions: DecisionsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    application = applications.get(application_id, user)
    decisions.decide(application, user, form_text(form, "to"), form_text(form, "note"))
    back = form_text(form, "back")
    return see_other(
        back
        if back == f"/applications/{application.id}"
        else f"/challenges/{application.challenge_id}/decisions"
    )


@router.post("/challenges/{challenge_id}/decisions/send", response_class=HTMLResponse)
def send_decisions(
    challenge_id: IdPath, challenges: ChallengesDep, decisions: DecisionsDep, user: PageUserDep, form: FormDep
) -> Response:
    challenge = challenges.manage(challenge_id, user)
    sent = decisions.send_decisions(challenge, user)
    return see_other(f"/challenges/{challenge.id}/decisions?sent={sent.sent}")


@router.post("/applications/{application_id}/outcome", response_class=HTMLResponse)
def record_outcome(
    application_id: IdPath,
    applications: ApplicationsDep,
    decisions: DecisionsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    application = applications.get(application_id, user)
    kind = form_text(form, "kind")
    if kind not in ("pilot", "cooperation"):
        raise InvalidInput("choose pilot or cooperation", detail=[{"field": "kind", "message": "invalid"}])
    decisions.record_outcome(application, user, kind, form_text(form, "note"))
    return see_other(f"/applications/{application.id}")
