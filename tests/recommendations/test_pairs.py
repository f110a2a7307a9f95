"""The managers' queue (`best_new_pairs`) ranks on the one batch path (`batch.ranked_partners`, chunks of
`MatchEngine.ranked_many`) and gives exactly the pairs, scores and explanations that asking the engine one
organisation at a time (`MatchEngine.match`, as the queue did before) gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest

from matcher.engine.matching import Filters
from matcher.recommendations import batch
from matcher.recommendations.batch import ranked_partners, recommendable_ids
from matcher.recommendations.pairs import PairSuggestion, best_new_pairs, explain_pair
from matcher.recommendations.service import Recommender
from matcher.runtime import Runtime
from tests.conftest import load, org_id


def one_at_a_time(
    recommender: Recommender, per_organisation: int, skip: Callable[[int, int], bool]
) -> list[PairSuggestion]:
    """The reference: each visible organisation's `match` on its own, its declined and skipped partners left
    out, the best score of each unordered pair kept, then the kept pairs explained from both sides."""
    engine = recommender.engine
    recommender.refresh_feedback()
    ids = sorted(i for i, o in engine.catalogue.orgs.items() if o.visibility != "hidden")
    found: dict[tuple[int, int], PairSuggestion] = {}
    for source in ids:
        excluded = {other for other in ids if skip(source, other)} | recommender.excluded_partners(source)
        for match in engine.match(source, k=per_organisation, filters=Filters(exclude=excluded)):
            a, b = sorted((source, match.org_id))
            if (a, b) not in found or found[a, b].score < match.score:
                found[a, b] = PairSuggestion(a, b, round(match.score, 4), {})
    for pair in found.values():
        score, pair.reasons = explain_pair(recommender, pair.organisation_a_id, pair.organisation_b_id)
        pair.score = score if score is not None else pair.score
    return sorted(found.values(), key=lambda p: (-p.score, p.organisation_a_id, p.organisation_b_id))


def as_rows(pairs: list[PairSuggestion]) -> list[tuple[int, int, float, object]]:
    return [(p.organisation_a_id, p.organisation_b_id, p.score, p.reasons) for p in pairs]


def assert_same_queue(rt: Runtime, per_organisation: int, skip: Callable[[int, int], bool]) -> int:
    expected = as_rows(one_at_a_time(rt.recommender, per_organisation, skip))
    got = as_rows(best_new_pairs(rt.recommender, per_organisation, skip=skip))
    assert got == expected
    return len(got)


@pytest.mark.parametrize("per_organisation", [1, 3, 5])
def test_the_queue_on_the_batch_path_is_the_queue_one_at_a_time(
    loaded: Runtime, per_organisation: int
) -> None:
    assert assert_same_queue(loaded, per_organisation, skip=lambda a, b: False) > 0


def test_skipped_and_declined_pairs_stay_out_of_the_queue(loaded: Runtime, monkeypatch) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    steel = org_id(loaded, "t-steel-co")
    declined = {steel: {fuelcell}, fuelcell: {steel}}
    monkeypatch.setattr(
        loaded.recommender, "declined_partners", lambda ids: {i: set(declined.get(i, set())) for i in ids}
    )

    def skip(a: int, b: int) -> bool:
        return {a, b} == {fuelcell, institute}

    assert assert_same_queue(loaded, 3, skip) > 0
    pairs = {(p.organisation_a_id, p.organisation_b_id) for p in best_new_pairs(loaded.recommender, 3, skip)}
    assert tuple(sorted((fuelcell, institute))) not in pairs
    assert tuple(sorted((fuelcell, steel))) not in pairs


def test_the_queue_over_several_chunks_is_the_same(loaded: Runtime, monkeypatch) -> None:
    monkeypatch.setattr(batch, "CHUNK", 3)  # 9 visible organisations: three chunks
    assert assert_same_queue(loaded, 3, skip=lambda a, b: False) > 0


def test_the_demo_queue_is_the_queue_one_at_a_time(runtime: Runtime) -> None:
    load(runtime, runtime.settings.demo_file)
    assert len(recommendable_ids(runtime.recommender)) > 100
    assert assert_same_queue(runtime, runtime.settings.queue_per_organisation, skip=lambda a, b: False) > 0


def test_ranked_partners_is_match_for_each_organisation(loaded: Runtime) -> None:
    recommender = loaded.recommender
    ids = recommendable_ids(recommender)
    base = Filters(kinds=["company", "research_institute", "startup"])
    for source, ranked in ranked_partners(recommender, ids, 4, base, exclude=lambda i: {ids[0]} - {i}):
        alone = recommender.engine.match(source, k=4, filters=replace(base, exclude={ids[0]} - {source}))
        assert [i for i, _ in ranked] == [m.org_id for m in alone]
        assert [s for _, s in ranked] == pytest.approx([m.score for m in alone], abs=1e-6)
