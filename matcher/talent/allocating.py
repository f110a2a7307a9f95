"""A programme's allocation from the database: the participants and open projects become the solver's
`Candidate`s and `Project`s (`allocation.py`), the programme's team rules its `Rules`, the managers' locked
placements its `Lock`s; every run is stored (an `AllocationRun` with a `Placement` and its reason for every
participant). Managers lock a placement, move a participant (locked) and solve the rest again, then publish:
the programme runs, projects that did not get their minimum are cancelled, hosts see their team."""

from __future__ import annotations

import builtins

from matcher.auth.models import User
from matcher.auth.policies import (
    may_run_programme,
    may_see_talent_participant,
    may_see_talent_team,
    run_programme,
)
from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.talent import problem
from matcher.talent.allocation import allocate
from matcher.talent.base import TalentBase
from matcher.talent.models import AllocationRun, Placement, Programme, TalentParticipant, TalentProject
from matcher.talent.notices import tell_published
from matcher.talent.service import ProgrammeService

SOLVING = ("open", "allocating")
PUBLISHED = ("running", "done")


def as_ranked(
    participant: TalentParticipant, merged: dict[int, tuple[int, str]], open_ids: set[int]
) -> tuple[int, ...]:
    """A participant's choices as the solver sees them: a merged project stands for the one it was merged into
    (kept at the better of the two ranks), projects that are not open are left out."""
    ranked: list[int] = []
    for choice in participant.choices:
        project_id = merged[choice.project_id][0] if choice.project_id in merged else choice.project_id
        if project_id in open_ids and project_id not in ranked:
            ranked.append(project_id)
    return tuple(ranked)


def merged_note(chosen: builtins.list[int], placed: int | None, merged: dict[int, tuple[int, str]]) -> str:
    """Why a participant is in a project they did not rank: they ranked one merged into it."""
    if placed is None or placed in chosen:
        return ""
    titles = [merged[c][1] for c in chosen if c in merged and merged[c][0] == placed]
    return f"; they chose {titles[0]}, which was merged into this project" if titles else ""


class AllocationService(TalentBase):
    """The allocation's steps, all by who runs the programme; `team` also for its hosts once published."""

    def current(self, programme: Programme, viewer: User | None) -> AllocationRun | None:
        """The programme's allocation (its latest run), for who runs it."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        return self.runs.latest(programme.id)

    def allocate(
        self,
        programme: Programme,
        viewer: User | None,
        *,
        time_limit_s: float = 20.0,
        moves: dict[int, int | None] | None = None,
    ) -> AllocationRun:
        """Solve the allocation of the programme's participants (the erased left out) to its open projects,
        keeping the locked placements of the last run and `moves` (participant -> project or None, locked),
        store it and move the programme to allocating."""
        user = run_programme(viewer, programme, f"programme {programme.id} does not exist")
        self.require_status(programme, SOLVING, "allocating")
        participants = self.participants.of_programme(programme.id, include_erased=False)
        projects = self.projects.of_programme(programme.id, ["open"])
        if not projects:
            raise Conflict("no project is open: open the projects to allocate first")
        open_ids = {p.id for p in projects}
        merged = self.merged(programme)
        candidates = [
            problem.Candidate(
                id=p.id,
                track=p.track,
                institution=p.institution.strip().casefold(),
                choices=as_ranked(p, merged, open_ids),
                languages=frozenset(p.languages),
                skills=frozenset(s.casefold() for s in p.skills),
                group=p.group,
                vetoes=frozenset(p.vetoes),
                name=p.name,
            )
            for p in participants
        ]
        solver_projects = [
            problem.Project(
                id=p.id,
                min_size=p.min_size,
                max_size=p.max_size,
                languages=frozenset(p.languages),
                skills=frozenset(s.casefold() for s in p.skills),
                supervisor_capacity=p.supervisor_capacity,
                host_ranking=tuple(p.host_ranking),
                title=p.title,
            )
            for p in projects
        ]
        chosen = {p.id: [c.project_id for c in p.choices] for p in participants}
        locks = self._locks(programme, {p.id for p in participants}, open_ids)
        locks.update(moves or {})
        result = allocate(
            candidates,
            solver_projects,
            problem.Rules(programme.min_trainees, programme.min_institutions),
            [problem.Lock(c, p) for c, p in sorted(locks.items())],
            time_limit_s=time_limit_s,
        )
        run = AllocationRun(
            programme_id=programme.id,
            created_by_id=user.id,
            profile=result.profile,
            unassigned=len(result.unassigned),
            cancelled=result.cancelled,
            blocking=[list(pair) for pair in result.blocking],
            stages=result.stages,
            optimal=result.optimal,
        )
        run.placements = [
            Placement(
                participant_id=c.id,
                project_id=result.assigned.get(c.id),
                reason=result.reasons[c.id] + merged_note(chosen[c.id], result.assigned.get(c.id), merged),
                locked=c.id in locks,
            )
            for c in candidates
        ]
        self.runs.add(run)
        if programme.status == "open":
            ProgrammeService(self.session).move(programme, "allocating")
        return run

    def merged(self, programme: Programme) -> dict[int, tuple[int, str]]:
        """The programme's merged projects: id -> (the open project their choosers join, their title)."""
        return {
            p.id: (p.merged_into_id, p.title)
            for p in self.projects.of_programme(programme.id, ["merged"])
            if p.merged_into_id is not None
        }

    def merge(
        self, programme: Programme, project: TalentProject, into_id: int | None, viewer: User | None
    ) -> TalentProject:
        """Merge an open project (one the allocation would cancel below its minimum) into another open project
        of the programme: from the next run on, whoever ranked it is allocated as if they had ranked the other
        in its place, and its host sees that team once published. Projects merged into it before follow it.
        `into_id` None undoes a merge: the project is open again, for its own choosers."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        self.require_status(programme, SOLVING, "merging a project")
        if into_id is None:
            if project.status != "merged":
                raise Conflict(
                    f"project {project.id} is {project.status}, not merged: there is nothing to undo"
                )
            project.status, project.merged_into_id = "open", None
            self.session.flush()
            return project
        if project.status != "open":
            raise Conflict(f"project {project.id} is {project.status}: only an open project can be merged")
        into = self.find_project(programme, into_id)
        if into.id == project.id or into.status != "open":
            raise InvalidInput(
                f"project {into_id} is {'the same project' if into.id == project.id else into.status}: "
                "merge into another open project of the programme",
                detail=[{"field": "into", "message": "not another open project"}],
            )
        project.status, project.merged_into_id = "merged", into.id
        for earlier in self.projects.of_programme(programme.id, ["merged"]):
            if earlier.merged_into_id == project.id:
                earlier.merged_into_id = into.id
        self.session.flush()
        return project

    def _locks(
        self, programme: Programme, participants: set[int], projects: set[int]
    ) -> dict[int, int | None]:
        """The locked placements of the last run that still make sense (the participant still there, the
        project still open)."""
        last = self.runs.latest(programme.id)
        if last is None:
            return {}
        return {
            p.participant_id: p.project_id
            for p in last.placements
            if p.locked
            and p.participant_id in participants
            and (p.project_id is None or p.project_id in projects)
        }

    def lock(
        self, programme: Programme, placement_id: int, viewer: User | None, locked: bool = True
    ) -> Placement:
        """Keep (or stop keeping) a placement of the current allocation in the next runs."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        self.require_status(programme, ("allocating",), "locking a placement")
        placement = self.runs.placement(placement_id)
        latest = self.runs.latest(programme.id)
        if placement is None or latest is None or placement.run_id != latest.id:
            raise NotFound(
                f"placement {placement_id} is not in programme {programme.id}'s current allocation"
            )
        placement.locked = locked
        self.session.flush()
        return placement

    def move(
        self,
        programme: Programme,
        participant: TalentParticipant,
        project_id: int | None,
        viewer: User | None,
        *,
        time_limit_s: float = 20.0,
    ) -> AllocationRun:
        """Put a participant into a project (or into none), locked, and solve the rest again keeping every lock.
        The project must be one they ranked, did not veto and share a language with."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        self.require_status(programme, ("allocating",), "moving a participant")
        if participant.programme_id != programme.id or participant.erased:
            raise NotFound(f"participant {participant.id} is not in programme {programme.id}")
        if project_id is not None:
            project = self.find_project(programme, project_id)
            if project.status != "open":
                raise InvalidInput(
                    f"project {project_id} is {project.status}: only open projects take people"
                )
            merged = self.merged(programme)
            if project_id not in as_ranked(participant, merged, {project_id}):
                raise InvalidInput(
                    f"{participant.name} did not rank project {project_id}: place them in one of their choices"
                )
        return self.allocate(programme, viewer, time_limit_s=time_limit_s, moves={participant.id: project_id})

    def publish(self, programme: Programme, viewer: User | None) -> Programme:
        """The current allocation becomes the teams: the programme runs, the projects it left without a team
        are cancelled, and hosts see their team; participants with an account and the hosts' members are told by
        inbox message (`notices.py`)."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        self.require_status(programme, ("allocating",), "publishing the allocation")
        latest = self.runs.latest(programme.id)
        if latest is None:
            raise Conflict("nothing to publish: run the allocation first")
        for project_id in latest.cancelled:
            project = self.projects.get(project_id)
            if project is not None and project.status == "open":
                project.status = "cancelled"
        ProgrammeService(self.session).move(programme, "running")
        tell_published(self.session, programme, latest)
        return programme

    def team(self, programme: Programme, project_id: int, viewer: User | None) -> builtins.list[Placement]:
        """A project's team (a merged project's: the team it was merged into): who runs the programme sees it at
        any time, the host's members once the allocation is published; everybody else learns nothing of it."""
        project = self.find_project(programme, project_id)
        if not may_see_talent_team(viewer, project, programme):
            raise NotFound(f"project {project_id} has no team you may see")
        latest = self.runs.latest(programme.id)
        team_of = project.merged_into_id if project.status == "merged" else project.id
        return [] if latest is None or team_of is None else self.runs.team(latest.id, team_of)

    def placement_for(
        self, programme: Programme, participant: TalentParticipant, viewer: User | None
    ) -> Placement:
        """Where the allocation put a participant: for who runs the programme at any time, for the participant
        and their host once it is published; hidden means 404."""
        hosts = self.hosts_them(programme, participant, viewer)
        if not may_see_talent_participant(viewer, programme, participant, hosts):
            raise NotFound(f"participant {participant.id} is not in programme {programme.id}")
        if not may_run_programme(viewer, programme) and programme.status not in PUBLISHED:
            raise NotFound(
                f"the teams of programme {programme.id} are not published yet; they are once it runs"
            )
        placement = self.placement(programme, participant)
        if placement is None:
            raise NotFound(
                f"{participant.name} has no placement: the allocation has not been run since they applied"
            )
        return placement
