"""Matches and search through the HTTP API, on the small real ecosystem with the real model."""

from __future__ import annotations

import io

from fastapi.testclient import TestClient

from matcher.config import Settings
from matcher.embeddings.encoder import Encoder
from matcher.kit.db import transaction
from matcher.profiles.importer import import_cooperations
from matcher.runtime import Runtime, open_runtime
from matcher.web.app import create_app
from tests.conftest import load


def _id(client: TestClient, ref: str) -> int:
    return client.get(f"/api/v1/organisations/by-ref/{ref}").json()["id"]


def _refs(matches: dict) -> list[str]:
    return [m["organisation"]["ref"] for m in matches["data"]]


def test_need_meets_offer_with_explanation(client: TestClient) -> None:
    result = client.get(
        f"/api/v1/organisations/{_id(client, 't-fuelcell-co')}/matches", params={"k": 5}
    ).json()
    assert _refs(result)[0] == "t-h2-institute"
    best = result["data"][0]
    assert best["need_offer"]["need"].startswith("Load testing of fuel-cell stacks")
    assert best["need_offer"]["offer"].startswith("Fuel-cell test bench")
    assert "fuel cell" in best["shared_keywords"] and "hydrogen" in best["shared_sectors"]
    assert best["distance_km"] is not None and 10 < best["distance_km"] < 60
    shares = {p["name"]: p["share"] for p in best["parts"]}
    assert abs(sum(shares.values()) - 1) < 1e-3
    assert abs(sum(p["contribution"] for p in best["parts"]) - best["score"]) < 1e-3


def test_both_directions_count(client: TestClient) -> None:
    # the steel company seeks defect detection; the start-up offers it and seeks a metal pilot customer
    result = client.get(f"/api/v1/organisations/{_id(client, 't-vision-startup')}/matches").json()
    assert _refs(result)[0] == "t-steel-co"
    best = result["data"][0]
    assert best["need_offer"] and best["offer_need"]
    assert "defect" in best["offer_need"]["need"].lower()


def test_exclusions_and_pairing(client: TestClient) -> None:
    refs = _refs(
        client.get(f"/api/v1/organisations/{_id(client, 't-fuelcell-co')}/matches", params={"k": 20}).json()
    )
    assert "t-fuelcell-co" not in refs  # itself
    assert "t-hidden" not in refs  # hidden
    assert "t-steel-co" not in refs and "t-chem-co" not in refs  # company-company is not a default pairing
    anyway = client.get(
        f"/api/v1/organisations/{_id(client, 't-fuelcell-co')}/matches", params={"k": 20, "pairing": "any"}
    ).json()
    assert anyway["pairing"] == "any" and "t-steel-co" in _refs(anyway)


def test_filters_kind_and_radius(client: TestClient) -> None:
    url = f"/api/v1/organisations/{_id(client, 't-steel-co')}/matches"
    only = client.get(url, params={"kind": "creative"}).json()
    assert _refs(only) == ["t-vr-studio"]
    near = client.get(url, params={"near": "Essen", "radius_km": 5}).json()
    assert _refs(near) == ["t-vision-startup"]
    by_coordinates = client.get(url, params={"near": "51.4556,7.0116", "radius_km": 5}).json()
    assert _refs(by_coordinates) == ["t-vision-startup"]
    unknown = client.get(url, params={"near": "Atlantis", "radius_km": 5})
    assert unknown.status_code == 422 and "Atlantis" in unknown.json()["error"]
    no_place = client.get(url, params={"radius_km": 5})
    assert no_place.status_code == 422 and "near" in no_place.json()["error"]


def test_expired_and_paused_opportunities_do_not_match(client: TestClient) -> None:
    institute = _id(client, "t-h2-institute")
    result = client.get(
        f"/api/v1/organisations/{institute}/matches", params={"k": 20, "pairing": "any"}
    ).json()
    expired = next((m for m in result["data"] if m["organisation"]["ref"] == "t-expired"), None)
    assert expired is None or expired["offer_need"] is None


def test_new_profile_is_matched_right_away(client: TestClient) -> None:
    new = {
        "ref": "api-leaks",
        "name": "Stadtwerke Ennepe",
        "kind": "public_body",
        "city": "Hagen",
        "opportunities": [
            {
                "direction": "request",
                "type": "research_cooperation",
                "title": "Find leaks in drinking water pipes",
                "summary": "We need acoustic sensors to detect pipe bursts and leaks in our water network early.",
            }
        ],
    }
    org = client.post("/api/v1/organisations", json=new).json()
    matches = client.get(f"/api/v1/organisations/{org['id']}/matches").json()
    assert _refs(matches)[0] == "t-uni-water"
    uni_matches = client.get(f"/api/v1/organisations/{_id(client, 't-uni-water')}/matches").json()
    assert "api-leaks" in _refs(uni_matches)
    # editing the request away removes the fit at once
    opp_id = org["opportunities"][0]["id"]
    client.patch(f"/api/v1/opportunities/{opp_id}", json={"status": "archived"})
    after = client.get(f"/api/v1/organisations/{_id(client, 't-uni-water')}/matches").json()
    leak = next(m for m in after["data"] if m["organisation"]["ref"] == "api-leaks")
    assert leak["offer_need"] is None


def test_search_ranks_organisations_and_opportunities(client: TestClient) -> None:
    result = client.get("/api/v1/search", params={"q": "who can test fuel cell stacks?"}).json()
    assert result["organisations"][0]["organisation"]["ref"] == "t-h2-institute"
    assert (
        result["opportunities"][0]["opportunity"]["title"].lower().startswith(("fuel-cell", "load testing"))
    )
    refs = [h["organisation"]["ref"] for h in result["organisations"]]
    assert "t-hidden" not in refs
    near = client.get(
        "/api/v1/search", params={"q": "fuel cell testing", "near": "Essen", "radius_km": 15}
    ).json()
    assert all(h["distance_km"] <= 15 for h in near["organisations"])
    assert client.get("/api/v1/search", params={"q": ""}).status_code == 422


def test_index_status_and_rebuild(client: TestClient, encoder: Encoder) -> None:
    status = client.get("/api/v1/index").json()
    assert status["model"] == encoder.name and status["dimension"] == encoder.dimension
    assert status["counts"]["profiles"] == 10
    job = client.post("/api/v1/index/rebuild")
    assert job.status_code == 202
    for _ in range(200):
        state = client.get("/api/v1/index").json()["job"]
        if state["state"] in ("done", "failed"):
            break
        import time

        time.sleep(0.05)
    assert state["state"] == "done", state
    assert state["total"] == state["done"] > 0


def test_partners_of_similar_organisations_are_a_reason(client: TestClient, loaded: Runtime) -> None:
    # the hydrogen institute, whose profile is close to the fuel-cell company's, works with the steel company
    with transaction(loaded.session_factory) as session:
        import_cooperations(
            session,
            io.StringIO("a_ref,b_ref,year,source\nt-h2-institute,t-steel-co,2024,test\n"),
            indexer=loaded.indexer,
        )
    result = client.get(
        f"/api/v1/organisations/{_id(client, 't-fuelcell-co')}/matches", params={"k": 20, "pairing": "any"}
    ).json()
    steel = next(m for m in result["data"] if m["organisation"]["ref"] == "t-steel-co")
    assert [p["ref"] for p in steel["similar_partners"]] == ["t-h2-institute"]
    peers = next(p for p in steel["parts"] if p["name"] == "peers")
    assert peers["value"] == 1.0 and peers["contribution"] > 0  # the only candidate with a vote
    # and the other way round: the steel company, also somewhat like the fuel-cell company, votes for the
    # institute; nobody else works with anyone
    voted = {m["organisation"]["ref"]: m["similar_partners"] for m in result["data"] if m["similar_partners"]}
    assert set(voted) <= {"t-steel-co", "t-h2-institute"}
    assert [p["ref"] for p in voted.get("t-h2-institute", [{"ref": "t-steel-co"}])] == ["t-steel-co"]


def test_matches_hold_no_second_database_connection(settings: Settings, encoder: Encoder) -> None:
    """A match request holds no connection while the service's look-ups (declined pairs, feedback) take one:
    with a pool of one connection it answers at once, where it used to wait for a connection that never came
    free (under load, 40 such requests exhausted the pool and answered 500)."""
    rt = open_runtime(settings.model_copy(update={"database_connections": 1}))
    try:
        load(rt)
        with TestClient(create_app(runtime=rt)) as client:
            org_id = _id(client, "t-fuelcell-co")
            response = client.get(f"/api/v1/organisations/{org_id}/matches")
            assert response.status_code == 200, response.text
            assert "t-h2-institute" in _refs(response.json())
    finally:
        rt.close()
