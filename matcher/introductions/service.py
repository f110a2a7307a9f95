"""Introductions: the state machine from suggestion to cooperation, double opt-in, outcomes and history.

suggested -> approved -> sent -> accepted -> met -> cooperation, and declined / expired on the way. Managers
approve, edit, send, decline and expire; after `sent` each side answers for itself, and only when both have
accepted does the introduction become `accepted`. From `met` on each side records what came of it; a
`cooperation` outcome (or the manager's move to `cooperation`) adds the pair to the cooperation network.
Suggested, approved and sent introductions without activity for a while expire on their own (`expire_stale`,
run by `matcher introductions expire`).
"""

from __future__ import annotations

import builtins
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from matcher.alerts.models import InboxMessage
from matcher.alerts.repository import InboxRepository
from matcher.auth.models import User
from matcher.auth.policies import Forbidden, is_staff, require_staff, require_user, shown_name
from matcher.auth.repository import UserRepository
from matcher.auth.schemas import Role
from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.introductions.models import Introduction, IntroductionEvent
from matcher.introductions.public import introduction_public
from matcher.introductions.repository import IntroductionRepository
from matcher.introductions.schemas import (
    CONTACT_STATUSES,
    EXPIRING_STATUSES,
    OPEN_STATUSES,
    OUTCOME_STATUSES,
    TRANSITIONS,
    IntroductionCreate,
    IntroductionPublic,
)
from matcher.profiles.models import Cooperation, Organisation
from matcher.profiles.repository import CooperationRepository, OrganisationRepository
from matcher.profiles.service import Indexer

COOPERATION_SOURCE = "matchwerk introduction"


class IntroductionService:
    def __init__(self, session: Session, indexer: Indexer | None = None) -> None:
        self.session = session
        self.indexer = indexer
        self.intros = IntroductionRepository(session)
        self.orgs = OrganisationRepository(session)

    # --- reading ----------------------------------------------------------------------------------------

    def get(self, intro_id: int, viewer: User | None) -> Introduction:
        """An introduction the viewer may see (see `visible_to`)."""
        user = require_user(viewer)
        intro = self.intros.get(intro_id)
        if intro is None or not self.visible_to(intro, user):
            raise NotFound(f"introduction {intro_id} does not exist")
        return intro

    def visible_to(self, intro: Introduction, user: User) -> bool:
        """Managers see every introduction. A member sees one of their organisation's once it has been sent
        to them, and before that only when their organisation asked for it: the other side learns of a
        request only when a manager passes it on."""
        if is_staff(user):
            return True
        if self.side_of(intro, user) is None:
            return False
        if any(e.to_status == "sent" for e in intro.events):
            return True
        proposer = UserRepository(self.session).get(intro.proposed_by_id) if intro.proposed_by_id else None
        return proposer is not None and proposer.organisation_id == user.organisation_id

    def list(
        self,
        viewer: User | None,
        statuses: builtins.list[str] | None = None,
        offset: int = 0,
        limit: int = 200,
    ) -> tuple[builtins.list[Introduction], int]:
        user = require_user(viewer)
        if is_staff(user):
            return self.intros.list(statuses=statuses, offset=offset, limit=limit)
        if user.organisation_id is None:
            return [], 0
        rows, _count = self.intros.list(involving=user.organisation_id, statuses=statuses, limit=100_000)
        visible = [intro for intro in rows if self.visible_to(intro, user)]
        return visible[offset : offset + limit], len(visible)

    @staticmethod
    def side_of(intro: Introduction, user: User) -> str | None:
        if user.role != Role.member or user.organisation_id is None:
            return None
        if user.organisation_id == intro.organisation_a_id:
            return "a"
        if user.organisation_id == intro.organisation_b_id:
            return "b"
        return None

    def allowed(self, intro: Introduction, user: User | None) -> builtins.list[str]:
        """The statuses `user` may move the introduction to now (consents and outcomes aside)."""
        if user is None:
            return []
        nexts = [s for s in TRANSITIONS[intro.status] if s != "accepted"]
        if is_staff(user):
            return nexts
        if self.side_of(intro, user) is not None:
            return [s for s in nexts if s == "met"]
        return []

    # --- creating and editing ------------------------------------------------------------------------------

    def create(
        self,
        viewer: User | None,
        data: IntroductionCreate,
        reasons: dict[str, Any] | None = None,
        score: float | None = None,
    ) -> Introduction:
        """A member asks for an introduction of their organisation; a manager proposes one between any two."""
        user = require_user(viewer)
        if is_staff(user):
            if data.organisation_id is None:
                raise InvalidInput(
                    "say which two organisations: `organisation_id` and `partner_id`",
                    detail=[{"field": "organisation_id", "message": "required"}],
                )
            a_id = data.organisation_id
        else:
            if user.organisation_id is None:
                raise Forbidden("only members of an organisation can ask for an introduction")
            if data.organisation_id not in (None, user.organisation_id):
                raise Forbidden("members ask for introductions of their own organisation only")
            a_id = user.organisation_id
        a, b = self._party(a_id, "organisation_id"), self._party(data.partner_id, "partner_id")
        if a.id == b.id:
            raise InvalidInput(
                "an organisation cannot be introduced to itself",
                detail=[{"field": "partner_id", "message": "same as organisation_id"}],
            )
        for opp_id, org, field in (
            (data.opportunity_id, a, "opportunity_id"),
            (data.partner_opportunity_id, b, "partner_opportunity_id"),
        ):
            if opp_id is not None and opp_id not in {o.id for o in org.opportunities}:
                raise InvalidInput(
                    f"opportunity {opp_id} is not one of {field.split('_')[0]}'s",
                    detail=[{"field": field, "message": "not an opportunity of this organisation"}],
                )
        earlier = self.intros.between(a.id, b.id, [*OPEN_STATUSES, "declined", "cooperation"])
        if earlier:
            raise Conflict(
                f"these two already have introduction {earlier[0].id} ({earlier[0].status}); "
                "a declined pair is never introduced again",
                detail=[{"field": "partner_id", "message": f"introduction {earlier[0].id} exists"}],
            )
        intro = Introduction(
            organisation_a_id=a.id,
            organisation_b_id=b.id,
            opportunity_a_id=data.opportunity_id,
            opportunity_b_id=data.partner_opportunity_id,
            status="suggested",
            proposed_by_id=user.id,
            manager_id=user.id if is_staff(user) else None,
            message=data.message.strip(),
            reasons=reasons or {},
            score=score,
        )
        self.intros.add(intro)
        action = "proposed" if is_staff(user) else "requested"
        self._record(intro, user, action, None, "suggested", data.message.strip())
        if not is_staff(user):
            self._tell(
                UserRepository(self.session).managers(),
                f"{a.name} asks for an introduction to {b.name}",  # to managers only
                intro,
            )
        return intro

    def _party(self, org_id: int, field: str) -> Organisation:
        org = self.orgs.get(org_id)
        if org is None or org.visibility == "hidden":
            raise InvalidInput(
                f"organisation {org_id} does not exist", detail=[{"field": field, "message": "unknown"}]
            )
        return org

    def edit_message(self, intro: Introduction, viewer: User | None, message: str) -> Introduction:
        user = require_staff(viewer)
        if intro.status not in ("suggested", "approved"):
            raise Conflict(
                f"the message can only be edited before it is sent; this introduction is {intro.status}"
            )
        intro.message = message.strip()
        self._record(intro, user, "edited", intro.status, intro.status, "message edited")
        return intro

    # --- moving ----------------------------------------------------------------------------------------------

    def transition(self, intro: Introduction, viewer: User | None, to: str, note: str = "") -> Introduction:
        user = require_user(viewer)
        possible = TRANSITIONS[intro.status]
        allowed = self.allowed(intro, user)
        if to not in possible or to == "accepted":
            raise Conflict(
                f"an introduction cannot go from {intro.status} to {to}; "
                + (f"allowed now: {', '.join(allowed)}" if allowed else "nothing is allowed from here")
                + (" (it becomes accepted when both sides accept)" if intro.status == "sent" else ""),
                detail={"status": intro.status, "allowed": allowed},
            )
        if to not in allowed:
            raise Forbidden(f"you may not move this introduction to {to}")
        self._move(intro, user, to, note)
        return intro

    def consent(
        self,
        intro: Introduction,
        viewer: User | None,
        decision: str,
        note: str = "",
        org_id: int | None = None,
    ) -> Introduction:
        """One side accepts or declines a sent introduction; members answer for their own organisation."""
        user = require_user(viewer)
        side = self._acting_side(intro, user, org_id)
        if intro.status != "sent":
            raise Conflict(
                f"only a sent introduction can be accepted or declined; this one is {intro.status}",
                detail={"status": intro.status, "allowed": self.allowed(intro, user)},
            )
        setattr(intro, f"consent_{side}", decision)
        self._record(intro, user, f"{decision} ({self._name(intro, side)})", "sent", "sent", note)
        if decision == "declined":
            self._move(intro, user, "declined", note, action="declined by a side")
        elif intro.consent_a == "accepted" and intro.consent_b == "accepted":
            self._move(intro, user, "accepted", "both sides accepted", action="double opt-in")
        return intro

    def record_outcome(
        self,
        intro: Introduction,
        viewer: User | None,
        outcome: str,
        note: str = "",
        org_id: int | None = None,
    ) -> Introduction:
        user = require_user(viewer)
        side = self._acting_side(intro, user, org_id)
        if intro.status not in OUTCOME_STATUSES:
            raise Conflict(
                f"outcomes are recorded once the two have met; this introduction is {intro.status}",
                detail={"status": intro.status, "allowed": self.allowed(intro, user)},
            )
        setattr(intro, f"outcome_{side}", outcome)
        setattr(intro, f"outcome_note_{side}", note.strip())
        self._record(intro, user, f"outcome {outcome} ({self._name(intro, side)})", intro.status, None, note)
        if outcome == "cooperation" and intro.status == "met":
            self._move(intro, user, "cooperation", note, action="cooperation agreed")
        return intro

    # --- expiring without activity ------------------------------------------------------------------------

    def stale(self, days: int, now: datetime | None = None) -> builtins.list[Introduction]:
        """Suggested, approved and sent introductions whose history has had no entry for `days` days (an
        answer of one side, an edited message and any move count); none when `days` is 0."""
        if days <= 0:
            return []
        return self.intros.stale(EXPIRING_STATUSES, (now or datetime.now(UTC)) - timedelta(days=days))

    def expire_stale(self, days: int, now: datetime | None = None) -> builtins.list[Introduction]:
        """Expire the stale introductions as a manager's move to `expired` does (history, inbox, audit log),
        with nobody as the actor. Expired ones are final, so running it again changes nothing."""
        stale = self.stale(days, now)
        for intro in stale:
            self._move(intro, None, "expired", f"no activity for {days} days", action="expired automatically")
        return stale

    def _acting_side(self, intro: Introduction, user: User, org_id: int | None) -> str:
        side = self.side_of(intro, user)
        if side is not None:
            return side
        if is_staff(user):
            if org_id == intro.organisation_a_id:
                return "a"
            if org_id == intro.organisation_b_id:
                return "b"
            raise InvalidInput(
                "say for which side: `organisation_id` must be one of the two organisations",
                detail=[{"field": "organisation_id", "message": "not a side of this introduction"}],
            )
        raise Forbidden("only the two organisations' members (or a manager) answer for a side")

    def _move(
        self, intro: Introduction, user: User | None, to: str, note: str, action: str = "moved"
    ) -> None:
        before = intro.status
        intro.status = to
        if to == "cooperation":
            self._add_cooperation(intro)
        self._record(intro, user, action, before, to, note)
        members = UserRepository(self.session).members_of([intro.organisation_a_id, intro.organisation_b_id])
        names = f"{self._name(intro, 'a')} and {self._name(intro, 'b')}"
        if to == "sent":
            self._tell(members, f"An introduction waits for your answer: {names}", intro)
        elif to == "accepted":
            self._tell(members, f"Both sides accepted: {names} can now see each other's contacts", intro)
        elif to == "declined":
            knew = [
                member for member in members if self.visible_to(intro, member)
            ]  # not a request's other side
            self._tell(knew, f"The introduction {names} was declined", intro)
        elif to == "expired":
            self._tell(self._knew_of(intro, but=user), f"The introduction {names} expired", intro)

    def _knew_of(self, intro: Introduction, but: User | None) -> builtins.list[User]:
        """Who knew of the introduction: the members who may see it (`visible_to`) and its manager; not `but`."""
        users = UserRepository(self.session)
        members = users.members_of([intro.organisation_a_id, intro.organisation_b_id])
        knew = [member for member in members if self.visible_to(intro, member)]
        manager = users.get(intro.manager_id) if intro.manager_id is not None else None
        if manager is not None and manager.active:
            knew.append(manager)
        return [person for person in knew if but is None or person.id != but.id]

    def _tell(self, users: builtins.list[User], subject: str, intro: Introduction) -> None:
        inbox = InboxRepository(self.session)
        for user in users:
            inbox.add(InboxMessage(user_id=user.id, subject=subject[:300], link=f"/introductions/{intro.id}"))

    def _add_cooperation(self, intro: Introduction) -> None:
        a, b = sorted((intro.organisation_a_id, intro.organisation_b_id))
        year = datetime.now(UTC).year
        if (a, b, COOPERATION_SOURCE, year) not in CooperationRepository(self.session).existing():
            CooperationRepository(self.session).add_many(
                [Cooperation(organisation_a_id=a, organisation_b_id=b, year=year, source=COOPERATION_SOURCE)]
            )
        if self.indexer is not None:
            self.indexer.stage(self.session, partner_pairs=[(a, b)])

    def _record(
        self,
        intro: Introduction,
        user: User | None,
        action: str,
        before: str | None,
        after: str | None,
        note: str = "",
    ) -> None:
        intro.events.append(
            IntroductionEvent(
                actor_id=user.id if user else None,
                action=action[:300],
                from_status=before,
                to_status=after,
                note=note.strip(),
            )
        )
        intro.updated_at = datetime.now(UTC)
        self.session.flush()

    def _name(self, intro: Introduction, side: str) -> str:
        """A side's name for history and notifications, which the other side reads: an anonymous
        organisation by its label, always."""
        org = self.orgs.get(intro.organisation_a_id if side == "a" else intro.organisation_b_id)
        return shown_name(org, sees_contacts=False) if org is not None else "?"

    # --- showing ---------------------------------------------------------------------------------------------

    def public(self, intro: Introduction, viewer: User | None) -> IntroductionPublic:
        return introduction_public(self.session, intro, viewer, self.allowed(intro, viewer))


def contacts_open(intro: Introduction) -> bool:
    return intro.status in CONTACT_STATUSES


def last_activity(intro: Introduction) -> datetime:
    """When the introduction's history last had an entry (what `IntroductionService.stale` goes by)."""
    return max((event.at for event in intro.events), default=intro.updated_at)
