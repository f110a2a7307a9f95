"""The start page with the map, and the directory's pages, at the demo size and at 10,000 organisations.

At the demo size (the demo ecosystem imported), the server time of `GET /` (the map above the first page of the
list), `GET /?region=Ruhr`, `/directory` and `/regions/ruhr`, through the app in process (no network), median
and 90th percentile of 30 requests each after a warm-up. Beside it in the same run, the map's own parts: the
query of the public organisations with coordinates (`OrganisationRepository.placed`) against the raw library
limit (the same SELECT in plain SQL on the DBAPI connection), and the SVG (`mapview.render`, districts, clusters)
against a plain string of one circle per point.

At 10,000 organisations (synthetic rows with coordinates across the region, written straight to the table: the
map does not need the index), the same map parts, which are what grows with the ecosystem (the list is paged).
Results go to docs/performance.md ("## The map and the directory").

    python benchmarks/bench_ecosystem.py            # about a minute once the demo's embeddings are cached
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from fastapi.testclient import TestClient  # noqa: E402
from run_info import commit, machine, write_doc_section  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.kit.db import transaction  # noqa: E402
from matcher.places.mapview import MapPoint, render  # noqa: E402
from matcher.places.outlines import outlines  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.profiles.models import Organisation  # noqa: E402
from matcher.profiles.repository import OrganisationRepository  # noqa: E402
from matcher.runtime import open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

HEADING = "## The map and the directory"
DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
RUNS = 30
PAGES = ("/", "/?region=Ruhr", "/directory", "/regions/ruhr")
RAW = (
    "SELECT id, name, kind, latitude, longitude, city, region, sectors, founding_year, size_band FROM organisations"
    " WHERE visibility = 'public' AND latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY name, id"
)


def timed(fn: Callable[[], Any], runs: int = RUNS) -> tuple[float, float]:
    """Median and 90th percentile in milliseconds, after one warm-up call."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.9) - 1]


def map_parts(runtime: Any) -> dict[str, tuple[float, float]]:
    districts = outlines()["districts"]
    with transaction(runtime.session_factory) as session:
        repository = OrganisationRepository(session)
        rows = repository.placed()
        points = [MapPoint(r.id, r.name, r.kind or "", r.latitude, r.longitude, r.city or "") for r in rows]

        def raw() -> list[Any]:
            return session.connection().exec_driver_sql(RAW).fetchall()

        query = timed(lambda: repository.placed())
        raw_query = timed(raw)
    svg = timed(lambda: render(points, districts, zoom_url=lambda b: b.text(), title="map"))
    plain = timed(
        lambda: "".join(f'<circle cx="{p.longitude:.4f}" cy="{p.latitude:.4f}" r="6"/>' for p in points)
    )
    return {
        "points": (len(points), len(points)),
        "query": query,
        "raw": raw_query,
        "svg": svg,
        "plain": plain,
    }


def synthetic(runtime: Any, count: int, seed: int = 7) -> None:
    """`count` public organisations with coordinates across the region, straight into the table."""
    rng = random.Random(seed)
    kinds = ["company", "startup", "university", "research_institute", "creative", "innovation_centre"]
    rows = [
        {
            "ref": f"bench-map-{i:06d}",
            "name": f"Organisation {i}",
            "kind": rng.choice(kinds),
            "city": "Essen",
            "country": "DE",
            "latitude": rng.uniform(51.05, 51.75),
            "longitude": rng.uniform(6.45, 7.85),
            "region": "Ruhr",
            "languages": [],
            "description": "",
            "competences": [],
            "sectors": [rng.choice(["energy", "ict", "logistics", "manufacturing"])],
            "technology_keywords": [],
            "market_keywords": [],
            "visibility": "public",
        }
        for i in range(count)
    ]
    with transaction(runtime.session_factory) as session:
        session.execute(insert(Organisation), rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=REPO_ROOT / "var" / "bench" / "ecosystem")
    parser.add_argument("--orgs", type=int, default=10_000)
    parser.add_argument("--no-doc", action="store_true", help="print only; leave docs/performance.md alone")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    for name in ("demo.db", "large.db"):
        (args.work / name).unlink(missing_ok=True)

    settings = Settings(
        data_dir=args.work / "var", environment="test", database_url=f"sqlite:///{args.work / 'demo.db'}"
    )
    runtime = open_runtime(settings)
    with transaction(runtime.session_factory) as session:
        import_organisations(session, DEMO, fmt="jsonl", indexer=runtime.indexer)
    pages = {}
    with TestClient(create_app(runtime=runtime)) as client:
        for url in PAGES:
            assert client.get(url).status_code == 200, url
            pages[url] = timed(lambda url=url: client.get(url))
    demo = map_parts(runtime)
    runtime.close()

    large_settings = Settings(
        data_dir=args.work / "var-large",
        environment="test",
        database_url=f"sqlite:///{args.work / 'large.db'}",
    )
    large_runtime = open_runtime(large_settings)
    synthetic(large_runtime, args.orgs)
    large = map_parts(large_runtime)
    large_runtime.close()

    def ms(pair: tuple[float, float]) -> str:
        return f"{pair[0]:.1f} ms (p90 {pair[1]:.1f})"

    lines = [
        HEADING,
        "",
        f"`python benchmarks/bench_ecosystem.py` on {machine()}, commit {commit()}, SQLite; server time through the app",
        f"in process, median of {RUNS} requests after a warm-up. The goal: the start page with the map under 300 ms",
        "at the demo size.",
        "",
        "| page (demo size) | server time |",
        "|---|---:|",
        *[f"| `GET {url}` | {ms(t)} |" for url, t in pages.items()],
        "",
        "The map's parts against the raw library limits in the same run:",
        "",
        "| part | demo | " + f"{args.orgs:,} organisations |",
        "|---|---:|---:|",
        f"| points on the map | {demo['points'][0]} | {large['points'][0]:,} |",
        f"| `OrganisationRepository.placed` | {ms(demo['query'])} | {ms(large['query'])} |",
        f"| the same SELECT in plain SQL (DBAPI) | {ms(demo['raw'])} | {ms(large['raw'])} |",
        f"| ratio | {demo['query'][0] / demo['raw'][0]:.2f} | {large['query'][0] / large['raw'][0]:.2f} |",
        f"| `mapview.render` (24 districts, clusters) | {ms(demo['svg'])} | {ms(large['svg'])} |",
        f"| a plain string of one circle per point | {ms(demo['plain'])} | {ms(large['plain'])} |",
        "",
        "The list under the map is paged (20 organisations), so what grows with the ecosystem is the map: its query",
        "(ORM rows and the sectors' JSON decoded, against the DBAPI's plain tuples) and its SVG (a cluster per dense",
        "cell, so the picture stays small: the districts and at most a few hundred marks).",
        "",
    ]
    body = "\n".join(lines) + "\n"
    sys.stdout.write(body)
    if not args.no_doc:
        write_doc_section(HEADING, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
