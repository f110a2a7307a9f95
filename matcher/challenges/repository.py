"""All SQL of corporate challenges."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, selectinload

from matcher.challenges.models import (
    Application,
    Challenge,
    Conflict,
    Invitation,
    Juror,
    PitchSession,
    Review,
)
from matcher.kit.repository import Repository
from matcher.profiles.models import Organisation


class ChallengeRepository(Repository[Challenge]):
    model = Challenge

    def list(
        self,
        *,
        statuses: Sequence[str] | None = None,
        visible_to_org: int | None = None,
        everything: bool = False,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Challenge], int]:
        """Challenges newest first. `everything`: all of them (managers); else the published public ones, and
        those of `visible_to_org`: its own (drafts included), those it was invited to and those it applied to."""
        query = select(Challenge)
        if statuses:
            query = query.where(Challenge.status.in_(statuses))
        if not everything:
            published = (Challenge.status != "draft") & (Challenge.visibility == "public")
            if visible_to_org is None:
                query = query.where(published)
            else:
                invited = select(Invitation.challenge_id).where(
                    Invitation.organisation_id == visible_to_org, Invitation.state == "invited"
                )
                applied = select(Application.challenge_id).where(
                    Application.organisation_id == visible_to_org
                )
                query = query.where(
                    or_(
                        published,
                        Challenge.owner_id == visible_to_org,
                        (Challenge.status != "draft") & Challenge.id.in_(invited),
                        (Challenge.status != "draft") & Challenge.id.in_(applied),
                    )
                )
        return self.paginate(query.order_by(Challenge.id.desc()), offset, limit)

    def all_of(self, ids: Iterable[int]) -> builtins.list[Challenge]:
        return list(
            self.session.scalars(select(Challenge).where(Challenge.id.in_(list(ids))).order_by(Challenge.id))
        )


class InvitationRepository(Repository[Invitation]):
    model = Invitation

    def of_challenge(
        self, challenge_id: int, states: Sequence[str] | None = None
    ) -> builtins.list[Invitation]:
        query = select(Invitation).where(Invitation.challenge_id == challenge_id)
        if states:
            query = query.where(Invitation.state.in_(states))
        return list(self.session.scalars(query.order_by(Invitation.score.desc(), Invitation.id)))

    def invited(self, challenge_id: int, org_id: int) -> bool:
        return (
            self.session.scalar(
                select(Invitation.id).where(
                    Invitation.challenge_id == challenge_id,
                    Invitation.organisation_id == org_id,
                    Invitation.state == "invited",
                )
            )
            is not None
        )


class ApplicationRepository(Repository[Application]):
    model = Application

    def of_challenge(
        self, challenge_id: int, statuses: Sequence[str] | None = None
    ) -> builtins.list[Application]:
        query = select(Application).where(Application.challenge_id == challenge_id)
        if statuses:
            query = query.where(Application.status.in_(statuses))
        return list(self.session.scalars(query.order_by(Application.id)))

    def of_challenges(
        self, challenge_ids: Iterable[int], statuses: Sequence[str]
    ) -> builtins.list[Application]:
        return list(
            self.session.scalars(
                select(Application)
                .where(Application.challenge_id.in_(list(challenge_ids)), Application.status.in_(statuses))
                .order_by(Application.id)
            )
        )

    def of_organisation(self, challenge_id: int, org_id: int) -> Application | None:
        return self.session.scalar(
            select(Application).where(
                Application.challenge_id == challenge_id, Application.organisation_id == org_id
            )
        )

    def of_applicants(self, org_ids: Iterable[int], statuses: Sequence[str]) -> builtins.list[Application]:
        """The applications of these organisations in `statuses`, in every challenge."""
        return list(
            self.session.scalars(
                select(Application).where(
                    Application.organisation_id.in_(list(org_ids)), Application.status.in_(statuses)
                )
            )
        )

    def applied(self, challenge_id: int, org_ids: Iterable[int]) -> set[int]:
        rows = self.session.scalars(
            select(Application.organisation_id).where(
                Application.challenge_id == challenge_id, Application.organisation_id.in_(list(org_ids))
            )
        )
        return set(rows)


class JurorRepository(Repository[Juror]):
    model = Juror

    def of_challenge(self, challenge_id: int, active_only: bool = False) -> builtins.list[Juror]:
        query = select(Juror).where(Juror.challenge_id == challenge_id).options(selectinload(Juror.conflicts))
        if active_only:
            query = query.where(Juror.active.is_(True))
        return list(self.session.scalars(query.order_by(Juror.id)))

    def of_user(self, challenge_id: int, user_id: int) -> Juror | None:
        return self.session.scalar(
            select(Juror).where(Juror.challenge_id == challenge_id, Juror.user_id == user_id)
        )

    def conflict(self, juror_id: int, application_id: int) -> Conflict | None:
        return self.session.scalar(
            select(Conflict).where(Conflict.juror_id == juror_id, Conflict.application_id == application_id)
        )


class ReviewRepository(Repository[Review]):
    model = Review

    def of_challenge(self, challenge_id: int) -> builtins.list[Review]:
        return list(
            self.session.scalars(
                select(Review)
                .join(Application, Application.id == Review.application_id)
                .where(Application.challenge_id == challenge_id)
                .order_by(Review.application_id, Review.juror_id)
            )
        )

    def of_application(self, application_id: int) -> builtins.list[Review]:
        return list(
            self.session.scalars(
                select(Review).where(Review.application_id == application_id).order_by(Review.id)
            )
        )

    def assigned(self, application_id: int, user_id: int) -> Review | None:
        """The review of `application_id` assigned to the juror who is `user_id` (active or not)."""
        return self.session.scalar(
            select(Review)
            .join(Juror, Juror.id == Review.juror_id)
            .where(Review.application_id == application_id, Juror.user_id == user_id)
        )

    def of_juror_user(self, challenge_id: int, user_id: int) -> builtins.list[Review]:
        return list(
            self.session.scalars(
                select(Review)
                .join(Juror, Juror.id == Review.juror_id)
                .where(Juror.challenge_id == challenge_id, Juror.user_id == user_id)
                .order_by(Review.application_id)
            )
        )

    def remove(self, reviews: Iterable[Review]) -> None:
        for review in reviews:
            self.session.delete(review)
        self.session.flush()


class PitchRepository(Repository[PitchSession]):
    model = PitchSession

    def of_challenge(self, challenge_id: int) -> builtins.list[PitchSession]:
        return list(
            self.session.scalars(
                select(PitchSession)
                .where(PitchSession.challenge_id == challenge_id)
                .order_by(PitchSession.starts_at, PitchSession.room)
            )
        )

    def of_challenges(self, challenge_ids: Iterable[int]) -> builtins.list[PitchSession]:
        return list(
            self.session.scalars(
                select(PitchSession)
                .where(PitchSession.challenge_id.in_(list(challenge_ids)))
                .order_by(PitchSession.starts_at, PitchSession.room)
            )
        )

    def clear(self, challenge_ids: Iterable[int]) -> None:
        self.session.execute(delete(PitchSession).where(PitchSession.challenge_id.in_(list(challenge_ids))))


def group_members(session: Session, group: str) -> set[int]:
    """The organisations of a corporate group."""
    return set(session.scalars(select(Organisation.id).where(Organisation.group == group)))


def groups_of(session: Session, org_ids: Iterable[int]) -> dict[int, str | None]:
    """Each organisation's corporate group (None when it has none)."""
    ids = list(org_ids)
    rows = session.execute(select(Organisation.id, Organisation.group).where(Organisation.id.in_(ids)))
    return {org_id: group for org_id, group in rows}
