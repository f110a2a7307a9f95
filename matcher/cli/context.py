"""What every `matcher` command shares: the global options, the settings they give, the two ways to open the
installation (the database alone, or the full runtime with the embedding model and the index), the progress
bar, and how an error ends a command. No command module is imported here; they all import this one."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from matcher.audit import listener as audit_log
from matcher.config import Settings
from matcher.errors import ImportFailed, MatcherError
from matcher.kit.db import make_engine, make_session_factory, transaction
from matcher.ops.migrations import ensure_schema
from matcher.runtime import Runtime, open_runtime

log = logging.getLogger(__name__)

console = Console(stderr=True, soft_wrap=True)  # error lines stay whole when piped
out = Console()

_state: dict[str, object] = {}


def main(
    data_dir: Annotated[
        Path | None, typer.Option(help="Data directory (overrides MATCHER_DATA_DIR).", show_default=False)
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log what happens.")] = False,
) -> None:
    """The global options (the app's callback): they go before the command's name."""
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


def fail(error: MatcherError | ValidationError | str) -> NoReturn:
    """End the command with exit code 1: one line `error: ...` on standard error (a validation error's fields
    joined into it), or an import's problems."""
    if isinstance(error, ImportFailed) and isinstance(error.detail, list):
        console.print(f"[red]import failed:[/red] {len(error.detail)} problem(s); nothing was written")
        for err in error.detail:
            ref = f" (ref {err['ref']})" if err.get("ref") else ""
            console.print(
                f"  line {err['line']}{ref}: {err['field']}: {err['message']}", markup=False, highlight=False
            )
    else:
        if isinstance(error, ValidationError):
            message = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        else:
            message = error.message if isinstance(error, MatcherError) else error
        console.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(1)


@contextmanager
def progress_bar(description: str) -> Iterator[Callable[[int, int], None]]:
    """A progress bar on a terminal; elsewhere (cron, containers, pipes) a log line every tenth of the way."""
    on_terminal = console.is_terminal
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


@contextmanager
def progress_line(description: str) -> Iterator[Callable[[str], None]]:
    """For work whose steps are not known ahead (a solver's search): a spinner, the time elapsed and a line of
    what is happening (`update(text)`) on a terminal; elsewhere a log line each time the text changes."""
    on_terminal = console.is_terminal
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=False,
        disable=not on_terminal,
    ) as line:
        task = line.add_task(description, total=None)
        said = [""]

        def update(text: str) -> None:
            line.update(task, description=f"{description}: {text}")
            if not on_terminal and text != said[0]:
                said[0] = text
                log.info("%s: %s", description, text)

        yield update


@contextmanager
def runtime(load_index: bool = True) -> Iterator[Runtime]:
    """The full runtime for one command: the database, the embedding model and (unless not wanted) the index."""
    try:
        with progress_bar("indexing") as update:
            rt = open_runtime(settings(), load_index=load_index, progress=update)
    except MatcherError as exc:
        fail(exc)
    try:
        yield rt
    finally:
        rt.close()


@contextmanager
def database_engine() -> Iterator[Engine]:
    """The configured database as it is (no migration: for `matcher db`); an error ends the command (1)."""
    conf = settings()
    conf.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(conf.resolved_database_url, conf.database_connections)
    try:
        yield engine
    except MatcherError as exc:
        fail(exc)
    finally:
        engine.dispose()


@contextmanager
def database() -> Iterator[sessionmaker[Session]]:
    """The database alone, for the commands that need no model and no index: its schema made current as
    `open_runtime` does (see `ensure_schema`), and a session factory on it."""
    conf = settings()
    with database_engine() as engine:
        ensure_schema(engine, migrate=conf.migrate_on_start)
        audit_log.install()
        yield make_session_factory(engine)


@contextmanager
def unit_of_work() -> Iterator[Session]:
    """One transaction on the database alone (see `database`): committed when the command's block succeeds."""
    with database() as factory, transaction(factory) as session:
        yield session
