"""All SQL of event matchmaking."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, or_, select

from matcher.events.models import Event, FollowUp, Meeting, MeetingRequest, Participant
from matcher.kit.repository import Repository


class EventRepository(Repository[Event]):
    model = Event


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

    def to_remind(self, event_id: int, before: datetime) -> builtins.list[MeetingRequest]:
        """The pending requests made before `before` whose recipient was not reminded since."""
        return list(
            self.session.scalars(
                select(MeetingRequest)
                .where(
                    MeetingRequest.event_id == event_id,
                    MeetingRequest.status == "pending",
                    MeetingRequest.created_at <= before,
                    or_(MeetingRequest.reminded_at.is_(None), MeetingRequest.reminded_at <= before),
                )
                .order_by(MeetingRequest.id)
            )
        )

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
        """The event's meetings (those a participant is in, as a side or a companion)."""
        query = select(Meeting).where(Meeting.event_id == event_id)
        if participant_id is not None:
            query = query.where(self._may_hold(participant_id))
        if statuses:
            query = query.where(Meeting.status.in_(statuses))
        rows = self.session.scalars(query.order_by(Meeting.starts_at, Meeting.table, Meeting.id))
        return [m for m in rows if participant_id is None or participant_id in m.members]

    def _may_hold(self, participant_id: int) -> Any:
        """A side, or possibly a companion: the JSON list's text names the id (`Meeting.members` then checks it
        exactly), the same on SQLite and PostgreSQL."""
        return or_(
            Meeting.participant_a_id == participant_id,
            Meeting.participant_b_id == participant_id,
            cast(Meeting.companions, String).like(f"%{participant_id}%"),
        )

    def of_request(self, request_id: int, statuses: Sequence[str]) -> builtins.list[Meeting]:
        return list(
            self.session.scalars(
                select(Meeting)
                .where(Meeting.request_id == request_id, Meeting.status.in_(statuses))
                .order_by(Meeting.id)
            )
        )

    def at_slot(self, event_id: int, slot: int) -> builtins.list[Meeting]:
        """The meetings at a slot that keep their people busy (all but cancelled ones)."""
        return list(
            self.session.scalars(
                select(Meeting).where(
                    Meeting.event_id == event_id, Meeting.slot == slot, Meeting.status != "cancelled"
                )
            )
        )

    def remove(self, meetings: Sequence[Meeting]) -> None:
        for meeting in meetings:
            self.session.delete(meeting)
        self.session.flush()

    def met(self, event_id: int, a: int, b: int) -> bool:
        """Whether two participants are in a meeting of the event together, as sides or companions (any
        status but cancelled and tentative: a pending request shares no contact)."""
        rows = self.session.scalars(
            select(Meeting).where(
                Meeting.event_id == event_id,
                Meeting.status.not_in(("cancelled", "tentative")),
                self._may_hold(a),
                self._may_hold(b),
            )
        )
        return any({a, b} <= set(m.members) for m in rows)


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
