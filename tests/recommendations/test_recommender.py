"""The recommender interface for new domains: `Recommender.rank_for_text` ranks organisations of the kinds
asked for against a domain's own texts, under its rules, through the Python API on real data."""

from __future__ import annotations

import pytest

from matcher.engine.matching import Filters
from matcher.errors import InvalidInput
from matcher.runtime import Runtime
from tests.conftest import org_id

CHALLENGE = "fuel cell stack test bench"
SECOND = "hot-dip galvanising of steel parts"


def test_one_text_ranks_as_a_search_does(loaded: Runtime) -> None:
    recommender = loaded.recommender
    ranking = recommender.rank_for_text(CHALLENGE, k=5)
    searched = recommender.search(CHALLENGE, k=5).organisations
    assert ranking.texts == [CHALLENGE] and ranking.count == len(ranking.data) > 0
    assert [(r.organisation.id, r.score) for r in ranking.data] == [
        (h.organisation.id, h.score) for h in searched
    ]
    best = ranking.data[0]
    assert best.organisation.ref == "t-h2-institute"
    assert best.text_index == 0 and best.matched_text  # explained: what of it fits the text


def test_only_the_kinds_asked_for(loaded: Runtime) -> None:
    ranking = loaded.recommender.rank_for_text(CHALLENGE, kinds=["company", "startup"], k=10)
    assert ranking.data
    assert {r.organisation.kind for r in ranking.data} <= {"company", "startup"}
    assert "t-h2-institute" not in {r.organisation.ref for r in ranking.data}


def test_several_texts_keep_each_organisations_best_fit(loaded: Runtime) -> None:
    recommender = loaded.recommender
    ranking = recommender.rank_for_text([CHALLENGE, SECOND], k=10)
    per_text = [
        {h.organisation.id: h.score for h in recommender.search(t, k=10).organisations}
        for t in (CHALLENGE, SECOND)
    ]
    assert [r.score for r in ranking.data] == sorted((r.score for r in ranking.data), reverse=True)
    for ranked in ranking.data:
        scores = [found.get(ranked.organisation.id, float("-inf")) for found in per_text]
        assert ranked.score == max(scores)
        assert scores[ranked.text_index] == ranked.score
    assert {r.text_index for r in ranking.data} == {0, 1}  # both texts found someone best
    assert len({r.organisation.id for r in ranking.data}) == ranking.count


def test_the_rules_hold(loaded: Runtime) -> None:
    recommender = loaded.recommender
    institute = org_id(loaded, "t-h2-institute")
    excluded = recommender.rank_for_text(CHALLENGE, filters=Filters(exclude={institute}), k=10)
    assert institute not in {r.organisation.id for r in excluded.data}
    near = recommender.rank_for_text(
        CHALLENGE, filters=recommender.make_filters(near="Duisburg", radius_km=30), k=10
    )
    assert all(r.distance_km is not None and r.distance_km <= 30 for r in near.data)
    every = recommender.rank_for_text([CHALLENGE, SECOND, "water treatment"], k=20)
    assert "t-hidden" not in {r.organisation.ref for r in every.data}  # hidden never appears


def test_k_bounds_the_ranking(loaded: Runtime) -> None:
    assert loaded.recommender.rank_for_text([CHALLENGE, SECOND], k=2).count == 2


@pytest.mark.parametrize("texts", ["", "   ", [], ["fuel cells", " "]])
def test_an_empty_text_is_refused(loaded: Runtime, texts: str | list[str]) -> None:
    with pytest.raises(InvalidInput):
        loaded.recommender.rank_for_text(texts)
