"""Who may call a route, as typed dependencies: a handler names what it needs (`StaffUser`, `EditableOrg`) and
gets it only when the policies in `matcher.auth.policies` allow it (the challenges' guards: `ViewableChallenge`,
`ManagedChallenge`, `ViewableApplication`, `OwnApplication`, `AssignedReview`, `ReleasableReview`; the events':
`ViewableEvent`, `OrganisedEvent`, `ViewableMeetingRequest`, `ViewableMeeting`; the talent programmes':
`ViewableProgramme`, `ManagedProgramme`, `ViewableTalentParticipant`); otherwise the request ends in
401, 403 or the 404 of a hidden organisation before the handler runs. The rules themselves live in the
policies; this module only fetches what they decide on.

Dependencies run before the request body is validated, so a caller who may not act learns that (401, 403,
404) rather than what is wrong with the body (422)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends

from matcher.auth.models import User
from matcher.auth.policies import (
    editable,
    require_admin,
    require_staff,
    require_user,
)
from matcher.challenges.models import Application, Challenge, Review
from matcher.events.models import Event, Meeting, MeetingRequest
from matcher.profiles.models import Opportunity, Organisation
from matcher.talent.models import Programme, TalentParticipant
from matcher.web.api.params import IdPath
from matcher.web.deps import (
    ApiUserDep,
    ApplicationsDep,
    ChallengesDep,
    EventRequestsDep,
    EventScheduleDep,
    EventsDep,
    JuryDep,
    ProfilesDep,
    ProgrammesDep,
    TalentParticipantsDep,
)


def signed_in(user: ApiUserDep) -> User:
    return require_user(user)


def staff(user: ApiUserDep) -> User:
    return require_staff(user)


def admin(user: ApiUserDep) -> User:
    return require_admin(user)


SignedInUser = Annotated[User, Depends(signed_in)]
StaffUser = Annotated[User, Depends(staff)]
AdminUser = Annotated[User, Depends(admin)]


def editable_org(org_id: IdPath, profiles: ProfilesDep, user: SignedInUser) -> Organisation:
    """The organisation of the path, for one who may change it (signed in first: whether a hidden organisation
    exists is nobody else's business)."""
    org = profiles.get(org_id)
    editable(user, org, f"organisation {org_id} does not exist")
    return org


def editable_org_by_ref(ref: str, profiles: ProfilesDep, user: SignedInUser) -> Organisation:
    org = profiles.get_by_ref(ref)
    editable(user, org, f"no organisation has the ref {ref!r}")
    return org


def editable_opportunity(opp_id: IdPath, profiles: ProfilesDep, user: SignedInUser) -> Opportunity:
    opp = profiles.get_opportunity(opp_id)
    editable(user, opp.organisation, f"opportunity {opp_id} does not exist")
    return opp


EditableOrg = Annotated[Organisation, Depends(editable_org)]
EditableOrgByRef = Annotated[Organisation, Depends(editable_org_by_ref)]
EditableOpportunity = Annotated[Opportunity, Depends(editable_opportunity)]


# --- corporate challenges: each guard fetches the record and asks its service, which asks the policies ------


def viewable_challenge(challenge_id: IdPath, challenges: ChallengesDep, user: ApiUserDep) -> Challenge:
    """A challenge the caller may see (a draft or an invitation-only one is 404 to the others)."""
    return challenges.get(challenge_id, user)


def managed_challenge(challenge_id: IdPath, challenges: ChallengesDep, user: SignedInUser) -> Challenge:
    """A challenge the caller runs: a manager or a member of the owner."""
    return challenges.manage(challenge_id, user)


def viewable_application(
    application_id: IdPath, applications: ApplicationsDep, user: SignedInUser
) -> Application:
    """An application the caller may see: its applicant's, the challenge's managers', its assigned jurors'."""
    return applications.get(application_id, user)


def own_application(application_id: IdPath, applications: ApplicationsDep, user: SignedInUser) -> Application:
    """An application of the caller's own organisation."""
    return applications.own(application_id, user)


def assigned_review(review_id: IdPath, jury: JuryDep, user: SignedInUser) -> Review:
    """A review assigned to the caller: 403 to who runs its challenge, 404 to everybody else."""
    return jury.assigned_review(review_id, user)


def released_review(review_id: IdPath, jury: JuryDep, user: StaffUser) -> Review:
    """A review whose comment a manager releases or takes back."""
    return jury.get_review(review_id)


ViewableChallenge = Annotated[Challenge, Depends(viewable_challenge)]
ManagedChallenge = Annotated[Challenge, Depends(managed_challenge)]
ViewableApplication = Annotated[Application, Depends(viewable_application)]
OwnApplication = Annotated[Application, Depends(own_application)]
AssignedReview = Annotated[Review, Depends(assigned_review)]
ReleasableReview = Annotated[Review, Depends(released_review)]


# --- event matchmaking ---------------------------------------------------------------------------------------


def viewable_event(event_id: IdPath, events: EventsDep, user: ApiUserDep) -> Event:
    """An event the caller may see (a draft is 404 to all but its organisers and participants)."""
    return events.get(event_id, user)


def organised_event(event_id: IdPath, events: EventsDep, user: SignedInUser) -> Event:
    """An event the caller organises: a manager or a member of the organising organisation."""
    return events.organise(event_id, user)


def viewable_meeting_request(
    request_id: IdPath, requests: EventRequestsDep, user: SignedInUser
) -> MeetingRequest:
    """A meeting request the caller sent, received or organises."""
    return requests.get(request_id, user)


def viewable_meeting(meeting_id: IdPath, schedule: EventScheduleDep, user: SignedInUser) -> Meeting:
    """A meeting the caller is in (once the schedule is final) or organises."""
    return schedule.get_meeting(meeting_id, user)


ViewableEvent = Annotated[Event, Depends(viewable_event)]
OrganisedEvent = Annotated[Event, Depends(organised_event)]
ViewableMeetingRequest = Annotated[MeetingRequest, Depends(viewable_meeting_request)]
ViewableMeeting = Annotated[Meeting, Depends(viewable_meeting)]


# --- talent projects -----------------------------------------------------------------------------------------


def viewable_programme(programme_id: IdPath, programmes: ProgrammesDep, user: ApiUserDep) -> Programme:
    """A programme the caller may see (a draft is 404 to all but who runs it, its hosts and participants)."""
    return programmes.get(programme_id, user)


def managed_programme(programme_id: IdPath, programmes: ProgrammesDep, user: SignedInUser) -> Programme:
    """A programme the caller runs: a manager or a member of the owner (403 to who sees it, else 404)."""
    return programmes.run(programme_id, user)


def viewable_talent_participant(
    participant_id: IdPath,
    user: SignedInUser,
    programme: Annotated[Programme, Depends(viewable_programme)],
    participants: TalentParticipantsDep,
) -> TalentParticipant:
    """A participant the caller may see: who runs the programme, the participant, their host once published;
    404 to everybody else (a participant is never public)."""
    return participants.get(programme, participant_id, user)


ViewableProgramme = Annotated[Programme, Depends(viewable_programme)]
ManagedProgramme = Annotated[Programme, Depends(managed_programme)]
ViewableTalentParticipant = Annotated[TalentParticipant, Depends(viewable_talent_participant)]
