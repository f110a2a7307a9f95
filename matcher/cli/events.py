"""`matcher events ...`: run a matchmaking event from the command line, acting as an organiser (`--as EMAIL`,
a manager or a member of the organising organisation). `recommend` loads the model (it asks the recommender);
every other command opens the database alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from matcher.cli.context import console, fail, out, progress_bar, progress_line, runtime, unit_of_work
from matcher.errors import MatcherError
from matcher.kit.db import transaction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from matcher.auth.models import User
    from matcher.events.meeting_schemas import ScheduleStatus
    from matcher.events.models import Event

app = typer.Typer(
    help="Event matchmaking: participants, requests, the meeting schedule, the day.", no_args_is_help=True
)

EventId = Annotated[int, typer.Argument(min=1, help="The event's id.")]
AsOrganiser = Annotated[
    str, typer.Option("--as", help="The e-mail of the organiser (a manager, or a member of the organiser).")
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _organiser(session: Session, email: str, event: Event | None = None) -> User:
    from matcher.auth.policies import is_staff, may_organise_event
    from matcher.auth.repository import UserRepository

    user = UserRepository(session).get_by_email(email.strip().lower())
    if user is None or not user.active:
        fail(f"no active user has the e-mail {email!r}: give one with --as")
    if event is not None and not may_organise_event(user, event):
        fail(f"{email} does not organise event {event.id}: give a manager or a member of its organiser")
    if event is None and not is_staff(user) and user.organisation_id is None:
        fail(f"{email} belongs to no organisation and is no manager")
    return user


def _event(session: Session, event_id: int) -> Event:
    from matcher.events.service import EventService

    try:
        return EventService(session).find_event(event_id)
    except MatcherError as exc:
        fail(exc)


def _print_json(value: object) -> None:
    out.print_json(json.dumps(value, default=str, ensure_ascii=False))


@app.command("list")
def list_events(as_json: AsJson = False) -> None:
    """Every event, newest first."""
    from matcher.events.repository import EventRepository

    with unit_of_work() as session:
        rows, _ = EventRepository(session).list_past_draft(everything=True, limit=10_000)
        if as_json:
            _print_json(
                [{"id": e.id, "name": e.name, "status": e.status, "owner": e.owner.name} for e in rows]
            )
            return
        table = Table("id", "status", "schedule", "name", "organiser")
        for e in rows:
            table.add_row(str(e.id), e.status, e.schedule_state, e.name, e.owner.name)
        out.print(table)


@app.command("show")
def show(event_id: EventId, as_json: AsJson = False) -> None:
    """One event and its report (requests, acceptance, meetings per participant, table load, share held)."""
    from matcher.events.service import EventService

    with unit_of_work() as session:
        event = _event(session, event_id)
        report = EventService(session).report(event)
        if as_json:
            _print_json({"id": event.id, "name": event.name, "status": event.status, **report.model_dump()})
            return
        out.print(
            f"{event.id}  {event.name}  ({event.status}, schedule {event.schedule_state})", markup=False
        )
        for name, value in report.model_dump().items():
            out.print(f"  {name}: {value}", markup=False)


@app.command("create")
def create(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A JSON file: the event's fields.")
    ],
    organiser: AsOrganiser,
) -> None:
    """Create a draft event from a JSON file (the fields of `POST /api/v1/events`)."""
    from matcher.events.schemas import EventCreate
    from matcher.events.service import EventService

    try:
        data = EventCreate.model_validate_json(file.read_bytes())
    except ValidationError as exc:
        fail(exc)
    with unit_of_work() as session:
        try:
            event = EventService(session).create(_organiser(session, organiser), data)
        except MatcherError as exc:
            fail(exc)
        console.print(f"event {event.id} created (draft)", markup=False)


@app.command("move")
def move(
    event_id: EventId,
    to: Annotated[str, typer.Argument(help="registration, requests, scheduled, running or done.")],
    organiser: AsOrganiser,
) -> None:
    """Move an event to another status (draft -> registration -> requests -> scheduled -> running -> done)."""
    from matcher.events.service import EventService

    with unit_of_work() as session:
        event = _event(session, event_id)
        try:
            EventService(session).transition(event, _organiser(session, organiser, event), to)
        except MatcherError as exc:
            fail(exc)
        console.print(f"event {event.id} is {event.status}", markup=False)


@app.command("import-participants")
def import_participants_command(
    event_id: EventId,
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A CSV file of participants.")],
    organiser: AsOrganiser,
) -> None:
    """Register participants from CSV (columns: docs/events.md); a bad row names its line and field, and
    nothing is written."""
    from matcher.events.importer import import_participants
    from matcher.events.service import EventService

    text = file.read_text(encoding="utf-8-sig")
    with unit_of_work() as session, progress_bar("participants") as update:
        event = _event(session, event_id)
        try:
            report = import_participants(
                EventService(session), event, _organiser(session, organiser, event), text, progress=update
            )
        except MatcherError as exc:
            fail(exc)
    console.print(f"{report.created} participants created, {report.updated} updated", markup=False)


@app.command("recommend")
def recommend(
    event_id: EventId,
    participant_id: Annotated[int, typer.Argument(min=1, help="The participant's id.")],
    organiser: AsOrganiser,
    k: Annotated[int, typer.Option(min=1, max=50, help="How many partners.")] = 10,
    as_json: AsJson = False,
) -> None:
    """Whom a participant should meet at the event, best first, each with why (loads the model)."""
    from matcher.events.matching import EventMatching

    with runtime() as rt, transaction(rt.session_factory) as session:
        service = EventMatching(session, rt.recommender, rt.indexer)
        event = _event(session, event_id)
        try:
            user = _organiser(session, organiser, event)
            result = service.recommend(event, service.find_participant(event, participant_id), user, k)
        except MatcherError as exc:
            fail(exc)
    if as_json:
        _print_json(result.model_dump())
        return
    table = Table("participant", "name", "role", "score", "why")
    for row in result.data:
        table.add_row(str(row.participant_id), row.name, row.role, f"{row.score:.3f}", "; ".join(row.reasons))
    out.print(table)


@app.command("remind")
def remind(
    event_id: EventId,
    organiser: AsOrganiser,
    after_hours: Annotated[
        float, typer.Option(min=0, max=24 * 60, help="Remind of requests pending longer than this.")
    ] = 24.0,
) -> None:
    """Remind the recipients of pending requests in their inbox (once per `--after-hours`)."""
    from matcher.events.requests import RequestService

    with unit_of_work() as session:
        event = _event(session, event_id)
        try:
            report = RequestService(session).remind(event, _organiser(session, organiser, event), after_hours)
        except MatcherError as exc:
            fail(exc)
        console.print(
            f"{report.reminded} requests reminded, {report.not_reachable} recipients not reachable (no account)",
            markup=False,
        )


@app.command("schedule")
def schedule(
    event_id: EventId,
    organiser: AsOrganiser,
    time_limit: Annotated[float, typer.Option(min=0.1, max=600, help="Seconds the solver may take.")] = 20.0,
    confirm: Annotated[
        bool, typer.Option("--confirm", help="Confirm the provisional schedule at once.")
    ] = False,
) -> None:
    """Solve the meeting schedule (again: moving as little as possible): provisional until confirmed. A line
    shows the solver's phase, the solutions found and the best objective while it solves."""
    from matcher.events.progress import SolveStatuses
    from matcher.events.scheduling import ScheduleService

    with unit_of_work() as session, progress_line("scheduling") as update:
        event = _event(session, event_id)
        solves = SolveStatuses(lambda status: update(_solve_line(status)))
        service = ScheduleService(session, solves=solves)
        try:
            user = _organiser(session, organiser, event)
            result = service.schedule(event, user, time_limit)
            if confirm:
                service.confirm(event, user)
        except MatcherError as exc:
            fail(exc)
        state = "final" if confirm else result.state
        console.print(
            f"{result.meetings} meetings ({state}), {result.tentative} tentative (held for pending requests), "
            f"{result.moved} moved, {len(result.unscheduled)} wishes left out; found by {result.method} "
            f"({result.solutions} solutions{', optimal' if result.optimal else ''})",
            markup=False,
        )
        for item in result.unscheduled[:20]:
            console.print(f"  {item['a']} and {item['b']}: {item['why']}", markup=False)


def _solve_line(status: ScheduleStatus) -> str:
    best = f", best objective {status.objective:g}" if status.objective is not None else ""
    return f"{status.phase}, {status.solutions} solutions{best}, {status.elapsed_s:.0f} of {status.time_limit_s:g} s"


@app.command("confirm")
def confirm_schedule(event_id: EventId, organiser: AsOrganiser) -> None:
    """Confirm the provisional schedule: it becomes final and its participants see their meetings."""
    from matcher.events.scheduling import ScheduleService

    with unit_of_work() as session:
        event = _event(session, event_id)
        try:
            result = ScheduleService(session).confirm(event, _organiser(session, organiser, event))
        except MatcherError as exc:
            fail(exc)
        console.print(f"{result.meetings} meetings confirmed", markup=False)


@app.command("agenda")
def agenda(
    event_id: EventId,
    organiser: AsOrganiser,
    participant_id: Annotated[
        int | None, typer.Option("--participant", min=1, help="One participant's.")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """The schedule (or one participant's agenda): when, where, with whom, and why."""
    from matcher.events.scheduling import ScheduleService

    with unit_of_work() as session:
        event = _event(session, event_id)
        service = ScheduleService(session)
        try:
            user = _organiser(session, organiser, event)
            who = service.find_participant(event, participant_id) if participant_id else None
            rows = service.list(event, user, who)
        except MatcherError as exc:
            fail(exc)
        if as_json:
            _print_json([service.public(m, event, user).model_dump(mode="json") for m in rows])
            return
        table = Table("meeting", "start", "table", "with", "status", "why")
        for m in rows:
            public = service.public(m, event, user)
            pair = " / ".join(
                [m.participant_a.name, m.participant_b.name, *(p.name for p in public.companions)]
            )
            table.add_row(str(m.id), f"{m.starts_at:%H:%M}", m.table, pair, m.status, m.reason)
        out.print(table)


@app.command("export-ics")
def export_ics(
    event_id: EventId,
    organiser: AsOrganiser,
    output: Annotated[Path, typer.Option("--out", help="Where to write the .ics file.")],
    participant_id: Annotated[
        int | None, typer.Option("--participant", min=1, help="One participant's.")
    ] = None,
) -> None:
    """The schedule (or one participant's agenda) as an iCalendar file."""
    from matcher.events.scheduling import ScheduleService
    from matcher.kit.files import atomic_writer

    with unit_of_work() as session:
        event = _event(session, event_id)
        service = ScheduleService(session)
        try:
            who = service.find_participant(event, participant_id) if participant_id else None
            data = service.ics(event, _organiser(session, organiser, event), who)
        except MatcherError as exc:
            fail(exc)
    with atomic_writer(output) as handle:
        handle.write(data.decode("utf-8"))
    console.print(f"wrote {output}", markup=False)


@app.command("mark")
def mark(
    meeting_id: Annotated[int, typer.Argument(min=1, help="The meeting's id.")],
    status: Annotated[str, typer.Argument(help="held, no_show or cancelled.")],
    organiser: AsOrganiser,
) -> None:
    """Mark a meeting held, missed (no_show) or cancelled on the day."""
    from matcher.events.scheduling import ScheduleService

    with unit_of_work() as session:
        service = ScheduleService(session)
        try:
            meeting = service.find_meeting(meeting_id)
            event = service.find_event(meeting.event_id)
            service.change(meeting, _organiser(session, organiser, event), status, None)
        except MatcherError as exc:
            fail(exc)
        console.print(f"meeting {meeting_id} is {status}", markup=False)


@app.command("check-in")
def check_in(
    event_id: EventId,
    participant_id: Annotated[int, typer.Argument(min=1, help="The participant's id.")],
    organiser: AsOrganiser,
) -> None:
    """Check a participant in at the event."""
    from matcher.events.service import EventService

    with unit_of_work() as session:
        service = EventService(session)
        event = _event(session, event_id)
        try:
            participant = service.find_participant(event, participant_id)
            service.check_in(event, participant, _organiser(session, organiser, event), True)
        except MatcherError as exc:
            fail(exc)
        console.print(f"{participant.name} checked in", markup=False)
