"""Lexical retrieval: BM25 over each organisation's texts, with German and English word forms.

Every word is indexed under its English and its German Snowball stem, so that "testing"/"test" and
"Prüfungen"/"Prüfung" meet whichever language a text is in. The BM25 index is rebuilt lazily after changes
(cheap at the sizes one region has).
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache

import numpy as np

_WORD = re.compile(r"[^\W_]{2,}", re.UNICODE)
_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "for",
        "from",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "our",
        "that",
        "the",
        "their",
        "this",
        "to",
        "we",
        "with",
        "who",
        "can",
        "near",
        "you",
        "your",
        "will",
        "which",
        "also",
        "into",
        "more",
        "than",
        "other",
        "such",
        "these",
        "those",
        "were",
        "been",
        "using",
        "use",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "und",
        "oder",
        "mit",
        "für",
        "von",
        "zu",
        "zum",
        "zur",
        "im",
        "in",
        "ist",
        "sind",
        "wir",
        "unser",
        "unsere",
        "auf",
        "aus",
        "bei",
        "nach",
        "über",
        "unter",
        "wie",
        "wer",
        "kann",
        "können",
        "sowie",
        "auch",
        "als",
        "durch",
        "bis",
        "vom",
        "am",
        "an",
        "sich",
        "sie",
        "es",
        "werden",
        "wird",
        "noch",
        "nur",
    ]
)


@cache
def _stemmers() -> tuple[object, object]:
    import Stemmer

    return Stemmer.Stemmer("english"), Stemmer.Stemmer("german")


def tokenize(text: str) -> list[str]:
    """Lower-cased words without stop words, each as its English and (if different) its German stem."""
    words = [w for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if w not in _STOPWORDS]
    if not words:
        return []
    english, german = _stemmers()
    tokens: list[str] = []
    for en, de in zip(english.stemWords(words), german.stemWords(words), strict=True):  # type: ignore[attr-defined]
        tokens.append(en)
        if de != en:
            tokens.append(de)
    return tokens


class LexicalIndex:
    """BM25 over one document per organisation; ids are the organisations' ids."""

    def __init__(self) -> None:
        self._docs: dict[int, list[str]] = {}
        self._ids: np.ndarray = np.zeros(0, dtype=np.int64)
        self._bm25: object | None = None
        self._dirty = True
        self._lock = threading.Lock()

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

            # bm25s sets its logger to DEBUG when it is imported and logs every index build: quiet it after.
            logging.getLogger("bm25s").setLevel(logging.WARNING)
            self._ids = np.fromiter(self._docs, dtype=np.int64, count=len(self._docs))
            if len(self._ids):
                model = bm25s.BM25()
                model.index([self._docs[int(i)] for i in self._ids], show_progress=False)
                self._bm25 = model
            else:
                self._bm25 = None
            self._dirty = False

    def scores(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """BM25 score of every document for `text` as (ids, scores)."""
        self._ensure()
        tokens = tokenize(text)
        if self._bm25 is None or not tokens:
            return self._ids, np.zeros(len(self._ids), dtype=np.float32)
        return self._ids, self._bm25.get_scores(tokens)  # type: ignore[attr-defined]

    def top(self, text: str, k: int) -> list[tuple[int, float]]:
        ids, scores = self.scores(text)
        if not len(ids):
            return []
        k = min(k, len(ids))
        best = np.argpartition(-scores, k - 1)[:k]
        return [(int(ids[i]), float(scores[i])) for i in best if scores[i] > 0]
