"""What one write costs the BM25 index at scale (issue 22): build, then edit one organisation and ask again.

Builds a `LexicalIndex` of N documents made from real texts as `benchmarks/scaledata.py` makes them (the demo
ecosystem with its opportunities and the CORDIS H2020 organisations; document i is base record i mod B with
the suffix `(no. i)`), then times:
- the full build: every `put` (tokenising) and the first `top` (the BM25 build);
- questions without a write: `top(text, 200)` and `scores_for` of the hits, the text another organisation's
  document, as a match asks;
- edits: `put` of one organisation with another record's text, then the same two calls (the first question
  after a write pays whatever the write left to do); p50 / p90 / max over `--edits`;
- where the index has one (`LexicalIndex.folding`), a fold of the written documents into a fresh build in the
  background, with edits going on meanwhile, and how far the delta's scores were from the fold's.

Run `python benchmarks/bench_lexical.py --sizes 100000 1000000 --edits 50`.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402
from scaledata import CORDIS_DIR, DEMO_FILE, SUFFIX, _org_columns, _texts, read_records  # noqa: E402

from matcher.engine.lexical import LexicalIndex  # noqa: E402

POOL = 200  # a match's lexical pool: max(100, 20 x k) for k=10


def base_texts() -> list[str]:
    """Every base record's BM25 document: its profile text and its opportunities' texts."""
    records, _, sources = read_records(CORDIS_DIR, DEMO_FILE)
    texts = []
    for record in records:
        org, opps = _org_columns(record)
        profile, opportunity_texts = _texts(org, opps)
        texts.append("\n".join([profile, *opportunity_texts]))
    print("base:", "; ".join(sources), flush=True)
    return texts


def summary(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    p90 = ms[min(len(ms) - 1, int(0.9 * len(ms)))]
    return f"p50 {statistics.median(ms):.1f} ms, p90 {p90:.1f} ms, max {ms[-1]:.1f} ms (n={len(ms)})"


def ask(index: LexicalIndex, query: str) -> tuple[float, float]:
    """Seconds of `top` and of `scores_for` of its hits."""
    start = time.perf_counter()
    hits = index.top(query, POOL)
    middle = time.perf_counter()
    index.scores_for(query, [i for i, _ in hits])
    return middle - start, time.perf_counter() - middle


def run(size: int, base: list[str], edits: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    index = LexicalIndex()
    start = time.perf_counter()
    for i in range(size):
        index.put(i, base[i % len(base)] + SUFFIX.format(i=i))
    tokenised = time.perf_counter() - start
    queries = [base[int(j)] for j in rng.integers(0, len(base), size=edits)]
    start = time.perf_counter()
    index.top("hydrogen fuel cells", POOL)
    built = time.perf_counter() - start
    gc.collect()  # what was loaded out of the collector's reach, as the server does (`freeze_loaded`)
    gc.freeze()
    print(
        f"\nN={size:,}: put of every document {tokenised:.1f} s, first top (BM25 build) {built:.1f} s",
        flush=True,
    )
    quiet = [ask(index, q) for q in queries]  # the edits' questions
    print(f"  no write: top {summary([t for t, _ in quiet])}; scores_for {summary([s for _, s in quiet])}")
    puts, tops, fors, totals = [], [], [], []
    for e in range(edits):
        doc_id = int(rng.integers(0, size))
        text = base[int(rng.integers(0, len(base)))] + SUFFIX.format(i=doc_id)
        start = time.perf_counter()
        index.put(doc_id, text)
        put = time.perf_counter() - start
        top, scores_for = ask(index, queries[e % len(queries)])
        puts.append(put)
        tops.append(top)
        fors.append(scores_for)
        totals.append(put + top + scores_for)
        if e == 0:
            print(f"  first edit: put + top + scores_for {1000 * totals[0]:.1f} ms", flush=True)
    print(f"  edit: put {summary(puts)}")
    print(f"  edit: next top {summary(tops)}")
    print(f"  edit: next scores_for {summary(fors)}")
    print(f"  edit: put + top + scores_for {summary(totals)}")
    if hasattr(index, "folding"):
        fold_share, fold_min = index.fold_share, index.fold_min
        asked = queries[:20]
        before = [index.top(q, POOL) for q in asked]
        before_scores = [
            index.scores_for(q, [i for i, _ in hits]) for q, hits in zip(asked, before, strict=True)
        ]
        # one more write past a threshold of 0 starts a fold in the background; edits go on meanwhile, one
        # every 0.2 s (they stay in the delta of the new build)
        index.fold_share, index.fold_min = 0.0, 0
        start = time.perf_counter()
        index.put(0, base[0] + SUFFIX.format(i=0))
        during, written = [], {0}
        while index.folding:
            doc_id = int(rng.integers(0, size))
            edit_start = time.perf_counter()
            index.put(doc_id, base[int(rng.integers(0, len(base)))] + SUFFIX.format(i=doc_id))
            ask(index, queries[len(during) % len(queries)])
            during.append(time.perf_counter() - edit_start)
            written.add(doc_id)
            time.sleep(0.2)
        folded = time.perf_counter() - start
        index.fold_share, index.fold_min = fold_share, fold_min
        print(f"  fold of {edits + 1} written documents in the background (a full build): {folded:.1f} s")
        if during:
            print(f"  edit during the fold: put + top + scores_for {summary(during)}")
        deviation, ranked = [], []
        for q, hits, delta_scores in zip(asked, before, before_scores, strict=True):
            kept = [j for j, (i, _) in enumerate(hits) if i not in written]
            delta_scores = delta_scores[kept]
            full = index.scores_for(q, [hits[j][0] for j in kept])
            deviation.append(float(np.max(np.abs(delta_scores - full) / np.maximum(full, 1e-9), initial=0.0)))
            # the ten best scores rank by rank (copies of one base record tie, so the ids may differ)
            best = sorted((s for _, s in index.top(q, 10)), reverse=True)
            best_before = sorted((s for _, s in hits), reverse=True)[: len(best)]
            ranked.append(max((abs(a - b) / b for a, b in zip(best_before, best, strict=True)), default=0.0))
        print(
            f"  delta against the fold, {len(asked)} questions: largest relative difference of a hit's score"
            f" {max(deviation):.2e}, of the ten best scores rank by rank {max(ranked):.2e}"
        )
        after = [ask(index, q) for q in queries]
        print(f"  after the fold: top {summary([t for t, _ in after])}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak memory of the process so far: {peak:.0f} MiB", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000])
    parser.add_argument("--edits", type=int, default=50)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    base = base_texts()
    for size in args.sizes:
        run(size, base, args.edits, args.seed)


if __name__ == "__main__":
    main()
