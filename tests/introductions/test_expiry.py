"""What nobody keeps alive expires: `matcher introductions expire` and `matcher opportunities expire`, run on the
command line against real data, checked through the API (status, history, inbox, audit log) and the engine."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import update
from typer.testing import CliRunner

from matcher.cli import app as cli_app
from matcher.introductions.models import Introduction, IntroductionEvent
from matcher.kit.db import transaction
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from tests.conftest import Person, org_id
from tests.introductions.flows import introduction


@pytest.fixture
def api(app: object, people: dict[str, Person]) -> Iterator[dict[str, TestClient]]:
    clients = {name: TestClient(app, headers=person.auth) for name, person in people.items()}  # type: ignore[arg-type]
    with clients["admin"]:
        yield clients


@pytest.fixture
def cli(loaded: Runtime, monkeypatch: pytest.MonkeyPatch) -> Callable[..., str]:
    """Run `matcher ARGS` on the test's database and data directory; returns its output (exit code 0)."""
    monkeypatch.setenv("MATCHER_DATABASE_URL", loaded.settings.resolved_database_url)
    monkeypatch.setenv("MATCHER_ENVIRONMENT", "test")
    runner = CliRunner()

    def run(*args: str) -> str:
        result = runner.invoke(cli_app, ["--data-dir", str(loaded.settings.data_dir), *args])
        assert result.exit_code == 0, result.output
        return result.output

    return run


def age(rt: Runtime, intro_id: int, days: int) -> None:
    """Move an introduction's whole history `days` days into the past."""
    then = datetime.now(UTC) - timedelta(days=days)
    with transaction(rt.session_factory) as session:
        session.execute(
            update(IntroductionEvent).where(IntroductionEvent.introduction_id == intro_id).values(at=then)
        )
        session.execute(update(Introduction).where(Introduction.id == intro_id).values(updated_at=then))


def inbox(client: TestClient, intro_id: int) -> list[str]:
    messages = client.get("/api/v1/inbox").json()["data"]
    return [m["subject"] for m in messages if m["link"] == f"/introductions/{intro_id}"]


def test_stale_introductions_expire_from_the_command_line(
    api: dict[str, TestClient], loaded: Runtime, people: dict[str, Person], cli: Callable[..., str]
) -> None:
    manager = people["manager"]
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    sent = introduction(loaded, manager, fuelcell, institute, "sent")
    asked = api["steel"].post("/api/v1/introductions", json={"partner_id": institute}).json()["id"]
    quiet = introduction(
        loaded, manager, org_id(loaded, "t-chem-co"), org_id(loaded, "t-uni-water"), "approved"
    )
    accepted = introduction(
        loaded, manager, org_id(loaded, "t-vision-startup"), org_id(loaded, "t-vr-studio"), "accepted"
    )
    for intro, days in ((sent, 61), (asked, 61), (quiet, 40), (accepted, 100)):
        age(loaded, intro, days)

    def status(intro: int) -> str:
        return api["manager"].get(f"/api/v1/introductions/{intro}").json()["status"]

    listed = cli("introductions", "expire", "--dry-run")
    assert "2 introductions would expire (no activity for 60 days)" in listed
    rows = {int(m.group(1)): m.group(2) for m in re.finditer(r"^│ *(\d+) *│ *([a-z]+)", listed, re.M)}
    assert rows == {sent: "sent", asked: "suggested"}
    assert [status(i) for i in (sent, asked, quiet, accepted)] == [
        "sent",
        "suggested",
        "approved",
        "accepted",
    ]

    assert "2 introductions expired (no activity for 60 days)" in cli("introductions", "expire")
    assert [status(i) for i in (sent, asked, quiet, accepted)] == [
        "expired",
        "expired",
        "approved",
        "accepted",
    ]
    history = api["manager"].get(f"/api/v1/introductions/{sent}").json()["history"]
    last = history[-1]
    assert (last["actor"], last["action"], last["from_status"], last["to_status"], last["note"]) == (
        None,
        "expired automatically",
        "sent",
        "expired",
        "no activity for 60 days",
    )
    # the inbox: whoever knew of it hears of it; the side a request was never passed on to does not
    told = "The introduction Ruhrstack Antriebe GmbH and Institut für Wasserstoffprüfung Duisburg expired"
    assert told in inbox(api["fuelcell"], sent) and told in inbox(api["institute"], sent)
    assert told in inbox(api["manager"], sent)
    assert any("expired" in s for s in inbox(api["steel"], asked))
    assert inbox(api["institute"], asked) == []
    log = api["admin"].get("/api/v1/audit", params={"entity": "introduction", "entity_id": sent}).json()
    assert log["data"][0]["actor"] == "system" and log["data"][0]["changes"]["status"] == ["sent", "expired"]

    # idempotent: nothing more expires, nothing more is written
    messages = len(api["fuelcell"].get("/api/v1/inbox").json()["data"])
    assert "0 introductions expired" in cli("introductions", "expire")
    assert len(api["manager"].get(f"/api/v1/introductions/{sent}").json()["history"]) == len(history)
    assert len(api["fuelcell"].get("/api/v1/inbox").json()["data"]) == messages

    # a shorter limit on the command line; the expired pair may be introduced again
    assert "1 introductions expired (no activity for 30 days)" in cli(
        "introductions", "expire", "--days", "30"
    )
    assert status(quiet) == "expired" and status(accepted) == "accepted"
    again = api["manager"].post(
        "/api/v1/introductions", json={"organisation_id": fuelcell, "partner_id": institute}
    )
    assert again.status_code == 201, again.text


def test_expiry_days_zero_means_never(
    loaded: Runtime, people: dict[str, Person], cli: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = introduction(
        loaded, people["manager"], org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute"), "sent"
    )
    age(loaded, sent, 1000)
    monkeypatch.setenv("MATCHER_INTRODUCTION_EXPIRY_DAYS", "0")
    assert "introductions never expire" in cli("introductions", "expire")
    assert "introductions never expire" in cli("introductions", "expire", "--days", "0")
    with transaction(loaded.session_factory) as session:
        assert session.get(Introduction, sent).status == "sent"  # type: ignore[union-attr]


def test_a_manager_expiring_by_hand_tells_who_knew(
    api: dict[str, TestClient], loaded: Runtime, people: dict[str, Person]
) -> None:
    institute = org_id(loaded, "t-h2-institute")
    asked = api["steel"].post("/api/v1/introductions", json={"partner_id": institute}).json()["id"]
    expired = api["manager"].post(f"/api/v1/introductions/{asked}/transition", json={"to": "expired"})
    assert expired.status_code == 200, expired.text
    assert any("expired" in s for s in inbox(api["steel"], asked))
    assert inbox(api["institute"], asked) == []  # never passed on to them
    assert inbox(api["manager"], asked) == [
        "Dortmunder Blechwerke AG asks for an introduction to Institut für Wasserstoffprüfung Duisburg"
    ]


def test_opportunities_past_their_expiry_date_expire(
    api: dict[str, TestClient], cli: Callable[..., str]
) -> None:
    found = api["admin"].get("/api/v1/opportunities", params={"status": "published", "limit": 200}).json()
    past = [o for o in found["data"] if o["expires_at"] and o["expires_at"] < date.today().isoformat()]
    assert [o["ref"] for o in past] == ["t-opp-expired"]
    opp = past[0]["id"]

    listed = cli("opportunities", "expire", "--dry-run")
    assert "1 opportunities would expire" in listed and "Fuel-cell stack endurance testing" in listed
    assert api["admin"].get(f"/api/v1/opportunities/{opp}").json()["status"] == "published"

    assert "1 opportunities expired (past their expiry date)" in cli("opportunities", "expire")
    assert api["admin"].get(f"/api/v1/opportunities/{opp}").json()["status"] == "expired"
    log = api["admin"].get("/api/v1/audit", params={"entity": "opportunity", "entity_id": opp}).json()
    assert log["data"][0]["actor"] == "system" and log["data"][0]["changes"]["status"] == [
        "published",
        "expired",
    ]
    assert "0 opportunities expired" in cli("opportunities", "expire")


def test_expired_opportunities_leave_the_engines_search_texts(loaded: Runtime) -> None:
    catalogue = loaded.indexer.engine.catalogue
    org = catalogue.orgs[org_id(loaded, "t-expired")]
    assert "endurance testing" in org.lexical_text()  # published, though past its date
    with transaction(loaded.session_factory) as session:
        past = ProfileService(session, indexer=loaded.indexer).expire_opportunities(date.today())
    assert [o.ref for o in past] == ["t-opp-expired"]
    org = loaded.indexer.engine.catalogue.orgs[org.id]
    assert org.opportunities[0].status == "expired" and "endurance testing" not in org.lexical_text()


def test_a_declined_request_is_not_told_to_the_side_that_never_saw_it(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    institute = org_id(loaded, "t-h2-institute")
    asked = api["steel"].post("/api/v1/introductions", json={"partner_id": institute}).json()["id"]
    declined = api["manager"].post(f"/api/v1/introductions/{asked}/transition", json={"to": "declined"})
    assert declined.status_code == 200, declined.text
    assert any("declined" in s for s in inbox(api["steel"], asked))
    assert inbox(api["institute"], asked) == []  # they would learn that the steel works asked for them
