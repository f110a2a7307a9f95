"""A talent programme's allocation as pages: for who runs it, the participants with their choices, the solve
(CP-SAT), the latest run (its rank profile as a chart, who is unplaced, the cancelled projects with a merge
into another, the blocking pairs) and every team with why each member is there; a placement locked or a participant moved with the rest
solved again; publishing the teams. For a host's members, once published, their project's team."""

from __future__ import annotations

from collections import defaultdict

from fastapi import Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.auth.policies import is_host, require_user
from matcher.errors import InvalidInput
from matcher.reports.charts import bar_chart
from matcher.talent.feedback import FeedbackCreate, FeedbackService
from matcher.talent.models import TalentProject
from matcher.web import i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import (
    PageUserDep,
    ProgrammesDep,
    SessionDep,
    TalentAllocationDep,
    TalentParticipantsDep,
    TalentProjectsDep,
)
from matcher.web.forms import FormDep
from matcher.web.pages.common import form_int, form_text, render, router, see_other
from matcher.web.pages.talent import managed


@router.get("/talent/{programme_id}/allocation", response_class=HTMLResponse)
def allocation_page(
    programme_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    participants: TalentParticipantsDep,
    allocation: TalentAllocationDep,
    user: PageUserDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    _ = i18n.request_gettext(request)
    people = participants.visible(programme, user)
    run = allocation.current(programme, user)
    public = allocation.run_public(run) if run is not None else None
    teams = defaultdict(list)
    for placement in public.placements if public else []:
        teams[placement.project_id].append(placement)
    shown = projects.visible(programme, user)
    titles = {p.id: p.title for p in shown}
    names = {p.id: p.name for p in people}
    profile = (
        [(_("Choice %(rank)s", rank=i + 1), n) for i, n in enumerate(public.profile)]
        + [(_("Not placed"), public.unassigned)]
        if public
        else []
    )
    return render(
        request,
        "talent/allocation.html",
        programme=programmes.programme_public(programme, user),
        people=[participants.participant_public(p) for p in people],
        run=public,
        teams=[(pid, titles.get(pid, "?"), rows) for pid, rows in teams.items() if pid is not None],
        unplaced=teams.get(None, []),
        cancelled=[titles.get(pid, str(pid)) for pid in (public.cancelled if public else [])],
        blocking=[
            (names.get(a, str(a)), titles.get(b, str(b))) for a, b in (public.blocking if public else [])
        ],
        titles=titles,
        choices={p.id: [c.project_id for c in sorted(p.choices, key=lambda c: c.rank)] for p in people},
        profile_svg=bar_chart(_("Who got which choice"), profile) if public else "",
        mergeable=merge_targets(shown, public.cancelled if public else []),
        merged=[
            (p.id, p.title, titles.get(p.merged_into_id or 0, "?")) for p in shown if p.status == "merged"
        ],
    )


def merge_targets(
    shown: list[TalentProject], cancelled: list[int]
) -> list[tuple[int, str, list[TalentProject]]]:
    """Each open project the run cancelled, with the open projects it could merge into: those that share the
    most of its skills first."""
    open_ones = [p for p in shown if p.status == "open"]
    rows = []
    for project in open_ones:
        if project.id in cancelled:
            needs = {s.casefold() for s in project.skills}
            others = [p for p in open_ones if p.id != project.id]
            others.sort(key=lambda p: (-len(needs & {s.casefold() for s in p.skills}), p.title))
            rows.append((project.id, project.title, others))
    return rows


@router.post("/talent/{programme_id}/allocation", response_class=HTMLResponse)
def allocate_page(
    programme_id: IdPath,
    programmes: ProgrammesDep,
    allocation: TalentAllocationDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    text = form_text(form, "time_limit_s").replace(",", ".") or "20"
    try:
        limit = min(max(float(text), 1.0), 120.0)
    except ValueError:
        limit = 20.0
    allocation.allocate(programme, user, time_limit_s=limit)
    return see_other(f"/talent/{programme.id}/allocation")


@router.post("/talent/{programme_id}/allocation/placements/{placement_id}/lock", response_class=HTMLResponse)
def lock_page(
    programme_id: IdPath,
    placement_id: IdPath,
    programmes: ProgrammesDep,
    allocation: TalentAllocationDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    allocation.lock(programme, placement_id, user, form_text(form, "locked") != "no")
    return see_other(f"/talent/{programme.id}/allocation#placement-{placement_id}")


@router.post("/talent/{programme_id}/participants/{participant_id}/move", response_class=HTMLResponse)
def move_page(
    programme_id: IdPath,
    participant_id: IdPath,
    programmes: ProgrammesDep,
    allocation: TalentAllocationDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Put a participant into one of their choices (or none), locked, and solve the rest again."""
    programme = managed(programmes, programme_id, user)
    participant = allocation.find_participant(programme, participant_id)
    allocation.move(programme, participant, form_int(form, "project_id"), user)
    return see_other(f"/talent/{programme.id}/allocation")


@router.post("/talent/{programme_id}/projects/{project_id}/merge", response_class=HTMLResponse)
def merge_page(
    programme_id: IdPath,
    project_id: IdPath,
    programmes: ProgrammesDep,
    allocation: TalentAllocationDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """Merge a project the allocation cancelled into another open project (no `into`: undo a merge), and solve
    again so that the page shows what it changed."""
    programme = managed(programmes, programme_id, user)
    project = allocation.find_project(programme, project_id)
    allocation.merge(programme, project, form_int(form, "into"), user)
    allocation.allocate(programme, user, time_limit_s=10)
    return see_other(f"/talent/{programme.id}/allocation")


@router.post("/talent/{programme_id}/allocation/publish", response_class=HTMLResponse)
def publish_page(
    programme_id: IdPath, programmes: ProgrammesDep, allocation: TalentAllocationDep, user: PageUserDep
) -> Response:
    programme = managed(programmes, programme_id, user)
    allocation.publish(programme, user)
    return see_other(f"/talent/{programme.id}")


@router.get("/talent/{programme_id}/projects/{project_id}/team", response_class=HTMLResponse)
def team_page(
    programme_id: IdPath,
    project_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    projects: TalentProjectsDep,
    participants: TalentParticipantsDep,
    allocation: TalentAllocationDep,
    session: SessionDep,
    user: PageUserDep,
) -> Response:
    """A project's team with why each member is there and how to reach them: its host's members once the teams
    are published (who runs the programme always); nobody else learns of it."""
    require_user(user)
    programme = programmes.get(programme_id, user)
    project = projects.get(programme, project_id, user)
    rows = allocation.team(programme, project.id, user)
    members = {p.id: participants.participant_public(p) for p in participants.visible(programme, user)}
    return render(
        request,
        "talent/team.html",
        programme=programmes.programme_public(programme, user),
        project=projects.project_public(project),
        team=[(allocation.placement_public(r), members.get(r.participant_id)) for r in rows],
        hosts=is_host(user, project),
        feedback=FeedbackService(session).mine(programme, project.id, user),
    )


# --- the end of the round ------------------------------------------------------------------------------------


@router.post("/talent/{programme_id}/projects/{project_id}/feedback", response_class=HTMLResponse)
def feedback_page(
    programme_id: IdPath,
    project_id: IdPath,
    programmes: ProgrammesDep,
    session: SessionDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    """A placed participant's or a host's member's rating and comment; back to where it was given."""
    person = require_user(user)
    programme = programmes.get(programme_id, person)
    try:
        data = FeedbackCreate(rating=form_int(form, "rating") or 0, comment=form_text(form, "comment"))
    except ValidationError as exc:
        raise InvalidInput("rate the project from 1 (poor) to 5 (excellent)") from exc
    given = FeedbackService(session).give(programme, project_id, person, data)
    if given.role == "host":
        return see_other(f"/talent/{programme.id}/projects/{project_id}/team")
    return see_other(f"/talent/{programme.id}/me")


@router.get("/talent/{programme_id}/report", response_class=HTMLResponse)
def report_page(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, session: SessionDep, user: PageUserDep
) -> Response:
    """The round in numbers for who runs it, with the feedback of the teams and the hosts."""
    programme = managed(programmes, programme_id, user)
    report = FeedbackService(session).report(programme, user)
    _ = i18n.request_gettext(request)
    profile = [(_("Choice %(rank)s", rank=i + 1), n) for i, n in enumerate(report.profile)]
    profile.append((_("Not placed"), report.unassigned))
    return render(
        request,
        "talent/report.html",
        programme=programmes.programme_public(programme, user),
        report=report,
        profile_svg=bar_chart(_("Who got which choice"), profile),
        ratings_svg=bar_chart(
            _("Mean rating by the teams, per project"),
            [(p.title, round(p.participants or 0)) for p in report.projects],
            colour="#17794a",
        ),
    )
