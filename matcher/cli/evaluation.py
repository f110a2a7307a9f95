"""`matcher eval ...`: the benchmarks of match quality. `crosslingual` (German <-> English retrieval of embedding
models), `cordis` (the CORDIS match-quality benchmark) and `score` (a recommendations file against a gold file,
for the same benchmark run with the product's normal commands). The benchmarks themselves live in
`matcher.evaluation`; this module reads the options and prints the tables."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import numpy as np
import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from matcher.cli.context import console, fail, out, settings
from matcher.errors import MatcherError
from matcher.evaluation import crosslingual, debian_translations
from matcher.evaluation.benchmark import (
    DEFAULT_CUTOFF,
    DEFAULT_DATA,
    RANK_DEPTH,
    CordisOptions,
    StepProgress,
    run_cordis,
    select_queries,
)
from matcher.evaluation.cordis import build_split, load_raw, write_split
from matcher.evaluation.files import read_gold, read_recommendations
from matcher.evaluation.metrics import METRICS, per_query
from matcher.evaluation.report import METRIC_LABELS, GroupScores, render_report, score_group, score_run

app = typer.Typer(help="Measure match quality and write the results as Markdown.", no_args_is_help=True)


def _cutoff(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2016-01-01") from None


@contextmanager
def _progress() -> Iterator[StepProgress]:
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    ) as bar:
        tasks: dict[str, TaskID] = {}

        def update(what: str, done: int, total: int) -> None:
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done, total=total)

        yield update


def _summary(title: str, group: GroupScores) -> Table:
    table = Table(title=title)
    table.add_column("system")
    for metric in METRICS:
        table.add_column(METRIC_LABELS[metric], justify="right")
    for system, scores in group.scores.items():
        table.add_row(system, *(scores[m].format() for m in METRICS))
    return table


def _command(
    cutoff: str, data: Path, work: Path | None, limit: int | None, seed: int, out_file: Path | None
) -> str:
    parts = ["matcher", "eval", "cordis", "--cutoff", cutoff]
    if data != DEFAULT_DATA:
        parts += ["--data", str(data)]
    if work is not None:
        parts += ["--work", str(work)]
    if limit is not None:
        parts += ["--limit-queries", str(limit)]
    if seed:
        parts += ["--seed", str(seed)]
    if out_file is not None:
        parts += ["--out", str(out_file)]
    return shlex.join(parts)


@app.command("crosslingual")
def crosslingual_command(
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model", "-m", help="A model to measure (repeat for several; default: every registry entry)."
        ),
    ] = None,
    titles: Annotated[
        Path,
        typer.Option(help="The CORDIS subject titles (`code;title;description;language`).", dir_okay=False),
    ] = crosslingual.DEFAULT_TITLES,
    out_file: Annotated[
        Path | None, typer.Option("--out", help="Also write the results as Markdown here.")
    ] = None,
    show_misses: Annotated[
        bool, typer.Option("--show-misses", help="List the titles each model did not translate.")
    ] = False,
    search: Annotated[
        bool,
        typer.Option(
            "--search",
            help="Measure through the free-text search instead: one organisation a title, the titles of the "
            "other language as questions (default model: the configured one).",
        ),
    ] = False,
    debian: Annotated[
        Path | None,
        typer.Option(
            help="Long texts instead of the titles: 300 of Debian's package descriptions in German and English, "
            "from this apt lists folder (fetched by apt when it has none).",
            file_okay=False,
        ),
    ] = None,
) -> None:
    """German <-> English retrieval accuracy@1 and encoding speed of embedding models."""
    if debian is None and not titles.is_file():
        console.print(f"error: no titles file at {titles}: give --titles", markup=False, highlight=False)
        raise typer.Exit(2)
    if search:
        _crosslingual_search(model, titles, out_file, show_misses)
        return
    source = "Debian's package descriptions" if debian is not None else titles.name
    try:
        data = crosslingual.read_titles(titles) if debian is None else debian_translations.read_pairs(debian)
        results = crosslingual.measure_models(
            model, data, settings(), lambda line: console.print(line, markup=False, highlight=False)
        )
    except MatcherError as exc:
        fail(exc)
    _crosslingual_report(results, data, source, show_misses, out_file)


def _crosslingual_report(
    results: list[crosslingual.CrosslingualResult],
    data: crosslingual.Translations,
    source: str,
    show_misses: bool,
    out_file: Path | None,
) -> None:
    out.print(_crosslingual_table(results, source))
    if show_misses:
        for r in results:
            for query, found, wanted in r.misses:
                console.print(f"{r.model}: {query!r} -> {found!r} (wanted {wanted!r})", markup=False)
    if out_file:
        out_file.write_text(crosslingual.render_markdown(results, data, source), encoding="utf-8")
        console.print(f"wrote {out_file}", markup=False, highlight=False)


def _crosslingual_search(
    models: list[str] | None, titles: Path, out_file: Path | None, show_misses: bool
) -> None:
    from matcher.embeddings.encoder import load_encoder
    from matcher.evaluation import crosslingual_search

    config = settings()
    markdown = []
    try:
        data = crosslingual.read_titles(titles)
        for name in models or [config.model]:
            encoder = load_encoder(
                name, config.model_registry, config.encode_batch_size, config.torch_threads
            )
            results = crosslingual_search.measure_search(encoder, data)
            table = Table(title=f"German and English through the search, {encoder.name}, on {titles.name}")
            for column in ("questions -> profiles", "beside", "orgs", "questions", "first", "top 5"):
                table.add_column(
                    column, justify="left" if column in ("questions -> profiles", "beside") else "right"
                )
            for r in results:
                table.add_row(
                    r.direction,
                    r.beside,
                    str(r.organisations),
                    str(r.questions),
                    f"{r.first:.3f}",
                    f"{r.top:.3f}",
                )
            out.print(table)
            if show_misses:
                for r in results:
                    for query, found, wanted in r.misses:
                        console.print(
                            f"{encoder.name}, {r.direction} beside {r.beside}: {query!r} -> {found!r} "
                            f"(wanted {wanted!r})",
                            markup=False,
                        )
            markdown.append(crosslingual_search.render_search_markdown(encoder.name, results, titles.name))
    except MatcherError as exc:
        fail(exc)
    if out_file:
        out_file.write_text("\n".join(markdown), encoding="utf-8")
        console.print(f"wrote {out_file}", markup=False, highlight=False)


def _crosslingual_table(results: list[crosslingual.CrosslingualResult], source: str) -> Table:
    table = Table(title=f"German and English: accuracy@1 on {source}")
    table.add_column("model", min_width=max(len(r.model) for r in results))
    for column in ("dim", "de->en", "en->de", "mixed", "texts/s", "load s"):
        table.add_column(column, justify="right")
    for r in results:
        table.add_row(
            r.model,
            str(r.dimension),
            f"{r.german_to_english:.3f}",
            f"{r.english_to_german:.3f}",
            f"{r.mixed_pool:.3f}",
            f"{r.texts_per_second:,.0f}",
            f"{r.load_seconds:.1f}",
        )
    return table


@app.command("cordis")
def cordis_command(
    cutoff: Annotated[
        str, typer.Option(help="Profiles and network from projects before this date, gold from the rest.")
    ] = DEFAULT_CUTOFF.isoformat(),
    data: Annotated[
        Path, typer.Option(help="The CORDIS data folder (with the raw_* folders).", file_okay=False)
    ] = DEFAULT_DATA,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write the Markdown report here.")] = None,
    work: Annotated[
        Path | None,
        typer.Option(
            help="Keep the benchmark's data directories here; a second run on the same data reuses the "
            "embedding cache and starts the rest afresh (default: a temporary folder, removed afterwards).",
            file_okay=False,
        ),
    ] = None,
    limit_queries: Annotated[
        int | None, typer.Option(min=1, help="Score a seeded random sample of this many query organisations.")
    ] = None,
    seed: Annotated[
        int, typer.Option(help="Seed of the query sample, the random baseline, the bootstrap.")
    ] = 0,
    resamples: Annotated[int, typer.Option(min=10, help="Bootstrap resamples for the intervals.")] = 1000,
    hand_set: Annotated[
        bool,
        typer.Option(
            "--hand-set",
            help="Also rank with the hand-set weights (a second engine run beside the learned one).",
        ),
    ] = False,
    as_installed: Annotated[
        bool,
        typer.Option(
            "--as-installed",
            help="Import the profiles at the cut-off at once, then train (the path a real installation takes), "
            "instead of the training years' profiles first.",
        ),
    ] = False,
    fp7: Annotated[
        bool, typer.Option("--fp7/--without-fp7", help="FP7 co-participations as earlier cooperations.")
    ] = True,
    export: Annotated[
        Path | None,
        typer.Option(
            help="Only write ORGS_TRAINING.jsonl, COOPS.csv, ORGS.jsonl and GOLD.csv here (to run the benchmark "
            "with `matcher import`, `import-cooperations`, `train`, `recommend` and `eval score`) and stop.",
            file_okay=False,
        ),
    ] = None,
) -> None:
    """The CORDIS Horizon 2020 benchmark: engine and baselines on real cooperations.

    Builds profiles and the cooperation network from the projects that started before the cut-off, imports
    them into a fresh data directory, ranks for every organisation the new partners it got afterwards, and
    reports Recall@10, nDCG@10, MRR@100 and Hit@10 with 95% bootstrap intervals.
    """
    day = _cutoff(cutoff)
    if not data.is_dir():
        console.print(f"error: no CORDIS data folder at {data}: give --data", markup=False, highlight=False)
        raise typer.Exit(2)
    if export is not None:
        _export(data, day, export, limit_queries, seed, fp7)
        return
    options = CordisOptions(
        data=data,
        cutoff=day,
        work=work,
        limit_queries=limit_queries,
        seed=seed,
        resamples=resamples,
        hand_set=hand_set,
        as_installed=as_installed,
        fp7=fp7,
    )
    try:
        with _progress() as progress:
            run = run_cordis(options, progress)
    except (MatcherError, FileNotFoundError) as exc:
        console.print(f"error: {getattr(exc, 'message', exc)}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    scores = score_run(run)
    command = (
        _command(cutoff, data, work, limit_queries, seed, out_file)
        + (" --hand-set" if hand_set else "")
        + (" --as-installed" if as_installed else "")
        + ("" if fp7 else " --without-fp7")
    )
    out.print(_summary(f"CORDIS, cut-off {day}: {len(run.queries)} queries", scores.overall))
    console.print(f"run time {sum(run.seconds.values()):.0f} s; " + command, markup=False, highlight=False)
    if out_file is not None:
        out_file.parent.mkdir(parents=True, exist_ok=True)
        out_file.write_text(render_report(run, scores, command), encoding="utf-8")
        console.print(f"wrote {out_file}", markup=False, highlight=False)


def _export(data: Path, day: date, folder: Path, limit: int | None, seed: int, fp7: bool = True) -> None:
    try:
        split = build_split(load_raw(data, fp7=fp7), day)
    except FileNotFoundError as exc:
        console.print(f"error: {exc}", markup=False, highlight=False)
        raise typer.Exit(1) from None
    files = write_split(split, folder, select_queries(split, limit, seed))
    var = folder / "var"
    console.print(
        f"wrote {files.training_orgs}, {files.cooperations}, {files.orgs} and {files.gold}; run the benchmark "
        "with:",
        markup=False,
        highlight=False,
    )
    for line in (
        ["matcher", "--data-dir", str(var), "import", str(files.training_orgs)],
        ["matcher", "--data-dir", str(var), "import-cooperations", str(files.cooperations)],
        ["matcher", "--data-dir", str(var), "train"],
        ["matcher", "--data-dir", str(var), "import", str(files.orgs)],
        ["matcher", "--data-dir", str(var), "recommend", "--all", "--k", str(RANK_DEPTH), "--pairing", "any"]
        + ["--out", str(folder / "recs.jsonl")],
        ["matcher", "eval", "score", "--gold", str(files.gold), "--recs", str(folder / "recs.jsonl")],
    ):
        out.print(shlex.join(line), markup=False, highlight=False)


@app.command("score")
def score_command(
    gold: Annotated[
        Path,
        typer.Option(
            help="Gold CSV (query_ref,partner_ref), e.g. from `eval cordis --export`.", dir_okay=False
        ),
    ],
    recs: Annotated[Path, typer.Option(help="Recommendations JSONL of `matcher recommend`.", dir_okay=False)],
    seed: Annotated[int, typer.Option(help="Seed of the bootstrap.")] = 0,
    resamples: Annotated[int, typer.Option(min=10, help="Bootstrap resamples for the intervals.")] = 1000,
) -> None:
    """Score a recommendations file against a gold file.

    Recall@10, nDCG@10, MRR@100 and Hit@10 with 95% bootstrap intervals, over the organisations of the gold
    file (an organisation without recommendations scores 0).
    """
    for path in (gold, recs):
        if not path.is_file():
            console.print(f"error: no file at {path}", markup=False, highlight=False)
            raise typer.Exit(2)
    try:
        wanted, rankings = read_gold(gold), read_recommendations(recs)
    except MatcherError as exc:
        fail(exc)
    queries = sorted(wanted)
    missing = [q for q in queries if q not in rankings]
    if missing:
        console.print(
            f"warning: {len(missing)} of {len(queries)} gold organisations have no recommendations (scored 0)",
            markup=False,
            highlight=False,
        )
    depth = max((len(rankings.get(q, ())) for q in queries), default=0)
    if depth < RANK_DEPTH:
        console.print(
            f"warning: at most {depth} recommendations per organisation; MRR@100 reads only those "
            f"(`matcher recommend --k {RANK_DEPTH}` gives the full depth)",
            markup=False,
            highlight=False,
        )
    values = {recs.name: per_query(rankings, wanted, queries)}
    group = score_group("all", values, np.arange(len(queries)), resamples, seed)
    out.print(_summary(f"{recs.name} against {gold.name}: {len(queries)} queries", group))
