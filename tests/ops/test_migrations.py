"""Migrations are the only way the schema is made: they agree with the models, go down and up again, recognise a
database made by `create_all` before them, and run through `matcher db` and at start-up (on SQLite and
PostgreSQL alike: see tests/conftest.py)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from typer.testing import CliRunner

from matcher.cli import app
from matcher.config import Settings
from matcher.errors import ConfigurationError
from matcher.kit.db import make_engine
from matcher.models import metadata
from matcher.ops.migrations import (
    BASELINE,
    BASELINE_TABLES,
    Migration,
    database_revision,
    head_revision,
    upgrade,
)
from matcher.runtime import open_runtime

MODEL_TABLES = set(metadata.tables)


@pytest.fixture
def engine(empty_database_url: str) -> Iterator[Engine]:
    db = make_engine(empty_database_url)
    yield db
    db.dispose()


@pytest.fixture
def db_cli(tmp_path: Path, empty_database_url: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("MATCHER_DATABASE_URL", empty_database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--data-dir", str(tmp_path / "var"), *args], catch_exceptions=False)

    return run


def differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names()) - {"alembic_version"}


def test_the_migrations_make_exactly_the_models_schema(engine: Engine) -> None:
    upgrade(engine)
    assert tables(engine) == MODEL_TABLES
    assert differences(engine) == [], (
        "the models and the migrations disagree: write a migration (alembic revision --autogenerate -m ...)"
    )


def test_the_baseline_names_every_table_of_the_models() -> None:
    """`BASELINE_TABLES` recognises a database made by `create_all`; a table added later comes by migration."""
    assert BASELINE_TABLES <= MODEL_TABLES


def test_db_upgrade_downgrade_base_and_upgrade_again(db_cli, engine: Engine) -> None:
    first = db_cli("db", "upgrade")
    assert first.exit_code == 0, first.output
    assert f"from an empty schema to revision {head_revision()}" in first.output
    assert db_cli("db", "current").output.strip() == f"{head_revision()} (head)"
    assert "nothing to do" in db_cli("db", "upgrade").output

    down = db_cli("db", "downgrade", "base")
    assert down.exit_code == 0, down.output
    assert tables(engine) == set()
    assert "(none)" in db_cli("db", "current").output

    assert db_cli("db", "upgrade").exit_code == 0
    assert tables(engine) == MODEL_TABLES
    assert differences(engine) == []

    unknown = db_cli("db", "downgrade", "nowhere")
    assert unknown.exit_code == 1 and "cannot migrate to 'nowhere'" in unknown.output


def test_a_database_made_by_create_all_is_stamped_and_keeps_its_rows(db_cli, engine: Engine) -> None:
    """Such a database has the baseline's tables as `create_all` made them then (the baseline revision's
    schema without its version table); the later revisions are applied on top of it."""
    upgrade(engine, BASELINE)
    with engine.begin() as connection:
        connection.execute(text("DROP TABLE alembic_version"))
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO organisations (ref, name, languages, description, competences, sectors, "
                "technology_keywords, market_keywords, visibility, created_at, updated_at) VALUES "
                "('old', 'Old GmbH', '[]', '', '[]', '[]', '[]', '[]', 'public', "
                "'2024-01-01 00:00:00', '2024-01-01 00:00:00')"
            )
        )
    result = db_cli("db", "upgrade")
    assert result.exit_code == 0, result.output
    assert "made before migrations existed" in result.output
    assert database_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM organisations")).scalar_one() == "Old GmbH"
    assert differences(engine) == []


def test_a_partial_old_schema_is_refused_with_what_to_do(db_cli, engine: Engine) -> None:
    with engine.begin() as connection:
        metadata.tables["organisations"].create(connection)
    result = db_cli("db", "upgrade")
    assert result.exit_code == 1
    assert "made by an older Matchwerk" in result.output and "matcher export" in result.output
    assert database_revision(engine) is None


def test_a_database_from_a_newer_version_is_refused(db_cli, engine: Engine) -> None:
    upgrade(engine)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    result = db_cli("db", "upgrade")
    assert result.exit_code == 1 and "newer version" in result.output
    assert "unknown to this Matchwerk" in db_cli("db", "current").output


def test_the_start_migrates_an_empty_database(tmp_path: Path, empty_database_url: str) -> None:
    settings = Settings(data_dir=tmp_path / "var", database_url=empty_database_url, environment="test")
    rt = open_runtime(settings, load_index=False)
    try:
        assert database_revision(rt.db) == head_revision()
    finally:
        rt.close()


def test_without_migrate_on_start_the_start_refuses_and_says_what_to_run(
    db_cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, empty_database_url: str
) -> None:
    settings = Settings(
        data_dir=tmp_path / "var", database_url=empty_database_url, environment="test", migrate_on_start=False
    )
    with pytest.raises(ConfigurationError, match="run `matcher db upgrade`"):
        open_runtime(settings, load_index=False)
    monkeypatch.setenv("MATCHER_MIGRATE_ON_START", "false")
    refused = db_cli("users", "list")
    assert refused.exit_code == 1 and "matcher db upgrade" in refused.output
    assert db_cli("db", "upgrade").exit_code == 0  # the explicit command migrates whatever the setting
    assert db_cli("users", "list").exit_code == 0


def test_processes_starting_together_migrate_once(empty_database_url: str) -> None:
    engines = [make_engine(empty_database_url) for _ in range(3)]
    barrier = threading.Barrier(len(engines))
    results: list[Migration] = []
    errors: list[BaseException] = []

    def start(engine: Engine) -> None:
        barrier.wait()
        try:
            results.append(upgrade(engine))
        except BaseException as exc:  # collected: an exception in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(engine,)) for engine in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    head = head_revision()
    assert sorted((m.before or "", m.after) for m in results) == [("", head), (head, head), (head, head)]
    assert differences(engines[0]) == []
    for engine in engines:
        engine.dispose()
