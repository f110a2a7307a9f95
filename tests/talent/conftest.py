"""A talent programme of the test ecosystem built by the services: run by the water university, three projects
hosted by the fuel-cell company, the steel company and the hydrogen institute, and six participants (students,
trainees, a young professional) of five institutions with their ranked choices. Pia applied herself with her
own account; the managers registered the others."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.kit.db import transaction
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from matcher.talent.allocating import AllocationService
from matcher.talent.models import Programme, TalentParticipant, TalentProject
from matcher.talent.participants import ParticipantService
from matcher.talent.schemas import ChoicesUpdate, ParticipantCreate, ProgrammeCreate, ProjectCreate
from matcher.talent.service import ProgrammeService, ProjectService
from tests.conftest import Person, make_user

PROJECTS = {
    "bench": (
        "fuelcell",
        {
            "title": "A fuel-cell test bench for city buses",
            "description": "Measure the efficiency of fuel-cell drive trains on a test bench and log the data.",
            "skills": ["python", "measurement"],
        },
    ),
    "inspection": (
        "steel",
        {
            "title": "Camera inspection of sheet steel",
            "description": "Find surface defects on rolled sheet steel with cameras and image recognition.",
            "skills": ["computer vision", "python"],
        },
    ),
    "dust": (
        "institute",
        {
            "title": "Particulate matter on construction sites",
            "description": "Build low-cost sensors that measure fine dust on building sites and analyse the data.",
            "skills": ["electronics", "data analysis"],
        },
    ),
}
# name -> track, institution, skills, interests, choices (best first)
PARTICIPANTS = {
    "pia": ("student", "Universität Emschertal", ["Python", "computer vision"],
            "image recognition for industrial quality inspection", ["inspection", "bench"]),
    "tom": ("trainee", "Berufskolleg Dortmund", ["electronics", "measurement"],
            "building sensors and electronics", ["dust", "bench"]),
    "ada": ("student", "TU Dortmund", ["data analysis", "python"],
            "environmental data and air quality", ["dust", "inspection"]),
    "ben": ("trainee", "Berufskolleg Duisburg", ["computer vision"],
            "cameras and robots in factories", ["inspection", "dust"]),
    "cem": ("young_professional", "Ruhrstack Antriebe", ["python", "measurement"],
            "hydrogen drives and test benches", ["bench", "dust"]),
    "dia": ("trainee", "Berufskolleg Essen", ["measurement"],
            "electric buses and energy", ["bench", "inspection"]),
}  # fmt: skip


@dataclass
class Services:
    session: Session
    rt: Runtime

    def __post_init__(self) -> None:
        self.programmes = ProgrammeService(self.session, self.rt.recommender)
        self.projects = ProjectService(self.session, self.rt.recommender)
        self.participants = ParticipantService(self.session, self.rt.recommender)
        self.allocation = AllocationService(self.session, self.rt.recommender)

    def user(self, person: Person) -> User:
        user = self.session.get(User, person.id)
        assert user is not None
        return user

    def org(self, ref: str) -> int:
        return ProfileService(self.session).get_by_ref(ref).id


@dataclass
class Round:
    programme: Programme
    projects: dict[str, TalentProject] = field(default_factory=dict)
    participants: dict[str, TalentParticipant] = field(default_factory=dict)


@pytest.fixture
def talent_people(loaded: Runtime, people: dict[str, Person]) -> dict[str, Person]:
    """The ecosystem's people, a member of the owner university, and two participants with an account (members of organisations that neither run the programme nor host)."""
    return {
        **people,
        "owner": make_user(loaded, "uwe@uni-water.example", "member", "t-uni-water"),
        "pia": make_user(loaded, "pia@talent.example", "member", "t-vr-studio"),
        "tom": make_user(loaded, "tom@talent.example", "member", "t-vision-startup"),
    }


@pytest.fixture
def services(loaded: Runtime, talent_people: dict[str, Person]) -> Iterator[Services]:
    with transaction(loaded.session_factory) as session:
        yield Services(session, loaded)


def new_programme(s: Services, manager: User, **overrides: object) -> Programme:
    data = {
        "name": "Innovation Semester 2027",
        "description": "Mixed teams of students, trainees and young professionals on the region's projects.",
        "owner_id": s.org("t-uni-water"),
        "starts_on": "2027-03-01",
        "ends_on": "2027-06-30",
        "min_trainees": 1,
        "min_institutions": 2,
        "languages": ["de", "en"],
        **overrides,
    }
    return s.programmes.create(manager, ProgrammeCreate.model_validate(data))


def participant_data(name: str) -> ParticipantCreate:
    track, institution, skills, interests, _ = PARTICIPANTS[name]
    return ParticipantCreate(
        name=name.title(),
        email=f"{name}@talent.example",
        track=track,  # type: ignore[arg-type]
        institution=institution,
        skills=skills,
        interests=interests,
        languages=["de"],
        consent=True,
    )


def open_round(s: Services, people: dict[str, Person]) -> Round:
    """The programme open, its three projects proposed by their hosts and opened, the six participants
    registered with their choices."""
    manager = s.user(people["manager"])
    programme = new_programme(s, manager)
    s.programmes.transition(programme, manager, "open")
    built = Round(programme)
    for key, (host, values) in PROJECTS.items():
        project = s.projects.propose(
            programme,
            s.user(people[host]),
            ProjectCreate.model_validate({**values, "min_size": 2, "max_size": 3}),
        )
        built.projects[key] = s.projects.transition(programme, project, manager, "open")
    for name in PARTICIPANTS:
        who = s.user(people["pia"]) if name == "pia" else manager
        participant = s.participants.register(programme, who, participant_data(name))
        choices = [built.projects[c].id for c in PARTICIPANTS[name][4]]
        built.participants[name] = s.participants.choose(
            programme, participant, who, ChoicesUpdate(projects=choices)
        )
    return built


@pytest.fixture
def talent_round(services: Services, talent_people: dict[str, Person]) -> Round:
    return open_round(services, talent_people)
