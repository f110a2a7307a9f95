"""Restore a backup (`backup.py` writes them): refuses a database that holds any row, migrates the empty one to
the backup's revision, inserts the rows parents first, resets PostgreSQL's sequences, checks every table's count
and checksum before it commits, and then upgrades to the head."""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, MetaData, Table, func, inspect, select, text

from matcher.config import Settings
from matcher.embeddings.backends import encoder_name
from matcher.embeddings.encoder import resolve_model
from matcher.errors import Conflict, InvalidInput
from matcher.kit.db import make_engine
from matcher.ops.backup import BATCH, Manifest, Progress, decoder, reflect, table_lines
from matcher.ops.migrations import (
    current_revision,
    downgrade,
    head_revision,
    is_known,
    script_directory,
    upgrade,
)

log = logging.getLogger(__name__)


@dataclass
class RestoreReport:
    manifest: Manifest
    index_copied: bool = False
    upgraded_to: str | None = None
    notes: list[str] = field(default_factory=list)


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
    tables = {t.name: t for t in reflect(connection)}
    expected = {entry.name: entry for entry in manifest.tables}
    unknown = set(expected) - set(tables)
    if unknown:
        raise InvalidInput(f"the backup has tables this schema lacks: {', '.join(sorted(unknown))}")
    done = 0
    for table in tables.values():  # foreign-key order
        entry = expected.get(table.name)
        if entry is None:
            continue
        decode = decoder(table)
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
        for line in table_lines(connection, table):
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
