"""Bugs found in review, each pinned by a test that fails without its fix."""

from __future__ import annotations

import io
import json
import threading

from fastapi.testclient import TestClient

from matcher.embeddings.encoder import resolve_model
from matcher.kit.db import transaction
from matcher.profiles.importer import import_organisations
from matcher.profiles.schemas import OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from tests.conftest import org_id


def test_anonymous_names_cannot_be_found_by_listing(client: TestClient) -> None:
    found = client.get("/api/v1/organisations", params={"q": "Geheime"}).json()
    assert found["count"] == 0
    listed = client.get("/api/v1/organisations", params={"limit": 100}).json()["data"]
    assert listed[-1]["anonymous"] is True  # anonymous profiles come last, not sorted by their real name


def test_opportunities_of_hidden_organisations_are_not_shown(client: TestClient) -> None:
    runtime = client.app.state.runtime
    hidden = runtime.indexer.engine.catalogue.orgs[org_id(runtime, "t-hidden")]
    assert client.get(f"/api/v1/opportunities/{hidden.opportunities[0].id}").status_code == 404


def test_clearing_the_description_is_not_a_conflict(client: TestClient) -> None:
    response = client.patch("/api/v1/organisations/by-ref/t-steel-co", json={"description": None})
    assert response.status_code == 200, response.text
    assert response.json()["description"] == ""


def test_too_long_contact_fields_are_422_not_500(client: TestClient) -> None:
    body = {"ref": "long", "name": "Long GmbH", "contacts": [{"name": "x" * 250, "role": "y" * 250}]}
    response = client.post("/api/v1/organisations", json=body)
    assert response.status_code == 422
    assert {d["field"] for d in response.json()["detail"]} == {"contacts.0.name", "contacts.0.role"}


def test_paused_opportunities_add_no_shared_keywords(client: TestClient) -> None:
    def shared_with_institute(status: str) -> list[str]:
        body = {
            "ref": f"kw-{status}",
            "name": f"Keyword Test {status}",
            "kind": "company",
            "description": "We make fuel-cell stacks.",
            "opportunities": [
                {
                    "direction": "request",
                    "type": "facility",
                    "title": "Access to a test bench",
                    "keywords": ["test bench"],
                    "status": status,
                }
            ],
        }
        org = client.post("/api/v1/organisations", json=body).json()
        matches = client.get(f"/api/v1/organisations/{org['id']}/matches", params={"k": 20}).json()["data"]
        institute = next(m for m in matches if m["organisation"]["ref"] == "t-h2-institute")
        return institute["shared_keywords"]

    assert "test bench" in shared_with_institute("published")
    assert "test bench" not in shared_with_institute("paused")


def test_an_import_that_moves_an_organisation_moves_its_coordinates(loaded: Runtime) -> None:
    with transaction(loaded.session_factory) as session:
        import_organisations(
            session,
            io.StringIO(json.dumps({"ref": "t-steel-co", "name": "DB", "city": "Mettmann"})),
            fmt="jsonl",
            indexer=loaded.indexer,
        )
    doc = loaded.indexer.engine.catalogue.orgs[org_id(loaded, "t-steel-co")]
    assert (round(doc.latitude, 2), round(doc.longitude, 2)) == (51.25, 6.98)
    assert doc.region == "Kreis Mettmann"


def test_csv_header_problems_are_reported_once_and_blank_cells_mean_missing(runtime: Runtime) -> None:
    from matcher.errors import ImportFailed

    text = "ref,name,colour\n" + "".join(f"c-{i},X{i},blue\n" for i in range(5))
    with transaction(runtime.session_factory) as session:
        try:
            import_organisations(session, io.StringIO(text), fmt="csv")
            raise AssertionError("expected ImportFailed")
        except ImportFailed as exc:
            assert exc.detail == [
                {"line": 1, "field": "colour", "message": exc.detail[0]["message"], "ref": None}
            ]
    with transaction(runtime.session_factory) as session:
        report = import_organisations(
            session, io.StringIO("ref,name,visibility,kind\nc-1,Blank Cells,,\n"), fmt="csv"
        )
    assert report.created == 1


def test_models_given_by_folder_are_named_by_their_full_path(tmp_path) -> None:
    for name in ("a", "b"):
        (tmp_path / name / "model").mkdir(parents=True)
    first = resolve_model(str(tmp_path / "a" / "model"), tmp_path / "none.toml")
    second = resolve_model(str(tmp_path / "b" / "model"), tmp_path / "none.toml")
    assert first.name != second.name


def test_a_write_during_a_rebuild_is_not_lost(loaded: Runtime) -> None:
    matching = loaded.indexer
    reached, release = threading.Event(), threading.Event()

    def pause(done: int, total: int) -> None:  # called while the rebuild holds its snapshot
        reached.set()
        release.wait(timeout=30)

    worker = threading.Thread(target=matching.rebuild, kwargs={"progress": pause})
    worker.start()
    assert reached.wait(timeout=30)
    with transaction(loaded.session_factory) as session:
        ProfileService(session, matching).create(
            OrganisationCreate(ref="during-rebuild", name="Late Arrival GmbH", description="Arrives late.")
        )
    release.set()
    worker.join(timeout=60)
    new_id = org_id(loaded, "during-rebuild")
    assert new_id in matching.engine.indexes.profiles
    assert matching.job.state == "done" and matching.job.phase == "finished"
