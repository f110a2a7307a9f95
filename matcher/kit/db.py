"""Persistence plumbing: the declarative base, engines, sessions and post-commit hooks.

The schema is created and changed only by the Alembic migrations in `migrations/` (see
`matcher.ops.migrations`); repositories hold all SQL. `matcher.models` imports every domain's models, so that
`Base.metadata` holds every table.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.types import TypeDecorator

log = logging.getLogger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class TZDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite forgets the zone; this restores it)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        # stored as UTC: SQLite keeps the wall time and drops the offset, so 09:00+01:00 would read 09:00 UTC
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(TZDateTime(), default=utcnow, onupdate=utcnow)


# A request holds at most one connection, for as long as its transaction runs; the server runs up to 40 at
# once (anyio's threads). Beyond the pool's size requests wait for a connection (`pool_timeout`, 30 s), then
# answer 503 (matcher.web.errors). Every process has its own pool: mind PostgreSQL's `max_connections`.
DEFAULT_MAX_CONNECTIONS = 20


def make_engine(url: str, max_connections: int = DEFAULT_MAX_CONNECTIONS) -> Engine:
    """An engine whose pool holds up to `max_connections` connections (10 kept open, the rest on demand)."""
    parsed = make_url(url)
    pool = {"pool_size": min(10, max_connections), "max_overflow": max(0, max_connections - 10)}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        if parsed.database in (None, "", ":memory:"):
            pool = {}  # an in-memory database lives in one connection: SQLAlchemy's own pool for it
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **pool)

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, **pool)


IN_CHUNK = 500  # values per IN (...) list: far below every backend's limit on bound parameters
_T = TypeVar("_T")


def in_chunks(values: Iterable[_T], size: int = IN_CHUNK) -> Iterator[list[_T]]:
    """`values` without repeats, in their order, in lists of at most `size`: one query per list keeps an
    IN (...) list below the database's limit on bound parameters (SQLite allows 32,766 per statement)."""
    unique = list(dict.fromkeys(values))
    for start in range(0, len(unique), size):
        yield unique[start : start + size]


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


# --- post-commit hooks -------------------------------------------------------------------------------
# Work that must only happen once the data is durable (updating the in-memory engine and the vector
# index) is queued on the session and run after a successful commit; a rollback discards it.

AFTER_COMMIT_KEY = "matcher_after_commit"


def on_commit(session: Session, callback: Callable[[], None]) -> None:
    session.info.setdefault(AFTER_COMMIT_KEY, []).append(callback)


@event.listens_for(Session, "after_commit")
def _run_after_commit(session: Session) -> None:
    callbacks = session.info.pop(AFTER_COMMIT_KEY, [])
    for callback in callbacks:
        try:
            callback()
        except Exception:  # the data is committed; a failed index update is repaired on the next start
            log.exception("post-commit update failed; the index will be reconciled with the database")


@event.listens_for(Session, "after_rollback")
def _drop_after_commit(session: Session) -> None:
    session.info.pop(AFTER_COMMIT_KEY, None)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commits on success, rolls back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def ping(engine: Engine) -> None:
    """Raise unless the database answers a trivial query (the readiness probe)."""
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))
