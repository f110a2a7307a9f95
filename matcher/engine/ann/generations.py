"""Index generations on disk: the engine's three indexes (organisation profiles, offers, requests) saved and
loaded together.

An `IndexSet` is persisted beside the database with metadata (model, dimension, counts, build time, content
digest). A set built with another model or dimension is refused; the caller rebuilds it from the database.

On disk a set is one *generation*: a directory `gen-<time>-<pid>/` with the three `.faiss` files, all
fsynced, and `meta.json` beside the directory names the generation in use. `meta.json` is replaced last, by
an atomic rename, so a reader (or a restart after a crash) sees the old set or the new one, never a mix;
a generation that was never named (the process died while writing it) is deleted by the next save.

A committed write does not save the generation again: `append` adds the write's changes to the generation's
journal (`journal.py`) and names its new length, with the new digest, in `meta.json` (a few milliseconds at
any size, where a full save of a million organisations takes the better part of a second). A reader loads
the generation and replays the named part of its journal. Once the journal outgrows a quarter of the
generation's files, the caller saves a new generation (a compaction). Writers of one data directory take
turns (a lock file), and a set appends only to the journal it loaded or last published itself: when
`meta.json` names anything else (another process published meanwhile), it saves a whole new generation.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from matcher.engine.ann.base import VectorIndex
from matcher.engine.ann.faiss import FaissIndex
from matcher.engine.ann.journal import JOURNAL_FILE, Changes, append_record, read_records
from matcher.engine.ann.policy import EXACT, IndexPolicy
from matcher.errors import ConfigurationError
from matcher.kit.files import exclusive_lock, fsync_dir, write_text_atomically

log = logging.getLogger(__name__)

FORMAT_VERSION = 1
INDEX_NAMES = ("profiles", "offers", "requests")
META_FILE = "meta.json"
GENERATION_PREFIX = "gen-"
WRITER_LOCK = "writer.lock"
JOURNAL_FLOOR = 4 * 2**20  # a journal shorter than this is never compacted (bytes)


@dataclass
class IndexMeta:
    model: str
    dimension: int
    counts: dict[str, int]
    built_at: str
    digest: str
    format_version: int = FORMAT_VERSION
    generation: str = ""  # the directory of the files; "" for the flat layout of earlier versions
    routed: bool = False  # a routed model's vectors (see `IndexSet.as_queries`)
    journal_bytes: int = 0  # how much of the generation's journal is part of the set
    generation_bytes: int = 0  # the size of the generation's index files

    def files_dir(self, directory: Path) -> Path:
        return directory / self.generation if self.generation else directory


def _norm_without_flag(documents: np.ndarray) -> np.ndarray:
    """Each routed document vector's squared norm without its flag: 1 + w for an English text."""
    return np.einsum("ij,ij->i", documents, documents) - documents[:, -1] ** 2


def _one_scale(
    raw: np.ndarray, query_flag: np.ndarray, document_flag: np.ndarray, document_norm: np.ndarray
) -> np.ndarray:
    """Routed inner products (broadcast against the flags and norms) with every English pair's turned into the
    weighted mean of its two cosines: (raw - flag product) / (1 + w), the flag product being -w * c."""
    both = (query_flag < 0) & (document_flag > 0)
    return np.divide(raw - query_flag * document_flag, document_norm, out=raw, where=both)


class IndexSet:
    """The engine's three indexes, saved and loaded together."""

    def __init__(self, model: str, dimension: int, policy: IndexPolicy = EXACT, routed: bool = False) -> None:
        self.model = model
        self.dimension = dimension
        # the vectors are a routed model's (matcher.embeddings.routed): a query negates their last coordinate
        self.routed = routed
        self.policy = policy
        self.built_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.indexes: dict[str, VectorIndex] = {name: FaissIndex(dimension) for name in INDEX_NAMES}
        # what this set last loaded or published (None: not yet), and its changes since then (see `append`)
        self.published: IndexMeta | None = None
        self.changes = Changes()
        self._refilled = False  # an index was replaced as a whole since then: no journal can say so

    def as_queries(self, documents: np.ndarray) -> np.ndarray:
        """Stored vectors as the queries of the same texts: a profile or an opportunity searching for partners,
        or the left side of a similarity. Unchanged for a plain model; a routed model's query negates the
        last coordinate, its English flag, so that two English texts are compared on the English model's
        scale (see `matcher.embeddings.routed`)."""
        if not self.routed or not len(documents):
            return documents
        queries = np.array(documents, dtype=np.float32, copy=True)
        queries[..., -1] = -queries[..., -1]
        return queries

    def similarities(self, queries: np.ndarray, documents: np.ndarray) -> np.ndarray:
        """The similarity of each query (`as_queries`) to each document, on one scale for every pair: the
        inner product for a plain model. A routed model's pair of English texts, whose inner product is
        `cos_multilingual + w * (cos_english - c)` (right for finding candidates, and always below the plain
        cosine where the English model's is below c), gets the weighted mean of its two cosines,
        `(cos_multilingual + w * cos_english) / (1 + w)`, as every other pair gets its multilingual cosine:
        so the feature values, the explanations' threshold and the diversity penalty read the same scale
        whatever the languages. `w * c` is the pair's flag product and `1 + w` the document's squared norm
        without its flag, so the vectors alone give the mean."""
        raw = np.asarray(queries, dtype=np.float32) @ np.asarray(documents, dtype=np.float32).T
        if not self.routed or not raw.size:
            return raw
        return _one_scale(
            raw, queries[:, -1:], documents[None, :, -1], _norm_without_flag(documents)[None, :]
        )

    def rescored(
        self, queries: np.ndarray, ids: np.ndarray, scores: np.ndarray, index: VectorIndex
    ) -> np.ndarray:
        """The scores of a search of `index` (`ids`, -1 for an empty slot) on the scale of `similarities`:
        unchanged for a plain model; for a routed model the found vectors (read once, for every row) give
        each pair's flags and the document's norm, applied to the search's own inner products."""
        if not self.routed or not ids.size:
            return scores
        found = ids >= 0
        documents = np.zeros((*ids.shape, self.dimension), dtype=np.float32)
        documents[found] = index.vectors([int(i) for i in ids[found]])
        norm = np.where(
            found, _norm_without_flag(documents.reshape(-1, self.dimension)).reshape(ids.shape), 1.0
        )
        return _one_scale(np.array(scores, dtype=np.float32), queries[:, -1:], documents[..., -1], norm)

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
        self.indexes[name] = FaissIndex.build(self.dimension, ids, vectors, self.policy)
        self._refilled = True

    def upsert(self, name: str, ids: list[int], vectors: np.ndarray) -> None:
        """Add or replace `ids` in one index, noted for the journal."""
        self.indexes[name].upsert(ids, vectors)
        self.changes.upsert(name, ids, vectors)

    def remove(self, name: str, ids: list[int]) -> None:
        """Remove `ids` from one index (those it holds), noted for the journal."""
        present = [i for i in ids if i in self.indexes[name]]
        self.indexes[name].remove(present)
        self.changes.remove(name, present)

    def journal_too_long(self) -> bool:
        """The published journal has outgrown a quarter of its generation's files: time for a new one."""
        meta = self.published
        return meta is not None and meta.journal_bytes > _journal_limit(meta)

    def save(
        self, directory: Path, digest: str, before_publish: Callable[[], None] | None = None
    ) -> IndexMeta:
        """Write the set as a new generation and then name it in `meta.json` (see the module docstring).

        `before_publish` runs once the generation is durable on disk and not yet in use (the fault tests
        stop a process there)."""
        directory.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(directory / WRITER_LOCK):
            return self._save(directory, digest, before_publish)

    def append(
        self, directory: Path, digest: str, before_publish: Callable[[], None] | None = None
    ) -> IndexMeta:
        """Publish the changes since the last load, save or append: as one record of the journal when
        `meta.json` still names what this set published or loaded, else (another writer published meanwhile,
        an index was refilled, or there is nothing of this set's on disk) as a whole new generation.
        `before_publish` as for `save`, once the record is durable."""
        directory.mkdir(parents=True, exist_ok=True)
        with exclusive_lock(directory / WRITER_LOCK):
            on_disk = self.read_meta(directory)
            if (
                self._refilled
                or on_disk is None
                or not on_disk.generation
                or on_disk != self.published
                or self.changes.vector_bytes() > _journal_limit(on_disk)  # a bulk import, say
            ):
                return self._save(directory, digest, before_publish)
            length = on_disk.journal_bytes
            if self.changes:
                journal = on_disk.files_dir(directory) / JOURNAL_FILE
                length = append_record(journal, length, self.changes.record())
            meta = replace(on_disk, counts=self.counts(), digest=digest, journal_bytes=length)
            if before_publish is not None:
                before_publish()
            # not fsynced: should a power cut lose this rename, meta.json names the journal's shorter part
            # (or cannot be read), and the start finds the digest behind the database and rebuilds
            write_text_atomically(directory / META_FILE, json.dumps(asdict(meta), indent=2), durable=False)
            self.published, self.changes = meta, Changes()
            return meta

    def _save(self, directory: Path, digest: str, before_publish: Callable[[], None] | None) -> IndexMeta:
        previous = self.read_meta(directory)
        generation = f"{GENERATION_PREFIX}{time.time_ns():020d}-{os.getpid()}"
        files = directory / generation
        files.mkdir()
        for name, index in self.indexes.items():
            index.write(files / f"{name}.faiss")
        fsync_dir(files)
        meta = IndexMeta(
            self.model,
            self.dimension,
            self.counts(),
            self.built_at,
            digest,
            generation=generation,
            routed=self.routed,
            generation_bytes=sum(path.stat().st_size for path in files.iterdir()),
        )
        if before_publish is not None:
            before_publish()
        write_text_atomically(directory / META_FILE, json.dumps(asdict(meta), indent=2))
        _remove_old_generations(directory, keep=generation, previous=previous.generation if previous else "")
        self.published, self.changes, self._refilled = meta, Changes(), False
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
        cls,
        directory: Path,
        model: str,
        dimension: int,
        policy: IndexPolicy = EXACT,
        routed: bool = False,
    ) -> tuple[IndexSet, IndexMeta]:
        """The set `meta.json` names, its journal replayed. Raises `FileNotFoundError` when there is none,
        `ConfigurationError` for another model, and `OSError` or `RuntimeError` (from FAISS or the journal)
        when its files are missing or damaged."""
        meta = cls.read_meta(directory)
        if meta is None:
            raise FileNotFoundError(directory / META_FILE)
        cls.check_model(directory, meta, model, dimension)
        result = cls(model, dimension, policy, routed)
        result.built_at = meta.built_at
        files = meta.files_dir(directory)
        for name in INDEX_NAMES:
            path = files / f"{name}.faiss"
            if not path.is_file():
                raise FileNotFoundError(path)
            result.indexes[name] = FaissIndex.read(path, dimension)
            result.indexes[name].set_nprobe(policy.nprobe)
        if meta.journal_bytes:
            result._replay(files, meta.journal_bytes)
        result.published = meta
        if result.counts() != meta.counts:
            raise RuntimeError(
                f"the index files in {files} hold {result.counts()}, meta.json says {meta.counts}"
            )
        return result, meta

    def _replay(self, files: Path, length: int) -> None:
        """Apply the journal's first `length` bytes: each id's last operation, in one removal and one upsert
        per index (one pass over a flat index, where an operation at a time would be one pass each)."""
        final: dict[str, dict[int, np.ndarray | None]] = {name: {} for name in self.indexes}
        for operations in read_records(files / JOURNAL_FILE, length, self.dimension):
            for op in operations:
                if op.index not in final:
                    raise RuntimeError(f"the journal in {files} names an unknown index {op.index!r}")
                rows = final[op.index]
                for at, item in enumerate(op.ids):
                    rows[item] = None if op.vectors is None else op.vectors[at]
        for name, rows in final.items():
            index = self.indexes[name]
            index.remove(list(rows))
            kept = {item: vector for item, vector in rows.items() if vector is not None}
            if kept:
                index.upsert(list(kept), np.vstack(list(kept.values())))


def _journal_limit(meta: IndexMeta) -> int:
    return max(JOURNAL_FLOOR, meta.generation_bytes // 4)


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
