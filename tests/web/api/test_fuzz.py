"""Schemathesis fuzzes every operation of the API, in-process against the app's own OpenAPI description, as an
anonymous visitor, as a member of an organisation and as a manager: no answer may be a server error, and every
answer must be one the description documents (status code, content type, body schema).

The runs are derandomized, so a failure shows up on every run; the examples per operation stay few so that
the whole fuzz takes about a minute per database."""

from __future__ import annotations

import logging
import re
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
    yield schemathesis.openapi.from_asgi("/openapi.json", world.app)
    log.info("fuzzed %d requests", FUZZED["requests"])


@pytest.fixture(scope="module")
def seeded(world: World) -> list[dict[str, int]]:
    """Two talent programmes the steel company runs, each with an open project and two participants (one of
    them the steel company's member) who chose it; the second with its allocation run. Their ids are the path
    parameters of half the cases of a talent route, so that the fuzz reaches real records past the 404."""
    rt = world.runtime
    found = []
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
            ids = {"programme_id": programme.id, "project_id": project.id, "participant_id": person.id}
            if n == 2:
                run = AllocationService(session).allocate(programme, manager, time_limit_s=5)
                ids["placement_id"] = run.placements[0].id
            found.append(ids)
    return found


@pytest.mark.parametrize("role", sorted(ROLES))
@pytest.mark.parametrize("label", OPERATIONS)
def test_no_server_errors_and_answers_as_documented(
    schema: schemathesis.BaseSchema, world: World, seeded: list[dict[str, int]], label: str, role: str
) -> None:
    operation = schema.find_operation_by_label(label)
    assert operation is not None, label
    person = ROLES[role]
    headers = world.people[person].auth if person else {}
    strategies = [
        operation.as_strategy(generation_mode=schemathesis.GenerationMode.POSITIVE),
        operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE),
    ]
    names = set(re.findall(r"\{(\w+)\}", label))
    if "/talent/programmes/{programme_id}" in label:  # the seeded programmes' records, the rest generated
        strategies += [
            operation.as_strategy(
                generation_mode=schemathesis.GenerationMode.POSITIVE,
                path_parameters={k: v for k, v in ids.items() if k in names},
            )
            for ids in seeded
        ]
    cases = st.one_of(*strategies)

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
