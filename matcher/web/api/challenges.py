"""Corporate challenges: the challenge, its invitations, applications, jury, reviews, ranking, shortlist,
pitch day, decisions and outcome. HTTP to the services of `matcher.challenges` and back; the guards of
`matcher.web.guards` decide who reaches each handler."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Response, status

from matcher.challenges.review_schemas import (
    AssignmentPublic,
    AssignRequest,
    ChallengeReport,
    ConflictCreate,
    JurorCreate,
    JurorPublic,
    JurorsPublic,
    JurorUpdate,
    RankingPublic,
    ReleaseRequest,
    ReviewPublic,
    ReviewsPublic,
    ReviewSubmit,
    SchedulePublic,
    ScheduleRequest,
    SentPublic,
    ShortlistPublic,
    ShortlistRequest,
)
from matcher.challenges.schemas import (
    ApplicationCreate,
    ApplicationPublic,
    ApplicationsPublic,
    ApplicationUpdate,
    ChallengeCreate,
    ChallengePublic,
    ChallengesPublic,
    ChallengeStatus,
    ChallengeTransition,
    ChallengeUpdate,
    Decision,
    InvitationDecision,
    InvitationProposal,
    InvitationPublic,
    InvitationsPublic,
    Outcome,
    RankingMethod,
    Screening,
)
from matcher.web.api.params import IdPath, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import (
    ApiUserDep,
    ApplicationsDep,
    ChallengesDep,
    DecisionsDep,
    InvitationsDep,
    JuryDep,
    RoundDep,
)
from matcher.web.guards import (
    AssignedReview,
    ManagedChallenge,
    OwnApplication,
    ReleasableReview,
    SignedInUser,
    StaffUser,
    ViewableApplication,
    ViewableChallenge,
)

router = APIRouter(tags=["challenges"], responses=errors(401, 403, 404, 409))
ICS = "text/calendar; charset=utf-8"
ICS_ANSWER: dict[int | str, dict[str, Any]] = {
    200: {"description": "An iCalendar file.", "content": {"text/calendar": {"schema": {"type": "string"}}}}
}


# --- challenges ------------------------------------------------------------------------------------------------


@router.get("/challenges", response_model=ChallengesPublic)
def list_challenges(
    challenges: ChallengesDep,
    user: ApiUserDep,
    status: Annotated[list[ChallengeStatus] | None, Query(description="Only these statuses.")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ChallengesPublic:
    """The challenges the caller may see: managers all; members the published public ones, their own and those
    they were invited to or applied to; visitors the published public ones."""
    rows, count = challenges.list(user, [s.value for s in status] if status else None, offset, limit)
    return ChallengesPublic(data=[challenges.public(c, user) for c in rows], count=count)


@router.post("/challenges", response_model=ChallengePublic, status_code=status.HTTP_201_CREATED)
def create_challenge(
    user: SignedInUser, data: ChallengeCreate, challenges: ChallengesDep, response: Response
) -> ChallengePublic:
    """A draft challenge of a company or public body: a member's own, any `owner_id` for managers."""
    challenge = challenges.create(user, data)
    response.headers["Location"] = f"/api/v1/challenges/{challenge.id}"
    return challenges.public(challenge, user)


@router.get("/challenges/{challenge_id}", response_model=ChallengePublic)
def get_challenge(
    challenge: ViewableChallenge, challenges: ChallengesDep, user: ApiUserDep
) -> ChallengePublic:
    return challenges.public(challenge, user)


@router.patch("/challenges/{challenge_id}", response_model=ChallengePublic)
def update_challenge(
    challenge: ManagedChallenge, user: SignedInUser, data: ChallengeUpdate, challenges: ChallengesDep
) -> ChallengePublic:
    return challenges.public(challenges.update(challenge, user, data), user)


@router.post("/challenges/{challenge_id}/transition", response_model=ChallengePublic)
def move_challenge(
    challenge: ManagedChallenge, user: SignedInUser, data: ChallengeTransition, challenges: ChallengesDep
) -> ChallengePublic:
    """draft -> open -> closed -> reviewing -> decided -> archived; `409` names what is allowed from here."""
    return challenges.public(challenges.transition(challenge, user, data.to.value, data.note), user)


@router.get("/challenges/{challenge_id}/report", response_model=ChallengeReport)
def challenge_report(challenge: ManagedChallenge, challenges: ChallengesDep) -> ChallengeReport:
    """Applications by status, invited against unsolicited, shortlisted, won, the median days to decision."""
    return challenges.report(challenge)


# --- invitations -----------------------------------------------------------------------------------------------


@router.post("/challenges/{challenge_id}/invitations/propose", response_model=InvitationsPublic)
def propose_invitations(
    challenge: ManagedChallenge, user: StaffUser, data: InvitationProposal, invitations: InvitationsDep
) -> InvitationsPublic:
    """The engine's best `k` organisations for the challenge, stored as proposals with their score and why."""
    rows = invitations.propose(challenge, user, data.k)
    return InvitationsPublic(data=[invitations.public(i) for i in rows], count=len(rows))


@router.get("/challenges/{challenge_id}/invitations", response_model=InvitationsPublic)
def list_invitations(
    challenge: ManagedChallenge, user: SignedInUser, invitations: InvitationsDep
) -> InvitationsPublic:
    rows = invitations.list(challenge, user)
    return InvitationsPublic(data=[invitations.public(i) for i in rows], count=len(rows))


@router.post(
    "/challenges/{challenge_id}/invitations/{invitation_id}/decision", response_model=InvitationPublic
)
def decide_invitation(
    challenge: ManagedChallenge,
    invitation_id: IdPath,
    user: StaffUser,
    data: InvitationDecision,
    invitations: InvitationsDep,
) -> InvitationPublic:
    """Approve (the organisation's members are invited in their inbox) or dismiss a proposal."""
    invitation = invitations.decide(invitations.get(challenge, invitation_id), user, data.approve)
    return invitations.public(invitation)


# --- applications ----------------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/applications", response_model=ApplicationsPublic)
def list_applications(
    challenge: ViewableChallenge, user: SignedInUser, applications: ApplicationsDep
) -> ApplicationsPublic:
    """Who runs the challenge: every submitted application; a juror: those assigned; an applicant: its own."""
    rows = applications.list(challenge, user)
    return ApplicationsPublic(data=[applications.public(a, user) for a in rows], count=len(rows))


@router.post(
    "/challenges/{challenge_id}/applications",
    response_model=ApplicationPublic,
    status_code=status.HTTP_201_CREATED,
)
def apply(
    challenge: ViewableChallenge,
    user: SignedInUser,
    data: ApplicationCreate,
    applications: ApplicationsDep,
    response: Response,
) -> ApplicationPublic:
    """A draft application of the caller's organisation (managers name `organisation_id`)."""
    application = applications.apply(challenge, user, data)
    response.headers["Location"] = f"/api/v1/applications/{application.id}"
    return applications.public(application, user)


@router.get("/applications/{application_id}", response_model=ApplicationPublic)
def get_application(
    application: ViewableApplication, user: SignedInUser, applications: ApplicationsDep
) -> ApplicationPublic:
    return applications.public(application, user)


@router.patch("/applications/{application_id}", response_model=ApplicationPublic)
def edit_application(
    application: OwnApplication, user: SignedInUser, data: ApplicationUpdate, applications: ApplicationsDep
) -> ApplicationPublic:
    """Change a draft (a submitted application stays as it was sent)."""
    return applications.public(applications.edit(application, user, data), user)


@router.post("/applications/{application_id}/submit", response_model=ApplicationPublic)
def submit_application(
    application: OwnApplication, user: SignedInUser, applications: ApplicationsDep
) -> ApplicationPublic:
    """Send the draft; the engine's fit to each requirement is computed now."""
    return applications.public(applications.submit(application, user), user)


@router.post("/applications/{application_id}/withdraw", response_model=ApplicationPublic)
def withdraw_application(
    application: OwnApplication, user: SignedInUser, applications: ApplicationsDep
) -> ApplicationPublic:
    return applications.public(applications.withdraw(application, user), user)


@router.post("/applications/{application_id}/screen", response_model=ApplicationPublic)
def screen_application(
    application: ViewableApplication, user: SignedInUser, data: Screening, applications: ApplicationsDep
) -> ApplicationPublic:
    """The must-have checklist and the verdict: screened (to review) or rejected (queued)."""
    return applications.public(applications.screen(application, user, data), user)


@router.post("/applications/{application_id}/decision", response_model=ApplicationPublic)
def decide_application(
    application: ViewableApplication,
    user: StaffUser,
    data: Decision,
    decisions: DecisionsDep,
    applications: ApplicationsDep,
) -> ApplicationPublic:
    """A manager's decision; the applicant learns of it when the challenge's decisions are sent."""
    return applications.public(decisions.decide(application, user, data.to, data.note), user)


@router.post("/applications/{application_id}/outcome", response_model=ApplicationPublic)
def record_outcome(
    application: ViewableApplication,
    user: StaffUser,
    data: Outcome,
    decisions: DecisionsDep,
    applications: ApplicationsDep,
) -> ApplicationPublic:
    """A winner's pilot: `pilot` becomes an introduction, `cooperation` joins the cooperation network."""
    return applications.public(decisions.record_outcome(application, user, data.kind, data.note), user)


@router.post("/challenges/{challenge_id}/decisions/send", response_model=SentPublic)
def send_decisions(challenge: ManagedChallenge, user: StaffUser, decisions: DecisionsDep) -> SentPublic:
    """Tell every applicant with a queued decision, at once, in their inbox."""
    return decisions.send_decisions(challenge, user)


# --- the jury and reviews ----------------------------------------------------------------------------------------


@router.get("/challenges/{challenge_id}/jurors", response_model=JurorsPublic)
def list_jurors(challenge: ManagedChallenge, user: SignedInUser, jury: JuryDep) -> JurorsPublic:
    rows = jury.jurors_of(challenge, user)
    return JurorsPublic(data=[jury.juror_public(j) for j in rows], count=len(rows))


@router.post(
    "/challenges/{challenge_id}/jurors", response_model=JurorPublic, status_code=status.HTTP_201_CREATED
)
def add_juror(challenge: ManagedChallenge, user: StaffUser, data: JurorCreate, jury: JuryDep) -> JurorPublic:
    """A member of the owner or one of the agency's staff joins the jury, with a load cap."""
    return jury.juror_public(jury.add_juror(challenge, user, data))


@router.patch("/challenges/{challenge_id}/jurors/{juror_id}", response_model=JurorPublic)
def update_juror(
    challenge: ManagedChallenge, juror_id: IdPath, user: StaffUser, data: JurorUpdate, jury: JuryDep
) -> JurorPublic:
    """The cap, the expertise, or `active: false` when a juror drops out."""
    return jury.juror_public(jury.update_juror(jury.get_juror(challenge, juror_id), user, data))


@router.post(
    "/challenges/{challenge_id}/jurors/{juror_id}/conflicts",
    response_model=JurorPublic,
    status_code=status.HTTP_201_CREATED,
)
def declare_conflict(
    challenge: ViewableChallenge, juror_id: IdPath, user: SignedInUser, data: ConflictCreate, jury: JuryDep
) -> JurorPublic:
    """A juror (or a manager for them) declares a conflict with one application, and why."""
    juror = jury.get_juror(challenge, juror_id)
    jury.declare_conflict(juror, user, data)
    return jury.juror_public(juror)


@router.post("/challenges/{challenge_id}/assign", response_model=AssignmentPublic)
def assign_reviewers(
    challenge: ManagedChallenge, user: StaffUser, data: AssignRequest, jury: JuryDep
) -> AssignmentPublic:
    """Each screened application to R jurors without conflicts, within their caps, for the most fit; run again
    after a juror dropped out: finished reviews stay."""
    return jury.assign(challenge, user, data.time_limit_s)


@router.get("/challenges/{challenge_id}/reviews", response_model=ReviewsPublic)
def list_reviews(challenge: ViewableChallenge, user: SignedInUser, jury: JuryDep) -> ReviewsPublic:
    """Who runs the challenge: every review with why it was assigned; a juror: their own."""
    rows = jury.reviews_of(challenge, user)
    return ReviewsPublic(data=[jury.review_public(r) for r in rows], count=len(rows))


@router.put("/reviews/{review_id}", response_model=ReviewPublic)
def submit_review(
    review: AssignedReview, user: SignedInUser, data: ReviewSubmit, jury: JuryDep
) -> ReviewPublic:
    """The assigned juror's marks (one per criterion) and comment."""
    return jury.review_public(jury.submit_review(review, user, data))


@router.post("/reviews/{review_id}/release", response_model=ReviewPublic)
def release_review(
    review: ReleasableReview, user: StaffUser, data: ReleaseRequest, jury: JuryDep
) -> ReviewPublic:
    """Show (or hide again) a finished review's comment to the applicant."""
    return jury.review_public(jury.release(review, user, data.released))


@router.get("/challenges/{challenge_id}/ranking", response_model=RankingPublic)
def ranking(
    challenge: ManagedChallenge,
    user: SignedInUser,
    jury: JuryDep,
    method: Annotated[RankingMethod | None, Query(description="mean, median or zscore.")] = None,
) -> RankingPublic:
    """The reviewed applications best first, with the jurors' range and disagreement."""
    return jury.ranking(challenge, user, method.value if method else None)


# --- shortlist and pitch day -----------------------------------------------------------------------------------


@router.post("/challenges/{challenge_id}/shortlist", response_model=ShortlistPublic)
def shortlist(
    challenge: ManagedChallenge, user: StaffUser, data: ShortlistRequest, round_: RoundDep
) -> ShortlistPublic:
    """Up to the pitch slots, at most `cap_per_applicant` challenges per applicant; the rest rejected, with why."""
    return round_.shortlist(challenge, user, data.together_with)


@router.post("/challenges/{challenge_id}/schedule", response_model=SchedulePublic)
def plan_schedule(
    challenge: ManagedChallenge, user: StaffUser, data: ScheduleRequest, round_: RoundDep
) -> SchedulePublic:
    """Plan the pitch day: rooms, slots, the jurors present; no juror in two rooms, no applicant twice at once."""
    return round_.schedule(challenge, user, data)


@router.get("/challenges/{challenge_id}/schedule", response_model=SchedulePublic)
def get_schedule(challenge: ViewableChallenge, user: SignedInUser, round_: RoundDep) -> SchedulePublic:
    return round_.schedule_public(challenge, user)


@router.get("/challenges/{challenge_id}/schedule.ics", response_class=Response, responses=ICS_ANSWER)
def schedule_calendar(challenge: ViewableChallenge, user: SignedInUser, round_: RoundDep) -> Response:
    """The pitch day as an iCalendar file."""
    return Response(
        round_.calendar(challenge, user),
        media_type=ICS,
        headers={"content-disposition": f'attachment; filename="pitch-day-{challenge.id}.ics"'},
    )
