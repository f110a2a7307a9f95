"""What every step of an event shares: the repositories, the lookups, the slots of its windows, the one way a
state machine refuses a move, and a participant as a viewer may read them (contacts only for the organisers,
themselves and those they meet).

`Matching` is what events need of the matching side, by protocol: the recommender
(`matcher.recommendations.service.Recommender`) has these methods."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.policies import contact_shared, is_participant, may_organise_event
from matcher.errors import Conflict, NotFound
from matcher.events.models import Event, Meeting, MeetingRequest, Participant
from matcher.events.repository import (
    EventRepository,
    FollowUpRepository,
    MeetingRepository,
    ParticipantRepository,
    RequestRepository,
)
from matcher.events.scheduler import Slot, Span
from matcher.events.schemas import ParticipantPublic, Window
from matcher.recommendations.interface import Matching


def spans(windows: Sequence[dict[str, Any]]) -> tuple[Span, ...]:
    return tuple(Span(datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])) for w in windows)


def event_slots(event: Event) -> list[Slot]:
    """The event's windows cut into meeting slots: `meeting_minutes` each, `changeover_minutes` apart."""
    out: list[Slot] = []
    step = timedelta(minutes=event.meeting_minutes + event.changeover_minutes)
    for span in sorted(spans(event.windows), key=lambda s: s.start):
        start = span.start
        while start + timedelta(minutes=event.meeting_minutes) <= span.end:
            if not out or start >= out[-1].end:  # overlapping windows give no overlapping slots
                out.append(Slot(start, event.meeting_minutes))
            start += step
    return out


def colleagues(a: Participant, b: Participant) -> bool:
    """The same organisation: the same profile of the network, or, where one is a lightweight organisation, the
    same organisation name."""
    if a.organisation_id is not None and b.organisation_id is not None:
        return a.organisation_id == b.organisation_id
    name = a.organisation_name.strip().casefold()
    return bool(name) and name == b.organisation_name.strip().casefold()


class EventBase:
    """The session and the repositories; the lookups each step makes."""

    def __init__(self, session: Session, matching: Matching | None = None, indexer: Any = None) -> None:
        self.session = session
        self.matching = matching
        self.indexer = indexer
        self.events = EventRepository(session)
        self.participants = ParticipantRepository(session)
        self.requests = RequestRepository(session)
        self.meetings = MeetingRepository(session)
        self.follow_ups = FollowUpRepository(session)

    def find_event(self, event_id: int) -> Event:
        event = self.events.get(event_id)
        if event is None:
            raise NotFound(f"event {event_id} does not exist")
        return event

    def find_participant(self, event: Event, participant_id: int) -> Participant:
        participant = self.participants.get(participant_id)
        if participant is None or participant.event_id != event.id:
            raise NotFound(f"participant {participant_id} is not at event {event.id}")
        return participant

    def find_request(self, request_id: int) -> MeetingRequest:
        request = self.requests.get(request_id)
        if request is None:
            raise NotFound(f"meeting request {request_id} does not exist")
        return request

    def find_meeting(self, meeting_id: int) -> Meeting:
        meeting = self.meetings.get(meeting_id)
        if meeting is None:
            raise NotFound(f"meeting {meeting_id} does not exist")
        return meeting

    def me(self, event: Event, user: User | None) -> Participant | None:
        """The viewer's own participant at the event, if they take part."""
        if user is None:
            return None
        return self.participants.of_user(event.id, user.id, user.email.lower())

    def sides(self, event: Event, user: User | None, a: Participant, b: Participant) -> tuple[bool, bool]:
        return is_participant(user, a), is_participant(user, b)

    def require_status(self, event: Event, statuses: Sequence[str], doing: str) -> None:
        if event.status not in statuses:
            raise Conflict(
                f"{doing} needs the event {' or '.join(statuses)}; it is {event.status}",
                detail={"status": event.status, "allowed": list(statuses)},
            )

    def participant_public(
        self, participant: Participant, event: Event, viewer: User | None
    ) -> ParticipantPublic:
        meets = False
        if not may_organise_event(viewer, event) and not is_participant(viewer, participant):
            mine = self.me(event, viewer)
            meets = mine is not None and self.meetings.met(event.id, mine.id, participant.id)
        shared = contact_shared(viewer, event, participant, meets)
        return ParticipantPublic(
            id=participant.id,
            event_id=participant.event_id,
            name=participant.name,
            organisation_id=participant.organisation_id,
            organisation_name=participant.organisation_name,
            role=participant.role,
            intents=list(participant.intents),
            looking_for=list(participant.looking_for),
            description=participant.description,
            email=participant.email if shared else None,
            phone=participant.phone if shared else None,
            availability=[Window(**w) for w in participant.availability],
            agenda=[Window(**w) for w in participant.agenda],
            capacity=participant.capacity,
            checked_in=participant.checked_in,
        )
