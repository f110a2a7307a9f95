"""Programmes and their projects: create, change, list, show one as a viewer may see it, move them through
their states (a programme draft -> open -> allocating -> running -> done; a project proposed -> open |
cancelled). Hosts propose projects, those who run the programme open or cancel them.

The other steps have a module each: `participants.py` (registration with consent, ranked choices, groups,
vetoes, suggestions) and `allocating.py` (the allocation, its edits and locks, its publication). Services never
commit; the caller's unit of work does.
"""

from __future__ import annotations

import builtins
from typing import Any

from matcher.auth.models import User
from matcher.auth.policies import (
    Forbidden,
    is_host,
    is_staff,
    may_run_programme,
    may_see_programme,
    may_see_talent_project,
    require_user,
    run_programme,
)
from matcher.errors import InvalidInput, NotFound, refuse_move
from matcher.profiles.repository import OrganisationRepository
from matcher.talent.base import TalentBase
from matcher.talent.models import Programme, TalentProject
from matcher.talent.schemas import (
    PROGRAMME_TRANSITIONS,
    PROJECT_TRANSITIONS,
    ProgrammeCreate,
    ProgrammeUpdate,
    ProjectCreate,
    ProjectUpdate,
)

PROPOSING = ("draft", "open")  # hosts propose and change projects until the allocation starts
BY_STEP = {
    "allocating": "run the allocation (AllocationService.allocate)",
    "running": "publish the allocation",
}


def _values(values: dict[str, Any], clearable: tuple[str, ...] = ()) -> dict[str, Any]:
    """A null sent for a field that must hold a value leaves it as it is."""
    return {k: v for k, v in values.items() if v is not None or k in clearable}


class ProgrammeService(TalentBase):
    """A programme's own life. `get` and `run` are what the web layer's guards would ask."""

    def involved(self, programme: Programme, viewer: User | None) -> bool:
        """The viewer applied to it or hosts one of its projects (a draft stays visible to them)."""
        if viewer is None:
            return False
        if self.me(programme, viewer) is not None:
            return True
        return any(is_host(viewer, p) for p in self.projects.of_programme(programme.id))

    def get(self, programme_id: int, viewer: User | None) -> Programme:
        """A programme the viewer may see; a draft is 404 to all but who runs it and who is involved."""
        programme = self.find_programme(programme_id)
        if not may_see_programme(viewer, programme, self.involved(programme, viewer)):
            raise NotFound(f"programme {programme_id} does not exist")
        return programme

    def run(self, programme_id: int, viewer: User | None) -> Programme:
        """A programme the viewer runs; 403 to who may see it, 404 to the others."""
        programme = self.find_programme(programme_id)
        run_programme(
            viewer, programme, f"programme {programme_id} does not exist", self.involved(programme, viewer)
        )
        return programme

    def list(
        self,
        viewer: User | None,
        statuses: builtins.list[str] | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> tuple[builtins.list[Programme], int]:
        """Managers see every programme; the others the open and later ones, members also their own drafts."""
        return self.programmes.list_past_draft(
            statuses=statuses,
            everything=is_staff(viewer),
            owner_or_published=viewer.organisation_id if viewer is not None else None,
            offset=offset,
            limit=limit,
        )

    def create(self, viewer: User | None, data: ProgrammeCreate) -> Programme:
        """A manager creates a programme for any organisation (`owner_id`); a member for their own. A draft."""
        user = require_user(viewer)
        owner_id = data.owner_id if data.owner_id is not None else user.organisation_id
        if owner_id is None:
            raise InvalidInput(
                "say which organisation runs the programme: `owner_id`",
                detail=[{"field": "owner_id", "message": "required"}],
            )
        if not is_staff(user) and owner_id != user.organisation_id:
            raise Forbidden("members create programmes for their own organisation only")
        owner = OrganisationRepository(self.session).get(owner_id)
        if owner is None:
            raise InvalidInput(
                f"organisation {owner_id} does not exist",
                detail=[{"field": "owner_id", "message": "unknown"}],
            )
        values = data.model_dump(exclude={"owner_id"})
        programme = Programme(owner_id=owner.id, created_by_id=user.id, status="draft", **values)
        programme.owner = owner
        return self.programmes.add(programme)

    def update(self, programme: Programme, viewer: User | None, data: ProgrammeUpdate) -> Programme:
        """Change what is sent; the team rules stay once the allocation has started, and a finished programme
        stays as it is."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        values = _values(data.model_dump(exclude_unset=True), ("application_deadline",))
        if programme.status == "done":
            raise refuse_move("programme", "done", "changed", [], "a finished programme stays as it is")
        rules = {"min_trainees", "min_institutions", "languages"} & set(values)
        if rules and programme.status in ("running", "done"):
            raise refuse_move(
                "programme",
                programme.status,
                "new team rules",
                [],
                "the teams are published; change them before",
            )
        starts, ends = values.get("starts_on", programme.starts_on), values.get("ends_on", programme.ends_on)
        if ends < starts:
            raise InvalidInput(
                "the programme would end before it starts: set ends_on on or after starts_on",
                detail=[{"field": "ends_on", "message": "before starts_on"}],
            )
        for key, value in values.items():
            setattr(programme, key, value)
        self.session.flush()
        return programme

    def transition(self, programme: Programme, viewer: User | None, to: str) -> Programme:
        """Open it for applications, take it back to draft, finish it. The allocation's own steps (allocating,
        running) are `AllocationService.allocate` and `publish`, which call `move`."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        if to in BY_STEP and to in PROGRAMME_TRANSITIONS[programme.status]:
            raise refuse_move(
                "programme", programme.status, to, PROGRAMME_TRANSITIONS[programme.status], BY_STEP[to]
            )
        return self.move(programme, to)

    def move(self, programme: Programme, to: str) -> Programme:
        allowed = PROGRAMME_TRANSITIONS[programme.status]
        if to not in allowed:
            raise refuse_move("programme", programme.status, to, allowed)
        programme.status = to
        self.session.flush()
        return programme


class ProjectService(TalentBase):
    """The projects hosts offer in a programme."""

    def visible(self, programme: Programme, viewer: User | None) -> builtins.list[TalentProject]:
        """The programme's projects the viewer may see (proposed ones only to their host and who runs it)."""
        return [
            p
            for p in self.projects.of_programme(programme.id)
            if may_see_talent_project(viewer, p, programme)
        ]

    def get(self, programme: Programme, project_id: int, viewer: User | None) -> TalentProject:
        project = self.find_project(programme, project_id)
        if not may_see_talent_project(viewer, project, programme):
            raise NotFound(f"project {project_id} is not in programme {programme.id}")
        return project

    def propose(self, programme: Programme, viewer: User | None, data: ProjectCreate) -> TalentProject:
        """A host's member proposes a project for their organisation; a manager for any (`host_id`)."""
        user = require_user(viewer)
        self.require_status(programme, PROPOSING, "proposing a project")
        host_id = data.host_id if data.host_id is not None else user.organisation_id
        if host_id is None:
            raise InvalidInput(
                "say which organisation hosts the project: `host_id`",
                detail=[{"field": "host_id", "message": "required"}],
            )
        if not may_run_programme(user, programme) and host_id != user.organisation_id:
            raise Forbidden("members propose projects for their own organisation only")
        host = OrganisationRepository(self.session).get(host_id)
        if host is None:
            raise InvalidInput(
                f"organisation {host_id} does not exist", detail=[{"field": "host_id", "message": "unknown"}]
            )
        self._check_languages(programme, data.languages)
        project = TalentProject(
            programme_id=programme.id,
            proposed_by_id=user.id,
            status="proposed",
            **data.model_dump(exclude={"host_id"}),
            host_id=host.id,
        )
        project.host = host
        return self.projects.add(project)

    def update(
        self, programme: Programme, project: TalentProject, viewer: User | None, data: ProjectUpdate
    ) -> TalentProject:
        """Its host's members and who runs the programme change it until the allocation starts (the host's
        ranking of participants also while allocating)."""
        user = require_user(viewer)
        missing = f"project {project.id} is not in programme {programme.id}"
        if not may_see_talent_project(user, project, programme):
            raise NotFound(missing)
        if not (is_host(user, project) or may_run_programme(user, programme)):
            raise Forbidden("only the host's members and the programme's managers change a project")
        values = _values(data.model_dump(exclude_unset=True), ("supervisor_capacity",))
        allowed_now = PROPOSING + (("allocating",) if set(values) <= {"host_ranking"} else ())
        self.require_status(programme, allowed_now, "changing a project")
        low, high = values.get("min_size", project.min_size), values.get("max_size", project.max_size)
        if low > high:
            raise InvalidInput(
                f"min_size {low} would be above max_size {high}: a team needs room for its minimum",
                detail=[{"field": "min_size", "message": "above max_size"}],
            )
        if "languages" in values:
            self._check_languages(programme, values["languages"])
        for key, value in values.items():
            setattr(project, key, value)
        self.session.flush()
        return project

    def transition(
        self, programme: Programme, project: TalentProject, viewer: User | None, to: str
    ) -> TalentProject:
        """Who runs the programme opens a proposed project for applications or cancels one."""
        run_programme(viewer, programme, f"programme {programme.id} does not exist")
        allowed = PROJECT_TRANSITIONS[project.status]
        if to not in allowed:
            raise refuse_move("project", project.status, to, allowed)
        self.require_status(programme, PROPOSING, "opening or cancelling a project")
        project.status = to
        self.session.flush()
        return project

    def _check_languages(self, programme: Programme, languages: builtins.list[str]) -> None:
        if programme.languages and languages and not set(languages) & set(programme.languages):
            raise InvalidInput(
                f"the project works in {', '.join(languages)}, none of the programme's languages "
                f"({', '.join(programme.languages)}): add one of them",
                detail=[{"field": "languages", "message": "outside the programme's languages"}],
            )
