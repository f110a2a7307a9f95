"""Pairs for the workspace: the engine's explanation of one given pair (stored with an introduction), and the
best new pairs across the whole ecosystem (the managers' queue)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from matcher.engine.matching import Filters
from matcher.engine.ranking import fused_scores
from matcher.recommendations.batch import ranked_partners, recommendable_ids
from matcher.recommendations.service import Recommender


@dataclass
class PairSuggestion:
    organisation_a_id: int
    organisation_b_id: int
    score: float
    reasons: dict[str, Any]


def explain_one_way(recommender: Recommender, source_id: int, partner_id: int) -> dict[str, Any] | None:
    """Why `partner_id` fits `source_id`: the same explanation as a match list gives (the lexical feature is
    measured against this one candidate only)."""
    engine = recommender.engine
    with engine.lock:
        cat = engine.catalogue
        if source_id not in cat.orgs or partner_id not in cat.orgs:
            return None
        table = engine.features(cat.orgs[source_id], [partner_id], date.today(), cat.partners)
        weights = engine.ranker.active_weights(table.active)
        match = engine.explain(table, 0, float(fused_scores(table.values, weights)[0]), weights)
        return recommender.match_public(match).model_dump(mode="json")


def explain_pair(recommender: Recommender, a: int, b: int) -> tuple[float | None, dict[str, Any]]:
    """Both sides' explanations of a pair and the mean of the two scores."""
    a_to_b, b_to_a = explain_one_way(recommender, a, b), explain_one_way(recommender, b, a)
    scores = [e["score"] for e in (a_to_b, b_to_a) if e is not None]
    return (
        round(sum(scores) / len(scores), 4) if scores else None,
        {"a_to_b": a_to_b, "b_to_a": b_to_a},
    )


def best_new_pairs(
    recommender: Recommender,
    per_organisation: int,
    skip: Callable[[int, int], bool],
    filters: Filters | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[PairSuggestion]:
    """The best partners of every visible organisation, as unordered pairs (smaller id first), without the
    pairs `skip` rejects (partners, introduced before, declined, dismissed); best first. Ranked on the batch
    path of `matcher recommend --all` (`batch.ranked_partners`); only the pairs kept are explained."""
    filters = filters or Filters()
    recommender.refresh_feedback()
    ids = recommendable_ids(recommender)
    found: dict[tuple[int, int], PairSuggestion] = {}

    def skipped(org_id: int) -> set[int]:
        return {other for other in ids if skip(org_id, other)}

    ranked = ranked_partners(recommender, ids, per_organisation, filters, exclude=skipped)
    for done, (org_id, partners) in enumerate(ranked, start=1):
        for partner_id, score in partners:
            a, b = sorted((org_id, partner_id))
            if (a, b) in found and found[a, b].score >= score:
                continue
            found[a, b] = PairSuggestion(a, b, round(score, 4), {})
        if progress is not None:
            progress(done, len(ids))
    best = sorted(found.values(), key=lambda p: (-p.score, p.organisation_a_id, p.organisation_b_id))
    for pair in best:
        explained, pair.reasons = explain_pair(recommender, pair.organisation_a_id, pair.organisation_b_id)
        pair.score = explained if explained is not None else pair.score
    return sorted(best, key=lambda p: (-p.score, p.organisation_a_id, p.organisation_b_id))


def current_results(
    recommender: Recommender, query: str | None, organisation_id: int | None, kinds: list[str], k: int = 20
) -> list[tuple[int, str]]:
    """The organisations a saved search finds now, as (id, name as anyone may see it): a question's results,
    or an organisation's suggested partners (none when it was deleted or hidden)."""
    filters = recommender.make_filters(kinds or None)
    if query:
        found = recommender.search(query, k=k, filters=filters).organisations
        return [(hit.organisation.id, hit.organisation.name) for hit in found]
    if organisation_id is None:
        return []
    org = recommender.engine.catalogue.orgs.get(organisation_id)
    if org is None or org.visibility == "hidden":
        return []
    return [
        (m.organisation.id, m.organisation.name)
        for m in recommender.match(organisation_id, k=k, filters=filters).data
    ]
