"""BM25 after writes: the delta (written documents scored with the base's statistics) and its fold into a full
build (`matcher/engine/lexical.py`, `matcher/engine/bm25.py`), forced on small indexes by the thresholds."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from matcher.engine import bm25, lexical
from matcher.engine.lexical import LexicalIndex

TOPICS = [
    "hydrogen fuel cells and electrolysers for heavy trucks",
    "sensors and machine vision for steel plants",
    "sustainable packaging design from recycled paper",
    "software for hospital logistics and patient records",
    "robotics for warehouse picking and autonomous forklifts",
    "textile recycling and circular fashion",
    "battery testing laboratory for electric buses",
    "water treatment membranes for the chemical industry",
    "Prüfstand für Brennstoffzellen und Wasserstoff",
    "Künstliche Intelligenz für die Qualitätsprüfung in der Fertigung",
]


def corpus(size: int = 60) -> dict[int, str]:
    """Documents of two or three topics each, with a name of their own."""
    return {
        i: f"Organisation {i}. "
        + ". ".join(TOPICS[j % len(TOPICS)] for j in (i, 3 * i + 1, 7 * i + 2)[: 2 + i % 2])
        for i in range(1, size + 1)
    }


def delta_index(texts: dict[int, str], fold_min: int = 1_000) -> LexicalIndex:
    """An index built over `texts` whose later writes go to the delta (no rebuild, no fold)."""
    index = LexicalIndex(rebuild_below=0, fold_min=fold_min, background=False)
    for doc_id, text in texts.items():
        index.put(doc_id, text)
    index.top("warm-up", 1)  # the base
    return index


def full_index(texts: dict[int, str]) -> LexicalIndex:
    index = LexicalIndex()
    for doc_id, text in texts.items():
        index.put(doc_id, text)
    return index


def edited(texts: dict[int, str]) -> dict[int, str]:
    """`texts` after the writes `write` makes, in the same order of ids."""
    after = dict(texts)
    after[3] = "Quantum photonics laboratory: lidar sensors for autonomous forklifts"
    after[61] = "New: hydrogen refuelling stations for heavy trucks"
    del after[5]
    return after


def write(index: LexicalIndex, texts: dict[int, str]) -> None:
    after = edited(texts)
    index.put(3, after[3])
    index.put(61, after[61])
    index.remove(5)


def test_writes_go_to_the_delta_and_are_found_by_their_new_words_only() -> None:
    texts = corpus()
    index = delta_index(texts)
    old_words = "hospital patient records"  # document 3's old topic (with others)
    assert 3 in dict(index.top(old_words, 60))
    assert 5 in dict(index.top(texts[5], 60))
    write(index, texts)
    view = index._current()
    assert view.delta is not None and sorted(view.delta.ids.tolist()) == [3, 61]
    # new words, one of them unknown to the base ("quantum", "photonics", "lidar" are not in the corpus)
    assert index.top("quantum photonics", 5)[0][0] == 3
    assert index.top("lidar", 5)[0][0] == 3
    assert 3 not in dict(index.top(old_words, 60))
    assert index.scores_for(old_words, [3]).tolist() == [0.0]
    assert 61 in dict(index.top("hydrogen refuelling", 5))
    # a removed document is gone from every answer
    assert 5 not in dict(index.top(texts[5], 60))
    assert index.scores_for(texts[5], [5]).tolist() == [0.0]
    ids, _ = index.scores(texts[5])
    assert 5 not in ids.tolist() and sorted(ids.tolist()) == sorted(edited(texts))
    assert len(index) == 60


def test_top_scores_for_and_scores_agree_on_the_delta() -> None:
    texts = corpus()
    index = delta_index(texts)
    write(index, texts)
    query = "hydrogen fuel cells for heavy trucks, lidar sensors, Brennstoffzellen"
    alone = index.scores_for(query, [61, 3, 1, 99, 5, 2])  # before `top`: from the matrices
    top = dict(index.top(query, 100))
    assert index.scores_for(query, [61, 3, 1, 99, 5, 2]).tolist() == alone.tolist()  # from `top`'s scores
    assert [top.get(i, 0.0) for i in [61, 3, 1, 99, 5, 2]] == alone.tolist()
    ids, reference = index.scores(query)
    assert top == pytest.approx(
        {i: s for i, s in zip(ids.tolist(), reference.tolist(), strict=True) if s > 0}
    )
    hits = index.top(query, 5)
    assert [s for _, s in hits] == sorted((s for _, s in hits), reverse=True)
    assert {i for i, _ in hits} == set(sorted(top, key=lambda i: -top[i])[:5])


def test_delta_scores_are_close_to_a_full_build_and_rank_alike() -> None:
    texts = corpus()
    index = delta_index(texts)
    write(index, texts)
    fresh = full_index(edited(texts))
    ids = list(edited(texts))
    for query in ["hydrogen fuel cells for heavy trucks", "lidar sensors for forklifts", texts[7]]:
        delta_scores, full_scores = index.scores_for(query, ids), fresh.scores_for(query, ids)
        assert delta_scores == pytest.approx(full_scores, rel=0.1, abs=0.05)
    # a clear case: the edited document is the one best answer in both
    query = "quantum photonics lidar"
    assert [i for i, _ in index.top(query, 1)] == [i for i, _ in fresh.top(query, 1)] == [3]
    query = "hydrogen refuelling stations"
    assert [i for i, _ in index.top(query, 1)] == [i for i, _ in fresh.top(query, 1)] == [61]


def test_folding_gives_the_full_builds_scores_exactly() -> None:
    texts = corpus()
    query = "hydrogen fuel cells for heavy trucks, lidar sensors, Brennstoffzellen"
    fresh = full_index(edited(texts))
    ids = [*edited(texts), 5, 99]
    # by hand
    index = delta_index(texts)
    write(index, texts)
    index.fold()
    assert index._current().delta is None
    assert index.scores_for(query, ids).tolist() == fresh.scores_for(query, ids).tolist()
    assert index.top(query, 20) == fresh.top(query, 20)
    assert [a.tolist() for a in index.scores(query)] == [a.tolist() for a in fresh.scores(query)]
    # past the threshold, at the next question
    index = delta_index(texts, fold_min=2)
    write(index, texts)
    assert index.top(query, 20) == fresh.top(query, 20)
    assert index._current().delta is None


def test_a_small_index_builds_in_full_after_every_write() -> None:
    texts = corpus()
    index = full_index(texts)
    index.top("warm-up", 1)
    write(index, texts)
    fresh = full_index(edited(texts))
    query = "hydrogen fuel cells for heavy trucks, lidar sensors"
    assert index._current().delta is None
    assert index.top(query, 20) == fresh.top(query, 20)


def test_a_background_fold_keeps_what_was_written_while_it_built(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = corpus()
    index = delta_index(texts, fold_min=2)
    index.background = True
    building, release = threading.Event(), threading.Event()
    build = bm25.build

    def slow_build(docs: dict[int, list[str]]) -> bm25.Base | None:
        building.set()
        release.wait(10)
        return build(docs)

    monkeypatch.setattr(bm25, "build", slow_build)
    write(index, texts)  # the third write starts the fold
    assert building.wait(10)
    # questions go on meanwhile, from the old base and the delta, and so do writes
    assert index.top("quantum photonics", 1)[0][0] == 3
    index.put(62, "Marine biology station studying coral reefs")
    assert index.top("coral reefs", 1)[0][0] == 62
    release.set()
    index.finish_fold()
    view = index._current()
    assert view.delta is not None and view.delta.ids.tolist() == [62]  # written after the fold's copy
    assert index.top("coral reefs", 1)[0][0] == 62
    assert 5 not in dict(index.top(texts[5], 60))
    monkeypatch.setattr(bm25, "build", build)
    index.fold()
    after = edited(texts) | {62: "Marine biology station studying coral reefs"}
    query = "hydrogen fuel cells for heavy trucks, coral reefs"
    assert index.top(query, 30) == full_index(after).top(query, 30)


def test_past_the_postings_budget_the_delta_retrieves_by_the_rarer_terms_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = corpus()
    index = delta_index(texts)
    write(index, texts)
    monkeypatch.setattr(lexical, "POSTINGS_BUDGET", 1)
    # "lidar" has one posting (in the delta), "sensors" many: only "lidar" retrieves
    assert {i for i, _ in index.top("lidar sensors", 60)} == {3}
    assert np.all(index.scores_for("lidar sensors", [3, 2]) >= 0)


def test_a_delta_of_removals_only_hides_them() -> None:
    texts = corpus()
    index = delta_index(texts)
    index.remove(5)
    index.remove(6)
    view = index._current()
    assert view.delta is not None and not len(view.delta.ids)
    assert {5, 6}.isdisjoint(dict(index.top(texts[5] + " " + texts[6], 60)))
    assert index.scores_for(texts[5], [5, 6, 7]).tolist()[:2] == [0.0, 0.0]
    assert len(index.scores(texts[5])[0]) == 58


def test_the_collector_is_paused_while_a_background_build_runs_and_then_as_before() -> None:
    import gc

    assert gc.isenabled()
    with bm25.collector_paused():
        with bm25.collector_paused():  # a second index folding at the same time
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with bm25.collector_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
