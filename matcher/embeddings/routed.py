"""One encoder over two models, routed by the languages of the two texts compared.

An English model (all-MiniLM-L6-v2) judges long English texts better than the multilingual one, which carries
meaning across languages (docs/quality.md). `RoutedEncoder` keeps both: each text's language is detected when it
is encoded (`detect_english`), and a comparison of two English texts counts the English model's similarity
beside the multilingual one's, while a comparison that involves any other language counts the multilingual one
alone. The route is chosen inside one inner product, so the index, the cache and the engine see one vector per
text as with any model. A document vector is laid out as

    [ sqrt(w) * english  |  multilingual  |  sqrt(w * c) ]   for an English text,
    [ 0                  |  multilingual  |  0           ]   for any other,

and a query vector the same with the last coordinate negated (the engine turns a stored vector into a query
the same way: `IndexSet.as_queries`). Their inner product is

    cos_multilingual + w * (cos_english - c)    when both texts are English,
    cos_multilingual                            otherwise,

so a German question scores every profile on the multilingual model alone, exactly as that model does, and an
English question's English candidates get the English model's judgement centred on `c`: the English model's
similarity between an English text and its nearest English neighbours (measured, see docs/quality.md), which
keeps them on the multilingual model's scale where candidates compete for the first places. The detected
language is stored in the vector (its last coordinate is non-zero for English) and with it in the embedding
cache and the index.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache

import numpy as np

from matcher.embeddings.interface import Encoder, ProgressCallback

ENGLISH = "en"
# The languages a text is told apart from English among: those the multilingual model was trained on, so that a
# short English phrase is not taken for a language nobody writes profiles in (Universal Sentence Encoder
# multilingual v3: 16 languages).
CANDIDATE_LANGUAGES = (
    "ar",
    "de",
    "en",
    "es",
    "fr",
    "it",
    "ja",
    "ko",
    "nl",
    "pl",
    "pt",
    "ru",
    "th",
    "tr",
    "zh",
)
MIN_CONFIDENCE = 0.9  # below it a text counts as not English: the multilingual route is right for every pair


@cache
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(CANDIDATE_LANGUAGES))
    return identifier


def detect_english(texts: Sequence[str]) -> np.ndarray:
    """Which texts are English, by py3langid among `CANDIDATE_LANGUAGES`, with at least `MIN_CONFIDENCE`."""
    identifier = _identifier()
    found = [identifier.classify(text) if text.strip() else ("", 0.0) for text in texts]  # type: ignore[attr-defined]
    return np.array([lang == ENGLISH and prob >= MIN_CONFIDENCE for lang, prob in found], dtype=bool)


class RoutedEncoder:
    """An `Encoder` whose vectors route each comparison by language (see the module's text)."""

    routed = True

    def __init__(
        self, name: str, english: Encoder, multilingual: Encoder, weight: float, centre: float
    ) -> None:
        if weight <= 0 or centre < 0:
            raise ValueError("a routed model needs weight > 0 and centre >= 0")
        self.name = name
        self.english, self.multilingual = english, multilingual
        self.weight, self.centre = weight, centre
        self._e = english.dimension
        self._m = multilingual.dimension
        self.dimension = self._e + self._m + 1
        self._scale = math.sqrt(weight)
        self._flag = math.sqrt(weight * centre)

    def _encode(self, texts: Sequence[str], query: bool, progress: ProgressCallback | None) -> np.ndarray:
        total = len(texts)
        english = detect_english(texts)
        chosen = [t for t, is_english in zip(texts, english, strict=True) if is_english]
        # progress over both models' texts: the multilingual model's first, then the English one's
        steps = total + len(chosen)

        def first(done: int, _: int) -> None:
            if progress:
                progress(done, steps)

        def second(done: int, _: int) -> None:
            if progress:
                progress(total + done, steps)

        vectors = np.zeros((total, self.dimension), dtype=np.float32)
        if not total:
            return vectors
        if query:
            vectors[:, self._e : self._e + self._m] = self.multilingual.encode_queries(texts)
        else:
            vectors[:, self._e : self._e + self._m] = self.multilingual.encode_documents(texts, first)
        if chosen:
            own = (
                self.english.encode_queries(chosen)
                if query
                else self.english.encode_documents(chosen, second)
            )
            vectors[english, : self._e] = self._scale * own
            vectors[english, -1] = -self._flag if query else self._flag
        if progress:
            progress(steps, steps)
        return vectors

    def encode_documents(self, texts: Sequence[str], progress: ProgressCallback | None = None) -> np.ndarray:
        return self._encode(texts, False, progress)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, True, None)


def english_share(vectors: np.ndarray) -> float:
    """The share of a routed model's document vectors that were encoded as English."""
    return float(np.mean(vectors[:, -1] > 0)) if len(vectors) else 0.0
