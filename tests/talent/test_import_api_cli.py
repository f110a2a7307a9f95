"""Applications of a talent programme from CSV through the API (`POST .../participants/import`) and the command
line (`matcher talent import`): every row checked first, a bad one named by line and field with nothing
written, then all rows with their ranked choices; only who runs the programme imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.runtime import Runtime
from matcher.talent.repository import ParticipantRepository
from tests.challenges.test_cli import org_id
from tests.conftest import Person
from tests.talent.conftest import Services, open_round
from tests.talent.test_cli import MANAGER, cli  # noqa: F401  (cli: a fixture)
from tests.talent.test_cli import open_round as open_cli_round
from tests.test_cli import refuse_the_model

A = "/api/v1/talent/programmes"
HEADER = "name,email,track,institution,skills,interests,languages,consent,choices\n"


def rows(first: int, second: int) -> tuple[str, str]:
    """A CSV with three bad rows (a project not open, no consent, an e-mail twice), and a good one."""
    bad = HEADER + (
        f"Ada Neu,ada.neu@talent.example,student,TU Dortmund,python,air quality data,de,yes,{first};999\n"
        f"Ben Neu,ben.neu@talent.example,trainee,Berufskolleg Duisburg,vision,cameras,de,no,{second}\n"
        "Cem Neu,ada.neu@talent.example,young_professional,Ruhrstack,python,test benches,de,yes,\n"
    )
    good = HEADER + (
        f"Ada Neu,ada.neu@talent.example,student,TU Dortmund,python;data analysis,air quality,de,yes,{first};{second}\n"
        "Ben Neu,ben.neu@talent.example,trainee,Berufskolleg Duisburg,computer vision,cameras,de,ja,\n"
    )
    return bad, good


def test_the_api_imports_all_rows_or_names_the_bad_ones(
    client: TestClient, anonymous: TestClient, talent_people: dict[str, Person], loaded: Runtime
) -> None:
    with transaction(loaded.session_factory) as session:
        built = open_round(Services(session, loaded), talent_people)
        pid, dust, inspection = built.programme.id, built.projects["dust"].id, built.projects["inspection"].id
    url = f"{A}/{pid}/participants/import"
    bad, good = rows(dust, inspection)
    manager = talent_people["manager"].auth

    refused = client.post(url, json={"csv": bad}, headers=manager)
    assert refused.status_code == 422, refused.text
    found = {(e["line"], e["field"]) for e in refused.json()["detail"]}
    assert found == {(2, "choices"), (3, "consent"), (4, "email")}
    assert "wrote nothing" in refused.json()["error"]
    with transaction(loaded.session_factory) as session:
        assert len(ParticipantRepository(session).of_programme(pid)) == 6
    assert client.post(url, json={"csv": ""}, headers=manager).status_code == 422
    assert client.post(url, json={"csv": good}, headers=talent_people["steel"].auth).status_code == 403
    assert anonymous.post(url, json={"csv": good}).status_code == 401

    done = client.post(url, json={"csv": good}, headers=talent_people["owner"].auth)  # a member runs it
    assert done.status_code == 200, done.text
    assert done.json() == {"created": 2, "choices": 1}
    listed = client.get(f"{A}/{pid}/participants", headers=manager).json()["data"]
    ada = next(p for p in listed if p["email"] == "ada.neu@talent.example")
    assert [c["project_id"] for c in ada["choices"]] == [dust, inspection] and ada["track"] == "student"
    again = client.post(url, json={"csv": good}, headers=manager)  # already applied: refused, nothing added
    assert again.status_code == 422 and {e["field"] for e in again.json()["detail"]} == {"email"}
    assert len(client.get(f"{A}/{pid}/participants", headers=manager).json()["data"]) == 8


def test_matcher_talent_import(
    cli,  # noqa: F811
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refuse_the_model(monkeypatch)
    programme = tmp_path / "programme.json"
    fields = {"name": "Innovation Semester 2027", "starts_on": "2027-03-01", "ends_on": "2027-06-30"}
    programme.write_text(json.dumps({**fields, "owner_id": org_id(database_url, "t-uni-water")}))
    assert cli("talent", "create", str(programme), "--as", MANAGER).exit_code == 0
    assert cli("talent", "transition", "1", "open", "--as", MANAGER).exit_code == 0
    projects, _ = open_cli_round(database_url, 1)
    bad, good = rows(projects["dust"], projects["inspection"])
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    (tmp_path / "good.csv").write_text(good, encoding="utf-8")

    refused = cli("talent", "import", "1", str(tmp_path / "bad.csv"), "--as", MANAGER)
    assert refused.exit_code == 1 and "nothing was written" in refused.output
    for line, field in (("2", "choices"), ("3", "consent"), ("4", "email")):
        assert f"line {line}" in refused.output and f": {field}:" in refused.output
    stranger = cli("talent", "import", "1", str(tmp_path / "good.csv"), "--as", "lena@fuelcell.example")
    assert stranger.exit_code == 1 and "does not run programme 1" in stranger.output
    shown = json.loads(cli("talent", "show", "1", "--json").output)
    assert shown["participants"] == 6

    done = cli("talent", "import", "1", str(tmp_path / "good.csv"), "--as", MANAGER)
    assert done.exit_code == 0, done.output
    assert "2 participants registered, 1 with their choices" in done.output
    factory = make_session_factory(make_engine(database_url))
    with transaction(factory) as session:
        people = {p.email: p for p in ParticipantRepository(session).of_programme(1)}
        assert len(people) == 8
        ada = people["ada.neu@talent.example"]
        assert [c.project_id for c in ada.choices] == [projects["dust"], projects["inspection"]]
