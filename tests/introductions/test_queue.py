"""The managers' queue: best new pairs across the ecosystem, filters, take / approve / dismiss, weekly capacity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id
from tests.introductions.flows import introduction
from tests.web.test_pages import parse


@pytest.fixture
def manager(app: object, people: dict[str, Person]) -> Iterator[TestClient]:
    with TestClient(app, headers=people["manager"].auth) as client:  # type: ignore[arg-type]
        yield client


def pairs(client: TestClient, **params: str) -> dict[tuple[int, int], dict]:
    body = client.get("/api/v1/queue", params=params).json()
    return {(i["organisation_a"]["id"], i["organisation_b"]["id"]): i for i in body["data"]}


def test_refresh_offers_new_pairs_with_reasons_and_leaves_out_introduced_ones(
    manager: TestClient, loaded: Runtime, people: dict[str, Person]
) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    steel, vr = org_id(loaded, "t-steel-co"), org_id(loaded, "t-vr-studio")
    refreshed = manager.post("/api/v1/queue/refresh").json()
    assert refreshed["added"] > 3
    found = pairs(manager)
    pair = tuple(sorted((fuelcell, institute)))
    assert pair in found
    item = found[pair]  # type: ignore[index]
    assert item["score"] > 0 and item["reasons"]["a_to_b"] and item["reasons"]["b_to_a"]
    hidden = org_id(loaded, "t-hidden")
    assert all(hidden not in p for p in found)
    scores = [i["score"] for i in manager.get("/api/v1/queue").json()["data"]]
    assert scores == sorted(scores, reverse=True)

    introduction(loaded, people["manager"], fuelcell, institute)
    introduction(loaded, people["manager"], steel, vr, "declined")
    manager.post("/api/v1/queue/refresh")
    found = pairs(manager)
    assert pair not in found and tuple(sorted((steel, vr))) not in found


def test_filters_by_kind_pair_region_and_sector(manager: TestClient, loaded: Runtime) -> None:
    manager.post("/api/v1/queue/refresh")
    kinds = {o.id: o.kind for o in loaded.indexer.engine.catalogue.orgs.values()}
    only = pairs(manager, kind_pair="company,research_institute")
    assert only and all(sorted((kinds[a], kinds[b])) == ["company", "research_institute"] for a, b in only)
    hydrogen = pairs(manager, sector="hydrogen")
    assert hydrogen and len(hydrogen) < len(pairs(manager))
    assert pairs(manager, region="Nowhere Land") == {}


def test_take_approve_dismiss_and_capacity(manager: TestClient, loaded: Runtime) -> None:
    loaded.settings.manager_weekly_capacity = 2
    manager.post("/api/v1/queue/refresh")
    items = manager.get("/api/v1/queue").json()
    assert items["capacity"] == {"used": 0, "limit": 2}
    first, second, third, fourth = (i["id"] for i in items["data"][:4])
    taken = manager.post(f"/api/v1/queue/{first}/take", json={"message": "Hello both"})
    assert taken.status_code == 201
    intro = taken.json()
    assert intro["status"] == "suggested" and intro["message"] == "Hello both"
    assert intro["reasons"] == items["data"][0]["reasons"] and intro["score"] == items["data"][0]["score"]
    approved = manager.post(f"/api/v1/queue/{second}/take", json={"approve": True}).json()
    assert approved["status"] == "approved"
    assert manager.post(f"/api/v1/queue/{first}/take", json={}).status_code == 409  # already taken
    full = manager.post(f"/api/v1/queue/{third}/take", json={})
    assert full.status_code == 409 and "weekly capacity" in full.json()["error"]
    assert manager.post(f"/api/v1/queue/{fourth}/dismiss").status_code == 204
    left = {i["id"] for i in manager.get("/api/v1/queue").json()["data"]}
    assert {first, second, fourth}.isdisjoint(left) and third in left
    assert manager.get("/api/v1/queue").json()["capacity"] == {"used": 2, "limit": 2}
    dismissed_pair = next(
        (i["organisation_a"]["id"], i["organisation_b"]["id"]) for i in items["data"] if i["id"] == fourth
    )
    manager.post("/api/v1/queue/refresh")
    assert dismissed_pair not in pairs(manager)  # never offered again


def test_only_managers_see_the_queue(anonymous: TestClient, app: object, people: dict[str, Person]) -> None:
    assert anonymous.get("/api/v1/queue").status_code == 401
    with TestClient(app, headers=people["steel"].auth) as member:  # type: ignore[arg-type]
        assert member.get("/api/v1/queue").status_code == 403
        assert member.post("/api/v1/queue/refresh").status_code == 403
    with browser_for(app, people["steel"]) as sam:
        assert sam.get("/queue").status_code == 403


def test_the_queue_page_works_without_javascript(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    with browser_for(app, people["manager"]) as anna:
        assert "The queue is empty" in anna.get("/queue").text
        anna.post("/queue/refresh", data={})
        doc = parse(anna.get("/queue").text)
        items = doc.find_all("li", cls="queue-item")
        assert len(items) > 3
        assert doc.find("p", cls="capacity").text == "You took 0 of your 10 items this week."
        first = items[0].attrs["data-item-id"]
        response = anna.post(
            f"/queue/{first}/take", data={"message": "Meet!", "approve": "yes"}, follow_redirects=False
        )
        assert response.status_code == 303 and response.headers["location"].startswith("/introductions/")
        page = parse(anna.get(response.headers["location"]).text)
        assert page.find("article", cls="introduction").attrs["data-status"] == "approved"
        second = items[1].attrs["data-item-id"]
        anna.post(f"/queue/{second}/dismiss", data={})
        left = [
            li.attrs["data-item-id"] for li in parse(anna.get("/queue").text).find_all("li", cls="queue-item")
        ]
        assert first not in left and second not in left
        filtered = parse(
            anna.get("/queue", params={"kind_a": "company", "kind_b": "research_institute"}).text
        )
        assert all(
            "Research institute" in li.find("p", cls="meta").text
            and "Company" in li.find("p", cls="meta").text
            for li in filtered.find_all("li", cls="queue-item")
        )


def test_batch_jobs_on_the_command_line(
    loaded: Runtime, people: dict[str, Person], manager: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from matcher.cli import app as cli_app

    monkeypatch.setenv("MATCHER_DATABASE_URL", loaded.settings.resolved_database_url)
    monkeypatch.setenv("MATCHER_ENVIRONMENT", "test")
    data_dir = ["--data-dir", str(loaded.settings.data_dir)]
    runner = CliRunner()
    result = runner.invoke(cli_app, [*data_dir, "queue", "refresh", "--per-organisation", "2"])
    assert result.exit_code == 0, result.output
    count = manager.get("/api/v1/queue").json()["count"]
    assert count > 0 and f"queue refreshed: {count} open items" in result.output
    sam = TestClient(manager.app, headers=people["steel"].auth)
    sam.post("/api/v1/saved-searches", json={"query": "hydrogen"})
    result = runner.invoke(cli_app, [*data_dir, "alerts", "run"])
    assert result.exit_code == 0, result.output
    assert "checked 1 saved searches: 0 alerts, 0 e-mails" in result.output
