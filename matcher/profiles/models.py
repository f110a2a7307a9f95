"""SQLAlchemy models of the profile domain."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.kit.db import Base, TimestampMixin, TZDateTime, utcnow


class Organisation(TimestampMixin, Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str | None] = mapped_column(String(40), index=True)
    size_band: Mapped[str | None] = mapped_column(String(20))
    founding_year: Mapped[int | None] = mapped_column(Integer)
    city: Mapped[str | None] = mapped_column(String(120), index=True)
    postcode: Mapped[str | None] = mapped_column(String(20))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    region: Mapped[str | None] = mapped_column(String(120))
    group: Mapped[str | None] = mapped_column(String(200), index=True)
    """The corporate group the organisation belongs to (subsidiaries share it): "same group" is a conflict
    of interest for juries."""
    website: Mapped[str | None] = mapped_column(String(500))
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    description: Mapped[str] = mapped_column(Text, default="")
    competences: Mapped[list[str]] = mapped_column(JSON, default=list)
    sectors: Mapped[list[str]] = mapped_column(JSON, default=list)
    technology_keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    market_keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    visibility: Mapped[str] = mapped_column(String(20), default="public")
    source: Mapped[str | None] = mapped_column(String(60))

    contacts: Mapped[list[ContactPerson]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="ContactPerson.position"
    )
    opportunities: Mapped[list[Opportunity]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", order_by="Opportunity.id"
    )


class ContactPerson(Base):
    """A person to contact at an organisation. Never part of a public response."""

    __tablename__ = "contact_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(60))

    organisation: Mapped[Organisation] = relationship(back_populates="contacts")


class Opportunity(TimestampMixin, Base):
    """What an organisation offers or seeks."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    ref: Mapped[str | None] = mapped_column(String(200), unique=True)
    direction: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")
    stage: Mapped[str | None] = mapped_column(String(20))
    trl: Mapped[int | None] = mapped_column(Integer)
    ipr_status: Mapped[str | None] = mapped_column(String(20))
    partner_kinds: Mapped[list[str]] = mapped_column(JSON, default=list)
    partner_sizes: Mapped[list[str]] = mapped_column(JSON, default=list)
    partnership_types: Mapped[list[str]] = mapped_column(JSON, default=list)
    regions: Mapped[list[str]] = mapped_column(JSON, default=list)
    keywords: Mapped[list[str]] = mapped_column(JSON, default=list)
    deadline: Mapped[date | None] = mapped_column(Date)
    expires_at: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="published")

    organisation: Mapped[Organisation] = relationship(back_populates="opportunities")


class Cooperation(Base):
    """A known cooperation between two organisations; stored once per pair with `organisation_a_id < _b_id`."""

    __tablename__ = "cooperations"
    __table_args__ = (UniqueConstraint("organisation_a_id", "organisation_b_id", "source", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_a_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    organisation_b_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
