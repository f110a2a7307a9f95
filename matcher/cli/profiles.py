"""`matcher import`, `import-cooperations`, `export`, `import-een`, `export-een` and `demo`: organisations in and out of the database."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from matcher.cli.context import console, database, fail, out, progress_bar, runtime, settings, unit_of_work
from matcher.errors import MatcherError
from matcher.kit.db import transaction
from matcher.kit.files import atomic_writer

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from matcher.indexing.service import Indexer


@contextmanager
def _installation(dry_run: bool) -> Iterator[tuple[sessionmaker[Session], Indexer | None]]:
    """The session factory and the indexer for an import; a dry run validates only: the database alone, no
    model and no index."""
    if dry_run:
        with database() as factory:
            yield factory, None
        return
    with runtime() as rt:
        yield rt.session_factory, rt.indexer


def import_(
    file: Annotated[
        Path, typer.Argument(help="JSONL (one organisation a line) or CSV file.", exists=True, dir_okay=False)
    ],
    format: Annotated[
        str | None, typer.Option("--format", help="jsonl or csv (default: from the file name).")
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; write nothing.")] = False,
) -> None:
    """Import organisations: upsert by ref; any bad row fails the whole import and writes nothing."""
    from matcher.profiles.importer import detect_format, import_organisations

    try:
        fmt = detect_format(file.name, format)
    except MatcherError as exc:
        fail(exc)
    with _installation(dry_run) as (factory, indexer):
        try:
            with progress_bar("embedding") as update, transaction(factory) as session:
                report = import_organisations(
                    session,
                    file,
                    fmt=fmt,
                    indexer=indexer,
                    dry_run=dry_run,
                    limit=settings().max_import_bytes,
                    progress=update,
                )
        except MatcherError as exc:
            fail(exc)
    if dry_run:
        out.print(f"{report.rows} rows are valid (dry run: nothing written)")
    else:
        out.print(
            f"imported {report.rows} rows: {report.created} created, {report.updated} updated, "
            f"{report.unchanged} unchanged; {report.encoded} texts encoded"
        )


def import_cooperations(
    file: Annotated[
        Path, typer.Argument(help="CSV with columns a_ref,b_ref,year,source.", exists=True, dir_okay=False)
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; write nothing.")] = False,
) -> None:
    """Import known cooperations into the cooperation network."""
    from matcher.profiles.importer import import_cooperations as run_import

    with _installation(dry_run) as (factory, indexer):
        try:
            with transaction(factory) as session:
                report = run_import(
                    session,
                    file,
                    indexer=indexer,
                    dry_run=dry_run,
                    limit=settings().max_import_bytes,
                )
        except MatcherError as exc:
            fail(exc)
    verb = (
        "are valid (dry run: nothing written)"
        if dry_run
        else f"read: {report.created} new, {report.unchanged} known"
    )
    out.print(f"{report.rows} cooperations {verb}")


def export(
    file: Annotated[str, typer.Argument(help="Where to write the JSONL; `-` for standard output.")],
) -> None:
    """Export every organisation (with contacts and opportunities) in the import format."""
    from matcher.profiles.importer import export_organisations

    with unit_of_work() as session:  # the database alone: no model, no index
        if file == "-":
            count = export_organisations(session, sys.stdout)
        else:  # the file appears only once complete: a failed or killed export leaves an earlier one intact
            with atomic_writer(Path(file)) as fh:
                count = export_organisations(session, fh)
    console.print(f"exported {count} organisations")


def import_een(
    file: Annotated[
        Path,
        typer.Argument(
            help="JSON Lines file of EEN partnering profiles, one a line.", exists=True, dir_okay=False
        ),
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; write nothing.")] = False,
) -> None:
    """Import EEN partnering profiles as opportunities: upsert by reference; a bad line writes nothing."""
    from matcher.profiles.een_exchange import import_een as run_import

    with _installation(dry_run) as (factory, indexer):
        try:
            with progress_bar("embedding") as update, transaction(factory) as session:
                report = run_import(
                    session,
                    file,
                    indexer=indexer,
                    dry_run=dry_run,
                    limit=settings().max_import_bytes,
                    progress=update,
                )
        except MatcherError as exc:
            fail(exc)
    done = "are valid (dry run: nothing written)" if dry_run else "imported"
    out.print(
        f"{report.profiles} EEN profiles {done}: {report.created} new, {report.updated} changed, "
        f"{report.unchanged} unchanged opportunities; {report.organisations_created} new organisations"
    )


def export_een(
    file: Annotated[
        str, typer.Option("--out", help="Where to write the JSON Lines; standard output without it.")
    ] = "-",
) -> None:
    """Export the published opportunities of organisations that are not hidden as EEN partnering profiles."""
    from matcher.profiles.een_exchange import write_een

    with unit_of_work() as session:  # the database alone: no model, no index
        if file == "-":
            count = write_een(session, sys.stdout)
        else:
            with atomic_writer(Path(file)) as fh:
                count = write_een(session, fh)
    console.print(f"exported {count} EEN profiles")


def demo(
    force: Annotated[bool, typer.Option(help="Import again even if the demo is already loaded.")] = False,
) -> None:
    """Load the demo ecosystem, its corporate challenges, its matchmaking event and its talent programme
    (skipped when they are already there)."""
    from matcher.challenges.demo import DemoLoader, parse_demo
    from matcher.events.demo import DemoLoader as EventDemoLoader
    from matcher.events.demo import parse_demo as parse_event_demo
    from matcher.profiles.importer import import_organisations
    from matcher.profiles.repository import OrganisationRepository
    from matcher.talent.demo import DemoLoader as TalentDemoLoader
    from matcher.talent.demo import parse_demo as parse_talent_demo

    conf = settings()
    refs = [
        json.loads(line)["ref"]
        for line in conf.demo_file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    challenges_file = conf.demo_file.with_name("challenges.jsonl")
    events_file = conf.demo_file.with_name("events.jsonl")
    talent_file = conf.demo_file.with_name("talent.jsonl")
    try:  # every file validates before anything is written
        demos = parse_demo(challenges_file.read_text(encoding="utf-8")) if challenges_file.exists() else []
        events = parse_event_demo(events_file.read_text(encoding="utf-8")) if events_file.exists() else []
        talent = parse_talent_demo(talent_file.read_text(encoding="utf-8")) if talent_file.exists() else []
    except MatcherError as exc:
        fail(exc)
    with unit_of_work() as session:
        orgs_there = len(OrganisationRepository(session).ids_by_ref(refs)) == len(refs)
        challenges_missing = bool(DemoLoader(session, None).missing(demos)) if orgs_there else bool(demos)
        events_missing = bool(EventDemoLoader(session).missing(events)) if orgs_there else bool(events)
        talent_missing = bool(TalentDemoLoader(session).missing(talent)) if orgs_there else bool(talent)
    if orgs_there and not force and not (challenges_missing or events_missing or talent_missing):
        console.print(
            f"the demo ecosystem is already loaded ({len(refs)} organisations, {len(demos)} challenges, "
            f"{len(events)} events, {len(talent)} talent programmes)"
        )
        return
    with runtime() as rt:
        try:
            if force or not orgs_there:
                with progress_bar("embedding the demo") as update, transaction(rt.session_factory) as session:
                    report = import_organisations(
                        session, conf.demo_file, fmt="jsonl", indexer=rt.indexer, progress=update
                    )
                out.print(
                    f"demo ecosystem loaded: {report.created} created, {report.updated} updated, "
                    f"{report.unchanged} unchanged"
                )
            with transaction(rt.session_factory) as session:
                loaded = DemoLoader(session, rt.recommender, rt.indexer).load(demos)
            with transaction(rt.session_factory) as session:
                loaded_events = EventDemoLoader(session, rt.recommender, rt.indexer).load(events)
            with transaction(rt.session_factory) as session:
                loaded_talent = TalentDemoLoader(session, rt.recommender).load(talent)
        except MatcherError as exc:
            fail(exc)
    out.print(f"demo challenges: {len(loaded.created)} created, {len(loaded.skipped)} already there")
    if loaded.not_invited:
        console.print(f"not proposed by the engine, so not invited: {', '.join(loaded.not_invited)}")
    out.print(
        f"demo events: {len(loaded_events.created)} created ({loaded_events.meetings} meetings scheduled), "
        f"{len(loaded_events.skipped)} already there"
    )
    out.print(
        f"demo talent programmes: {len(loaded_talent.created)} created ({loaded_talent.placed} participants "
        f"placed), {len(loaded_talent.skipped)} already there"
    )
