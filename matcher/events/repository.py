"""All SQL of event matchmaking."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from sqlalchemy import or_, select

from matcher.events.models import Event, FollowUp, Meeting, MeetingRequest, Participant
from matcher.kit.repository import Repository


class EventRepository(Repository[Event]):
    model = Event

    def list(
        self,
        *,
        statuses: Sequence[str] | None = None,
        owner_or_published: int | None = None,
        everything: bool = False,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Event], int]:
        """Events newest first: all of them (`everything`), else those past their draft and the drafts of
        `owner_or_published`."""
        query = select(Event)
        if statuses:
            query = query.where(Event.status.in_(statuses))
        if not everything:
            published = Event.status != "draft"
            query = query.where(
                or_(published, Event.owner_id == owner_or_published) if owner_or_published else published
            )
        return self.paginate(query.order_by(Event.id.desc()), offset, limit)


class ParticipantRepository(Repository[Participant]):
    model = Participant

    def of_event(self, event_id: int) -> builtins.list[Participant]:
        return list(
            self.session.scalars(
                select(Participant).where(Participant.event_id == event_id).order_by(Participant.id)
            )
        )

    def by_email(self, event_id: int, email: str) -> Participant | None:
        return self.session.scalar(
            select(Participant).where(Participant.event_id == event_id, Participant.email == email)
        )

    def of_user(self, event_id: int, user_id: int, email: str) -> Participant | None:
        return self.session.scalar(
            select(Participant)
            .where(
                Participant.event_id == event_id,
                or_(Participant.user_id == user_id, Participant.email == email),
            )
            .order_by(Participant.id)
            .limit(1)
        )

    def count_of(self, event_id: int) -> int:
        return len(self.session.scalars(select(Participant.id).where(Participant.event_id == event_id)).all())


class RequestRepository(Repository[MeetingRequest]):
    model = MeetingRequest

    def of_event(
        self, event_id: int, participant_id: int | None = None, statuses: Sequence[str] | None = None
    ) -> builtins.list[MeetingRequest]:
        query = select(MeetingRequest).where(MeetingRequest.event_id == event_id)
        if participant_id is not None:
            query = query.where(
                or_(
                    MeetingRequest.requester_id == participant_id,
                    MeetingRequest.recipient_id == participant_id,
                )
            )
        if statuses:
            query = query.where(MeetingRequest.status.in_(statuses))
        return list(self.session.scalars(query.order_by(MeetingRequest.id)))

    def between(self, event_id: int, requester_id: int, recipient_id: int) -> MeetingRequest | None:
        return self.session.scalar(
            select(MeetingRequest).where(
                MeetingRequest.event_id == event_id,
                MeetingRequest.requester_id == requester_id,
                MeetingRequest.recipient_id == recipient_id,
            )
        )


class MeetingRepository(Repository[Meeting]):
    model = Meeting

    def of_event(
        self, event_id: int, participant_id: int | None = None, statuses: Sequence[str] | None = None
    ) -> builtins.list[Meeting]:
        query = select(Meeting).where(Meeting.event_id == event_id)
        if participant_id is not None:
            query = query.where(
                or_(Meeting.participant_a_id == participant_id, Meeting.participant_b_id == participant_id)
            )
        if statuses:
            query = query.where(Meeting.status.in_(statuses))
        return list(self.session.scalars(query.order_by(Meeting.starts_at, Meeting.table, Meeting.id)))

    def remove(self, meetings: Sequence[Meeting]) -> None:
        for meeting in meetings:
            self.session.delete(meeting)
        self.session.flush()

    def met(self, event_id: int, a: int, b: int) -> bool:
        """Whether two participants have a meeting of the event (any status but cancelled)."""
        return (
            self.session.scalar(
                select(Meeting.id)
                .where(
                    Meeting.event_id == event_id,
                    Meeting.status != "cancelled",
                    or_(
                        (Meeting.participant_a_id == a) & (Meeting.participant_b_id == b),
                        (Meeting.participant_a_id == b) & (Meeting.participant_b_id == a),
                    ),
                )
                .limit(1)
            )
            is not None
        )


class FollowUpRepository(Repository[FollowUp]):
    model = FollowUp

    def of_meeting(self, meeting_id: int, participant_id: int) -> FollowUp | None:
        return self.session.scalar(
            select(FollowUp).where(
                FollowUp.meeting_id == meeting_id, FollowUp.participant_id == participant_id
            )
        )

    def of_event(self, event_id: int) -> builtins.list[FollowUp]:
        return list(
            self.session.scalars(
                select(FollowUp)
                .join(Meeting, Meeting.id == FollowUp.meeting_id)
                .where(Meeting.event_id == event_id)
            )
        )
