"""The demo's talent programme (`profiles/demo/talent.jsonl`, one programme a line, edited by hand): validated
with the domain's own schemas, then replayed through the programme's services as its runner would have run it, so
that every record is made the way the product makes it: the programme opened, the hosts' projects proposed and
opened, the participants registered with their consent and their ranked choices, the allocation solved and
published.

The runner is a member of the owner organisation without a password (they cannot log in until one is set); the
participants need no accounts: who runs a programme registers and ranks for anyone. A line that does not
validate names its line and field, and nothing is written. A programme that is already there (same owner, same
name) is left as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Self

from pydantic import Field, model_validator
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import UserService
from matcher.errors import InvalidInput
from matcher.kit.schemas import Strict
from matcher.profiles.importer import parse_json_lines, rows_refused
from matcher.profiles.repository import OrganisationRepository
from matcher.recommendations.interface import Matching
from matcher.talent.allocating import AllocationService
from matcher.talent.participants import ParticipantService
from matcher.talent.problem import MAX_CHOICES
from matcher.talent.schemas import ChoicesUpdate, ParticipantCreate, ProgrammeCreate, ProjectCreate
from matcher.talent.service import ProgrammeService, ProjectService

Email = Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.example$")]
"""A reserved address (RFC 2606): nobody's mailbox."""
Key = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{0,59}$")]
"""A project's name within the line, for the participants' choices."""


class DemoPerson(Strict):
    email: Email
    name: str = ""


class DemoProject(ProjectCreate):
    key: Key
    host_ref: str
    """The hosting organisation of the demo ecosystem (`host_id` stays out)."""

    @model_validator(mode="after")
    def _host_by_ref(self) -> Self:
        if self.host_id is not None:
            raise ValueError("host_id: leave it out, host_ref names the host")
        return self


class DemoApplicant(ParticipantCreate):
    email: Email
    choices: Annotated[list[Key], Field(max_length=MAX_CHOICES)] = []
    """Project keys, best first."""


class DemoProgramme(Strict):
    """One line of `profiles/demo/talent.jsonl`."""

    owner_ref: str
    runner: DemoPerson
    """A member of the owner organisation: they run the programme."""
    programme: ProgrammeCreate
    projects: Annotated[list[DemoProject], Field(min_length=1)]
    participants: Annotated[list[DemoApplicant], Field(min_length=2)]
    time_limit_s: Annotated[float, Field(gt=0, le=60)] = 5.0
    """The solver's time limit for the allocation."""

    @model_validator(mode="after")
    def _owner_by_ref(self) -> Self:
        if self.programme.owner_id is not None:
            raise ValueError("programme.owner_id: leave it out, owner_ref names the owner")
        return self


def problems_of(demo: DemoProgramme) -> list[tuple[str, str]]:
    """The fields that name a project the line does not have, or register or rank something twice."""
    found: list[tuple[str, str]] = []
    keys: set[str] = set()
    for i, project in enumerate(demo.projects):
        if project.key in keys:
            found.append((f"projects.{i}.key", f"{project.key!r} is used twice"))
        keys.add(project.key)
    seen: set[str] = set()
    for i, participant in enumerate(demo.participants):
        email = participant.email.lower()
        if email in seen:
            found.append((f"participants.{i}.email", f"{email!r} is registered twice"))
        seen.add(email)
        for j, key in enumerate(participant.choices):
            if key not in keys:
                found.append((f"participants.{i}.choices.{j}", f"no project has the key {key!r}"))
            elif key in participant.choices[:j]:
                found.append((f"participants.{i}.choices.{j}", f"{key!r} is ranked twice"))
    return found


def parse_demo(text: str) -> list[DemoProgramme]:
    """Every line as a `DemoProgramme`; an `ImportFailed` naming each bad line and field otherwise."""
    found, errors = parse_json_lines(text, DemoProgramme, problems_of)
    if errors:
        raise rows_refused(errors, f"the demo's talent programmes do not validate ({len(errors)} problem(s))")
    return found


@dataclass
class DemoReport:
    created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    placed: int = 0
    """Participants the allocation placed in the programmes created."""


class DemoLoader:
    """Replays the demo's programmes through the services on one session (the caller commits)."""

    def __init__(self, session: Session, matching: Matching | None = None) -> None:
        self.session = session
        self.programmes = ProgrammeService(session, matching)
        self.projects = ProjectService(session, matching)
        self.participants = ParticipantService(session, matching)
        self.allocation = AllocationService(session, matching)
        self.users = UserService(session)
        self.organisations = OrganisationRepository(session)

    def runner(self, who: DemoPerson, owner_ref: str) -> User:
        user = self.users.users.get_by_email(who.email)
        if user is None:
            data = UserCreate(email=who.email, name=who.name, role=Role.member, organisation_ref=owner_ref)
            user, _ = self.users.create(data)
        return user

    def missing(self, demos: list[DemoProgramme]) -> list[DemoProgramme]:
        """The demo's programmes not in the database yet (by owner and name)."""
        existing, _ = self.programmes.programmes.list_past_draft(everything=True, limit=100_000)
        there = {(p.owner.ref, p.name) for p in existing}
        return [d for d in demos if (d.owner_ref, d.programme.name) not in there]

    def organisation_id(self, ref: str, where: str) -> int:
        found = self.organisations.get_by_ref(ref)
        if found is None:
            raise InvalidInput(f"{where}: no organisation {ref!r}")
        return found.id

    def load(self, demos: list[DemoProgramme]) -> DemoReport:
        report = DemoReport()
        todo = self.missing(demos)
        for demo in demos:
            if demo not in todo:
                report.skipped.append(demo.programme.name)
                continue
            report.placed += self.replay(demo)
            report.created.append(demo.programme.name)
        return report

    def replay(self, demo: DemoProgramme) -> int:
        """The programme from its draft to running (the allocation published); the number placed."""
        name = f"the demo programme {demo.programme.name!r}"
        owner_id = self.organisation_id(demo.owner_ref, name)
        hosts = {p.key: self.organisation_id(p.host_ref, f"{name}, project {p.key!r}") for p in demo.projects}
        runner = self.runner(demo.runner, demo.owner_ref)
        programme = self.programmes.create(runner, demo.programme.model_copy(update={"owner_id": owner_id}))
        ids: dict[str, int] = {}
        for entry in demo.projects:
            data = ProjectCreate.model_validate(entry.model_dump(exclude={"key", "host_ref"}))
            project = self.projects.propose(
                programme, runner, data.model_copy(update={"host_id": hosts[entry.key]})
            )
            self.projects.transition(programme, project, runner, "open")
            ids[entry.key] = project.id
        self.programmes.transition(programme, runner, "open")
        for applicant in demo.participants:
            item = ParticipantCreate.model_validate(applicant.model_dump(exclude={"choices"}))
            participant = self.participants.register(programme, runner, item)
            if applicant.choices:
                choices = ChoicesUpdate(projects=[ids[k] for k in applicant.choices])
                self.participants.choose(programme, participant, runner, choices)
        run = self.allocation.allocate(programme, runner, time_limit_s=demo.time_limit_s)
        self.allocation.publish(programme, runner)
        return sum(1 for p in run.placements if p.project_id is not None)
