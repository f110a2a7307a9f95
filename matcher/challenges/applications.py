"""Applications: an organisation applies (a draft), submits (the engine's fit is computed then), withdraws;
screeners tick the must-have checklist; managers decide (shortlisted, rejected, invited to pitch, won, not
selected), and the decisions wait until "send decisions" tells every applicant at once; a winner's pilot
becomes an introduction in the existing pipeline, and a cooperation once agreed.

draft -> submitted -> screened -> shortlisted | rejected -> invited_to_pitch -> won | not_selected, and
withdrawn by the applicant on the way (`schemas.APPLICATION_TRANSITIONS`)."""

from __future__ import annotations

import builtins
import re
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_applicant,
    is_staff,
    may_manage_challenge,
    may_see_application,
    own_application,
    require_user,
    sees_reviews,
    viewable_application,
)
from matcher.challenges.base import RoundBase
from matcher.challenges.invitations import challenge_texts
from matcher.challenges.models import Application, Challenge
from matcher.challenges.schemas import (
    APPLICATION_TRANSITIONS,
    ApplicationCreate,
    ApplicationPublic,
    ApplicationUpdate,
    FeedbackPublic,
    RequirementFit,
    Screening,
)
from matcher.errors import Conflict, InvalidInput, refuse_move
from matcher.profiles.changes import plain

PROPOSAL_FIELDS = ("summary", "approach", "why_us", "stage", "trl", "references", "attachments")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentences(*texts: str) -> builtins.list[str]:
    """The sentences of a proposal, each at most 400 characters."""
    found = []
    for text in texts:
        for part in _SENTENCE_END.split(text or ""):
            part = part.strip()
            if len(part) >= 3:
                found.append(part[:400])
    return found


class ApplicationService(RoundBase):
    """The applicant's steps and the screening; the managers' decisions are `decisions.DecisionService`'s."""

    # --- reading ---------------------------------------------------------------------------------------------

    def get(self, application_id: int, viewer: User | None) -> Application:
        """An application the viewer may see (`policies.may_see_application`; hidden means 404)."""
        application = self.find_application(application_id)
        viewable_application(
            viewer,
            application,
            application.challenge,
            self.assigned(application, viewer),
            f"application {application_id} does not exist",
        )
        return application

    def own(self, application_id: int, viewer: User | None) -> Application:
        """An application of the viewer's organisation (403 to others who may see it, 404 to the rest)."""
        application = self.find_application(application_id)
        own_application(
            viewer, application, application.challenge, f"application {application_id} does not exist"
        )
        return application

    def list(self, challenge: Challenge, viewer: User | None) -> builtins.list[Application]:
        """Who runs the challenge: every submitted application; a juror: those assigned to them; an applicant:
        their own."""
        user = require_user(viewer)
        assigned = {r.application_id for r in self.reviews.of_juror_user(challenge.id, user.id)}
        return [
            a
            for a in self.applications.of_challenge(challenge.id)
            if may_see_application(user, a, challenge, a.id in assigned)
        ]

    def allowed(self, application: Application, viewer: User | None) -> builtins.list[str]:
        nexts = APPLICATION_TRANSITIONS[application.status]
        if is_staff(viewer):
            return [s for s in nexts if s not in ("submitted", "withdrawn")]
        if is_applicant(viewer, application):
            return [s for s in nexts if s in ("submitted", "withdrawn")]
        return []

    def public(self, application: Application, viewer: User | None) -> ApplicationPublic:
        """The application as this viewer may see it: managers see the real status, the queue of decisions,
        the checklist and the engine's fit; the applicant what they were told and the released comments."""
        challenge = application.challenge
        manages = is_staff(viewer)
        reviewer = self.assigned(application, viewer)
        inside = manages or reviewer
        feedback = []
        if is_applicant(viewer, application) and not sees_reviews(viewer):
            feedback = [
                FeedbackPublic(comment=r.comment)
                for r in self.reviews.of_application(application.id)
                if r.released and r.comment and r.submitted_at is not None
            ]
        hosts = may_manage_challenge(viewer, challenge)
        status = application.status if inside or hosts else application.announced_status
        return ApplicationPublic(
            id=application.id,
            challenge_id=application.challenge_id,
            organisation=self.applicant_summary(application, challenge, viewer),
            status=status,  # type: ignore[arg-type]
            internal_status=application.status if manages else None,  # type: ignore[arg-type]
            decision_queued=(application.status != application.announced_status) if manages else None,
            summary=application.summary,
            approach=application.approach,
            why_us=application.why_us,
            stage=application.stage,
            trl=application.trl,
            references=application.references,
            attachments=list(application.attachments),
            invited=application.invited,
            checklist=dict(application.checklist) if inside else None,
            fit_score=application.fit_score if inside else None,
            fit_explanation=[RequirementFit(**f) for f in application.fit_explanation] if inside else None,
            feedback=feedback,
            introduction_id=application.introduction_id if manages else None,
            allowed=self.allowed(application, viewer),
            submitted_at=application.submitted_at,
            created_at=application.created_at,
            updated_at=application.updated_at,
        )

    # --- the applicant's side ----------------------------------------------------------------------------------

    def apply(self, challenge: Challenge, viewer: User | None, data: ApplicationCreate) -> Application:
        """A member applies for their organisation (a manager names `organisation_id`): a draft, while the
        challenge is open, for the kinds it seeks; an invitation-only challenge takes the invited only."""
        user = require_user(viewer)
        org_id = data.organisation_id if data.organisation_id is not None else user.organisation_id
        if org_id is None:
            raise InvalidInput(
                "say which organisation applies: `organisation_id`",
                detail=[{"field": "organisation_id", "message": "required"}],
            )
        if not is_staff(user) and org_id != user.organisation_id:
            raise Forbidden("members apply for their own organisation only")
        org = self.orgs.get(org_id)
        if org is None:
            raise InvalidInput(
                f"organisation {org_id} does not exist",
                detail=[{"field": "organisation_id", "message": "unknown"}],
            )
        self.require_status(challenge, ("open",), "applying")
        if org.id == challenge.owner_id:
            raise InvalidInput(
                "an owner does not apply to its own challenge",
                detail=[{"field": "organisation_id", "message": "the owner"}],
            )
        if challenge.applicant_kinds and org.kind not in challenge.applicant_kinds:
            raise InvalidInput(
                f"this challenge seeks {', '.join(challenge.applicant_kinds)}; "
                f"{org.name} is {org.kind or 'of no kind'}",
                detail=[{"field": "organisation_id", "message": "kind not sought"}],
            )
        invited = self.invitations.invited(challenge.id, org.id)
        if challenge.visibility == "invitation" and not invited:
            raise Forbidden("this challenge takes invited applicants only")
        earlier = self.applications.of_organisation(challenge.id, org.id)
        if earlier is not None:
            raise Conflict(
                f"{org.name} already has application {earlier.id} ({earlier.status}) to this challenge",
                detail=[{"field": "organisation_id", "message": f"application {earlier.id} exists"}],
            )
        application = Application(
            challenge_id=challenge.id,
            organisation_id=org.id,
            status="draft",
            announced_status="draft",
            invited=invited,
            created_by_id=user.id,
            **{k: plain(v) for k, v in data.model_dump(exclude={"organisation_id"}).items()},
        )
        application.challenge = challenge
        application.organisation = org
        return self.applications.add(application)

    def edit(self, application: Application, viewer: User | None, data: ApplicationUpdate) -> Application:
        own_application(
            viewer, application, application.challenge, f"application {application.id} does not exist"
        )
        if application.status != "draft":
            raise Conflict(
                f"a {application.status} application stays as it was sent; only a draft changes",
                detail={"status": application.status, "allowed": self.allowed(application, viewer)},
            )
        for field, value in data.model_dump(exclude_unset=True).items():
            if value is None and field not in ("stage", "trl"):
                value = [] if field == "attachments" else ""
            setattr(application, field, plain(value))
        application.updated_at = datetime.now(UTC)
        self.session.flush()
        return application

    def submit(self, application: Application, viewer: User | None) -> Application:
        """Send the draft: the challenge must be open and before its deadline, the summary and the approach
        written. The engine's fit to each requirement is computed now."""
        own_application(
            viewer, application, application.challenge, f"application {application.id} does not exist"
        )
        challenge = application.challenge
        self._check_move(application, "submitted")
        self.require_status(challenge, ("open",), "submitting")
        if challenge.deadline is not None and challenge.deadline < datetime.now(UTC).date():
            raise Conflict(
                f"the deadline {challenge.deadline} has passed", detail={"status": challenge.status}
            )
        missing = [f for f in ("summary", "approach") if not getattr(application, f).strip()]
        if missing:
            raise InvalidInput(
                f"write the {' and the '.join(missing)} before submitting",
                detail=[{"field": f, "message": "required to submit"} for f in missing],
            )
        self.assess_fit(application)
        application.status = application.announced_status = "submitted"
        application.submitted_at = datetime.now(UTC)
        self.session.flush()
        return application

    def withdraw(self, application: Application, viewer: User | None) -> Application:
        own_application(
            viewer, application, application.challenge, f"application {application.id} does not exist"
        )
        self._check_move(application, "withdrawn")
        application.status = application.announced_status = "withdrawn"
        self.session.flush()
        return application

    def assess_fit(self, application: Application) -> None:
        """Which sentence of the proposal meets each must-have requirement best (the challenge's texts when it
        lists none), by the encoder behind the recommender; the fit is the mean of those similarities."""
        if self.matching is None:
            return
        wanted = application.challenge.requirements or challenge_texts(application.challenge)
        found = sentences(
            application.summary, application.approach, application.why_us, application.references
        )
        if not found:
            application.fit_score, application.fit_explanation = None, []
            return
        similarity = self.matching.similarities(wanted, found)
        best = [int(similarity[row].argmax()) for row in range(len(wanted))]
        scores = [round(float(similarity[row, col]), 4) for row, col in enumerate(best)]
        application.fit_explanation = [
            {"requirement": requirement, "sentence": found[col], "similarity": score}
            for requirement, col, score in zip(wanted, best, scores, strict=True)
        ]
        application.fit_score = round(sum(scores) / len(scores), 4)

    # --- the managers' side ------------------------------------------------------------------------------------

    def screen(self, application: Application, viewer: User | None, data: Screening) -> Application:
        """A manager ticks the must-haves and passes it to review (screened) or rejects it (the rejection waits
        in the queue of decisions)."""
        challenge = application.challenge
        self.require_managing(viewer)
        unknown = [r for r in data.checklist if r not in challenge.requirements]
        if unknown:
            raise InvalidInput(
                f"not requirements of this challenge: {', '.join(unknown)}",
                detail=[{"field": "checklist", "message": f"unknown requirement {r!r}"} for r in unknown],
            )
        to = "screened" if data.passed else "rejected"
        if application.status != "submitted":
            raise refuse_move("application", application.status, to, self.allowed(application, viewer))
        application.checklist = {r: bool(data.checklist.get(r, False)) for r in challenge.requirements}
        application.screening_note = data.note.strip()
        application.status = to
        if to == "rejected":
            application.decided_at = datetime.now(UTC)
            application.decision_note = data.note.strip()
        self.session.flush()
        return application

    def _check_move(self, application: Application, to: str) -> None:
        allowed = APPLICATION_TRANSITIONS[application.status]
        if to not in allowed:
            raise refuse_move("application", application.status, to, allowed)
