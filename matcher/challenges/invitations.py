"""Invitations: the engine ranks the ecosystem's organisations against a challenge (its problem statement,
solutions of interest and requirements as the need; the applicant kinds; the owner and its group excluded),
each proposal is stored with its score and why, and a manager approves whom to invite. The invited
organisations' members get it in their inbox; an invitation-only challenge is seen by the invited alone."""

from __future__ import annotations

import builtins
from datetime import UTC, datetime

from matcher.auth.models import User
from matcher.auth.repository import UserRepository
from matcher.challenges.base import RoundBase
from matcher.challenges.models import Challenge, Invitation
from matcher.challenges.repository import group_members
from matcher.challenges.schemas import InvitationPublic
from matcher.errors import Conflict, NotFound, NotReady


def challenge_texts(challenge: Challenge) -> builtins.list[str]:
    """What a challenge seeks, as the texts the engine ranks organisations against."""
    texts = [challenge.problem, challenge.solutions_of_interest, *challenge.requirements]
    return [t.strip() for t in texts if t and t.strip()] or [challenge.title]


class InvitationService(RoundBase):
    def propose(self, challenge: Challenge, viewer: User | None, k: int = 20) -> builtins.list[Invitation]:
        """Ask the engine for the `k` organisations that fit the challenge best and store them as proposals
        (those already proposed, invited, dismissed or applied are not proposed again). Draft or open."""
        self.require_managing(viewer)
        self.require_status(challenge, ("draft", "open"), "proposing invitations")
        if self.matching is None:
            raise NotReady("the matching engine is not loaded: invitations need it")
        exclude = {challenge.owner_id}
        if challenge.owner.group:
            exclude |= group_members(self.session, challenge.owner.group)
        exclude |= {inv.organisation_id for inv in self.invitations.of_challenge(challenge.id)}
        exclude |= {app.organisation_id for app in self.applications.of_challenge(challenge.id)}
        texts = challenge_texts(challenge)
        filters = self.matching.make_filters(exclude=exclude)
        wanted = k * 3 if challenge.regions else k
        ranking = self.matching.rank_for_text(texts, challenge.applicant_kinds or None, filters, k=wanted)
        regions = {r.casefold() for r in challenge.regions}
        proposed: builtins.list[Invitation] = []
        for ranked in ranking.data:
            org = self.orgs.get(ranked.organisation.id)
            if org is None or org.id in exclude:
                continue
            if regions and (org.region or "").casefold() not in regions:
                continue
            invitation = Invitation(
                challenge_id=challenge.id,
                organisation_id=org.id,
                score=ranked.score,
                state="proposed",
                explanation={
                    "text": ranking.texts[ranked.text_index],
                    "text_index": ranked.text_index,
                    "matched_text": ranked.matched_text,
                    "matched_opportunity_id": ranked.matched_opportunity_id,
                    "matched_terms": ranked.matched_terms,
                    "distance_km": ranked.distance_km,
                },
            )
            invitation.organisation = org
            proposed.append(self.invitations.add(invitation))
            if len(proposed) == k:
                break
        return proposed

    def list(self, challenge: Challenge, viewer: User | None) -> builtins.list[Invitation]:
        """The proposals and invitations of a challenge (the guard lets who runs it ask), best first."""
        return self.invitations.of_challenge(challenge.id)

    def get(self, challenge: Challenge, invitation_id: int) -> Invitation:
        invitation = self.invitations.get(invitation_id)
        if invitation is None or invitation.challenge_id != challenge.id:
            raise NotFound(f"invitation {invitation_id} of challenge {challenge.id} does not exist")
        return invitation

    def decide(self, invitation: Invitation, viewer: User | None, approve: bool) -> Invitation:
        """Approve (invite: the organisation's members are told in their inbox; the challenge must be open)
        or dismiss a proposal."""
        user = self.require_managing(viewer)
        challenge = self.find_challenge(invitation.challenge_id)
        if invitation.state != "proposed":
            raise Conflict(
                f"this proposal was already decided: it is {invitation.state}",
                detail={"status": invitation.state, "allowed": []},
            )
        invitation.decided_by_id = user.id
        if not approve:
            invitation.state = "dismissed"
            self.session.flush()
            return invitation
        self.require_status(challenge, ("open",), "inviting")
        invitation.state = "invited"
        invitation.invited_at = datetime.now(UTC)
        members = UserRepository(self.session).members_of([invitation.organisation_id])
        self.tell(
            members,
            f"You are invited to answer the challenge “{challenge.title}”",
            f"/challenges/{challenge.id}",
            body=f"Why you: {invitation.explanation.get('matched_text', '')}".strip(),
        )
        self.session.flush()
        return invitation

    def public(self, invitation: Invitation) -> InvitationPublic:
        return InvitationPublic(
            id=invitation.id,
            challenge_id=invitation.challenge_id,
            organisation=self.summary(invitation.organisation, True),
            score=invitation.score,
            explanation=invitation.explanation,
            state=invitation.state,  # type: ignore[arg-type]
            invited_at=invitation.invited_at,
        )
