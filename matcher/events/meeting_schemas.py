"""Pydantic schemas of event matchmaking's meetings, named by role: the requests between participants, the schedule
and its meetings, the follow-ups, the report and the reminders. The event, its participants and the state
machines are `schemas.py`'s."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from matcher.events.schemas import (
    MeetingStatus,
    Outcome,
    ParticipantPublic,
    Priority,
    RequestStatus,
)
from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id


class RequestCreate(Strict):
    recipient_id: Id
    requester_id: Id | None = None
    """Organisers name who asks; a participant asks as themselves."""
    priority: Priority = Priority.would_like
    message: Annotated[str, Field(max_length=1000)] = ""
    companions: Annotated[list[Id], Field(max_length=10)] = []
    """Colleagues of either side (the same organisation) who join the meeting: a team of at most four."""


class RequestAnswer(Strict):
    to: RequestStatus
    companions: Annotated[list[Id], Field(max_length=10)] = []
    """On accepting: the recipient's colleagues who join too (a team of at most four in all)."""


class MemberPublic(BaseModel):
    """A companion of a request: who they are and for which organisation."""

    id: int
    name: str
    organisation_name: str


class RequestPublic(BaseModel):
    id: int
    event_id: int
    requester_id: int
    requester_name: str
    recipient_id: int
    recipient_name: str
    priority: str
    message: str
    status: str
    created_at: datetime
    companions: list[MemberPublic] = []
    reminders: int = 0
    """How many reminders the recipient got while it was pending, the last at `reminded_at`."""
    reminded_at: datetime | None = None


class RequestsPublic(BaseModel):
    data: list[RequestPublic]
    count: int


class ScheduleRequest(Strict):
    time_limit_s: Annotated[float, Field(gt=0, le=120)] = 10.0
    recommended: bool = False
    """Also pair mutual recommendations nobody requested (where tables and caps leave room)."""


class MeetingPublic(BaseModel):
    id: int
    event_id: int
    participant_a: ParticipantPublic
    participant_b: ParticipantPublic
    slot: int
    table: str
    start: datetime
    end: datetime
    status: str
    """`tentative`: the slot is held for a pending request; `scheduled` once it is accepted."""
    locked: bool
    reason: str
    companions: list[ParticipantPublic] = []
    """The colleagues who join the two sides (a team of at most four)."""


class MeetingsPublic(BaseModel):
    data: list[MeetingPublic]
    count: int


class SchedulePublic(BaseModel):
    state: str
    meetings: int
    moved: int
    unscheduled: list[dict[str, Any]]
    optimal: bool
    tentative: int = 0
    """Slots held for pending requests (not counted in `meetings`)."""
    method: str | None = None
    """How the schedule was found: `cp-sat` (the solver), `greedy` (the solver found nothing better within
    the time limit, so the greedy schedule stands); none where nothing was solved (a confirmation)."""
    solutions: int = 0
    """The solutions the solver found on the way, each better than the one before."""


class ScheduleStatus(BaseModel):
    """The progress of an event's last schedule solve in this server process, in the words of the reindex job
    (`state`, `phase`, `started_at`, `finished_at`, `message`). `idle`: none since the server started."""

    event_id: int
    state: Literal["idle", "running", "done", "failed"] = "idle"
    phase: Literal["", "building", "solving", "placing tables", "done", "failed"] = ""
    """`building` reads the event and builds the model; `solving` is the solver's search, up to the time
    limit; `placing tables` gives each meeting its table and reason and writes the schedule."""
    solutions: int = 0
    """Solutions found so far, each better than the one before."""
    objective: float | None = None
    """The best solution's objective (the wishes' values, less moves and idle gaps); none before the first."""
    bound: float | None = None
    """No schedule reaches more than this objective (the solver's bound); equal to `objective` when optimal."""
    elapsed_s: float = 0.0
    """Seconds the solver has searched, of `time_limit_s`."""
    time_limit_s: float | None = None
    method: str | None = None
    """Once done: `cp-sat` or `greedy`, as in the schedule's answer."""
    meetings: int | None = None
    """Once done: the meetings placed, as in the schedule's answer (the tentative ones apart)."""
    message: str = ""
    """Why it failed, or what it found."""
    started_at: datetime | None = None
    finished_at: datetime | None = None


class MeetingChange(Strict):
    status: MeetingStatus | None = None
    locked: bool | None = None


class FollowUpCreate(Strict):
    outcome: Outcome
    participant_id: Id | None = None
    """Organisers name the side; a participant reports their own."""
    note: Annotated[str, Field(max_length=2000)] = ""


class FollowUpPublic(BaseModel):
    meeting_id: int
    participant_id: int
    outcome: str
    note: str
    cooperation: bool


class EventReport(BaseModel):
    participants: int
    checked_in: int
    requests: int
    by_status: dict[str, int]
    acceptance_rate: float | None
    meetings: int
    meetings_by_status: dict[str, int]
    meetings_per_participant: float
    participants_with_two_or_more: int
    table_load: float
    """Meetings over table-slots."""
    share_held: float | None
    follow_ups: dict[str, int]
    tentative: int = 0
    """Meetings held for pending requests, counted apart (not in `meetings`)."""


class ReminderRequest(Strict):
    after_hours: Annotated[float, Field(ge=0, le=24 * 60)] = 24.0
    """Remind of requests pending longer than this, whose recipient was not reminded within it."""


class ReminderReport(BaseModel):
    reminded: int
    """Requests whose recipient got a reminder in their inbox."""
    not_reachable: int
    """Requests whose recipient has no (active) user account to be told."""


class ParticipantImport(BaseModel):
    """A CSV file's text (the columns of `events/importer.py`), in a JSON body."""

    model_config = ConfigDict(extra="forbid")

    csv: Annotated[str, Field(min_length=1, max_length=5_000_000)]
