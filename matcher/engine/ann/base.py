"""The vector index interface the engine searches: inner product over normalised vectors, int64 ids that are
the database's ids, upsert and delete by id. `FaissIndex` (ann/faiss.py) is the one implementation."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np


class VectorIndex(Protocol):
    dimension: int

    @property
    def kind(self) -> str:
        """What kind of index it is, for the status and the logs (`exact`, `ivf<lists>-sq8`)."""
        ...

    def __len__(self) -> int: ...

    def __contains__(self, item: int) -> bool: ...

    def ids(self) -> set[int]: ...

    def upsert(self, ids: list[int], vectors: np.ndarray) -> None:
        """Add the vectors under their ids, replacing the vectors those ids had."""
        ...

    def remove(self, ids: list[int]) -> None:
        """Remove the ids the index holds (others are ignored)."""
        ...

    def vectors(self, ids: list[int]) -> np.ndarray:
        """The stored vectors of `ids` (all held), one row each."""
        ...

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) per query row; missing slots have id -1."""
        ...

    def set_nprobe(self, nprobe: int) -> None:
        """How much of an approximate index a search reads; an exact index ignores it."""
        ...

    def memory_bytes(self) -> int: ...

    def write(self, path: Path) -> None:
        """Write the index to `path`, durably."""
        ...
