"""FAISS vector indexes: normalised vectors, inner product, int64 ids that are the database's ids.

An `IndexSet` holds the three indexes the engine searches (organisation profiles, offers, requests) and is
persisted beside the database with metadata (model, dimension, counts, build time, content digest). A set
built with another model or dimension is refused; the caller rebuilds it from the database.

On disk a set is one *generation*: a directory `gen-<time>-<pid>/` with the three `.faiss` files, all
fsynced, and `meta.json` beside the directory names the generation in use. `meta.json` is replaced last, by
an atomic rename, so a reader (or a restart after a crash) sees the old set or the new one, never a mix;
a generation that was never named (the process died while writing it) is deleted by the next save.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from matcher.errors import ConfigurationError
from matcher.kit.files import fsync_dir, fsync_file, write_text_atomically

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
INDEX_NAMES = ("profiles", "offers", "requests")
META_FILE = "meta.json"
GENERATION_PREFIX = "gen-"


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


def _approximate(dimension: int, vectors: np.ndarray, policy: IndexPolicy, seed: int = 1234) -> Any:
    """An empty IVF-SQ8 index trained on (a sample of) `vectors`."""
    nlist = policy.lists_for(len(vectors))
    index: Any = faiss.index_factory(dimension, f"IVF{nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
    sample_size = min(len(vectors), nlist * TRAINING_SAMPLE_PER_LIST)
    sample = vectors[np.random.default_rng(seed).choice(len(vectors), sample_size, replace=False)]
    index.train(np.ascontiguousarray(sample, dtype=np.float32))
    # a hash table from id to (list, offset): reconstruct by id and remove_ids without scanning every list
    index.set_direct_map_type(faiss.DirectMap.Hashtable)  # type: ignore[attr-defined]
    index.nprobe = min(policy.nprobe, nlist)
    return index


def _stored_ids(index: Any) -> np.ndarray:
    """The ids an index read from a file holds."""
    if isinstance(index, faiss.IndexIDMap2 | faiss.IndexIDMap):
        return faiss.vector_to_array(index.id_map)
    ivf: Any = faiss.extract_index_ivf(index)
    lists: Any = ivf.invlists
    found = [
        faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
        for i in range(ivf.nlist)
        if lists.list_size(i)
    ]
    return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


class VectorIndex:
    """An inner-product index with upsert and delete by id: exact, or IVF-SQ8 for large sets (see
    `IndexPolicy`)."""

    def __init__(self, dimension: int, index: Any = None) -> None:
        self.dimension = dimension
        # typed as Any: faiss ships stubs that do not know its SWIG overloads
        self._index: Any = faiss.IndexIDMap2(faiss.IndexFlatIP(dimension)) if index is None else index
        self._ids: set[int] = set(_stored_ids(self._index).tolist()) if index is not None else set()

    @classmethod
    def build(
        cls, dimension: int, ids: list[int], vectors: np.ndarray, policy: IndexPolicy = EXACT
    ) -> VectorIndex:
        """An index holding `vectors` under `ids`, of the kind `policy` gives for their number."""
        result = cls(dimension)
        if len(ids) > policy.exact_limit:
            result._index = _approximate(dimension, np.asarray(vectors, dtype=np.float32), policy)
        result.upsert(ids, vectors)
        return result

    @property
    def kind(self) -> str:
        """`exact` or `ivf<lists>-sq8`."""
        if isinstance(self._index, faiss.IndexIDMap2 | faiss.IndexIDMap):
            return "exact"
        ivf: Any = faiss.extract_index_ivf(self._index)
        return f"ivf{ivf.nlist}-sq8"

    def set_nprobe(self, nprobe: int) -> None:
        """How many lists an approximate index searches (more: better recall, slower); exact ignores it."""
        if not isinstance(self._index, faiss.IndexIDMap2 | faiss.IndexIDMap):
            ivf: Any = faiss.extract_index_ivf(self._index)
            ivf.nprobe = max(1, min(nprobe, ivf.nlist))

    def memory_bytes(self) -> int:
        """What the index holds in memory, approximately: the stored codes, ids and lists."""
        if isinstance(self._index, faiss.IndexIDMap2 | faiss.IndexIDMap):
            # float32 vectors, the id map, and IndexIDMap2's reverse map (a hash table, ~40 bytes per entry)
            return len(self) * (4 * self.dimension + 8 + 40)
        ivf: Any = faiss.extract_index_ivf(self._index)
        # one byte per dimension and an id per vector, the hash table from id to list, the centroids
        return len(self) * (ivf.code_size + 8 + 40) + ivf.nlist * self.dimension * 4

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
        faiss.write_index(self._index, str(path))
        fsync_file(path)

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
    generation: str = ""  # the directory of the files; "" for the flat layout of earlier versions

    def files_dir(self, directory: Path) -> Path:
        return directory / self.generation if self.generation else directory


class IndexSet:
    """The engine's three indexes, saved and loaded together."""

    def __init__(self, model: str, dimension: int, policy: IndexPolicy = EXACT) -> None:
        self.model = model
        self.dimension = dimension
        self.policy = policy
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

    def kinds(self) -> dict[str, str]:
        return {name: index.kind for name, index in self.indexes.items()}

    def fill(self, name: str, ids: list[int], vectors: np.ndarray) -> None:
        """Replace one index with `vectors` under `ids`, built as the policy says for their number."""
        self.indexes[name] = VectorIndex.build(self.dimension, ids, vectors, self.policy)

    def save(
        self, directory: Path, digest: str, before_publish: Callable[[], None] | None = None
    ) -> IndexMeta:
        """Write the set as a new generation and then name it in `meta.json` (see the module docstring).

        `before_publish` runs once the generation is durable on disk and not yet in use (the fault tests
        stop a process there)."""
        directory.mkdir(parents=True, exist_ok=True)
        previous = self.read_meta(directory)
        generation = f"{GENERATION_PREFIX}{time.time_ns():020d}-{os.getpid()}"
        files = directory / generation
        files.mkdir()
        for name, index in self.indexes.items():
            index.write(files / f"{name}.faiss")
        fsync_dir(files)
        meta = IndexMeta(
            self.model, self.dimension, self.counts(), self.built_at, digest, generation=generation
        )
        if before_publish is not None:
            before_publish()
        write_text_atomically(directory / META_FILE, json.dumps(asdict(meta), indent=2))
        _remove_old_generations(directory, keep=generation, previous=previous.generation if previous else "")
        return meta

    @staticmethod
    def read_meta(directory: Path) -> IndexMeta | None:
        path = directory / META_FILE
        if not path.exists():
            return None
        try:
            return IndexMeta(**json.loads(path.read_text(encoding="utf-8")))
        except (TypeError, ValueError):
            log.warning("index metadata %s is unreadable; the index will be rebuilt", path)
            return None

    @staticmethod
    def check_model(directory: Path, meta: IndexMeta, model: str, dimension: int) -> None:
        """Refuse a set built with another model, dimension or file format."""
        if meta.model != model or meta.dimension != dimension or meta.format_version != FORMAT_VERSION:
            raise ConfigurationError(
                f"the index in {directory} was built with model {meta.model!r} ({meta.dimension} dimensions, "
                f"format {meta.format_version}) but the settings ask for {model!r} ({dimension} dimensions, "
                f"format {FORMAT_VERSION}): run `matcher reindex` to rebuild it"
            )

    @classmethod
    def load(
        cls, directory: Path, model: str, dimension: int, policy: IndexPolicy = EXACT
    ) -> tuple[IndexSet, IndexMeta]:
        """The set `meta.json` names. Raises `FileNotFoundError` when there is none, `ConfigurationError` for
        another model, and `OSError` or `RuntimeError` (from FAISS) when its files are missing or damaged."""
        meta = cls.read_meta(directory)
        if meta is None:
            raise FileNotFoundError(directory / META_FILE)
        cls.check_model(directory, meta, model, dimension)
        result = cls(model, dimension, policy)
        result.built_at = meta.built_at
        files = meta.files_dir(directory)
        for name in INDEX_NAMES:
            path = files / f"{name}.faiss"
            if not path.is_file():
                raise FileNotFoundError(path)
            result.indexes[name] = VectorIndex.read(path, dimension)
            result.indexes[name].set_nprobe(policy.nprobe)
        if result.counts() != meta.counts:
            raise RuntimeError(
                f"the index files in {files} hold {result.counts()}, meta.json says {meta.counts}"
            )
        return result, meta


def _remove_old_generations(directory: Path, keep: str, previous: str) -> None:
    """Delete generations older than the one just replaced (which a reader may still be loading), the
    leftovers of writers that died, and the files of the flat layout of earlier versions."""
    for path in directory.iterdir():
        if path.name.startswith(GENERATION_PREFIX) and path.is_dir():
            if path.name in (keep, previous) or path.name > keep:  # a newer one is another writer's
                continue
            shutil.rmtree(path, ignore_errors=True)
        elif not previous and path.suffix in (".faiss", ".tmp") and path.is_file():
            path.unlink(missing_ok=True)
