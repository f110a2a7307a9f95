"""`matcher eval expertise`: expert finding on long English texts (Debian's package descriptions), TF-IDF and
embedding models, each with the max, top3 and one-vector aggregates. `matcher.cli` registers it on `matcher
eval`'s app; the check itself lives in `matcher.evaluation.expertise`."""

from __future__ import annotations

import os
import platform
import shlex
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.context import console, fail, out, progress_bar, settings
from matcher.errors import MatcherError
from matcher.evaluation import debian
from matcher.evaluation import expertise as check
from matcher.evaluation.report import engine_version

DEFAULT_LISTS = Path("var") / "eval" / "debian-lists"  # beside the data directory of the working folder


def _say(line: str) -> None:
    console.print(line, markup=False, highlight=False)


def _command(models: str, lists: Path, experts: int, seed: int, out_file: Path | None) -> str:
    parts = ["matcher", "eval", "expertise"]
    if models != ",".join(check.DEFAULT_MODELS):
        parts += ["--models", models]
    if lists != DEFAULT_LISTS:
        parts += ["--lists", str(lists)]
    if experts != check.ExpertiseOptions.experts:
        parts += ["--experts", str(experts)]
    if seed:
        parts += ["--seed", str(seed)]
    if out_file is not None:
        parts += ["--out", str(out_file)]
    return shlex.join(parts)


def _table(run: check.ExpertiseRun) -> Table:
    table = Table(
        title=f"Expert finding on Debian's package descriptions: {len(run.experts)} experts and queries"
    )
    for column in ("scorer", "aggregate", "loss", "accuracy@1", "MRR", "texts/s"):
        table.add_column(column, justify="left" if column in ("scorer", "aggregate") else "right")
    speed = {m.name: m.texts_per_second for m in run.models}
    for s in run.scores:
        rate = f"{speed[s.scorer]:,.0f}" if s.scorer in speed else ""
        table.add_row(s.scorer, s.aggregate, f"{s.loss:.3f}", f"{s.accuracy:.3f}", f"{s.mrr:.3f}", rate)
    return table


def expertise(
    models: Annotated[
        str,
        typer.Option(
            "--models",
            help="Comma-separated embedding models beside TF-IDF; a name the registry does not know is skipped.",
        ),
    ] = ",".join(check.DEFAULT_MODELS),
    lists: Annotated[
        Path,
        typer.Option(
            help="An apt lists folder with *_Packages and *_Translation-en files; fetched with apt-get when it "
            "holds none.",
            file_okay=False,
        ),
    ] = DEFAULT_LISTS,
    experts: Annotated[
        int, typer.Option(min=2, help="How many maintainers to sample (each is one query's true expert).")
    ] = check.ExpertiseOptions.experts,
    seed: Annotated[
        int, typer.Option(help="Seed of the sample, the held-out packages and the profiles.")
    ] = 0,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Also write the report as Markdown here.")
    ] = None,
) -> None:
    """Who can help with this? Expert finding on Debian's English package descriptions.

    One text per source package, one maintainer each; every sampled maintainer's held-out package is a query
    against all sampled maintainers' other packages. Reports the pair-ordering loss, accuracy@1 and MRR of
    TF-IDF and each model, with the max, top3 and one-vector aggregates of a profile's texts.
    """
    names = tuple(name.strip() for name in models.split(",") if name.strip())
    try:
        if not debian.list_files(lists, "Packages"):
            _say(f"no package lists in {lists}: fetching them with {shlex.join(debian.fetch_command(lists))}")
            debian.fetch_lists(lists)
        options = check.ExpertiseOptions(lists=lists, models=names, experts=experts, seed=seed)
        run = check.run_expertise(options, settings(), _say, progress_bar)
    except MatcherError as exc:
        fail(exc)
    command = _command(models, lists, experts, seed, out_file)
    out.print(_table(run))
    _say(f"run time {run.seconds:.0f} s; {command}")
    if out_file is not None:
        cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
        measured = (
            f"Measured {date.today().isoformat()} on {platform.machine()} with {cores} CPU cores, code at "
            f"`{engine_version()}`"
        )
        out_file.parent.mkdir(parents=True, exist_ok=True)
        report = check.render_markdown(run, command, debian.describe_lists(lists), measured)
        out_file.write_text(
            "# Expert finding on Debian's package descriptions\n\n" + report, encoding="utf-8"
        )
        _say(f"wrote {out_file}")
