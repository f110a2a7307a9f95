"""The tables of corporate challenges: a challenge, the engine's invitation proposals, applications, jurors
with their declared conflicts, reviews (an assignment of one juror to one application, and its marks once
given) and the pitch day's sessions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.kit.db import Base, TimestampMixin, TZDateTime, utcnow
from matcher.profiles.models import Organisation


class Challenge(TimestampMixin, Base):
    """An open call by a company or a public body: a problem with a deadline that start-ups and researchers
    answer. `criteria` is a list of `{"name", "weight"}`; `requirements` the must-haves screened per
    application."""

    __tablename__ = "challenges"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    problem: Mapped[str] = mapped_column(Text, default="")
    solutions_of_interest: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[list[str]] = mapped_column(JSON, default=list)
    offer: Mapped[str] = mapped_column(Text, default="")
    trl_min: Mapped[int | None] = mapped_column(Integer)
    applicant_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    language: Mapped[str] = mapped_column(String(10), default="en")
    deadline: Mapped[date | None] = mapped_column(Date)
    pitch_slots: Mapped[int] = mapped_column(Integer, default=5)
    criteria: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    visibility: Mapped[str] = mapped_column(String(20), default="public")
    owner_anonymous: Mapped[bool] = mapped_column(Boolean, default=False)
    blind_review: Mapped[bool] = mapped_column(Boolean, default=False)
    reviews_per_application: Mapped[int] = mapped_column(Integer, default=3)
    cap_per_applicant: Mapped[int] = mapped_column(Integer, default=2)
    ranking_method: Mapped[str] = mapped_column(String(10), default="mean")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    opened_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(TZDateTime())

    owner: Mapped[Organisation] = relationship()


class Invitation(TimestampMixin, Base):
    """An organisation the engine proposes to invite, with its score and why; `state` proposed -> invited
    (a manager approved it and the invitees got it in their inbox) or dismissed."""

    __tablename__ = "challenge_invitations"
    __table_args__ = (UniqueConstraint("challenge_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    score: Mapped[float] = mapped_column(Float)
    explanation: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="proposed")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    invited_at: Mapped[datetime | None] = mapped_column(TZDateTime())

    organisation: Mapped[Organisation] = relationship()


class Application(TimestampMixin, Base):
    """One organisation's answer to a challenge. `status` is where it stands; `announced_status` what its
    applicant has been told (a manager's decisions wait in between until they are sent in one batch)."""

    __tablename__ = "challenge_applications"
    __table_args__ = (UniqueConstraint("challenge_id", "organisation_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    announced_status: Mapped[str] = mapped_column(String(20), default="draft")
    summary: Mapped[str] = mapped_column(Text, default="")
    approach: Mapped[str] = mapped_column(Text, default="")
    why_us: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str | None] = mapped_column(String(20))
    trl: Mapped[int | None] = mapped_column(Integer)
    references: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[str]] = mapped_column(JSON, default=list)
    invited: Mapped[bool] = mapped_column(Boolean, default=False)
    checklist: Mapped[dict[str, bool]] = mapped_column(JSON, default=dict)
    screening_note: Mapped[str] = mapped_column(Text, default="")
    fit_score: Mapped[float | None] = mapped_column(Float)
    fit_explanation: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    decision_note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    submitted_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    announced_at: Mapped[datetime | None] = mapped_column(TZDateTime())
    introduction_id: Mapped[int | None] = mapped_column(ForeignKey("introductions.id", ondelete="SET NULL"))

    challenge: Mapped[Challenge] = relationship()
    organisation: Mapped[Organisation] = relationship()


class Juror(TimestampMixin, Base):
    """A user on a challenge's jury with a load cap; `expertise` is what they judge best (else their
    organisation's description stands for it). An inactive juror dropped out."""

    __tablename__ = "challenge_jurors"
    __table_args__ = (UniqueConstraint("challenge_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    cap: Mapped[int] = mapped_column(Integer, default=10)
    expertise: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    conflicts: Mapped[list[Conflict]] = relationship(
        back_populates="juror", cascade="all, delete-orphan", order_by="Conflict.id"
    )


class Conflict(Base):
    """A conflict of interest a juror (or a manager for them) declared for one application, with why."""

    __tablename__ = "challenge_conflicts"
    __table_args__ = (UniqueConstraint("juror_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    juror_id: Mapped[int] = mapped_column(ForeignKey("challenge_jurors.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("challenge_applications.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)

    juror: Mapped[Juror] = relationship(back_populates="conflicts")


class Review(TimestampMixin, Base):
    """One juror's review of one application: made by the assignment (with its fit and why), finished when
    the juror gives a mark per criterion (`submitted_at`). Applicants see the comment only once a manager
    released it."""

    __tablename__ = "challenge_reviews"
    __table_args__ = (UniqueConstraint("application_id", "juror_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("challenge_applications.id", ondelete="CASCADE"), index=True
    )
    juror_id: Mapped[int] = mapped_column(ForeignKey("challenge_jurors.id", ondelete="CASCADE"), index=True)
    fit: Mapped[float] = mapped_column(Float, default=0.0)
    reason: Mapped[str] = mapped_column(Text, default="")
    marks: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    comment: Mapped[str] = mapped_column(Text, default="")
    released: Mapped[bool] = mapped_column(Boolean, default=False)
    submitted_at: Mapped[datetime | None] = mapped_column(TZDateTime())

    application: Mapped[Application] = relationship()
    juror: Mapped[Juror] = relationship()


class PitchSession(Base):
    """One pitch of the pitch day: an application, a room, a time, the jurors present, and why there."""

    __tablename__ = "challenge_pitch_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    challenge_id: Mapped[int] = mapped_column(ForeignKey("challenges.id", ondelete="CASCADE"), index=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("challenge_applications.id", ondelete="CASCADE"), index=True
    )
    room: Mapped[str] = mapped_column(String(120))
    starts_at: Mapped[datetime] = mapped_column(TZDateTime())
    ends_at: Mapped[datetime] = mapped_column(TZDateTime())
    jurors: Mapped[list[int]] = mapped_column(JSON, default=list)
    reason: Mapped[str] = mapped_column(Text, default="")
