"""`matcher events ...` in-process on a real database: an event created from a file, participants imported
from CSV with a progress bar (a bad file writes nothing and exits 1), requests, reminders and the schedule,
the agenda and its calendar, the day; the commands open the database alone (the model is never loaded) except
`recommend`."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.auth.repository import UserRepository
from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from matcher.events.meeting_schemas import RequestCreate
from matcher.events.requests import RequestService
from matcher.events.service import EventService
from matcher.kit.db import make_engine, make_session_factory, transaction
from tests.challenges.test_cli import org_id
from tests.conftest import ECOSYSTEM
from tests.events.conftest import CSV, WINDOWS
from tests.test_cli import refuse_the_model

MANAGER = "manager@example.org"


@pytest.fixture
def cli(tmp_path: Path, encoder: Encoder, database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)

    assert run("import", str(ECOSYSTEM)).exit_code == 0
    assert run("users", "create", "--email", MANAGER, "--role", "manager").exit_code == 0
    return run


def test_an_event_from_the_command_line(
    cli, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    refuse_the_model(monkeypatch)
    fields = tmp_path / "event.json"
    owner = org_id(database_url, "t-chem-co")
    tables = [{"name": "T1"}, {"name": "T2"}]
    fields.write_text(
        json.dumps({"name": "Ruhr Day", "owner_id": owner, "windows": WINDOWS, "tables": tables})
    )
    created = cli("events", "create", str(fields), "--as", MANAGER)
    assert created.exit_code == 0, created.output
    assert "event 1 created" in created.output
    refused = cli("events", "move", "1", "running", "--as", MANAGER)
    assert refused.exit_code == 1 and "allowed now: registration" in refused.output
    assert cli("events", "move", "1", "registration", "--as", MANAGER).exit_code == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("ina@fund.example", "ina-at-fund"))
    failed = cli("events", "import-participants", "1", str(bad), "--as", MANAGER)
    assert failed.exit_code == 1 and "line 6" in failed.output and "email" in failed.output
    good = tmp_path / "people.csv"
    good.write_text(CSV)
    imported = cli("events", "import-participants", "1", str(good), "--as", MANAGER)
    assert imported.exit_code == 0 and "5 participants created" in imported.output
    assert cli("events", "move", "1", "requests", "--as", MANAGER).exit_code == 0
    factory = make_session_factory(make_engine(database_url))
    with transaction(factory) as session:
        events = EventService(session)
        event = events.find_event(1)
        user = UserRepository(session).get_by_email(MANAGER)
        ids = {p.email: p.id for p in events.participants.of_event(1)}
        RequestService(session).create(
            event,
            user,
            RequestCreate(requester_id=ids["sam@steel.example"], recipient_id=ids["vera@vision.example"]),  # type: ignore[call-arg]
        )
        for request in RequestService(session).requests.of_event(1):
            RequestService(session).answer(request, user, "accepted")
    caplog.set_level(logging.INFO, logger="matcher.cli.context")  # off a terminal the progress line logs
    scheduled = cli("events", "schedule", "1", "--as", MANAGER, "--time-limit", "5", "--confirm")
    assert scheduled.exit_code == 0 and "1 meetings (final)" in scheduled.output
    assert "found by cp-sat (" in scheduled.output
    said = [r.getMessage() for r in caplog.records if r.getMessage().startswith("scheduling: ")]
    assert said[0].startswith("scheduling: building, 0 solutions")
    assert any(", 1 solutions, best objective " in line for line in said)
    assert said[-1].startswith("scheduling: done, ") and "of 5 s" in said[-1]
    listed = cli("events", "agenda", "1", "--as", MANAGER, "--json")
    meetings = json.loads(listed.output)
    assert len(meetings) == 1 and meetings[0]["reason"]
    with transaction(factory) as session:  # Lena asks Sam, who has no account yet, then one
        user = UserRepository(session).get_by_email(MANAGER)
        event = EventService(session).find_event(1)
        ask = RequestCreate(requester_id=ids["lena@fuelcell.example"], recipient_id=ids["sam@steel.example"])  # type: ignore[call-arg]
        RequestService(session).create(event, user, ask)
    unreachable = cli("events", "remind", "1", "--as", MANAGER, "--after-hours", "0")
    assert unreachable.exit_code == 0, unreachable.output
    assert "0 requests reminded, 1 recipients not reachable" in unreachable.output
    with transaction(factory) as session:
        UserService(session).create(
            UserCreate(email="sam@steel.example", role="member", organisation_ref="t-steel-co")  # type: ignore[arg-type]
        )
    reminded = cli("events", "remind", "1", "--as", MANAGER, "--after-hours", "0")
    assert "1 requests reminded, 0 recipients" in reminded.output
    quiet = cli("events", "remind", "1", "--as", MANAGER)  # the request is pending under a day
    assert "0 requests reminded" in quiet.output
    refused = cli("events", "remind", "1", "--as", "nobody@example.org")
    assert refused.exit_code == 1 and "no active user" in refused.output
    ics = tmp_path / "day.ics"
    assert cli("events", "export-ics", "1", "--as", MANAGER, "--out", str(ics)).exit_code == 0
    assert "BEGIN:VEVENT" in ics.read_text()
    for to in ("scheduled", "running"):
        assert cli("events", "move", "1", to, "--as", MANAGER).exit_code == 0
    assert cli("events", "check-in", "1", str(ids["sam@steel.example"]), "--as", MANAGER).exit_code == 0
    assert cli("events", "mark", str(meetings[0]["id"]), "held", "--as", MANAGER).exit_code == 0
    shown = json.loads(cli("events", "show", "1", "--json").output)
    assert shown["share_held"] == 1.0 and shown["checked_in"] == 1
    assert "Ruhr Day" in cli("events", "list").output
    stranger = cli("events", "move", "1", "done", "--as", "nobody@example.org")
    assert stranger.exit_code == 1 and "no active user" in stranger.output
