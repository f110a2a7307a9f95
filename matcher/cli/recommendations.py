"""`matcher train`, `match`, `search` and `recommend`: what the engine ranks, for one organisation, one question or
the whole ecosystem."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from matcher.cli.context import console, fail, out, progress_bar, runtime
from matcher.cli.distributed import Engine, EngineOption, RayAddressOption, WorkersOption, ray_cluster
from matcher.errors import MatcherError
from matcher.kit.db import transaction
from matcher.kit.files import atomic_writer
from matcher.profiles.vocab import Kind
from matcher.recommendations.batch import recommendable_ids, recommendation_lines
from matcher.runtime import Runtime, freeze_loaded, open_published_index


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
    from matcher.recommendations.training import Trainer

    with runtime() as rt:
        try:
            with progress_bar("learning") as update:
                report = Trainer(rt.recommender, rt.session_factory).train(
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
    if report.text_rows:
        out.print(
            f"text features counted in {report.text_rows} of {report.rows} rows (texts older than the year)"
        )
    else:
        out.print(
            "text features left out: every text was written after the cooperations learned from, so they "
            "would name those very cooperations (they count again once cooperations are recorded after them)"
        )


def _kinds(kinds: list[Kind] | None) -> list[str] | None:
    return [k.value for k in kinds] if kinds else None


def _org_id(rt: Runtime, ref: str) -> int:
    from matcher.profiles.service import ProfileService

    with transaction(rt.session_factory) as session:
        try:
            return ProfileService(session).get_by_ref(ref).id
        except MatcherError as exc:
            fail(exc)


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
            filters = rt.recommender.make_filters(_kinds(kind), None, near, radius_km, pairing)
            result = rt.recommender.match(_org_id(rt, ref), k=k, filters=filters)
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
            result = rt.recommender.search(
                text, k=k, filters=rt.recommender.make_filters(_kinds(kind), None, near, radius_km)
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
            filters = rt.recommender.make_filters(pairing=pairing)
        except MatcherError as exc:
            fail(exc)
        ids = recommendable_ids(rt.recommender)
        rt.recommender.refresh_feedback()
        freeze_loaded()
        if engine is Engine.ray:
            from matcher.recommendations.distributed import recommendations_on_ray

            with ray_cluster(rt, ray_address, workers) as count:
                _write_recommendations(
                    out_file,
                    len(ids),
                    recommendations_on_ray(
                        rt.recommender, rt.settings, ids, k, pairing, count, open_published_index
                    ),
                )
        else:
            lines = recommendation_lines(rt.recommender, ids, k, filters)
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
