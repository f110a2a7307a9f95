"""BM25 matrices for `LexicalIndex`: a full bm25s build (the base) and the documents written since (the delta).

The base is bm25s's own index of every document as it was at build time, kept as a documents x terms CSC
matrix (and a CSR copy) of its per-term scores. A document written (put or removed) after the build hides its
base row, and a written document is scored from the delta: its term-frequency components (bm25s's Lucene
formula, k1 = 1.5, b = 0.75) against the base's average document length, times each term's idf from the base's
document frequencies and number of documents; a term the base does not know gets its document frequency
counted in the delta. A `View` is what one question reads (base, hidden rows, delta), immutable once made, so
a question never sees half of a write or of a rebuild.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import numpy as np

K1, B = 1.5, 0.75  # bm25s's defaults, which the base is built with

Row = tuple[np.ndarray, np.ndarray]
"""A written document's term ids and term-frequency components (idf not applied)."""


def _idf(df: np.ndarray, documents: int) -> np.ndarray:
    """Lucene's idf as bm25s keeps it (float32), as float64."""
    return np.log(1 + (documents - df + 0.5) / (df + 0.5)).astype(np.float32).astype(np.float64)


def _positions(sorted_ids: np.ndarray, order: np.ndarray, doc_ids: np.ndarray) -> np.ndarray:
    """Row of each of `doc_ids` (`order` maps sorted positions to rows), -1 for an id not there."""
    if not len(sorted_ids):
        return np.full(len(doc_ids), -1, dtype=np.int64)
    at = np.minimum(np.searchsorted(sorted_ids, doc_ids), len(sorted_ids) - 1)
    return np.where(sorted_ids[at] == doc_ids, order[at], -1)


def _column_sums(matrix: Any, terms: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Every row's sum over the CSC matrix's `terms` columns, each times its weight, added in the order of the
    terms as the product `matrix[:, terms] @ weights` adds them (to the bit), without scipy's checks and copies
    of a column selection (a third of a search's BM25 time); bm25s adds one term after the other with
    `np.add.at`, several times slower."""
    if not len(terms):
        return np.zeros(matrix.shape[0])
    starts, ends = matrix.indptr[terms], matrix.indptr[terms + 1]
    rows = np.concatenate([matrix.indices[a:b] for a, b in zip(starts, ends, strict=True)])
    values = np.concatenate(
        [matrix.data[a:b].astype(np.float64) * w for a, b, w in zip(starts, ends, weights, strict=True)]
    )
    return np.bincount(rows, weights=values, minlength=matrix.shape[0])


@dataclass(frozen=True, eq=False)
class Base:
    """One bm25s build: its model, the documents' ids by row, and its scores as CSC and CSR matrices."""

    model: Any
    ids: np.ndarray
    sorted_ids: np.ndarray
    order: np.ndarray  # row of each of `sorted_ids`
    by_term: Any
    by_doc: Any
    avg_length: float
    idf: np.ndarray  # per term (column)

    @property
    def terms(self) -> int:
        return int(self.by_term.shape[1])

    def positions(self, doc_ids: np.ndarray) -> np.ndarray:
        return _positions(self.sorted_ids, self.order, doc_ids)

    def term_id(self, token: str) -> int | None:
        term = self.model.vocab_dict.get(token)
        return term if term is not None and term < self.terms else None  # bm25s's "" has no column


_pauses = [0, False]  # builds running under `collector_paused`, and whether the collector was on before them
_pauses_lock = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """No automatic garbage collection while a build runs beside questions: bm25s makes a few Python lists per
    document, which set off full collections that hold the interpreter for seconds at 1M documents (measured
    3.0 and 3.9 s during one fold) and so stall every question meanwhile. The lists hold no cycles; what the
    other threads leave in cycles meanwhile waits for the first collection after the build."""
    with _pauses_lock:
        if _pauses[0] == 0:
            _pauses[1] = gc.isenabled()
            gc.disable()
        _pauses[0] += 1
    try:
        yield
    finally:
        with _pauses_lock:
            _pauses[0] -= 1
            if _pauses[0] == 0 and _pauses[1]:
                gc.enable()


def build(docs: dict[int, list[str]]) -> Base | None:
    """bm25s's index of every document (None for none)."""
    if not docs:
        return None
    import bm25s
    import scipy.sparse

    # bm25s sets its logger to DEBUG when it is imported and logs every index build: quiet it after.
    logging.getLogger("bm25s").setLevel(logging.WARNING)
    ids = np.fromiter(docs, dtype=np.int64, count=len(docs))
    order = np.argsort(ids, kind="stable")
    corpus = [docs[int(i)] for i in ids]
    model = bm25s.BM25(k1=K1, b=B)
    model.index(corpus, show_progress=False)
    scores = model.scores
    by_term = scipy.sparse.csc_matrix(
        (scores["data"], scores["indices"], scores["indptr"]),
        shape=(scores["num_docs"], len(scores["indptr"]) - 1),
    )
    avg_length = float(np.array([len(tokens) for tokens in corpus]).mean())
    return Base(
        model=model,
        ids=ids,
        sorted_ids=ids[order],
        order=order,
        by_term=by_term,
        by_doc=by_term.tocsr(),
        avg_length=avg_length,
        idf=_idf(np.diff(by_term.indptr), len(ids)),
    )


def row(base: Base, extra: dict[str, int], tokens: list[str]) -> Row:
    """A written document's row of the delta: its terms (the base's ids; a term the base does not know is added
    to `extra`, numbered on after the base's) and their term-frequency components against the base's average
    length."""
    counts = Counter(tokens)
    terms = np.empty(len(counts), dtype=np.int64)
    for j, token in enumerate(counts):
        term = base.term_id(token)
        terms[j] = term if term is not None else extra.setdefault(token, base.terms + len(extra))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    length = len(tokens) / base.avg_length if base.avg_length else 1.0
    return terms, tf / (K1 * ((1 - B) + B * length) + tf)


@dataclass(frozen=True, eq=False)
class Delta:
    """The written documents still there, scored with the base's statistics. Its matrix has a column per term
    it holds (`terms`, sorted), so that making it costs what the delta holds, not what the base's vocabulary
    does."""

    ids: np.ndarray  # by row, in the order they were first written
    sorted_ids: np.ndarray
    order: np.ndarray
    terms: np.ndarray  # the term (base ids, then extra ones) of each column, ascending
    by_term: Any  # documents x columns CSC matrix of term-frequency components
    df: np.ndarray  # per column: documents of the delta holding its term
    idf: np.ndarray  # per column: the base's idf, for an extra term one from `df` and the base's size

    @classmethod
    def of(cls, base: Base, ids: list[int], rows: list[Row]) -> Delta:
        import scipy.sparse

        ids_array = np.asarray(ids, dtype=np.int64)
        order = np.argsort(ids_array, kind="stable")
        indptr = np.concatenate([[0], np.cumsum([len(r[0]) for r in rows], dtype=np.int64)]).astype(np.int64)
        terms, columns = np.unique(
            np.concatenate([r[0] for r in rows]) if rows else np.zeros(0, dtype=np.int64), return_inverse=True
        )
        values = np.concatenate([r[1] for r in rows]) if rows else np.zeros(0)
        by_term = scipy.sparse.csr_matrix((values, columns, indptr), shape=(len(ids), len(terms))).tocsc()
        df = np.diff(by_term.indptr)
        known = terms < base.terms
        idf = _idf(df, len(base.ids))
        idf[known] = base.idf[terms[known]]
        return cls(ids_array, ids_array[order], order, terms, by_term, df, idf)

    def positions(self, doc_ids: np.ndarray) -> np.ndarray:
        return _positions(self.sorted_ids, self.order, doc_ids)

    def columns(self, terms: np.ndarray) -> np.ndarray:
        """The column of each term, -1 for a term no document of the delta holds."""
        return _positions(self.terms, np.arange(len(self.terms)), terms)

    def holding(self, terms: np.ndarray) -> np.ndarray:
        """How many documents of the delta hold each term."""
        columns = self.columns(terms)
        return np.where(columns >= 0, self.df[np.maximum(columns, 0)] if len(self.df) else 0, 0)

    def scores(self, terms: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Every delta document's BM25 score for the terms, each counted `counts` times."""
        columns = self.columns(terms)
        held = columns >= 0
        columns = columns[held]
        return _column_sums(self.by_term, columns, counts[held] * self.idf[columns])


@dataclass(frozen=True, eq=False)
class View:
    """What one question reads: the base, its rows that writes hid (sorted), and the delta (None when no
    document was written since the build); `extra` numbers the delta's terms the base does not know."""

    base: Base | None
    hidden: np.ndarray
    delta: Delta | None
    extra: dict[str, int]

    def query(self, tokens: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """The tokens' known terms as (term ids, how often each occurs)."""
        if self.base is None:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        ids = []
        for token in tokens:
            term = self.base.term_id(token)
            if term is None and self.delta is not None:
                term = self.extra.get(token)
            if term is not None:
                ids.append(term)
        found = np.asarray(ids, dtype=np.int64)
        if self.delta is not None and len(found):
            # an extra term is known while a document of the delta holds it (one written later is not in it)
            found = found[(found < self.base.terms) | (self.delta.holding(found) > 0)]
        if not len(found):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        terms, counts = np.unique(found, return_counts=True)
        return terms, counts.astype(np.float64)

    def base_scores(self, terms: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Every base row's score for the terms (the base's own, 0 for a hidden row)."""
        assert self.base is not None
        known = terms < self.base.terms
        scores = _column_sums(self.base.by_term, terms[known], counts[known])
        scores[self.hidden] = 0.0
        return scores

    def postings(self, terms: np.ndarray) -> np.ndarray:
        """How many entries of the matrices each term's scores read."""
        assert self.base is not None
        indptr = self.base.by_term.indptr
        inside = np.minimum(terms, self.base.terms - 1)
        found = np.where(terms < self.base.terms, indptr[inside + 1] - indptr[inside], 0)
        if self.delta is not None:
            found = found + self.delta.holding(terms)
        return found
