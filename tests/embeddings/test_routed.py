"""The routed model: English pairs on both models, any other pair on the multilingual one, in one inner product."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.config import Settings
from matcher.embeddings.encoder import load_encoder, read_registry, resolve_model
from matcher.embeddings.routed import RoutedEncoder, detect_english, english_share
from matcher.engine.ann import IndexSet
from matcher.errors import ConfigurationError

REGISTRY = Settings().model_registry
ROUTED = "routed-minilm-use"
TEXTS = [
    "We recycle lithium-ion batteries and recover cobalt and nickel from the black mass of spent cells.",
    "Wir entwickeln Recyclingverfahren für Lithium-Ionen-Batterien und gewinnen Kobalt und Nickel zurück.",
    "Hydrometallurgical recovery of metals from spent batteries, from leaching to precipitation.",
    "Ein Designstudio für Spiele, interaktive Geschichten und virtuelle Realität in der Ausbildung.",
    "",
]
ENGLISH = np.array([True, False, True, False, False])


@pytest.fixture(scope="module")
def routed() -> RoutedEncoder:
    encoder = load_encoder(ROUTED, REGISTRY)
    assert isinstance(encoder, RoutedEncoder)
    return encoder


def test_each_texts_language_is_detected() -> None:
    assert detect_english(TEXTS).tolist() == ENGLISH.tolist()


def test_inner_products_route_by_the_two_texts_languages(routed: RoutedEncoder) -> None:
    english = routed.english.encode_documents(TEXTS) @ routed.english.encode_queries(TEXTS).T
    multilingual = routed.multilingual.encode_documents(TEXTS) @ routed.multilingual.encode_queries(TEXTS).T
    both = np.outer(ENGLISH, ENGLISH)
    expected = multilingual + np.where(both, routed.weight * (english - routed.centre), 0.0)
    found = routed.encode_documents(TEXTS) @ routed.encode_queries(TEXTS).T
    assert np.allclose(found, expected, atol=1e-5)
    # a German text against an English one is the multilingual model's similarity, nothing else
    assert found[0, 1] == pytest.approx(multilingual[0, 1], abs=1e-6)


def test_a_stored_vector_becomes_its_query_in_the_index(routed: RoutedEncoder) -> None:
    documents = routed.encode_documents(TEXTS)
    indexes = IndexSet(routed.name, routed.dimension, routed=True)
    assert np.allclose(indexes.as_queries(documents), routed.encode_queries(TEXTS), atol=1e-6)
    assert english_share(documents) == pytest.approx(2 / 5)
    plain = IndexSet("plain", routed.dimension)
    assert plain.as_queries(documents) is documents


def test_similarities_put_english_pairs_on_the_mean_of_both_cosines(routed: RoutedEncoder) -> None:
    """The feature values, explanations and peers read `IndexSet.similarities`: a pair of English texts gets
    (cos_multilingual + w * cos_english) / (1 + w), every other pair its multilingual cosine; and a search's
    scores rescored the same way."""
    english = routed.english.encode_documents(TEXTS) @ routed.english.encode_queries(TEXTS).T
    multilingual = routed.multilingual.encode_queries(TEXTS) @ routed.multilingual.encode_documents(TEXTS).T
    both = np.outer(ENGLISH, ENGLISH)
    w = routed.weight
    expected = np.where(both, (multilingual + w * english.T) / (1 + w), multilingual)
    documents = routed.encode_documents(TEXTS)
    indexes = IndexSet(routed.name, routed.dimension, routed=True)
    queries = indexes.as_queries(documents)
    found = indexes.similarities(queries, documents)
    assert np.allclose(found, expected, atol=1e-5)
    # two English texts about battery recycling: the raw product is below the mean, which the features read
    raw = queries @ documents.T
    assert raw[0, 2] < found[0, 2]
    indexes.offers.upsert(list(range(len(TEXTS))), documents)
    scores, ids = indexes.offers.search(queries[:1], 3)
    rescored = indexes.rescored(queries[:1], ids, scores, indexes.offers)
    assert np.allclose(rescored[0], found[0, ids[0]], atol=1e-5)
    plain = IndexSet("plain", routed.dimension)
    assert np.allclose(plain.similarities(queries, documents), raw)


def test_the_routed_entry_names_its_models_and_numbers(tmp_path) -> None:
    assert resolve_model(ROUTED, REGISTRY).routes == ("all-minilm-l6-v2", "use-multilingual-v3")
    broken = tmp_path / "registry.toml"
    broken.write_text('[half]\nenglish = "all-minilm-l6-v2"\n', encoding="utf-8")
    with pytest.raises(ConfigurationError, match="needs `english`, `multilingual`"):
        resolve_model("half", broken)
    assert "english" in read_registry(REGISTRY)[ROUTED]


def test_a_german_request_finds_the_english_offer_and_english_pairs_use_the_english_model(
    routed: RoutedEncoder,
) -> None:
    offers = [
        TEXTS[0],
        TEXTS[3],
        "Tax advice and bookkeeping for small businesses and freelancers in the region.",
    ]
    documents = routed.encode_documents(offers)
    german = routed.encode_queries(["Wir suchen ein Labor für das Recycling von Batterien und Kobalt."])
    assert int(np.argmax(documents @ german[0])) == 0
    english = routed.encode_queries(["Who can recover nickel and cobalt from used battery cells?"])
    assert int(np.argmax(documents @ english[0])) == 0
