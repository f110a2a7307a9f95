"""The authorisation matrix of the API: every endpoint against every role, with the status each must answer.

Columns: the anonymous visitor, a member of the organisation in question, a member of another organisation
(the fuel-cell company), a manager and an admin. For endpoints about a person's own things (their tokens,
saved searches, inbox), "the organisation in question" is the member's. Each request that changes something
gets fresh objects of its own (`Scene`), so every cell starts from the same state; the table covers every
route of the API, so a new endpoint without a row fails."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.alerts.models import InboxMessage
from matcher.alerts.repository import InboxRepository
from matcher.alerts.service import AlertService
from matcher.auth.models import User
from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.introductions.models import QueueItem
from matcher.introductions.repository import QueueRepository
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.profiles.schemas import OpportunityCreate, OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.web.app import create_app
from tests.conftest import Person, org_id
from tests.web.api.conftest import World, wait_for_rebuild

ROLES = ("anonymous", "member", "other", "manager", "admin")
A = "/api/v1"

# fmt: off
MATRIX: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                          anonymous member other manager admin
    ("GET",    f"{A}/organisations",                          200, 200, 200, 200, 200),
    ("POST",   f"{A}/organisations",                          401, 403, 403, 201, 201),
    ("GET",    f"{A}/organisations/by-ref/{{ref}}",           200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/organisations/by-ref/{{ref}}",           401, 200, 403, 200, 200),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}",           401, 403, 403, 204, 204),
    ("GET",    f"{A}/organisations/{{org_id}}",               200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/organisations/{{org_id}}",               401, 200, 403, 200, 200),
    ("DELETE", f"{A}/organisations/{{org_id}}",               401, 403, 403, 204, 204),
    ("POST",   f"{A}/organisations/{{org_id}}/opportunities", 401, 201, 403, 201, 201),
    ("GET",    f"{A}/organisations/{{org_id}}/matches",       200, 200, 200, 200, 200),
    ("GET",    f"{A}/opportunities",                          200, 200, 200, 200, 200),
    ("GET",    f"{A}/opportunities/{{opp_id}}",               200, 200, 200, 200, 200),
    ("PATCH",  f"{A}/opportunities/{{opp_id}}",               401, 200, 403, 200, 200),
    ("DELETE", f"{A}/opportunities/{{opp_id}}",               401, 204, 403, 204, 204),
    ("GET",    f"{A}/search",                                 200, 200, 200, 200, 200),
    ("GET",    f"{A}/cities",                                 200, 200, 200, 200, 200),
    ("GET",    f"{A}/sectors",                                200, 200, 200, 200, 200),
    ("GET",    f"{A}/kinds",                                  200, 200, 200, 200, 200),
    ("GET",    f"{A}/index",                                  200, 200, 200, 200, 200),
    ("POST",   f"{A}/index/rebuild",                          401, 403, 403, 403, 202),
    ("GET",    f"{A}/users/me",                               401, 200, 200, 200, 200),
    ("POST",   f"{A}/users/me/tokens",                        401, 201, 201, 201, 201),
    ("GET",    f"{A}/users",                                  401, 403, 403, 403, 200),
    ("POST",   f"{A}/users",                                  401, 403, 403, 403, 201),
    ("PATCH",  f"{A}/users/{{user_id}}",                      401, 403, 403, 403, 200),
    ("GET",    f"{A}/introductions",                          401, 200, 200, 200, 200),
    ("POST",   f"{A}/introductions",                          401, 201, 403, 201, 201),
    ("GET",    f"{A}/introductions/{{intro_id}}",             401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/introductions/{{intro_id}}",             401, 403, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/transition",  401, 403, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/consent",     401, 200, 404, 200, 200),
    ("POST",   f"{A}/introductions/{{intro_id}}/outcome",     401, 200, 404, 200, 200),
    ("GET",    f"{A}/reports/summary",                        401, 403, 403, 200, 200),
    ("GET",    f"{A}/reports/summary.csv",                    401, 403, 403, 200, 200),
    ("GET",    f"{A}/reports/introductions.csv",              401, 403, 403, 200, 200),
    ("GET",    f"{A}/queue",                                  401, 403, 403, 200, 200),
    ("POST",   f"{A}/queue/refresh",                          401, 403, 403, 200, 200),
    ("POST",   f"{A}/queue/{{item_id}}/take",                 401, 403, 403, 201, 201),
    ("POST",   f"{A}/queue/{{item_id}}/dismiss",              401, 403, 403, 204, 204),
    ("GET",    f"{A}/saved-searches",                         401, 200, 200, 200, 200),
    ("POST",   f"{A}/saved-searches",                         401, 201, 201, 201, 201),
    ("DELETE", f"{A}/saved-searches/{{search_id}}",           401, 204, 404, 404, 404),
    ("POST",   f"{A}/saved-searches/check",                   401, 403, 403, 200, 200),
    ("GET",    f"{A}/inbox",                                  401, 200, 200, 200, 200),
    ("POST",   f"{A}/inbox/{{message_id}}/read",              401, 200, 404, 404, 404),
    ("GET",    f"{A}/audit",                                  401, 403, 403, 403, 200),
]
# fmt: on

_serial = itertools.count(1)


@dataclass
class Target:
    """One concrete request of a row: the path's values, the body, and the member of the organisation in
    question (who plays the `member` column)."""

    values: dict[str, Any]
    member: Person
    body: Any = None
    query: dict[str, str] = field(default_factory=dict)


class Scene:
    """Builds what a request needs: the steel company and its member for requests that change nothing, a
    fresh organisation (with an opportunity and a member) for those that do."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.rt = world.runtime
        self.steel = org_id(self.rt, "t-steel-co")
        self.institute = org_id(self.rt, "t-h2-institute")
        self.organiser = self._person("organiser@example.org", "manager")  # sets up introductions

    def _person(self, email: str, role: str, organisation_ref: str | None = None) -> Person:
        with transaction(self.rt.session_factory) as session:
            data = UserCreate(email=email, role=role, organisation_ref=organisation_ref)  # type: ignore[arg-type]
            user, token = UserService(session).create(data)
            return Person(user.id, user.email, user.role, user.organisation_id, token)

    def static(self, **values: Any) -> Target:
        steel = self.rt.indexer.engine.catalogue.orgs[self.steel]
        return Target(
            {"org_id": self.steel, "ref": "t-steel-co", "opp_id": steel.opportunities[0].id, **values},
            self.world.people["steel"],
        )

    def fresh(self, visibility: str = "public") -> Target:
        n = next(_serial)
        with transaction(self.rt.session_factory) as session:
            org = ProfileService(session, indexer=self.rt.indexer).create(
                OrganisationCreate(
                    ref=f"matrix-{n}",
                    name=f"Matrix Test {n} GmbH",
                    kind="company",  # type: ignore[arg-type]
                    visibility=visibility,  # type: ignore[arg-type]
                    description="Tests hydrogen fuel cells in the lab.",
                    opportunities=[
                        OpportunityCreate(direction="request", type="facility", title="A test bench")  # type: ignore[arg-type]
                    ],
                )
            )
            values = {"org_id": org.id, "ref": org.ref, "opp_id": org.opportunities[0].id}
        member = self._person(f"member-{n}@matrix.example", "member", f"matrix-{n}")
        return Target(values, member)

    def introduction(self, status: str, requested: bool = False) -> Target:
        """An introduction of a fresh organisation (side a) to the institute, moved to `status`; asked for by
        the fresh organisation's member when `requested`, else proposed by a manager."""
        target = self.fresh()
        a = target.values["org_id"]
        with transaction(self.rt.session_factory) as session:
            service = IntroductionService(session, indexer=self.rt.indexer)
            organiser = session.get(User, self.organiser.id)
            proposer = session.get(User, target.member.id) if requested else organiser
            intro = service.create(proposer, IntroductionCreate(partner_id=self.institute, organisation_id=a))
            steps = {"suggested": [], "sent": ["approved", "sent"], "met": ["approved", "sent", "met"]}[
                status
            ]
            for step in steps:
                if step == "met":
                    for side in (a, self.institute):
                        service.consent(intro, organiser, "accepted", org_id=side)
                service.transition(intro, organiser, step)
            target.values["intro_id"] = intro.id
        return target

    def queue_item(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            item = QueueItem(
                organisation_a_id=target.values["org_id"],
                organisation_b_id=self.institute,
                score=0.5,
                reasons={},
            )
            QueueRepository(session).add(item)
            session.flush()
            target.values["item_id"] = item.id
        return target

    def saved_search(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            owner = session.get(User, target.member.id)
            search = AlertService(session).save(owner, "mine", "fuel cells", None, [], lambda s: [])
            target.values["search_id"] = search.id
        return target

    def inbox_message(self) -> Target:
        target = self.fresh()
        with transaction(self.rt.session_factory) as session:
            message = InboxRepository(session).add(InboxMessage(user_id=target.member.id, subject="Hello"))
            target.values["message_id"] = message.id
        return target


def new_ref() -> str:
    return f"matrix-new-{next(_serial)}"


# How each row's request is made: the path's values, the body, and the query. Rows not named here read the
# steel company and send no body.
REQUESTS: dict[tuple[str, str], Callable[[Scene], Target]] = {
    ("POST", f"{A}/organisations"): lambda s: Target(
        {}, s.world.people["steel"], {"ref": new_ref(), "name": "New"}
    ),
    ("PATCH", f"{A}/organisations/by-ref/{{ref}}"): lambda s: body(s.fresh(), {"city": "Essen"}),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}"): lambda s: s.fresh(),
    ("PATCH", f"{A}/organisations/{{org_id}}"): lambda s: body(s.fresh(), {"city": "Essen"}),
    ("DELETE", f"{A}/organisations/{{org_id}}"): lambda s: s.fresh(),
    ("POST", f"{A}/organisations/{{org_id}}/opportunities"): lambda s: body(
        s.fresh(), {"direction": "offer", "type": "technology", "title": "Fuel-cell testing"}
    ),
    ("PATCH", f"{A}/opportunities/{{opp_id}}"): lambda s: body(s.fresh(), {"summary": "Changed."}),
    ("DELETE", f"{A}/opportunities/{{opp_id}}"): lambda s: s.fresh(),
    ("GET", f"{A}/search"): lambda s: query(s.static(), q="fuel cell testing"),
    ("POST", f"{A}/users"): lambda s: body(
        s.static(), {"email": f"{new_ref()}@example.org", "role": "manager"}
    ),
    ("PATCH", f"{A}/users/{{user_id}}"): lambda s: body(
        s.static(user_id=s.world.people["steel"].id), {"name": "Sam"}
    ),
    ("POST", f"{A}/introductions"): lambda s: intro_request(s),
    ("GET", f"{A}/introductions/{{intro_id}}"): lambda s: s.introduction("sent"),
    ("PATCH", f"{A}/introductions/{{intro_id}}"): lambda s: body(
        s.introduction("suggested", requested=True), {"message": "Hello"}
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/transition"): lambda s: body(
        s.introduction("suggested", requested=True), {"to": "approved"}
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/consent"): lambda s: side_body(
        s.introduction("sent"), decision="accepted"
    ),
    ("POST", f"{A}/introductions/{{intro_id}}/outcome"): lambda s: side_body(
        s.introduction("met"), outcome="follow_up_planned"
    ),
    ("POST", f"{A}/queue/{{item_id}}/take"): lambda s: body(s.queue_item(), {}),
    ("POST", f"{A}/queue/{{item_id}}/dismiss"): lambda s: s.queue_item(),
    ("POST", f"{A}/saved-searches"): lambda s: body(s.static(), {"query": "fuel cells"}),
    ("DELETE", f"{A}/saved-searches/{{search_id}}"): lambda s: s.saved_search(),
    ("POST", f"{A}/inbox/{{message_id}}/read"): lambda s: s.inbox_message(),
}


def body(target: Target, data: Any) -> Target:
    target.body = data
    return target


def query(target: Target, **params: str) -> Target:
    target.query = params
    return target


def side_body(target: Target, **data: Any) -> Target:
    """A consent or an outcome, for side a (managers name the side; members answer for their own)."""
    return body(target, {**data, "organisation_id": target.values["org_id"]})


def intro_request(scene: Scene) -> Target:
    target = scene.fresh()
    return body(target, {"organisation_id": target.values["org_id"], "partner_id": scene.institute})


@pytest.fixture(scope="module")
def scene(world: World) -> Scene:
    return Scene(world)


def caller(world: World, target: Target, role: str) -> dict[str, str]:
    person = {
        "anonymous": None,
        "member": target.member,
        "other": world.people["fuelcell"],
        "manager": world.people["manager"],
        "admin": world.people["admin"],
    }[role]
    return person.auth if person else {}


@pytest.mark.parametrize(("method", "path", *ROLES), MATRIX, ids=[f"{m} {p}" for m, p, *_ in MATRIX])
def test_every_role_gets_the_status_of_the_table(
    world: World,
    scene: Scene,
    method: str,
    path: str,
    anonymous: int,
    member: int,
    other: int,
    manager: int,
    admin: int,
) -> None:
    expected = dict(zip(ROLES, (anonymous, member, other, manager, admin), strict=True))
    make = REQUESTS.get((method, path), lambda s: s.static())
    answered = {}
    with TestClient(world.app) as client:
        for role in ROLES:
            target = make(scene)
            response = client.request(
                method,
                path.format(**target.values),
                json=target.body,
                params=target.query,
                headers=caller(world, target, role),
            )
            answered[role] = response.status_code
            wait_for_rebuild(world.runtime)
    assert answered == expected


def test_the_table_covers_every_api_route() -> None:
    """From the app's OpenAPI description (FastAPI keeps included routers behind private classes in
    `app.routes`), which lists every route of the API."""
    routes = {
        (method.upper(), path)
        for path, operations in create_app().openapi()["paths"].items()
        if path.startswith("/api/")
        for method in operations
    }
    rows = [(method, path) for method, path, *_ in MATRIX]
    assert len(rows) == len(set(rows)), "a route has two rows"
    assert set(rows) == routes
    assert set(REQUESTS) <= routes


# Hidden organisations, whom nobody may read: who may change one (its members, managers, admins) can, and
# everybody else gets the answer that an organisation that does not exist gives, so that neither ids nor
# refs tell them that a hidden profile exists.
# fmt: off
HIDDEN: list[tuple[str, str, int, int, int, int, int]] = [
    # method  path                                          anonymous member other manager admin
    ("GET",    f"{A}/organisations/{{org_id}}",               404, 404, 404, 404, 404),
    ("GET",    f"{A}/organisations/by-ref/{{ref}}",           404, 404, 404, 404, 404),
    ("GET",    f"{A}/organisations/{{org_id}}/matches",       404, 404, 404, 404, 404),
    ("GET",    f"{A}/opportunities/{{opp_id}}",               404, 404, 404, 404, 404),
    ("PATCH",  f"{A}/organisations/{{org_id}}",               401, 200, 404, 200, 200),
    ("PATCH",  f"{A}/organisations/by-ref/{{ref}}",           401, 200, 404, 200, 200),
    ("DELETE", f"{A}/organisations/{{org_id}}",               401, 403, 403, 204, 204),
    ("DELETE", f"{A}/organisations/by-ref/{{ref}}",           401, 403, 403, 204, 204),
    ("POST",   f"{A}/organisations/{{org_id}}/opportunities", 401, 201, 404, 201, 201),
    ("PATCH",  f"{A}/opportunities/{{opp_id}}",               401, 200, 404, 200, 200),
    ("DELETE", f"{A}/opportunities/{{opp_id}}",               401, 204, 404, 204, 204),
]
# fmt: on
NOWHERE = {"org_id": 2_000_000_000, "ref": "no-such-ref", "opp_id": 2_000_000_000}


def hidden_request(scene: Scene, method: str, path: str) -> Target:
    target = scene.fresh(visibility="hidden")
    make = REQUESTS.get((method, path))
    if make is not None and method != "DELETE":
        target.body = make(scene).body
    return target


@pytest.mark.parametrize(("method", "path", *ROLES), HIDDEN, ids=[f"{m} {p}" for m, p, *_ in HIDDEN])
def test_a_hidden_organisation_is_changed_only_by_who_may_and_unknown_to_the_others(
    world: World,
    scene: Scene,
    method: str,
    path: str,
    anonymous: int,
    member: int,
    other: int,
    manager: int,
    admin: int,
) -> None:
    expected = dict(zip(ROLES, (anonymous, member, other, manager, admin), strict=True))
    answered = {}
    with TestClient(world.app) as client:
        for role in ROLES:
            target = hidden_request(scene, method, path)
            headers = caller(world, target, role)
            response = client.request(method, path.format(**target.values), json=target.body, headers=headers)
            answered[role] = response.status_code
            if role in ("anonymous", "other"):  # the same answer as for something that does not exist
                nowhere = client.request(method, path.format(**NOWHERE), json=target.body, headers=headers)
                assert (nowhere.status_code, nowhere.json()["error"].split(" ")[0]) == (
                    response.status_code,
                    response.json()["error"].split(" ")[0],
                ), (role, response.text, nowhere.text)
    assert answered == expected
