"""Lexical retrieval: BM25 over each organisation's texts, with German and English word forms.

Every word is indexed under its English and its German Snowball stem, so that "testing"/"test" and
"Prüfungen"/"Prüfung" meet whichever language a text is in. The first question builds the BM25 index of every
document (bm25s; the matrices are `matcher/engine/bm25.py`'s). After that a write (put or remove) costs what the
index's size allows: below `REBUILD_BELOW` documents the next question builds it in full again (cheap at the
sizes one region has, and bm25s's exact scores); from there on a write hides the document's row of the build
and scores the written document from a small delta with the build's statistics (idf, average length, number
of documents), so that one edit at 1M organisations costs milliseconds instead of a rebuild of seconds to
minutes. Once more documents than `FOLD_SHARE` of the build (and `FOLD_MIN`) were written, a full build folds
them in: in a background thread while questions go on reading the old build and the delta (the documents
written meanwhile stay in the new one's delta), or at the next question without `background`.
"""

from __future__ import annotations

import logging
import threading
from functools import cache
from typing import Any

import numpy as np

from matcher.engine import bm25
from matcher.engine.bm25 import View
from matcher.kit.text import words as text_words

logger = logging.getLogger(__name__)


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

REBUILD_BELOW = 20_000
"""Below this many documents a write is followed by a full build at the next question (today's exact bm25s
scores; cheap at this size); from it on, writes go to the delta."""

FOLD_SHARE, FOLD_MIN = 0.01, 2_000
"""The delta is folded into a fresh full build once more documents than this share of the base (and at least
`FOLD_MIN`) were written since its build."""

_Last = tuple[str, View, np.ndarray, np.ndarray, tuple[np.ndarray, np.ndarray | None] | None]


class LexicalIndex:
    """BM25 over one document per organisation; ids are the organisations' ids.

    `rebuild_below`, `fold_share` and `fold_min` are the thresholds above; with `background` a fold builds in a
    thread while questions go on reading the old base and the delta, else at the next question."""

    def __init__(
        self,
        rebuild_below: int = REBUILD_BELOW,
        fold_share: float = FOLD_SHARE,
        fold_min: int = FOLD_MIN,
        background: bool = True,
    ) -> None:
        self.rebuild_below, self.fold_share, self.fold_min = rebuild_below, fold_share, fold_min
        self.background = background
        self._docs: dict[int, list[str]] = {}
        self._base: bm25.Base | None = None
        self._built = False  # whether `_base` was built at all (None is also the build of no documents)
        # ids written (put or removed) since the base's build, in the order of their first write; while a fold
        # builds, those written since it took its copy of the documents (the delta of the next base)
        self._written: dict[int, None] = {}
        self._written_in_fold: dict[int, None] | None = None
        self._rows: dict[int, bm25.Row] = {}  # delta rows against `_base`, made when first read
        self._extra: dict[str, int] = {}  # the delta's terms `_base` does not know
        self._view: View | None = None  # None: to be made again by the next question
        self._fold: threading.Thread | None = None
        self._lock = threading.Lock()
        # the last query read (`_last_query`): its text, the view it was read against, its terms and counts,
        # and every document's score for all its terms (base rows, delta rows) once `top` has computed them,
        # so that `scores_for` of the same search neither tokenises it again nor reads its postings twice
        self._last: _Last | None = None

    def __len__(self) -> int:
        return len(self._docs)

    def put(self, doc_id: int, text: str) -> None:
        tokens = tokenize(text)
        with self._lock:
            self._docs[doc_id] = tokens
            self._wrote(doc_id)

    def remove(self, doc_id: int) -> None:
        with self._lock:
            if self._docs.pop(doc_id, None) is not None:
                self._wrote(doc_id)

    def _wrote(self, doc_id: int) -> None:
        self._view = None
        if not self._built:  # nothing to hide yet: the first question builds the whole index
            return
        self._written[doc_id] = None
        if self._written_in_fold is not None:
            self._written_in_fold[doc_id] = None
        self._rows.pop(doc_id, None)
        if self.background and self._fold_due():
            self._start_fold()

    def _start_fold(self) -> None:
        if self._fold is None and len(self._docs) >= self.rebuild_below:
            self._fold = threading.Thread(target=self._fold_in_background, name="bm25-fold", daemon=True)
            self._fold.start()

    def _fold_due(self) -> bool:
        base_size = len(self._base.ids) if self._base is not None else 0
        return len(self._written) > max(self.fold_min, int(self.fold_share * base_size))

    def _install(self, base: bm25.Base | None, written: dict[int, None]) -> None:
        self._base, self._built, self._written = base, True, written
        self._rows, self._extra, self._view = {}, {}, None

    def _fold_in_background(self) -> None:
        try:
            with self._lock:
                docs = dict(self._docs)
                self._written_in_fold = {}
            # minutes at 1M documents, while questions read the old base and the delta
            with bm25.collector_paused():
                base = bm25.build(docs)
            with self._lock:
                self._install(base, self._written_in_fold)
        except Exception:
            logger.exception("folding the BM25 delta into a new build failed; the delta is kept")
        finally:
            with self._lock:
                self._written_in_fold, self._fold = None, None

    def fold(self) -> None:
        """Fold the written documents into a full build now (after a fold already running in the background)."""
        running = self._fold
        if running is not None:
            running.join()
        with self._lock:
            self._install(bm25.build(self._docs), {})

    @property
    def folding(self) -> bool:
        """Whether a fold is building in the background."""
        return self._fold is not None

    def finish_fold(self) -> None:
        """Wait for a fold running in the background, if any."""
        running = self._fold
        if running is not None:
            running.join()

    def _current(self) -> View:
        """The view of the index as it is now, made (and built in full where due) under the lock."""
        with self._lock:
            if self._view is not None:
                return self._view
            small = len(self._docs) < self.rebuild_below
            if not self._built or (self._written and (small or self._base is None)):
                self._install(bm25.build(self._docs), {})
            elif self._fold_due():
                if self.background:
                    self._start_fold()
                else:
                    self._install(bm25.build(self._docs), {})
            base, delta, hidden = self._base, None, np.zeros(0, dtype=np.int64)
            if base is not None and self._written:
                written = np.fromiter(self._written, dtype=np.int64, count=len(self._written))
                rows = base.positions(written)
                hidden = np.sort(rows[rows >= 0])
                present = [doc_id for doc_id in self._written if doc_id in self._docs]
                for doc_id in present:
                    if doc_id not in self._rows:
                        self._rows[doc_id] = bm25.row(base, self._extra, self._docs[doc_id])
                delta = bm25.Delta.of(base, present, [self._rows[i] for i in present])
            self._view = View(base, hidden, delta, self._extra)
            return self._view

    def _last_query(self, view: View, text: str) -> tuple[np.ndarray, np.ndarray, Any]:
        """`view.query(text)` and, if known, the scores of all its terms: remembered for the last text asked."""
        last = self._last
        if last is not None and last[0] == text and last[1] is view:
            return last[2], last[3], last[4]
        terms, counts = view.query(tokenize(text))
        self._last = (text, view, terms, counts, None)
        return terms, counts, None

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """BM25 score of every document for `text` as (ids, scores): as bm25s computes them for the base's rows
        that no write hid, then the delta's (the reference that `top` and `scores_for` are tested against)."""
        view = self._current()
        base, delta = view.base, view.delta
        if base is None:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        shown = np.ones(len(base.ids), dtype=bool)
        shown[view.hidden] = False
        terms, counts = view.query(tokenize(text))
        known = terms < base.terms
        if known.any():
            repeated = np.repeat(terms[known], counts[known].astype(np.int64)).tolist()
            base_scores = np.asarray(base.model.get_scores(repeated))
        else:
            base_scores = np.zeros(len(base.ids), dtype=np.float32)
        if delta is None:
            return base.ids, base_scores
        delta_scores = delta.scores(terms, counts) if len(terms) else np.zeros(len(delta.ids))
        return np.concatenate([base.ids[shown], delta.ids]), np.concatenate(
            [base_scores[shown], delta_scores]
        )

    def scores_for(self, text: str, doc_ids: list[int]) -> np.ndarray:
        """BM25 score of `text` for each of `doc_ids` (0 for an id the index does not hold), without scoring
        every document."""
        view = self._current()
        result = np.zeros(len(doc_ids))
        base, delta = view.base, view.delta
        if base is None or not doc_ids:
            return result
        terms, counts, every = self._last_query(view, text)
        if not len(terms):
            return result
        asked = np.asarray(doc_ids, dtype=np.int64)
        rows = base.positions(asked)
        present = (rows >= 0) & ~np.isin(rows, view.hidden)
        if every is not None:  # `top` of the same text scored every document with all its terms
            result[present] = every[0][rows[present]]
        else:
            known = terms < base.terms
            weights = np.zeros(base.terms)
            weights[terms[known]] = counts[known]
            result[present] = base.by_doc[rows[present]] @ weights
        if delta is not None:
            delta_rows = delta.positions(asked)
            in_delta = delta_rows >= 0
            delta_scores = every[1] if every is not None else delta.scores(terms, counts)
            result[in_delta] = delta_scores[delta_rows[in_delta]]
        return result

    def top(self, text: str, k: int) -> list[tuple[int, float]]:
        """The `k` best documents for `text` (with a positive score). For a long text whose terms' posting
        lists exceed `POSTINGS_BUDGET`, only its rarer terms retrieve (see there)."""
        view = self._current()
        base, delta = view.base, view.delta
        if base is None or k <= 0:
            return []
        terms, counts, every = self._last_query(view, text)
        if not len(terms):
            return []
        postings = view.postings(terms)
        if postings.sum() > POSTINGS_BUDGET:
            rarest_first = np.argsort(postings, kind="stable")
            keep = rarest_first[np.cumsum(postings[rarest_first]) <= POSTINGS_BUDGET]
            scores = view.base_scores(terms[keep], counts[keep])
            delta_scores = delta.scores(terms[keep], counts[keep]) if delta is not None else None
        else:
            if every is None:
                every = (
                    view.base_scores(terms, counts),
                    delta.scores(terms, counts) if delta is not None else None,
                )
                self._last = (text, view, terms, counts, every)
            scores, delta_scores = every
        best = _best(base.ids, scores, k)
        if delta_scores is None:
            return best
        merged = best + _best(delta.ids, delta_scores, k)  # type: ignore[union-attr]
        return sorted(merged, key=lambda hit: (-hit[1], hit[0]))[:k]


def _best(ids: np.ndarray, scores: np.ndarray, k: int) -> list[tuple[int, float]]:
    """The `k` best (id, score) with a positive score, in no particular order."""
    k = min(k, len(scores))
    if k <= 0:
        return []
    best = np.argpartition(-scores, k - 1)[:k]
    return [(int(ids[i]), float(scores[i])) for i in best if scores[i] > 0]
