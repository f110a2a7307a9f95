"""Talent projects: programmes, the projects hosts offer, participants (registration with consent, ranked
choices, groups, vetoes, suggestions explained), and the allocation (solve, the placements with their reasons,
lock, move and solve again, publish, a project's team). HTTP to the services of `matcher.talent` and back; the
guards of `matcher.web.guards` decide who reaches each handler. A participant is never public: hidden means 404."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from matcher.errors import NotFound
from matcher.talent.importer import TalentImportReport, TalentImportRequest, import_participants
from matcher.talent.schemas import (
    AllocationRequest,
    AllocationRunPublic,
    ChoicesUpdate,
    GroupUpdate,
    LockRequest,
    MoveRequest,
    ParticipantCreate,
    ParticipantPublic,
    ParticipantsPublic,
    PlacementPublic,
    PlacementsPublic,
    ProgrammeCreate,
    ProgrammePublic,
    ProgrammesPublic,
    ProgrammeStatus,
    ProgrammeTransition,
    ProgrammeUpdate,
    ProjectCreate,
    ProjectMerge,
    ProjectPublic,
    ProjectsPublic,
    ProjectTransition,
    ProjectUpdate,
    SuggestionsPublic,
    VetoesUpdate,
)
from matcher.web.api.params import IdPath, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import (
    ApiUserDep,
    ProgrammesDep,
    TalentAllocationDep,
    TalentParticipantsDep,
    TalentProjectsDep,
)
from matcher.web.guards import ManagedProgramme, SignedInUser, ViewableProgramme, ViewableTalentParticipant

router = APIRouter(tags=["talent"], responses=errors(401, 403, 404, 409))
P = "/talent/programmes"
ONE = P + "/{programme_id}"


# --- programmes ----------------------------------------------------------------------------------------------


@router.get(P, response_model=ProgrammesPublic)
def list_programmes(
    programmes: ProgrammesDep,
    user: ApiUserDep,
    status: Annotated[list[ProgrammeStatus] | None, Query(description="Only these statuses.")] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> ProgrammesPublic:
    """Managers see every programme; the others those past their draft, members also their own drafts."""
    rows, count = programmes.list(user, [s.value for s in status] if status else None, offset, limit)
    return ProgrammesPublic(data=[programmes.programme_public(p, user) for p in rows], count=count)


@router.post(P, response_model=ProgrammePublic, status_code=status.HTTP_201_CREATED)
def create_programme(
    user: SignedInUser, data: ProgrammeCreate, programmes: ProgrammesDep, response: Response
) -> ProgrammePublic:
    """A draft programme of an organisation: a member's own, any `owner_id` for managers."""
    programme = programmes.create(user, data)
    response.headers["Location"] = f"/api/v1{P}/{programme.id}"
    return programmes.programme_public(programme, user)


@router.get(ONE, response_model=ProgrammePublic)
def get_programme(
    programme: ViewableProgramme, programmes: ProgrammesDep, user: ApiUserDep
) -> ProgrammePublic:
    return programmes.programme_public(programme, user)


@router.patch(ONE, response_model=ProgrammePublic)
def update_programme(
    programme: ManagedProgramme, user: SignedInUser, data: ProgrammeUpdate, programmes: ProgrammesDep
) -> ProgrammePublic:
    """Change what is sent; the team rules stay once the teams are published."""
    return programmes.programme_public(programmes.update(programme, user, data), user)


@router.post(ONE + "/transition", response_model=ProgrammePublic)
def move_programme(
    programme: ManagedProgramme, user: SignedInUser, data: ProgrammeTransition, programmes: ProgrammesDep
) -> ProgrammePublic:
    """draft -> open -> allocating -> running -> done (allocating and running by their own steps: allocate,
    publish); `409` names what is allowed from here."""
    return programmes.programme_public(programmes.transition(programme, user, data.to.value), user)


# --- projects ------------------------------------------------------------------------------------------------


@router.get(ONE + "/projects", response_model=ProjectsPublic)
def list_projects(
    programme: ViewableProgramme, user: ApiUserDep, projects: TalentProjectsDep
) -> ProjectsPublic:
    """The open and cancelled projects; the proposed ones too for their host and who runs the programme."""
    rows = projects.visible(programme, user)
    return ProjectsPublic(data=[projects.project_public(p) for p in rows], count=len(rows))


@router.post(ONE + "/projects", response_model=ProjectPublic, status_code=status.HTTP_201_CREATED)
def propose_project(
    user: SignedInUser, programme: ViewableProgramme, data: ProjectCreate, projects: TalentProjectsDep
) -> ProjectPublic:
    """A host's member proposes a project for their organisation, a manager for any (`host_id`)."""
    return projects.project_public(projects.propose(programme, user, data))


@router.get(ONE + "/projects/{project_id}", response_model=ProjectPublic)
def get_project(
    programme: ViewableProgramme, project_id: IdPath, user: ApiUserDep, projects: TalentProjectsDep
) -> ProjectPublic:
    return projects.project_public(projects.get(programme, project_id, user))


@router.patch(ONE + "/projects/{project_id}", response_model=ProjectPublic)
def update_project(
    user: SignedInUser,
    programme: ViewableProgramme,
    project_id: IdPath,
    data: ProjectUpdate,
    projects: TalentProjectsDep,
) -> ProjectPublic:
    """Its host's members and who runs the programme, until the allocation starts (the host's ranking of
    participants also while allocating)."""
    project = projects.get(programme, project_id, user)
    return projects.project_public(projects.update(programme, project, user, data))


@router.post(ONE + "/projects/{project_id}/transition", response_model=ProjectPublic)
def move_project(
    programme: ManagedProgramme,
    project_id: IdPath,
    user: SignedInUser,
    data: ProjectTransition,
    projects: TalentProjectsDep,
) -> ProjectPublic:
    """Open a proposed project for choices, or cancel one (a cancelled one may open again)."""
    project = projects.find_project(programme, project_id)
    return projects.project_public(projects.transition(programme, project, user, data.to.value))


@router.post(ONE + "/projects/{project_id}/merge", response_model=ProjectPublic)
def merge_project(
    programme: ManagedProgramme,
    project_id: IdPath,
    user: SignedInUser,
    data: ProjectMerge,
    allocation: TalentAllocationDep,
) -> ProjectPublic:
    """Merge an open project (one below its minimum) into another open project: from the next allocation on,
    whoever ranked it joins that team in its place, and its host sees the team. `into` null undoes it."""
    project = allocation.find_project(programme, project_id)
    return allocation.project_public(allocation.merge(programme, project, data.into, user))


@router.get(ONE + "/projects/{project_id}/team", response_model=PlacementsPublic)
def project_team(
    user: SignedInUser, programme: ViewableProgramme, project_id: IdPath, allocation: TalentAllocationDep
) -> PlacementsPublic:
    """Who the allocation put in the project, each with why: for who runs the programme, and for the host's
    members once the teams are published."""
    rows = allocation.team(programme, project_id, user)
    return PlacementsPublic(data=[allocation.placement_public(p) for p in rows], count=len(rows))


# --- participants --------------------------------------------------------------------------------------------


@router.get(ONE + "/participants", response_model=ParticipantsPublic)
def list_participants(
    user: SignedInUser, programme: ViewableProgramme, participants: TalentParticipantsDep
) -> ParticipantsPublic:
    """Who runs the programme: everybody; a participant: themselves; a host, once published: their team."""
    rows = participants.visible(programme, user)
    return ParticipantsPublic(data=[participants.participant_public(p) for p in rows], count=len(rows))


@router.post(ONE + "/participants", response_model=ParticipantPublic, status_code=status.HTTP_201_CREATED)
def register(
    user: SignedInUser,
    programme: ViewableProgramme,
    data: ParticipantCreate,
    participants: TalentParticipantsDep,
) -> ParticipantPublic:
    """Apply while the programme is open, with `consent: true`: a signed-in user for themselves (their
    account's e-mail), who runs the programme for anyone."""
    return participants.participant_public(participants.register(programme, user, data))


@router.post(ONE + "/participants/import", response_model=TalentImportReport)
def import_csv(
    programme: ManagedProgramme,
    user: SignedInUser,
    data: TalentImportRequest,
    participants: TalentParticipantsDep,
) -> TalentImportReport:
    """Applications collected elsewhere, from CSV (`csv`: the file's text, the columns of
    `matcher/talent/importer.py`), while the programme is open: every row is checked first and a bad one writes
    nothing (`422`, `detail` naming each row's line and field)."""
    return import_participants(participants, programme, user, data.csv)


@router.get(ONE + "/participants/me", response_model=ParticipantPublic)
def my_application(
    user: SignedInUser, programme: ViewableProgramme, participants: TalentParticipantsDep
) -> ParticipantPublic:
    """The caller's own application (by account or e-mail)."""
    me = participants.me(programme, user)
    if me is None:
        raise NotFound(f"you have not applied to programme {programme.id}: register first")
    return participants.participant_public(me)


@router.get(ONE + "/participants/{participant_id}", response_model=ParticipantPublic)
def get_participant(
    participant: ViewableTalentParticipant, participants: TalentParticipantsDep
) -> ParticipantPublic:
    return participants.participant_public(participant)


@router.put(ONE + "/participants/{participant_id}/choices", response_model=ParticipantPublic)
def choose(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    data: ChoicesUpdate,
    participants: TalentParticipantsDep,
) -> ParticipantPublic:
    """Up to five different open projects, best first, replacing the earlier choices; while it is open."""
    return participants.participant_public(participants.choose(programme, participant, user, data))


@router.put(ONE + "/participants/{participant_id}/group", response_model=ParticipantPublic)
def join_group(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    data: GroupUpdate,
    participants: TalentParticipantsDep,
) -> ParticipantPublic:
    """Join a group of friends (a label they share: one team or none for all of them), or leave it (null)."""
    return participants.participant_public(participants.group(programme, participant, user, data))


@router.put(ONE + "/participants/{participant_id}/vetoes", response_model=ParticipantPublic)
def veto(
    programme: ManagedProgramme,
    participant_id: IdPath,
    user: SignedInUser,
    data: VetoesUpdate,
    participants: TalentParticipantsDep,
) -> ParticipantPublic:
    """Who runs the programme rules projects out for a participant (a conflict of interest)."""
    participant = participants.find_participant(programme, participant_id)
    return participants.participant_public(participants.veto(programme, participant, user, data))


@router.get(ONE + "/participants/{participant_id}/suggestions", response_model=SuggestionsPublic)
def suggestions(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    participants: TalentParticipantsDep,
    k: Annotated[int, Query(ge=1, le=20)] = 5,
) -> SuggestionsPublic:
    """The open projects closest to the participant's interests and skills, best first, each with why."""
    rows = participants.suggest(programme, participant, user, k)
    return SuggestionsPublic(data=rows, count=len(rows))


@router.get(ONE + "/participants/{participant_id}/placement", response_model=PlacementPublic)
def placement(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    allocation: TalentAllocationDep,
) -> PlacementPublic:
    """The participant's project and why: for the participant and their host once the teams are published."""
    return allocation.placement_public(allocation.placement_for(programme, participant, user))


@router.post(ONE + "/participants/{participant_id}/move", response_model=AllocationRunPublic)
def move_participant(
    programme: ManagedProgramme,
    participant_id: IdPath,
    user: SignedInUser,
    data: MoveRequest,
    allocation: TalentAllocationDep,
) -> AllocationRunPublic:
    """Put a participant into a project they ranked (or, with `project_id` null, into none), locked, and solve
    the rest again keeping every lock."""
    participant = allocation.find_participant(programme, participant_id)
    return allocation.run_public(allocation.move(programme, participant, data.project_id, user))


# --- the allocation ------------------------------------------------------------------------------------------


@router.post(ONE + "/allocation", response_model=AllocationRunPublic)
def allocate(
    programme: ManagedProgramme, user: SignedInUser, data: AllocationRequest, allocation: TalentAllocationDep
) -> AllocationRunPublic:
    """Solve the allocation (CP-SAT), keeping the locked placements; the programme goes to allocating."""
    return allocation.run_public(allocation.allocate(programme, user, time_limit_s=data.time_limit_s))


@router.get(ONE + "/allocation", response_model=AllocationRunPublic)
def current_allocation(
    programme: ManagedProgramme, user: SignedInUser, allocation: TalentAllocationDep
) -> AllocationRunPublic:
    """The latest run: the rank profile, who is unplaced, the cancelled projects, every placement with why."""
    run = allocation.current(programme, user)
    if run is None:
        raise NotFound(
            f"programme {programme.id} has no allocation yet: run it with POST /api/v1{P}/{programme.id}/allocation"
        )
    return allocation.run_public(run)


@router.post(ONE + "/allocation/placements/{placement_id}/lock", response_model=PlacementPublic)
def lock_placement(
    programme: ManagedProgramme,
    placement_id: IdPath,
    user: SignedInUser,
    data: LockRequest,
    allocation: TalentAllocationDep,
) -> PlacementPublic:
    """Keep a placement of the current allocation in every later run (`locked: false` releases it)."""
    return allocation.placement_public(allocation.lock(programme, placement_id, user, data.locked))


@router.post(ONE + "/allocation/publish", response_model=ProgrammePublic)
def publish(
    programme: ManagedProgramme,
    user: SignedInUser,
    allocation: TalentAllocationDep,
    programmes: ProgrammesDep,
) -> ProgrammePublic:
    """The current allocation becomes the teams: the programme runs, the projects left without a team are
    cancelled, hosts see their team."""
    return programmes.programme_public(allocation.publish(programme, user), user)
