"""All SQL of talent projects."""

from __future__ import annotations

import builtins
from collections.abc import Sequence

from sqlalchemy import delete, func, or_, select

from matcher.kit.repository import Repository
from matcher.talent.models import (
    AllocationRun,
    Choice,
    Placement,
    Programme,
    TalentParticipant,
    TalentProject,
)


class ProgrammeRepository(Repository[Programme]):
    model = Programme


class ProjectRepository(Repository[TalentProject]):
    model = TalentProject

    def of_programme(
        self, programme_id: int, statuses: Sequence[str] | None = None
    ) -> builtins.list[TalentProject]:
        query = select(TalentProject).where(TalentProject.programme_id == programme_id)
        if statuses:
            query = query.where(TalentProject.status.in_(statuses))
        return list(self.session.scalars(query.order_by(TalentProject.id)))

    def count_of(self, programme_id: int) -> int:
        query = select(func.count()).where(TalentProject.programme_id == programme_id)
        return self.session.scalar(query) or 0


class ParticipantRepository(Repository[TalentParticipant]):
    model = TalentParticipant

    def of_programme(
        self, programme_id: int, ids: Sequence[int] | None = None, include_erased: bool = True
    ) -> builtins.list[TalentParticipant]:
        query = select(TalentParticipant).where(TalentParticipant.programme_id == programme_id)
        if ids is not None:
            query = query.where(TalentParticipant.id.in_(ids))
        if not include_erased:
            query = query.where(TalentParticipant.erased.is_(False))
        return list(self.session.scalars(query.order_by(TalentParticipant.id)))

    def by_email(self, programme_id: int, email: str) -> TalentParticipant | None:
        return self.session.scalar(
            select(TalentParticipant).where(
                TalentParticipant.programme_id == programme_id, TalentParticipant.email == email
            )
        )

    def of_user(self, programme_id: int, user_id: int, email: str) -> TalentParticipant | None:
        return self.session.scalar(
            select(TalentParticipant)
            .where(
                TalentParticipant.programme_id == programme_id,
                or_(TalentParticipant.user_id == user_id, TalentParticipant.email == email),
            )
            .order_by(TalentParticipant.id)
            .limit(1)
        )

    def count_of(self, programme_id: int) -> int:
        query = select(func.count()).where(TalentParticipant.programme_id == programme_id)
        return self.session.scalar(query) or 0

    def replace_choices(self, participant: TalentParticipant, projects: Sequence[int]) -> None:
        """The participant's choices become `projects`, ranked in that order (the old ones are deleted first,
        so that the unique ranks never clash)."""
        self.session.execute(delete(Choice).where(Choice.participant_id == participant.id))
        self.session.flush()
        self.session.expire(participant, ["choices"])
        for rank, project_id in enumerate(projects, start=1):
            self.session.add(Choice(participant_id=participant.id, project_id=project_id, rank=rank))
        self.session.flush()
        self.session.expire(participant, ["choices"])


class AllocationRepository(Repository[AllocationRun]):
    model = AllocationRun

    def latest(self, programme_id: int) -> AllocationRun | None:
        return self.session.scalar(
            select(AllocationRun)
            .where(AllocationRun.programme_id == programme_id)
            .order_by(AllocationRun.id.desc())
            .limit(1)
        )

    def runs(self, programme_id: int) -> builtins.list[AllocationRun]:
        query = select(AllocationRun).where(AllocationRun.programme_id == programme_id)
        return list(self.session.scalars(query.order_by(AllocationRun.id)))

    def placement(self, placement_id: int) -> Placement | None:
        return self.session.get(Placement, placement_id)

    def placement_of(self, run_id: int, participant_id: int) -> Placement | None:
        return self.session.scalar(
            select(Placement).where(Placement.run_id == run_id, Placement.participant_id == participant_id)
        )

    def team(self, run_id: int, project_id: int) -> builtins.list[Placement]:
        query = select(Placement).where(Placement.run_id == run_id, Placement.project_id == project_id)
        return list(self.session.scalars(query.order_by(Placement.participant_id)))
