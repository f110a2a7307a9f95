"""Lexical retrieval: BM25 over each organisation's texts, with German and English word forms.

Every word is indexed under its English and its German Snowball stem, so that "testing"/"test" and
"Prüfungen"/"Prüfung" meet whichever language a text is in. The BM25 index is rebuilt lazily after changes
(cheap at the sizes one region has).
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import Any

import numpy as np

from matcher.kit.text import words as text_words


@cache
def _stemmers() -> tuple[Any, Any]:
    import Stemmer

    return Stemmer.Stemmer("english"), Stemmer.Stemmer("german")


class StemCache:
    """Distinct words with their stems, cleared when `limit` would be passed (memory stays bounded)."""

    def __init__(self, limit: int = 1_000_000) -> None:
        self.limit = limit
        self._stems: dict[str, tuple[str, ...]] = {}
        self._lock = threading.Lock()  # a PyStemmer object is not safe to share between threads

    def __len__(self) -> int:
        return len(self._stems)

    def get(self, word: str) -> tuple[str, ...] | None:
        return self._stems.get(word)

    def stem(self, missing: list[str]) -> dict[str, tuple[str, ...]]:
        """The stems of words not cached yet, cached from here on."""
        english, german = _stemmers()
        with self._lock:
            pairs = zip(english.stemWords(missing), german.stemWords(missing), strict=True)
            if len(self._stems) + len(missing) > self.limit:
                self._stems.clear()
            found: dict[str, tuple[str, ...]] = {
                word: (en,) if de == en else (en, de) for word, (en, de) in zip(missing, pairs, strict=True)
            }
            self._stems.update(found)
        return found


STEMS = StemCache()


def tokenize(text: str) -> list[str]:
    """Lower-cased words without stop words, each as its English and (if different) its German stem."""
    words = text_words(text)
    if not words:
        return []
    # the text's own stems, so that a cache cleared meanwhile (here or by another thread) loses none of them
    own: dict[str, tuple[str, ...]] = {}
    missing = []
    for word in set(words):
        known = STEMS.get(word)
        if known is None:
            missing.append(word)
        else:
            own[word] = known
    if missing:
        own.update(STEMS.stem(missing))
    return [token for w in words for token in own[w]]


POSTINGS_BUDGET = 400_000
"""`top` reads at most about this many postings: past it the commonest terms of a long text are left out of
retrieval (they weigh least in BM25); scores of given documents (`scores_for`) always use every term."""


class LexicalIndex:
    """BM25 over one document per organisation; ids are the organisations' ids."""

    def __init__(self) -> None:
        self._docs: dict[int, list[str]] = {}
        self._ids: np.ndarray = np.zeros(0, dtype=np.int64)
        self._order: np.ndarray = np.zeros(0, dtype=np.int64)  # positions of `_ids` in ascending id order
        self._bm25: Any = None
        self._by_term: Any = None  # the term scores as a documents x terms CSC matrix (bm25s's own arrays)
        self._by_doc: Any = None  # the same as a CSR matrix
        self._dirty = True
        self._lock = threading.Lock()
        # the last query read (`_last_query`): its text, the model it was read against, its terms and counts,
        # and every document's score for all its terms once `top` has computed them (None before), so that
        # `scores_for` of the same search neither tokenises it again nor reads its postings twice
        self._last: tuple[str, Any, np.ndarray, np.ndarray, np.ndarray | None] | None = None

    def __len__(self) -> int:
        return len(self._docs)

    def put(self, doc_id: int, text: str) -> None:
        self._docs[doc_id] = tokenize(text)
        self._dirty = True

    def remove(self, doc_id: int) -> None:
        if self._docs.pop(doc_id, None) is not None:
            self._dirty = True

    def _ensure(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            import bm25s
            import scipy.sparse

            # bm25s sets its logger to DEBUG when it is imported and logs every index build: quiet it after.
            logging.getLogger("bm25s").setLevel(logging.WARNING)
            self._ids = np.fromiter(self._docs, dtype=np.int64, count=len(self._docs))
            self._order = np.argsort(self._ids, kind="stable")
            if len(self._ids):
                model = bm25s.BM25()
                model.index([self._docs[int(i)] for i in self._ids], show_progress=False)
                self._bm25 = model
                scores = model.scores
                by_term = scipy.sparse.csc_matrix(
                    (scores["data"], scores["indices"], scores["indptr"]),
                    shape=(scores["num_docs"], len(scores["indptr"]) - 1),
                )
                self._by_term, self._by_doc = by_term, by_term.tocsr()
            else:
                self._bm25 = self._by_term = self._by_doc = None
            self._last = None
            self._dirty = False

    def _last_query(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """`_query(text)` and, if known, the scores of all its terms: remembered for the last text asked."""
        last = self._last
        if last is not None and last[0] == text and last[1] is self._bm25:
            return last[2], last[3], last[4]
        terms, counts = self._query(text)
        self._last = (text, self._bm25, terms, counts, None)
        return terms, counts, None

    def _query(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The known terms of `text` as (term ids, how often each occurs)."""
        known = self._bm25.vocab_dict
        ids = [known[t] for t in tokenize(text) if t in known]
        if not ids:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        terms, counts = np.unique(np.asarray(ids, dtype=np.int64), return_counts=True)
        return terms, counts.astype(np.float64)

    def _positions(self, doc_ids: np.ndarray) -> np.ndarray:
        """Row of each id in the BM25 matrix, -1 for ids it does not hold."""
        sorted_ids = self._ids[self._order]
        at = np.searchsorted(sorted_ids, doc_ids)
        at = np.minimum(at, len(sorted_ids) - 1)
        return np.where(sorted_ids[at] == doc_ids, self._order[at], -1)

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """BM25 score of every document for `text` as (ids, scores), as bm25s computes them (the reference
        that `top` and `scores_for` are tested against)."""
        self._ensure()
        if self._bm25 is None:
            return self._ids, np.zeros(len(self._ids), dtype=np.float32)
        terms, counts = self._query(text)
        if not len(terms):
            return self._ids, np.zeros(len(self._ids), dtype=np.float32)
        return self._ids, np.asarray(
            self._bm25.get_scores(np.repeat(terms, counts.astype(np.int64)).tolist())
        )

    def _term_scores(self, terms: np.ndarray, counts: np.ndarray) -> np.ndarray:
        """Every document's score for the terms, each counted `counts` times: the terms' columns of the CSC
        matrix times the counts, summed per document in the order of the terms, as the matrix product
        `by_term[:, terms] @ counts` sums them (to the bit), without scipy's checks and copies of a column
        selection (a third of a search's BM25 time); bm25s adds one term after the other with `np.add.at`,
        several times slower."""
        matrix = self._by_term
        if not len(terms):
            return np.zeros(matrix.shape[0])
        starts, ends = matrix.indptr[terms], matrix.indptr[terms + 1]
        rows = np.concatenate([matrix.indices[a:b] for a, b in zip(starts, ends, strict=True)])
        weights = np.concatenate(
            [matrix.data[a:b].astype(np.float64) * c for a, b, c in zip(starts, ends, counts, strict=True)]
        )
        return np.bincount(rows, weights=weights, minlength=matrix.shape[0])

    def scores_for(self, text: str, doc_ids: list[int]) -> np.ndarray:
        """BM25 score of `text` for each of `doc_ids` (0 for an id the index does not hold), without scoring
        every document."""
        self._ensure()
        result = np.zeros(len(doc_ids))
        if self._bm25 is None or not doc_ids:
            return result
        terms, counts, every = self._last_query(text)
        if not len(terms):
            return result
        rows = self._positions(np.asarray(doc_ids, dtype=np.int64))
        present = rows >= 0
        if every is not None:  # `top` of the same text scored every document with all its terms
            result[present] = every[rows[present]]
            return result
        weights = np.zeros(self._by_doc.shape[1])
        weights[terms] = counts
        result[present] = self._by_doc[rows[present]] @ weights
        return result

    def top(self, text: str, k: int) -> list[tuple[int, float]]:
        """The `k` best documents for `text` (with a positive score). For a long text whose terms' posting
        lists exceed `POSTINGS_BUDGET`, only its rarer terms retrieve (see there)."""
        self._ensure()
        if self._bm25 is None or k <= 0:
            return []
        terms, counts, every = self._last_query(text)
        if not len(terms):
            return []
        indptr = self._bm25.scores["indptr"]
        postings = indptr[terms + 1] - indptr[terms]
        if postings.sum() > POSTINGS_BUDGET:
            rarest_first = np.argsort(postings, kind="stable")
            keep = rarest_first[np.cumsum(postings[rarest_first]) <= POSTINGS_BUDGET]
            scores = self._term_scores(terms[keep], counts[keep])
        else:
            scores = every if every is not None else self._term_scores(terms, counts)
            self._last = (text, self._bm25, terms, counts, scores)
        k = min(k, len(scores))
        best = np.argpartition(-scores, k - 1)[:k]
        return [(int(self._ids[i]), float(scores[i])) for i in best if scores[i] > 0]
