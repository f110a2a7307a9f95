"""The `matcher` command line, run in-process on real data (the model is loaded once per test session)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from matcher.cli import app
from matcher.embeddings.encoder import Encoder
from tests.conftest import ECOSYSTEM


@pytest.fixture
def cli(tmp_path: Path, encoder: Encoder, database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)

    return run


def test_import_match_search_export_recommend(cli, tmp_path: Path) -> None:
    result = cli("import", str(ECOSYSTEM))
    assert result.exit_code == 0, result.output
    assert "10 created" in result.output

    again = cli("import", str(ECOSYSTEM))
    assert "10 unchanged" in again.output and "0 texts encoded" in again.output

    matches = cli("match", "t-fuelcell-co", "--k", "3", "--json")
    assert matches.exit_code == 0, matches.output
    data = json.loads(matches.stdout)
    assert data["data"][0]["organisation"]["ref"] == "t-h2-institute"
    table = cli("match", "t-fuelcell-co", "--k", "3")
    assert "Institut" in table.output

    found = json.loads(cli("search", "fuel cell stack test bench", "--json").stdout)
    assert found["organisations"][0]["organisation"]["ref"] == "t-h2-institute"

    exported = cli("export", "-")
    lines = [json.loads(line) for line in exported.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 10

    out = tmp_path / "recs.jsonl"
    gc.unfreeze()
    assert cli("recommend", "--all", "--k", "3", "--out", str(out), "--pairing", "any").exit_code == 0
    # the loaded catalogue out of the collector's reach for the long loop (see `runtime.freeze_loaded`)
    assert gc.get_freeze_count() > 0
    gc.unfreeze()
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(recs) == 9  # not the hidden one
    first = next(r for r in recs if r["ref"] == "t-fuelcell-co")
    assert first["matches"][0]["ref"] == "t-h2-institute"
    assert first["matches"][0]["score"] >= first["matches"][-1]["score"]

    assert "index rebuilt" in cli("reindex").output


def test_bad_import_names_rows_and_exits_1(cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"ref": "x", "name": "X", "sectors": ["moon"]}\n{"ref": "y"}\n')
    result = cli("import", str(bad))
    assert result.exit_code == 1
    assert "line 1 (ref x): sectors" in result.output
    assert "line 2 (ref y): name" in result.output
    assert "nothing was written" in result.output
    assert cli("import", str(bad), "--dry-run").exit_code == 1
    assert json.loads(cli("search", "anything", "--json").stdout)["organisations"] == []


def test_errors_are_messages_not_tracebacks(cli) -> None:
    missing = cli("match", "nobody")
    assert missing.exit_code == 1 and "no organisation has the ref 'nobody'" in missing.output
    cli("import", str(ECOSYSTEM))
    place = cli("match", "t-steel-co", "--near", "Atlantis", "--radius-km", "5")
    assert place.exit_code == 1 and "unknown place" in place.output


def test_unknown_kinds_and_bad_settings_are_refused(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("import", str(ECOSYSTEM))
    result = cli("match", "t-steel-co", "--kind", "dragon")
    assert result.exit_code == 2 and "dragon" in result.output
    monkeypatch.setenv("MATCHER_ENCODE_BATCH_SIZE", "0")
    bad = cli("match", "t-steel-co")
    assert bad.exit_code == 2 and "MATCHER_ENCODE_BATCH_SIZE" in bad.output and "Traceback" not in bad.output


def test_a_failed_export_leaves_the_earlier_file_intact(cli, tmp_path: Path, monkeypatch) -> None:
    assert cli("import", str(ECOSYSTEM)).exit_code == 0
    out = tmp_path / "orgs.jsonl"
    assert cli("export", str(out)).exit_code == 0
    before = out.read_bytes()
    assert before.count(b"\n") == 10

    def broken(session, fh) -> int:  # writes part of the file, then fails
        fh.write('{"ref": "half')
        raise OSError("disk full")

    monkeypatch.setattr("matcher.profiles.importer.export_organisations", broken)
    with pytest.raises(OSError):
        cli("export", str(out))
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".orgs")] == []


def refuse_the_model(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """From here on, a command that loads the embedding model (or opens the full runtime) fails the test."""
    loaded: list[str] = []

    def refuse(model: str, *args: object, **kwargs: object) -> Encoder:
        loaded.append(model)
        raise AssertionError(f"the command loaded the embedding model {model}")

    monkeypatch.setattr("matcher.runtime.load_encoder", refuse)
    return loaded


def test_export_loads_no_model(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("import", str(ECOSYSTEM)).exit_code == 0
    loaded = refuse_the_model(monkeypatch)
    exported = cli("export", "-")
    assert exported.exit_code == 0, exported.output
    assert len([line for line in exported.stdout.splitlines() if line.startswith("{")]) == 10
    out = tmp_path / "orgs.jsonl"
    assert cli("export", str(out)).exit_code == 0 and out.read_text().count("\n") == 10
    assert loaded == []


def test_commands_that_need_no_model_load_none(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("import", str(ECOSYSTEM)).exit_code == 0
    coops = tmp_path / "coops.csv"
    coops.write_text("a_ref,b_ref,year,source\nt-steel-co,t-chem-co,2021,test\n", encoding="utf-8")
    loaded = refuse_the_model(monkeypatch)
    runs = {
        "import --dry-run": cli("import", str(ECOSYSTEM), "--dry-run"),
        "import-cooperations --dry-run": cli("import-cooperations", str(coops), "--dry-run"),
        "opportunities expire --dry-run": cli("opportunities", "expire", "--dry-run"),
        "introductions expire --dry-run": cli("introductions", "expire", "--dry-run"),
        "users create": cli("users", "create", "--email", "a@example.org", "--role", "admin"),
        "users list": cli("users", "list"),
        "db current": cli("db", "current"),
        "backup": cli("backup", str(tmp_path / "backup")),
    }
    for name, result in runs.items():
        assert result.exit_code == 0, f"{name}: {result.output}"
    assert "10 rows are valid" in runs["import --dry-run"].output
    assert "1 cooperations are valid" in runs["import-cooperations --dry-run"].output
    assert "a@example.org" in runs["users list"].output
    assert loaded == []
