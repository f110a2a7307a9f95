"""`matcher import` and `matcher import-cooperations` refuse oversized and malformed files: exit code 1, a
message naming the row and the field where there is one, and nothing written anywhere in the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from tests.conftest import ECOSYSTEM
from tests.faults.checks import table_counts

GOOD = json.dumps({"ref": "x-good", "name": "Gute GmbH"})
COOPS = "a_ref,b_ref,year,source\n"


@pytest.fixture
def cli(tmp_path: Path, encoder: Encoder, database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)

    assert run("import", str(ECOSYSTEM)).exit_code == 0
    return run


def _file(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


ORGANISATION_FILES = {
    "bad JSON line": ("orgs.jsonl", f"{GOOD}\n{{not json\n", ["line 2: (line): not valid JSON"]),
    "wrong CSV header": ("orgs.csv", "ref,name,colour\nc-1,X,blue\n", ["line 1: colour: unknown column"]),
    "CSV without a name column": ("orgs.csv", "ref,title\nc-1,X\n", ["line 1: name: required column"]),
    "a wrong field type in row 3": (
        "orgs.jsonl",
        f"{GOOD}\n{json.dumps({'ref': 'x-2', 'name': 'Zwei'})}\n"
        + json.dumps({"ref": "x-3", "name": "Drei", "founding_year": "soon"}),
        ["line 3 (ref x-3): founding_year: Input should be a valid integer"],
    ),
    "a wrong type in an opportunity": (
        "orgs.jsonl",
        json.dumps({"ref": "x-4", "name": "Vier", "opportunities": [{"direction": "sideways"}]}),
        ["line 1 (ref x-4): opportunities.0.direction", "opportunities.0.title: Field required"],
    ),
    "a row with more values than columns": ("orgs.csv", "ref,name\nc-1,X\nc-2,Y,Z\n", ["line 3: (row)"]),
    "binary garbage (a zip named .csv)": (
        "orgs.csv",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00\xa4\xd3\xff\xfe",
        ["not UTF-8 text (byte 14"],
    ),
    "a NUL byte in UTF-8 text": (
        "orgs.jsonl",
        f"{GOOD}\n{GOOD[:-1]}\x00\n",
        ["line 2: (line): contains a NUL"],
    ),
    # these three ended in a traceback before
    "an integer of 5000 digits": (
        "orgs.jsonl",
        '{"ref": "x-5", "name": "F", "founding_year": 1' + "0" * 5000 + "}\n",
        ["line 1: (line): not valid JSON: Exceeds the limit (4300 digits)"],
    ),
    "JSON nested 100000 deep": (
        "orgs.jsonl",
        f"{GOOD}\n{'[' * 100_000}{']' * 100_000}\n",
        ["line 2: (line)"],
    ),
    "a CSV field over the CSV reader's limit": (
        "orgs.csv",
        f"ref,name,description\nc-1,X,{'x' * 200_000}\n",
        ["line 2: (row): not readable as CSV: field larger than field limit"],
    ),
}


@pytest.mark.parametrize("case", ORGANISATION_FILES, ids=list(ORGANISATION_FILES))
def test_a_malformed_organisations_file_writes_nothing(
    case: str, cli, tmp_path: Path, database_url: str
) -> None:
    name, content, messages = ORGANISATION_FILES[case]
    before = table_counts(database_url)
    result = cli("import", _file(tmp_path, name, content))
    assert result.exit_code == 1, result.output
    for message in messages:
        assert message in result.output
    assert "Traceback" not in result.output
    assert table_counts(database_url) == before


COOPERATION_FILES = {
    "wrong header": (
        "a,b,year,source\nt-steel-co,t-h2-institute,2024,x\n",
        ["line 1: a_ref: missing column"],
    ),
    "a wrong year in row 3": (
        f"{COOPS}t-steel-co,t-h2-institute,2024,x\nt-steel-co,t-vr-studio,soon,x\n",
        ["line 3: year: Input should be a valid integer"],
    ),
    "an unknown organisation": (
        f"{COOPS}t-steel-co,nobody,2024,x\n",
        ["line 2 (ref nobody): b_ref: no organisation"],
    ),
    "more values than columns": (
        f"{COOPS}t-steel-co,t-h2-institute,2024,x,extra\n",
        ["line 2: (row): more values"],
    ),
    "a field over the CSV reader's limit": (
        f"{COOPS}t-steel-co,t-h2-institute,2024,{'x' * 200_000}\n",
        ["line 2: (row): not readable as CSV"],
    ),
    "binary garbage": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ["not UTF-8 text"]),
}


@pytest.mark.parametrize("case", COOPERATION_FILES, ids=list(COOPERATION_FILES))
def test_a_malformed_cooperations_file_writes_nothing(
    case: str, cli, tmp_path: Path, database_url: str
) -> None:
    content, messages = COOPERATION_FILES[case]
    good = "t-fuelcell-co,t-h2-institute,2024,joint project\n"  # the good rows are not written either
    text = content if isinstance(content, bytes) or not content.startswith(COOPS) else content + good
    before = table_counts(database_url)
    result = cli("import-cooperations", _file(tmp_path, "coops.csv", text))
    assert result.exit_code == 1, result.output
    for message in messages:
        assert message in result.output
    assert table_counts(database_url) == before


def test_files_over_the_size_limit_are_refused(
    cli, tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    coops = _file(tmp_path, "coops.csv", f"{COOPS}t-fuelcell-co,t-h2-institute,2024,joint project\n")
    monkeypatch.setenv("MATCHER_MAX_IMPORT_BYTES", "60")
    before = table_counts(database_url)
    for command, path in (("import", str(ECOSYSTEM)), ("import-cooperations", coops)):
        result = cli(command, path)
        assert result.exit_code == 1, result.output
        assert "larger than the import limit of 60 bytes" in result.output
    assert table_counts(database_url) == before
    monkeypatch.setenv("MATCHER_MAX_IMPORT_BYTES", "100000")
    assert cli("import-cooperations", coops).exit_code == 0
    assert table_counts(database_url)["cooperations"] == before["cooperations"] + 1
