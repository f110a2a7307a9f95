"""The lean query path (matcher/embeddings/lean.py) gives the library's vectors to the bit, and only where it
applies."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.config import Settings
from matcher.embeddings.encoder import SentenceTransformerEncoder, load_encoder
from matcher.embeddings.lean import LeanBert

REGISTRY = Settings().model_registry
QUERIES = [
    "hydrogen fuel cell testing",
    "Wer kann Oberflächenfehler mit Kameras erkennen?",
    "Recycling von Lithium-Ionen-Batterien; AI/ML for predictive maintenance (2027), ß and é",
    "",
    " ".join(["a long question about sensors, robots and vision systems"] * 60),  # past 256 tokens: truncated
]


@pytest.fixture(scope="module")
def minilm() -> SentenceTransformerEncoder:
    encoder = load_encoder("all-minilm-l6-v2", REGISTRY)
    assert isinstance(encoder, SentenceTransformerEncoder)
    return encoder


def test_a_bert_folder_takes_the_lean_path(minilm: SentenceTransformerEncoder) -> None:
    assert LeanBert.of(minilm.model) is not None
    assert minilm.encode_queries(["hydrogen"]).shape == (1, minilm.dimension)


@pytest.mark.parametrize("query", QUERIES)
def test_one_query_is_the_librarys_vector_to_the_bit(minilm: SentenceTransformerEncoder, query: str) -> None:
    library = minilm.model.encode(
        [query], normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    lean = minilm.encode_queries([query])
    assert lean.dtype == np.float32
    assert np.array_equal(lean, library)


def test_several_queries_are_the_same_vectors_as_one_at_a_time(minilm: SentenceTransformerEncoder) -> None:
    together = minilm.encode_queries(QUERIES[:3])
    one_by_one = np.vstack([minilm.encode_queries([q]) for q in QUERIES[:3]])
    assert together.shape == one_by_one.shape
    assert np.allclose(together, one_by_one, atol=1e-5)


def test_a_model_that_is_not_a_mean_pooled_bert_keeps_the_librarys_path() -> None:
    use = load_encoder("use-multilingual-v3", REGISTRY)
    assert isinstance(use, SentenceTransformerEncoder)
    assert LeanBert.of(use.model) is None
