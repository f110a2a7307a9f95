"""FAISS vector indexes: normalised vectors, inner product, int64 ids that are the database's ids.

An `IndexSet` holds the three indexes the engine searches (organisation profiles, offers, requests) and is
persisted beside the database with metadata (model, dimension, counts, build time, content digest). A set
built with another model or dimension is refused; the caller rebuilds it from the database.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from matcher.errors import ConfigurationError

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
INDEX_NAMES = ("profiles", "offers", "requests")


class VectorIndex:
    """An exact inner-product index with upsert and delete by id."""

    def __init__(self, dimension: int, index: Any = None) -> None:
        self.dimension = dimension
        # typed as Any: faiss ships stubs that do not know its SWIG overloads
        self._index: Any = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension)) if index is None else index
        self._ids: set[int] = set(faiss.vector_to_array(self._index.id_map).tolist()) if index else set()

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def __contains__(self, item: int) -> bool:
        return item in self._ids

    def ids(self) -> set[int]:
        return set(self._ids)

    def upsert(self, ids: list[int], vectors: np.ndarray) -> None:
        if not ids:
            return
        if vectors.shape != (len(ids), self.dimension):
            raise ValueError(
                f"expected {len(ids)} vectors of dimension {self.dimension}, got {vectors.shape}"
            )
        self.remove([i for i in ids if i in self._ids])
        self._index.add_with_ids(
            np.ascontiguousarray(vectors, dtype=np.float32), np.asarray(ids, dtype=np.int64)
        )
        self._ids.update(ids)

    def remove(self, ids: list[int]) -> None:
        present = [i for i in ids if i in self._ids]
        if present:
            self._index.remove_ids(np.asarray(present, dtype=np.int64))
            self._ids.difference_update(present)

    def vectors(self, ids: list[int]) -> np.ndarray:
        if not ids:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._index.reconstruct_batch(np.asarray(ids, dtype=np.int64))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (scores, ids) per query row; missing slots have id -1."""
        k = min(k, len(self))
        if k <= 0 or queries.shape[0] == 0:
            empty = np.zeros((queries.shape[0], 0))
            return empty.astype(np.float32), empty.astype(np.int64)
        return self._index.search(np.ascontiguousarray(queries, dtype=np.float32), k)

    def write(self, path: Path) -> None:
        tmp = path.with_suffix(path.suffix + ".tmp")
        faiss.write_index(self._index, str(tmp))
        os.replace(tmp, path)

    @classmethod
    def read(cls, path: Path, dimension: int) -> VectorIndex:
        index = faiss.read_index(str(path))
        if index.d != dimension:
            raise ConfigurationError(f"index {path} has dimension {index.d}, expected {dimension}")
        return cls(dimension, index)


@dataclass
class IndexMeta:
    model: str
    dimension: int
    counts: dict[str, int]
    built_at: str
    digest: str
    format_version: int = FORMAT_VERSION


class IndexSet:
    """The engine's three indexes, saved and loaded together."""

    def __init__(self, model: str, dimension: int) -> None:
        self.model = model
        self.dimension = dimension
        self.built_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.indexes = {name: VectorIndex(dimension) for name in INDEX_NAMES}

    @property
    def profiles(self) -> VectorIndex:
        return self.indexes["profiles"]

    @property
    def offers(self) -> VectorIndex:
        return self.indexes["offers"]

    @property
    def requests(self) -> VectorIndex:
        return self.indexes["requests"]

    def counts(self) -> dict[str, int]:
        return {name: len(index) for name, index in self.indexes.items()}

    def save(self, directory: Path, digest: str) -> None:
        """Write each index to a temporary file and rename it, then the metadata last: a crash mid-way
        leaves metadata whose digest no longer matches, and the set is rebuilt from the database."""
        directory.mkdir(parents=True, exist_ok=True)
        meta_path = directory / "meta.json"
        meta_path.unlink(missing_ok=True)
        for name, index in self.indexes.items():
            index.write(directory / f"{name}.faiss")
        meta = IndexMeta(self.model, self.dimension, self.counts(), self.built_at, digest)
        tmp = meta_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(asdict(meta), indent=2), encoding="utf-8")
        os.replace(tmp, meta_path)

    @staticmethod
    def read_meta(directory: Path) -> IndexMeta | None:
        path = directory / "meta.json"
        if not path.exists():
            return None
        try:
            return IndexMeta(**json.loads(path.read_text(encoding="utf-8")))
        except (TypeError, ValueError):
            log.warning("index metadata %s is unreadable; the index will be rebuilt", path)
            return None

    @classmethod
    def load(cls, directory: Path, model: str, dimension: int) -> tuple[IndexSet, IndexMeta]:
        meta = cls.read_meta(directory)
        if meta is None:
            raise FileNotFoundError(directory / "meta.json")
        if meta.model != model or meta.dimension != dimension or meta.format_version != FORMAT_VERSION:
            raise ConfigurationError(
                f"the index in {directory} was built with model {meta.model!r} ({meta.dimension} dimensions, "
                f"format {meta.format_version}) but the settings ask for {model!r} ({dimension} dimensions, "
                f"format {FORMAT_VERSION}): run `matcher reindex` to rebuild it"
            )
        result = cls(model, dimension)
        result.built_at = meta.built_at
        for name in INDEX_NAMES:
            result.indexes[name] = VectorIndex.read(directory / f"{name}.faiss", dimension)
        return result, meta
