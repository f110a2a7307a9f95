"""Matchwerk against a peer, txtai: indexing throughput and free-text query latency on the same texts and model.

Run with `make bench-peer` (or `.venv/bin/python benchmarks/bench_peer.py --cordis ../shared/data/cordis-h2020`);
writes the section "## Against a peer: txtai" of docs/performance.md and leaves the rest of the file as it is.

txtai (sentence-transformers + FAISS, like Matchwerk) lives in its own virtualenv, var/bench/peer-venv, made here
once and reused: the CPU build of torch first, then txtai, faiss-cpu and sentence-transformers pinned by
constraints.txt to the versions Matchwerk runs with, so that both sides run the same libraries and the same
model folder. The peer runs as a subprocess (benchmarks/txtai_driver.py) and reports its timings as JSON.

Per data set and run, three sides one after the other, each in a fresh process (their order rotates from run to
run, so that a burst of load on the shared machine does not always hit the same side):
- Matchwerk: `import_organisations` into a fresh data directory (database rows, embedding cache, FAISS indexes
  and their files), then `Recommender.search` and `GET /api/v1/search` for every query;
- txtai: `Embeddings.index` of exactly the texts Matchwerk embedded (one document per profile text and per
  opportunity text), then `Embeddings.search` for every query;
- raw: one `SentenceTransformer.encode` of the same texts, and per query an encode plus one FAISS flat search.
Figures are medians over the runs; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import faiss  # noqa: E402
import httpx  # noqa: E402
import numpy as np  # noqa: E402
import uvicorn  # noqa: E402
from bench_data import BENCH_DIR, DataSet, cordis_sample  # noqa: E402
from run_info import commit, machine, write_doc_section  # noqa: E402

from matcher.config import REPO_ROOT, Settings  # noqa: E402
from matcher.embeddings.encoder import resolve_model  # noqa: E402
from matcher.evaluation.benchmark import DEFAULT_DATA  # noqa: E402
from matcher.kit.db import transaction  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.runtime import open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

MODEL = "all-minilm-l6-v2"
K = 10
DEMO = REPO_ROOT / "profiles" / "demo" / "organisations.jsonl"
PEER_VENV = BENCH_DIR / "peer-venv"
DRIVER = Path(__file__).resolve().parent / "txtai_driver.py"
OUT = REPO_ROOT / "docs" / "performance.md"
SECTION = "## Against a peer: txtai"
# txtai 9.14.0 is the newest release when this was written; it installs with the transformers,
# sentence-transformers, faiss-cpu and numpy versions of constraints.txt, so nothing needs holding back.
PEER_REQUIREMENTS = ["txtai==9.14.0", "faiss-cpu", "sentence-transformers"]
PEER_TORCH = "torch==2.13.0"  # the CPU wheel; a bare `torch` would pull the CUDA packages


# --- the peer's virtualenv ------------------------------------------------------------------------------------


def _pip(python: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-m", "pip", *args], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )


def ensure_peer_venv() -> Path:
    """The peer virtualenv's python, made (once) with txtai and without the CUDA build of torch."""
    python = PEER_VENV / "bin" / "python"
    stamp = PEER_VENV / ".installed"
    wanted = " ".join([PEER_TORCH, *PEER_REQUIREMENTS])
    if python.exists() and stamp.exists() and stamp.read_text() == wanted:
        return python
    print(f"making the peer virtualenv {PEER_VENV} ({wanted})", flush=True)
    subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
    _pip(python, "install", "-q", PEER_TORCH)
    constraints = ["-c", str(REPO_ROOT / "constraints.txt")]
    dry = _pip(python, "install", "--dry-run", "-q", "--report", "-", *constraints, *PEER_REQUIREMENTS)
    planned = {
        p["metadata"]["name"].lower(): p["metadata"]["version"] for p in json.loads(dry.stdout)["install"]
    }
    refused = sorted(name for name in planned if name == "torch" or name.startswith("nvidia"))
    if refused:
        raise SystemExit(
            f"txtai would change torch or pull CUDA packages ({', '.join(refused)}); not installing"
        )
    _pip(python, "install", "-q", *constraints, *PEER_REQUIREMENTS)
    stamp.write_text(wanted)
    return python


# --- data -----------------------------------------------------------------------------------------------------


def demo_queries(count: int = 50) -> list[str]:
    """`count` opportunity titles of the demo ecosystem, spread evenly over it."""
    titles = [
        o["title"]
        for line in DEMO.read_text(encoding="utf-8").splitlines()
        if line.strip()
        for o in json.loads(line).get("opportunities", [])
    ]
    step = max(1, len(titles) // count)
    return titles[::step][:count]


# --- the three sides ------------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def matchwerk_run(data: DataSet, queries: list[str], threads: int) -> dict[str, Any]:
    """Import into a fresh data directory, then search in the engine and through HTTP."""
    work = Path(tempfile.mkdtemp(prefix="peer-", dir=BENCH_DIR))
    try:
        settings = Settings(data_dir=work, model=MODEL, environment="test", torch_threads=threads)
        runtime = open_runtime(settings)
        runtime.encoder.encode_documents(["warm-up"])
        t0 = time.perf_counter()
        with transaction(runtime.session_factory) as session:
            report = import_organisations(session, data.path, fmt="jsonl", indexer=runtime.indexer)
        import_s = time.perf_counter() - t0
        cat = runtime.recommender.engine.catalogue
        texts = [(f"p{o.id}", o.text) for o in cat.orgs.values()]
        texts += [(f"o{o.id}", o.text) for o in cat.opps.values()]

        runtime.recommender.search(queries[0], k=K)  # warm-up
        engine_ms = []
        for q in queries:
            t0 = time.perf_counter()
            runtime.recommender.search(q, k=K)
            engine_ms.append((time.perf_counter() - t0) * 1000)

        server = uvicorn.Server(
            uvicorn.Config(
                create_app(runtime=runtime), host="127.0.0.1", port=free_port(), log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        http_ms = []
        with httpx.Client(base_url=f"http://127.0.0.1:{server.config.port}") as http:
            http.get("/api/v1/search", params={"q": queries[0]}).raise_for_status()  # warm-up
            for q in queries:
                t0 = time.perf_counter()
                http.get("/api/v1/search", params={"q": q, "k": K}).raise_for_status()
                http_ms.append((time.perf_counter() - t0) * 1000)
        server.should_exit = True
        thread.join(timeout=10)
        runtime.close()
        return {
            "index_s": import_s,
            "organisations": report.created,
            "encoded": report.encoded,
            "texts": texts,
            "query_ms": engine_ms,
            "http_ms": http_ms,
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)


class RawSide:
    """Plain sentence-transformers and FAISS: the reference both products are measured against."""

    def __init__(self, model_path: Path, batch_size: int, threads: int) -> None:
        import torch
        from sentence_transformers import SentenceTransformer

        if threads:
            torch.set_num_threads(threads)
        self.model = SentenceTransformer(str(model_path), device="cpu", local_files_only=True)
        self.batch_size = batch_size

    def run(self, texts: list[tuple[str, str]], queries: list[str]) -> dict[str, Any]:
        plain = [t for _, t in texts]
        self.model.encode(plain[:32], batch_size=self.batch_size)  # warm-up
        t0 = time.perf_counter()
        vectors = self.model.encode(plain, batch_size=self.batch_size, normalize_embeddings=True)
        encode_s = time.perf_counter() - t0
        flat = faiss.IndexFlatIP(vectors.shape[1])
        flat.add(np.ascontiguousarray(vectors, dtype=np.float32))
        query_ms, found = [], []
        for q in queries:
            t0 = time.perf_counter()
            qv = self.model.encode([q], normalize_embeddings=True)
            _, rows = flat.search(np.ascontiguousarray(qv, dtype=np.float32), K)
            query_ms.append((time.perf_counter() - t0) * 1000)
            found.append([texts[r][0] for r in rows[0] if r >= 0])
        return {"index_s": encode_s, "query_ms": query_ms, "found": found}


def run_side(command: list[str], spec: dict[str, Any], peer: bool = False) -> dict[str, Any]:
    """Run one side in a fresh process (its last line of output is its result as JSON)."""
    spec_file = BENCH_DIR / "side-input.json"
    spec_file.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    if peer:
        env.pop("PYTHONPATH", None)  # nothing of Matchwerk's on the peer's path
    done = subprocess.run([*command, str(spec_file)], capture_output=True, text=True, env=env, cwd=REPO_ROOT)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def side_main(side: str, spec_file: Path) -> None:
    """One run of Matchwerk's side or the raw side, in this (fresh) process; the result goes to stdout."""
    spec = json.loads(spec_file.read_text(encoding="utf-8"))
    if side == "matchwerk":
        result = matchwerk_run(DataSet(spec["data"], Path(spec["data"])), spec["queries"], spec["threads"])
    else:
        raw = RawSide(Path(spec["model"]), spec["batch"], spec["threads"])
        result = raw.run([(str(i), t) for i, t in spec["documents"]], spec["queries"])
    print(json.dumps(result, ensure_ascii=False))


# --- one data set, several runs -------------------------------------------------------------------------------


@dataclass
class Runs:
    data: DataSet
    texts: int = 0
    runs: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {"matchwerk": [], "txtai": [], "raw": []}
    )
    load: list[float] = field(default_factory=list)
    txtai_version: str = ""
    txtai_index: str = ""
    agreement: list[float] = field(default_factory=list)  # txtai's top-k against the raw FAISS top-k


def measure(
    data: DataSet, queries: list[str], runs: int, python: Path, model_path: Path, batch: int, threads: int
) -> Runs:
    """`runs` runs of the three sides, each side in a fresh process, their order rotating from run to run."""
    result = Runs(data)
    texts: list[tuple[str, str]] = []
    sides = ["matchwerk", "raw", "txtai"]  # the first run needs Matchwerk first: its import names the texts
    for run in range(runs):
        found: dict[str, list[list[str]]] = {}
        for name in sides[run % 3 :] + sides[: run % 3]:
            print(f"{data.name}: run {run + 1}/{runs}, {name}", flush=True)
            spec: dict[str, Any] = {"model": str(model_path), "data": str(data.path), "queries": queries}
            spec |= {"documents": texts, "k": K, "batch": batch, "threads": threads}
            if name == "matchwerk":
                outcome = run_side([sys.executable, __file__, "--side", "matchwerk"], spec)
                embedded = [(str(i), str(t)) for i, t in outcome.pop("texts")]
                if texts and embedded != texts:
                    raise SystemExit("two imports of the same file embedded different texts")
                texts = embedded
            elif name == "raw":
                outcome = run_side([sys.executable, __file__, "--side", "raw"], spec)
            else:
                outcome = run_side([str(python), str(DRIVER)], spec, peer=True)
                result.txtai_version, result.txtai_index = outcome["txtai"], outcome["faiss_index"]
            found[name] = outcome.pop("found", [])
            result.runs[name].append(outcome)
        result.load.append(os.getloadavg()[0])
        shared = [len(set(a) & set(b)) / K for a, b in zip(found["txtai"], found["raw"], strict=True)]
        result.agreement.append(statistics.mean(shared))
    result.texts = len(texts)
    return result


def summary(r: Runs) -> dict[str, float]:
    """Medians over the runs of each run's throughput and percentiles."""

    def med(side: str, fn: Callable[[dict[str, Any]], float]) -> float:
        return statistics.median(fn(run) for run in r.runs[side])

    out: dict[str, float] = {}
    for side in ("matchwerk", "txtai", "raw"):
        out[f"{side}_rate"] = med(side, lambda run: r.texts / run["index_s"])
        out[f"{side}_index_s"] = med(side, lambda run: run["index_s"])
        out[f"{side}_p50"] = med(side, lambda run: percentile(run["query_ms"], 50))
        out[f"{side}_p99"] = med(side, lambda run: percentile(run["query_ms"], 99))
    out["http_p50"] = med("matchwerk", lambda run: percentile(run["http_ms"], 50))
    out["http_p99"] = med("matchwerk", lambda run: percentile(run["http_ms"], 99))
    return out


# --- the report -----------------------------------------------------------------------------------------------


def table(r: Runs) -> str:
    s = summary(r)
    mw, tx, raw = "matchwerk", "txtai", "raw"
    rows = [
        "| what | Matchwerk | txtai | raw reference | Matchwerk ÷ txtai | Matchwerk ÷ raw | txtai ÷ raw |",
        "|---|---|---|---|---|---|---|",
        f"| indexing, texts/s ({r.texts} texts) | {s[mw + '_rate']:.0f} | {s[tx + '_rate']:.0f} "
        f"| {s[raw + '_rate']:.0f} | {s[mw + '_rate'] / s[tx + '_rate']:.2f} | {s[mw + '_rate'] / s[raw + '_rate']:.2f} "
        f"| {s[tx + '_rate'] / s[raw + '_rate']:.2f} |",
    ]
    for q in ("p50", "p99"):
        rows.append(
            f"| free-text query {q}, ms | {s[mw + '_' + q]:.1f} | {s[tx + '_' + q]:.1f} | {s[raw + '_' + q]:.1f} "
            f"| {s[mw + '_' + q] / s[tx + '_' + q]:.2f} | {s[mw + '_' + q] / s[raw + '_' + q]:.2f} "
            f"| {s[tx + '_' + q] / s[raw + '_' + q]:.2f} |"
        )
    rows.append(
        f"| the same query through HTTP (`GET /api/v1/search`), p50 / p99 ms | {s['http_p50']:.1f} / "
        f"{s['http_p99']:.1f} | | | | | |"
    )
    load = ", ".join(f"{x:.1f}" for x in r.load)
    agreement = min(r.agreement)
    return (
        f"**{r.data.name}**: {r.texts} texts; load average (1 min) after each run: {load}; "
        f"txtai's top {K} share {agreement:.0%} of the raw FAISS top {K} (the lowest run).\n\n"
        + "\n".join(rows)
    )


def section(results: list[Runs], runs: int, queries: int, command: str, batch: int, threads: int) -> str:
    version = results[0].txtai_version
    index = results[0].txtai_index
    tables = "\n\n".join(table(r) for r in results)
    threads_text = (
        f"{threads} torch thread{'s' if threads > 1 else ''} per side"
        if threads
        else "torch's default threads"
    )
    return f"""{SECTION}

Measured by `make bench-peer` (`{command}`) on {datetime.now(UTC):%Y-%m-%d}, commit `{commit() or "?"}`, on
{machine()}; model `{MODEL}` (the same folder on both sides) on the CPU with {threads_text}, batches of {batch};
SQLite. txtai {version} (`Embeddings(path=folder, method="sentence-transformers", backend="faiss",
content=False)`, FAISS `{index}`) runs in its own virtualenv (var/bench/peer-venv) with the same torch,
transformers, sentence-transformers and faiss-cpu versions as Matchwerk. Each figure is the median over {runs}
runs; in each run the three sides ran one after the other on the same machine, each in a fresh process (their
order rotating), each warmed up first; Matchwerk imports and then searches in one process, as a server would. Query latencies are over {queries} queries (opportunity titles of the demo ecosystem, the same for both
data sets), k={K}. Ratios are of texts/s for indexing (above 1: Matchwerk indexes faster) and of milliseconds for
queries (above 1: Matchwerk answers slower). The machine may be shared with other work: the load average is given
with each table. On a machine busier than its cores, torch's OpenMP threads wait for each other and every side
slows down many times over; `--threads 1` keeps the comparison meaningful there.

{tables}

What each side does. **Both** embed the same texts with the same model: one text per organisation profile (name,
description, competences, sectors, keywords: `matcher/engine/texts.py`) and one per opportunity (the demo has
opportunities, the CORDIS sample has none); txtai gets exactly the texts Matchwerk embedded, one document each.
**Matchwerk's indexing** is a whole import (`import_organisations`, one transaction): validating the records,
writing organisations, contacts and opportunities to the database, looking up and storing every vector in the
embedding cache, filling the catalogue and three FAISS indexes (profiles, offers, requests) and saving the indexes
with their metadata to disk; its BM25 index is built at the first search (the untimed warm-up). **txtai's** is
`Embeddings.index`: encoding in chunks of 500 documents into one FAISS index in memory, nothing written. **Raw** is
one `SentenceTransformer.encode` call. Matchwerk calls the model once per batch (so sentence-transformers sorts by
length within 32 texts), txtai once per 500 texts, raw once for all. **Matchwerk's query**
(`Recommender.search`) encodes the question, searches the three FAISS indexes for a candidate pool of at least
100, scores BM25 over the catalogue, merges the hits per organisation, filters them and builds the response with
summaries and matched texts; **txtai's** (`Embeddings.search`) encodes and searches one index for {K} ids; **raw**
encodes and makes one FAISS flat search.
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per data set (medians over them)")
    parser.add_argument("--cordis", type=Path, default=DEFAULT_DATA, help="the CORDIS data folder, if any")
    parser.add_argument("--cordis-orgs", type=int, default=3000, help="CORDIS organisations to sample")
    parser.add_argument(
        "--threads", type=int, default=0, help="torch CPU threads on every side; 0 leaves torch's default"
    )
    parser.add_argument("--no-write", action="store_true", help="print the results only")
    parser.add_argument("--side", choices=["matchwerk", "raw"], help=argparse.SUPPRESS)  # one side's run
    parser.add_argument("spec", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        side_main(args.side, args.spec)
        return

    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    python = ensure_peer_venv()
    settings = Settings(model=MODEL)
    model_path = resolve_model(MODEL, settings.model_registry).path
    batch = settings.encode_batch_size
    queries = demo_queries()
    data_sets = [DataSet("demo ecosystem (profiles/demo/organisations.jsonl)", DEMO)]
    if args.cordis.is_dir():
        data_sets.append(cordis_sample(args.cordis, args.cordis_orgs))
    else:
        print(f"no CORDIS data at {args.cordis}: the demo only", flush=True)
    results = [measure(d, queries, args.runs, python, model_path, batch, args.threads) for d in data_sets]

    dump = BENCH_DIR / "peer-results.json"
    dump.write_text(
        json.dumps(
            [{"data": r.data.name, "texts": r.texts, "load": r.load, **summary(r)} for r in results], indent=2
        )
    )
    command = "python benchmarks/bench_peer.py" + (f" --runs {args.runs}" if args.runs != 3 else "")
    command += f" --cordis {args.cordis}" if args.cordis.is_dir() else ""
    command += f" --cordis-orgs {args.cordis_orgs}" if args.cordis_orgs != 3000 else ""
    command += f" --threads {args.threads}" if args.threads else ""
    body = section(results, args.runs, len(queries), command, batch, args.threads)
    print(body)
    if not args.no_write:
        write_doc_section(SECTION, body)
        print(f"wrote the {SECTION!r} section of {OUT}")


if __name__ == "__main__":
    main()
