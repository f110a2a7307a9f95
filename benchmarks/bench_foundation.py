"""Foundation benchmark: import, restart, match and search latency, each against its raw library reference.

Run with `make bench` (or `.venv/bin/python benchmarks/bench_foundation.py`); writes docs/performance.md.
Figures are medians over several runs where a run is cheap; nothing here is asserted.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import socket
import statistics
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import faiss  # noqa: E402
import httpx  # noqa: E402
import numpy as np  # noqa: E402
import uvicorn  # noqa: E402
from bench_data import cordis_sample  # noqa: E402
from run_info import commit, machine  # noqa: E402

from matcher.config import REPO_ROOT, Settings  # noqa: E402
from matcher.embeddings.encoder import load_module_class, resolve_model  # noqa: E402
from matcher.embeddings.routed import detect_english  # noqa: E402
from matcher.evaluation.benchmark import DEFAULT_DATA  # noqa: E402
from matcher.kit.db import transaction  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.runtime import open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
IMPORT_RUNS = 5  # imports (and raw encodes) of the demo whose medians are compared
CORDIS_DATA = DEFAULT_DATA  # ../shared/data/cordis-h2020, where it is
CORDIS_ORGS = 1000  # organisations of the CORDIS sample imported
CORDIS_RUNS = 5
OUT = REPO_ROOT / "docs" / "performance.md"
QUERIES = [
    "who can test hydrogen fuel cells near Essen?",
    "Wer kann Oberflächenfehler mit Kameras erkennen?",
    "virtual reality safety training for a chemical plant",
    "recycling of lithium-ion batteries",
    "Leckageerkennung im Trinkwassernetz",
]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def catalogue_texts(runtime) -> list[str]:
    cat = runtime.recommender.engine.catalogue
    return [o.text for o in cat.orgs.values()] + [o.text for o in cat.opps.values()]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PlainEncode:
    """The raw reference: plain `SentenceTransformer.encode` of the texts the product embeds. For a routed model
    (matcher/embeddings/routed.py) that is its multilingual model on every text and its English model on the texts
    the router finds English, found once beforehand and not timed: the language detection counts as the
    product's."""

    def __init__(self, settings: Settings) -> None:
        spec = resolve_model(settings.model, settings.model_registry)
        self.routes = spec.routes
        names = spec.routes or (settings.model,)
        self.models = [self._plain(name, settings) for name in names]
        self.batch_size = settings.encode_batch_size

    @staticmethod
    def _plain(name: str, settings: Settings):
        from sentence_transformers import SentenceTransformer

        spec = resolve_model(name, settings.model_registry)
        if spec.module:  # a module that runs its package's own engine
            return SentenceTransformer(modules=[load_module_class(spec.module)()], device="cpu")
        return SentenceTransformer(str(spec.path), device="cpu")

    def plan(self, texts: list[str]) -> list[tuple[object, list[str]]]:
        """Which model encodes which texts: the multilingual model first, as the product does."""
        if not self.routes:
            return [(self.models[0], texts)]
        english = [t for t, is_english in zip(texts, detect_english(texts), strict=True) if is_english]
        return [(self.models[1], texts), (self.models[0], english)]

    def encode(self, plan: list[tuple[object, list[str]]]) -> None:
        for model, texts in plan:
            if texts:
                model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True)  # type: ignore[attr-defined]


def import_against_encode(
    source: Path, runs: int, raw_model: PlainEncode, work: Path, first=None
) -> dict[str, float | int | str]:
    """Import `source` (cold cache) `runs` times, each into a fresh installation (an empty embedding cache),
    interleaved with as many plain `SentenceTransformer.encode` calls on the texts the import embedded, so that
    other jobs' load falls on both alike; medians. The first import goes into `first` where given."""
    imports, raw = [], []
    texts: list[str] = []
    plan: list[tuple[object, list[str]]] = []
    for run in range(runs):
        if run or first is None:
            runtime = open_runtime(Settings(data_dir=work / f"import-{run}", environment="test"))
        else:
            runtime = first
        t0 = time.perf_counter()
        with transaction(runtime.session_factory) as session:
            report = import_organisations(session, source, fmt="jsonl", indexer=runtime.indexer)
        imports.append(time.perf_counter() - t0)
        if not texts:
            texts = catalogue_texts(runtime)
            plan = raw_model.plan(texts)
        if runtime is not first:
            runtime.close()
        t0 = time.perf_counter()
        raw_model.encode(plan)
        raw.append(time.perf_counter() - t0)
    return {
        "organisations": report.created,
        "texts": len(texts),
        "words": round(statistics.mean(len(t.split()) for t in texts)),
        "encoded": report.encoded,
        "english_texts": len(plan[1][1]) if len(plan) > 1 else 0,
        "import_s": statistics.median(imports),
        "raw_encode_s": statistics.median(raw),
        "import_vs_raw": statistics.median(raw) / statistics.median(imports),
        "runs": ", ".join(f"{a:.2f}/{b:.2f}" for a, b in zip(imports, raw, strict=True)),
    }


def main() -> None:
    results: dict[str, float | int | str] = {}
    work = Path(tempfile.mkdtemp(prefix="matchwerk-bench-"))
    try:
        settings = Settings(data_dir=work / "var", environment="test")
        t0 = time.perf_counter()
        runtime = open_runtime(settings)
        results["start_empty_s"] = time.perf_counter() - t0

        # 1. importing the demo (cold cache) against plain SentenceTransformer.encode of the same texts, then
        # the same for a sample of CORDIS organisations (longer texts, more of them) where that data is here
        raw_model = PlainEncode(settings)
        results["reference_models"] = ", ".join(raw_model.routes)
        gc.freeze()  # the reference model stays for the run, as the product's does (see load_encoder)
        demo = import_against_encode(DEMO, IMPORT_RUNS, raw_model, work / "demo", first=runtime)
        results.update({f"demo_{key}": value for key, value in demo.items()})
        if CORDIS_DATA.is_dir():
            sample = cordis_sample(CORDIS_DATA, CORDIS_ORGS)
            cordis = import_against_encode(sample.path, CORDIS_RUNS, raw_model, work / "cordis")
            results.update({f"cordis_{key}": value for key, value in cordis.items()})
        else:
            print(f"no CORDIS data at {CORDIS_DATA}: the demo's import only", flush=True)

        # 2. re-import of unchanged profiles: nothing is encoded
        t0 = time.perf_counter()
        with transaction(runtime.session_factory) as session:
            again = import_organisations(session, DEMO, fmt="jsonl", indexer=runtime.indexer)
        results["reimport_s"] = time.perf_counter() - t0
        results["reimport_encoded"] = again.encoded

        # 3. a restart loads the saved index
        runtime.close()
        t0 = time.perf_counter()
        runtime = open_runtime(settings)
        results["restart_s"] = time.perf_counter() - t0

        # 4. matching latency in the engine, against one raw FAISS search over the same profile vectors
        ids = sorted(
            i for i, o in runtime.recommender.engine.catalogue.orgs.items() if o.visibility != "hidden"
        )
        engine_ms = []
        for org_id in ids:
            t0 = time.perf_counter()
            runtime.recommender.match(org_id, k=10)
            engine_ms.append((time.perf_counter() - t0) * 1000)
        profiles = runtime.recommender.engine.indexes.profiles
        vectors = profiles.vectors(ids)
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(vectors)
        faiss_ms = []
        for row in range(len(ids)):
            t0 = time.perf_counter()
            flat.search(vectors[row : row + 1], 10)
            faiss_ms.append((time.perf_counter() - t0) * 1000)
        results["match_engine_p50_ms"] = statistics.median(engine_ms)
        results["match_engine_p99_ms"] = percentile(engine_ms, 99)
        results["faiss_search_p50_ms"] = statistics.median(faiss_ms)

        # 5. search latency in the engine, against encoding the query alone
        search_ms, encode_ms = [], []
        for _ in range(5):
            for q in QUERIES:
                t0 = time.perf_counter()
                runtime.encoder.encode_queries([q])
                encode_ms.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                runtime.recommender.search(q, k=10)
                search_ms.append((time.perf_counter() - t0) * 1000)
        results["search_engine_p50_ms"] = statistics.median(search_ms)
        results["query_encode_p50_ms"] = statistics.median(encode_ms)

        # 6. the same through HTTP, against a real server on 127.0.0.1
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(runtime=runtime), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        http_match, http_search = [], []
        with httpx.Client(base_url=f"http://127.0.0.1:{port}") as http:
            for org_id in ids:
                t0 = time.perf_counter()
                http.get(f"/api/v1/organisations/{org_id}/matches", params={"k": 10}).raise_for_status()
                http_match.append((time.perf_counter() - t0) * 1000)
            for _ in range(5):
                for q in QUERIES:
                    t0 = time.perf_counter()
                    http.get("/api/v1/search", params={"q": q}).raise_for_status()
                    http_search.append((time.perf_counter() - t0) * 1000)
        server.should_exit = True
        thread.join(timeout=10)
        results["match_http_p50_ms"] = statistics.median(http_match)
        results["match_http_p99_ms"] = percentile(http_match, 99)
        results["search_http_p50_ms"] = statistics.median(http_search)
        results["search_http_p99_ms"] = percentile(http_search, 99)
        runtime.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_report(results)
    print(json.dumps(results, indent=2))


def cordis_row(r: dict) -> str:
    if "cordis_import_s" not in r:
        return f"| import of a CORDIS sample | not measured: no CORDIS data at {CORDIS_DATA} | | |\n"
    return (
        f"| import of a sample of CORDIS organisations ({r['cordis_organisations']} organisations, "
        f"{r['cordis_texts']} texts of {r['cordis_words']} words on average, cold cache; median of {CORDIS_RUNS}) "
        f"| {r['cordis_import_s']:.2f} s | plain `SentenceTransformer.encode` of the same texts: "
        f"{r['cordis_raw_encode_s']:.2f} s (median of {CORDIS_RUNS}) | {r['cordis_import_vs_raw']:.3f} (raw / product) |\n"
    )


def reference_note(r: dict) -> str:
    """What the plain encode of a routed model is (empty for any other model)."""
    if not r.get("reference_models"):
        return ""
    english, multilingual = r["reference_models"].split(", ")
    cordis = (
        f", {r['cordis_english_texts']} of the CORDIS sample's {r['cordis_texts']}"
        if "cordis_texts" in r
        else ""
    )
    return (
        f" The model is routed: the plain encode is `{multilingual}` on every text and `{english}` on the texts"
        f" its router finds English ({r['demo_english_texts']} of the demo's {r['demo_texts']}{cordis}), both"
        " by `SentenceTransformer.encode`; the language detection counts as the product's."
    )


def cordis_runs(r: dict) -> str:
    return f"; {r['cordis_runs']} (CORDIS)" if "cordis_runs" in r else ""


def write_report(r: dict) -> None:
    OUT.parent.mkdir(exist_ok=True)
    # Sections other benchmarks write (bench_load.py's "Concurrent load") are kept after this one's.
    previous = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    kept = previous[previous.index("\n## Concurrent load") :] if "\n## Concurrent load" in previous else ""
    OUT.write_text(
        f"""# Performance

Measured by `make bench` (`benchmarks/bench_foundation.py`) on {datetime.now(UTC):%Y-%m-%d}, commit
`{commit() or "?"}`, on {machine()}; model `{Settings().model}` on the CPU; SQLite. Each product
figure stands beside its raw-library reference measured in the same run.{reference_note(r)} Latencies are medians (p50) and
99th percentiles over every organisation of the demo ecosystem (matches) or 25 queries (search).

## Import and start-up

| what | figure | reference | ratio |
|---|---|---|---|
| import of the demo ecosystem ({r["demo_organisations"]} organisations, {r["demo_texts"]} texts of {r["demo_words"]} words on average, cold cache; median of {IMPORT_RUNS}) | {r["demo_import_s"]:.2f} s | plain `SentenceTransformer.encode` of the same texts: {r["demo_raw_encode_s"]:.2f} s (median of {IMPORT_RUNS}) | {r["demo_import_vs_raw"]:.3f} (raw / product) |
{cordis_row(r)}| re-import of the unchanged demo | {r["reimport_s"]:.2f} s, {r["reimport_encoded"]} texts encoded | | |
| start on an empty database (model load) | {r["start_empty_s"]:.2f} s | | |
| restart with the saved index (model already in memory: database, catalogue and FAISS files only) | {r["restart_s"]:.2f} s | | |

## Matching and search

| what | p50 | p99 | reference (p50) |
|---|---|---|---|
| matches of one organisation, engine (`Recommender.match`, k=10) | {r["match_engine_p50_ms"]:.1f} ms | {r["match_engine_p99_ms"]:.1f} ms | one raw FAISS flat search: {r["faiss_search_p50_ms"]:.3f} ms |
| matches through HTTP (`GET /api/v1/organisations/{{id}}/matches`) | {r["match_http_p50_ms"]:.1f} ms | {r["match_http_p99_ms"]:.1f} ms | |
| free-text search, engine (encode + search) | {r["search_engine_p50_ms"]:.1f} ms | | encoding the query alone: {r["query_encode_p50_ms"]:.1f} ms |
| free-text search through HTTP (`GET /api/v1/search`) | {r["search_http_p50_ms"]:.1f} ms | {r["search_http_p99_ms"]:.1f} ms | |

A match gathers candidates from several retrievers (FAISS searches per request, offer and profile, BM25, the
cooperation network and the partners of similar organisations), scores every candidate on the engine's features
with its explanation and re-ranks for diversity; at the demo's size that Python work, not FAISS, is most of the
time. The import ratio is the encoder's share: 0.9 means the product adds a tenth on top of plain encoding
(target: at least 0.9). The product encodes a call's texts longest first, in batches of
`MATCHER_ENCODE_BATCH_SIZE`, as `SentenceTransformer.encode` orders them, so its batches pad no more than the
reference's. Seconds per run, import / raw encode: {r["demo_runs"]} (demo){cordis_runs(r)}.

What the product adds on top of the encoder, per 1,000 organisations without contacts or opportunities, taken
apart on 2026-12-05 with the encoder's results handed in (so that only the rest is timed): 0.26 s in all, of which
the ORM flush of the organisations with their audit entries 89 ms, the commit with the index update and its files
43 ms, the re-read of the organisations under the write lock 30 ms, validation 17 ms, the embedding cache's rows
12 ms, and building the objects and hashing the texts most of the remaining 50 ms. That share is the same for
short and long texts, so short texts (the CORDIS sample's 40 words) are the harder case. Three changes since
the table before (demo 0.897): the loaded model's 420,000 Python objects (mostly its tokenizer's vocabulary) are
frozen out of the garbage collector's reach, where a full collection walked them in 0.23 s inside one import in
four (0.01 s now); the first run with the CORDIS row then gave 0.903 (demo) and 0.873 (CORDIS). Then the embedding
cache and the audit log are written in one bulk INSERT each instead of an ORM object per row (30 to 12 ms and 125
to 89 ms per 1,000), and a new organisation's empty lists of contacts and opportunities are no longer assigned. The encoder's own time for the
same texts moves by about 5 % from run to run on this shared machine, and the ratios with it: four runs of
`make bench` after those changes, on 2026-12-05, gave 0.930, 0.930, 0.924, 0.915 for the demo and 0.929, 0.883
(three imports, not five), 0.902, 0.915 for the CORDIS sample; with the part the product adds fixed at about 0.27 s
per 1,000 organisations beside 2.8 s of encoding, the CORDIS ratio to expect is 0.91. Scaling to 10k-1M
organisations is in "Scale" below.
"""
        + kept,
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
