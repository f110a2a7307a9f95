"""The tables of event matchmaking: an event with its session windows and tables, its participants (each with
availability and personal agenda blocks), the meeting requests between them, the scheduled meetings, and each
side's follow-up outcome of a meeting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.kit.db import Base, TimestampMixin, TZDateTime, utcnow
from matcher.profiles.models import Organisation


class Event(TimestampMixin, Base):
    """A matchmaking event. `windows` are the session windows (`{"start", "end"}`, ISO times with a zone) cut
    into slots of `meeting_minutes` + `changeover_minutes`; `roles` and `intents` the event's own vocabulary
    for its filters; `schedule_state` none -> provisional (the organiser reviews it) -> final."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    venue: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    meeting_minutes: Mapped[int] = mapped_column(Integer, default=15)
    changeover_minutes: Mapped[int] = mapped_column(Integer, default=5)
    windows: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    intents: Mapped[list[str]] = mapped_column(JSON, default=list)
    auto_accept: Mapped[bool] = mapped_column(Boolean, default=False)
    cap_per_participant: Mapped[int] = mapped_column(Integer, default=8)
    request_deadline: Mapped[datetime | None] = mapped_column(TZDateTime())
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    schedule_state: Mapped[str] = mapped_column(String(20), default="none")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    owner: Mapped[Organisation] = relationship()
    tables: Mapped[list[EventTable]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventTable.id"
    )


class EventTable(Base):
    """A meeting table of an event: a name, how many it seats, where it stands."""

    __tablename__ = "event_tables"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    capacity: Mapped[int] = mapped_column(Integer, default=2)
    location: Mapped[str] = mapped_column(String(300), default="")

    event: Mapped[Event] = relationship(back_populates="tables")


class Participant(TimestampMixin, Base):
    """A person at the event for an organisation (a profile of the network, or only the `organisation_name`
    given at registration). `availability` and `agenda` are lists of `{"start", "end"}` (and a `title` for a
    talk they attend); an empty availability means the whole event. `capacity` caps their meetings below the
    event's cap."""

    __tablename__ = "event_participants"
    __table_args__ = (UniqueConstraint("event_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    phone: Mapped[str] = mapped_column(String(60), default="")
    organisation_name: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(40))
    intents: Mapped[list[str]] = mapped_column(JSON, default=list)
    looking_for: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    availability: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    agenda: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    capacity: Mapped[int | None] = mapped_column(Integer)
    checked_in: Mapped[bool] = mapped_column(Boolean, default=False)
    late: Mapped[bool] = mapped_column(Boolean, default=False)

    organisation: Mapped[Organisation | None] = relationship()


class MeetingRequest(TimestampMixin, Base):
    """One participant's wish to meet another: `priority` must / would_like / no_thanks (a no-thanks vetoes the
    pair), `status` pending -> accepted | declined | expired. `companions` are the ids of colleagues (participants
    of either side's organisation) who join the meeting, a team of at most four in all; `reminders` counts the
    reminders the recipient got while it was pending, the last at `reminded_at`."""

    __tablename__ = "event_requests"
    __table_args__ = (UniqueConstraint("event_id", "requester_id", "recipient_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    requester_id: Mapped[int] = mapped_column(
        ForeignKey("event_participants.id", ondelete="CASCADE"), index=True
    )
    recipient_id: Mapped[int] = mapped_column(
        ForeignKey("event_participants.id", ondelete="CASCADE"), index=True
    )
    message: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[str] = mapped_column(String(20), default="would_like")
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    answered_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    companions: Mapped[list[int]] = mapped_column(JSON, default=list)
    reminders: Mapped[int] = mapped_column(Integer, default=0)
    reminded_at: Mapped[datetime | None] = mapped_column(TZDateTime())

    requester: Mapped[Participant] = relationship(foreign_keys=[requester_id])
    recipient: Mapped[Participant] = relationship(foreign_keys=[recipient_id])


class Meeting(TimestampMixin, Base):
    """Two participants (and up to two `companions`, the ids of colleagues who join them) at one slot and table:
    `status` tentative -> scheduled | cancelled (a slot held for a pending request), scheduled -> held | no_show |
    cancelled; a `locked` meeting stays where it is when the schedule is
    solved again; `reason` says why these two and why then."""

    __tablename__ = "event_meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    participant_a_id: Mapped[int] = mapped_column(
        ForeignKey("event_participants.id", ondelete="CASCADE"), index=True
    )
    participant_b_id: Mapped[int] = mapped_column(
        ForeignKey("event_participants.id", ondelete="CASCADE"), index=True
    )
    request_id: Mapped[int | None] = mapped_column(ForeignKey("event_requests.id", ondelete="SET NULL"))
    slot: Mapped[int] = mapped_column(Integer)
    table: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column(TZDateTime())
    ends_at: Mapped[datetime] = mapped_column(TZDateTime())
    status: Mapped[str] = mapped_column(String(20), default="scheduled", index=True)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(Text, default="")
    companions: Mapped[list[int]] = mapped_column(JSON, default=list)

    participant_a: Mapped[Participant] = relationship(foreign_keys=[participant_a_id])
    participant_b: Mapped[Participant] = relationship(foreign_keys=[participant_b_id])

    @property
    def members(self) -> list[int]:
        """Everyone in the meeting: the two sides, then their companions."""
        return [self.participant_a_id, self.participant_b_id, *(self.companions or [])]


class FollowUp(Base):
    """One side's outcome of a held meeting, months later (b2match's second-stage rating)."""

    __tablename__ = "event_follow_ups"
    __table_args__ = (UniqueConstraint("meeting_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("event_meetings.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("event_participants.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
