"""Decisions and outcomes: a manager's decision on an application (shortlisted, rejected, invited to pitch, won,
not selected) waits in the queue until "send decisions" tells every applicant at once in their inbox; a
winner's pilot becomes an introduction in the existing pipeline (`IntroductionService`, its state machine,
double opt-in and history) and, once agreed, a cooperation in the network the ranker learns from."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.repository import UserRepository
from matcher.challenges.base import RoundBase
from matcher.challenges.models import Application, Challenge
from matcher.challenges.review_schemas import SentPublic
from matcher.challenges.schemas import APPLICATION_TRANSITIONS, DECISIONS
from matcher.errors import Conflict, InvalidInput, refuse_move
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.profiles.models import Cooperation
from matcher.profiles.repository import CooperationRepository

COOPERATION_SOURCE = "matchwerk challenge"
DECISION_SUBJECTS = {
    "shortlisted": "Shortlisted: {title}",
    "rejected": "Not shortlisted this time: {title}",
    "invited_to_pitch": "You are invited to pitch: {title}",
    "won": "You won: {title}",
    "not_selected": "Not selected this time: {title}",
}


class DecisionService(RoundBase):
    def decide(self, application: Application, viewer: User | None, to: str, note: str = "") -> Application:
        """A manager's decision; the applicant learns of it when the decisions are sent."""
        self.require_managing(viewer)
        self._check_move(application, to)
        if to not in DECISIONS:
            raise InvalidInput(
                f"{to} is not a decision", detail=[{"field": "to", "message": "not a decision"}]
            )
        application.status = to
        application.decided_at = datetime.now(UTC)
        application.decision_note = note.strip()
        self.session.flush()
        return application

    def queued(self, challenge: Challenge) -> builtins.list[Application]:
        """Decisions made and not yet sent."""
        return [
            a
            for a in self.applications.of_challenge(challenge.id, DECISIONS)
            if a.status != a.announced_status
        ]

    def send_decisions(self, challenge: Challenge, viewer: User | None) -> SentPublic:
        """Tell every applicant with a queued decision, at once, in their inbox."""
        self.require_managing(viewer)
        users = UserRepository(self.session)
        now = datetime.now(UTC)
        queued = self.queued(challenge)
        messages = 0
        for application in queued:
            subject = DECISION_SUBJECTS[application.status].format(title=challenge.title)
            messages += self.tell(
                users.members_of([application.organisation_id]),
                subject,
                f"/applications/{application.id}",
                body=application.decision_note,
            )
            application.announced_status = application.status
            application.announced_at = now
        self.session.flush()
        return SentPublic(sent=len(queued), messages=messages)

    def record_outcome(
        self, application: Application, viewer: User | None, kind: str, note: str = ""
    ) -> Application:
        """A winner's pilot: `pilot` proposes the introduction of the owner and the winner in the
        introductions' pipeline (its state machine, double opt-in and history); `cooperation` records the
        agreed pilot in the cooperation network (the ranker learns from it)."""
        user = self.require_managing(viewer)
        if application.status != "won":
            raise Conflict(
                f"an outcome is recorded for a winner; this application is {application.status}",
                detail={"status": application.status, "allowed": []},
            )
        challenge = application.challenge
        if kind == "pilot":
            if application.introduction_id is not None:
                raise Conflict(
                    f"the pilot is already introduction {application.introduction_id}",
                    detail={"status": application.status, "allowed": ["cooperation"]},
                )
            intro = IntroductionService(self.session, indexer=self.indexer).create(
                user,
                IntroductionCreate(
                    organisation_id=challenge.owner_id,
                    partner_id=application.organisation_id,
                    message=(note.strip() or f"The pilot of the challenge “{challenge.title}”")[:2000],
                ),
                reasons={
                    "challenge": {"id": challenge.id, "title": challenge.title, "application": application.id}
                },
                score=application.fit_score,
            )
            application.introduction_id = intro.id
        else:
            a, b = sorted((challenge.owner_id, application.organisation_id))
            year = datetime.now(UTC).year
            cooperations = CooperationRepository(self.session)
            if (a, b, COOPERATION_SOURCE, year) not in cooperations.existing():
                cooperations.add_many(
                    [
                        Cooperation(
                            organisation_a_id=a, organisation_b_id=b, year=year, source=COOPERATION_SOURCE
                        )
                    ]
                )
            if self.indexer is not None:
                self.indexer.stage(self.session, partner_pairs=[(a, b)])
        self.session.flush()
        return application

    def _check_move(self, application: Application, to: str) -> None:
        allowed = APPLICATION_TRANSITIONS[application.status]
        if to not in allowed:
            raise refuse_move("application", application.status, to, allowed)
