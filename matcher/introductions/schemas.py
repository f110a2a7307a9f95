"""The vocabularies of introductions (statuses, transitions, outcomes, consent) and their pydantic schemas, named
by role (Create / Update / Public), with the queue's."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, Field

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id


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


Note = Annotated[str, Field(max_length=5000)]


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
