"""The jury and its reviews: jurors with a load cap and their declared conflicts; the assignment of each
application to R jurors (`assignment.assign_reviewers`: conflicts as hard exclusions, caps, the most total
fit between the juror's expertise and the application), stored with why; re-solving when a juror drops out
keeps the finished reviews; one mark per criterion and a comment per review; the ranking
(`scoring.rank_applications`: mean, median or per-juror z-scores, with the jurors' range)."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    NotAuthenticated,
    is_staff,
    managed_challenge,
    may_manage_challenge,
    sees_reviews,
)
from matcher.auth.repository import UserRepository
from matcher.challenges.assignment import Reviewer, assign_reviewers, find_conflicts
from matcher.challenges.base import RoundBase
from matcher.challenges.models import Application, Challenge, Conflict, Juror, Review
from matcher.challenges.repository import groups_of
from matcher.challenges.review_schemas import (
    AssignmentPublic,
    ConflictCreate,
    ConflictPublic,
    JurorCreate,
    JurorPublic,
    JurorUpdate,
    RankedPublic,
    RankingPublic,
    ReviewPublic,
    ReviewSubmit,
)
from matcher.challenges.scoring import RankedApplication, Score, rank_applications
from matcher.errors import Conflict as Refused
from matcher.errors import InvalidInput, NotFound
from matcher.introductions.repository import IntroductionRepository
from matcher.profiles.repository import CooperationRepository

# Applications that go to review, and those ranked (a decision does not take them out of the ranking).
UNDER_REVIEW = ("screened",)
RANKED = ("screened", "shortlisted", "invited_to_pitch", "won", "not_selected")


def application_text(application: Application) -> str:
    return " ".join(t for t in (application.summary, application.approach, application.why_us) if t)


class JuryService(RoundBase):
    # --- jurors ------------------------------------------------------------------------------------------------

    def jurors_of(self, challenge: Challenge, viewer: User | None) -> builtins.list[Juror]:
        managed_challenge(viewer, challenge, f"challenge {challenge.id} does not exist", juror=True)
        return self.jurors.of_challenge(challenge.id)

    def get_juror(self, challenge: Challenge, juror_id: int) -> Juror:
        juror = self.jurors.get(juror_id)
        if juror is None or juror.challenge_id != challenge.id:
            raise NotFound(f"juror {juror_id} of challenge {challenge.id} does not exist")
        return juror

    def candidates(self, challenge: Challenge) -> builtins.list[User]:
        """Who may join the jury and is not on it yet: the owner's members and the agency's staff (the pages'
        choice of jurors)."""
        users = UserRepository(self.session)
        on_jury = {j.user_id for j in self.jurors.of_challenge(challenge.id)}
        found = {u.id: u for u in [*users.members_of([challenge.owner_id]), *users.managers()]}
        return sorted((u for u in found.values() if u.id not in on_jury), key=lambda u: u.email)

    def add_juror(self, challenge: Challenge, viewer: User | None, data: JurorCreate) -> Juror:
        """A manager puts a user on the jury: a member of the owner or one of the agency's staff."""
        self.require_managing(viewer)
        user = UserRepository(self.session).get(data.user_id)
        if user is None or not user.active:
            raise InvalidInput(
                f"user {data.user_id} does not exist", detail=[{"field": "user_id", "message": "unknown"}]
            )
        if not is_staff(user) and user.organisation_id != challenge.owner_id:
            raise InvalidInput(
                "jurors are the owner's members or the agency's staff",
                detail=[{"field": "user_id", "message": "neither the owner's member nor staff"}],
            )
        if self.jurors.of_user(challenge.id, user.id) is not None:
            raise Refused(
                f"user {user.id} is already on this jury",
                detail=[{"field": "user_id", "message": "on the jury"}],
            )
        juror = Juror(challenge_id=challenge.id, user_id=user.id, cap=data.cap, expertise=data.expertise)
        juror.conflicts = []
        return self.jurors.add(juror)

    def update_juror(self, juror: Juror, viewer: User | None, data: JurorUpdate) -> Juror:
        """Change the cap or the expertise, or take a juror off (`active` false: they dropped out; assign
        again to hand their unfinished reviews to the others)."""
        self.require_managing(viewer)
        for field, value in data.model_dump(exclude_unset=True).items():
            if value is not None:
                setattr(juror, field, value)
        self.session.flush()
        return juror

    def declare_conflict(self, juror: Juror, viewer: User | None, data: ConflictCreate) -> Conflict:
        """The juror (or a manager for them) declares a conflict with one application and why; the next
        assignment never gives them that application."""
        if viewer is None:
            raise NotAuthenticated("log in first: this needs a user")
        if viewer.id != juror.user_id and not is_staff(viewer):
            raise Forbidden("jurors declare their own conflicts (or a manager for them)")
        application = self.applications.get(data.application_id)
        if application is None or application.challenge_id != juror.challenge_id:
            raise InvalidInput(
                f"application {data.application_id} is not one of this challenge's",
                detail=[{"field": "application_id", "message": "not of this challenge"}],
            )
        if self.jurors.conflict(juror.id, application.id) is not None:
            raise Refused(
                "this conflict is already declared",
                detail=[{"field": "application_id", "message": "declared"}],
            )
        conflict = Conflict(application_id=application.id, reason=data.reason)
        juror.conflicts.append(conflict)
        self.session.flush()
        return conflict

    def juror_public(self, juror: Juror) -> JurorPublic:
        user = UserRepository(self.session).get(juror.user_id)
        load = sum(1 for r in self.reviews.of_juror_user(juror.challenge_id, juror.user_id))
        return JurorPublic(
            id=juror.id,
            challenge_id=juror.challenge_id,
            user_id=juror.user_id,
            name=(user.name or user.email) if user else "?",
            organisation_id=user.organisation_id if user else None,
            cap=juror.cap,
            expertise=juror.expertise,
            active=juror.active,
            load=load,
            conflicts=[
                ConflictPublic(application_id=c.application_id, reason=c.reason) for c in juror.conflicts
            ],
        )

    # --- the assignment ----------------------------------------------------------------------------------------

    def assign(
        self, challenge: Challenge, viewer: User | None, time_limit_s: float = 10.0
    ) -> AssignmentPublic:
        """Assign every screened application `reviews_per_application` active jurors, without conflicts and
        within their caps, for the most total fit; the finished reviews stay (also a dropped-out juror's),
        unfinished ones go where the new solution puts them. A closed challenge moves to reviewing."""
        self.require_managing(viewer)
        self.require_status(challenge, ("closed", "reviewing"), "assigning reviewers")
        if self.matching is None:
            raise InvalidInput("the matching engine is not loaded: the assignment needs the encoder")
        apps = self.applications.of_challenge(challenge.id, UNDER_REVIEW)
        jurors = self.jurors.of_challenge(challenge.id)
        active = [j for j in jurors if j.active]
        if not active:
            raise Refused(
                "the jury has no active juror: add jurors first", detail={"status": challenge.status}
            )
        users = {j.id: UserRepository(self.session).get(j.user_id) for j in jurors}
        existing = {(r.application_id, r.juror_id): r for r in self.reviews.of_challenge(challenge.id)}
        app_ids = {a.id for a in apps}
        finished = {pair for pair, r in existing.items() if r.submitted_at is not None and pair[0] in app_ids}

        juror_orgs = {j.id: _org_of(users[j.id]) for j in active}
        applicants = {a.id: a.organisation_id for a in apps}
        org_ids = {*applicants.values(), *(o for o in juror_orgs.values() if o is not None)}
        cooperations = [frozenset(p) for p in CooperationRepository(self.session).pairs()]
        declined = IntroductionRepository(self.session).partners_with_status(list(org_ids), ["declined"])
        declared = {
            (c.application_id, j.id): c.reason
            for j in active
            for c in j.conflicts
            if c.application_id in app_ids
        }
        conflicts = find_conflicts(
            applicants,
            juror_orgs,
            groups_of(self.session, org_ids),
            cooperations,
            [frozenset((a, b)) for a, partners in declined.items() for b in partners],
            declared,
        )
        conflicts = {pair: why for pair, why in conflicts.items() if pair not in finished}
        fit = self._fit(apps, active, users)
        result = assign_reviewers(
            [a.id for a in apps],
            [Reviewer(j.id, j.cap) for j in active],
            fit,
            conflicts,
            per_application=challenge.reviews_per_application,
            keep=finished,
            time_limit_s=time_limit_s,
            kept_reasons={pair: "review finished" for pair in finished},
        )
        chosen = {(r.application_id, r.juror_id): r for r in result.reviews}
        self.reviews.remove(
            r for pair, r in existing.items() if r.submitted_at is None and pair not in chosen
        )
        stored = []
        for pair, assigned in chosen.items():
            review = existing.get(pair)
            if review is None:
                review = self.reviews.add(Review(application_id=pair[0], juror_id=pair[1]))
            review.fit = round(float(assigned.fit), 4)
            review.reason = assigned.reason
            stored.append(review)
        if challenge.status == "closed":
            challenge.status = "reviewing"
        self.session.flush()
        return AssignmentPublic(
            reviews=[
                self.review_public(r) for r in sorted(stored, key=lambda r: (r.application_id, r.juror_id))
            ],
            total_fit=round(result.total_fit, 4),
            bound=round(result.bound, 4),
            optimal=result.optimal,
            short=dict(result.short),
            excluded=[
                {"application_id": a, "juror_id": j, "reason": why}
                for (a, j), why in sorted(result.excluded.items())
            ],
            share_at_cap=round(result.share_at_cap([Reviewer(j.id, j.cap) for j in active]), 4),
        )

    def _fit(
        self, apps: builtins.list[Application], jurors: builtins.list[Juror], users: dict[int, User | None]
    ) -> dict[tuple[int, int], float]:
        """The cosine between each juror's expertise (their own words, else their organisation's description)
        and each application's text, by the encoder behind the recommender."""
        if not apps or self.matching is None:
            return {}
        expertise = []
        for juror in jurors:
            text = juror.expertise.strip()
            user = users.get(juror.id)
            if not text and user is not None and user.organisation_id is not None:
                org = self.orgs.get(user.organisation_id)
                text = org.description.strip() if org is not None else ""
            expertise.append(text or "general innovation expertise")
        texts = [application_text(a) or a.challenge.title for a in apps]
        similarity = self.matching.similarities(expertise, texts)
        return {
            (app.id, juror.id): float(similarity[j, i])
            for j, juror in enumerate(jurors)
            for i, app in enumerate(apps)
        }

    # --- reviews -----------------------------------------------------------------------------------------------

    def reviews_of(self, challenge: Challenge, viewer: User | None) -> builtins.list[Review]:
        """Managers see every review; a juror their own; anyone else none (403)."""
        if sees_reviews(viewer):
            return self.reviews.of_challenge(challenge.id)
        if viewer is not None and self.is_juror(challenge, viewer):
            return self.reviews.of_juror_user(challenge.id, viewer.id)
        raise Forbidden("reviews are for managers and, each their own, the jurors")

    def get_review(self, review_id: int) -> Review:
        review = self.reviews.get(review_id)
        if review is None:
            raise NotFound(f"review {review_id} does not exist")
        return review

    def assigned_review(self, review_id: int, viewer: User | None) -> Review:
        """A review assigned to the viewer: 403 to who runs its challenge, 404 to everybody else (the pages'
        lookup; the API's guard `AssignedReview` asks the same)."""
        review = self.get_review(review_id)
        if viewer is not None and review.juror.user_id == viewer.id:
            return review
        if viewer is None:
            raise NotAuthenticated("log in first: this needs a user")
        if may_manage_challenge(viewer, self.find_challenge(review.juror.challenge_id)):
            raise Forbidden("only the assigned juror gives this review")
        raise NotFound(f"review {review_id} does not exist")

    def submit_review(self, review: Review, viewer: User | None, data: ReviewSubmit) -> Review:
        """The assigned juror gives one mark per criterion and a comment, while the challenge is reviewing (a
        later submission replaces the earlier)."""
        juror = review.juror
        if viewer is None or viewer.id != juror.user_id:
            raise Forbidden("only the assigned juror reviews")
        challenge = self.find_challenge(juror.challenge_id)
        self.require_status(challenge, ("reviewing",), "reviewing")
        if not juror.active:
            raise Refused(
                "you left this jury: your unfinished reviews go to others", detail={"status": "inactive"}
            )
        names = [c["name"] for c in challenge.criteria]
        missing = [n for n in names if n not in data.marks]
        unknown = [n for n in data.marks if n not in names]
        if missing or unknown:
            raise InvalidInput(
                f"give one mark per criterion ({', '.join(names)})",
                detail=[{"field": f"marks.{n}", "message": "missing"} for n in missing]
                + [{"field": f"marks.{n}", "message": "not a criterion"} for n in unknown],
            )
        review.marks = {n: float(data.marks[n]) for n in names}
        review.comment = data.comment
        review.submitted_at = datetime.now(UTC)
        self.session.flush()
        return review

    def release(self, review: Review, viewer: User | None, released: bool = True) -> Review:
        """A manager releases a finished review's comment to the applicant (or takes it back)."""
        self.require_managing(viewer)
        if review.submitted_at is None:
            raise Refused("only a finished review's comment can be released", detail={"status": "unfinished"})
        review.released = released
        self.session.flush()
        return review

    def review_public(self, review: Review) -> ReviewPublic:
        return ReviewPublic(
            id=review.id,
            application_id=review.application_id,
            juror_id=review.juror_id,
            fit=review.fit,
            reason=review.reason,
            marks=dict(review.marks),
            comment=review.comment,
            released=review.released,
            submitted=review.submitted_at is not None,
            submitted_at=review.submitted_at,
        )

    # --- the ranking -------------------------------------------------------------------------------------------

    def ranking(self, challenge: Challenge, viewer: User | None, method: str | None = None) -> RankingPublic:
        """The reviewed applications best first by the weighted criteria, under `method` (the challenge's own
        by default), with the jurors' range (`low`, `high`) and their disagreement."""
        managed_challenge(viewer, challenge, f"challenge {challenge.id} does not exist", juror=True)
        chosen = method or challenge.ranking_method
        ranked = self.rank(challenge, chosen)
        apps = {a.id: a for a in self.applications.of_challenge(challenge.id, RANKED)}
        data = [
            RankedPublic(
                application_id=r.application_id,
                organisation=self.applicant_summary(apps[r.application_id], challenge, viewer),
                score=round(r.score, 4),
                low=round(r.low, 4),
                high=round(r.high, 4),
                reviews=r.reviews,
                disagreement=round(r.disagreement, 4),
                rank=r.rank,
            )
            for r in ranked
        ]
        return RankingPublic(method=chosen, data=data, count=len(data))  # type: ignore[arg-type]

    def rank(self, challenge: Challenge, method: str) -> builtins.list[RankedApplication]:
        """`scoring.rank_applications` over the finished reviews of the ranked applications."""
        apps = {a.id for a in self.applications.of_challenge(challenge.id, RANKED)}
        scores = [
            Score(r.application_id, r.juror_id, r.marks)
            for r in self.reviews.of_challenge(challenge.id)
            if r.submitted_at is not None and r.application_id in apps
        ]
        weights = {c["name"]: float(c["weight"]) for c in challenge.criteria}
        return rank_applications(scores, weights, method)  # type: ignore[arg-type]


def _org_of(user: User | None) -> int | None:
    return user.organisation_id if user is not None else None
