"""The `matcher` command line: serve, load data, match and search."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from matcher.config import Settings
from matcher.errors import ImportFailed, MatcherError
from matcher.evaluation.cli import eval_app
from matcher.kit.db import transaction
from matcher.kit.files import atomic_writer
from matcher.matching.batch import recommendable_ids, recommendation_lines
from matcher.ops.cli import add_backup_commands, make_db_app
from matcher.profiles.vocab import Kind
from matcher.runtime import Runtime, freeze_loaded, open_runtime
from matcher.workspace.cli import make_batch_apps, make_expiry_apps, make_users_app

log = logging.getLogger(__name__)

app = typer.Typer(help="Matchwerk: matchmaking for regional innovation ecosystems.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
console = Console(stderr=True, soft_wrap=True)  # error lines stay whole when piped
out = Console()

_state: dict[str, object] = {}


@app.callback()
def main(
    data_dir: Annotated[
        Path | None, typer.Option(help="Data directory (overrides MATCHER_DATA_DIR).", show_default=False)
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s"
    )
    _state["overrides"] = {"data_dir": data_dir} if data_dir else {}


def settings() -> Settings:
    """The settings from the environment and the global options; bad ones end the command with exit code 2."""
    try:
        return Settings(**_state.get("overrides", {}))  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = "; ".join(
            f"MATCHER_{'_'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors()
        )
        console.print(f"error: invalid settings: {problems}", markup=False, highlight=False)
        raise typer.Exit(2) from None


app.add_typer(make_users_app(settings), name="users")


@contextmanager
def progress_bar(description: str) -> Iterator[callable]:  # type: ignore[valid-type]
    """A progress bar on a terminal; elsewhere (cron, containers, pipes) a log line every tenth of the way."""
    on_terminal = console.is_terminal or _progress_forced()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not on_terminal,
    ) as bar:
        task = bar.add_task(description, total=None)
        logged = [-1]

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)
            tenth = 10 * done // total if total else 10
            if not on_terminal and tenth != logged[0]:
                logged[0] = tenth
                log.info("%s: %d of %d", description, done, total)

        yield update


def _progress_forced() -> bool:
    return False


@contextmanager
def runtime(load_index: bool = True) -> Iterator[Runtime]:
    try:
        with progress_bar("indexing") as update:
            rt = open_runtime(settings(), load_index=load_index, progress=update)
    except MatcherError as exc:
        fail(exc)
    try:
        yield rt
    finally:
        rt.close()


_alerts_app, _queue_app = make_batch_apps(runtime)
app.add_typer(_alerts_app, name="alerts")
app.add_typer(_queue_app, name="queue")
_introductions_app, _opportunities_app = make_expiry_apps(settings, runtime)
app.add_typer(_introductions_app, name="introductions")
app.add_typer(_opportunities_app, name="opportunities")
app.add_typer(make_db_app(settings, lambda exc: fail(exc)), name="db")
add_backup_commands(app, settings, runtime, progress_bar, lambda exc: fail(exc))


def fail(exc: MatcherError) -> None:
    if isinstance(exc, ImportFailed) and isinstance(exc.detail, list):
        console.print(f"[red]import failed:[/red] {len(exc.detail)} problem(s); nothing was written")
        for err in exc.detail:
            ref = f" (ref {err['ref']})" if err.get("ref") else ""
            console.print(
                f"  line {err['line']}{ref}: {err['field']}: {err['message']}", markup=False, highlight=False
            )
    else:
        console.print(f"error: {exc.message}", markup=False, highlight=False)
    raise typer.Exit(1)


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the API."""
    import uvicorn

    from matcher.kit.logs import configure_logging
    from matcher.web.app import create_app

    config = settings()
    configure_logging(config.resolved_log_format, config.log_level)
    console.print(f"Matchwerk on http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_config=None,  # configure_logging's format; matcher.access logs each request instead of uvicorn
        access_log=False,
        proxy_headers=True,  # scheme and client address from X-Forwarded-* of the trusted proxies only
        forwarded_allow_ips=config.forwarded_allow_ips,
    )


@app.command("import")
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
    with runtime(load_index=not dry_run) as rt:
        try:
            with progress_bar("embedding") as update, transaction(rt.session_factory) as session:
                report = import_organisations(
                    session,
                    file,
                    fmt=fmt,
                    indexer=None if dry_run else rt.matching,
                    dry_run=dry_run,
                    limit=rt.settings.max_import_bytes,
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


@app.command("import-cooperations")
def import_cooperations(
    file: Annotated[
        Path, typer.Argument(help="CSV with columns a_ref,b_ref,year,source.", exists=True, dir_okay=False)
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Validate only; write nothing.")] = False,
) -> None:
    """Import known cooperations into the cooperation network."""
    from matcher.profiles.importer import import_cooperations as run_import

    with runtime(load_index=not dry_run) as rt:
        try:
            with transaction(rt.session_factory) as session:
                report = run_import(
                    session,
                    file,
                    indexer=None if dry_run else rt.matching,
                    dry_run=dry_run,
                    limit=rt.settings.max_import_bytes,
                )
        except MatcherError as exc:
            fail(exc)
    verb = (
        "are valid (dry run: nothing written)"
        if dry_run
        else f"read: {report.created} new, {report.unchanged} known"
    )
    out.print(f"{report.rows} cooperations {verb}")


@app.command()
def export(
    file: Annotated[str, typer.Argument(help="Where to write the JSONL; `-` for standard output.")],
) -> None:
    """Export every organisation (with contacts and opportunities) in the import format."""
    from matcher.profiles.importer import export_organisations

    with runtime(load_index=False) as rt, transaction(rt.session_factory) as session:
        if file == "-":
            count = export_organisations(session, sys.stdout)
        else:  # the file appears only once complete: a failed or killed export leaves an earlier one intact
            with atomic_writer(Path(file)) as fh:
                count = export_organisations(session, fh)
    console.print(f"exported {count} organisations")


@app.command()
def demo(
    force: Annotated[bool, typer.Option(help="Import again even if the demo is already loaded.")] = False,
) -> None:
    """Load the demo ecosystem (skipped when it is already there)."""
    from matcher.kit.db import make_engine, make_session_factory
    from matcher.ops.migrations import ensure_schema
    from matcher.profiles.importer import import_organisations
    from matcher.profiles.repository import OrganisationRepository

    conf = settings()
    refs = [
        json.loads(line)["ref"]
        for line in conf.demo_file.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if not force:
        conf.data_dir.mkdir(parents=True, exist_ok=True)
        engine = make_engine(conf.resolved_database_url)
        try:
            ensure_schema(engine, migrate=conf.migrate_on_start)
            with transaction(make_session_factory(engine)) as session:
                present = OrganisationRepository(session).ids_by_ref(refs)
        except MatcherError as exc:
            fail(exc)
        finally:
            engine.dispose()
        if len(present) == len(refs):
            console.print(f"the demo ecosystem is already loaded ({len(refs)} organisations)")
            return
    with runtime() as rt:
        try:
            with progress_bar("embedding the demo") as update, transaction(rt.session_factory) as session:
                report = import_organisations(
                    session, conf.demo_file, fmt="jsonl", indexer=rt.matching, progress=update
                )
        except MatcherError as exc:
            fail(exc)
    out.print(
        f"demo ecosystem loaded: {report.created} created, {report.updated} updated, {report.unchanged} unchanged"
    )


@app.command()
def train(
    max_queries: Annotated[
        int, typer.Option(help="Organisations per period to learn from and to validate on.")
    ] = 400,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Where to save the ranker (default: DATA_DIR/ranker.json).")
    ] = None,
) -> None:
    """Learn the ranker's weights from this installation's cooperation history (earlier years to learn,
    the latest year to validate) and save them; the engine uses them from then on."""
    from matcher.matching.training import Trainer

    with runtime() as rt:
        try:
            with progress_bar("learning") as update:
                report = Trainer(rt.matching, rt.session_factory).train(
                    max_queries=max_queries, progress=update
                )
        except MatcherError as exc:
            fail(exc)
        path = out_file or rt.settings.trained_ranker_file
        report.ranker.save(path)
    table = Table(title=f"Learned weights (saved to {path})")
    table.add_column("feature")
    table.add_column("weight", justify="right")
    for name, weight in sorted(report.ranker.weights.items(), key=lambda kv: -kv[1]):
        table.add_row(name, f"{weight:.3f}")
    out.print(table)
    out.print(
        f"learned on {report.learn_queries} organisations of {', '.join(map(str, report.learn_years))} "
        f"({report.pairs} pairs); validated on {report.validation_queries} of {report.validation_year}: "
        "nDCG@10 "
        + ", ".join(f"{name} {value:.4f}" for name, value in report.validation.items())
        + f"; kept: {report.chosen}"
    )


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOption = Annotated[
    Engine, typer.Option(help="local: this process; ray: Ray actors (docs/scaling.md).", case_sensitive=False)
]
RayAddressOption = Annotated[
    str | None,
    typer.Option(
        help="With --engine ray: the cluster to run on (HOST:PORT of its head; overrides MATCHER_RAY_ADDRESS); "
        "unset: a local instance on 127.0.0.1.",
        show_default=False,
    ),
]
WorkersOption = Annotated[
    int | None,
    typer.Option(
        min=1,
        help="With --engine ray: actors (one CPU each; overrides MATCHER_RAY_WORKERS).",
        show_default=False,
    ),
]


@contextmanager
def ray_cluster(rt: Runtime, address: str | None, workers: int | None) -> Iterator[int]:
    """Ray for one command (see `ray_session`); yields the number of workers to use."""
    from matcher.matching.distributed import ray_session

    conf = rt.settings
    count = workers or conf.ray_workers
    try:
        with ray_session(address or conf.ray_address, num_cpus=count, temp_dir=conf.ray_temp_dir):
            yield count
    except MatcherError as exc:
        fail(exc)


@app.command()
def reindex(
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Rebuild the vector indexes from the database (re-encoding only texts the cache has not seen)."""
    with runtime(load_index=False) as rt:
        if engine is Engine.ray:
            from matcher.matching.distributed import rebuild_on_ray

            with ray_cluster(rt, ray_address, workers) as count, progress_bar("reindexing") as update:
                counts = rebuild_on_ray(rt.matching, rt.settings, count, progress=update)
        else:
            with progress_bar("reindexing") as update:
                counts = rt.matching.rebuild(progress=update)
    out.print("index rebuilt: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


def _kinds(kinds: list[Kind] | None) -> list[str] | None:
    return [k.value for k in kinds] if kinds else None


def _org_id(rt: Runtime, ref: str) -> int:
    from matcher.profiles.service import ProfileService

    with transaction(rt.session_factory) as session:
        try:
            return ProfileService(session).get_by_ref(ref).id
        except MatcherError as exc:
            fail(exc)
    raise AssertionError("unreachable")


@app.command()
def match(
    ref: Annotated[str, typer.Argument(help="The organisation's ref.")],
    k: Annotated[int, typer.Option("--k", help="How many matches.")] = 10,
    kind: Annotated[list[Kind] | None, typer.Option(help="Only these kinds (repeat for several).")] = None,
    near: Annotated[str | None, typer.Option(help="A city or lat,lon.")] = None,
    radius_km: Annotated[float | None, typer.Option(help="Kilometres around --near.")] = None,
    pairing: Annotated[str | None, typer.Option(help="default or any.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Suggest partners for one organisation, with the reasons."""
    with runtime() as rt:
        try:
            filters = rt.matching.make_filters(_kinds(kind), None, near, radius_km, pairing)
            result = rt.matching.match(_org_id(rt, ref), k=k, filters=filters)
        except MatcherError as exc:
            fail(exc)
    if as_json:
        out.print_json(result.model_dump_json())
        return
    table = Table(title=f"Partners for {result.organisation.name}")
    for column in ("#", "organisation", "kind", "city", "score", "why"):
        table.add_column(column)
    for rank, m in enumerate(result.data, start=1):
        top = sorted(m.parts, key=lambda p: -p.share)[:2]
        why = ", ".join(f"{p.name} {p.share:.0%}" for p in top)
        if m.need_offer:
            why += f"\nseeks: {m.need_offer.need[:60]}\noffers: {m.need_offer.offer[:60]}"
        table.add_row(
            str(rank),
            m.organisation.name,
            m.organisation.kind or "?",
            m.organisation.city or "",
            f"{m.score:.3f}",
            why,
        )
    out.print(table)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="A question in German or English.")],
    k: Annotated[int, typer.Option("--k", help="How many results.")] = 10,
    kind: Annotated[list[Kind] | None, typer.Option(help="Only these kinds (repeat for several).")] = None,
    near: Annotated[str | None, typer.Option(help="A city or lat,lon.")] = None,
    radius_km: Annotated[float | None, typer.Option(help="Kilometres around --near.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search organisations and opportunities in free text."""
    with runtime() as rt:
        try:
            result = rt.matching.search(
                text, k=k, filters=rt.matching.make_filters(_kinds(kind), None, near, radius_km)
            )
        except MatcherError as exc:
            fail(exc)
    if as_json:
        out.print_json(result.model_dump_json())
        return
    table = Table(title=f"Search: {text}")
    for column in ("#", "organisation", "kind", "city", "score", "matched"):
        table.add_column(column)
    for rank, h in enumerate(result.organisations, start=1):
        table.add_row(
            str(rank),
            h.organisation.name,
            h.organisation.kind or "?",
            h.organisation.city or "",
            f"{h.score:.3f}",
            h.matched_text[:80],
        )
    out.print(table)


@app.command()
def recommend(
    out_file: Annotated[Path, typer.Option("--out", help="JSONL file to write.")],
    all_: Annotated[bool, typer.Option("--all", help="For every organisation that is not hidden.")] = False,
    k: Annotated[int, typer.Option("--k", help="Matches per organisation.")] = 10,
    pairing: Annotated[str | None, typer.Option(help="default or any.")] = None,
    engine: EngineOption = Engine.local,
    ray_address: RayAddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Write the best matches of every organisation: one line `{"ref", "matches": [{"ref", "score"}]}`."""
    if not all_:
        console.print("error: say --all (recommendations for every organisation)")
        raise typer.Exit(2)
    with runtime() as rt:
        try:
            filters = rt.matching.make_filters(pairing=pairing)
        except MatcherError as exc:
            fail(exc)
        ids = recommendable_ids(rt.matching)
        rt.matching.refresh_feedback()
        freeze_loaded()
        if engine is Engine.ray:
            from matcher.matching.distributed import recommendations_on_ray

            with ray_cluster(rt, ray_address, workers) as count:
                _write_recommendations(
                    out_file,
                    len(ids),
                    recommendations_on_ray(rt.matching, rt.settings, ids, k, pairing, count),
                )
        else:
            lines = recommendation_lines(rt.matching, ids, k, filters)
            _write_recommendations(
                out_file, len(ids), (json.dumps(line, ensure_ascii=False) for line in lines)
            )
    console.print(f"wrote recommendations for {len(ids)} organisations to {out_file}")


def _write_recommendations(out_file: Path, total: int, lines: Iterator[str]) -> None:
    # the file appears complete at the end or not at all: a killed run leaves no truncated output
    try:
        with progress_bar("recommending") as update, atomic_writer(out_file) as fh:
            for done, line in enumerate(lines, start=1):
                fh.write(line + "\n")
                update(done, total)
    except MatcherError as exc:
        fail(exc)


if __name__ == "__main__":  # pragma: no cover
    app()
