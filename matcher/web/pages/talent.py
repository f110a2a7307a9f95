"""Talent programmes for everybody and for who runs them: the list, a programme's page (its dates, team rules
and projects, and each person's next step), the form to create and edit one, its moves, and the projects hosts
propose and the managers open or cancel. Applying and choosing are `talent_people.py`'s, the allocation and the
teams `talent_allocation.py`'s.

Every page asks the services of `matcher.talent`, which ask the policies: hidden means 404, and a participant is
never public."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.models import User
from matcher.auth.policies import is_host, is_staff, may_run_programme, require_user
from matcher.errors import MatcherError
from matcher.talent.models import Programme
from matcher.talent.schemas import ProgrammeCreate, ProgrammeUpdate, ProjectCreate
from matcher.talent.service import ProgrammeService
from matcher.web import forms, i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import PageUserDep, ProfilesDep, ProgrammesDep, TalentProjectsDep
from matcher.web.forms import FieldErrors, FormDep, FormValues
from matcher.web.pages.common import form_text, render, router, see_other
from matcher.web.pages.event_forms import EVENT_ZONE
from matcher.web.pages.talent_forms import (
    PROGRAMME_FIELDS,
    PROJECT_FIELDS,
    programme_payload,
    programme_values,
    project_payload,
    text_values,
)


def programme_form(
    request: Request,
    values: FormValues,
    errors: FieldErrors,
    programme: Programme | None = None,
    status_code: int = 200,
) -> Response:
    return render(
        request,
        "talent/form.html",
        status_code=status_code,
        values=values,
        errors=errors,
        programme=programme,
        action=f"/talent/{programme.id}/edit" if programme else "/talent/new",
    )


def managed(programmes: ProgrammeService, programme_id: int, user: User | None) -> Programme:
    """A programme the person runs: visitors go to the login first (then 403 or 404 by the policies)."""
    require_user(user)
    return programmes.run(programme_id, user)


def refused(session: Any, exc: MatcherError, fields: list[str], request: Request) -> FieldErrors:
    session.rollback()
    return forms.service_errors(exc, fields, i18n.request_gettext(request))


@router.get("/talent", response_class=HTMLResponse)
def programmes_list(request: Request, programmes: ProgrammesDep, user: PageUserDep) -> Response:
    """The programmes past their draft for everybody; members also their own drafts; managers all of them."""
    rows, count = programmes.list(user, limit=200)
    cards = [programmes.programme_public(p, user) for p in rows]
    return render(request, "talent/list.html", programmes=cards, count=count)


@router.get("/talent/new", response_class=HTMLResponse)
def new_programme(request: Request, user: PageUserDep) -> Response:
    require_user(user)
    return programme_form(request, programme_values(None), {})


@router.post("/talent/new", response_class=HTMLResponse)
def create_programme(
    request: Request, programmes: ProgrammesDep, profiles: ProfilesDep, user: PageUserDep, form: FormDep
) -> Response:
    require_user(user)
    values = text_values(form, PROGRAMME_FIELDS)
    _ = i18n.request_gettext(request)
    payload, errors = programme_payload(values, _)
    if values["owner_ref"] and is_staff(user):
        try:
            payload["owner_id"] = profiles.get_by_ref(values["owner_ref"]).id
        except MatcherError:
            errors["owner_ref"] = _("No organisation has this reference.")
    if errors:
        return programme_form(request, values, errors, status_code=422)
    try:
        data = ProgrammeCreate(**payload)
    except ValidationError as exc:
        return programme_form(request, values, forms.validation_errors(exc, _), status_code=422)
    try:
        programme = programmes.create(user, data)
    except MatcherError as exc:
        errors = refused(programmes.session, exc, list(values), request)
        if "owner_id" in errors:
            errors["owner_ref"] = errors.pop("owner_id")
        return programme_form(request, values, errors, status_code=exc.status_code)
    return see_other(f"/talent/{programme.id}")


def programme_view(
    request: Request,
    programme: Programme,
    programmes: ProgrammeService,
    projects: Any,
    user: User | None,
    values: FormValues | None = None,
    errors: FieldErrors | None = None,
    status_code: int = 200,
) -> Response:
    runs = may_run_programme(user, programme)
    shown = projects.visible(programme, user)
    mine = programmes.me(programme, user)
    return render(
        request,
        "talent/programme.html",
        status_code=status_code,
        programme=programmes.programme_public(programme, user),
        runs=runs,
        projects=[projects.project_public(p) for p in shown],
        hosted={p.id for p in shown if is_host(user, p)},
        mine=programmes.participant_public(mine) if mine is not None else None,
        may_apply=user is not None and mine is None and programme.status == "open",
        may_propose=user is not None
        and programme.status in ("draft", "open")
        and (runs or user.organisation_id is not None),
        values=values or {"min_size": "3", "max_size": "6"},
        errors=errors or {},
        zone=EVENT_ZONE,
    )


@router.get("/talent/{programme_id}", response_class=HTMLResponse)
def programme_page(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    user: PageUserDep,
) -> Response:
    return programme_view(request, programmes.get(programme_id, user), programmes, projects, user)


@router.get("/talent/{programme_id}/edit", response_class=HTMLResponse)
def edit_programme(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, user: PageUserDep
) -> Response:
    programme = managed(programmes, programme_id, user)
    return programme_form(request, programme_values(programme), {}, programme)


@router.post("/talent/{programme_id}/edit", response_class=HTMLResponse)
def update_programme(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, user: PageUserDep, form: FormDep
) -> Response:
    programme = managed(programmes, programme_id, user)
    values = text_values(form, PROGRAMME_FIELDS)
    _ = i18n.request_gettext(request)
    stored, _errors = programme_payload(programme_values(programme), _)
    payload, errors = programme_payload(values, _)
    if errors:
        return programme_form(request, values, errors, programme, status_code=422)
    try:
        data = ProgrammeUpdate(**{k: v for k, v in payload.items() if v != stored.get(k)})
    except ValidationError as exc:
        return programme_form(request, values, forms.validation_errors(exc, _), programme, status_code=422)
    try:
        programmes.update(programme, user, data)
    except MatcherError as exc:
        errors = refused(programmes.session, exc, list(values), request)
        return programme_form(request, values, errors, programme, status_code=exc.status_code)
    return see_other(f"/talent/{programme.id}")


@router.post("/talent/{programme_id}/transition", response_class=HTMLResponse)
def move_programme(
    programme_id: IdPath, programmes: ProgrammesDep, user: PageUserDep, form: FormDep
) -> Response:
    programme = managed(programmes, programme_id, user)
    programmes.transition(programme, user, form_text(form, "to"))
    return see_other(f"/talent/{programme.id}")


@router.post("/talent/{programme_id}/projects", response_class=HTMLResponse)
def propose_project(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    profiles: ProfilesDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """A host's member proposes a project for their organisation; who runs the programme for any (`host_ref`)."""
    require_user(user)
    programme = programmes.get(programme_id, user)
    values = text_values(form, PROJECT_FIELDS)
    _ = i18n.request_gettext(request)
    payload = project_payload(values)

    def again(errors: FieldErrors, status_code: int) -> Response:
        return programme_view(request, programme, programmes, projects, user, values, errors, status_code)

    if values["host_ref"] and may_run_programme(user, programme):
        try:
            payload["host_id"] = profiles.get_by_ref(values["host_ref"]).id
        except MatcherError:
            return again({"host_ref": _("No organisation has this reference.")}, 422)
    try:
        data = ProjectCreate(**payload)
    except ValidationError as exc:
        return again(forms.validation_errors(exc, _), 422)
    try:
        projects.propose(programme, user, data)
    except MatcherError as exc:
        errors = refused(projects.session, exc, list(values), request)
        if "host_id" in errors:
            errors["host_ref"] = errors.pop("host_id")
        return again(errors, exc.status_code)
    return see_other(f"/talent/{programme.id}#projects")


@router.post("/talent/{programme_id}/projects/{project_id}/transition", response_class=HTMLResponse)
def move_project(
    programme_id: IdPath,
    project_id: IdPath,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    project = projects.find_project(programme, project_id)
    projects.transition(programme, project, user, form_text(form, "to"))
    return see_other(f"/talent/{programme.id}#project-{project.id}")
