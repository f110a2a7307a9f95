"""A participant's side of a talent programme as pages: the application with its consent (never public), and
their own page: what they sent, the projects the engine suggests with why, their ranked choices (up to five),
their group of friends, and once the teams are published, their project and why."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, require_user
from matcher.errors import ImportFailed, InvalidInput, MatcherError, NotFound
from matcher.talent.feedback import FeedbackService
from matcher.talent.importer import COLUMNS, import_participants
from matcher.talent.models import Programme
from matcher.talent.problem import MAX_CHOICES
from matcher.talent.schemas import ChoicesUpdate, GroupUpdate, ParticipantCreate, Track
from matcher.talent.service import ProgrammeService
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import (
    PageUserDep,
    ProgrammesDep,
    SessionDep,
    TalentAllocationDep,
    TalentParticipantsDep,
    TalentProjectsDep,
)
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import render, router, see_other, uploaded_text
from matcher.web.pages.talent import managed
from matcher.web.pages.talent_forms import APPLICATION_FIELDS, application_payload, text_values

PUBLISHED = ("running", "done")


def application_form(
    request: Request,
    programme: Programme,
    programmes: ProgrammeService,
    user: User | None,
    values: FormValues,
    errors: FieldErrors,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "talent/apply.html",
        status_code=status_code,
        programme=programmes.programme_public(programme, user),
        values=values,
        errors=errors,
        tracks=[t.value for t in Track],
    )


@router.get("/talent/{programme_id}/apply", response_class=HTMLResponse)
def apply_page(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, user: PageUserDep
) -> Response:
    person = require_user(user)
    programme = programmes.get(programme_id, user)
    if programmes.me(programme, person) is not None:
        return see_other(f"/talent/{programme.id}/me")
    return application_form(request, programme, programmes, user, {"name": person.name or ""}, {})


@router.post("/talent/{programme_id}/apply", response_class=HTMLResponse)
def apply(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    participants: TalentParticipantsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Apply for oneself, under one's own e-mail, with consent; a missing consent stores nothing."""
    person = require_user(user)
    programme = programmes.get(programme_id, user)
    values = text_values(form, APPLICATION_FIELDS)
    values["consent"] = form.get("consent") == "on"
    _ = i18n.request_gettext(request)
    try:
        data = ParticipantCreate(**application_payload(values, person.email, values["consent"]))
    except ValidationError as exc:
        errors = forms.validation_errors(exc, _)
        if not values["consent"]:
            errors["consent"] = _("Please agree, or nothing of your application is stored.")
        return application_form(request, programme, programmes, user, values, errors, 422)
    try:
        participants.register(programme, user, data)
    except MatcherError as exc:
        participants.session.rollback()
        errors = forms.service_errors(exc, list(values), _)
        return application_form(request, programme, programmes, user, values, errors, exc.status_code)
    return see_other(f"/talent/{programme.id}/me")


@router.get("/talent/{programme_id}/me", response_class=HTMLResponse)
def my_application(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    participants: TalentParticipantsDep,
    allocation: TalentAllocationDep,
    session: SessionDep,
    user: PageUserDep,
) -> Response:
    person = require_user(user)
    programme = programmes.get(programme_id, user)
    me = participants.me(programme, person)
    if me is None:
        raise Forbidden("apply first: this page is a participant's own")
    placement = None
    if programme.status in PUBLISHED:
        try:
            placement = allocation.placement_public(allocation.placement_for(programme, me, person))
        except NotFound:
            placement = None
    open_projects = [p for p in projects.visible(programme, person) if p.status == "open"]
    return render(
        request,
        "talent/me.html",
        programme=programmes.programme_public(programme, user),
        me=participants.participant_public(me),
        suggestions=participants.suggest(programme, me, person, 5) if programme.status == "open" else [],
        projects=[projects.project_public(p) for p in open_projects if p.id not in me.vetoes],
        chosen=[c.project_id for c in sorted(me.choices, key=lambda c: c.rank)],
        ranks=range(1, MAX_CHOICES + 1),
        placement=placement,
        feedback=FeedbackService(session).mine(programme, placement.project_id, person)
        if placement is not None and placement.project_id is not None
        else None,
    )


@router.post("/talent/{programme_id}/choices", response_class=HTMLResponse)
def choose(
    programme_id: IdPath,
    programmes: ProgrammesDep,
    participants: TalentParticipantsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """The ranked choices, one select a rank; an empty rank ends the list, a project twice is refused."""
    person = require_user(user)
    programme = programmes.get(programme_id, user)
    me = participants.me(programme, person)
    if me is None:
        raise Forbidden("apply first: the choices are a participant's own")
    picked = [str(form.get(f"choice-{rank}", "")).strip() for rank in range(1, MAX_CHOICES + 1)]
    try:
        data = ChoicesUpdate(projects=[int(p) for p in picked if p.isdigit()])
    except ValidationError as exc:
        raise InvalidInput(f"the choices cannot be saved: {exc.errors()[0]['msg']}") from exc
    participants.choose(programme, me, person, data)
    return see_other(f"/talent/{programme.id}/me")


@router.post("/talent/{programme_id}/group", response_class=HTMLResponse)
def join_group(
    programme_id: IdPath,
    programmes: ProgrammesDep,
    participants: TalentParticipantsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    person = require_user(user)
    programme = programmes.get(programme_id, user)
    me = participants.me(programme, person)
    if me is None:
        raise Forbidden("apply first: the group is a participant's own")
    label = str(form.get("group", "")).strip()
    try:
        data = GroupUpdate(group=label or None)
    except ValidationError as exc:
        raise InvalidInput(f"the group cannot be saved: {exc.errors()[0]['msg']}") from exc
    participants.group(programme, me, person, data)
    return see_other(f"/talent/{programme.id}/me")


# --- the managers' import ------------------------------------------------------------------------------------


def import_view(
    request: Request,
    programme: Programme,
    programmes: ProgrammeService,
    user: User | None,
    errors: FieldErrors | None = None,
    rows: list[dict[str, object]] | None = None,
    notice: str = "",
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "talent/import.html",
        status_code=status_code,
        programme=programmes.programme_public(programme, user),
        columns=COLUMNS,
        errors=errors or {},
        import_errors=rows or [],
        notice=notice,
    )


@router.get("/talent/{programme_id}/import", response_class=HTMLResponse)
def import_page(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, user: PageUserDep
) -> Response:
    return import_view(request, managed(programmes, programme_id, user), programmes, user)


@router.post("/talent/{programme_id}/import", response_class=HTMLResponse)
def import_csv(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    participants: TalentParticipantsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Applications from a CSV file (or its text pasted): a bad row is named and nothing is written."""
    programme = managed(programmes, programme_id, user)
    _ = i18n.request_gettext(request)
    text = uploaded_text(form)
    if not text.strip():
        errors = {"csv": _("Choose a CSV file or paste its text.")}
        return import_view(request, programme, programmes, user, errors, status_code=422)
    try:
        report = import_participants(participants, programme, user, text)
    except ImportFailed as exc:
        participants.session.rollback()
        rows = exc.detail if isinstance(exc.detail, list) else []
        errors = {"csv": _("The import wrote nothing: correct the rows below and send it again.")}
        return import_view(request, programme, programmes, user, errors, rows, status_code=422)
    except MatcherError as exc:
        participants.session.rollback()
        return import_view(
            request, programme, programmes, user, {"csv": exc.message}, status_code=exc.status_code
        )
    notice = _(
        "%(created)s applications imported, %(choices)s with their choices.",
        created=report.created,
        choices=report.choices,
    )
    return import_view(request, programme, programmes, user, notice=notice)
