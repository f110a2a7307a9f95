"""Schema migrations: the Alembic revisions in the top-level `migrations/` folder are the only way the schema is
created or changed, on SQLite and PostgreSQL alike.

`upgrade` applies them under a lock (a PostgreSQL advisory lock, a lock file beside a SQLite database), so two
processes starting together do not both migrate. A database made by `create_all` before there were migrations
(its tables present, no `alembic_version`) is recognised and stamped with the baseline revision first.
`ensure_schema` is what a starting process calls: nothing when the database is at the head, an upgrade when it
is behind and migrating on start is allowed, else an error that says what to run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from matcher.config import REPO_ROOT
from matcher.errors import ConfigurationError, InvalidInput
from matcher.kit.files import exclusive_lock

log = logging.getLogger(__name__)

MIGRATIONS_DIR = REPO_ROOT / "migrations"
BASELINE = "0001"
# The tables `create_all` made before the migrations existed: the baseline revision creates exactly these.
BASELINE_TABLES = frozenset(
    {
        "organisations",
        "contact_persons",
        "opportunities",
        "cooperations",
        "embeddings",
        "users",
        "api_tokens",
        "login_sessions",
        "introductions",
        "introduction_events",
        "queue_items",
        "saved_searches",
        "inbox_messages",
        "audit_log",
    }
)
ADVISORY_LOCK_ID = 0x4D57_4442  # "MWDB": one lock id per database, held while migrating


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration built in code (the app does not depend on the working directory or an ini file);
    with `connection`, the migrations run on it (inside its transaction)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@cache
def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, f"no migrations in {MIGRATIONS_DIR}"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def database_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return current_revision(connection)


def is_known(revision: str) -> bool:
    try:
        return script_directory().get_revision(revision) is not None
    except CommandError:
        return False


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds this database's migration lock until it ends."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": ADVISORY_LOCK_ID})
            yield connection
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        with engine.begin() as connection:
            yield connection
        return
    # SQLite deployments are single-machine; the lock file sits beside the database
    with exclusive_lock(Path(database).with_suffix(".migrate-lock")), engine.begin() as connection:
        yield connection


def _stamp_legacy(connection: Connection) -> bool:
    """Stamp a database made by `create_all` (no `alembic_version`, the baseline's tables) with the baseline;
    False when the database has none of them (a new one)."""
    tables = set(inspect(connection).get_table_names())
    if not tables & BASELINE_TABLES:
        return False
    missing = BASELINE_TABLES - tables
    if missing:
        raise ConfigurationError(
            f"the database has some of Matchwerk's tables but not {', '.join(sorted(missing))}, and no "
            "migration history: it was made by an older Matchwerk. Export it with that version "
            "(`matcher export`), then import the file into a new, empty database"
        )
    log.warning("the database was made before migrations existed: stamping it with revision %s", BASELINE)
    command.stamp(alembic_config(connection), BASELINE)
    return True


@dataclass(frozen=True)
class Migration:
    before: str | None
    after: str | None
    stamped: bool = False  # a database made by `create_all` was recognised and stamped with the baseline


def upgrade(engine: Engine, revision: str = "head") -> Migration:
    """Apply the migrations up to `revision`."""
    with _migration_lock(engine) as connection:
        before = current_revision(connection)
        if before is not None and not is_known(before):
            raise _newer_database(before)
        stamped = before is None and _stamp_legacy(connection)
        if stamped:
            before = BASELINE
        _run(command.upgrade, connection, revision)
        after = current_revision(connection)
    if before != after:
        log.info("database migrated from %s to %s", before or "an empty schema", after)
    return Migration(before, after, stamped)


def downgrade(engine: Engine, revision: str) -> Migration:
    """Undo migrations down to `revision` (`base` drops every table)."""
    with _migration_lock(engine) as connection:
        before = current_revision(connection)
        if before is not None and not is_known(before):
            raise _newer_database(before)
        _run(command.downgrade, connection, revision)
        after = current_revision(connection)
    return Migration(before, after)


def _run(step: Callable[[Config, str], None], connection: Connection, revision: str) -> None:
    try:
        step(alembic_config(connection), revision)
    except CommandError as exc:  # e.g. a revision that does not exist
        raise InvalidInput(f"cannot migrate to {revision!r}: {exc}") from None


def ensure_schema(engine: Engine, migrate: bool = True) -> None:
    """Make sure the schema is the one this code needs: upgrade it when behind (if `migrate`), else refuse."""
    current = database_revision(engine)
    if current == head_revision():
        return
    if current is not None and not is_known(current):
        raise _newer_database(current)
    if migrate:
        upgrade(engine)
        return
    raise ConfigurationError(
        f"the database schema is at revision {current or '(none)'} but this Matchwerk needs "
        f"{head_revision()}: run `matcher db upgrade` (or set MATCHER_MIGRATE_ON_START=true)"
    )


def _newer_database(revision: str) -> ConfigurationError:
    return ConfigurationError(
        f"the database is at revision {revision}, which this Matchwerk does not know: it was migrated by a "
        "newer version. Run that version, or restore a backup made for this one"
    )
