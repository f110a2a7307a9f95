"""EEN partnering profiles in and out: through `matcher import-een` / `export-een` (an export imported into an
empty database exports the same profiles), and through the API (staff only; a bad line names its line and field
and writes nothing)."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select
from typer.testing import CliRunner

from matcher.cli import app
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.profiles.models import Opportunity, Organisation
from matcher.runtime import Runtime
from tests.conftest import Person, postgres_database, server_database_url

PROFILES = Path(__file__).resolve().parent.parent / "data" / "een_profiles.jsonl"
A = "/api/v1/opportunities"


@contextmanager
def another_database(tmp_path: Path, migrated_template: str) -> Iterator[str]:
    """A second empty database at the head of the migrations, as `database_url` makes the first."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        path = tmp_path / "second.db"
        with sqlite3.connect(migrated_template) as source, sqlite3.connect(path) as target:
            source.backup(target)
        yield f"sqlite:///{path}"
        return
    with postgres_database(server, template=migrated_template) as name:
        yield server_database_url(server, name)


def counts(url: str) -> tuple[int, int]:
    factory = make_session_factory(make_engine(url))
    with transaction(factory) as session:
        return (
            session.scalar(select(func.count()).select_from(Organisation)) or 0,
            session.scalar(select(func.count()).select_from(Opportunity)) or 0,
        )


def run_cli(tmp_path: Path, url: str, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.setenv("MATCHER_DATABASE_URL", url)
    return CliRunner().invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)


def said(result) -> str:
    """What a command printed, its lines joined again (the console wraps them at its width)."""
    return " ".join(result.output.split())


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_an_export_imported_into_an_empty_database_exports_the_same_profiles(
    tmp_path: Path,
    database_url: str,
    migrated_template: str,
    monkeypatch: pytest.MonkeyPatch,
    encoder: object,
) -> None:
    imported = run_cli(tmp_path, database_url, monkeypatch, "import-een", str(PROFILES))
    assert imported.exit_code == 0, imported.output
    assert "3 EEN profiles imported: 3 new" in said(imported)
    assert "3 new organisations" in said(imported)
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    assert run_cli(tmp_path, database_url, monkeypatch, "export-een", "--out", str(first)).exit_code == 0
    exported = lines(first)
    assert [p["reference"] for p in exported] == ["TODE20260312001", "BRNL20260401002", "RDDE20260415003"]
    offer = exported[0]
    assert offer["profile_type"] == "technology_offer"
    assert (
        offer["description"]
        == "The workshop has developed a cladding path planner that keeps the heat input low."
    )
    assert offer["partner_role"].startswith("A repair shop that licenses the planner")
    assert (offer["market_keywords"], offer["nace_keywords"]) == (["pumps", "water utilities"], ["C33.1"])
    assert offer["partnership_type"] == ["license_agreement", "technical_cooperation_agreement"]
    assert exported[1]["organisation_ref"] == "een-nl-invented-capsule-start-up-b-v"
    assert exported[2]["eoi_deadline"] == "2026-12-20"

    with another_database(tmp_path, migrated_template) as empty:
        again = run_cli(tmp_path, empty, monkeypatch, "import-een", str(first))
        assert again.exit_code == 0, again.output
        assert run_cli(tmp_path, empty, monkeypatch, "export-een", "--out", str(second)).exit_code == 0
        assert lines(second) == exported
        repeated = run_cli(tmp_path, empty, monkeypatch, "import-een", str(second))
        assert "0 new, 0 changed, 3 unchanged" in said(repeated)
        assert counts(empty) == (3, 3)


def test_a_bad_line_names_its_line_and_field_and_the_cli_writes_nothing(
    tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, encoder: object
) -> None:
    good, *_ = PROFILES.read_text(encoding="utf-8").splitlines()
    bad = json.loads(good) | {"reference": "TODE20260312009", "stage_of_development": "almost there"}
    file = tmp_path / "bad.jsonl"
    file.write_text(good + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    result = run_cli(tmp_path, database_url, monkeypatch, "import-een", str(file))
    assert result.exit_code == 1
    assert "line 2" in said(result) and "stage_of_development" in said(result)
    assert "nothing was written" in said(result)
    assert counts(database_url) == (0, 0)


def test_the_api_imports_and_exports_for_staff_and_refuses_a_bad_line(
    client: TestClient, people: dict[str, Person]
) -> None:
    text = PROFILES.read_text(encoding="utf-8")
    assert (
        client.post(f"{A}/import-een", json={"jsonl": text}, headers=people["steel"].auth).status_code == 403
    )
    before = client.get(f"{A}/export-een").json()["count"]

    bad = text.replace('"profile_type": "business_request"', '"profile_type": "business_rumour"')
    refused = client.post(f"{A}/import-een", json={"jsonl": bad})
    assert refused.status_code == 422
    assert refused.json()["error"].startswith("the EEN import has 1 problem(s)")
    assert [(d["line"], d["field"]) for d in refused.json()["detail"]] == [(2, "profile_type")]
    assert client.get(f"{A}/export-een").json()["count"] == before

    done = client.post(f"{A}/import-een", json={"jsonl": text})
    assert done.status_code == 200, done.text
    assert done.json() == {
        "profiles": 3,
        "created": 3,
        "updated": 0,
        "unchanged": 0,
        "organisations_created": 3,
    }
    exported = client.get(f"{A}/export-een").json()
    assert exported["count"] == before + 3
    ours = [p for p in exported["data"] if p["organisation_ref"].startswith("een-")]
    assert [p["reference"] for p in ours] == ["TODE20260312001", "BRNL20260401002", "RDDE20260415003"]
    back = "\n".join(json.dumps(p) for p in ours)
    again = client.post(f"{A}/import-een", json={"jsonl": back}).json()
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3)

    taken = json.loads(text.splitlines()[0]) | {"organisation_ref": "t-steel-co"}
    moved = client.post(f"{A}/import-een", json={"jsonl": json.dumps(taken)})
    assert moved.status_code == 422
    assert moved.json()["detail"][0]["field"] == "reference"


def test_a_profile_of_a_known_organisation_joins_its_opportunities_and_a_dry_run_writes_nothing(
    client: TestClient,
) -> None:
    steel = client.get("/api/v1/organisations/by-ref/t-steel-co").json()
    before = [o["ref"] or o["title"] for o in steel["opportunities"]]
    profile = {
        "reference": "TRDE20261101004",
        "profile_type": "technology_request",
        "title": "Inline crack detection on hot strip",
        "organisation_name": "Another name that is not used",
        "organisation_ref": "t-steel-co",
        "partner_role": "A camera maker who adapts its system to 900 °C strip.",
    }
    dry = client.post(f"{A}/import-een", params={"dry_run": "true"}, json={"jsonl": json.dumps(profile)})
    assert dry.json() == {
        "profiles": 1,
        "created": 1,
        "updated": 0,
        "unchanged": 0,
        "organisations_created": 0,
    }
    assert "TRDE20261101004" not in [p["reference"] for p in client.get(f"{A}/export-een").json()["data"]]

    assert client.post(f"{A}/import-een", json={"jsonl": json.dumps(profile)}).status_code == 200
    steel = client.get("/api/v1/organisations/by-ref/t-steel-co").json()
    assert steel["name"] != profile["organisation_name"]
    assert [o["ref"] or o["title"] for o in steel["opportunities"]] == [*before, "TRDE20261101004"]
    new = steel["opportunities"][-1]
    assert (new["direction"], new["type"]) == ("request", "technology")
    assert new["description"] == "Partner sought: A camera maker who adapts its system to 900 °C strip."

    changed = profile | {"title": "Inline crack detection on hot steel strip"}
    again = client.post(f"{A}/import-een", json={"jsonl": json.dumps(changed)}).json()
    assert (again["created"], again["updated"]) == (0, 1)
    titles = [
        o["title"] for o in client.get("/api/v1/organisations/by-ref/t-steel-co").json()["opportunities"]
    ]
    assert titles[-1] == "Inline crack detection on hot steel strip" and len(titles) == len(before) + 1


def test_a_stored_opportunity_that_fails_todays_checks_is_named_not_a_server_error(
    client: TestClient, loaded: Runtime
) -> None:
    """A profile joins its organisation's opportunities, which are checked again with it; one stored before a
    check existed (here a title of two letters, written past the API) used to end the import in a 500."""
    with transaction(loaded.session_factory) as session:
        steel = session.scalars(select(Organisation).where(Organisation.ref == "t-steel-co")).one()
        old = steel.opportunities[0]
        old.title = "ab"
        old_id, old_name = old.id, old.ref or old.id
    profile = {
        "reference": "TRDE20261101005",
        "profile_type": "technology_request",
        "title": "Inline crack detection on hot strip",
        "organisation_name": "Steel",
        "organisation_ref": "t-steel-co",
    }
    answer = client.post(f"{A}/import-een", json={"jsonl": json.dumps(profile)})
    assert answer.status_code == 422
    body = answer.json()
    assert f"stored opportunity {old_name} fails a check of its title" in body["error"]
    assert f"PATCH /api/v1/opportunities/{old_id}" in body["error"]
    assert [(d["line"], d["field"]) for d in body["detail"]] == [(1, "organisation_ref")]
    assert "TRDE20261101005" not in [p["reference"] for p in client.get(f"{A}/export-een").json()["data"]]

    assert client.patch(f"{A}/{old_id}", json={"title": "Hot strip inspection"}).status_code == 200
    assert client.post(f"{A}/import-een", json={"jsonl": json.dumps(profile)}).status_code == 200
