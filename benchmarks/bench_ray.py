"""The Ray engine's overhead against the local engine, on the demo ecosystem.

Run with `make bench-ray` (or `.venv/bin/python benchmarks/bench_ray.py [--runs 3] [--workers 2]`); it rewrites
the block between the `bench_ray` markers in docs/scaling.md. Each figure is the median over `--runs` runs,
next to the local engine's figure from the same run as a ratio; nothing here is asserted. The machine's load
average is written down with the figures: on a shared machine they are noisy.

Measured, on a fresh SQLite database holding the demo:
- recommendations (`recommend --all`, k=10): the local loop against `recommendations_on_ray` (an actor pool
  that opens the runtime on the published index, then the batches);
- batch embedding (`reindex` with an empty embedding cache, so every text is encoded): `Indexer.rebuild`
  against `rebuild_on_ray` (actors that load the model, then encode), and the raw `encode_documents` of the
  whole text set as the library's reference;
- end to end, once each: the `matcher recommend --all` command in a new process, local and `--engine ray`
  (which starts and stops a local Ray instance).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from run_info import commit, machine  # noqa: E402

from matcher.config import REPO_ROOT, Settings  # noqa: E402
from matcher.embeddings.models import CachedEmbedding  # noqa: E402
from matcher.kit.db import transaction  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.recommendations.batch import recommendable_ids, recommendation_lines  # noqa: E402
from matcher.recommendations.distributed import (  # noqa: E402
    rebuild_on_ray,
    recommendations_on_ray,
    start_local_ray,
)
from matcher.runtime import Runtime, open_published_index, open_runtime  # noqa: E402

DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
OUT = REPO_ROOT / "docs" / "scaling.md"
START, END = "<!-- bench_ray:start -->", "<!-- bench_ray:end -->"
K = 10


def median_seconds(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def forget_embeddings(rt: Runtime) -> None:
    with transaction(rt.session_factory) as session:
        session.query(CachedEmbedding).delete()


def end_to_end(data_dir: Path, out: Path, *extra: str) -> float:
    command = [sys.executable, "-m", "matcher.cli", "--data-dir", str(data_dir), "recommend", "--all"]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}  # this checkout's code, also in Ray's workers
    started = time.perf_counter()
    subprocess.run(
        [*command, "--k", str(K), "--out", str(out), *extra], check=True, capture_output=True, env=env
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-ray-") as folder:
        data_dir = Path(folder) / "var"
        settings = Settings(data_dir=data_dir, environment="test")
        rt = open_runtime(settings)
        with transaction(rt.session_factory) as session:
            import_organisations(session, DEMO, fmt="jsonl", indexer=rt.indexer)
        ids = recommendable_ids(rt.recommender)
        rt.recommender.refresh_feedback()
        filters = rt.recommender.make_filters()
        catalogue = rt.recommender.engine.catalogue
        texts = [o.text for o in catalogue.orgs.values()] + [o.text for o in catalogue.opps.values()]

        def local_lines() -> list[str]:
            return [
                json.dumps(line, ensure_ascii=False)
                for line in recommendation_lines(rt.recommender, ids, K, filters)
            ]

        def ray_lines() -> list[str]:
            return list(
                recommendations_on_ray(
                    rt.recommender, settings, ids, K, None, args.workers, open_published_index
                )
            )

        def local_rebuild() -> None:
            forget_embeddings(rt)
            rt.indexer.rebuild()

        def ray_rebuild() -> None:
            forget_embeddings(rt)
            rebuild_on_ray(rt.indexer, settings, args.workers)

        started = time.perf_counter()
        start_local_ray(num_cpus=args.workers)
        ray_start = time.perf_counter() - started
        import ray

        assert ray_lines() == local_lines(), "the engines disagree"
        figures = {
            "recommend_local": median_seconds(local_lines, args.runs),
            "recommend_ray": median_seconds(ray_lines, args.runs),
            "encode_raw": median_seconds(lambda: rt.encoder.encode_documents(texts), args.runs),
            "reindex_local": median_seconds(local_rebuild, args.runs),
            "reindex_ray": median_seconds(ray_rebuild, args.runs),
        }
        ray.shutdown()
        rt.close()
        figures["cli_local"] = end_to_end(data_dir, Path(folder) / "local.jsonl")
        figures["cli_ray"] = end_to_end(data_dir, Path(folder) / "ray.jsonl", "--engine", "ray")
        same = (Path(folder) / "local.jsonl").read_bytes() == (Path(folder) / "ray.jsonl").read_bytes()
    load_after = os.getloadavg()
    write_report(figures, ray_start, len(ids), len(texts), args, load_before, load_after, same)


def write_report(
    figures: dict[str, float],
    ray_start: float,
    orgs: int,
    texts: int,
    args: argparse.Namespace,
    load_before: tuple[float, float, float],
    load_after: tuple[float, float, float],
    same: bool,
) -> None:
    def row(what: str, local: float, on_ray: float) -> str:
        return f"| {what} | {local:.2f} s | {on_ray:.2f} s | {on_ray / local:.1f} |"

    loads = " / ".join(f"{a:.1f}" for a in load_before), " / ".join(f"{a:.1f}" for a in load_after)
    block = "\n".join(
        [
            START,
            f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC at commit `{commit()}` on {machine()}; "
            f"load average (1 / 5 / 15 min) {loads[0]} before, {loads[1]} after. The demo: {orgs} "
            f"organisations to recommend for, {texts} texts to encode; {args.workers} Ray workers; medians of "
            f"{args.runs} runs, end-to-end commands once each.",
            "",
            "| job | local engine | Ray engine | Ray / local |",
            "|---|---|---|---|",
            row(f"recommendations, k={K} (in process)", figures["recommend_local"], figures["recommend_ray"]),
            row(
                "reindex with an empty cache (in process)",
                figures["reindex_local"],
                figures["reindex_ray"],
            ),
            row("`matcher recommend --all` (new process)", figures["cli_local"], figures["cli_ray"]),
            "",
            f"Raw reference: the library's `encode_documents` of all {texts} texts took "
            f"{figures['encode_raw']:.2f} s (local reindex / raw: "
            f"{figures['reindex_local'] / figures['encode_raw']:.2f}). Starting the local Ray instance took "
            f"{ray_start:.1f} s. The two end-to-end files were "
            + ("byte for byte the same." if same else "**different** (a bug: report it)."),
            END,
        ]
    )
    text = OUT.read_text(encoding="utf-8")
    updated = re.sub(re.escape(START) + ".*?" + re.escape(END), lambda _: block, text, flags=re.S)
    OUT.write_text(updated, encoding="utf-8")
    print(block)


if __name__ == "__main__":
    main()
