"""Pydantic schemas of talent projects, named by role, and the state machines of a programme and a project
with the statuses each may move to. Validation messages say what to change."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, Field, model_validator

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id
from matcher.talent.problem import MAX_CHOICES

# --- the state machines --------------------------------------------------------------------------------


class ProgrammeStatus(StrEnum):
    draft = "draft"
    open = "open"  # participants register and rank their choices, hosts propose projects
    allocating = "allocating"  # the managers run, edit and lock the allocation
    running = "running"  # the allocation is published: the teams work, hosts see their team
    done = "done"


PROGRAMME_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("open",),
    "open": ("allocating", "draft"),
    "allocating": ("running", "open"),
    "running": ("done",),
    "done": (),
}


class ProjectStatus(StrEnum):
    proposed = "proposed"
    open = "open"
    cancelled = "cancelled"
    merged = "merged"


PROJECT_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "proposed": ("open", "cancelled"),
    "open": ("cancelled",),
    "cancelled": ("open",),
    "merged": (),  # undone by a merge into nothing (`ProjectMerge`)
}


class Track(StrEnum):
    student = "student"
    trainee = "trainee"
    young_professional = "young_professional"


# --- the fields ------------------------------------------------------------------------------------------


def _split(value: Any) -> Any:
    """A list, or one text separated by `;` or `,` (a form's field, a CSV cell); duplicates dropped."""
    if isinstance(value, str):
        value = [v for v in value.replace(",", ";").split(";")]
    if isinstance(value, list):
        cleaned = [v.strip() if isinstance(v, str) else v for v in value]
        return list(dict.fromkeys(v for v in cleaned if v != ""))
    return value


def _language(value: str) -> str:
    code = value.strip().lower()
    if not (2 <= len(code) <= 3 and code.isalpha()):
        raise ValueError(f"{value!r} is not a language code: use two or three letters such as de or en")
    return code


def _email(value: str) -> str:
    value = value.strip().lower()
    name, at, domain = value.partition("@")
    if not (name and at and "." in domain and " " not in value):
        raise ValueError(f"{value!r} is not an e-mail address: write it as name@example.org")
    return value


Name = Annotated[
    str,
    BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v),
    Field(min_length=2, max_length=300),
]
Text = Annotated[str, Field(max_length=5000)]
Skill = Annotated[str, Field(min_length=1, max_length=80)]
Skills = Annotated[list[Skill], BeforeValidator(_split), Field(max_length=30)]
Languages = Annotated[
    list[Annotated[str, AfterValidator(_language)]], BeforeValidator(_split), Field(max_length=10)
]
Email = Annotated[str, Field(max_length=320), AfterValidator(_email)]
Group = Annotated[
    str, BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v), Field(max_length=120)
]


# --- programmes ------------------------------------------------------------------------------------------


class ProgrammeCreate(Strict):
    name: Name
    description: Text = ""
    owner_id: Id | None = None
    """The organisation that runs the round; a member's own when they leave it out."""
    starts_on: date
    ends_on: date
    application_deadline: AwareDatetime | None = None
    min_trainees: Annotated[int, Field(ge=0, le=10)] = 0
    """At least this many trainees in every team that runs."""
    min_institutions: Annotated[int, Field(ge=1, le=10)] = 1
    """Every team that runs brings together people of at least this many institutions."""
    languages: Languages = []

    @model_validator(mode="after")
    def _dates(self) -> Self:
        if self.ends_on < self.starts_on:
            raise ValueError("the programme ends before it starts: set ends_on on or after starts_on")
        return self


class ProgrammeUpdate(Strict):
    name: Name | None = None
    description: Text | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    application_deadline: AwareDatetime | None = None
    min_trainees: Annotated[int, Field(ge=0, le=10)] | None = None
    min_institutions: Annotated[int, Field(ge=1, le=10)] | None = None
    languages: Languages | None = None


class ProgrammeTransition(Strict):
    to: ProgrammeStatus


class ProgrammePublic(BaseModel):
    id: int
    owner_id: int
    owner_name: str
    name: str
    description: str
    starts_on: date
    ends_on: date
    application_deadline: datetime | None
    min_trainees: int
    min_institutions: int
    languages: list[str]
    status: ProgrammeStatus
    allowed: list[str]
    """The statuses the viewer may move it to now (none for who does not run it)."""
    projects: int
    participants: int
    created_at: datetime


class ProgrammesPublic(BaseModel):
    data: list[ProgrammePublic]
    count: int


# --- projects --------------------------------------------------------------------------------------------


class ProjectCreate(Strict):
    title: Name
    description: Text = ""
    host_id: Id | None = None
    """The hosting organisation; a member's own when they leave it out (only managers name another)."""
    skills: Skills = []
    min_size: Annotated[int, Field(ge=1, le=50)] = 3
    max_size: Annotated[int, Field(ge=1, le=50)] = 6
    languages: Languages = []
    supervisor_capacity: Annotated[int, Field(ge=1, le=200)] | None = None

    @model_validator(mode="after")
    def _sizes(self) -> Self:
        if self.min_size > self.max_size:
            raise ValueError(
                f"min_size {self.min_size} is above max_size {self.max_size}: a team needs room for its minimum"
            )
        return self


class ProjectUpdate(Strict):
    title: Name | None = None
    description: Text | None = None
    skills: Skills | None = None
    min_size: Annotated[int, Field(ge=1, le=50)] | None = None
    max_size: Annotated[int, Field(ge=1, le=50)] | None = None
    languages: Languages | None = None
    supervisor_capacity: Annotated[int, Field(ge=1, le=200)] | None = None
    host_ranking: Annotated[list[Id], Field(max_length=2000)] | None = None
    """The participants the host prefers, best first (for the blocking-pair check)."""


class ProjectPublic(BaseModel):
    id: int
    programme_id: int
    host_id: int
    host_name: str
    title: str
    description: str
    skills: list[str]
    min_size: int
    max_size: int
    languages: list[str]
    supervisor_capacity: int | None
    status: ProjectStatus
    merged_into: int | None = None
    """The open project whose team this merged project's choosers join."""


class ProjectMerge(Strict):
    """Merge a project below its minimum into another open project of the programme: whoever ranked it is
    allocated as if they had ranked `into` in its place. `into` null undoes the merge (the project is open
    again)."""

    into: int | None


class ProjectsPublic(BaseModel):
    data: list[ProjectPublic]
    count: int


# --- participants ----------------------------------------------------------------------------------------


class ParticipantCreate(Strict):
    """A person's application to a programme; `consent` must be given (true) or nothing is stored."""

    name: Name
    email: Email
    track: Track
    institution: Name
    """The university, school or employer they come from (the team-mix rule counts institutions)."""
    field: Annotated[str, Field(max_length=200)] = ""
    skills: Skills = []
    interests: Text = ""
    languages: Languages = []
    availability: Annotated[str, Field(max_length=1000)] = ""
    group: Group | None = None
    """A label shared with friends who apply together: the allocation keeps them in one team or none."""
    consent: bool = False

    @model_validator(mode="after")
    def _consented(self) -> Self:
        if not self.consent:
            raise ValueError(
                "consent is required: set consent to true to agree that the programme's managers and, after "
                "the allocation, your project's host may process your data"
            )
        return self


class ParticipantUpdate(Strict):
    field: Annotated[str, Field(max_length=200)] | None = None
    skills: Skills | None = None
    interests: Text | None = None
    languages: Languages | None = None
    availability: Annotated[str, Field(max_length=1000)] | None = None


class ChoicesUpdate(Strict):
    """A participant's ranked choices, best first: up to five different projects of the programme."""

    projects: Annotated[list[Id], Field(max_length=MAX_CHOICES)]

    @model_validator(mode="after")
    def _distinct(self) -> Self:
        twice = sorted({p for p in self.projects if self.projects.count(p) > 1})
        if twice:
            raise ValueError(f"project {twice[0]} is ranked twice: rank each project once")
        return self


class GroupUpdate(Strict):
    group: Group | None = None


class VetoesUpdate(Strict):
    projects: Annotated[list[Id], Field(max_length=200)]


class ChoicePublic(BaseModel):
    rank: int
    project_id: int
    title: str


class ParticipantPublic(BaseModel):
    id: int
    programme_id: int
    name: str
    email: str
    track: Track
    institution: str
    field: str
    skills: list[str]
    interests: str
    languages: list[str]
    availability: str
    group: str | None
    choices: list[ChoicePublic]
    vetoes: list[int]
    consent_at: datetime
    erased: bool


class ParticipantsPublic(BaseModel):
    data: list[ParticipantPublic]
    count: int


class Suggestion(BaseModel):
    """A project for a participant: how close its text is to their interests and skills, and why."""

    project_id: int
    title: str
    host_name: str
    score: float
    shared_skills: list[str]
    why: str


class SuggestionsPublic(BaseModel):
    data: list[Suggestion]
    count: int


# --- allocation ------------------------------------------------------------------------------------------


class PlacementPublic(BaseModel):
    id: int
    participant_id: int
    participant_name: str
    project_id: int | None
    project_title: str | None
    reason: str
    locked: bool


class AllocationRunPublic(BaseModel):
    id: int
    programme_id: int
    created_at: datetime
    created_by_id: int | None
    profile: list[int]
    """How many got their 1st, 2nd, ... choice."""
    unassigned: int
    cancelled: list[int]
    blocking: list[list[int]]
    stages: list[str]
    optimal: bool
    placements: list[PlacementPublic]


class MoveRequest(Strict):
    """Put a participant into a project (None: into none), locked, and solve the rest again."""

    project_id: Id | None = None


class ProjectTransition(Strict):
    to: ProjectStatus


class AllocationRequest(Strict):
    """Solve the allocation; the solver's stages share the time limit."""

    time_limit_s: Annotated[float, Field(gt=0, le=120)] = 20.0


class LockRequest(Strict):
    """Keep a placement in every later run (false: release it)."""

    locked: bool = True


class PlacementsPublic(BaseModel):
    data: list[PlacementPublic]
    count: int
