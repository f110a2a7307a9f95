"""Backup: a consistent snapshot of the database and the index, in a form any backend can read (`restore.py`
reads it back).

A backup is a folder:

    manifest.json         format, app version, Alembic revision, source backend, time; per table its file,
                          row count and SHA-256; the index's metadata (model, dimension, counts, digest)
    tables/<table>.jsonl  one JSON object per row, ordered by primary key (dates ISO 8601 in UTC, bytes base64)
    index/                the index folder as it was (meta.json and the .faiss files), when it could be copied
    ranker.json           the installation's own trained ranker, if `matcher train` made one

Every table is read in one transaction (REPEATABLE READ on PostgreSQL, one read transaction on SQLite), so the
snapshot is consistent while the app keeps writing. The tables are read and written generically (reflected, not
through the models), so this module and `restore.py` are the repository of their own SQL.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, select, text
from sqlalchemy.types import String

from matcher import __version__
from matcher.config import Settings
from matcher.engine.ann import IndexSet
from matcher.engine.ann.generations import WRITER_LOCK
from matcher.errors import Conflict, InvalidInput
from matcher.kit.db import make_engine
from matcher.ops.migrations import current_revision

log = logging.getLogger(__name__)

FORMAT = 1
MANIFEST = "manifest.json"
BATCH = 1000
Progress = Callable[[int, int], None]


@dataclass
class TableEntry:
    name: str
    rows: int
    sha256: str


@dataclass
class Manifest:
    app_version: str
    revision: str
    backend: str
    created_at: str
    tables: list[TableEntry]
    index: dict[str, Any] | None = None
    ranker: bool = False
    format: int = FORMAT

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        path = directory / MANIFEST
        if not path.is_file():
            raise InvalidInput(f"{directory} is not a Matchwerk backup: it has no {MANIFEST}")
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            data["tables"] = [TableEntry(**t) for t in data["tables"]]
            manifest = cls(**data)
        except (ValueError, TypeError, KeyError) as exc:
            raise InvalidInput(f"{path} is damaged: {exc}") from None
        if manifest.format != FORMAT:
            raise InvalidInput(f"{path} has backup format {manifest.format}; this Matchwerk reads {FORMAT}")
        return manifest


# --- rows <-> JSON lines ----------------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite keeps UTC without the zone
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """Turn a JSON row back into the column's Python values (by each column's type)."""
    converters: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        try:
            python_type = column.type.python_type
        except NotImplementedError:
            continue
        if python_type is datetime:
            converters[column.name] = datetime.fromisoformat
        elif python_type is date:
            converters[column.name] = date.fromisoformat
        elif python_type is bytes:
            converters[column.name] = base64.b64decode

    def decode(row: dict[str, Any]) -> dict[str, Any]:
        return {
            key: (converters[key](value) if value is not None and key in converters else value)
            for key, value in row.items()
        }

    return decode


def table_lines(connection: Connection, table: Table) -> Iterator[str]:
    """The table's rows as JSON lines in primary-key order; the same bytes on every backend (strings are
    ordered by code point, so PostgreSQL sorts with the "C" collation)."""
    postgres = connection.dialect.name == "postgresql"
    order = [
        column.collate("C") if postgres and isinstance(column.type, String) else column
        for column in (table.primary_key.columns or table.columns)
    ]
    result = connection.execution_options(yield_per=BATCH).execute(select(table).order_by(*order))
    for row in result.mappings():
        record = {key: _encode(value) for key, value in row.items()}
        yield json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def reflect(connection: Connection) -> list[Table]:
    """The database's tables (but Alembic's own) in foreign-key order: parents before children."""
    metadata = MetaData()
    metadata.reflect(connection)
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees the whole database as of one moment, while others keep writing."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                connection.execute(text("SET TRANSACTION READ ONLY"))
                yield connection
        return
    # pysqlite opens no transaction for reads: open one ourselves, on a connection it leaves alone
    with engine.connect() as connection:
        connection = connection.execution_options(isolation_level="AUTOCOMMIT")
        connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.exec_driver_sql("ROLLBACK")


# --- backup -----------------------------------------------------------------------------------------------


def backup(settings: Settings, target: Path, progress: Progress | None = None) -> Manifest:
    """Write a backup of the database (and a copy of the index) into `target`, which must be empty or new."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise Conflict(f"{target} is not an empty folder: back up into a new one")
    (target / "tables").mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    try:
        with snapshot(engine) as connection:
            revision = current_revision(connection)
            if revision is None:
                raise InvalidInput("the database has no schema yet: there is nothing to back up")
            tables = reflect(connection)
            total = sum(connection.execute(select(func.count()).select_from(t)).scalar_one() for t in tables)
            entries, done = [], 0
            for table in tables:
                digest, rows = hashlib.sha256(), 0
                with (target / "tables" / f"{table.name}.jsonl").open("w", encoding="utf-8") as fh:
                    for line in table_lines(connection, table):
                        fh.write(line)
                        digest.update(line.encode("utf-8"))
                        rows += 1
                        done += 1
                        if progress and done % BATCH == 0:
                            progress(done, total)
                entries.append(TableEntry(table.name, rows, digest.hexdigest()))
            backend = engine.dialect.name
    finally:
        engine.dispose()
    if progress:
        progress(total, total)
    manifest = Manifest(
        app_version=__version__,
        revision=revision,
        backend=backend,
        created_at=datetime.now(UTC).isoformat(timespec="seconds"),
        tables=entries,
        index=_copy_index(settings.index_dir, target / "index"),
    )
    if settings.trained_ranker_file.is_file():
        shutil.copy2(settings.trained_ranker_file, target / "ranker.json")
        manifest.ranker = True
    (target / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2) + "\n", encoding="utf-8")
    return manifest


def _copy_index(source: Path, target: Path) -> dict[str, Any] | None:
    """Copy the index folder as it is, its metadata last; None when there is no index or it was saved again
    during the copy (the files might not match the metadata: a restore then rebuilds the index from the
    database, which is the truth)."""
    for _attempt in range(3):
        meta = IndexSet.read_meta(source)
        if meta is None:
            return None
        shutil.rmtree(target, ignore_errors=True)
        try:
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("meta.json", "*.tmp", WRITER_LOCK))
        except (OSError, shutil.Error):  # a file went away while being copied
            continue
        if IndexSet.read_meta(source) == meta:
            (target / "meta.json").write_text(json.dumps(asdict(meta), indent=2), encoding="utf-8")
            return asdict(meta)
    shutil.rmtree(target, ignore_errors=True)
    log.warning("the index in %s kept changing during the backup; a restore will rebuild it", source)
    return None
