"""The tables of talent projects: a programme (a round), the projects hosts offer in it, the participants who
apply (students, trainees, young professionals) with their ranked choices, and each allocation run with the
placement it gave every participant and why."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from matcher.audit.listener import audited
from matcher.kit.db import Base, TimestampMixin, TZDateTime, utcnow
from matcher.profiles.models import Organisation


class Programme(TimestampMixin, Base):
    """A round of talent projects run by `owner` (an agency, a university): its dates, the application
    deadline, the team-mix floors every running team meets (`min_trainees`, `min_institutions`), the languages
    it works in, and `status` draft -> open -> allocating -> running -> done."""

    __tablename__ = "talent_programmes"

    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    application_deadline: Mapped[datetime | None] = mapped_column(TZDateTime())
    min_trainees: Mapped[int] = mapped_column(Integer, default=0)
    min_institutions: Mapped[int] = mapped_column(Integer, default=1)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    owner: Mapped[Organisation] = relationship()


class TalentProject(TimestampMixin, Base):
    """A project a host organisation offers in a programme: what it is about, the skills it needs, its team
    size (a team below `min_size` does not run), the languages it works in (empty: any) and how many people its
    supervisors can take. `host_ranking` the participants the host prefers, best first (for the blocking-pair
    check). `status` proposed -> open | cancelled, or merged: a project below its minimum whose choosers go to
    the open project `merged_into_id` (its host sees that team once published)."""

    __tablename__ = "talent_projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("talent_programmes.id", ondelete="CASCADE"), index=True
    )
    host_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    min_size: Mapped[int] = mapped_column(Integer, default=3)
    max_size: Mapped[int] = mapped_column(Integer, default=6)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    supervisor_capacity: Mapped[int | None] = mapped_column(Integer)
    host_ranking: Mapped[list[int]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20), default="proposed", index=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("talent_projects.id", ondelete="SET NULL"))
    proposed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    host: Mapped[Organisation] = relationship()


class TalentParticipant(TimestampMixin, Base):
    """A person who applied to a programme (never public: `matcher.auth.policies`). `track` student | trainee |
    young_professional; `group` the label friends who apply together share; `vetoes` the projects they may not
    join (a conflict of interest, a manager's no); `consent_at` when they agreed to the processing of their
    data (no participant without it); `erased` once their personal data were erased (the allocation history
    stays, anonymised)."""

    __tablename__ = "talent_participants"
    __table_args__ = (UniqueConstraint("programme_id", "email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("talent_programmes.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320))
    track: Mapped[str] = mapped_column(String(30))
    institution: Mapped[str] = mapped_column(String(300))
    field: Mapped[str] = mapped_column(String(200), default="")
    skills: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[str] = mapped_column(Text, default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    availability: Mapped[str] = mapped_column(Text, default="")
    group: Mapped[str | None] = mapped_column(String(120))
    vetoes: Mapped[list[int]] = mapped_column(JSON, default=list)
    consent_at: Mapped[datetime] = mapped_column(TZDateTime())
    erased: Mapped[bool] = mapped_column(Boolean, default=False)

    choices: Mapped[list[Choice]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", order_by="Choice.rank"
    )


class Choice(Base):
    """A participant's ranked choice of a project: rank 1 (the most wanted) to 5."""

    __tablename__ = "talent_choices"
    __table_args__ = (
        UniqueConstraint("participant_id", "rank"),
        UniqueConstraint("participant_id", "project_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("talent_participants.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int] = mapped_column(ForeignKey("talent_projects.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)

    participant: Mapped[TalentParticipant] = relationship(back_populates="choices")


class AllocationRun(Base):
    """One solve of a programme's allocation: who ran it and when, the rank `profile` (how many got their 1st,
    2nd, ... choice), how many stayed unplaced, the projects it cancelled, the blocking pairs, the solver's
    stages and whether every stage was proven optimal. The latest run is the programme's allocation."""

    __tablename__ = "talent_allocation_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("talent_programmes.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    profile: Mapped[list[int]] = mapped_column(JSON, default=list)
    unassigned: Mapped[int] = mapped_column(Integer, default=0)
    cancelled: Mapped[list[int]] = mapped_column(JSON, default=list)
    blocking: Mapped[list[Any]] = mapped_column(JSON, default=list)
    stages: Mapped[list[str]] = mapped_column(JSON, default=list)
    optimal: Mapped[bool] = mapped_column(Boolean, default=True)

    placements: Mapped[list[Placement]] = relationship(
        back_populates="run", cascade="all, delete-orphan", order_by="Placement.participant_id"
    )


class Placement(Base):
    """Where one run put one participant: `project_id` their project (None: unplaced), `reason` why (rank,
    skills, team rule, or why not), `locked` a manager's decision the next run keeps."""

    __tablename__ = "talent_placements"
    __table_args__ = (UniqueConstraint("run_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(
        ForeignKey("talent_allocation_runs.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("talent_participants.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("talent_projects.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    run: Mapped[AllocationRun] = relationship(back_populates="placements")
    participant: Mapped[TalentParticipant] = relationship()


class Feedback(TimestampMixin, Base):
    """The end of a round: a participant's rating of their project, or a host's member's rating of the team,
    1 (poor) to 5 (excellent), with a comment. One per author and project (`author_key`: `participant:ID` or
    `host:USER_ID`), changed by giving it again; an erased participant's comment is blanked."""

    __tablename__ = "talent_feedback"
    __table_args__ = (UniqueConstraint("project_id", "author_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("talent_programmes.id", ondelete="CASCADE"), index=True
    )
    project_id: Mapped[int] = mapped_column(ForeignKey("talent_projects.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(20))
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("talent_participants.id", ondelete="SET NULL"), index=True
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_key: Mapped[str] = mapped_column(String(80))
    rating: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


# The audit log (matcher/audit/listener.py) records every change of these; a participant's personal data and a
# feedback's comment only as changed, so that an erasure leaves no copy of them there.
audited(Programme, "talent_programme")
audited(TalentProject, "talent_project")
audited(
    TalentParticipant,
    "talent_participant",
    personal=(
        "name",
        "email",
        "institution",
        "field",
        "skills",
        "interests",
        "languages",
        "availability",
        "group",
    ),
)
audited(Feedback, "talent_feedback", personal=("comment",))
