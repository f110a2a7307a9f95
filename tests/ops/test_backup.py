"""`matcher backup` and `matcher restore`: a restored install holds the same rows and answers the same matches,
on the same backend and from SQLite into PostgreSQL; damaged backups and occupied databases are refused."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from matcher.cli import app
from matcher.config import Settings
from matcher.embeddings.encoder import Encoder
from matcher.kit.db import transaction
from matcher.ops import backup as backups
from matcher.profiles.models import Organisation
from matcher.runtime import Runtime, open_runtime
from tests.conftest import Person, load, make_user

Cli = Callable[..., object]
POSTGRES = os.environ.get("MATCHER_TEST_DATABASE_URL")


def cli_for(data_dir: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Callable[..., object]:
    runner = CliRunner()

    def run(*args: str):  # type: ignore[no-untyped-def]
        monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
        return runner.invoke(app, ["--data-dir", str(data_dir), *args], catch_exceptions=False)

    return run


def manifest_tables(directory: Path) -> dict[str, tuple[int, str]]:
    manifest = json.loads((directory / "manifest.json").read_text())
    return {t["name"]: (t["rows"], t["sha256"]) for t in manifest["tables"]}


def matches(cli, ref: str = "t-fuelcell-co") -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    result = cli("match", ref, "--k", "5", "--json")
    assert result.exit_code == 0, result.output
    return [(m["organisation"]["ref"], round(m["score"], 5)) for m in json.loads(result.stdout)["data"]]


@pytest.fixture
def sqlite_source(tmp_path: Path, encoder: Encoder) -> Runtime:
    """An install on a SQLite file (the embedded mode), whatever backend the suite runs on."""
    settings = Settings(
        data_dir=tmp_path / "sqlite-var",
        database_url=f"sqlite:///{tmp_path / 'source.db'}",
        environment="test",
    )
    rt = open_runtime(settings)
    load(rt)
    make_user(rt, "admin@example.org", "admin")
    make_user(rt, "lena@fuelcell.example", "member", "t-fuelcell-co")
    yield rt  # type: ignore[misc]
    rt.close()


@pytest.mark.parametrize("source", ["same backend", "sqlite to postgresql"])
def test_a_restored_install_has_the_same_rows_and_answers_the_same_matches(
    source: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    empty_database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if source == "sqlite to postgresql":
        if not POSTGRES:
            pytest.skip("needs MATCHER_TEST_DATABASE_URL (a PostgreSQL server)")
        original: Runtime = request.getfixturevalue("sqlite_source")
    else:
        original = request.getfixturevalue("loaded")
        request.getfixturevalue("people")  # users, tokens and the audit log's rows
    before = cli_for(original.settings.data_dir, original.settings.resolved_database_url, monkeypatch)
    made = before("backup", str(tmp_path / "backup"))
    assert made.exit_code == 0, made.output
    assert "with the index" in made.output
    tables = manifest_tables(tmp_path / "backup")
    assert tables["organisations"][0] == 10 and tables["users"][0] >= 2 and tables["embeddings"][0] > 0

    after = cli_for(tmp_path / "restored-var", empty_database_url, monkeypatch)
    restored = after("restore", str(tmp_path / "backup"))
    assert restored.exit_code == 0, restored.output
    assert "counts and checksums verified; index restored" in restored.output

    assert matches(after) == matches(before)
    again = after("backup", str(tmp_path / "again"))  # the restored rows, read back the same way
    assert again.exit_code == 0, again.output
    assert manifest_tables(tmp_path / "again") == tables
    # new rows continue after the restored ids (PostgreSQL's sequences were moved on)
    created = after("users", "create", "--email", "new@example.org", "--role", "manager")
    assert created.exit_code == 0, created.output


def test_restore_refuses_a_database_that_holds_rows(
    loaded: Runtime, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cli = cli_for(loaded.settings.data_dir, loaded.settings.resolved_database_url, monkeypatch)
    assert cli("backup", str(tmp_path / "backup")).exit_code == 0
    refused = cli("restore", str(tmp_path / "backup"))
    assert refused.exit_code == 1
    assert (
        "the database is not empty" in refused.output
        and "restore only into an empty install" in refused.output
    )
    with transaction(loaded.session_factory) as session:
        assert session.scalar(select(func.count()).select_from(Organisation)) == 10
    assert "is not an empty folder" in cli("backup", str(tmp_path / "backup")).output  # never overwrites


def test_a_damaged_backup_is_refused_before_anything_is_written(
    loaded: Runtime, tmp_path: Path, empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cli_for(loaded.settings.data_dir, loaded.settings.resolved_database_url, monkeypatch)
    assert before("backup", str(tmp_path / "backup")).exit_code == 0
    rows = tmp_path / "backup" / "tables" / "organisations.jsonl"
    rows.write_text(rows.read_text().replace("Ruhrstack", "Rurstack"))
    after = cli_for(tmp_path / "restored-var", empty_database_url, monkeypatch)
    refused = after("restore", str(tmp_path / "backup"))
    assert refused.exit_code == 1
    assert "the backup is damaged" in refused.output and "organisations.jsonl" in refused.output
    assert "no manifest.json" in after("restore", str(tmp_path)).output


def test_an_index_of_another_model_is_rebuilt_not_restored(
    loaded: Runtime, tmp_path: Path, empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = cli_for(loaded.settings.data_dir, loaded.settings.resolved_database_url, monkeypatch)
    assert before("backup", str(tmp_path / "backup")).exit_code == 0
    path = tmp_path / "backup" / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["index"]["model"] = "another-model"  # the manifest's checksums cover the tables, not this
    path.write_text(json.dumps(manifest))
    after = cli_for(tmp_path / "restored-var", empty_database_url, monkeypatch)
    restored = after("restore", str(tmp_path / "backup"))
    assert restored.exit_code == 0, restored.output
    assert "index rebuilt from the database" in restored.output
    assert matches(after) == matches(before)


def test_the_snapshot_is_one_moment_while_the_app_keeps_writing(
    loaded: Runtime, people: dict[str, Person], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write committed while the backup is reading is in none of the tables the backup writes."""
    monkeypatch.setattr(backups, "BATCH", 1)  # report progress (and so write, below) after the first row
    writes: list[int] = []

    def write_meanwhile(done: int, total: int) -> None:
        if not writes:
            with transaction(loaded.session_factory) as session:
                session.execute(text("DELETE FROM api_tokens"))
                session.add(Organisation(ref="late", name="Late GmbH"))
            writes.append(done)

    manifest = backups.backup(loaded.settings, tmp_path / "backup", progress=write_meanwhile)
    assert writes, "the backup never reported progress"
    counts = {t.name: t.rows for t in manifest.tables}
    assert counts["organisations"] == 10 and counts["api_tokens"] == len(people)
    refs = [json.loads(line)["ref"] for line in (tmp_path / "backup/tables/organisations.jsonl").open()]
    assert "late" not in refs
