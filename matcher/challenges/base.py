"""What every step of a challenge's round shares: the lookups, the state machines' one way of moving, the
names a viewer may read, and delivery to the inbox (the alerts' inbox; there is no second one).

`Matching` is what the challenges need of the matching side, by protocol: the recommender
(`matcher.recommendations.service.Recommender`) has both methods."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy.orm import Session

from matcher.alerts.service import AlertService
from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    Person,
    applicant_named,
    is_applicant,
    is_staff,
    owner_named,
    shown_name,
)
from matcher.challenges.models import Application, Challenge
from matcher.challenges.repository import (
    ApplicationRepository,
    ChallengeRepository,
    InvitationRepository,
    JurorRepository,
    PitchRepository,
    ReviewRepository,
)
from matcher.challenges.schemas import SHORTLISTED_OR_LATER
from matcher.engine.catalogue import anonymous_label
from matcher.errors import Conflict, NotFound
from matcher.profiles.models import Organisation
from matcher.profiles.repository import OrganisationRepository
from matcher.recommendations.interface import Matching
from matcher.recommendations.schemas import OrganisationSummary


class RoundBase:
    """The session and the repositories; the lookups each step makes."""

    def __init__(self, session: Session, matching: Matching | None = None, indexer: Any = None) -> None:
        self.session = session
        self.matching = matching
        self.indexer = indexer
        self.challenges = ChallengeRepository(session)
        self.invitations = InvitationRepository(session)
        self.applications = ApplicationRepository(session)
        self.jurors = JurorRepository(session)
        self.reviews = ReviewRepository(session)
        self.pitches = PitchRepository(session)
        self.orgs = OrganisationRepository(session)

    # --- lookups ---------------------------------------------------------------------------------------------

    def find_challenge(self, challenge_id: int) -> Challenge:
        challenge = self.challenges.get(challenge_id)
        if challenge is None:
            raise NotFound(f"challenge {challenge_id} does not exist")
        return challenge

    def find_application(self, application_id: int) -> Application:
        application = self.applications.get(application_id)
        if application is None:
            raise NotFound(f"application {application_id} does not exist")
        return application

    def is_juror(self, challenge: Challenge, user: User | Person | None) -> bool:
        return user is not None and self.jurors.of_user(challenge.id, user.id) is not None

    def assigned(self, application: Application, user: User | Person | None) -> bool:
        return user is not None and self.reviews.assigned(application.id, user.id) is not None

    def invited(self, challenge: Challenge, user: User | Person | None) -> bool:
        org_id = user.organisation_id if user is not None else None
        return org_id is not None and self.invitations.invited(challenge.id, org_id)

    def application_of(self, challenge: Challenge, user: User | Person | None) -> Application | None:
        org_id = user.organisation_id if user is not None else None
        return self.applications.of_organisation(challenge.id, org_id) if org_id is not None else None

    def require_managing(self, user: User | None) -> User:
        """Steps of the round only a manager takes (inviting, assigning, shortlisting, deciding, sending)."""
        if not is_staff(user):
            raise Forbidden("only managers run this step of a challenge's round")
        assert user is not None
        return user

    def require_status(self, challenge: Challenge, statuses: Sequence[str], doing: str) -> None:
        if challenge.status not in statuses:
            raise Conflict(
                f"{doing} needs the challenge {' or '.join(statuses)}; it is {challenge.status}",
                detail={"status": challenge.status, "allowed": list(statuses)},
            )

    # --- names -----------------------------------------------------------------------------------------------

    def summary(self, org: Organisation, named: bool, label: str | None = None) -> OrganisationSummary:
        """An organisation as a viewer may read it: its name when `named` (an anonymous profile still by its
        label, unless the viewer is staff or its member), else `label` or the anonymous label."""
        if not named:  # no id either: it would name the organisation through its public profile
            return OrganisationSummary(
                id=0,
                ref="",
                name=label or anonymous_label(org.kind, org.city),
                kind=org.kind,
                city=org.city if label is None else None,
                anonymous=True,
            )
        return OrganisationSummary(
            id=org.id, ref=org.ref, name=org.name, kind=org.kind, city=org.city, anonymous=False
        )

    def owner_summary(self, challenge: Challenge, user: User | Person | None) -> OrganisationSummary:
        mine = self.application_of(challenge, user)
        shortlisted = mine is not None and mine.announced_status in SHORTLISTED_OR_LATER
        named = owner_named(user, challenge, shortlisted=shortlisted, juror=self.is_juror(challenge, user))
        org = challenge.owner
        own = is_staff(user) or (user is not None and user.organisation_id == org.id)
        return self.summary(org, named and (own or org.visibility != "anonymous"))

    def applicant_summary(
        self, application: Application, challenge: Challenge, user: User | Person | None
    ) -> OrganisationSummary:
        org = application.organisation
        if not applicant_named(user, application, challenge):
            return self.summary(org, False, label=f"Applicant {application.id}")
        own = is_staff(user) or is_applicant(user, application)
        if org.visibility == "anonymous" and not own:
            return self.summary(org, False)
        return OrganisationSummary(
            id=org.id, ref=org.ref, name=shown_name(org, True), kind=org.kind, city=org.city, anonymous=False
        )

    # --- the inbox -------------------------------------------------------------------------------------------

    def tell(self, users: Iterable[User], subject: str, link: str, body: str = "") -> int:
        inbox = AlertService(self.session)
        told = 0
        for user in users:
            inbox.notify(user, subject, body, link)
            told += 1
        return told
