"""The batch path of `recommend --all`: ranking without explanations gives the same partners and scores as a
match, ranking many at once (one batch of searches) the same as one at a time, the pool filter agrees with the
one-candidate filter, and a chunk's declined pairs come from one query."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from matcher.engine.catalogue import OppDoc, OrgDoc
from matcher.engine.matching import Filters, MatchEngine
from matcher.engine.pairing import ANY
from matcher.introductions.models import Introduction
from matcher.introductions.repository import IntroductionRepository
from matcher.kit.db import in_chunks
from matcher.places.gazetteer import find_city
from matcher.recommendations.batch import recommendable_ids, recommendation_lines
from matcher.runtime import Runtime
from tests.conftest import org_id


def filter_variants() -> list[Filters]:
    essen = find_city("Essen")
    assert essen is not None
    return [
        Filters(),
        Filters(pairing=ANY),
        Filters(kinds=["research_institute", "startup"]),
        Filters(country="DE"),
        Filters(near=(essen.latitude, essen.longitude), radius_km=40),
        Filters(exclude={1, 2, 3}, pairing=ANY),
    ]


@pytest.mark.parametrize("variant", range(6))
def test_ranked_is_match_without_explanations(loaded: Runtime, variant: int) -> None:
    engine = loaded.recommender.engine
    filters = filter_variants()[variant]
    compared = 0
    for org in recommendable_ids(loaded.recommender):
        matches = engine.match(org, k=4, filters=filters)
        assert engine.ranked(org, k=4, filters=filters) == [(m.org_id, m.score) for m in matches]
        compared += len(matches)
    assert compared > 0


@pytest.mark.parametrize("variant", range(6))
def test_ranking_many_at_once_ranks_each_as_alone(loaded: Runtime, variant: int) -> None:
    engine = loaded.recommender.engine
    base = filter_variants()[variant]
    ids = recommendable_ids(loaded.recommender)
    # each organisation with filters of its own: the next one in the list excluded too
    own = [replace(base, exclude=base.exclude | {ids[(i + 1) % len(ids)]}) for i in range(len(ids))]
    together = engine.ranked_many(ids, 4, own)
    assert len(together) == len(ids)
    compared = 0
    for org, filters, ranked in zip(ids, own, together, strict=True):
        alone = engine.ranked(org, k=4, filters=filters)
        assert [i for i, _ in ranked] == [i for i, _ in alone]
        assert [s for _, s in ranked] == pytest.approx([s for _, s in alone], abs=1e-6)
        compared += len(alone)
    assert compared > 0
    assert engine.ranked_many([], 4, []) == []


@pytest.mark.parametrize("pool", [1, 3])
def test_the_batched_searches_find_what_each_search_finds(loaded: Runtime, pool: int) -> None:
    # a pool smaller than the catalogue, so that each source's hits differ and a row given to the wrong
    # source shows
    engine = loaded.recommender.engine
    catalogue = engine.catalogue
    today = date.today()
    sources = [catalogue.orgs[i] for i in recommendable_ids(loaded.recommender)]
    prefetched = engine.retriever.prefetch(sources, pool, today)
    distinct = set()
    for source, ahead in zip(sources, prefetched, strict=True):
        needs, _, gives = engine.retriever.needs_and_gives(source, today)
        assert ahead.pool == pool
        assert ahead.dense == engine.retriever.dense_orgs(*engine.retriever.dense(needs, gives, pool))
        alone = engine.retriever.similar(source, catalogue.partners)
        assert [i for i, _ in ahead.similar] == [i for i, _ in alone]
        assert [s for _, s in ahead.similar] == pytest.approx([s for _, s in alone], abs=1e-5)
        distinct.add(frozenset(ahead.dense))
    assert len(distinct) > 1


def passes(engine: MatchEngine, org: OrgDoc | None, source: OrgDoc | None, filters: Filters) -> bool:
    """The hard filters for one candidate, as the product brief states them (the reference for the pool
    filter)."""
    if org is None or org.visibility == "hidden" or org.id in filters.exclude:
        return False
    if filters.kinds and org.kind not in filters.kinds:
        return False
    if filters.country and org.country != filters.country:
        return False
    if source is not None:
        if org.id == source.id or org.id in engine.catalogue.partners.get(source.id, ()):
            return False
        if not (filters.pairing or engine.pairing).allows(source.kind, org.kind):
            return False
    return filters.place_allows(org)


@pytest.mark.parametrize("variant", range(6))
def test_the_pool_filter_agrees_with_the_candidate_filter(loaded: Runtime, variant: int) -> None:
    engine = loaded.recommender.engine
    catalogue = engine.catalogue
    filters = filter_variants()[variant]
    pool = set(catalogue.orgs) | {10_000}  # and an id the catalogue does not hold
    kept_somewhere = False
    for source in [*catalogue.orgs.values(), None]:  # None: a search's filter
        expected = [c for c in sorted(pool) if passes(engine, catalogue.orgs.get(c), source, filters)]
        assert engine.retriever.eligible(pool, source, filters, catalogue.partners) == expected
        kept_somewhere |= bool(expected)
    assert kept_somewhere


def test_declined_pairs_of_many_organisations_in_one_query(loaded: Runtime) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    steel = org_id(loaded, "t-steel-co")
    lines = {
        line["ref"]: [m["ref"] for m in line["matches"]]
        for line in recommendation_lines(
            loaded.recommender, recommendable_ids(loaded.recommender), 10, Filters()
        )
    }
    assert "t-h2-institute" in lines["t-fuelcell-co"]
    with loaded.session_factory() as session:
        repository = IntroductionRepository(session)
        session.add_all(
            [
                Introduction(organisation_a_id=fuelcell, organisation_b_id=institute, status="declined"),
                Introduction(organisation_a_id=steel, organisation_b_id=fuelcell, status="sent"),
            ]
        )
        session.commit()
        found = repository.partners_with_status([fuelcell, institute, steel], ("declined",))
    assert found == {fuelcell: {institute}, institute: {fuelcell}, steel: set()}
    lines = {
        line["ref"]: [m["ref"] for m in line["matches"]]
        for line in recommendation_lines(
            loaded.recommender, recommendable_ids(loaded.recommender), 10, Filters()
        )
    }
    assert "t-h2-institute" not in lines["t-fuelcell-co"] and "t-fuelcell-co" not in lines["t-h2-institute"]


def test_declined_pairs_of_more_organisations_than_one_statement_may_name(loaded: Runtime) -> None:
    # 130,000 ids in two IN lists would pass the limit on bound parameters of one statement (PostgreSQL: 65,535;
    # SQLite: 32,766 by default, 250,000 in some builds): the repository asks 500 at a time
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    with loaded.session_factory() as session:
        session.add(Introduction(organisation_a_id=fuelcell, organisation_b_id=institute, status="declined"))
        session.commit()
        many = [*range(100_000, 230_000), fuelcell, institute]
        found = IntroductionRepository(session).partners_with_status(many, ("declined",))
    assert len(found) == len(many)
    assert found[fuelcell] == {institute} and found[institute] == {fuelcell} and not found[100_000]


def test_in_chunks_drops_repeats_and_keeps_order() -> None:
    assert list(in_chunks([3, 1, 3, 2, 1, 5], size=2)) == [[3, 1], [2, 5]]
    assert list(in_chunks([], size=2)) == []


def test_active_opportunities_of_a_day_follow_status_and_expiry() -> None:
    today = date(2026, 12, 4)

    def opp(i: int, direction: str, status: str = "published", expires: date | None = None) -> OppDoc:
        return OppDoc(i, 1, direction, "x", f"t{i}", "", [f"k{i}"], status, expires, f"text {i}")

    org = OrgDoc(
        1,
        "o",
        "O",
        None,
        None,
        None,
        None,
        None,
        None,
        "public",
        "",
        ["energy"],
        ["Base"],
        "profile",
        opportunities=[
            opp(10, "offer"),
            opp(11, "offer", status="draft"),
            opp(12, "request", expires=today),
            opp(13, "request", expires=today - timedelta(days=1)),
        ],
    )
    assert org.active_ids(today, "offer") == [10]
    assert org.active_ids(today, "request") == [12]
    assert org.keyword_set(today) == {"base", "k10", "k12"}
    assert org.tag_set(today) == {"base", "k10", "k12", "sector:energy"}
    assert org.active_ids(today + timedelta(days=1), "request") == []  # another day is worked out afresh
