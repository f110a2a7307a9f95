"""Approximate (and exact) nearest-neighbour search: the `VectorIndex` interface, its FAISS implementation, the
policy that picks an index kind by size, and the index generations on disk."""

from matcher.engine.ann.base import VectorIndex
from matcher.engine.ann.faiss import FaissIndex
from matcher.engine.ann.generations import GENERATION_PREFIX, INDEX_NAMES, META_FILE, IndexMeta, IndexSet
from matcher.engine.ann.policy import EXACT, IndexPolicy

__all__ = [
    "EXACT",
    "GENERATION_PREFIX",
    "INDEX_NAMES",
    "META_FILE",
    "FaissIndex",
    "IndexMeta",
    "IndexPolicy",
    "IndexSet",
    "VectorIndex",
]
