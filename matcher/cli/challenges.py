"""`matcher challenges ...`: run a corporate challenge's round from the command line. Commands that change the
round act as a manager (`--as EMAIL`), as the API's managers do; `invite` and `assign` load the model (they ask
the recommender), every other command opens the database alone."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.table import Table

from matcher.cli.context import console, fail, out, runtime, unit_of_work
from matcher.errors import MatcherError
from matcher.kit.db import transaction

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from matcher.auth.models import User
    from matcher.challenges.models import Challenge

app = typer.Typer(
    help="Corporate challenges: invitations, jury, ranking, shortlist, pitch day.", no_args_is_help=True
)

ChallengeId = Annotated[int, typer.Argument(min=1, help="The challenge's id.")]
AsManager = Annotated[
    str, typer.Option("--as", help="The e-mail of the manager (or admin) on whose behalf the command acts.")
]
Together = Annotated[
    list[int] | None,
    typer.Option("--with", help="Another challenge of the same round (repeat for several)."),
]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _manager(session: Session, email: str) -> User:
    from matcher.auth.policies import is_staff
    from matcher.auth.repository import UserRepository

    user = UserRepository(session).get_by_email(email.strip().lower())
    if user is None or not user.active or not is_staff(user):
        fail(f"no active manager or admin has the e-mail {email!r}: give one with --as")
    return user


def _challenge(session: Session, challenge_id: int) -> Challenge:
    from matcher.challenges.service import ChallengeService

    try:
        return ChallengeService(session).find_challenge(challenge_id)
    except MatcherError as exc:
        fail(exc)


def _print_json(value: object) -> None:
    out.print_json(json.dumps(value, default=str, ensure_ascii=False))


@app.command("list")
def list_challenges(
    status: Annotated[
        list[str] | None, typer.Option(help="Only these statuses (repeat for several).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Every challenge, newest first."""
    from matcher.challenges.repository import ChallengeRepository

    with unit_of_work() as session:
        rows, _ = ChallengeRepository(session).list(statuses=status, everything=True, limit=10_000)
        if as_json:
            _print_json(
                [{"id": c.id, "title": c.title, "status": c.status, "owner": c.owner.name} for c in rows]
            )
            return
        table = Table("id", "status", "title", "owner", "deadline", "visibility")
        for c in rows:
            table.add_row(str(c.id), c.status, c.title, c.owner.name, str(c.deadline or ""), c.visibility)
        out.print(table)


@app.command("show")
def show(challenge_id: ChallengeId, as_json: AsJson = False) -> None:
    """One challenge and its round in numbers (the report)."""
    from matcher.challenges.service import ChallengeService

    with unit_of_work() as session:
        challenge = _challenge(session, challenge_id)
        report = ChallengeService(session).report(challenge)
        if as_json:
            _print_json(
                {
                    "id": challenge.id,
                    "title": challenge.title,
                    "status": challenge.status,
                    **report.model_dump(),
                }
            )
            return
        out.print(
            f"{challenge.id}  {challenge.title}  ({challenge.status}, {challenge.visibility})", markup=False
        )
        out.print(f"owner: {challenge.owner.name}; deadline: {challenge.deadline or '-'}", markup=False)
        for name, value in report.model_dump().items():
            out.print(f"  {name}: {value}", markup=False)


@app.command("create")
def create(
    file: Annotated[
        Path, typer.Argument(exists=True, dir_okay=False, help="A JSON file: the challenge's fields.")
    ],
    manager: AsManager,
) -> None:
    """Create a draft challenge from a JSON file (the fields of `POST /api/v1/challenges`)."""
    from matcher.challenges.schemas import ChallengeCreate
    from matcher.challenges.service import ChallengeService

    try:
        data = ChallengeCreate.model_validate_json(file.read_bytes())
    except ValidationError as exc:
        fail(exc)
    with unit_of_work() as session:
        try:
            challenge = ChallengeService(session).create(_manager(session, manager), data)
        except MatcherError as exc:
            fail(exc)
        console.print(f"challenge {challenge.id} created (draft)", markup=False)


@app.command("move")
def move(
    challenge_id: ChallengeId,
    to: Annotated[str, typer.Argument(help="open, closed, reviewing, decided or archived.")],
    manager: AsManager,
) -> None:
    """Move a challenge to another status (draft -> open -> closed -> reviewing -> decided -> archived)."""
    from matcher.challenges.service import ChallengeService

    with unit_of_work() as session:
        try:
            challenge = ChallengeService(session).transition(
                _challenge(session, challenge_id), _manager(session, manager), to
            )
        except MatcherError as exc:
            fail(exc)
        console.print(f"challenge {challenge.id} is {challenge.status}", markup=False)


@app.command("invite")
def invite(
    challenge_id: ChallengeId,
    manager: AsManager,
    k: Annotated[int, typer.Option(min=1, max=200, help="How many organisations to propose.")] = 20,
    approve: Annotated[
        bool, typer.Option("--approve", help="Invite every proposal at once (open only).")
    ] = False,
) -> None:
    """Ask the engine whom to invite (the proposals are stored with their score and why); `--approve` invites
    them, and their members find it in their inbox."""
    from matcher.challenges.invitations import InvitationService

    with runtime() as rt, transaction(rt.session_factory) as session:
        service = InvitationService(session, rt.recommender, rt.indexer)
        try:
            user = _manager(session, manager)
            proposals = service.propose(_challenge(session, challenge_id), user, k)
            if approve:
                for invitation in proposals:
                    service.decide(invitation, user, True)
        except MatcherError as exc:
            fail(exc)
        table = Table("invitation", "organisation", "score", "state", "why")
        for invitation in proposals:
            table.add_row(
                str(invitation.id),
                invitation.organisation.name,
                f"{invitation.score:.3f}",
                invitation.state,
                str(invitation.explanation.get("matched_text", ""))[:80],
            )
        out.print(table)
    plural = "" if len(proposals) == 1 else "s"
    console.print(f"{len(proposals)} proposal{plural}" + (" invited" if approve else ""), markup=False)


@app.command("assign")
def assign(
    challenge_id: ChallengeId,
    manager: AsManager,
    time_limit: Annotated[float, typer.Option(min=0.1, max=60, help="Seconds the solver may take.")] = 10.0,
) -> None:
    """Assign reviewers (again after a juror dropped out: finished reviews stay), and say why each."""
    from matcher.challenges.reviews import JuryService

    with runtime() as rt, transaction(rt.session_factory) as session:
        try:
            result = JuryService(session, rt.recommender, rt.indexer).assign(
                _challenge(session, challenge_id), _manager(session, manager), time_limit
            )
        except MatcherError as exc:
            fail(exc)
        table = Table("application", "juror", "fit", "done", "why")
        for review in result.reviews:
            table.add_row(
                str(review.application_id),
                str(review.juror_id),
                f"{review.fit:.3f}",
                "yes" if review.submitted else "",
                review.reason,
            )
        out.print(table)
    short = f"; {len(result.short)} applications short of reviewers" if result.short else ""
    console.print(
        f"{len(result.reviews)} reviews, total fit {result.total_fit:.3f} of at most {result.bound:.3f}"
        f" ({'optimal' if result.optimal else 'not proven optimal'}){short}",
        markup=False,
    )


@app.command("rank")
def rank(
    challenge_id: ChallengeId,
    method: Annotated[
        str | None, typer.Option(help="mean, median or zscore (default: the challenge's).")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """The reviewed applications best first, with the jurors' range."""
    from matcher.challenges.reviews import JuryService

    with unit_of_work() as session:
        challenge = _challenge(session, challenge_id)
        service = JuryService(session)
        try:
            ranked = service.rank(challenge, method or challenge.ranking_method)
        except MatcherError as exc:
            fail(exc)
        names = {a.id: a.organisation.name for a in service.applications.of_challenge(challenge.id)}
        if as_json:
            _print_json([{**r.__dict__, "organisation": names.get(r.application_id)} for r in ranked])
            return
        table = Table("rank", "application", "applicant", "score", "low", "high", "reviews")
        for r in ranked:
            table.add_row(
                str(r.rank),
                str(r.application_id),
                names.get(r.application_id, "?"),
                f"{r.score:.3f}",
                f"{r.low:.3f}",
                f"{r.high:.3f}",
                str(r.reviews),
            )
        out.print(table)


@app.command("shortlist")
def shortlist(challenge_id: ChallengeId, manager: AsManager, together: Together = None) -> None:
    """Shortlist up to the pitch slots (the cap per applicant across `--with` challenges); the rest are rejected,
    with why. The decisions wait for `send-decisions`."""
    from matcher.challenges.round import RoundService

    with unit_of_work() as session:
        try:
            result = RoundService(session).shortlist(
                _challenge(session, challenge_id), _manager(session, manager), together or []
            )
        except MatcherError as exc:
            fail(exc)
        for pick in result.shortlisted:
            out.print(
                f"shortlisted {pick.application_id} (challenge {pick.challenge_id}): {pick.reason}",
                markup=False,
            )
        for app_id, why in sorted(result.left_out.items()):
            out.print(f"left out {app_id}: {why}", markup=False)


def _slot(text: str) -> tuple[datetime, int]:
    start, _, minutes = text.partition("/")
    try:
        when = datetime.fromisoformat(start)
        return when, int(minutes or 20)
    except ValueError:
        fail(
            f"a slot is START[/MINUTES] with START an ISO time with its zone, e.g. 2027-03-04T09:00+01:00/20: {text!r}"
        )


@app.command("schedule")
def schedule(
    challenge_id: ChallengeId,
    manager: AsManager,
    room: Annotated[list[str], typer.Option(help="A room (repeat for several).")],
    slot: Annotated[
        list[str], typer.Option(help="START[/MINUTES], e.g. 2027-03-04T09:00+01:00/20 (repeat).")
    ],
    together: Together = None,
) -> None:
    """Plan the pitch day of the shortlisted: no juror in two rooms, no applicant in two pitches at once."""
    from matcher.challenges.review_schemas import ScheduleRequest
    from matcher.challenges.round import RoundService

    slots = [_slot(s) for s in slot]
    try:
        data = ScheduleRequest(
            rooms=room,
            slots=[{"start": start, "minutes": minutes} for start, minutes in slots],  # type: ignore[misc]
            together_with=together or [],
        )
    except ValidationError as exc:
        fail(exc)
    with unit_of_work() as session:
        try:
            plan = RoundService(session).schedule(
                _challenge(session, challenge_id), _manager(session, manager), data
            )
        except MatcherError as exc:
            fail(exc)
        table = Table("start", "end", "room", "application", "applicant", "jurors")
        for pitch in plan.data:
            table.add_row(
                f"{pitch.start:%Y-%m-%d %H:%M}",
                f"{pitch.end:%H:%M}",
                pitch.room,
                str(pitch.application_id),
                pitch.organisation.name,
                ", ".join(map(str, pitch.jurors)),
            )
        out.print(table)
    console.print(f"{plan.count} pitches planned", markup=False)


@app.command("export-ics")
def export_ics(
    challenge_id: ChallengeId,
    file: Annotated[Path, typer.Argument(dir_okay=False, help="Where to write the .ics file ('-': stdout).")],
) -> None:
    """The pitch day as an iCalendar file."""
    from matcher.challenges.round import RoundService
    from matcher.kit.files import atomic_writer

    with unit_of_work() as session:
        calendar = RoundService(session).calendar_of(_challenge(session, challenge_id))
    if str(file) == "-":
        typer.echo(calendar.decode("utf-8"), nl=False)
        return
    with atomic_writer(file) as fh:
        fh.write(calendar.decode("utf-8"))
    console.print(f"wrote {file}", markup=False)


@app.command("send-decisions")
def send_decisions(challenge_id: ChallengeId, manager: AsManager) -> None:
    """Tell every applicant with a queued decision, at once, in their inbox."""
    from matcher.challenges.decisions import DecisionService

    with unit_of_work() as session:
        try:
            sent = DecisionService(session).send_decisions(
                _challenge(session, challenge_id), _manager(session, manager)
            )
        except MatcherError as exc:
            fail(exc)
    console.print(f"{sent.sent} decisions sent ({sent.messages} messages)", markup=False)
