"""An introduction as one viewer may see it: each side's name as this viewer may know it, who proposed and
acted by name, what this viewer may do next (`allowed`, from the service's state machine) and the history."""

from __future__ import annotations

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.repository import UserRepository
from matcher.introductions.access import Access
from matcher.introductions.models import Introduction
from matcher.introductions.schemas import EventPublic, IntroductionPublic, PartySummary
from matcher.profiles.repository import OrganisationRepository


def introduction_public(
    session: Session, intro: Introduction, viewer: User | None, allowed: list[str]
) -> IntroductionPublic:
    access = Access(session, viewer)
    users = UserRepository(session)
    orgs = OrganisationRepository(session)

    def party(org_id: int) -> PartySummary:
        org = orgs.get(org_id)
        assert org is not None
        return PartySummary(
            id=org.id,
            name=access.name_of(org),
            kind=org.kind,
            city=org.city,
            anonymous=org.visibility == "anonymous",
        )

    def who(user_id: int | None) -> str | None:
        found = users.get(user_id) if user_id is not None else None
        return (found.name or found.email) if found else None

    return IntroductionPublic(
        id=intro.id,
        status=intro.status,  # type: ignore[arg-type]
        organisation_a=party(intro.organisation_a_id),
        organisation_b=party(intro.organisation_b_id),
        opportunity_a_id=intro.opportunity_a_id,
        opportunity_b_id=intro.opportunity_b_id,
        message=intro.message,
        score=intro.score,
        reasons=intro.reasons or {},
        consent_a=intro.consent_a,
        consent_b=intro.consent_b,
        outcome_a=intro.outcome_a,
        outcome_b=intro.outcome_b,
        proposed_by=who(intro.proposed_by_id),
        allowed=allowed,
        created_at=intro.created_at,
        updated_at=intro.updated_at,
        history=[
            EventPublic(
                at=e.at,
                actor=who(e.actor_id),
                action=e.action,
                from_status=e.from_status,
                to_status=e.to_status,
                note=e.note,
            )
            for e in intro.events
        ],
    )
