"""The one tokenizer and the content hash: both readings of a text's words, and hashes that never change."""

from __future__ import annotations

from matcher.kit.text import CORE_STOPWORDS, STOPWORDS, content_hash, words


def test_words_as_bm25_reads_them() -> None:
    assert words("The fuel_cell test of 2 Prüfstände, and NRW") == [
        "fuel",
        "cell",
        "test",
        "prüfstände",
        "nrw",
    ]
    assert CORE_STOPWORDS < STOPWORDS


def test_words_as_a_query_is_written() -> None:
    # three characters at least, underscores inside a word, only the core stop words left out
    terms = words(
        "Wer kann fuel_cell Stacks testen, near Essen? Also ab",
        min_length=3,
        stopwords=CORE_STOPWORDS,
        as_written=True,
    )
    assert terms == ["fuel_cell", "stacks", "testen", "essen", "also"]
    # casefolded after the word is found: "aß" is too short as written, though it folds to "ass"
    assert words("aß Maß", min_length=3, stopwords=CORE_STOPWORDS, as_written=True) == ["mass"]
    assert words("aß Maß", min_length=3) == ["ass", "mass"]


def test_the_content_hash_is_sha256_of_the_utf8_text() -> None:
    assert content_hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert len(content_hash("Prüfstand")) == 64
