"""The demo's corporate challenges (`profiles/demo/challenges.jsonl`, one challenge a line, edited by hand):
validated with the domain's own schemas, then replayed through the round's services as the people named in the
file would have run it (a manager, the owner's jurors, the applicants), so that every record is made the way the
product makes it: invitations from the engine's proposals, the assignment from the solver, the shortlist and the
pitch day from theirs, the decisions sent in one batch, the winner's pilot as an introduction.

A challenge that is already there (same owner, same title) is left as it is."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import Field, ValidationError
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import UserService
from matcher.challenges.applications import ApplicationService
from matcher.challenges.base import Matching
from matcher.challenges.decisions import DecisionService
from matcher.challenges.invitations import InvitationService
from matcher.challenges.review_schemas import JurorCreate, ReviewSubmit, ScheduleRequest
from matcher.challenges.reviews import JuryService
from matcher.challenges.round import RoundService
from matcher.challenges.schemas import ApplicationCreate, ChallengeCreate, ChallengeUpdate, Screening
from matcher.challenges.service import ChallengeService
from matcher.errors import InvalidInput
from matcher.kit.schemas import Strict

Email = Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.example$")]


class DemoPerson(Strict):
    email: Email
    """A reserved address (RFC 2606): nobody's mailbox. Demo users get no password: they cannot log in."""
    name: str = ""


class DemoJuror(DemoPerson):
    organisation_ref: str | None = None
    """The owner's ref for its members; none for the agency's staff (a manager)."""
    cap: int = 10
    expertise: str = ""


class DemoApplication(Strict):
    organisation_ref: str
    applicant: DemoPerson
    """The applicant's member who applies (a demo user of that organisation)."""
    status: Literal["draft", "submitted", "screened", "rejected", "withdrawn"] = "submitted"
    """Where the application stands before the jury: the round's later statuses come from the solvers."""
    proposal: ApplicationCreate
    met: list[str] = []
    """The requirements the screener ticked (screened and rejected applications)."""
    screening_note: str = ""


class DemoReview(Strict):
    juror: Email
    applicant: str
    """The applicant organisation's ref."""
    review: ReviewSubmit
    released: bool = False


class DemoChallenge(Strict):
    """One line of `profiles/demo/challenges.jsonl`."""

    owner_ref: str
    manager: DemoPerson
    status: Literal["open", "decided"]
    challenge: ChallengeCreate
    invite: list[str] = []
    """Refs to invite among the engine's proposals (one the engine does not propose stays uninvited)."""
    applications: Annotated[list[DemoApplication], Field(min_length=1)]
    jurors: list[DemoJuror] = []
    reviews: list[DemoReview] = []
    pitch_day: ScheduleRequest | None = None
    winner: str | None = None
    outcome: Literal["pilot", "cooperation"] | None = None


def parse_demo(text: str) -> list[DemoChallenge]:
    """Every line as a `DemoChallenge`; the line numbers of those that are not."""
    found, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            found.append(DemoChallenge.model_validate(json.loads(line)))
        except (ValueError, ValidationError) as exc:
            problems.append(f"line {number}: {exc}")
    if problems:
        raise InvalidInput("the demo's challenges do not validate: " + "; ".join(problems))
    return found


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_invited: list[str] = field(default_factory=list)
    """Refs the file invites that the engine did not propose."""


class DemoLoader:
    """Replays the demo's challenges through the services on one session (the caller commits)."""

    def __init__(self, session: Session, matching: Matching | None, indexer: Any = None) -> None:
        self.session = session
        args = (session, matching, indexer)
        self.challenges, self.invitations = ChallengeService(*args), InvitationService(*args)
        self.applications, self.jury = ApplicationService(*args), JuryService(*args)
        self.round, self.decisions = RoundService(*args), DecisionService(*args)
        self.users = UserService(session)

    def person(self, who: DemoPerson, role: Role, organisation_ref: str | None = None) -> User:
        user = self.users.users.get_by_email(who.email)
        if user is None:
            data = UserCreate(email=who.email, name=who.name, role=role, organisation_ref=organisation_ref)
            user, _ = self.users.create(data)
        return user

    def missing(self, demos: list[DemoChallenge]) -> list[DemoChallenge]:
        """The demo's challenges not in the database yet (by owner and title)."""
        existing, _ = self.challenges.challenges.list(everything=True, limit=100_000)
        there = {(c.owner.ref, c.title) for c in existing}
        return [d for d in demos if (d.owner_ref, d.challenge.title) not in there]

    def load(self, demos: list[DemoChallenge]) -> DemoReport:
        report = DemoReport()
        todo = self.missing(demos)
        for demo in demos:
            if demo not in todo:
                report.skipped.append(demo.challenge.title)
                continue
            owner = self.challenges.orgs.get_by_ref(demo.owner_ref)
            if owner is None:
                raise InvalidInput(
                    f"the demo challenge {demo.challenge.title!r}: no organisation {demo.owner_ref!r}"
                )
            manager = self.person(demo.manager, Role.manager)
            self.replay(demo, owner.id, manager, report)
            report.created.append(demo.challenge.title)
        return report

    def replay(self, demo: DemoChallenge, owner_id: int, manager: User, report: DemoReport) -> None:
        data = demo.challenge.model_copy(update={"owner_id": owner_id, "deadline": None})
        challenge = self.challenges.create(manager, data)
        self.challenges.transition(challenge, manager, "open")
        wanted = set(demo.invite)
        if wanted:
            for proposal in self.invitations.propose(challenge, manager, k=30):
                if proposal.organisation.ref in wanted:
                    self.invitations.decide(proposal, manager, approve=True)
                    wanted.discard(proposal.organisation.ref)
            report.not_invited += sorted(wanted)
        apps = {}
        for entry in demo.applications:
            member = self.person(entry.applicant, Role.member, entry.organisation_ref)
            application = self.applications.apply(challenge, member, entry.proposal)
            apps[entry.organisation_ref] = application
            if entry.status == "draft":
                continue
            self.applications.submit(application, member)
            if entry.status == "withdrawn":
                self.applications.withdraw(application, member)
            elif entry.status in ("screened", "rejected"):
                screening = Screening(
                    checklist={r: r in entry.met for r in challenge.requirements},
                    passed=entry.status == "screened",
                    note=entry.screening_note,
                )
                self.applications.screen(application, manager, screening)
        if demo.status == "decided":
            self.decide(demo, challenge, manager, apps)
        if demo.challenge.deadline is not None:
            self.challenges.update(challenge, manager, ChallengeUpdate(deadline=demo.challenge.deadline))

    def decide(self, demo: DemoChallenge, challenge: Any, manager: User, apps: dict[str, Any]) -> None:
        """The jury's part and the end of the round: the assignment, the file's reviews, the shortlist, the
        pitch day, the winner, the decisions sent and the pilot."""
        self.challenges.transition(challenge, manager, "closed")
        jurors: dict[str, User] = {}
        email_of: dict[int, str] = {}
        for entry in demo.jurors:
            role = Role.member if entry.organisation_ref else Role.manager
            user = self.person(entry, role, entry.organisation_ref)
            jurors[entry.email] = user
            juror = self.jury.add_juror(
                challenge, manager, JurorCreate(user_id=user.id, cap=entry.cap, expertise=entry.expertise)
            )
            email_of[juror.id] = entry.email
        assignment = self.jury.assign(challenge, manager)
        given = {(r.juror, r.applicant): r for r in demo.reviews}
        ref_of = {a.id: ref for ref, a in apps.items()}
        missing: list[str] = []
        for assigned in assignment.reviews:
            key = (email_of[assigned.juror_id], ref_of[assigned.application_id])
            given_review = given.get(key)
            if given_review is None:
                missing.append(f"{key[0]} on {key[1]}")
                continue
            review = self.jury.get_review(assigned.id)
            self.jury.submit_review(review, jurors[key[0]], given_review.review)
            if given_review.released:
                self.jury.release(review, manager)
        if missing:
            raise InvalidInput(f"{challenge.title!r}: the file has no review for {', '.join(missing)}")
        shortlisted = {s.application_id for s in self.round.shortlist(challenge, manager).shortlisted}
        if demo.pitch_day is not None:
            self.round.schedule(challenge, manager, demo.pitch_day)
        winner = apps.get(demo.winner or "")
        if winner is None or winner.id not in shortlisted:
            raise InvalidInput(f"{challenge.title!r}: the winner {demo.winner!r} is not on the shortlist")
        for application in apps.values():
            if application.status == "invited_to_pitch":
                self.decisions.decide(
                    application, manager, "won" if application is winner else "not_selected"
                )
        self.decisions.send_decisions(challenge, manager)
        if demo.outcome is not None:
            self.decisions.record_outcome(winner, manager, demo.outcome)
        self.challenges.transition(challenge, manager, "decided")
