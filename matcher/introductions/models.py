"""The tables of introductions: an introduction between two organisations, its history of events, and the
managers' queue of suggested pairs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.auth.models import User
from matcher.kit.db import Base, TimestampMixin, TZDateTime, utcnow


class Introduction(TimestampMixin, Base):
    """A proposed contact between two organisations, from suggestion to cooperation."""

    __tablename__ = "introductions"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    opportunity_a_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    opportunity_b_id: Mapped[int | None] = mapped_column(ForeignKey("opportunities.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="suggested", index=True)
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    message: Mapped[str] = mapped_column(Text, default="")
    reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[float | None] = mapped_column(Float)
    consent_a: Mapped[str | None] = mapped_column(String(20))  # accepted | declined
    consent_b: Mapped[str | None] = mapped_column(String(20))
    outcome_a: Mapped[str | None] = mapped_column(String(40))
    outcome_b: Mapped[str | None] = mapped_column(String(40))
    outcome_note_a: Mapped[str] = mapped_column(Text, default="")
    outcome_note_b: Mapped[str] = mapped_column(Text, default="")

    events: Mapped[list[IntroductionEvent]] = relationship(
        back_populates="introduction", cascade="all, delete-orphan", order_by="IntroductionEvent.id"
    )


class IntroductionEvent(Base):
    """One step of an introduction's history: who, when, from which status to which, and a note."""

    __tablename__ = "introduction_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    introduction_id: Mapped[int] = mapped_column(
        ForeignKey("introductions.id", ondelete="CASCADE"), index=True
    )
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(300))
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)

    introduction: Mapped[Introduction] = relationship(back_populates="events")
    actor: Mapped[User | None] = relationship()


class QueueItem(TimestampMixin, Base):
    """A pair the engine suggests across the ecosystem, waiting for a manager; stored once per pair (a < b)."""

    __tablename__ = "queue_items"
    __table_args__ = (UniqueConstraint("organisation_a_id", "organisation_b_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    score: Mapped[float] = mapped_column(Float)
    reasons: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)  # open | taken | dismissed
    manager_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    introduction_id: Mapped[int | None] = mapped_column(ForeignKey("introductions.id", ondelete="SET NULL"))
