"""The explanation of a match: a `Match` built from one row of a feature table, with each feature's value and
weight, the best text pair in each direction, and the keywords, sectors, partners and peers the two share."""

from __future__ import annotations

from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.features import best_cell, distance_between
from matcher.engine.ranking import FEATURES, fused_scores
from matcher.engine.results import FeatureTable, Match, ScorePart, TextMatch
from matcher.engine.texts import first_sentence

MIN_EXPLAINED_SIMILARITY = 0.2  # below this, a best text pair is no reason worth showing


def explain(
    catalogue: Catalogue, table: FeatureTable, row: int, score: float | None, weights: dict[str, float]
) -> Match:
    """The match of one row of a feature table, with everything that explains it. `score` is the row's score
    as the ranking computed it (`ranking.fused_scores`), None to compute it here the same way."""
    source, today, network = table.source, table.today, table.network
    assert source is not None and today is not None and table.sim_no is not None
    assert table.sim_on is not None and table.offer_bounds is not None and table.need_bounds is not None
    if score is None:
        score = float(fused_scores(table.values, weights)[row])
    cid = table.candidate_ids[row]
    cand = catalogue.orgs[cid]
    parts = [
        ScorePart(name, float(table.values[row, i]), weights[name])
        for i, name in enumerate(FEATURES)
        if name in weights
    ]
    need_offer = offer_need = None
    best = best_cell(table.sim_no, table.offer_bounds, row)
    if best is not None and best[0] >= MIN_EXPLAINED_SIMILARITY:
        need_offer = text_match(
            catalogue, source, table.need_ids[best[1]], cand, table.offer_cols[best[2]][1], best[0]
        )
    best = best_cell(table.sim_on, table.need_bounds, row)
    if best is not None and best[0] >= MIN_EXPLAINED_SIMILARITY:
        offer_need = text_match(
            catalogue, cand, table.need_cols[best[2]][1], source, table.give_ids[best[1]], best[0]
        )
    voters = table.voters_of().get(cid, [])
    return Match(
        org_id=cid,
        score=score,
        parts=parts,
        need_offer=need_offer,
        offer_need=offer_need,
        shared_keywords=sorted(table.source_terms & cand.keyword_set(today)),
        shared_sectors=sorted(set(source.sectors) & set(cand.sectors)),
        distance_km=distance_between(source, cand),
        shared_partners=sorted(network.get(source.id, set()) & network.get(cid, set())),
        peer_voters=list(voters),
    )


def text_match(
    catalogue: Catalogue,
    seeker: OrgDoc,
    need_id: int,
    provider: OrgDoc,
    offer_id: int | None,
    similarity: float,
) -> TextMatch:
    need = catalogue.opps[need_id]
    if offer_id is None:
        offer_text = first_sentence(provider.description) or provider.display_name
    else:
        offer = catalogue.opps[offer_id]
        offer_text = f"{offer.title}. {offer.summary}".strip()
    return TextMatch(
        seeker_id=seeker.id,
        need=f"{need.title}. {need.summary}".strip(),
        need_opportunity_id=need_id,
        provider_id=provider.id,
        offer=offer_text,
        offer_opportunity_id=offer_id,
        similarity=similarity,
    )
