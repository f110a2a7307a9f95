"""The audit log: every change to profiles, opportunities, contacts, introductions and users, with who made it;
only admins read it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id
from tests.web.test_pages import parse


@pytest.fixture
def api(app: object, people: dict[str, Person]) -> Iterator[dict[str, TestClient]]:
    clients = {name: TestClient(app, headers=person.auth) for name, person in people.items()}  # type: ignore[arg-type]
    with clients["admin"]:
        yield clients


def entries(admin: TestClient, **params: object) -> list[dict]:
    response = admin.get("/api/v1/audit", params={"limit": 500, **params})
    assert response.status_code == 200
    return response.json()["data"]


def test_profile_changes_are_logged_with_their_author(api: dict[str, TestClient], loaded: Runtime) -> None:
    steel = org_id(loaded, "t-steel-co")
    api["steel"].patch(
        f"/api/v1/organisations/{steel}", json={"city": "Bochum", "contacts": [{"name": "Sam Stahl"}]}
    )
    log = entries(api["admin"], entity="organisation", entity_id=steel)
    update = next(e for e in log if e["action"] == "update")
    assert update["actor"] == "sam@steel.example" and update["actor_id"] is not None
    assert update["changes"]["city"] == ["Dortmund", "Bochum"]
    assert "latitude" in update["changes"]  # the move changed the coordinates too
    contacts = entries(api["admin"], entity="contact")
    assert any(e["action"] == "create" and e["changes"].get("name") == "Sam Stahl" for e in contacts)

    created = (
        api["manager"]
        .post(
            "/api/v1/organisations",
            json={
                "ref": "t-audit",
                "name": "Audit GmbH",
                "opportunities": [{"direction": "offer", "type": "pilot", "title": "Pilot line"}],
            },
        )
        .json()
    )
    made = entries(api["admin"], entity="organisation", entity_id=created["id"])
    assert [e["action"] for e in made] == ["create"] and made[0]["changes"]["name"] == "Audit GmbH"
    assert made[0]["actor"] == "manager@example.org"
    opp = created["opportunities"][0]["id"]
    api["manager"].patch(f"/api/v1/opportunities/{opp}", json={"status": "paused"})
    assert entries(api["admin"], entity="opportunity", entity_id=opp)[0]["changes"]["status"] == [
        "published",
        "paused",
    ]
    api["manager"].delete(f"/api/v1/organisations/{created['id']}")
    assert entries(api["admin"], entity="organisation", entity_id=created["id"])[0]["action"] == "delete"
    # the initial import was made by no one in particular
    assert any(e["actor"] == "system" for e in entries(api["admin"], entity="organisation"))


def test_introductions_and_users_are_logged_without_secrets(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    institute = org_id(loaded, "t-h2-institute")
    intro = api["fuelcell"].post("/api/v1/introductions", json={"partner_id": institute}).json()
    api["manager"].post(f"/api/v1/introductions/{intro['id']}/transition", json={"to": "approved"})
    log = entries(api["admin"], entity="introduction", entity_id=intro["id"])
    assert (
        log[0]["changes"]["status"] == ["suggested", "approved"] and log[0]["actor"] == "manager@example.org"
    )
    assert log[-1]["action"] == "create" and log[-1]["actor"] == "lena@fuelcell.example"
    api["admin"].post(
        "/api/v1/users", json={"email": "new@x.example", "role": "manager", "password": "a secret password"}
    )
    users = entries(api["admin"], entity="user")
    made = next(e for e in users if e["changes"].get("email") == "new@x.example")
    assert "password_hash" not in made["changes"]
    assert all("argon2" not in str(e["changes"]) for e in users)


def test_only_admins_read_the_log(
    api: dict[str, TestClient], anonymous: TestClient, app: object, people: dict[str, Person]
) -> None:
    assert api["manager"].get("/api/v1/audit").status_code == 403
    assert api["steel"].get("/api/v1/audit").status_code == 403
    assert anonymous.get("/api/v1/audit").status_code == 401
    with browser_for(app, people["admin"]) as admin:
        doc = parse(admin.get("/audit", params={"entity": "organisation"}).text)
        rows = doc.find_all("tr", cls="audit-entry")
        assert rows and all(r.attrs["data-entity"] == "organisation" for r in rows)
    with browser_for(app, people["manager"]) as manager:
        assert manager.get("/audit").status_code == 403


def test_admins_manage_users_on_a_page(app: object, loaded: Runtime, people: dict[str, Person]) -> None:
    with browser_for(app, people["admin"]) as admin:
        doc = parse(admin.get("/users").text)
        assert "lena@fuelcell.example" in doc.find("table", cls="users").text
        bad = admin.post(
            "/users/new", data={"email": "x@y.example", "role": "member", "name": "", "organisation_ref": ""}
        )
        assert (
            bad.status_code == 422
            and "organisation" in parse(bad.text).find(cls="alert").text.lower() + bad.text
        )
        made = admin.post(
            "/users/new",
            data={
                "email": "pia@steel.example",
                "role": "member",
                "name": "Pia",
                "organisation_ref": "t-steel-co",
                "password": "another long password",
            },
        )
        assert made.status_code == 201
        token = parse(made.text).find("code", cls="token").text
        assert token.startswith("mw_")
    with TestClient(app, headers={"authorization": f"Bearer {token}"}) as pia:  # type: ignore[arg-type]
        assert pia.get("/api/v1/users/me").json()["organisation_id"] == org_id(loaded, "t-steel-co")
    with browser_for(app, people["manager"]) as manager:
        assert manager.get("/users").status_code == 403


def test_installing_the_listener_again_logs_each_change_once(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    from matcher.audit import listener

    listener.install()  # the runtime installed it already; a second runtime in the process does it again
    steel = org_id(loaded, "t-steel-co")
    api["steel"].patch(f"/api/v1/organisations/{steel}", json={"city": "Bochum"})
    updates = [
        e for e in entries(api["admin"], entity="organisation", entity_id=steel) if e["action"] == "update"
    ]
    assert len(updates) == 1 and updates[0]["changes"]["city"] == ["Dortmund", "Bochum"]
