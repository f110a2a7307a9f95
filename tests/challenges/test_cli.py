"""`matcher challenges ...` in-process on a real database: a challenge created from a file, opened, the engine's
invitations; the commands that need no model open the database alone; refused moves and unknown managers end
with a message and exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from matcher.kit.db import make_engine
from tests.conftest import ECOSYSTEM
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


def org_id(database_url: str, ref: str) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(
                connection.execute(
                    text("SELECT id FROM organisations WHERE ref = :r"), {"r": ref}
                ).scalar_one()
            )
    finally:
        engine.dispose()


def test_a_challenge_from_the_command_line(
    cli, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fields = tmp_path / "challenge.json"
    fields.write_text(
        json.dumps(
            {
                "title": "Fewer defects on pressed sheet steel",
                "problem": "Surface defects on car body parts are found too late.",
                "requirements": ["camera inspection of metal surfaces"],
                "owner_id": org_id(database_url, "t-steel-co"),
            }
        ),
        encoding="utf-8",
    )
    created = cli("challenges", "create", str(fields), "--as", MANAGER)
    assert created.exit_code == 0, created.output
    assert "challenge 1 created (draft)" in created.output
    assert cli("challenges", "move", "1", "open", "--as", MANAGER).exit_code == 0

    invited = cli("challenges", "invite", "1", "--as", MANAGER, "--k", "3")
    assert invited.exit_code == 0, invited.output
    assert "1 proposal" in invited.output  # the only start-up of the test ecosystem, with why
    assert "scratches" in invited.output

    loaded = refuse_the_model(monkeypatch)
    listed = cli("challenges", "list", "--json")
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout)[0]["status"] == "open"
    shown = cli("challenges", "show", "1", "--json")
    assert json.loads(shown.stdout)["applications"] == 0
    assert cli("challenges", "rank", "1").exit_code == 0
    sent = cli("challenges", "send-decisions", "1", "--as", MANAGER)
    assert sent.exit_code == 0 and "0 decisions sent" in sent.output
    calendar = cli("challenges", "export-ics", "1", "-")
    assert calendar.exit_code == 0 and "BEGIN:VCALENDAR" in calendar.stdout
    assert loaded == []

    refused = cli("challenges", "move", "1", "decided", "--as", MANAGER)
    assert refused.exit_code == 1 and "cannot go from open to decided; allowed now: closed" in refused.output
    nobody = cli("challenges", "move", "1", "closed", "--as", "nobody@example.org")
    assert nobody.exit_code == 1 and "no active manager or admin" in nobody.output
    missing = cli("challenges", "show", "99")
    assert missing.exit_code == 1 and "challenge 99 does not exist" in missing.output
    bad_slot = cli("challenges", "schedule", "1", "--as", MANAGER, "--room", "A", "--slot", "tomorrow")
    assert bad_slot.exit_code == 1 and "START[/MINUTES]" in bad_slot.output
