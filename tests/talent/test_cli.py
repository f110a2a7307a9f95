"""`matcher talent ...` in-process on a real database: a programme created from a file (a bad one exits 1 with
what to change), moved through its states, its allocation solved with a progress bar, read with every
placement's reason, a lock and a placement solved again, a project merged and the merge undone, published; only who runs the programme reads the
allocation, and no command loads the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.auth.repository import UserRepository
from matcher.auth.schemas import UserCreate
from matcher.auth.service import UserService
from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.talent.participants import ParticipantService
from matcher.talent.schemas import ChoicesUpdate, ProjectCreate
from matcher.talent.service import ProgrammeService, ProjectService
from tests.challenges.test_cli import org_id
from tests.conftest import ECOSYSTEM
from tests.talent.conftest import PARTICIPANTS, PROJECTS, participant_data
from tests.test_cli import refuse_the_model

MANAGER = "manager@example.org"
HOSTS = {"fuelcell": "t-fuelcell-co", "steel": "t-steel-co", "institute": "t-h2-institute"}


@pytest.fixture
def cli(tmp_path: Path, encoder: Encoder, database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)

    assert run("import", str(ECOSYSTEM)).exit_code == 0
    assert run("users", "create", "--email", MANAGER, "--role", "manager").exit_code == 0
    return run


def open_round(database_url: str, programme_id: int) -> tuple[dict[str, int], dict[str, int]]:
    """The three projects proposed and opened, the six participants registered with their choices, and a
    member of the fuel-cell company (a host, who does not run the programme); the projects' and the
    participants' ids."""
    factory = make_session_factory(make_engine(database_url))
    with transaction(factory) as session:
        manager = UserRepository(session).get_by_email(MANAGER)
        assert manager is not None
        programme = ProgrammeService(session).find_programme(programme_id)
        projects, participants = ProjectService(session), ParticipantService(session)
        project_ids = {}
        for key, (host, values) in PROJECTS.items():
            data = {**values, "min_size": 2, "max_size": 3, "host_id": org_id(database_url, HOSTS[host])}
            project = projects.propose(programme, manager, ProjectCreate.model_validate(data))
            project_ids[key] = projects.transition(programme, project, manager, "open").id
        people = {}
        for name, (*_, choices) in PARTICIPANTS.items():
            person = participants.register(programme, manager, participant_data(name))
            ranked = ChoicesUpdate(projects=[project_ids[c] for c in choices])
            people[name] = participants.choose(programme, person, manager, ranked).id
        UserService(session).create(
            UserCreate(email="lena@fuelcell.example", role="member", organisation_ref="t-fuelcell-co")  # type: ignore[arg-type]
        )
    return project_ids, people


def test_a_programme_from_the_command_line(
    cli, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    refuse_the_model(monkeypatch)
    fields = {
        "name": "Innovation Semester 2027",
        "owner_id": org_id(database_url, "t-uni-water"),
        "starts_on": "2027-06-30",
        "ends_on": "2027-03-01",
        "min_trainees": 1,
        "min_institutions": 2,
    }
    backwards = tmp_path / "backwards.json"
    backwards.write_text(json.dumps(fields))
    refused = cli("talent", "create", str(backwards), "--as", MANAGER)
    assert refused.exit_code == 1 and "set ends_on on or after starts_on" in refused.output
    good = tmp_path / "programme.json"
    good.write_text(json.dumps({**fields, "starts_on": "2027-03-01", "ends_on": "2027-06-30"}))
    created = cli("talent", "create", str(good), "--as", MANAGER)
    assert created.exit_code == 0 and "programme 1 created (draft)" in created.output
    skipped = cli("talent", "transition", "1", "running", "--as", MANAGER)
    assert skipped.exit_code == 1 and "allowed now: open" in skipped.output
    assert cli("talent", "transition", "1", "open", "--as", MANAGER).exit_code == 0
    projects, people = open_round(database_url, 1)

    stranger = cli("talent", "allocate", "1", "--as", "lena@fuelcell.example")
    assert stranger.exit_code == 1 and "does not run programme 1" in stranger.output
    solved = cli("talent", "allocate", "1", "--as", MANAGER, "--time-limit", "10")
    assert solved.exit_code == 0, solved.output
    assert "run 1: 6 their 1st choice; 0 unplaced (optimal)" in solved.output
    assert cli("talent", "allocation", "1", "--as", "lena@fuelcell.example").exit_code == 1
    run = json.loads(cli("talent", "allocation", "1", "--as", MANAGER, "--json").output)
    placed = {p["participant_id"]: p for p in run["placements"]}
    assert placed[people["pia"]]["reason"].startswith("Camera inspection of sheet steel: their 1st choice")
    table = cli("talent", "allocation", "1", "--as", MANAGER)
    assert table.exit_code == 0 and "Pia" in table.output and "their 1st choice" in table.output

    pia = str(placed[people["pia"]]["id"])
    assert "locked" in cli("talent", "lock", "1", pia, "--as", MANAGER).output
    unranked = cli(
        "talent", "place", "1", str(people["ada"]), "--project", str(projects["bench"]), "--as", MANAGER
    )
    assert unranked.exit_code == 1 and "Ada did not rank project" in unranked.output
    moved = cli(
        "talent", "place", "1", str(people["ada"]), "--project", str(projects["inspection"]), "--as", MANAGER
    )
    assert moved.exit_code == 0, moved.output
    assert f"4 their 1st choice, 2 their 2nd choice; 0 unplaced; cancelled projects: {projects['dust']}" in (
        moved.output
    )
    again = json.loads(cli("talent", "allocation", "1", "--as", MANAGER, "--json").output)
    kept = {p["participant_id"]: (p["project_id"], p["locked"]) for p in again["placements"]}
    assert kept[people["pia"]] == kept[people["ada"]] == (projects["inspection"], True)

    dust, bench = str(projects["dust"]), str(projects["bench"])
    merged = cli("talent", "merge", "1", dust, "--into", bench, "--as", MANAGER)
    assert merged.exit_code == 0 and f"project {dust} is merged into project {bench}" in merged.output
    twice = cli("talent", "merge", "1", dust, "--into", bench, "--as", MANAGER)
    assert twice.exit_code == 1 and "only an open project can be merged" in twice.output
    undone = cli("talent", "merge", "1", dust, "--as", MANAGER)
    assert undone.exit_code == 0 and f"project {dust} is open again" in undone.output

    published = cli("talent", "publish", "1", "--as", MANAGER)
    assert published.exit_code == 0 and "programme 1 is running" in published.output
    shown = json.loads(cli("talent", "show", "1", "--json").output)
    assert shown["status"] == "running" and shown["participants"] == 6
    status = {p["id"]: p["status"] for p in shown["project_list"]}
    assert status[projects["dust"]] == "cancelled" and status[projects["inspection"]] == "open"
    table = cli("talent", "show", "1").output
    assert "Innovation Semester 2027  (running)" in table and "cancelled" in table
    listed = json.loads(cli("talent", "list", "--json").output)
    assert listed == [
        {"id": 1, "name": "Innovation Semester 2027", "status": "running", "owner": shown["owner_name"]}
    ]
    assert "running" in cli("talent", "list").output
    nobody = cli("talent", "publish", "1", "--as", "nobody@example.org")
    assert nobody.exit_code == 1 and "no active user" in nobody.output
