"""The cooperation network through the API, on the test ecosystem with a few cooperations: an organisation's
partners and partners of partners, the managers' overview and who could bridge two communities; hidden
organisations never appear, anonymous ones only by their label to those who may not see them."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.kit.db import transaction
from matcher.profiles.importer import import_cooperations
from matcher.runtime import Runtime
from tests.conftest import Person, org_id

COOPERATIONS = """a_ref,b_ref,year,source
t-steel-co,t-fuelcell-co,2021,test
t-steel-co,t-fuelcell-co,2023,test
t-fuelcell-co,t-h2-institute,2022,test
t-h2-institute,t-uni-water,2020,test
t-h2-institute,t-anon,2024,test
t-uni-water,t-anon,2024,test
t-steel-co,t-hidden,2022,test
t-hidden,t-chem-co,2022,test
t-vr-studio,t-vision-startup,2023,test
t-vision-startup,t-expired,2023,test
t-vr-studio,t-expired,2024,test
"""


def cooperate(rt: Runtime, text: str) -> None:
    with transaction(rt.session_factory) as session:
        import_cooperations(session, io.StringIO(text), indexer=rt.indexer)


@pytest.fixture
def network(loaded: Runtime, people: dict[str, Person]) -> Iterator[TestClient]:
    cooperate(loaded, COOPERATIONS)
    from matcher.web.app import create_app

    with TestClient(create_app(runtime=loaded)) as client:
        yield client


def refs(nodes: list[dict]) -> set[str | None]:
    return {n["ref"] for n in nodes}


def test_partners_and_partners_of_partners_with_their_cooperations(
    network: TestClient, loaded: Runtime
) -> None:
    steel = org_id(loaded, "t-steel-co")
    body = network.get(f"/api/v1/organisations/{steel}/network").json()
    depth = {n["ref"]: n["depth"] for n in body["nodes"]}
    # the hidden partner is left out, and the chemistry company, reached only through it, with it
    assert depth == {"t-steel-co": 0, "t-fuelcell-co": 1, "t-h2-institute": 2}
    assert (body["partners"], body["partners_of_partners"], body["left_out"]) == (1, 1, 0)
    fuelcell = org_id(loaded, "t-fuelcell-co")
    edge = next(e for e in body["edges"] if {e["a"], e["b"]} == {steel, fuelcell})
    assert (edge["cooperations"], edge["first_year"], edge["last_year"]) == (2, 2021, 2023)
    assert body["organisation"]["partners"] == 1  # the hidden one not counted
    assert all(0 <= n["x"] <= 1 and 0 <= n["y"] <= 1 for n in body["nodes"])


def test_an_anonymous_partner_is_named_only_for_who_may_see_it(
    network: TestClient, loaded: Runtime, people: dict[str, Person]
) -> None:
    institute = org_id(loaded, "t-h2-institute")
    seen = network.get(f"/api/v1/organisations/{institute}/network").json()
    anonymous = next(n for n in seen["nodes"] if n["anonymous"])
    assert anonymous["ref"] is None and anonymous["name"].startswith("Anonymous public body")
    assert "Hidden" not in str(seen) and "t-hidden" not in str(seen)
    managed = network.get(f"/api/v1/organisations/{institute}/network", headers=people["manager"].auth).json()
    assert "t-anon" in refs(managed["nodes"])


def test_a_hidden_organisations_network_is_its_editors_only(
    network: TestClient, loaded: Runtime, people: dict[str, Person]
) -> None:
    hidden = org_id(loaded, "t-hidden")
    assert network.get(f"/api/v1/organisations/{hidden}/network").status_code == 404
    own = network.get(f"/api/v1/organisations/{hidden}/network", headers=people["manager"].auth).json()
    assert refs(own["nodes"]) == {"t-hidden", "t-steel-co", "t-chem-co", "t-fuelcell-co"}


def test_the_managers_overview(network: TestClient, loaded: Runtime, people: dict[str, Person]) -> None:
    assert network.get("/api/v1/network").status_code == 401
    assert network.get("/api/v1/network", headers=people["steel"].auth).status_code == 403
    manager = people["manager"].auth
    body = network.get("/api/v1/network", headers=manager).json()
    assert body["cached"] is False
    assert sum(c["size"] for c in body["communities"]) == 8  # the connected, not hidden
    assert "t-hidden" not in str(body)
    assert body["organisations"] == 9  # the expired-offer company counts: it is not hidden
    drawn = refs(body["nodes"])
    assert "t-steel-co" in drawn and "t-hidden" not in drawn
    assert body["bridges"] and all(b["across"] for b in body["bridges"])
    assert body["brokers"][0]["organisation"]["ref"] in {"t-h2-institute", "t-fuelcell-co"}
    pair = sorted((org_id(loaded, "t-steel-co"), org_id(loaded, "t-fuelcell-co")))
    steel_fuelcell = [e for e in body["edges"] if [e["a"], e["b"]] == pair]  # cooperated in 2021 and 2023
    assert [(e["cooperations"], e["first_year"], e["last_year"]) for e in steel_fuelcell] == [(2, 2021, 2023)]
    again = network.get("/api/v1/network", headers=manager).json()
    assert again["cached"] is True and again["communities"] == body["communities"]
    cooperate(loaded, "a_ref,b_ref,year,source\nt-chem-co,t-vr-studio,2025,test\n")
    changed = network.get("/api/v1/network", headers=manager).json()
    assert changed["cached"] is False and changed["cooperations"] == body["cooperations"] + 1
    small = network.get("/api/v1/network", params={"limit": 2, "bridges": 1}, headers=manager).json()
    assert len(small["nodes"]) == 2 and len(small["bridges"]) == 1


def test_who_could_bridge_two_communities(network: TestClient, people: dict[str, Person]) -> None:
    manager = people["manager"].auth
    overview = network.get("/api/v1/network", headers=manager).json()
    assert len(overview["communities"]) >= 2
    body = network.get("/api/v1/network/bridge", params={"a": 0, "b": 1}, headers=manager).json()
    assert body["a"]["id"] == 0 and body["b"]["id"] == 1
    assert body["count"] == len(body["data"]) > 0
    top = body["data"][0]
    assert top["score"] == min(top["fit_a"], top["fit_b"])
    assert any("community a" in r for r in top["reasons"]) and any("community b" in r for r in top["reasons"])
    scores = [d["score"] for d in body["data"]]
    assert scores == sorted(scores, reverse=True)
    assert "t-hidden" not in str(body)
    assert network.get("/api/v1/network/bridge", params={"a": 0, "b": 0}, headers=manager).status_code == 422
    assert network.get("/api/v1/network/bridge", params={"a": 0, "b": 99}, headers=manager).status_code == 404
    assert (
        network.get(
            "/api/v1/network/bridge", params={"a": 0, "b": 1}, headers=people["steel"].auth
        ).status_code
        == 403
    )
