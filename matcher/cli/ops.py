"""`matcher db upgrade | current | downgrade` and `matcher backup | restore`: the operator's commands."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from matcher.cli.context import database_engine, fail, progress_bar, runtime, settings
from matcher.engine.ann import IndexSet
from matcher.errors import MatcherError
from matcher.ops import backup as backups
from matcher.ops import migrations
from matcher.ops import restore as restores

out = Console(soft_wrap=True)  # revisions and paths stay on one line when piped

app = typer.Typer(help="The database schema: apply or undo migrations.", no_args_is_help=True)


@app.command("upgrade")
def upgrade(
    revision: Annotated[str, typer.Argument(help="The revision to migrate to.")] = "head",
) -> None:
    """Apply the migrations up to REVISION (the newest by default); creates the schema in an empty database."""
    with database_engine() as db:
        done = migrations.upgrade(db, revision)
    if done.stamped:
        out.print(
            f"the database was made before migrations existed: recognised and stamped with {done.before}"
        )
    if done.before == done.after:
        out.print(f"the database is at revision {done.after}: nothing to do")
    else:
        out.print(
            f"the database was migrated from {done.before or 'an empty schema'} to revision {done.after}"
        )


@app.command("current")
def current() -> None:
    """Show the database's revision and whether it is the newest this Matchwerk knows."""
    with database_engine() as db:
        revision = migrations.database_revision(db)
    head = migrations.head_revision()
    if revision == head:
        out.print(f"{revision} (head)")
    elif revision is None:
        out.print(f"(none): the schema is not created yet; `matcher db upgrade` creates it (head {head})")
    elif migrations.is_known(revision):
        out.print(f"{revision} (behind: head is {head}; run `matcher db upgrade`)")
    else:
        out.print(f"{revision} (unknown to this Matchwerk, whose head is {head}: a newer version made it)")


@app.command("downgrade")
def downgrade(
    revision: Annotated[str, typer.Argument(help="The revision to go back to; `base` drops every table.")],
) -> None:
    """Undo migrations down to REVISION (back up first: undoing a migration can drop data)."""
    with database_engine() as db:
        done = migrations.downgrade(db, revision)
    out.print(f"the database was taken from revision {done.before} to {done.after or 'base (no tables)'}")


def backup(
    directory: Annotated[Path, typer.Argument(help="A new or empty folder to write the backup into.")],
) -> None:
    """Write a consistent snapshot of the database (every table, one JSONL file each, with a manifest of
    counts and checksums) and a copy of the index into DIRECTORY, while the app keeps running."""
    try:
        with progress_bar("backing up") as update:
            manifest = backups.backup(settings(), directory, progress=update)
    except MatcherError as exc:
        fail(exc)
    index = "with the index" if manifest.index else "without an index (a restore rebuilds it)"
    out.print(
        f"backed up {manifest.rows} rows of {len(manifest.tables)} tables (revision {manifest.revision}) "
        f"{index} to {directory}"
    )


def restore(
    directory: Annotated[
        Path,
        typer.Argument(help="A folder written by `matcher backup`.", exists=True, file_okay=False),
    ],
) -> None:
    """Restore a backup into an empty install (on any backend: SQLite or PostgreSQL), check every table's
    count and checksum, and load the index from the backup or rebuild it from the database."""
    try:
        with progress_bar("restoring") as update:
            report = restores.restore(settings(), directory, progress=update)
    except MatcherError as exc:
        fail(exc)
    manifest = report.manifest
    with runtime() as rt:  # loads the copied index if it matches the database, else rebuilds it
        meta = IndexSet.read_meta(rt.settings.index_dir)
    reused = bool(
        report.index_copied and manifest.index and meta and meta.built_at == manifest.index["built_at"]
    )
    index = "index restored" if reused else "index rebuilt from the database"
    upgraded = f", then migrated to {report.upgraded_to}" if report.upgraded_to else ""
    out.print(
        f"restored {manifest.rows} rows of {len(manifest.tables)} tables (revision {manifest.revision}"
        f"{upgraded}); counts and checksums verified; {index}"
    )
