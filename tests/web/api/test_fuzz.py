"""Schemathesis fuzzes every operation of the API, in-process against the app's own OpenAPI description, as an
anonymous visitor, as a member of an organisation and as a manager: no answer may be a server error, and every
answer must be one the description documents (status code, content type, body schema).

The runs are derandomized, so a failure shows up on every run; the examples per operation stay few so that
the whole fuzz takes about a minute per database."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from matcher.auth.models import User
from matcher.kit.db import transaction
from matcher.profiles.service import ProfileService
from matcher.talent.allocating import AllocationService
from matcher.talent.participants import ParticipantService
from matcher.talent.schemas import ChoicesUpdate, ProgrammeCreate, ProjectCreate
from matcher.talent.service import ProgrammeService, ProjectService
from matcher.web.app import create_app
from tests.web.api.conftest import World
from tests.web.api.talent_matrix import DATES, application

log = logging.getLogger(__name__)

EXAMPLES = 12
ROLES = {"anonymous": None, "member": "steel", "manager": "manager"}
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
OPERATIONS = sorted(  # the API and /health; the pages are not part of the OpenAPI description
    f"{method.upper()} {path}"
    for path, operations in create_app().openapi()["paths"].items()
    for method in operations
)
FUZZED = {"requests": 0}


@pytest.fixture(scope="module")
def schema(world: World) -> Iterator[schemathesis.BaseSchema]:
    seed_talent(world)
    yield schemathesis.openapi.from_asgi("/openapi.json", world.app)
    log.info("fuzzed %d requests", FUZZED["requests"])


def seed_talent(world: World) -> None:
    """Talent programmes the steel company runs, so that the small ids the fuzz tries most reach real records:
    1 open, with a project and two participants (one of them the steel company's member) who chose it, 2 with
    its allocation run."""
    rt = world.runtime
    with transaction(rt.session_factory) as session:
        manager = session.get(User, world.people["manager"].id)
        profiles = ProfileService(session)
        owner, host = profiles.get_by_ref("t-steel-co").id, profiles.get_by_ref("t-fuelcell-co").id
        programmes, projects = ProgrammeService(session), ProjectService(session)
        participants = ParticipantService(session, rt.recommender)
        for n in (1, 2):
            data = {"name": f"Fuzz semester {n}", "owner_id": owner, "languages": ["de"], **DATES}
            programme = programmes.create(manager, ProgrammeCreate.model_validate(data))
            programmes.transition(programme, manager, "open")
            project = projects.propose(
                programme, manager, ProjectCreate(title="Fuel-cell bench", host_id=host, min_size=1)
            )
            projects.transition(programme, project, manager, "open")
            for email in (world.people["steel"].email, f"fuzz-{n}@talent.example"):
                person = participants.register(programme, manager, application(email))
                participants.choose(programme, person, manager, ChoicesUpdate(projects=[project.id]))
            if n == 2:
                AllocationService(session).allocate(programme, manager, time_limit_s=5)


@pytest.mark.parametrize("role", sorted(ROLES))
@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_errors_and_answers_as_documented(
    schema: schemathesis.BaseSchema, world: World, label: str, role: str
) -> None:
    operation = schema.find_operation_by_label(label)
    assert operation is not None, label
    person = ROLES[role]
    headers = world.people[person].auth if person else {}
    cases = st.one_of(
        operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE),
    )

    @given(case=cases)
    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case: schemathesis.Case) -> None:
        FUZZED["requests"] += 1
        response = case.call(headers=headers)
        case.validate_response(response, checks=CHECKS, headers=headers)

    fuzz()
