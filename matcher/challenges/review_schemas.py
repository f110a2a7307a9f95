"""Pydantic schemas of a challenge's jury and the end of its round: jurors and conflicts, reviews and the
assignment, the ranking, the shortlist, the pitch day, the decisions sent and the report."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field, field_validator, model_validator

from matcher.challenges.schemas import ChallengeStatus, RankingMethod, Text, strip_text
from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id
from matcher.recommendations.schemas import OrganisationSummary

# --- jury and reviews -----------------------------------------------------------------------------------


class JurorCreate(Strict):
    user_id: Id
    cap: Annotated[int, Field(ge=1, le=500)] = 10
    expertise: Text = ""


class JurorUpdate(Strict):
    cap: Annotated[int, Field(ge=1, le=500)] | None = None
    expertise: Text | None = None
    active: bool | None = None
    """False: the juror dropped out (assign again to hand their unfinished reviews to others)."""


class ConflictCreate(Strict):
    application_id: Id
    reason: Annotated[str, BeforeValidator(strip_text), Field(min_length=3, max_length=1000)]


class ConflictPublic(BaseModel):
    application_id: int
    reason: str


class JurorPublic(BaseModel):
    id: int
    challenge_id: int
    user_id: int
    name: str
    organisation_id: int | None
    cap: int
    expertise: str
    active: bool
    load: int
    conflicts: list[ConflictPublic]


class JurorsPublic(BaseModel):
    data: list[JurorPublic]
    count: int


class AssignRequest(Strict):
    time_limit_s: Annotated[float, Field(gt=0, le=60)] = 10.0


class ReviewSubmit(Strict):
    marks: dict[Annotated[str, Field(max_length=60)], Annotated[float, Field(ge=0, le=10)]]
    """One mark (0-10) per criterion of the challenge."""
    comment: Annotated[str, BeforeValidator(strip_text), Field(max_length=4000)] = ""


class ReleaseRequest(Strict):
    released: bool = True


class ReviewPublic(BaseModel):
    """A review (an assignment of a juror to an application, and the marks once given) with why this juror
    got this application."""

    id: int
    application_id: int
    juror_id: int
    fit: float
    reason: str
    marks: dict[str, float]
    comment: str
    released: bool
    submitted: bool
    submitted_at: datetime | None


class ReviewsPublic(BaseModel):
    data: list[ReviewPublic]
    count: int


class AssignmentPublic(BaseModel):
    """The outcome of an assignment: the reviews, the total fit against the solver's bound, whether it is
    proven optimal, the applications left short of reviewers and the pairs excluded with why."""

    reviews: list[ReviewPublic]
    total_fit: float
    bound: float
    optimal: bool
    short: dict[int, int]
    excluded: list[dict[str, Any]]
    share_at_cap: float


# --- ranking, shortlist, pitch day, report ---------------------------------------------------------------


class RankedPublic(BaseModel):
    application_id: int
    organisation: OrganisationSummary
    score: float
    low: float
    high: float
    reviews: int
    disagreement: float
    rank: int


class RankingPublic(BaseModel):
    method: RankingMethod
    data: list[RankedPublic]
    count: int


class ShortlistRequest(Strict):
    together_with: Annotated[list[Id], Field(max_length=50)] = []
    """Other challenges shortlisted at the same time: the cap on challenges per applicant spans them."""


class ShortlistedPublic(BaseModel):
    application_id: int
    challenge_id: int
    reason: str


class ShortlistPublic(BaseModel):
    shortlisted: list[ShortlistedPublic]
    left_out: dict[int, str]
    """Why each candidate left out was left out."""


class SlotIn(Strict):
    start: datetime
    minutes: Annotated[int, Field(ge=5, le=240)] = 20

    @field_validator("start")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("give the time with its zone, e.g. 2027-03-04T09:00:00+01:00")
        return value


class ScheduleRequest(Strict):
    rooms: Annotated[
        list[Annotated[str, BeforeValidator(strip_text), Field(min_length=1, max_length=120)]],
        Field(min_length=1, max_length=50),
    ]
    slots: Annotated[list[SlotIn], Field(min_length=1, max_length=500)]
    together_with: Annotated[list[Id], Field(max_length=50)] = []
    """Other challenges pitching the same day: no juror in two rooms, no applicant in two pitches at once."""

    @model_validator(mode="after")
    def _rooms_unique(self) -> ScheduleRequest:
        if len(set(self.rooms)) != len(self.rooms):
            raise ValueError("room names must be unique")
        return self


class PitchPublic(BaseModel):
    application_id: int
    challenge_id: int
    organisation: OrganisationSummary
    room: str
    start: datetime
    end: datetime
    jurors: list[int]
    reason: str


class SchedulePublic(BaseModel):
    data: list[PitchPublic]
    count: int


class SentPublic(BaseModel):
    sent: int
    """How many queued decisions went out now."""
    messages: int


class ChallengeReport(BaseModel):
    challenge_id: int
    status: ChallengeStatus
    applications: int
    by_status: dict[str, int]
    invited: int
    """Organisations invited."""
    invited_applied: int
    unsolicited: int
    shortlisted: int
    won: int
    median_days_to_decision: float | None
    """From submission to the decision sent, over the applications whose decision went out."""
