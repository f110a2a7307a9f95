"""Pydantic schemas of corporate challenges, named by role, and the two state machines (a challenge's and an
application's) with the statuses each may move to."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, Field

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id, Trl
from matcher.profiles.vocab import Kind, Stage
from matcher.recommendations.schemas import OrganisationSummary

# --- the state machines --------------------------------------------------------------------------------


class ChallengeStatus(StrEnum):
    draft = "draft"
    open = "open"
    closed = "closed"
    reviewing = "reviewing"
    decided = "decided"
    archived = "archived"


# Where a challenge may go from each status: reopened after closing (a deadline moved), never back from review.
CHALLENGE_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("open", "archived"),
    "open": ("closed",),
    "closed": ("open", "reviewing"),
    "reviewing": ("decided",),
    "decided": ("archived",),
    "archived": (),
}


class ApplicationStatus(StrEnum):
    draft = "draft"
    submitted = "submitted"
    screened = "screened"
    shortlisted = "shortlisted"
    rejected = "rejected"
    invited_to_pitch = "invited_to_pitch"
    won = "won"
    not_selected = "not_selected"
    withdrawn = "withdrawn"


APPLICATION_TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("submitted", "withdrawn"),
    "submitted": ("screened", "rejected", "withdrawn"),
    "screened": ("shortlisted", "rejected", "withdrawn"),
    "shortlisted": ("invited_to_pitch", "rejected", "withdrawn"),
    "invited_to_pitch": ("won", "not_selected", "withdrawn"),
    "won": (),
    "not_selected": (),
    "rejected": (),
    "withdrawn": (),
}

# A manager's decisions: they wait until "send decisions" tells the applicants, all at once.
DECISIONS = ("shortlisted", "rejected", "invited_to_pitch", "won", "not_selected")
# From here on an applicant knows the owner (an anonymous owner is named at shortlisting).
SHORTLISTED_OR_LATER = ("shortlisted", "invited_to_pitch", "won", "not_selected")


class Visibility(StrEnum):
    public = "public"  # everyone sees it once it is open, and any eligible organisation may apply
    invitation = "invitation"  # only the invited see it and apply


class RankingMethod(StrEnum):
    mean = "mean"
    median = "median"
    zscore = "zscore"


# --- limits of a proposal (one page) --------------------------------------------------------------------

SUMMARY_CHARS = 600
APPROACH_CHARS = 2000
WHY_US_CHARS = 1000
REFERENCES_CHARS = 1000
MAX_ATTACHMENTS = 5


def strip_text(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else ("" if value is None else value)


def _clean_list(value: Any) -> Any:
    if isinstance(value, str):
        value = value.split(";")
    if isinstance(value, list):
        out: list[Any] = []
        for item in value:
            item = item.strip() if isinstance(item, str) else item
            if item not in ("", None) and item not in out:
                out.append(item)
        return out
    return value


def _check_url(value: str) -> str:
    if not value.startswith(("http://", "https://")) or len(value) < 11:
        raise ValueError("an attachment is a link that starts with http:// or https://")
    return value


Title = Annotated[str, BeforeValidator(strip_text), Field(min_length=3, max_length=300)]
Text = Annotated[str, BeforeValidator(strip_text), Field(max_length=5000)]
Requirement = Annotated[str, Field(min_length=1, max_length=300)]
Url = Annotated[str, Field(max_length=500), AfterValidator(_check_url)]


class Criterion(Strict):
    """One evaluation criterion and its weight (weights need not sum to 1: they are relative)."""

    name: Annotated[str, BeforeValidator(strip_text), Field(min_length=1, max_length=60)]
    weight: Annotated[float, Field(gt=0, le=100)] = 1.0


DEFAULT_CRITERIA = [
    Criterion(name="fit", weight=0.4),
    Criterion(name="feasibility", weight=0.3),
    Criterion(name="team", weight=0.15),
    Criterion(name="impact", weight=0.15),
]


def _unique_criteria(value: list[Criterion] | None) -> list[Criterion] | None:
    if value is not None and len({c.name.casefold() for c in value}) != len(value):
        raise ValueError("criteria names must be unique")
    return value


class ChallengeFields(Strict):
    """What a challenge says, as created and as changed (in an update only what is sent changes)."""

    title: Title
    problem: Text = ""
    solutions_of_interest: Text = ""
    requirements: Annotated[list[Requirement], BeforeValidator(_clean_list), Field(max_length=20)] = []
    offer: Text = ""
    """The budget or the pilot offered."""
    trl_min: Trl = None
    applicant_kinds: Annotated[list[Kind], BeforeValidator(_clean_list)] = [Kind.startup]
    regions: Annotated[
        list[Annotated[str, Field(max_length=120)]], BeforeValidator(_clean_list), Field(max_length=20)
    ] = []
    language: Annotated[str, Field(min_length=2, max_length=10)] = "en"
    deadline: date | None = None
    pitch_slots: Annotated[int, Field(ge=1, le=500)] = 5
    criteria: Annotated[
        list[Criterion], Field(min_length=1, max_length=12), AfterValidator(_unique_criteria)
    ] = DEFAULT_CRITERIA
    visibility: Visibility = Visibility.public
    owner_anonymous: bool = False
    blind_review: bool = False
    reviews_per_application: Annotated[int, Field(ge=1, le=10)] = 3
    cap_per_applicant: Annotated[int, Field(ge=1, le=20)] = 2
    ranking_method: RankingMethod = RankingMethod.mean


class ChallengeCreate(ChallengeFields):
    owner_id: Id | None = None
    """The owner organisation (a company or a public body); a member's own when they leave it out."""


class ChallengeUpdate(Strict):
    title: Title | None = None
    problem: Text | None = None
    solutions_of_interest: Text | None = None
    requirements: Annotated[
        Annotated[list[Requirement], Field(max_length=20)] | None, BeforeValidator(_clean_list)
    ] = None
    offer: Text | None = None
    trl_min: Trl = None
    applicant_kinds: Annotated[list[Kind] | None, BeforeValidator(_clean_list)] = None
    regions: Annotated[
        Annotated[list[Annotated[str, Field(max_length=120)]], Field(max_length=20)] | None,
        BeforeValidator(_clean_list),
    ] = None
    language: Annotated[str, Field(min_length=2, max_length=10)] | None = None
    deadline: date | None = None
    pitch_slots: Annotated[int, Field(ge=1, le=500)] | None = None
    criteria: Annotated[
        Annotated[list[Criterion], Field(min_length=1, max_length=12)] | None,
        AfterValidator(_unique_criteria),
    ] = None
    visibility: Visibility | None = None
    owner_anonymous: bool | None = None
    blind_review: bool | None = None
    reviews_per_application: Annotated[int, Field(ge=1, le=10)] | None = None
    cap_per_applicant: Annotated[int, Field(ge=1, le=20)] | None = None
    ranking_method: RankingMethod | None = None


class ChallengePublic(BaseModel):
    """A challenge as one viewer may see it: an anonymous owner is named by its label until the viewer's
    organisation is shortlisted; `allowed` lists the statuses the viewer may move it to now."""

    id: int
    owner: OrganisationSummary
    title: str
    problem: str
    solutions_of_interest: str
    requirements: list[str]
    offer: str
    trl_min: int | None
    applicant_kinds: list[str]
    regions: list[str]
    language: str
    deadline: date | None
    pitch_slots: int
    criteria: list[Criterion]
    status: ChallengeStatus
    visibility: Visibility
    owner_anonymous: bool
    blind_review: bool
    reviews_per_application: int
    cap_per_applicant: int
    ranking_method: RankingMethod
    allowed: list[str]
    created_at: datetime
    updated_at: datetime


class ChallengesPublic(BaseModel):
    data: list[ChallengePublic]
    count: int


class ChallengeTransition(Strict):
    to: ChallengeStatus
    note: Annotated[str, Field(max_length=2000)] = ""


# --- invitations --------------------------------------------------------------------------------------


class InvitationProposal(Strict):
    k: Annotated[int, Field(ge=1, le=200)] = 20
    """How many organisations the engine proposes (the best `k` not yet proposed or applied)."""


class InvitationDecision(Strict):
    approve: bool
    """True: invite (the organisation's members get it in their inbox); false: dismiss the proposal."""


class InvitationPublic(BaseModel):
    id: int
    challenge_id: int
    organisation: OrganisationSummary
    score: float
    explanation: dict[str, Any]
    """Which of the challenge's texts it fits (`text`), what of the organisation matched (`matched_text`,
    `matched_terms`), and the distance."""
    state: Literal["proposed", "invited", "dismissed"]
    invited_at: datetime | None


class InvitationsPublic(BaseModel):
    data: list[InvitationPublic]
    count: int


# --- applications ---------------------------------------------------------------------------------------


class ProposalFields(Strict):
    summary: Annotated[str, BeforeValidator(strip_text), Field(max_length=SUMMARY_CHARS)] = ""
    approach: Annotated[str, BeforeValidator(strip_text), Field(max_length=APPROACH_CHARS)] = ""
    why_us: Annotated[str, BeforeValidator(strip_text), Field(max_length=WHY_US_CHARS)] = ""
    stage: Stage | None = None
    trl: Trl = None
    references: Annotated[str, BeforeValidator(strip_text), Field(max_length=REFERENCES_CHARS)] = ""
    attachments: Annotated[list[Url], BeforeValidator(_clean_list), Field(max_length=MAX_ATTACHMENTS)] = []


class ApplicationCreate(ProposalFields):
    organisation_id: Id | None = None
    """The applicant organisation; a member's own when they leave it out (managers name it)."""


class ApplicationUpdate(Strict):
    summary: Annotated[str, BeforeValidator(strip_text), Field(max_length=SUMMARY_CHARS)] | None = None
    approach: Annotated[str, BeforeValidator(strip_text), Field(max_length=APPROACH_CHARS)] | None = None
    why_us: Annotated[str, BeforeValidator(strip_text), Field(max_length=WHY_US_CHARS)] | None = None
    stage: Stage | None = None
    trl: Trl = None
    references: Annotated[str, BeforeValidator(strip_text), Field(max_length=REFERENCES_CHARS)] | None = None
    attachments: Annotated[
        Annotated[list[Url], Field(max_length=MAX_ATTACHMENTS)] | None, BeforeValidator(_clean_list)
    ] = None


class Screening(Strict):
    """The screener's checklist (each must-have requirement: met or not) and the verdict."""

    checklist: dict[Annotated[str, Field(max_length=300)], bool] = {}
    passed: bool
    """True: screened (goes to review); false: rejected (the decision waits for "send decisions")."""
    note: Annotated[str, Field(max_length=2000)] = ""


class Decision(Strict):
    to: Literal["shortlisted", "rejected", "invited_to_pitch", "won", "not_selected"]
    note: Annotated[str, Field(max_length=2000)] = ""


class Outcome(Strict):
    kind: Literal["pilot", "cooperation"]
    """`pilot`: the winner's pilot becomes an introduction between the owner and the winner; `cooperation`:
    the pilot was agreed, and the pair joins the cooperation network."""
    note: Annotated[str, Field(max_length=2000)] = ""


class RequirementFit(BaseModel):
    """Which sentence of the application meets one requirement best, and how well (cosine similarity)."""

    requirement: str
    sentence: str
    similarity: float


class FeedbackPublic(BaseModel):
    """A review's comment as its applicant may read it: released by a manager, without marks or juror."""

    comment: str


class ApplicationPublic(BaseModel):
    """An application as one viewer may see it: the applicant's name hidden from jurors of a blind review; the
    status its applicant was told (`status`); managers see where it really stands (`internal_status`),
    the screening and the engine's fit; applicants see only released feedback."""

    id: int
    challenge_id: int
    organisation: OrganisationSummary
    status: ApplicationStatus
    internal_status: ApplicationStatus | None = None
    decision_queued: bool | None = None
    summary: str
    approach: str
    why_us: str
    stage: str | None
    trl: int | None
    references: str
    attachments: list[str]
    invited: bool
    checklist: dict[str, bool] | None = None
    fit_score: float | None = None
    fit_explanation: list[RequirementFit] | None = None
    feedback: list[FeedbackPublic] = []
    introduction_id: int | None = None
    allowed: list[str]
    submitted_at: datetime | None
    created_at: datetime
    updated_at: datetime


class ApplicationsPublic(BaseModel):
    data: list[ApplicationPublic]
    count: int
