"""Challenges themselves: create, change, list, show one as a viewer may see it, move it through its states
(draft -> open -> closed -> reviewing -> decided -> archived) and report on its round.

The other steps of the round have a module each: `invitations.py` (the engine proposes whom to invite, a
manager approves), `applications.py` (apply, submit, screen, decide, send the decisions, the outcome),
`reviews.py` (the jury, conflicts, reviewer assignment, reviews, the ranking) and `round.py` (shortlist and
pitch day). Services never commit; the caller's unit of work does.
"""

from __future__ import annotations

import builtins
import statistics
from datetime import UTC, datetime
from typing import Any

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_staff,
    managed_challenge,
    may_manage_challenge,
    require_user,
    viewable_challenge,
)
from matcher.challenges.base import RoundBase
from matcher.challenges.models import Challenge
from matcher.challenges.review_schemas import (
    ChallengeReport,
)
from matcher.challenges.schemas import (
    CHALLENGE_TRANSITIONS,
    DECISIONS,
    SHORTLISTED_OR_LATER,
    ChallengeCreate,
    ChallengePublic,
    ChallengeUpdate,
    Criterion,
)
from matcher.errors import InvalidInput, refuse_move
from matcher.profiles.changes import plain

OWNER_KINDS = ("company", "public_body")


class ChallengeService(RoundBase):
    """A challenge's own life. `get` and `manage` are what the web layer's guards ask."""

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, challenge_id: int, viewer: User | None) -> Challenge:
        """A challenge the viewer may see (hidden means 404: `policies.may_see_challenge`)."""
        challenge = self.find_challenge(challenge_id)
        viewable_challenge(
            viewer,
            challenge,
            f"challenge {challenge_id} does not exist",
            invited=self.invited(challenge, viewer),
            applied=self.application_of(challenge, viewer) is not None,
        )
        return challenge

    def manage(self, challenge_id: int, viewer: User | None) -> Challenge:
        """A challenge the viewer manages (a manager, or a member of the owner); 403 to its jurors and to
        whoever may see it, 404 to the others."""
        challenge = self.find_challenge(challenge_id)
        managed_challenge(
            viewer,
            challenge,
            f"challenge {challenge_id} does not exist",
            juror=self.is_juror(challenge, viewer)
            or self.invited(challenge, viewer)
            or self.application_of(challenge, viewer) is not None,
        )
        return challenge

    def list(
        self,
        viewer: User | None,
        statuses: builtins.list[str] | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Challenge], int]:
        """Managers see every challenge; members the published public ones, their own, and those they were
        invited to or applied to; visitors the published public ones."""
        return self.challenges.list(
            statuses=statuses,
            everything=is_staff(viewer),
            visible_to_org=viewer.organisation_id if viewer is not None else None,
            offset=offset,
            limit=limit,
        )

    def allowed(self, challenge: Challenge, viewer: User | None) -> builtins.list[str]:
        if not may_manage_challenge(viewer, challenge):
            return []
        return list(CHALLENGE_TRANSITIONS[challenge.status])

    def public(self, challenge: Challenge, viewer: User | None) -> ChallengePublic:
        return ChallengePublic(
            id=challenge.id,
            owner=self.owner_summary(challenge, viewer),
            title=challenge.title,
            problem=challenge.problem,
            solutions_of_interest=challenge.solutions_of_interest,
            requirements=list(challenge.requirements),
            offer=challenge.offer,
            trl_min=challenge.trl_min,
            applicant_kinds=list(challenge.applicant_kinds),
            regions=list(challenge.regions),
            language=challenge.language,
            deadline=challenge.deadline,
            pitch_slots=challenge.pitch_slots,
            criteria=[Criterion(**c) for c in challenge.criteria],
            status=challenge.status,  # type: ignore[arg-type]
            visibility=challenge.visibility,  # type: ignore[arg-type]
            owner_anonymous=challenge.owner_anonymous,
            blind_review=challenge.blind_review,
            reviews_per_application=challenge.reviews_per_application,
            cap_per_applicant=challenge.cap_per_applicant,
            ranking_method=challenge.ranking_method,  # type: ignore[arg-type]
            allowed=self.allowed(challenge, viewer),
            created_at=challenge.created_at,
            updated_at=challenge.updated_at,
        )

    # --- writing ---------------------------------------------------------------------------------------------

    def create(self, viewer: User | None, data: ChallengeCreate) -> Challenge:
        """A manager creates a challenge for any company or public body (`owner_id`); a member of one creates
        it for their own organisation. It starts as a draft only its managers see."""
        user = require_user(viewer)
        owner_id = data.owner_id if data.owner_id is not None else user.organisation_id
        if owner_id is None:
            raise InvalidInput(
                "say whose challenge it is: `owner_id`, a company or a public body",
                detail=[{"field": "owner_id", "message": "required"}],
            )
        if not is_staff(user) and owner_id != user.organisation_id:
            raise Forbidden("members create challenges for their own organisation only")
        owner = self.orgs.get(owner_id)
        if owner is None or (owner.visibility == "hidden" and not is_staff(user)):
            raise InvalidInput(
                f"organisation {owner_id} does not exist",
                detail=[{"field": "owner_id", "message": "unknown"}],
            )
        if owner.kind not in OWNER_KINDS:
            raise InvalidInput(
                f"challenges are tendered by companies and public bodies; {owner.name} is {owner.kind or 'of no kind'}",
                detail=[{"field": "owner_id", "message": "not a company or public body"}],
            )
        values = self._values(data.model_dump(exclude={"owner_id"}))
        challenge = Challenge(owner_id=owner.id, created_by_id=user.id, status="draft", **values)
        challenge.owner = owner
        return self.challenges.add(challenge)

    def update(self, challenge: Challenge, viewer: User | None, data: ChallengeUpdate) -> Challenge:
        """Change what is sent. Once reviewing has begun the criteria, the jury size and the blind setting
        stay as they are: the reviews were given under them."""
        managed_challenge(viewer, challenge, f"challenge {challenge.id} does not exist")
        values = self._values(data.model_dump(exclude_unset=True))
        frozen = {"criteria", "reviews_per_application", "blind_review"} & set(values)
        if frozen and challenge.status in ("reviewing", "decided", "archived"):
            raise InvalidInput(
                f"{', '.join(sorted(frozen))} cannot change once reviewing has begun",
                detail=[{"field": f, "message": "fixed since reviewing began"} for f in sorted(frozen)],
            )
        if challenge.status == "archived":
            raise refuse_move("challenge", "archived", "changed", [], "an archived challenge stays as it is")
        for field, value in values.items():
            if value is None and field not in ("trl_min", "deadline"):
                continue  # a required field sent as null keeps its value
            setattr(challenge, field, value)
        challenge.updated_at = datetime.now(UTC)
        self.session.flush()
        return challenge

    @staticmethod
    def _values(raw: dict[str, Any]) -> dict[str, Any]:
        values = {k: plain(v) for k, v in raw.items()}
        if "criteria" in values and values["criteria"] is not None:
            values["criteria"] = [{"name": c["name"], "weight": float(c["weight"])} for c in raw["criteria"]]
        for field in ("problem", "solutions_of_interest", "offer", "requirements", "regions"):
            if field in values and values[field] is None:
                values[field] = [] if field in ("requirements", "regions") else ""
        return values

    def transition(self, challenge: Challenge, viewer: User | None, to: str, note: str = "") -> Challenge:
        """Move the challenge; a 409 names what is allowed from here. Opening needs a problem statement and
        a deadline not in the past; deciding needs every pitch decided."""
        managed_challenge(viewer, challenge, f"challenge {challenge.id} does not exist")
        allowed = CHALLENGE_TRANSITIONS[challenge.status]
        if to not in allowed:
            raise refuse_move("challenge", challenge.status, to, allowed)
        if to == "open":
            missing = [f for f in ("problem",) if not getattr(challenge, f).strip()]
            if missing:
                raise InvalidInput(
                    "a challenge opens with its problem statement: write `problem` first",
                    detail=[{"field": f, "message": "required to open"} for f in missing],
                )
            if challenge.deadline is not None and challenge.deadline < datetime.now(UTC).date():
                raise InvalidInput(
                    f"the deadline {challenge.deadline} has passed: move it before opening",
                    detail=[{"field": "deadline", "message": "in the past"}],
                )
            challenge.opened_at = challenge.opened_at or datetime.now(UTC)
        if to == "decided":
            waiting = self.applications.of_challenge(challenge.id, ["invited_to_pitch"])
            if waiting:
                raise refuse_move(
                    "challenge",
                    challenge.status,
                    to,
                    [],
                    f"{len(waiting)} pitches wait for a decision (won or not_selected)",
                )
            challenge.decided_at = datetime.now(UTC)
        challenge.status = to
        challenge.updated_at = datetime.now(UTC)
        self.session.flush()
        return challenge

    # --- the report ------------------------------------------------------------------------------------------

    def report(self, challenge: Challenge) -> ChallengeReport:
        """The round in numbers: applications by status, invited against unsolicited, shortlisted, won, and
        the median days from submission to the decision sent."""
        apps = [a for a in self.applications.of_challenge(challenge.id) if a.status != "draft"]
        by_status: dict[str, int] = {}
        for app in apps:
            by_status[app.status] = by_status.get(app.status, 0) + 1
        invited = self.invitations.of_challenge(challenge.id, ["invited"])
        days = [
            (app.announced_at - app.submitted_at).total_seconds() / 86400
            for app in apps
            if app.submitted_at is not None
            and app.announced_at is not None
            and app.announced_status in DECISIONS
        ]
        return ChallengeReport(
            challenge_id=challenge.id,
            status=challenge.status,  # type: ignore[arg-type]
            applications=len(apps),
            by_status=by_status,
            invited=len(invited),
            invited_applied=sum(1 for a in apps if a.invited),
            unsolicited=sum(1 for a in apps if not a.invited),
            shortlisted=sum(1 for a in apps if a.status in SHORTLISTED_OR_LATER),
            won=by_status.get("won", 0),
            median_days_to_decision=round(statistics.median(days), 2) if days else None,
        )
