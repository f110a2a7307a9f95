"""The directory's pages on the test ecosystem: the start-ups by sector and city with founding year and stage,
the innovation centres with what they offer, a region's page with its counts, strongest sectors and map, the
welcome for international founders; an anonymous or hidden profile is never listed; in German too."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

CENTRE: dict[str, Any] = {
    "ref": "t-centre",
    "name": "Gründerhaus Testzeche",
    "kind": "innovation_centre",
    "city": "Essen",
    "country": "DE",
    "founding_year": 2014,
    "description": "An incubator with offices, workshops and a twelve-month programme for industrial start-ups.",
    "sectors": ["manufacturing"],
    "opportunities": [
        {
            "ref": "t-centre-space",
            "direction": "offer",
            "type": "facility",
            "title": "Workshop bays for hardware start-ups",
            "summary": "Workshop bays with three-phase power, by the month.",
            "expires_at": "2099-12-31",
        }
    ],
}


def test_the_directory_lists_start_ups_and_centres_and_never_an_anonymous_one(
    client: TestClient, anonymous: TestClient
) -> None:
    assert client.post("/api/v1/organisations", json=CENTRE).status_code == 201
    secret = {**CENTRE, "ref": "t-centre-secret", "name": "Stilles Labor", "visibility": "anonymous"}
    secret["opportunities"] = []
    assert client.post("/api/v1/organisations", json=secret).status_code == 201

    startups = anonymous.get("/directory").text
    assert 'class="startup"' in startups and "Sehwerk AI" in startups
    assert "Gründerhaus Testzeche" not in startups  # a centre, not a start-up
    assert "Sehwerk AI" in anonymous.get("/directory?sector=ai_data&city=Essen").text
    assert "Sehwerk AI" not in anonymous.get("/directory?sector=water").text
    assert "No start-up matches these filters." in anonymous.get("/directory?city=Nowhere").text

    centres = anonymous.get("/innovation-centres").text
    assert "Gründerhaus Testzeche" in centres and "Workshop bays for hardware start-ups" in centres
    assert "Stilles Labor" not in centres and "Stilles Labor" not in anonymous.get("/regions/ruhr").text
    assert "Verdeckte Testfirma" not in anonymous.get("/regions/ruhr").text  # hidden


def test_a_region_has_its_counts_sectors_and_map_and_an_unknown_one_is_404(anonymous: TestClient) -> None:
    regions = anonymous.get("/regions").text
    assert 'href="/regions/kreis-mettmann"' in regions and 'href="/regions/ruhr"' in regions
    ruhr = anonymous.get("/regions/ruhr")
    assert ruhr.status_code == 200
    assert ruhr.text.count("<svg") >= 3  # two charts and the map
    assert "Its strongest sectors:" in ruhr.text and 'class="region-map"' in ruhr.text
    missing = anonymous.get("/regions/atlantis")
    assert missing.status_code == 404 and "kreis-mettmann" in missing.text


def test_the_welcome_speaks_english_and_german(anonymous: TestClient) -> None:
    english = anonymous.get("/welcome").text
    assert "Welcome to the region" in english and 'href="/talent"' in english
    german = anonymous.get("/welcome", headers={"accept-language": "de"}).text
    assert "Willkommen in der Region" in german and "Innovationszentren" in german
