"""Where one free-text search spends its time, part by part: the question's encoding, the FAISS searches, BM25
(the top documents and the scores of the kept ones), the filters, the hits' explanations, the rest of the fusion,
the response's schema, and the HTTP layer (`GET /api/v1/search` through uvicorn, less the service's own time).

Run `python benchmarks/profile_search.py` (the demo ecosystem) or with `--data FILE.jsonl` (for example the
CORDIS sample `make bench-peer` writes to var/bench/cordis-3000.jsonl). It imports the file into a fresh data
directory, as `benchmarks/bench_peer.py` does, warms up, then times every query of bench_peer's set (the demo's
opportunity titles): each part is measured around its function, inside the real path, and reported as the
median over the queries (ms) with its share of the median total. `--profile` adds cProfile's top functions.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import shutil
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import httpx  # noqa: E402
import uvicorn  # noqa: E402
from bench_data import BENCH_DIR  # noqa: E402
from bench_peer import DEMO, MODEL, demo_queries, free_port  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.engine import search as free_text  # noqa: E402
from matcher.engine.ann.faiss import FaissIndex  # noqa: E402
from matcher.engine.lexical import LexicalIndex  # noqa: E402
from matcher.engine.retrieval import Retriever  # noqa: E402
from matcher.kit.db import transaction  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.recommendations.service import Recommender  # noqa: E402
from matcher.runtime import open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

K = 10


class Parts:
    """Time spent in each wrapped function during the current query (seconds), and every query's parts."""

    def __init__(self) -> None:
        self.current: dict[str, float] = defaultdict(float)
        self.queries: list[dict[str, float]] = []

    def wrap(self, owner: Any, name: str, part: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.current[part] += time.perf_counter() - t0

        setattr(owner, name, timed)

    @contextmanager
    def query(self) -> Iterator[None]:
        self.current = defaultdict(float)
        t0 = time.perf_counter()
        yield
        self.current["total"] = time.perf_counter() - t0
        self.queries.append(dict(self.current))


def instrument(parts: Parts) -> None:
    """Wrap the functions of the search path (on their classes and modules, so that the real path calls them)."""
    parts.wrap(Recommender, "search", "service")
    parts.wrap(Recommender, "_search_public", "schema (SearchPublic)")
    parts.wrap(free_text, "search", "engine")
    parts.wrap(free_text, "org_hit", "explanations (org_hit)")
    parts.wrap(FaissIndex, "search", "FAISS (3 indexes)")
    parts.wrap(LexicalIndex, "top", "BM25 top")
    parts.wrap(LexicalIndex, "scores_for", "BM25 scores_for")
    parts.wrap(Retriever, "eligible", "filters (eligible)")


def report(title: str, rows: list[dict[str, float]]) -> None:
    def med(part: str) -> float:
        return statistics.median(r.get(part, 0.0) for r in rows) * 1000

    total = med("total")
    engine_parts = [
        "FAISS (3 indexes)",
        "BM25 top",
        "BM25 scores_for",
        "filters (eligible)",
        "explanations (org_hit)",
    ]
    derived = []
    for r in rows:
        d = dict(r)
        d["encoding the query"] = r.get("encode", 0.0)
        d["fusion and the rest of the engine"] = r.get("engine", 0.0) - sum(
            r.get(p, 0.0) for p in engine_parts
        )
        d["the service's rest (lock, threads)"] = (
            r.get("service", 0.0)
            - r.get("encode", 0.0)
            - r.get("engine", 0.0)
            - r.get("schema (SearchPublic)", 0.0)
        )
        if "http" in r:
            d["HTTP layer (routing, validation, JSON, socket)"] = r["total"] - r.get("service", 0.0)
        derived.append(d)
    print(f"\n== {title}: total p50 {total:.2f} ms over {len(rows)} queries ==")
    order = ["encoding the query", *engine_parts, "fusion and the rest of the engine"]
    order += ["schema (SearchPublic)", "the service's rest (lock, threads)"]
    if "http" in rows[0]:
        order.append("HTTP layer (routing, validation, JSON, socket)")
    for part in order:
        value = statistics.median(d.get(part, 0.0) for d in derived) * 1000
        print(f"  {part:<48} {value:7.2f} ms  {value / total:6.1%}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEMO, help="organisations to import (JSONL)")
    parser.add_argument("--threads", type=int, default=0, help="torch threads; 0 leaves torch's default")
    parser.add_argument("--repeat", type=int, default=1, help="times each query is asked")
    parser.add_argument("--profile", action="store_true", help="also print cProfile's top functions")
    args = parser.parse_args()
    queries = demo_queries() * args.repeat
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="profile-search-", dir=BENCH_DIR))
    try:
        settings = Settings(data_dir=work, model=MODEL, environment="test", torch_threads=args.threads)
        runtime = open_runtime(settings)
        with transaction(runtime.session_factory) as session:
            import_organisations(session, args.data, fmt="jsonl", indexer=runtime.indexer)
        service = runtime.recommender
        parts = Parts()
        instrument(parts)
        parts.wrap(service.encoder, "encode_queries", "encode")
        service.search(queries[0], k=K)  # warm-up (builds BM25)
        parts.queries.clear()
        for q in queries:
            with parts.query():
                service.search(q, k=K)
        report("Recommender.search", parts.queries)
        library = []
        for (
            q
        ) in queries:  # the same queries through the library's encode, as before matcher/embeddings/lean.py
            t0 = time.perf_counter()
            service.encoder.model.encode([q], normalize_embeddings=True, show_progress_bar=False)
            library.append((time.perf_counter() - t0) * 1000)
        print(f"  (SentenceTransformer.encode of the same queries: p50 {statistics.median(library):.2f} ms)")

        server = uvicorn.Server(
            uvicorn.Config(
                create_app(runtime=runtime), host="127.0.0.1", port=free_port(), log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        parts.queries.clear()
        with httpx.Client(base_url=f"http://127.0.0.1:{server.config.port}") as http:
            http.get("/api/v1/search", params={"q": queries[0]}).raise_for_status()
            parts.queries.clear()
            for q in queries:
                with parts.query():
                    http.get("/api/v1/search", params={"q": q, "k": K}).raise_for_status()
                    parts.current["http"] = 1.0
            report("GET /api/v1/search", parts.queries)
        server.should_exit = True
        thread.join(timeout=10)

        if args.profile:
            profile = cProfile.Profile()
            profile.enable()
            for q in queries:
                service.search(q, k=K)
            profile.disable()
            stats = pstats.Stats(profile)
            print("\n== cProfile of Recommender.search (cumulative) ==")
            stats.sort_stats("cumulative").print_stats(30)
        runtime.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
