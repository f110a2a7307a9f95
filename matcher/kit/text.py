"""Words and hashes of texts: the one tokenizer, its stopword list, and the content hash of a text.

`words` splits a text the way BM25 indexes it (`engine.lexical`) and, with `as_written=True`, the way a free-text
query's terms are found in the search hits they explain (`engine.search`). `content_hash` names a text in the
embedding cache and in the engine's content digest: it must never change, or every stored vector is lost.
"""

from __future__ import annotations

import hashlib
import re
from functools import cache

CORE_STOPWORDS = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "who",
        "can",
        "near",
        "our",
        "are",
        "you",
        "that",
        "this",
        "from",
        "und",
        "der",
        "die",
        "das",
        "mit",
        "für",
        "wer",
        "kann",
        "bei",
        "nach",
        "von",
        "ein",
        "eine",
        "einen",
        "einem",
        "zum",
        "zur",
        "sich",
        "auf",
        "aus",
        "wie",
    ]
)
"""The commonest English and German words of a question ("who can ... near ..."): what a query's terms leave out."""

STOPWORDS = CORE_STOPWORDS | frozenset(
    [
        "a",
        "an",
        "as",
        "at",
        "be",
        "by",
        "has",
        "have",
        "in",
        "is",
        "it",
        "its",
        "of",
        "on",
        "or",
        "their",
        "to",
        "we",
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
        "den",
        "dem",
        "des",
        "einer",
        "eines",
        "oder",
        "zu",
        "im",
        "ist",
        "sind",
        "wir",
        "unser",
        "unsere",
        "über",
        "unter",
        "können",
        "sowie",
        "auch",
        "als",
        "durch",
        "bis",
        "vom",
        "am",
        "sie",
        "es",
        "werden",
        "wird",
        "noch",
        "nur",
    ]
)
"""`CORE_STOPWORDS` and the other function words of English and German texts: what BM25 leaves out."""


@cache
def _pattern(min_length: int, as_written: bool) -> re.Pattern[str]:
    # as written: word characters, underscore included; otherwise letters and digits only
    return re.compile(rf"\w{{{min_length},}}" if as_written else rf"[^\W_]{{{min_length},}}")


def words(
    text: str,
    *,
    min_length: int = 2,
    stopwords: frozenset[str] = STOPWORDS,
    as_written: bool = False,
) -> list[str]:
    """The casefolded words of `text` of at least `min_length` characters that are not `stopwords`, in order
    (repeats kept).

    Two readings, both kept because what is stored and shown depends on them: by default (BM25's) a word is a
    run of letters and digits in the casefolded text; `as_written=True` (a query's terms) finds runs of word
    characters, underscore included, in the text as written and casefolds each (casefolding can change a word's
    length: "ß" becomes "ss")."""
    if as_written:
        folded = (w.casefold() for w in _pattern(min_length, True).findall(text))
        return [w for w in folded if w not in stopwords]
    return [w for w in _pattern(min_length, False).findall(text.casefold()) if w not in stopwords]


def content_hash(text: str) -> str:
    """The SHA-256 of the text's UTF-8 bytes, as 64 hex digits."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
