"""The talent programmes' rows of the authorisation matrix (tests/web/api/test_authorisation.py) and how each
request is made. "The organisation in question" is the owner for a programme's own routes and its allocation
(its member runs the programme), the host for a project's routes and its team, and the participant for a
participant's routes (the member column is then a person who applied: a member of a fresh start-up). Each
request gets a fresh programme, built by the services up to the stage the route needs."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from matcher.auth.models import User
from matcher.kit.db import transaction
from matcher.profiles.schemas import OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.talent.allocating import AllocationService
from matcher.talent.participants import ParticipantService
from matcher.talent.schemas import ChoicesUpdate, ParticipantCreate, ProgrammeCreate, ProjectCreate
from matcher.talent.service import ProgrammeService, ProjectService

if TYPE_CHECKING:
    from tests.web.api.test_authorisation import Scene, Target

A = "/api/v1"
P = f"{A}/talent/programmes"
ONE = f"{P}/{{programme_id}}"
PROJECT = f"{ONE}/projects/{{project_id}}"
PERSON = f"{ONE}/participants/{{participant_id}}"
# fmt: off
TALENT_MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                               anonymous member other manager admin
    ("GET",    P,                                                  200, 200, 200, 200, 200),
    ("POST",   P,                                                  401, 201, 403, 201, 201),
    ("GET",    ONE,                                                404, 200, 404, 200, 200),
    ("PATCH",  ONE,                                                401, 200, 404, 200, 200),
    ("POST",   f"{ONE}/transition",                                401, 200, 404, 200, 200),
    ("GET",    f"{ONE}/projects",                                  200, 200, 200, 200, 200),
    ("POST",   f"{ONE}/projects",                                  401, 201, 403, 201, 201),
    ("GET",    PROJECT,                                            404, 200, 404, 200, 200),
    ("PATCH",  PROJECT,                                            401, 200, 404, 200, 200),
    ("POST",   f"{PROJECT}/transition",                            401, 200, 403, 200, 200),
    ("POST",   f"{PROJECT}/merge",                                 401, 200, 403, 200, 200),
    ("GET",    f"{PROJECT}/team",                                  401, 200, 404, 200, 200),
    ("GET",    f"{ONE}/participants",                              401, 200, 200, 200, 200),
    ("POST",   f"{ONE}/participants",                              401, 201, 403, 201, 201),
    ("POST",   f"{ONE}/participants/import",                       401, 200, 403, 200, 200),
    ("GET",    f"{ONE}/participants/me",                           401, 200, 404, 404, 404),
    ("GET",    PERSON,                                             401, 200, 404, 200, 200),
    ("PUT",    f"{PERSON}/choices",                                401, 200, 404, 200, 200),
    ("PUT",    f"{PERSON}/group",                                  401, 200, 404, 200, 200),
    ("PUT",    f"{PERSON}/vetoes",                                 401, 403, 403, 200, 200),
    ("GET",    f"{PERSON}/suggestions",                            401, 200, 404, 200, 200),
    ("GET",    f"{PERSON}/placement",                              401, 200, 404, 200, 200),
    ("POST",   f"{PERSON}/move",                                   401, 200, 403, 200, 200),
    ("GET",    f"{PERSON}/export",                                 401, 200, 404, 200, 200),
    ("POST",   f"{PERSON}/erase",                                  401, 200, 404, 200, 200),
    ("POST",   f"{ONE}/allocation",                                401, 200, 403, 200, 200),
    ("GET",    f"{ONE}/allocation",                                401, 200, 403, 200, 200),
    ("POST",   f"{ONE}/allocation/placements/{{placement_id}}/lock", 401, 200, 403, 200, 200),
    ("POST",   f"{ONE}/allocation/publish",                        401, 200, 403, 200, 200),
    ("POST",   f"{PROJECT}/feedback",                              401, 200, 403, 403, 403),
    ("GET",    f"{ONE}/report",                                    401, 200, 403, 200, 200),
]
# fmt: on

# draft; proposed: open with a host's proposed project; open: the project open, the participant registered
# with it as their choice; allocating: the allocation run; running: published.
STAGES = ("draft", "proposed", "open", "allocating", "running")
DATES = {"starts_on": "2027-03-01", "ends_on": "2027-06-30"}
_serial = itertools.count(1)
CSV = (
    "name,email,track,institution,consent\nNina Neumann,nina@matrix.example,trainee,Berufskolleg Essen,yes\n"
)


def talent_scene(scene: Scene, stage: str, member: str = "owner") -> Target:
    """A fresh owner's programme, a fresh host's project and a fresh start-up's member who applies, built by the
    services to `stage`. `member` plays the member column: `owner`, `host` or `participant`."""
    from tests.web.api.test_authorisation import Target

    n = next(_serial)
    rt = scene.rt
    roles = {"owner": "university", "host": "company", "participant": "startup"}
    with transaction(rt.session_factory) as session:
        profiles = ProfileService(session, indexer=rt.indexer)
        for role, kind in roles.items():
            profiles.create(
                OrganisationCreate(
                    ref=f"matrix-tl{role}-{n}",
                    name=f"Matrix {role} {n}",
                    kind=kind,  # type: ignore[arg-type]
                    description="Builds sensors that measure fine dust on building sites.",
                )
            )
    people = {
        role: scene._person(f"tl{role}-{n}@matrix.example", "member", f"matrix-tl{role}-{n}")
        for role in roles
    }
    reached = STAGES[: STAGES.index(stage) + 1]
    with transaction(rt.session_factory) as session:
        organiser = session.get(User, scene.organiser.id)
        profiles = ProfileService(session)
        ids = {role: profiles.get_by_ref(f"matrix-tl{role}-{n}").id for role in roles}
        programmes, projects = ProgrammeService(session), ProjectService(session)
        participants = ParticipantService(session, rt.recommender)
        allocation = AllocationService(session)
        programme = programmes.create(
            organiser,
            ProgrammeCreate.model_validate(
                {"name": f"Matrix semester {n}", "owner_id": ids["owner"], **DATES}
            ),
        )
        values: dict[str, Any] = {
            "programme_id": programme.id,
            "owner_id": ids["owner"],
            "host_id": ids["host"],
        }
        if "proposed" in reached:
            programmes.transition(programme, organiser, "open")
            host = session.get(User, people["host"].id)
            project = projects.propose(
                programme,
                host,
                ProjectCreate(title=f"Fine dust sensors {n}", skills=["electronics"], min_size=1, max_size=3),
            )
            values["project_id"] = project.id
        if "open" in reached:
            projects.transition(programme, project, organiser, "open")
            applicant = session.get(User, people["participant"].id)
            participant = participants.register(
                programme, applicant, application(people["participant"].email)
            )
            participants.choose(programme, participant, applicant, ChoicesUpdate(projects=[project.id]))
            values["participant_id"] = participant.id
        if "allocating" in reached:
            run = allocation.allocate(programme, organiser, time_limit_s=5)
            values["placement_id"] = run.placements[0].id
        if "running" in reached:
            allocation.publish(programme, organiser)
    return Target(values, people[member])


def application(email: str) -> ParticipantCreate:
    return ParticipantCreate(
        name="Pia Participant",
        email=email,
        track="student",  # type: ignore[arg-type]
        institution="Universität Emschertal",
        skills=["electronics"],
        interests="sensors for clean air",
        consent=True,
    )


def with_body(target: Target, data: Any) -> Target:
    target.body = data
    return target


def new_programme(scene: Scene) -> Target:
    target = talent_scene(scene, "draft")
    return with_body(target, {"name": "A new semester", "owner_id": target.values["owner_id"], **DATES})


def new_project(scene: Scene) -> Target:
    target = talent_scene(scene, "proposed", "host")
    return with_body(target, {"title": "Another project", "host_id": target.values["host_id"]})


def new_application(scene: Scene) -> Target:
    """The member applies for themselves; the others send the same application (a manager may, another member
    may not register someone else)."""
    target = talent_scene(scene, "proposed", "participant")
    return with_body(target, application(target.member.email).model_dump(mode="json"))


TALENT_REQUESTS: dict[tuple[str, str], Callable[[Scene], Target]] = {
    ("POST", P): new_programme,
    ("GET", ONE): lambda s: talent_scene(s, "draft"),
    ("PATCH", ONE): lambda s: with_body(talent_scene(s, "draft"), {"description": "Changed."}),
    ("POST", f"{ONE}/transition"): lambda s: with_body(talent_scene(s, "draft"), {"to": "open"}),
    ("GET", f"{ONE}/projects"): lambda s: talent_scene(s, "proposed"),
    ("POST", f"{ONE}/projects"): new_project,
    ("GET", PROJECT): lambda s: talent_scene(s, "proposed", "host"),
    ("PATCH", PROJECT): lambda s: with_body(talent_scene(s, "proposed", "host"), {"description": "Changed."}),
    ("POST", f"{PROJECT}/transition"): lambda s: with_body(talent_scene(s, "proposed"), {"to": "open"}),
    ("POST", f"{PROJECT}/merge"): lambda s: _merge(s, talent_scene(s, "open")),
    ("GET", f"{PROJECT}/team"): lambda s: talent_scene(s, "running", "host"),
    ("GET", f"{ONE}/participants"): lambda s: talent_scene(s, "open", "participant"),
    ("POST", f"{ONE}/participants"): new_application,
    ("POST", f"{ONE}/participants/import"): lambda s: with_body(talent_scene(s, "proposed"), {"csv": CSV}),
    ("GET", f"{ONE}/participants/me"): lambda s: talent_scene(s, "open", "participant"),
    ("GET", PERSON): lambda s: talent_scene(s, "open", "participant"),
    ("PUT", f"{PERSON}/choices"): lambda s: _choices(talent_scene(s, "open", "participant")),
    ("PUT", f"{PERSON}/group"): lambda s: with_body(
        talent_scene(s, "open", "participant"), {"group": "Friends"}
    ),
    ("PUT", f"{PERSON}/vetoes"): lambda s: with_body(
        talent_scene(s, "open", "participant"), {"projects": []}
    ),
    ("GET", f"{PERSON}/suggestions"): lambda s: talent_scene(s, "open", "participant"),
    ("GET", f"{PERSON}/placement"): lambda s: talent_scene(s, "running", "participant"),
    ("POST", f"{PERSON}/move"): lambda s: _move(talent_scene(s, "allocating")),
    ("GET", f"{PERSON}/export"): lambda s: talent_scene(s, "running", "participant"),
    ("POST", f"{PROJECT}/feedback"): lambda s: with_body(
        talent_scene(s, "running", "participant"), {"rating": 4, "comment": "A good team."}
    ),
    ("GET", f"{ONE}/report"): lambda s: talent_scene(s, "running"),
    ("POST", f"{PERSON}/erase"): lambda s: talent_scene(s, "running", "participant"),
    ("POST", f"{ONE}/allocation"): lambda s: with_body(talent_scene(s, "open"), {"time_limit_s": 5}),
    ("GET", f"{ONE}/allocation"): lambda s: talent_scene(s, "allocating"),
    ("POST", f"{ONE}/allocation/placements/{{placement_id}}/lock"): lambda s: with_body(
        talent_scene(s, "allocating"), {"locked": True}
    ),
    ("POST", f"{ONE}/allocation/publish"): lambda s: talent_scene(s, "allocating"),
}


def _choices(target: Target) -> Target:
    return with_body(target, {"projects": [target.values["project_id"]]})


def _move(target: Target) -> Target:
    return with_body(target, {"project_id": target.values["project_id"]})


def _merge(scene: Scene, target: Target) -> Target:
    """The scene's project merged into a second open project of the same host."""
    with transaction(scene.rt.session_factory) as session:
        organiser = session.get(User, scene.organiser.id)
        projects = ProjectService(session)
        programme = projects.find_programme(target.values["programme_id"])
        other = projects.propose(
            programme,
            organiser,
            ProjectCreate(
                title="Clean air at school", host_id=target.values["host_id"], min_size=1, max_size=4
            ),
        )
        projects.transition(programme, other, organiser, "open")
        into = other.id
    return with_body(target, {"into": into})
