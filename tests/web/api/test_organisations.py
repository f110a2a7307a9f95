"""CRUD of organisations and opportunities through the HTTP API, with its error format."""

from __future__ import annotations

from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person

NEW_ORG = {
    "ref": "api-new",
    "name": "Neue Werkstoff GmbH",
    "kind": "company",
    "city": "Essen",
    "description": "We coat steel parts against corrosion.",
    "sectors": ["materials"],
    "contacts": [{"name": "Secret Person", "email": "secret@example.com"}],
}


def test_list_is_paginated_and_hides_hidden_profiles(client: TestClient) -> None:
    page = client.get("/api/v1/organisations", params={"limit": 3}).json()
    assert page["count"] == 9  # ten in the file, one hidden
    assert len(page["data"]) == 3
    refs = {o["ref"] for o in client.get("/api/v1/organisations", params={"limit": 100}).json()["data"]}
    assert "t-hidden" not in refs
    second = client.get("/api/v1/organisations", params={"limit": 3, "offset": 3}).json()["data"]
    assert not {o["ref"] for o in page["data"]} & {o["ref"] for o in second}


def test_list_filters_by_kind(client: TestClient) -> None:
    data = client.get("/api/v1/organisations", params={"kind": "startup"}).json()["data"]
    assert [o["ref"] for o in data] == ["t-vision-startup"]


def test_create_get_update_delete(client: TestClient) -> None:
    created = client.post("/api/v1/organisations", json=NEW_ORG)
    assert created.status_code == 201, created.text
    body = created.json()
    assert created.headers["location"] == f"/api/v1/organisations/{body['id']}"
    # a known city without coordinates gets the city's coordinates
    assert body["latitude"] is not None and body["region"] == "Ruhr"
    assert "contacts" not in body and "Secret Person" not in created.text

    by_ref = client.get("/api/v1/organisations/by-ref/api-new").json()
    assert by_ref["id"] == body["id"]

    patched = client.patch(
        f"/api/v1/organisations/{body['id']}", json={"name": "Neue Werkstoff AG", "city": "Hagen"}
    )
    assert patched.status_code == 200, patched.text
    assert patched.json()["name"] == "Neue Werkstoff AG"
    assert patched.json()["latitude"] != body["latitude"]  # moved to Hagen
    assert patched.json()["region"] == "Ruhr"
    moved = client.patch(f"/api/v1/organisations/{body['id']}", json={"city": "Mettmann"}).json()
    assert moved["region"] == "Kreis Mettmann"

    assert client.delete(f"/api/v1/organisations/{body['id']}").status_code == 204
    gone = client.get(f"/api/v1/organisations/{body['id']}")
    assert gone.status_code == 404
    assert "does not exist" in gone.json()["error"]


def test_duplicate_ref_is_409(client: TestClient) -> None:
    response = client.post("/api/v1/organisations", json={**NEW_ORG, "ref": "t-steel-co"})
    assert response.status_code == 409
    assert "t-steel-co" in response.json()["error"]
    clash = client.patch("/api/v1/organisations/by-ref/t-vr-studio", json={"ref": "t-steel-co"})
    assert clash.status_code == 409


def test_bad_field_is_422_naming_the_field(client: TestClient) -> None:
    response = client.post(
        "/api/v1/organisations", json={**NEW_ORG, "founding_year": "soon", "sectors": ["nope"]}
    )
    assert response.status_code == 422
    body = response.json()
    fields = {d["field"] for d in body["detail"]}
    assert {"founding_year", "sectors"} <= fields
    assert "founding_year" in body["error"]
    too_many = client.post("/api/v1/organisations", json={**NEW_ORG, "technology_keywords": list("abcdef")})
    assert too_many.status_code == 422 and "at most 5" in too_many.text


def test_errors_are_json_everywhere(client: TestClient) -> None:
    for response in (
        client.get("/api/v1/organisations/999999"),
        client.get("/api/v1/organisations/by-ref/nobody"),
        client.get("/api/v1/organisations/abc"),
        client.get("/api/v1/nothing-here"),
        client.put("/api/v1/organisations/1", json={}),
        client.post(
            "/api/v1/organisations", content=b"{not json", headers={"content-type": "application/json"}
        ),
    ):
        assert 400 <= response.status_code < 500, response.text
        body = response.json()
        assert set(body) == {"error", "detail"} and body["error"]


def test_hidden_and_anonymous_profiles(client: TestClient, anonymous: TestClient) -> None:
    anon = anonymous.get("/api/v1/organisations/by-ref/t-anon").json()
    assert anon["anonymous"] is True
    assert "Geheime" not in anon["name"] and anon["website"] is None
    assert client.get("/api/v1/organisations/by-ref/t-anon").json()["name"] == "Geheime Wasserwerke"  # admin
    hidden = client.get("/api/v1/organisations/by-ref/t-hidden")
    assert hidden.status_code == 404
    hidden_id = next(
        o.id for o in client.app.state.runtime.indexer.engine.catalogue.orgs.values() if o.ref == "t-hidden"
    )
    assert client.get(f"/api/v1/organisations/{hidden_id}").status_code == 404
    assert client.get(f"/api/v1/organisations/{hidden_id}/matches").status_code == 404
    # hidden profiles can still be changed, e.g. made public again
    assert (
        client.patch(f"/api/v1/organisations/{hidden_id}", json={"visibility": "public"}).status_code == 200
    )
    assert client.get(f"/api/v1/organisations/{hidden_id}").status_code == 200


def test_opportunity_crud(client: TestClient) -> None:
    org = client.get("/api/v1/organisations/by-ref/t-steel-co").json()
    new = {
        "direction": "offer",
        "type": "facility",
        "title": "Press line for trials",
        "summary": "Trial runs.",
    }
    created = client.post(f"/api/v1/organisations/{org['id']}/opportunities", json=new)
    assert created.status_code == 201, created.text
    opp = created.json()
    assert opp["organisation_id"] == org["id"] and opp["status"] == "published"

    listed = client.get("/api/v1/opportunities", params={"organisation_id": org["id"]}).json()
    assert listed["count"] == 2

    patched = client.patch(f"/api/v1/opportunities/{opp['id']}", json={"status": "paused", "trl": 7})
    assert patched.json()["status"] == "paused" and patched.json()["trl"] == 7
    bad = client.patch(f"/api/v1/opportunities/{opp['id']}", json={"trl": 12})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "trl"

    assert client.delete(f"/api/v1/opportunities/{opp['id']}").status_code == 204
    assert client.get(f"/api/v1/opportunities/{opp['id']}").status_code == 404


def test_health_and_reference_data(client: TestClient) -> None:
    assert client.get("/health").json()["status"] == "ok"
    cities = {c["name"] for c in client.get("/api/v1/cities").json()}
    assert {"Essen", "Düsseldorf", "Mettmann"} <= cities
    assert "hydrogen" in {s["code"] for s in client.get("/api/v1/sectors").json()}
    assert client.get("/docs").status_code == 200
    assert "/api/v1/search" in client.get("/openapi.json").json()["paths"]


def test_who_may_not_act_learns_that_before_what_is_wrong_with_the_body(
    client: TestClient, anonymous: TestClient, loaded: Runtime, people: dict[str, Person]
) -> None:
    """The guards run before the body is validated: a visitor's broken change is 401, another organisation's
    member gets 403, and only an editor is told which field is wrong (422)."""
    target = next(o.id for o in loaded.indexer.engine.catalogue.orgs.values() if o.visibility == "public")
    broken = {"founding_year": "not a year"}
    assert anonymous.patch(f"/api/v1/organisations/{target}", json=broken).status_code == 401
    stranger = next(p for p in people.values() if p.role == "member" and p.organisation_id != target)
    refused = anonymous.patch(f"/api/v1/organisations/{target}", json=broken, headers=stranger.auth)
    assert refused.status_code == 403, refused.text
    answer = client.patch(f"/api/v1/organisations/{target}", json=broken)
    assert answer.status_code == 422 and answer.json()["detail"][0]["field"] == "founding_year", answer.text
