"""Who sees an organisation's contact persons, and an anonymous profile's name: every cell of the matrix, through
the API and through the pages.

Rows: the visitor, members of organisations with no, a pending, a declined and an accepted introduction, the
organisation's own member, a manager and an admin. Columns: a public profile (the institute, contact Jonas
Berg) and an anonymous one (contact Greta Geheim)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.auth.models import User
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, make_user, org_id

VIEWERS = ["visitor", "vision", "fuelcell", "chem", "steel", "institute", "manager", "admin"]
# (viewer, target) -> sees contacts (and, for the anonymous profile, its name)
SEES = {
    ("visitor", "institute"): False,
    ("vision", "institute"): False,  # no introduction
    ("fuelcell", "institute"): False,  # sent, only one side accepted so far
    ("chem", "institute"): False,  # declined
    ("steel", "institute"): True,  # accepted by both
    ("institute", "institute"): True,  # its own member
    ("manager", "institute"): True,
    ("admin", "institute"): True,
    ("visitor", "anon"): False,
    ("vision", "anon"): False,
    ("fuelcell", "anon"): False,
    ("chem", "anon"): False,
    ("steel", "anon"): True,  # accepted by both
    ("institute", "anon"): False,  # a member of another organisation without an introduction
    ("manager", "anon"): True,
    ("admin", "anon"): True,
}
CONTACT = {"institute": "Jonas Berg", "anon": "Greta Geheim"}
ANON_NAME = "Geheime Wasserwerke"


def introduce(
    rt: Runtime, manager: Person, a: int, b: int, *, consents: tuple[str | None, str | None]
) -> None:
    """A manager proposes, approves and sends an introduction; the sides answer as given."""
    with transaction(rt.session_factory) as session:
        service = IntroductionService(session, indexer=rt.indexer)
        user = session.get(User, manager.id)
        intro = service.create(user, IntroductionCreate(organisation_id=a, partner_id=b))
        service.transition(intro, user, "approved")
        service.transition(intro, user, "sent")
        for org, answer in zip((a, b), consents, strict=True):
            if answer:
                service.consent(intro, user, answer, org_id=org)


@pytest.fixture
def matrix(loaded: Runtime, people: dict[str, Person], client: TestClient) -> dict[str, Person]:
    anon = org_id(loaded, "t-anon")
    response = client.patch(f"/api/v1/organisations/{anon}", json={"contacts": [{"name": CONTACT["anon"]}]})
    assert response.status_code == 200
    people = {
        **people,
        "vision": make_user(loaded, "vi@vision.example", "member", "t-vision-startup"),
        "chem": make_user(loaded, "cy@chem.example", "member", "t-chem-co"),
    }
    institute = org_id(loaded, "t-h2-institute")
    manager = people["manager"]
    introduce(loaded, manager, people["fuelcell"].organisation_id, institute, consents=("accepted", None))  # type: ignore[arg-type]
    introduce(loaded, manager, people["chem"].organisation_id, institute, consents=("accepted", "declined"))  # type: ignore[arg-type]
    introduce(loaded, manager, people["steel"].organisation_id, institute, consents=("accepted", "accepted"))  # type: ignore[arg-type]
    introduce(loaded, manager, anon, people["steel"].organisation_id, consents=("accepted", "accepted"))  # type: ignore[arg-type]
    return people


def target_id(rt: Runtime, target: str) -> int:
    return org_id(rt, "t-h2-institute" if target == "institute" else "t-anon")


@pytest.fixture
def api_as(app: object, matrix: dict[str, Person]) -> Iterator[dict[str, TestClient]]:
    clients = {}
    for viewer in VIEWERS:
        headers = matrix[viewer].auth if viewer != "visitor" else {}
        clients[viewer] = TestClient(app, headers=headers)  # type: ignore[arg-type]
    with clients["visitor"]:
        yield clients


@pytest.mark.parametrize(("viewer", "target"), sorted(SEES))
def test_contacts_through_the_api(
    api_as: dict[str, TestClient], loaded: Runtime, viewer: str, target: str
) -> None:
    response = api_as[viewer].get(f"/api/v1/organisations/{target_id(loaded, target)}")
    assert response.status_code == 200
    body = response.json()
    if SEES[viewer, target]:
        assert [c["name"] for c in body["contacts"]] == [CONTACT[target]]
    else:
        assert body["contacts"] is None
        assert CONTACT[target] not in response.text
    if target == "anon":
        assert (body["name"] == ANON_NAME) is SEES[viewer, target]
        assert (ANON_NAME in response.text) is SEES[viewer, target]


@pytest.mark.parametrize("viewer", VIEWERS)
def test_contacts_through_the_pages(
    app: object, loaded: Runtime, matrix: dict[str, Person], viewer: str
) -> None:
    with browser_for(app, matrix[viewer] if viewer != "visitor" else None) as browser:
        for target in ("institute", "anon"):
            html = browser.get(f"/organisations/{target_id(loaded, target)}").text
            sees = SEES[viewer, target]
            assert (CONTACT[target] in html) is sees, (viewer, target)
            assert ('class="contact-list"' in html) is sees
            assert ('class="empty contacts-hidden"' in html) is not sees
            if target == "anon":
                assert (ANON_NAME in html) is sees, (viewer, target)


def test_reading_by_ref_follows_the_same_rules(api_as: dict[str, TestClient]) -> None:
    assert api_as["visitor"].get("/api/v1/organisations/by-ref/t-h2-institute").json()["contacts"] is None
    steel = api_as["steel"].get("/api/v1/organisations/by-ref/t-h2-institute").json()
    assert [c["name"] for c in steel["contacts"]] == ["Jonas Berg"]


def test_lists_search_and_matches_never_carry_contacts(
    api_as: dict[str, TestClient], loaded: Runtime
) -> None:
    admin = api_as["admin"]
    for url in (
        "/api/v1/organisations?limit=100",
        "/api/v1/search?q=fuel+cell+testing",
        f"/api/v1/organisations/{org_id(loaded, 't-fuelcell-co')}/matches",
    ):
        text = admin.get(url).text
        assert "Jonas Berg" not in text and "Petra Sommer" not in text, url
