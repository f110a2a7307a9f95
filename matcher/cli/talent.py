"""`matcher talent ...`: run a talent programme from the command line, acting as who runs it (`--as EMAIL`, a
manager or a member of the owner organisation): create it, move it through its states, solve the allocation
(with a progress bar while the solver works), import applications from CSV, read the allocation with every
placement's reason, lock, place a participant and solve again, merge a project below its minimum into another,
publish. Every command opens the database alone; none loads the model. A participant's data
(the allocation, the placements) are shown only with `--as` of who runs the programme."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from matcher.cli.context import console, fail, out, progress_bar, unit_of_work
from matcher.errors import MatcherError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from matcher.auth.models import User
    from matcher.talent.models import Programme
    from matcher.talent.schemas import AllocationRunPublic

app = typer.Typer(
    help="Talent projects: programmes, projects, participants and the team allocation.", no_args_is_help=True
)

ProgrammeId = Annotated[int, typer.Argument(min=1, help="The programme's id.")]
AsRunner = Annotated[
    str, typer.Option("--as", help="The e-mail of who runs it (a manager, or a member of the owner).")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
TimeLimit = Annotated[float, typer.Option(min=0.1, max=600, help="Seconds the solver may take.")]


def _runner(session: Session, email: str, programme: Programme | None = None) -> User:
    from matcher.auth.policies import is_staff, may_run_programme
    from matcher.auth.repository import UserRepository

    user = UserRepository(session).get_by_email(email.strip().lower())
    if user is None or not user.active:
        fail(f"no active user has the e-mail {email!r}: give one with --as")
    if programme is not None and not may_run_programme(user, programme):
        fail(f"{email} does not run programme {programme.id}: give a manager or a member of its owner")
    if programme is None and not is_staff(user) and user.organisation_id is None:
        fail(f"{email} belongs to no organisation and is no manager")
    return user


def _programme(session: Session, programme_id: int) -> Programme:
    from matcher.talent.service import ProgrammeService

    try:
        return ProgrammeService(session).find_programme(programme_id)
    except MatcherError as exc:
        fail(exc)


def _print_json(value: object) -> None:
    out.print_json(json.dumps(value, default=str, ensure_ascii=False))


ORDINALS = ("1st", "2nd", "3rd", "4th", "5th")


def _summary(run: AllocationRunPublic) -> str:
    ranks = ", ".join(f"{n} their {ORDINALS[i]} choice" for i, n in enumerate(run.profile) if n)
    cancelled = f"; cancelled projects: {', '.join(map(str, run.cancelled))}" if run.cancelled else ""
    proof = "optimal" if run.optimal else "not proven optimal within the time limit"
    return f"run {run.id}: {ranks or 'nobody placed'}; {run.unassigned} unplaced{cancelled} ({proof})"


@app.command("list")
def list_programmes(as_json: AsJson = False) -> None:
    """Every programme, newest first."""
    from matcher.talent.repository import ProgrammeRepository

    with unit_of_work() as session:
        rows, _ = ProgrammeRepository(session).list_past_draft(everything=True, limit=10_000)
        if as_json:
            _print_json(
                [{"id": p.id, "name": p.name, "status": p.status, "owner": p.owner.name} for p in rows]
            )
            return
        table = Table("id", "status", "name", "owner", "starts", "ends")
        for p in rows:
            table.add_row(str(p.id), p.status, p.name, p.owner.name, str(p.starts_on), str(p.ends_on))
        out.print(table)


@app.command("show")
def show(programme_id: ProgrammeId, as_json: AsJson = False) -> None:
    """One programme, its team rules and its projects (no participant's data)."""
    from matcher.talent.service import ProjectService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        service = ProjectService(session)
        public = service.programme_public(programme, None)
        projects = [service.project_public(p) for p in service.projects.of_programme(programme.id)]
        if as_json:
            _print_json(
                {**public.model_dump(mode="json"), "project_list": [p.model_dump() for p in projects]}
            )
            return
        out.print(f"{programme.id}  {programme.name}  ({programme.status})", markup=False)
        out.print(
            f"  {public.starts_on} to {public.ends_on}; every team: at least {public.min_trainees} trainees, "
            f"{public.min_institutions} institutions; languages: {', '.join(public.languages) or 'any'}; "
            f"{public.participants} participants",
            markup=False,
        )
        table = Table("project", "status", "title", "host", "size", "skills")
        for p in projects:
            size = f"{p.min_size}-{p.max_size}"
            table.add_row(str(p.id), p.status, p.title, p.host_name, size, ", ".join(p.skills))
        out.print(table)


@app.command("create")
def create(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A JSON file: the programme's fields.")
    ],
    runner: AsRunner,
) -> None:
    """Create a draft programme from a JSON file (the fields of `POST /api/v1/talent/programmes`)."""
    from matcher.talent.schemas import ProgrammeCreate
    from matcher.talent.service import ProgrammeService

    try:
        data = ProgrammeCreate.model_validate_json(file.read_bytes())
    except ValidationError as exc:
        fail(exc)
    with unit_of_work() as session:
        try:
            programme = ProgrammeService(session).create(_runner(session, runner), data)
        except MatcherError as exc:
            fail(exc)
        console.print(f"programme {programme.id} created (draft)", markup=False)


@app.command("transition")
def transition(
    programme_id: ProgrammeId,
    to: Annotated[str, typer.Argument(help="open, draft or done (allocating and running by their steps).")],
    runner: AsRunner,
) -> None:
    """Move a programme to another status: draft -> open -> (allocate) -> (publish) -> done."""
    from matcher.talent.service import ProgrammeService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        try:
            ProgrammeService(session).transition(programme, _runner(session, runner, programme), to)
        except MatcherError as exc:
            fail(exc)
        console.print(f"programme {programme.id} is {programme.status}", markup=False)


def _solve(
    programme_id: int, runner: str, time_limit: float, place: tuple[int, int | None] | None = None
) -> None:
    """Solve the allocation, or (`place`: participant, project) place a participant and solve again, with a
    bar while the solver works; then the run's rank profile."""
    from matcher.talent.allocating import AllocationService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        service = AllocationService(session)
        user = _runner(session, runner, programme)
        try:
            with progress_bar("allocating") as update:
                if place is None:
                    run = service.allocate(programme, user, time_limit_s=time_limit)
                else:
                    participant = service.find_participant(programme, place[0])
                    run = service.move(programme, participant, place[1], user, time_limit_s=time_limit)
                update(1, 1)
        except MatcherError as exc:
            fail(exc)
        console.print(_summary(service.run_public(run)), markup=False)


@app.command("allocate")
def allocate(programme_id: ProgrammeId, runner: AsRunner, time_limit: TimeLimit = 20.0) -> None:
    """Solve the allocation (CP-SAT), keeping the locked placements: the programme goes to allocating."""
    _solve(programme_id, runner, time_limit)


@app.command("place")
def place(
    programme_id: ProgrammeId,
    participant_id: Annotated[int, typer.Argument(min=1, help="The participant's id.")],
    runner: AsRunner,
    project_id: Annotated[
        int | None, typer.Option("--project", min=1, help="One of their choices; leave out: into none.")
    ] = None,
    time_limit: TimeLimit = 20.0,
) -> None:
    """Put a participant into a project they ranked (or into none), locked, and solve the rest again."""
    _solve(programme_id, runner, time_limit, (participant_id, project_id))


@app.command("merge")
def merge(
    programme_id: ProgrammeId,
    project_id: Annotated[int, typer.Argument(min=1, help="The open project below its minimum.")],
    runner: AsRunner,
    into: Annotated[
        int | None,
        typer.Option("--into", min=1, help="The open project it joins; leave out: undo the merge."),
    ] = None,
) -> None:
    """Merge a project below its minimum into another open project (whoever ranked it joins that team from the
    next `allocate` on), or undo a merge."""
    from matcher.talent.allocating import AllocationService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        service = AllocationService(session)
        user = _runner(session, runner, programme)
        try:
            project = service.merge(programme, service.find_project(programme, project_id), into, user)
        except MatcherError as exc:
            fail(exc)
        done = f"merged into project {into}" if into is not None else "open again"
        console.print(f"project {project.id} is {done}: run `matcher talent allocate` to solve", markup=False)


@app.command("allocation")
def allocation(programme_id: ProgrammeId, runner: AsRunner, as_json: AsJson = False) -> None:
    """The current allocation: the rank profile and every participant's placement with its reason."""
    from matcher.talent.allocating import AllocationService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        service = AllocationService(session)
        try:
            run = service.current(programme, _runner(session, runner, programme))
        except MatcherError as exc:
            fail(exc)
        if run is None:
            fail(
                f"programme {programme.id} has no allocation yet: run `matcher talent allocate {programme.id}`"
            )
        public = service.run_public(run)
        if as_json:
            _print_json(public.model_dump(mode="json"))
            return
        console.print(_summary(public), markup=False)
        table = Table("placement", "participant", "project", "locked", "why")
        for p in public.placements:
            project = p.project_title or "(none)"
            table.add_row(str(p.id), p.participant_name, project, "yes" if p.locked else "", p.reason)
        out.print(table)


@app.command("lock")
def lock(
    programme_id: ProgrammeId,
    placement_id: Annotated[int, typer.Argument(min=1, help="The placement's id (see `allocation`).")],
    runner: AsRunner,
    release: Annotated[bool, typer.Option("--release", help="Stop keeping it.")] = False,
) -> None:
    """Keep a placement of the current allocation in every later run (or, with --release, stop keeping it)."""
    from matcher.talent.allocating import AllocationService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        try:
            placement = AllocationService(session).lock(
                programme, placement_id, _runner(session, runner, programme), not release
            )
        except MatcherError as exc:
            fail(exc)
        console.print(
            f"placement {placement.id} {'locked' if placement.locked else 'released'}", markup=False
        )


@app.command("import")
def import_applications(
    programme_id: ProgrammeId,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A CSV file of applications.")],
    runner: AsRunner,
) -> None:
    """Register applications collected elsewhere from CSV (columns: docs/import-format.md), with their ranked
    choices, while the programme is open; a bad row names its line and field, and nothing is written."""
    from matcher.talent.importer import import_participants
    from matcher.talent.participants import ParticipantService

    text = file.read_text(encoding="utf-8-sig")
    with unit_of_work() as session, progress_bar("participants") as update:
        programme = _programme(session, programme_id)
        try:
            user = _runner(session, runner, programme)
            report = import_participants(ParticipantService(session), programme, user, text, progress=update)
        except MatcherError as exc:
            fail(exc)
    console.print(
        f"{report.created} participants registered, {report.choices} with their choices", markup=False
    )


@app.command("publish")
def publish(programme_id: ProgrammeId, runner: AsRunner) -> None:
    """The current allocation becomes the teams: the programme runs, projects left without a team are
    cancelled, hosts see their team."""
    from matcher.talent.allocating import AllocationService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        try:
            AllocationService(session).publish(programme, _runner(session, runner, programme))
        except MatcherError as exc:
            fail(exc)
        console.print(
            f"programme {programme.id} is {programme.status}: the teams are published", markup=False
        )


ParticipantId = Annotated[int, typer.Argument(min=1, help="The participant's id.")]
AsPerson = Annotated[
    str, typer.Option("--as", help="The e-mail of the participant themselves or of who runs the programme.")
]


def _person(session: Session, email: str) -> User:
    from matcher.auth.repository import UserRepository

    user = UserRepository(session).get_by_email(email.strip().lower())
    if user is None or not user.active:
        fail(f"no active user has the e-mail {email!r}: give one with --as")
    return user


@app.command("export")
def export(
    programme_id: ProgrammeId,
    participant_id: ParticipantId,
    runner: AsPerson,
    to: Annotated[Path | None, typer.Option("--to", help="Write the JSON to this file.")] = None,
) -> None:
    """Everything stored about a participant (application, consent, choices, group, vetoes, every placement
    with its reason) as JSON (GDPR): on standard output, or into a file with --to."""
    from matcher.talent.privacy import PrivacyService

    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        privacy = PrivacyService(session)
        try:
            participant = privacy.find_participant(programme, participant_id)
            data = privacy.export(programme, participant, _person(session, runner)).model_dump(mode="json")
        except MatcherError as exc:
            fail(exc)
    if to is None:
        _print_json(data)
        return
    to.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    console.print(f"participant {participant_id}'s data written to {to}", markup=False)


@app.command("erase")
def erase(
    programme_id: ProgrammeId,
    participant_id: ParticipantId,
    runner: AsPerson,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask first.")] = False,
) -> None:
    """Erase a participant's personal data (GDPR): name, e-mail, institution, field, skills, interests,
    availability, group; the allocation history stays, anonymised. It cannot be undone."""
    from matcher.talent.privacy import PrivacyService

    if not yes:
        typer.confirm(f"erase participant {participant_id}'s personal data for good?", abort=True)
    with unit_of_work() as session:
        programme = _programme(session, programme_id)
        privacy = PrivacyService(session)
        try:
            participant = privacy.find_participant(programme, participant_id)
            privacy.erase(programme, participant, _person(session, runner))
        except MatcherError as exc:
            fail(exc)
    console.print(f"participant {participant_id}'s personal data are erased", markup=False)
