"""Backup and restore: a consistent snapshot of the database and the index, in a form any backend can read.

A backup is a folder:

    manifest.json         format, app version, Alembic revision, source backend, time; per table its file,
                          row count and SHA-256; the index's metadata (model, dimension, counts, digest)
    tables/<table>.jsonl  one JSON object per row, ordered by primary key (dates ISO 8601 in UTC, bytes base64)
    index/                the index folder as it was (meta.json and the .faiss files), when it could be copied
    ranker.json           the installation's own trained ranker, if `matcher train` made one

Every table is read in one transaction (REPEATABLE READ on PostgreSQL, one read transaction on SQLite), so the
snapshot is consistent while the app keeps writing. Restore refuses a database that holds any row, migrates the
empty one to the backup's revision, inserts the rows parents first, resets PostgreSQL's sequences, checks every
table's count and checksum before it commits, and then upgrades to the head. The tables are read and written
generically (reflected, not through the models), so this module is the repository of its own SQL.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, inspect, select, text
from sqlalchemy.types import String

from matcher import __version__
from matcher.config import Settings
from matcher.embeddings.backends import encoder_name
from matcher.embeddings.encoder import resolve_model
from matcher.engine.index import IndexSet
from matcher.errors import Conflict, InvalidInput
from matcher.kit.db import make_engine
from matcher.ops.migrations import (
    current_revision,
    downgrade,
    head_revision,
    is_known,
    script_directory,
    upgrade,
)

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


@dataclass
class RestoreReport:
    manifest: Manifest
    index_copied: bool = False
    upgraded_to: str | None = None
    notes: list[str] = field(default_factory=list)


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


def _decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
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


def _lines(connection: Connection, table: Table) -> Iterator[str]:
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


def _reflect(connection: Connection) -> list[Table]:
    """The database's tables (but Alembic's own) in foreign-key order: parents before children."""
    metadata = MetaData()
    metadata.reflect(connection)
    return [t for t in metadata.sorted_tables if t.name != "alembic_version"]


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
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
        with _snapshot(engine) as connection:
            revision = current_revision(connection)
            if revision is None:
                raise InvalidInput("the database has no schema yet: there is nothing to back up")
            tables = _reflect(connection)
            total = sum(connection.execute(select(func.count()).select_from(t)).scalar_one() for t in tables)
            entries, done = [], 0
            for table in tables:
                digest, rows = hashlib.sha256(), 0
                with (target / "tables" / f"{table.name}.jsonl").open("w", encoding="utf-8") as fh:
                    for line in _lines(connection, table):
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
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("meta.json", "*.tmp"))
        except (OSError, shutil.Error):  # a file went away while being copied
            continue
        if IndexSet.read_meta(source) == meta:
            (target / "meta.json").write_text(json.dumps(asdict(meta), indent=2), encoding="utf-8")
            return asdict(meta)
    shutil.rmtree(target, ignore_errors=True)
    log.warning("the index in %s kept changing during the backup; a restore will rebuild it", source)
    return None


# --- restore ----------------------------------------------------------------------------------------------


def verify_files(source: Path, manifest: Manifest) -> None:
    """Check every table file against the manifest's row count and checksum before anything is written."""
    for entry in manifest.tables:
        path = source / "tables" / f"{entry.name}.jsonl"
        if not path.is_file():
            raise InvalidInput(f"the backup is incomplete: {path} is missing")
        digest, rows = hashlib.sha256(), 0
        with path.open("rb") as fh:
            for line in fh:
                digest.update(line)
                rows += 1
        if rows != entry.rows or digest.hexdigest() != entry.sha256:
            raise InvalidInput(
                f"the backup is damaged: {path} has {rows} rows and checksum {digest.hexdigest()[:12]}..., "
                f"the manifest says {entry.rows} rows and {entry.sha256[:12]}..."
            )


def _nonempty_tables(connection: Connection) -> list[str]:
    names = [n for n in inspect(connection).get_table_names() if n != "alembic_version"]
    metadata = MetaData()
    return [
        name
        for name in names
        if connection.execute(select(func.count()).select_from(Table(name, metadata))).scalar_one()
    ]


def _read_rows(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def _batches(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """After rows were inserted with their ids, PostgreSQL's sequences must continue after the largest id."""
    for table in tables:
        columns = list(table.primary_key.columns)
        if len(columns) != 1 or columns[0].type.python_type is not int:
            continue
        column = columns[0].name
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE((SELECT MAX("{column}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name, "column": column},
        )


def restore(settings: Settings, source: Path, progress: Progress | None = None) -> RestoreReport:
    """Restore a backup into this installation's database, which must hold no rows; see the module's doc."""
    manifest = Manifest.read(source)
    if not is_known(manifest.revision):
        raise InvalidInput(
            f"the backup is at schema revision {manifest.revision}, which this Matchwerk does not know: "
            "restore it with the version that made it (or a newer one)"
        )
    verify_files(source, manifest)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.resolved_database_url)
    report = RestoreReport(manifest)
    try:
        with engine.connect() as connection:
            occupied = _nonempty_tables(connection)
            revision = current_revision(connection)
        if occupied:
            raise Conflict(
                f"the database is not empty ({', '.join(occupied[:5])} hold rows): restore only into an empty "
                "install (a new database, or drop and recreate this one), so that nothing is overwritten"
            )
        # The rows fit the schema of the backup's revision: migrate (or step back, the database is empty) to it.
        if (
            revision is not None
            and revision != manifest.revision
            and _is_ancestor(manifest.revision, revision)
        ):
            downgrade(engine, manifest.revision)
        else:
            upgrade(engine, manifest.revision)
        with engine.begin() as connection:
            _insert_all(connection, source, manifest, progress)
        if manifest.revision != head_revision():
            report.upgraded_to = upgrade(engine).after
    finally:
        engine.dispose()
    report.index_copied = _restore_files(settings, source, manifest)
    return report


def _is_ancestor(older: str, newer: str) -> bool:
    return any(rev.revision == older for rev in script_directory().iterate_revisions(newer, "base"))


def _insert_all(connection: Connection, source: Path, manifest: Manifest, progress: Progress | None) -> None:
    tables = {t.name: t for t in _reflect(connection)}
    expected = {entry.name: entry for entry in manifest.tables}
    unknown = set(expected) - set(tables)
    if unknown:
        raise InvalidInput(f"the backup has tables this schema lacks: {', '.join(sorted(unknown))}")
    done = 0
    for table in tables.values():  # foreign-key order
        entry = expected.get(table.name)
        if entry is None:
            continue
        decode = _decoder(table)
        for batch in _batches(_read_rows(source / "tables" / f"{table.name}.jsonl"), BATCH):
            connection.execute(table.insert(), [decode(row) for row in batch])
            done += len(batch)
            if progress:
                progress(done, manifest.rows)
    if connection.dialect.name == "postgresql":
        _reset_sequences(connection, list(tables.values()))
    for table in tables.values():  # read back what was written, the same way a backup reads it
        entry = expected.get(table.name)
        if entry is None:
            continue
        digest, rows = hashlib.sha256(), 0
        for line in _lines(connection, table):
            digest.update(line.encode("utf-8"))
            rows += 1
        if rows != entry.rows or digest.hexdigest() != entry.sha256:
            raise InvalidInput(
                f"the restored table {table.name} does not match the backup ({rows} rows, expected "
                f"{entry.rows}; checksums {'equal' if digest.hexdigest() == entry.sha256 else 'differ'}): "
                "nothing was written"
            )


def _restore_files(settings: Settings, source: Path, manifest: Manifest) -> bool:
    """Put the index files in place when they were built with this installation's model (the next start loads
    them if their digest matches the restored database); otherwise leave no index, and the start rebuilds it."""
    shutil.rmtree(settings.index_dir, ignore_errors=True)
    if manifest.ranker:
        shutil.copy2(source / "ranker.json", settings.trained_ranker_file)
    index = manifest.index
    if not index or not (source / "index" / "meta.json").is_file():
        return False
    model = encoder_name(
        resolve_model(settings.model, settings.model_registry).name, settings.encoder_backend
    )
    if index.get("model") != model:
        log.warning(
            "the backup's index was built with the model %s, not %s: it will be rebuilt",
            index.get("model"),
            model,
        )
        return False
    shutil.copytree(source / "index", settings.index_dir)
    return True
