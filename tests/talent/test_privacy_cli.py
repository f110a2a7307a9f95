"""`matcher talent export` and `erase` in-process on a real database: the export as JSON (to standard output or
a file) for who runs the programme, refused to a host; erasure after a confirmation, refused a second time."""

from __future__ import annotations

import json
from pathlib import Path

from tests.challenges.test_cli import org_id
from tests.talent.test_cli import MANAGER, cli, open_round  # noqa: F401 (cli is a fixture)


def test_export_and_erase_from_the_command_line(cli, tmp_path: Path, database_url: str) -> None:  # noqa: F811
    fields = {"name": "Semester", "owner_id": org_id(database_url, "t-uni-water")}
    good = tmp_path / "programme.json"
    good.write_text(json.dumps({**fields, "starts_on": "2027-03-01", "ends_on": "2027-06-30"}))
    assert cli("talent", "create", str(good), "--as", MANAGER).exit_code == 0
    assert cli("talent", "transition", "1", "open", "--as", MANAGER).exit_code == 0
    _, people = open_round(database_url, 1)
    assert cli("talent", "allocate", "1", "--as", MANAGER, "--time-limit", "10").exit_code == 0
    pia = str(people["pia"])
    exported = cli("talent", "export", "1", pia, "--as", MANAGER)
    assert exported.exit_code == 0, exported.output
    data = json.loads(exported.output)
    assert data["participant"]["email"] == "pia@talent.example" and len(data["placements"]) == 1
    assert data["placements"][0]["reason"].startswith("Camera inspection of sheet steel")
    target = tmp_path / "pia.json"
    assert cli("talent", "export", "1", pia, "--as", MANAGER, "--to", str(target)).exit_code == 0
    assert json.loads(target.read_text())["participant"]["name"] == "Pia"
    host = cli("talent", "erase", "1", pia, "--as", "lena@fuelcell.example", "--yes")
    assert host.exit_code == 1 and "is not in programme 1" in host.output
    erased = cli("talent", "erase", "1", pia, "--as", MANAGER, "--yes")
    assert erased.exit_code == 0 and "personal data are erased" in erased.output
    after = json.loads(cli("talent", "export", "1", pia, "--as", MANAGER).output)
    assert after["participant"]["name"] == "(erased)" and after["participant"]["erased"] is True
    assert after["placements"][0]["reason"].startswith("Camera inspection of sheet steel")
    again = cli("talent", "erase", "1", pia, "--as", MANAGER, "--yes")
    assert again.exit_code == 1 and "erased already" in again.output
