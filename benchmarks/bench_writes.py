"""Writes at scale: what one committed edit costs the index on disk, the journal (`IndexSet.append`) against a
whole new generation (`IndexSet.save`, what every write cost before the journal), at 10k to 1M organisations.

Run with `make bench-writes` (or `.venv/bin/python benchmarks/bench_writes.py [SIZES]`); writes the section
"Writes at scale" of docs/scaling.md. Nothing here is asserted.

The sets are built as the service builds them (`IndexPolicy`: exact up to 20,000 vectors, IVF-SQ8 above), with
the default model's dimension, from clustered vectors (2,000 unit centres with Gaussian noise, renormalised:
the IVF lists are unevenly filled, as real embeddings fill them); an organisation has 0.35 opportunities on
average, half offers and half requests, as in `make bench-scale`'s installations. An edit is what
`Indexer.apply` does to the indexes when one organisation and one of its offers are edited (both re-embedded):
the two vectors upserted under their ids, then the change published.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from run_info import commit, machine, write_doc_section
from threadpoolctl import ThreadpoolController

from matcher.config import REPO_ROOT
from matcher.engine.ann import IndexPolicy, IndexSet
from matcher.engine.ann import faiss as faiss_module

SECTION = "## Writes at scale"
OUT = REPO_ROOT / "docs" / "scaling.md"
DIMENSION = 897  # routed-minilm-use, the default model
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
EDITS = 200
SAVES = 3
WORK = REPO_ROOT / "var" / "bench" / "writes"  # one result file per size; the section shows every size kept


def clustered(n: int, rng: np.random.Generator, centres: np.ndarray) -> np.ndarray:
    vectors = centres[rng.integers(len(centres), size=n)] + rng.normal(0, 0.02, (n, DIMENSION)).astype(
        np.float32
    )
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def build(n: int, rng: np.random.Generator, centres: np.ndarray) -> tuple[IndexSet, list[int]]:
    indexes = IndexSet("bench", DIMENSION, IndexPolicy())
    opportunities = int(n * 0.35)
    chunk = 100_000  # vectors made per step, to keep the peak memory near the index's own
    ids = list(range(1, n + 1))
    profile_vectors = np.vstack([clustered(min(chunk, n - i), rng, centres) for i in range(0, n, chunk)])
    indexes.fill("profiles", ids, profile_vectors)
    del profile_vectors
    half = opportunities // 2
    first = n + 1
    for name, count in (("offers", half), ("requests", opportunities - half)):
        opp_ids = list(range(first, first + count))
        indexes.fill(name, opp_ids, clustered(count, rng, centres))
        first += count
    return indexes, list(range(n + 1, n + 1 + half))


def bench_size(label: str, n: int) -> dict[str, object]:
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(2000, DIMENSION)).astype(np.float32)
    centres /= np.linalg.norm(centres, axis=1, keepdims=True)
    started = time.perf_counter()
    indexes, offers = build(n, rng, centres)
    built = time.perf_counter() - started
    with tempfile.TemporaryDirectory(prefix="bench-writes-", dir=REPO_ROOT / "var") as folder:
        directory = Path(folder)
        saves = []
        for _ in range(SAVES):
            started = time.perf_counter()
            meta = indexes.save(directory, digest="save")
            saves.append(time.perf_counter() - started)
        appends, updates = [], []
        threads = ThreadpoolController()
        for edit in range(EDITS):
            org_id, offer_id = int(rng.integers(1, n + 1)), int(rng.choice(offers))
            profile, offer = clustered(2, rng, centres)
            started = time.perf_counter()
            with threads.limit(limits=1):  # as `Indexer.apply` limits FAISS's (MatchEngine.request_threads)
                indexes.upsert("profiles", [org_id], profile[None, :])
                indexes.upsert("offers", [offer_id], offer[None, :])
            changed = time.perf_counter()
            indexes.append(directory, digest=f"edit {edit}")
            done = time.perf_counter()
            updates.append(changed - started)
            appends.append(done - changed)
        journal = indexes.published.journal_bytes if indexes.published else 0
        started = time.perf_counter()
        loaded, _ = IndexSet.load(directory, "bench", DIMENSION, IndexPolicy())
        load_with_journal = time.perf_counter() - started
        assert loaded.counts() == indexes.counts()
    ms = [1000 * (a + u) for a, u in zip(appends, updates, strict=True)]
    return {
        "label": label,
        "n": n,
        "kinds": indexes.kinds(),
        "built_s": built,
        "generation_mib": meta.generation_bytes / 2**20,
        "save_s": statistics.median(saves),
        "saves": saves,
        "edit_p50_ms": statistics.median(ms),
        "edit_p99_ms": float(np.percentile(ms, 99)),
        "index_p50_ms": 1000 * statistics.median(updates),
        "append_p50_ms": 1000 * statistics.median(appends),
        "journal_kib": journal / 1024,
        "load_s": load_with_journal,
    }


def section(results: list[dict[str, object]]) -> str:
    rows = "\n".join(
        f"| {r['label']} | {', '.join(f'{k} {v}' for k, v in r['kinds'].items())} | {r['generation_mib']:.0f} MiB "  # type: ignore[attr-defined]
        f"| {r['save_s']:.3f} s | {r['edit_p50_ms']:.1f} ms | {r['edit_p99_ms']:.1f} ms | {r['index_p50_ms']:.2f} ms "
        f"| {r['append_p50_ms']:.2f} ms | {r['save_s'] * 1000 / r['edit_p50_ms']:.0f}x "  # type: ignore[operator]
        f"| {r['journal_kib']:.0f} KiB, {r['load_s']:.2f} s | {r['run']}, load {r['load']}, "
        f"{r['training_per_list']} training vectors per list |"
        for r in results
    )
    return f"""{SECTION}

Measured by `make bench-writes` (`benchmarks/bench_writes.py`) on {machine()}; each row names its date,
commit and load average (other processes shared the cores). What one committed edit costs the index on disk (see the module
docstring for the sets and the edit): before the journal, every write saved a whole new generation (`IndexSet.save`,
median of {SAVES}); now it appends one record to the generation's journal and names it in `meta.json`
(`IndexSet.append`, {EDITS} edits: p50 and p99 of the changes to the FAISS indexes plus the append). The
generation is saved again only when the journal outgrows a quarter of its files (a compaction, in the
background). The last column is the journal after the {EDITS} edits and the time to load the generation with it.

| size | indexes | generation files | whole save (before) | edit p50 | edit p99 | of which FAISS (p50) | append + publish (p50) | save / edit | journal, load | run |
|---|---|---|---|---|---|---|---|---|---|---|
{rows}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", default=list(SIZES), help="default: 10k 100k 1M")
    parser.add_argument("--no-write", action="store_true", help="do not write docs/scaling.md")
    parser.add_argument(
        "--training-per-list",
        type=int,
        default=0,
        help="train the IVF centroids on this many vectors per list instead of the service's 64 (faster "
        "at 1M; what a write costs does not depend on the centroids' quality)",
    )
    args = parser.parse_args()
    if args.training_per_list:
        faiss_module.TRAINING_SAMPLE_PER_LIST = args.training_per_list  # type: ignore[misc]
    WORK.mkdir(parents=True, exist_ok=True)
    for label in args.sizes:
        before = Path("/proc/loadavg").read_text().split()[0]
        result = bench_size(label, SIZES[label])
        result["load"] = f"{before} → {Path('/proc/loadavg').read_text().split()[0]}"
        result["run"] = f"{datetime.now(UTC):%Y-%m-%d}, `{commit()}`"
        result["training_per_list"] = args.training_per_list or 64
        print(result, flush=True)
        (WORK / f"{label}.json").write_text(json.dumps(result), encoding="utf-8")
    kept = [
        json.loads((WORK / f"{label}.json").read_text())
        for label in SIZES
        if (WORK / f"{label}.json").exists()
    ]
    if not args.no_write:
        write_doc_section(SECTION, section(kept), OUT)


if __name__ == "__main__":
    main()
