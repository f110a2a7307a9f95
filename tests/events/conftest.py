"""An event of the test ecosystem built by the services: its owner the chemical company, two session windows,
three tables, and participants from the network and lightweight ones."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from matcher.auth.models import User
from matcher.events.matching import EventMatching
from matcher.events.models import Event
from matcher.events.requests import RequestService
from matcher.events.scheduling import ScheduleService
from matcher.events.schemas import EventCreate
from matcher.events.service import EventService
from matcher.kit.db import transaction
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from tests.conftest import Person

WINDOWS = [
    {"start": "2027-05-06T09:00:00+02:00", "end": "2027-05-06T10:40:00+02:00"},
    {"start": "2027-05-06T11:00:00+02:00", "end": "2027-05-06T12:00:00+02:00"},
]
CSV = """name,email,role,organisation_ref,intents,looking_for,description,availability,agenda
Sam Steel,sam@steel.example,company,t-steel-co,pilot,startup,Sheet steel needs visual inspection of defects,,
Vera Vision,vera@vision.example,startup,t-vision-startup,pilot;investing,company,Camera-based inspection of surfaces,,2027-05-06T09:00:00+02:00/2027-05-06T09:40:00+02:00=Keynote
Lena Fuel,lena@fuelcell.example,company,t-fuelcell-co,pilot,,Fuel-cell drive trains for buses,,
Ole Institute,ole@institute.example,researcher,t-h2-institute,partnership,,Testing hydrogen components,2027-05-06T11:00:00+02:00/2027-05-06T12:00:00+02:00,
Ina Invest,ina@fund.example,investor,,investing,startup,An early-stage fund for industrial start-ups,,
"""


@dataclass
class Services:
    session: Session
    rt: Runtime

    def __post_init__(self) -> None:
        args = (self.session, self.rt.recommender, self.rt.indexer)
        self.events = EventService(*args)
        self.requests = RequestService(*args)
        self.matching = EventMatching(*args)
        self.schedule = ScheduleService(*args)

    def user(self, person: Person) -> User:
        user = self.session.get(User, person.id)
        assert user is not None
        return user


@pytest.fixture
def services(loaded: Runtime, people: dict[str, Person]) -> Iterator[Services]:
    with transaction(loaded.session_factory) as session:
        yield Services(session, loaded)


def new_event(s: Services, manager: User, **overrides: object) -> Event:
    steel = ProfileService(s.session).get_by_ref("t-chem-co").id
    data = {
        "name": "Ruhr Start-up Day",
        "venue": "Zeche Zollverein",
        "owner_id": steel,
        "windows": WINDOWS,
        "tables": [{"name": f"T{i}", "location": "Hall 2"} for i in (1, 2, 3)],
        **overrides,
    }
    return s.events.create(manager, EventCreate.model_validate(data))
