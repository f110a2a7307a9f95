"""The free-text search's fusion of dense similarity and BM25 (`engine.search.fuse`), on numbers chosen by hand."""

from __future__ import annotations

import numpy as np
import pytest

from matcher.engine.search import SEARCH_DENSE_SHARE, fuse

LEXICAL_SHARE = 1 - SEARCH_DENSE_SHARE


def test_the_nearest_keeps_its_whole_bm25_share_and_half_as_near_keeps_half() -> None:
    dense = np.array([0.8, 0.4, 0.0])
    lexical = np.array([1.0, 1.0, 1.0])
    assert fuse(dense, lexical) == pytest.approx(
        [SEARCH_DENSE_SHARE * 0.8 + LEXICAL_SHARE, SEARCH_DENSE_SHARE * 0.4 + LEXICAL_SHARE / 2, 0.0]
    )


def test_a_shared_word_does_not_lift_an_unrelated_text_over_the_answer_in_another_language() -> None:
    # "Verkehr" asked in German: the English profile "Transport" is nearest and shares no word, a German
    # profile on bridges shares the word and is far (the similarities of the demo ecosystem's case)
    answer, word_match = fuse(np.array([0.612, 0.194]), np.array([0.0, 1.0]))
    assert answer > word_match
    assert word_match == pytest.approx(SEARCH_DENSE_SHARE * 0.194 + LEXICAL_SHARE * 0.194 / 0.612)


def test_between_texts_the_encoder_finds_as_near_bm25_decides() -> None:
    fused = fuse(np.array([0.6, 0.6, 0.59]), np.array([0.0, 1.0, 0.5]))
    assert list(np.argsort(-fused)) == [1, 2, 0]


def test_without_any_similarity_bm25_counts_in_full() -> None:
    assert fuse(np.zeros(2), np.array([1.0, 0.5])) == pytest.approx([LEXICAL_SHARE, LEXICAL_SHARE / 2])
    assert len(fuse(np.zeros(0), np.zeros(0))) == 0
