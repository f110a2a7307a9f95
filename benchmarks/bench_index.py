"""Index choice by size: exact FAISS search against the approximate IVF-SQ8 index Matchwerk builds above
`MATCHER_INDEX_EXACT_LIMIT`, on vectors made from real embeddings.

For each size N the vectors are the real profile embeddings of the scale benchmark's base corpus (CORDIS and
demo organisations, `benchmarks/scaledata.py`) copied N / B times with Gaussian noise (cosine ~0.93 to the
original), like the organisations of `make bench-scale`. The queries are 200 further noisy copies. For the
exact index (`IndexFlatIP`, what Matchwerk uses up to the limit) and for IVF-SQ8 at several `nprobe`, the script
measures recall@10 against exact search, the search time per query with one thread (k = 10 and k = 200, the
pool a match asks for), the bytes per vector of the index as written (what it holds in memory) and the build
time. Results go into docs/performance.md (section "Index choice by size").

    python benchmarks/bench_index.py                 # 100k and 1M (the default), about 15 minutes
    python benchmarks/bench_index.py --sizes 10000   # one size
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO_ROOT), str(REPO_ROOT / "benchmarks")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import faiss  # noqa: E402
import numpy as np  # noqa: E402
from run_info import commit, machine  # noqa: E402
from scaledata import SIGMA, build_corpus, perturb  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.embeddings.encoder import load_encoder  # noqa: E402
from matcher.engine.ann import FaissIndex, IndexPolicy  # noqa: E402

PERFORMANCE_DOC = REPO_ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- bench_index:begin -->", "<!-- bench_index:end -->"
QUERIES = 200
NPROBES = (8, 16, 32, 64)


@dataclass
class Row:
    size: int
    kind: str
    nprobe: int | None
    recall: float
    ms_k10: float
    ms_k200: float
    bytes_per_vector: float
    build_s: float
    save_s: float  # writing the index file with fsync, as every write to a small installation does


def timed_queries(index: FaissIndex, queries: np.ndarray, k: int) -> float:
    """Median milliseconds of one query at a time (as a match asks)."""
    times = []
    for row in queries:
        started = time.perf_counter()
        index.search(row[None, :], k)
        times.append(time.perf_counter() - started)
    return float(np.median(times) * 1000)


def stored_bytes(index: FaissIndex) -> int:
    return int(faiss.serialize_index(index._index).nbytes)


def save_seconds(index: FaissIndex) -> float:
    with tempfile.TemporaryDirectory(dir=REPO_ROOT / "var") as folder:
        started = time.perf_counter()
        index.write(Path(folder) / "index.faiss")
        return time.perf_counter() - started


def bench_size(size: int, base: np.ndarray, rng: np.random.Generator, nprobes: tuple[int, ...]) -> list[Row]:
    dimension = base.shape[1]
    vectors = np.empty((size, dimension), dtype=np.float32)
    for start in range(0, size, 100_000):  # in chunks: the noise of 1M x 512 at once would double the memory
        chunk = np.arange(start, min(size, start + 100_000))
        vectors[chunk] = perturb(base[chunk % len(base)], SIGMA, rng)
    queries = perturb(base[rng.integers(0, len(base), QUERIES)], SIGMA, rng)
    ids = list(range(1, size + 1))

    started = time.perf_counter()
    exact = FaissIndex.build(dimension, ids, vectors)
    exact_build = time.perf_counter() - started
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    _, truth = exact.search(queries, 10)
    rows = []
    faiss.omp_set_num_threads(1)
    rows.append(
        Row(
            size,
            "exact",
            None,
            1.0,
            timed_queries(exact, queries, 10),
            timed_queries(exact, queries, 200),
            stored_bytes(exact) / size,
            exact_build,
            save_seconds(exact),
        )
    )
    del exact
    print(f"{size:>9,} exact: {rows[-1]}", flush=True)

    faiss.omp_set_num_threads(os.cpu_count() or 1)
    started = time.perf_counter()
    approximate = FaissIndex.build(dimension, ids, vectors, IndexPolicy(exact_limit=0))
    build = time.perf_counter() - started
    per_vector = stored_bytes(approximate) / size
    saving = save_seconds(approximate)
    del vectors
    for nprobe in nprobes:
        approximate.set_nprobe(nprobe)
        faiss.omp_set_num_threads(1)
        _, found = approximate.search(queries, 10)
        recall = float(np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)]))
        rows.append(
            Row(
                size,
                approximate.kind,
                nprobe,
                recall,
                timed_queries(approximate, queries, 10),
                timed_queries(approximate, queries, 200),
                per_vector,
                build,
                saving,
            )
        )
        print(f"{size:>9,} {approximate.kind} nprobe {nprobe}: {rows[-1]}", flush=True)
    return rows


def section(rows: list[Row], model: str, base_size: int, seconds: float) -> str:
    lines = [
        BEGIN,
        f"Measured by `benchmarks/bench_index.py` on {date.today().isoformat()}, commit `{commit()}`, on "
        f"{machine()}; model `{model}` (vectors from {base_size:,} real profile embeddings, "
        f"copied with noise, cosine ~0.93 to the original); {QUERIES} queries, one FAISS thread, medians; "
        f"{seconds / 60:.0f} min in all.",
        "",
        "| organisations | index | nprobe | recall@10 vs exact | ms per query, k=10 | ms, k=200 | "
        "ratio to exact (k=200) | bytes per vector | build | save (write + fsync) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    exact_ms = {r.size: r.ms_k200 for r in rows if r.kind == "exact"}
    for r in rows:
        lines.append(
            f"| {r.size:,} | {r.kind} | {r.nprobe or ''} | {r.recall:.3f} | {r.ms_k10:.2f} | {r.ms_k200:.2f} | "
            f"{exact_ms[r.size] / r.ms_k200:.1f}x faster | {r.bytes_per_vector:,.0f} | {r.build_s:.0f} s | "
            f"{r.save_s:.2f} s |"
        )
    lines.append(END)
    return "\n".join(lines)


def write_section(body: str) -> None:
    text = PERFORMANCE_DOC.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        text = text[: text.index(BEGIN)] + body + text[text.index(END) + len(END) :]
    else:
        text = text.rstrip("\n") + "\n\n## Index choice by size\n\n" + body + "\n"
    PERFORMANCE_DOC.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--nprobe", type=int, nargs="+", default=list(NPROBES))
    parser.add_argument("--no-write", action="store_true", help="Print only; leave docs/performance.md.")
    args = parser.parse_args()
    started = time.perf_counter()
    settings = Settings()
    encoder = load_encoder(settings.model, settings.model_registry)
    corpus = build_corpus(encoder)
    rng = np.random.default_rng(0)
    rows = []
    for size in args.sizes:
        rows += bench_size(size, corpus.profile_vectors, rng, tuple(args.nprobe))
    body = section(rows, encoder.name, corpus.size, time.perf_counter() - started)
    print(body)
    if not args.no_write:
        write_section(body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
