"""Which kind of index a set of vectors gets: exact up to a size, IVF-SQ8 above it."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class IndexPolicy:
    """Which kind of FAISS index a set of vectors gets, by its size.

    Up to `exact_limit` vectors: exact search (a flat inner-product index). Above it: an inverted-file index
    with 8-bit scalar quantisation (IVF-SQ8): about a quarter of the memory of float32 vectors and a search
    that reads `nprobe` of its `nlist` lists instead of every vector. IVF keeps upsert and delete by id,
    which HNSW does not. The numbers are chosen by `benchmarks/bench_index.py` (docs/performance.md)."""

    exact_limit: int = 20_000
    nprobe: int = 32
    nlist: int = 0  # 0: about 4 * sqrt(n), between 256 and 16384

    def lists_for(self, n: int) -> int:
        """Lists for n vectors: at least MIN_TRAINING_PER_LIST training vectors each (fewer for a small set)."""
        wanted = self.nlist or int(min(16_384, max(256, 4 * math.sqrt(n))))
        return max(1, min(wanted, n // MIN_TRAINING_PER_LIST))


EXACT = IndexPolicy(exact_limit=2**62)
TRAINING_SAMPLE_PER_LIST = 64  # k-means sees at most this many vectors per list
MIN_TRAINING_PER_LIST = 39  # below this FAISS's k-means warns that its centroids are poor
