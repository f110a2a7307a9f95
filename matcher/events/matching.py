"""Whom each participant should meet among the event's participants, explained: the recommender's cosine of
their own texts (`Matching.similarities`), and for participants with a profile in the network the engine's
ranking of the network's organisations for the participant's text (`Matching.rank_for_text`), kept to the
organisations at the event. Filtered by the roles a participant looks for, the event's roles and intents, and
the vetoes (a no-thanks either way never comes back)."""

from __future__ import annotations

from collections.abc import Sequence

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, is_participant, may_organise_event
from matcher.errors import NotReady
from matcher.events.base import EventBase
from matcher.events.models import Event, Participant
from matcher.events.schemas import RecommendationPublic, RecommendationsPublic

RANK_DEPTH = 200  # how deep the network's ranking is read for the organisations at the event
NETWORK_WEIGHT = 0.3


def text_of(participant: Participant) -> str:
    parts = [participant.description, participant.organisation_name, " ".join(participant.intents)]
    return " ".join(p for p in parts if p).strip() or participant.role


class EventMatching(EventBase):
    def recommend(
        self,
        event: Event,
        participant: Participant,
        viewer: User | None,
        k: int = 10,
        roles: Sequence[str] | None = None,
        intents: Sequence[str] | None = None,
    ) -> RecommendationsPublic:
        """The best `k` partners for `participant` (the viewer's own, or any for the organisers)."""
        if not (may_organise_event(viewer, event) or is_participant(viewer, participant)):
            raise Forbidden("recommendations are for the participant and the organisers")
        rows = self.for_participant(event, participant, k, roles, intents)
        return RecommendationsPublic(participant_id=participant.id, data=rows, count=len(rows))

    def for_participant(
        self,
        event: Event,
        participant: Participant,
        k: int = 10,
        roles: Sequence[str] | None = None,
        intents: Sequence[str] | None = None,
        everyone: Sequence[Participant] | None = None,
    ) -> list[RecommendationPublic]:
        if self.matching is None:
            raise NotReady("recommendations need the model: start the service with its index")
        people = list(everyone) if everyone is not None else self.participants.of_event(event.id)
        vetoed = self._vetoed(event, participant.id)
        wanted_roles = set(roles or event.roles or [])
        wanted_intents = set(intents or event.intents or [])
        candidates = [
            c
            for c in people
            if c.id != participant.id
            and c.id not in vetoed
            and (not participant.looking_for or c.role in participant.looking_for)
            and (not wanted_roles or c.role in wanted_roles)
            and (not wanted_intents or wanted_intents & set(c.intents))
        ]
        if not candidates:
            return []
        mine = text_of(participant)
        cosine = self.matching.similarities([mine], [text_of(c) for c in candidates])[0]
        network: dict[int, tuple[int, float, list[str]]] = {}
        at_event = {c.organisation_id for c in candidates if c.organisation_id is not None}
        if participant.organisation_id is not None and at_event:
            exclude = [participant.organisation_id]
            ranking = self.matching.rank_for_text(
                mine, filters=self.matching.make_filters(exclude=exclude), k=RANK_DEPTH
            )
            for place, row in enumerate(ranking.data, start=1):
                if row.organisation.id in at_event:
                    network[row.organisation.id] = (place, row.score, row.matched_terms)
        rows = []
        for c, cos in zip(candidates, cosine, strict=True):
            score = float(cos)
            reasons = [f"your texts fit (cosine {score:.2f})"]
            hit = network.get(c.organisation_id) if c.organisation_id is not None else None
            if hit is not None:
                place, value, terms = hit
                score = (1 - NETWORK_WEIGHT) * score + NETWORK_WEIGHT * value
                said = f"; matched: {', '.join(terms[:5])}" if terms else ""
                reasons.append(
                    f"the network's engine ranks {c.organisation_name or c.name} {place} for you{said}"
                )
            if participant.looking_for and c.role in participant.looking_for:
                reasons.append(f"you look for a {c.role.replace('_', ' ')}")
            if c.looking_for and participant.role in c.looking_for:
                reasons.append(f"they look for a {participant.role.replace('_', ' ')}")
                score += 0.05
            shared = sorted(set(participant.intents) & set(c.intents))
            if shared:
                reasons.append(f"both are here for {', '.join(shared)}")
                score += 0.02 * len(shared)
            rows.append(
                RecommendationPublic(
                    participant_id=c.id,
                    name=c.name,
                    organisation_name=c.organisation_name,
                    role=c.role,
                    score=round(score, 4),
                    reasons=reasons,
                )
            )
        rows.sort(key=lambda r: (-r.score, r.participant_id))
        return rows[:k]

    def _vetoed(self, event: Event, participant_id: int) -> set[int]:
        out = set()
        for r in self.requests.of_event(event.id, participant_id):
            if r.priority == "no_thanks":
                out.add(r.recipient_id if r.requester_id == participant_id else r.requester_id)
        return out
