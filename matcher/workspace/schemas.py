"""Vocabularies and pydantic schemas of the workspace, named by role (Create / Update / Public)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from matcher.profiles.schemas import Contact, Id, OrganisationPublic
from matcher.profiles.vocab import Kind


class Role(StrEnum):
    admin = "admin"
    manager = "manager"
    member = "member"


class Status(StrEnum):
    suggested = "suggested"
    approved = "approved"
    sent = "sent"
    accepted = "accepted"
    met = "met"
    cooperation = "cooperation"
    declined = "declined"
    expired = "expired"


# Where an introduction may go from each status. `accepted` is reached only by both sides' consent.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "suggested": ("approved", "declined", "expired"),
    "approved": ("sent", "declined", "expired"),
    "sent": ("accepted", "declined", "expired"),
    "accepted": ("met", "expired"),
    "met": ("cooperation", "expired"),
    "cooperation": (),
    "declined": (),
    "expired": (),
}
OPEN_STATUSES = ("suggested", "approved", "sent", "accepted", "met")
# Open introductions that expire on their own after MATCHER_INTRODUCTION_EXPIRY_DAYS without activity: those
# waiting for a manager or for the sides' answers. Not `accepted` (expiring it would take back the contacts
# both sides agreed to share) nor `met` (the outcomes are still to come).
EXPIRING_STATUSES = ("suggested", "approved", "sent")
# From these on both sides have said yes: contacts are shared and anonymous names revealed.
CONTACT_STATUSES = ("accepted", "met", "cooperation")
OUTCOME_STATUSES = ("met", "cooperation")


class Outcome(StrEnum):
    no_further_contact = "no_further_contact"
    follow_up_planned = "follow_up_planned"
    project_in_preparation = "project_in_preparation"
    cooperation = "cooperation"  # a cooperation agreement was reached


class Consent(StrEnum):
    accepted = "accepted"
    declined = "declined"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_max_length=20_000)


Note = Annotated[str, Field(max_length=5000)]


# --- users -----------------------------------------------------------------------------------------------


class UserCreate(Strict):
    email: Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    name: Annotated[str, Field(max_length=200)] = ""
    role: Role
    organisation_ref: Annotated[str | None, Field(max_length=200)] = None
    password: Annotated[str | None, Field(min_length=10, max_length=500)] = None


class UserUpdate(Strict):
    active: bool | None = None
    """False locks the user out: their sessions and tokens stop working."""
    name: Annotated[str | None, Field(max_length=200)] = None


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    organisation_id: int | None
    active: bool


class UsersPublic(BaseModel):
    data: list[UserPublic]
    count: int


class UserCreated(UserPublic):
    token: str
    """The personal API token; shown once."""


class TokenPublic(BaseModel):
    token: str


# --- organisations as a given viewer sees them ------------------------------------------------------------


class OrganisationView(OrganisationPublic):
    """An organisation's profile; `contacts` only for viewers allowed to see them (see docs/workspace.md)."""

    contacts: list[Contact] | None = None


# --- introductions ---------------------------------------------------------------------------------------


class IntroductionCreate(Strict):
    organisation_id: Id | None = None
    """Side A; a member's own organisation when omitted."""
    partner_id: Id
    """Side B."""
    opportunity_id: Id | None = None
    partner_opportunity_id: Id | None = None
    message: Note = ""


class IntroductionUpdate(Strict):
    message: Note


class TransitionRequest(Strict):
    to: Status
    note: Note = ""


class ConsentRequest(Strict):
    decision: Consent
    note: Note = ""
    organisation_id: Id | None = None
    """Which side a manager answers for; members always answer for their own organisation."""


class OutcomeRequest(Strict):
    outcome: Outcome
    note: Note = ""
    organisation_id: Id | None = None


class PartySummary(BaseModel):
    id: int
    name: str
    kind: str | None
    city: str | None
    anonymous: bool


class EventPublic(BaseModel):
    at: datetime
    actor: str | None
    action: str
    from_status: str | None
    to_status: str | None
    note: str


class IntroductionPublic(BaseModel):
    id: int
    status: Status
    organisation_a: PartySummary
    organisation_b: PartySummary
    opportunity_a_id: int | None
    opportunity_b_id: int | None
    message: str
    score: float | None
    reasons: dict[str, Any]
    consent_a: str | None
    consent_b: str | None
    outcome_a: str | None
    outcome_b: str | None
    proposed_by: str | None
    allowed: list[str]
    """The statuses this viewer may move the introduction to now."""
    created_at: datetime
    updated_at: datetime
    history: list[EventPublic]


class IntroductionsPublic(BaseModel):
    data: list[IntroductionPublic]
    count: int


# --- reports ---------------------------------------------------------------------------------------------


class CountPublic(BaseModel):
    key: str
    count: int


class ReportPublic(BaseModel):
    total: int
    by_status: dict[str, int]
    by_month: dict[str, dict[str, int]]
    """Month (YYYY-MM) -> status -> introductions that reached that status in that month."""
    funnel: dict[str, int]
    """How many introductions ever reached sent, accepted, met and cooperation."""
    conversion: float | None
    """Cooperations per sent introduction."""
    top_sectors: list[CountPublic]
    kind_pairs: list[CountPublic]


# --- the queue -------------------------------------------------------------------------------------------


class QueueItemPublic(BaseModel):
    id: int
    organisation_a: PartySummary
    organisation_b: PartySummary
    score: float
    reasons: dict[str, Any]


class CapacityPublic(BaseModel):
    used: int
    """Queue items this manager took in the last seven days."""
    limit: int
    """MATCHER_MANAGER_WEEKLY_CAPACITY; 0 means no limit."""


class QueuePublic(BaseModel):
    data: list[QueueItemPublic]
    count: int
    capacity: CapacityPublic


class QueueRefreshed(BaseModel):
    added: int
    open: int


class TakeRequest(Strict):
    message: Note = ""
    approve: bool = False
    """Approve the new introduction at once."""


# --- saved searches and the inbox ------------------------------------------------------------------------


class SavedSearchCreate(Strict):
    name: Annotated[str, Field(max_length=200)] = ""
    query: Annotated[str | None, Field(max_length=2000)] = None
    """A question, as for GET /api/v1/search ..."""
    organisation_id: Id | None = None
    """... or an organisation whose suggested partners to follow."""
    kinds: list[Kind] = []


class SavedSearchPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    query: str | None
    organisation_id: int | None
    kinds: list[str]
    seen: list[int]
    last_checked_at: datetime | None


class SavedSearchesPublic(BaseModel):
    data: list[SavedSearchPublic]
    count: int


class CheckPublic(BaseModel):
    checked: int
    alerts: int
    emailed: int


class InboxMessagePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    subject: str
    body: str
    link: str | None
    read: bool
    emailed: bool
    created_at: datetime


class InboxPublic(BaseModel):
    data: list[InboxMessagePublic]
    count: int
    unread: int


# --- the audit log ---------------------------------------------------------------------------------------


class AuditEntryPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    at: datetime
    actor_id: int | None
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: dict[str, Any]


class AuditPublic(BaseModel):
    data: list[AuditEntryPublic]
    count: int
