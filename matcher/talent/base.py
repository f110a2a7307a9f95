"""What every step of a talent programme shares: the repositories, the lookups, the viewer's own participant,
whether a viewer hosts a participant's team, and the records as a viewer may read them.

`Matching` is what talent projects need of the matching side, by protocol: the recommender
(`matcher.recommendations.service.Recommender`) answers it."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.auth.policies import may_run_programme
from matcher.errors import Conflict, NotFound
from matcher.recommendations.interface import Matching
from matcher.talent.models import AllocationRun, Placement, Programme, TalentParticipant, TalentProject
from matcher.talent.repository import (
    AllocationRepository,
    ParticipantRepository,
    ProgrammeRepository,
    ProjectRepository,
)
from matcher.talent.schemas import (
    PROGRAMME_TRANSITIONS,
    AllocationRunPublic,
    ChoicePublic,
    ParticipantPublic,
    PlacementPublic,
    ProgrammePublic,
    ProjectPublic,
)

ERASED = "(erased)"


class TalentBase:
    """The session and the repositories; the lookups each step makes. Services never commit."""

    def __init__(self, session: Session, matching: Matching | None = None) -> None:
        self.session = session
        self.matching = matching
        self.programmes = ProgrammeRepository(session)
        self.projects = ProjectRepository(session)
        self.participants = ParticipantRepository(session)
        self.runs = AllocationRepository(session)

    def find_programme(self, programme_id: int) -> Programme:
        programme = self.programmes.get(programme_id)
        if programme is None:
            raise NotFound(f"programme {programme_id} does not exist")
        return programme

    def find_project(self, programme: Programme, project_id: int) -> TalentProject:
        project = self.projects.get(project_id)
        if project is None or project.programme_id != programme.id:
            raise NotFound(f"project {project_id} is not in programme {programme.id}")
        return project

    def find_participant(self, programme: Programme, participant_id: int) -> TalentParticipant:
        participant = self.participants.get(participant_id)
        if participant is None or participant.programme_id != programme.id:
            raise NotFound(f"participant {participant_id} is not in programme {programme.id}")
        return participant

    def me(self, programme: Programme, user: User | None) -> TalentParticipant | None:
        """The viewer's own participant in the programme, if they applied."""
        if user is None:
            return None
        return self.participants.of_user(programme.id, user.id, user.email.lower())

    def placement(self, programme: Programme, participant: TalentParticipant) -> Placement | None:
        """Where the programme's allocation (its latest run) put the participant."""
        run = self.runs.latest(programme.id)
        return None if run is None else self.runs.placement_of(run.id, participant.id)

    def hosts_them(self, programme: Programme, participant: TalentParticipant, user: User | None) -> bool:
        """The viewer is a member of the host of the project the allocation put the participant in."""
        if user is None or user.organisation_id is None:
            return False
        placement = self.placement(programme, participant)
        if placement is None or placement.project_id is None:
            return False
        project = self.projects.get(placement.project_id)
        return project is not None and project.host_id == user.organisation_id

    def require_status(self, programme: Programme, statuses: Sequence[str], doing: str) -> None:
        if programme.status not in statuses:
            raise Conflict(
                f"{doing} needs the programme {' or '.join(statuses)}; it is {programme.status}",
                detail={"status": programme.status, "allowed": list(statuses)},
            )

    # --- as a viewer reads them ------------------------------------------------------------------------------

    def programme_public(self, programme: Programme, viewer: User | None) -> ProgrammePublic:
        runs = may_run_programme(viewer, programme)
        return ProgrammePublic(
            id=programme.id,
            owner_id=programme.owner_id,
            owner_name=programme.owner.name,
            name=programme.name,
            description=programme.description,
            starts_on=programme.starts_on,
            ends_on=programme.ends_on,
            application_deadline=programme.application_deadline,
            min_trainees=programme.min_trainees,
            min_institutions=programme.min_institutions,
            languages=list(programme.languages),
            status=programme.status,  # type: ignore[arg-type]
            allowed=list(PROGRAMME_TRANSITIONS[programme.status]) if runs else [],
            projects=self.projects.count_of(programme.id),
            participants=self.participants.count_of(programme.id),
            created_at=programme.created_at,
        )

    def project_public(self, project: TalentProject) -> ProjectPublic:
        return ProjectPublic(
            id=project.id,
            programme_id=project.programme_id,
            host_id=project.host_id,
            host_name=project.host.name,
            title=project.title,
            description=project.description,
            skills=list(project.skills),
            min_size=project.min_size,
            max_size=project.max_size,
            languages=list(project.languages),
            supervisor_capacity=project.supervisor_capacity,
            status=project.status,  # type: ignore[arg-type]
            merged_into=project.merged_into_id,
        )

    def participant_public(self, participant: TalentParticipant) -> ParticipantPublic:
        """Only for a viewer the policy lets see the participant (`ParticipantService.get`)."""
        titles = {p.id: p.title for p in self.projects.of_programme(participant.programme_id)}
        return ParticipantPublic(
            id=participant.id,
            programme_id=participant.programme_id,
            name=participant.name,
            email=participant.email,
            track=participant.track,  # type: ignore[arg-type]
            institution=participant.institution,
            field=participant.field,
            skills=list(participant.skills),
            interests=participant.interests,
            languages=list(participant.languages),
            availability=participant.availability,
            group=participant.group,
            choices=[
                ChoicePublic(rank=c.rank, project_id=c.project_id, title=titles.get(c.project_id, ""))
                for c in participant.choices
            ],
            vetoes=list(participant.vetoes),
            consent_at=participant.consent_at,
            erased=participant.erased,
        )

    def placement_public(self, placement: Placement) -> PlacementPublic:
        project = self.projects.get(placement.project_id) if placement.project_id is not None else None
        person = placement.participant
        return PlacementPublic(
            id=placement.id,
            participant_id=placement.participant_id,
            participant_name=ERASED if person.erased else person.name,
            project_id=placement.project_id,
            project_title=project.title if project is not None else None,
            reason=placement.reason,
            locked=placement.locked,
        )

    def run_public(self, run: AllocationRun) -> AllocationRunPublic:
        return AllocationRunPublic(
            id=run.id,
            programme_id=run.programme_id,
            created_at=run.created_at,
            created_by_id=run.created_by_id,
            profile=list(run.profile),
            unassigned=run.unassigned,
            cancelled=list(run.cancelled),
            blocking=[list(pair) for pair in run.blocking],
            stages=list(run.stages),
            optimal=run.optimal,
            placements=[self.placement_public(p) for p in run.placements],
        )
