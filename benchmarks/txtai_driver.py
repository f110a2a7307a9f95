"""The txtai side of `benchmarks/bench_peer.py`: index and search one set of texts with txtai, print timings as JSON.

It runs in the peer's own virtualenv (var/bench/peer-venv, made by bench_peer.py), never in Matchwerk's, so that
txtai's dependencies cannot change what Matchwerk is measured with. One process is one run: the model is loaded
first (not timed), a few texts are encoded and one query searched to warm torch up (not timed), then
`Embeddings.index` of every text and one `Embeddings.search` per query are timed.

Input: a JSON file {"model": folder, "documents": [[id, text], ...], "queries": [...], "k": 10, "batch": 32,
"threads": 0, "method": "sentence-transformers"}. Output (stdout, one JSON object): the txtai version, the index
time, the query times in milliseconds and the ids each query found (so that the benchmark can check that both
sides see the same neighbours).
"""

from __future__ import annotations

import json
import os
import sys
import time
from importlib.metadata import version

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import torch  # noqa: E402
from txtai import Embeddings  # noqa: E402


def main(spec_file: str) -> None:
    with open(spec_file, encoding="utf-8") as fh:
        spec = json.load(fh)
    if spec.get("threads"):
        torch.set_num_threads(int(spec["threads"]))
    documents = [(str(doc_id), text) for doc_id, text in spec["documents"]]
    t0 = time.perf_counter()
    embeddings = Embeddings(
        path=spec["model"],
        method=spec.get("method", "sentence-transformers"),
        backend="faiss",
        content=False,
        encodebatch=int(spec.get("batch", 32)),
    )
    load_s = time.perf_counter() - t0
    embeddings.batchtransform([text for _, text in documents[:32]])  # warm-up, as on the other side

    t0 = time.perf_counter()
    embeddings.index(documents)
    index_s = time.perf_counter() - t0

    k = int(spec.get("k", 10))
    embeddings.search(spec["queries"][0], k)  # warm-up, as on the other side
    query_ms: list[float] = []
    found: list[list[str]] = []
    for query in spec["queries"]:
        t0 = time.perf_counter()
        hits = embeddings.search(query, k)
        query_ms.append((time.perf_counter() - t0) * 1000)
        found.append([str(doc_id) for doc_id, _ in hits])
    json.dump(
        {
            "txtai": version("txtai"),
            "faiss_index": type(embeddings.ann.backend).__name__,
            "count": embeddings.count(),
            "load_s": load_s,
            "index_s": index_s,
            "query_ms": query_ms,
            "found": found,
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main(sys.argv[1])
