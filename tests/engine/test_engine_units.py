"""Unit tests of the engine's pure pieces: distances, places, pairing rules, overlap, the FAISS wrapper."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest

from matcher.engine.ann import FaissIndex, IndexSet
from matcher.engine.geo import haversine_km
from matcher.engine.lexical import LexicalIndex
from matcher.engine.matching import overlap, query_terms
from matcher.engine.texts import first_sentence, opportunity_text, profile_text
from matcher.errors import ConfigurationError, InvalidInput
from matcher.places.gazetteer import find_city, resolve_place


def test_haversine_against_known_distances() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.05)
    essen, dortmund = find_city("Essen"), find_city("Dortmund")
    assert essen and dortmund
    assert haversine_km(
        essen.latitude, essen.longitude, dortmund.latitude, dortmund.longitude
    ) == pytest.approx(31.5, abs=2.5)


def test_places_resolve_by_name_or_coordinates() -> None:
    assert find_city("mülheim an der ruhr") == find_city("Muelheim an der Ruhr") is not None
    assert resolve_place("51.2,6.8") == (51.2, 6.8)
    with pytest.raises(InvalidInput):
        resolve_place("Gotham")


def test_overlap_and_terms() -> None:
    assert overlap({"a", "b"}, {"b", "c"}) == pytest.approx(0.5)
    assert overlap(set(), {"a"}) == 0.0
    assert query_terms("Wer kann Brennstoffzellen testen, near Essen?") == [
        "brennstoffzellen",
        "testen",
        "essen",
    ]


def test_texts_are_stable() -> None:
    text = profile_text("Acme", " Makes things. ", ["welding"], ["Materials"], ["steel"])
    assert text == "Acme.\nMakes things.\nCompetences: welding.\nSectors: Materials.\nKeywords: steel."
    assert opportunity_text("Title", "", "Body", []) == "Title\nBody"
    assert first_sentence("One. Two.") == "One."


def _unit(rows: list[list[float]]) -> np.ndarray:
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_vector_index_upsert_remove_search(tmp_path: Path) -> None:
    index = FaissIndex(3)
    index.upsert([10, 20, 30], _unit([[1, 0, 0], [0, 1, 0], [0, 0, 1]]))
    index.upsert([20], _unit([[1, 1, 0]]))  # replace
    assert len(index) == 3 and index.ids() == {10, 20, 30}
    scores, ids = index.search(_unit([[1, 0, 0]]), 2)
    assert list(ids[0]) == [10, 20]
    assert scores[0][0] == pytest.approx(1.0)
    index.remove([10, 99])
    assert 10 not in index and len(index) == 2
    np.testing.assert_allclose(index.vectors([30]), _unit([[0, 0, 1]]))
    assert index.search(_unit([[1, 0, 0]]), 10)[1].shape == (1, 2)


def test_index_set_saves_and_refuses_another_model(tmp_path: Path) -> None:
    indexes = IndexSet("model-a", 3)
    indexes.profiles.upsert([1], _unit([[1, 2, 3]]))
    indexes.save(tmp_path, digest="abc")
    loaded, meta = IndexSet.load(tmp_path, "model-a", 3)
    assert meta.digest == "abc" and meta.counts == {"profiles": 1, "offers": 0, "requests": 0}
    assert loaded.profiles.ids() == {1}
    with pytest.raises(ConfigurationError, match="model-a"):
        IndexSet.load(tmp_path, "model-b", 3)
    with pytest.raises(ConfigurationError):
        IndexSet.load(tmp_path, "model-a", 4)


def test_the_lexical_index_builds_without_debug_lines(caplog: pytest.LogCaptureFixture) -> None:
    """bm25s turns its own logger to DEBUG on import; the CLI and the server log must not fill with its lines."""
    index = LexicalIndex()
    index.put(1, "hydrogen fuel cells for buses")
    index.put(2, "sensors for steel plants")
    with caplog.at_level(logging.DEBUG):
        assert index.top("fuel cells", 1)[0][0] == 1
    assert not [r for r in caplog.records if r.name.startswith("bm25s")]


def test_bm25_of_chosen_documents_equals_the_full_scoring(monkeypatch: pytest.MonkeyPatch) -> None:
    from matcher.engine import lexical

    index = lexical.LexicalIndex()
    texts = {
        10: "Fuel-cell test bench for hydrogen stacks",
        11: "Hydrogen storage and fuel logistics",
        12: "Design studio for packaging",
        13: "Prüfstand für Brennstoffzellen und Wasserstoff",
    }
    for doc_id, text in texts.items():
        index.put(doc_id, text)
    query = "hydrogen fuel cell testing, hydrogen stacks"
    ids, scores = index.scores(query)
    full = dict(zip(ids.tolist(), scores.tolist(), strict=True))
    chosen = index.scores_for(query, [13, 10, 99])
    assert chosen.tolist() == pytest.approx([full[13], full[10], 0.0])
    assert [i for i, _ in sorted(index.top(query, 2), key=lambda p: -p[1])] == sorted(
        full, key=lambda i: -full[i]
    )[:2]
    # `top` scores with the matrix, bm25s with its own loop: the same numbers
    assert {i: s for i, s in index.top(query, 4)} == pytest.approx({i: s for i, s in full.items() if s > 0})
    # past the postings budget, the commonest terms stop retrieving; the rarer ones still do
    monkeypatch.setattr(lexical, "POSTINGS_BUDGET", 1)
    assert {i for i, _ in index.top("stacks hydrogen", 4)} == {10}


def test_bm25_of_a_search_is_read_once_and_is_the_matrix_product_to_the_bit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`top` and then `scores_for` of the same question (as a search asks them) share its terms and scores; the
    numbers are the CSC/CSR matrix products' exactly, and a change of the index is seen by the next question."""
    index = LexicalIndex()
    texts = [
        "Fuel-cell test bench for hydrogen stacks and hydrogen storage",
        "Hydrogen logistics, fuel cells for buses",
        "Prüfstand für Brennstoffzellen und Wasserstoff",
        "Design studio for packaging and sensors",
    ]
    for doc_id, text in enumerate(texts, start=1):
        index.put(doc_id, text)
    query = "hydrogen fuel cell testing, hydrogen stacks, Brennstoffzellen"
    index.top("warm-up", 1)  # builds the index
    from matcher.engine import lexical

    read: list[str] = []
    tokenize = lexical.tokenize
    monkeypatch.setattr(lexical, "tokenize", lambda text: read.append(text) or tokenize(text))
    top = dict(index.top(query, 4))
    chosen = index.scores_for(query, [4, 1, 99, 2])
    assert read == [query]
    ids, full = index.scores(query)
    assert top == pytest.approx({i: s for i, s in zip(ids.tolist(), full.tolist(), strict=True) if s > 0})
    # the same numbers as asked alone, each scored from scratch (a fresh index of the same texts)
    fresh = LexicalIndex()
    for doc_id, text in enumerate(texts, start=1):
        fresh.put(doc_id, text)
    assert fresh.scores_for(query, [4, 1, 99, 2]).tolist() == chosen.tolist()
    assert fresh.top(query, 4) == index.top(query, 4)
    index.put(5, "hydrogen hydrogen hydrogen stacks")
    assert 5 in dict(index.top(query, 5))
    assert index.scores_for(query, [5])[0] > 0


def test_tokens_survive_the_stem_cache_filling_up(monkeypatch: pytest.MonkeyPatch) -> None:
    # a text whose words are partly cached when the cache is full: the cache is cleared for the new words, and
    # the text's cached words must still be there for its tokens (at 1M organisations the server failed to
    # start with a KeyError here)
    from matcher.engine import lexical

    texts = [
        "hydrogen fuel cells tested",
        "fuel cells for trucks and buses",
        "Wasserstoff Brennstoffzellen prüfen",
    ]
    expected = [lexical.tokenize(t) for t in texts]
    small = lexical.StemCache(limit=5)
    monkeypatch.setattr(lexical, "STEMS", small)
    assert [lexical.tokenize(t) for t in texts] == expected
    assert len(small) <= 5 + 4  # cleared when full, then the new words of one text
