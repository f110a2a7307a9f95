"""Pydantic schemas of event matchmaking, named by role, and the state machines of an event, a meeting request
and a meeting, with the statuses each may move to."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Self

from pydantic import AwareDatetime, BaseModel, BeforeValidator, Field, model_validator

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id

# --- the state machines --------------------------------------------------------------------------------


class EventStatus(StrEnum):
    draft = "draft"
    registration = "registration"
    requests = "requests"
    scheduled = "scheduled"
    running = "running"
    done = "done"


EVENT_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("registration",),
    "registration": ("requests",),
    "requests": ("scheduled", "registration"),
    "scheduled": ("running", "requests"),
    "running": ("done",),
    "done": (),
}


class RequestStatus(StrEnum):
    pending = "pending"
    accepted = "accepted"
    declined = "declined"
    expired = "expired"


REQUEST_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "pending": ("accepted", "declined", "expired"),
    "accepted": (),
    "declined": (),
    "expired": (),
}


class Priority(StrEnum):
    must = "must"
    would_like = "would_like"
    no_thanks = "no_thanks"  # a veto: the pair never meets


class MeetingStatus(StrEnum):
    tentative = "tentative"  # holds a slot for a pending request: scheduled once accepted
    scheduled = "scheduled"
    held = "held"
    no_show = "no_show"
    cancelled = "cancelled"


MEETING_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "tentative": ("scheduled", "cancelled"),
    "scheduled": ("held", "no_show", "cancelled"),
    "held": (),
    "no_show": (),
    "cancelled": (),
}


class Role(StrEnum):
    startup = "startup"
    company = "company"
    sme = "sme"
    investor = "investor"
    researcher = "researcher"
    public_body = "public_body"
    other = "other"


class Intent(StrEnum):
    networking = "networking"
    pilot = "pilot"
    investing = "investing"
    recruiting = "recruiting"
    partnership = "partnership"


class Outcome(StrEnum):
    """A side's outcome of a meeting, from none to an agreement (b2match's second-stage rating)."""

    no_further_contact = "no_further_contact"
    further_contact = "further_contact"
    negotiation = "negotiation"
    cooperation_agreement = "cooperation_agreement"


def _split(value: Any) -> Any:
    if isinstance(value, str):
        value = [v.strip() for v in value.split(";") if v.strip()]
    if isinstance(value, list):
        return list(dict.fromkeys(value))
    return value


Name = Annotated[
    str,
    BeforeValidator(lambda v: v.strip() if isinstance(v, str) else v),
    Field(min_length=2, max_length=300),
]
Text = Annotated[str, Field(max_length=5000)]
Roles = Annotated[list[Role], BeforeValidator(_split), Field(max_length=7)]
Intents = Annotated[list[Intent], BeforeValidator(_split), Field(max_length=5)]


class Window(Strict):
    """A span of time with a zone: a session window, a participant's availability, an agenda block."""

    start: AwareDatetime
    end: AwareDatetime
    title: Annotated[str, Field(max_length=300)] = ""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end <= self.start:
            raise ValueError("a window ends after it starts")
        return self


Windows = Annotated[list[Window], Field(max_length=50)]


class TableCreate(Strict):
    name: Annotated[str, Field(min_length=1, max_length=120)]
    capacity: Annotated[int, Field(ge=1, le=20)] = 2
    location: Annotated[str, Field(max_length=300)] = ""


class TablePublic(BaseModel):
    id: int
    name: str
    capacity: int
    location: str


class EventCreate(Strict):
    name: Name
    venue: Annotated[str, Field(max_length=300)] = ""
    description: Text = ""
    owner_id: Id | None = None
    """The organising organisation; a member's own when they leave it out."""
    meeting_minutes: Annotated[int, Field(ge=5, le=120)] = 15
    changeover_minutes: Annotated[int, Field(ge=0, le=60)] = 5
    windows: Windows = []
    tables: Annotated[list[TableCreate], Field(max_length=2000)] = []
    roles: Roles = []
    intents: Intents = []
    auto_accept: bool = False
    cap_per_participant: Annotated[int, Field(ge=1, le=50)] = 8
    request_deadline: AwareDatetime | None = None

    @model_validator(mode="after")
    def _unique_tables(self) -> Self:
        if len({t.name for t in self.tables}) != len(self.tables):
            raise ValueError("table names must be unique")
        return self


class EventUpdate(Strict):
    name: Name | None = None
    venue: Annotated[str, Field(max_length=300)] | None = None
    description: Text | None = None
    meeting_minutes: Annotated[int, Field(ge=5, le=120)] | None = None
    changeover_minutes: Annotated[int, Field(ge=0, le=60)] | None = None
    windows: Windows | None = None
    tables: Annotated[list[TableCreate], Field(max_length=2000)] | None = None
    """The tables in full: those of the same name are changed, the others added or removed (not once a
    schedule exists)."""
    roles: Roles | None = None
    intents: Intents | None = None
    auto_accept: bool | None = None
    cap_per_participant: Annotated[int, Field(ge=1, le=50)] | None = None
    request_deadline: AwareDatetime | None = None

    @model_validator(mode="after")
    def _unique_tables(self) -> Self:
        if self.tables is not None and len({t.name for t in self.tables}) != len(self.tables):
            raise ValueError("table names must be unique")
        return self


class EventTransition(Strict):
    to: EventStatus


class SlotPublic(BaseModel):
    index: int
    start: datetime
    end: datetime


class EventPublic(BaseModel):
    id: int
    owner_id: int
    owner_name: str
    name: str
    venue: str
    description: str
    meeting_minutes: int
    changeover_minutes: int
    windows: list[Window]
    slots: list[SlotPublic]
    tables: list[TablePublic]
    roles: list[str]
    intents: list[str]
    auto_accept: bool
    cap_per_participant: int
    request_deadline: datetime | None
    status: EventStatus
    schedule_state: str
    allowed: list[str]
    participants: int
    created_at: datetime


class EventsPublic(BaseModel):
    data: list[EventPublic]
    count: int


class ParticipantCreate(Strict):
    """One participant, also one row of the CSV import (lists separated by `;`)."""

    name: Name
    email: Annotated[str, Field(min_length=3, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")]
    role: Role
    organisation_ref: Annotated[str, Field(max_length=120)] | None = None
    """A profile of the network; else `organisation_name` stands for a lightweight one."""
    organisation_name: Annotated[str, Field(max_length=300)] = ""
    phone: Annotated[str, Field(max_length=60)] = ""
    intents: Intents = []
    looking_for: Roles = []
    description: Text = ""
    availability: Windows = []
    agenda: Windows = []
    capacity: Annotated[int, Field(ge=0, le=50)] | None = None


class ParticipantPublic(BaseModel):
    id: int
    event_id: int
    name: str
    organisation_id: int | None
    organisation_name: str
    role: str
    intents: list[str]
    looking_for: list[str]
    description: str
    email: str | None
    """Shown to the organisers, the participant and those they meet; else null."""
    phone: str | None
    availability: list[Window]
    agenda: list[Window]
    capacity: int | None
    checked_in: bool


class ParticipantsPublic(BaseModel):
    data: list[ParticipantPublic]
    count: int


class CheckIn(Strict):
    checked_in: bool = True


class ImportReport(BaseModel):
    created: int
    updated: int


class RecommendationPublic(BaseModel):
    participant_id: int
    name: str
    organisation_name: str
    role: str
    score: float
    reasons: list[str]


class RecommendationsPublic(BaseModel):
    participant_id: int
    data: list[RecommendationPublic]
    count: int
