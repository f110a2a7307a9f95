"""Alembic's environment: the models' metadata (naming convention included), batch mode on SQLite.

The app runs the migrations on a connection of its own (`matcher.ops.migrations`); the plain `alembic` command
(with `alembic.ini` at the repository root) connects to `sqlalchemy.url` if set, else to the database of the
settings (`MATCHER_DATABASE_URL`, or the SQLite file in `MATCHER_DATA_DIR`).
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from matcher.config import Settings
from matcher.kit.db import TZDateTime, make_engine
from matcher.models import metadata

config = context.config
target_metadata = metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Migrations spell the app's own column types in plain SQLAlchemy, so they never import the app."""
    if type_ == "type" and isinstance(obj, TZDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        render_item=render_item,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def database_url() -> str:
    return config.get_main_option("sqlalchemy.url") or Settings().resolved_database_url


if context.is_offline_mode():
    context.configure(url=database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (shared := config.attributes.get("connection")) is not None:
    configure(shared)
else:
    engine = make_engine(database_url())
    try:
        with engine.begin() as connection:
            configure(connection)
    finally:
        engine.dispose()
