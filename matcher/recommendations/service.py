"""What callers ask of the engine: the partners of an organisation, a free-text search, and the ranked
records a new domain asks for with its own texts and rules (`rank_for_text`).

The `Recommender` answers on the engine the indexer keeps in step with the database (`matcher.indexing`), with
the response schemas of `schemas.py`; it never changes the catalogue or the indexes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import date

import numpy as np

from matcher.embeddings.encoder import Encoder
from matcher.engine.matching import Filters, Match, MatchEngine, SearchResult, TextMatch
from matcher.engine.pairing import PairingRules, load_pairing
from matcher.errors import InvalidInput, NotFound
from matcher.places.gazetteer import resolve_place
from matcher.recommendations.schemas import (
    MatchesPublic,
    MatchPublic,
    OpportunityHitPublic,
    OpportunitySummary,
    OrganisationHitPublic,
    OrganisationSummary,
    RankedOrganisationPublic,
    RankingPublic,
    ScorePartPublic,
    SearchPublic,
    TextMatchPublic,
)

DeclinedPartners = Callable[[Sequence[int]], dict[int, set[int]]]
FeedbackRates = Callable[[], dict[int, float]]


def no_declined_partners(ids: Sequence[int]) -> dict[int, set[int]]:
    return {i: set() for i in ids}


class Recommender:
    """Answers on `engine` (shared with the indexer that keeps it current). `declined_partners`: the partners
    never to suggest to each of some organisations (pairs declined before, in one query); `feedback_rates`:
    how each organisation's introductions went (the engine's `feedback` feature)."""

    def __init__(
        self,
        engine: MatchEngine,
        encoder: Encoder,
        declined_partners: DeclinedPartners = no_declined_partners,
        feedback_rates: FeedbackRates = dict,
    ) -> None:
        self.engine = engine
        self.encoder = encoder
        self.declined_partners = declined_partners
        self.feedback_rates = feedback_rates

    @property
    def pairing(self) -> PairingRules:
        """The installation's kind-pairing rules (`MATCHER_PAIRING`)."""
        return self.engine.pairing

    def summary(self, org_id: int) -> OrganisationSummary:
        org = self.engine.catalogue.orgs[org_id]
        return OrganisationSummary(
            id=org.id,
            ref=org.ref,
            name=org.display_name,
            kind=org.kind,
            city=org.city,
            anonymous=org.visibility == "anonymous",
        )

    def make_filters(
        self,
        kinds: list[str] | None = None,
        country: str | None = None,
        near: str | None = None,
        radius_km: float | None = None,
        pairing: str | None = None,
        exclude: Collection[int] = (),
    ) -> Filters:
        if radius_km is not None and near is None:
            raise InvalidInput(
                "`radius_km` needs `near`: say from which city (or lat,lon) the radius is measured",
                detail=[{"field": "near", "message": "required with radius_km"}],
            )
        place = resolve_place(near) if near else None
        rules: PairingRules | None = None
        if pairing:
            if pairing not in ("default", "any"):
                raise InvalidInput(
                    "`pairing` must be `default` or `any`",
                    detail=[{"field": "pairing", "message": "use default or any"}],
                )
            rules = self.engine.pairing if pairing == "default" else load_pairing(pairing)
        return Filters(
            kinds=kinds or None,
            country=country.upper() if country else None,
            near=place,
            radius_km=radius_km if place else None,
            pairing=rules,
            exclude=set(exclude),
        )

    def excluded_partners(self, org_id: int) -> set[int]:
        """The organisations never to suggest to `org_id` (an introduction between them was declined)."""
        return self.declined_partners([org_id]).get(org_id, set())

    def refresh_feedback(self) -> None:
        """Hand the engine the latest outcome of every organisation's introductions (its `feedback` feature)."""
        self.engine.feedback = self.feedback_rates()

    def match(
        self, org_id: int, k: int = 10, filters: Filters | None = None, today: date | None = None
    ) -> MatchesPublic:
        org = self.engine.catalogue.orgs.get(org_id)
        if org is None or org.visibility == "hidden":
            raise NotFound(f"organisation {org_id} does not exist or is hidden")
        filters = filters or Filters()
        excluded = self.excluded_partners(org_id)
        if excluded:
            filters = replace(filters, exclude=filters.exclude | excluded)
        self.refresh_feedback()
        # Under the engine's lock until the answer is built: a write applied in between could drop an
        # organisation the matches name.
        with self.engine.lock:
            if org_id not in self.engine.catalogue.orgs:
                raise NotFound(f"organisation {org_id} does not exist or is hidden")
            matches = self.engine.match(org_id, k=k, filters=filters, today=today)
            data = [self.match_public(m) for m in matches]
            source = self.summary(org_id)
        pairing = (filters.pairing or self.engine.pairing).name
        return MatchesPublic(organisation=source, pairing=pairing, data=data, count=len(data))

    def match_public(self, match: Match) -> MatchPublic:
        shares = match.shares()
        return MatchPublic(
            organisation=self.summary(match.org_id),
            score=round(match.score, 4),
            parts=[
                ScorePartPublic(
                    name=p.name,
                    value=round(p.value, 4),
                    weight=round(p.weight, 4),
                    contribution=round(p.contribution, 4),
                    share=round(shares[p.name], 4),
                )
                for p in match.parts
            ],
            need_offer=_text_public(match.need_offer),
            offer_need=_text_public(match.offer_need),
            shared_keywords=match.shared_keywords,
            shared_sectors=match.shared_sectors,
            shared_partners=[
                self.summary(p)
                for p in match.shared_partners
                if p in self.engine.catalogue.orgs and self.engine.catalogue.orgs[p].visibility != "hidden"
            ][:5],
            distance_km=round(match.distance_km, 1) if match.distance_km is not None else None,
            similar_partners=[
                self.summary(p)
                for p in match.peer_voters
                if p in self.engine.catalogue.orgs and self.engine.catalogue.orgs[p].visibility != "hidden"
            ][:3],
        )

    def search(self, query: str, k: int = 10, filters: Filters | None = None) -> SearchPublic:
        query = query.strip()
        if not query:
            raise InvalidInput(
                "the search needs a question: give `q`", detail=[{"field": "q", "message": "empty"}]
            )
        with self.engine.request_threads():  # one short text: library threads would only wait for each other
            vector = self.encoder.encode_queries([query])[0]
        with self.engine.lock:  # until the answer is built: see `match`
            return self._search_public(query, self.engine.search(query, vector, k=k, filters=filters))

    def rank_for_text(
        self,
        texts: str | Sequence[str],
        kinds: Sequence[str] | None = None,
        filters: Filters | None = None,
        k: int = 10,
    ) -> RankingPublic:
        """The recommender interface for new domains (a challenge, an event, a talent project): rank the
        organisations of `kinds` (all kinds when none) that fit `texts` best, under the hard rules of
        `filters` (see `make_filters`: country, a place and radius, organisations to exclude). Each text is
        searched as a free-text question; an organisation found by several keeps its best score and says
        which text it fits and why. Best first; hidden organisations never appear."""
        wanted = [texts] if isinstance(texts, str) else list(texts)
        wanted = [t.strip() for t in wanted]
        if not wanted or not all(wanted):
            raise InvalidInput(
                "ranking needs at least one text, and no empty one",
                detail=[{"field": "texts", "message": "empty"}],
            )
        filters = filters or Filters()
        if kinds:
            filters = replace(filters, kinds=list(kinds))
        with self.engine.request_threads():
            vectors = self.encoder.encode_queries(wanted)
        with self.engine.lock:  # until the answer is built: see `match`
            best: dict[int, RankedOrganisationPublic] = {}
            for index, (text, vector) in enumerate(zip(wanted, vectors, strict=True)):
                for hit in self.engine.search(text, vector, k=k, filters=filters).organisations:
                    score = round(hit.score, 4)
                    if hit.org_id in best and best[hit.org_id].score >= score:
                        continue
                    best[hit.org_id] = RankedOrganisationPublic(
                        organisation=self.summary(hit.org_id),
                        score=score,
                        text_index=index,
                        matched_text=hit.matched_text,
                        matched_opportunity_id=hit.matched_opportunity_id,
                        matched_terms=hit.matched_terms,
                        distance_km=round(hit.distance_km, 1) if hit.distance_km is not None else None,
                    )
        data = sorted(best.values(), key=lambda r: (-r.score, r.organisation.id))[:k]
        return RankingPublic(texts=wanted, data=data, count=len(data))

    def similarities(self, queries: Sequence[str], documents: Sequence[str]) -> np.ndarray:
        """The cosine similarity of each query to each document (a `len(queries)` x `len(documents)` matrix),
        on the encoder behind the engine: for domains that compare their own short texts (a challenge's
        requirements with an application's sentences, a juror's expertise with an application). Empty texts
        are compared as they are; an empty list gives an empty matrix."""
        if not queries or not documents:
            return np.zeros((len(queries), len(documents)), dtype=np.float32)
        with self.engine.request_threads():
            wanted = self.encoder.encode_queries(list(queries))
            found = self.encoder.encode_documents(list(documents))
        return np.asarray(wanted @ found.T, dtype=np.float32)

    def _search_public(self, query: str, result: SearchResult) -> SearchPublic:
        cat = self.engine.catalogue
        return SearchPublic(
            query=query,
            organisations=[
                OrganisationHitPublic(
                    organisation=self.summary(h.org_id),
                    score=round(h.score, 4),
                    matched_text=h.matched_text,
                    matched_opportunity_id=h.matched_opportunity_id,
                    matched_terms=h.matched_terms,
                    distance_km=round(h.distance_km, 1) if h.distance_km is not None else None,
                )
                for h in result.organisations
            ],
            opportunities=[
                OpportunityHitPublic(
                    opportunity=OpportunitySummary(
                        id=h.opportunity_id,
                        title=cat.opps[h.opportunity_id].title,
                        summary=cat.opps[h.opportunity_id].summary,
                        direction=cat.opps[h.opportunity_id].direction,
                        type=cat.opps[h.opportunity_id].type,
                        organisation=self.summary(h.org_id),
                    ),
                    score=round(h.score, 4),
                )
                for h in result.opportunities
            ],
        )


def _text_public(match: TextMatch | None) -> TextMatchPublic | None:
    if match is None:
        return None
    return TextMatchPublic(
        need=match.need,
        need_opportunity_id=match.need_opportunity_id,
        offer=match.offer,
        offer_opportunity_id=match.offer_opportunity_id,
        similarity=round(match.similarity, 4),
    )
