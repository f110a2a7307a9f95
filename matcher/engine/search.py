"""Free-text search: organisations (by their best dense text, fused with BM25) and opportunities for a question,
under the same hard filters as a match (without a source: no pairing rules, no partners to leave out).

BM25 counts only as far as the encoder finds an organisation related (`fuse`): it matches words, not meaning,
and cannot match across languages, so a German question's word in a German profile on another subject must
not lift that profile over the English one that answers the question but shares none of its words."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date

import numpy as np

from matcher.engine.catalogue import Catalogue
from matcher.engine.filters import Filters
from matcher.engine.geo import haversine_km
from matcher.engine.results import Network, OppHit, OrgHit, SearchResult
from matcher.engine.retrieval import Retriever
from matcher.engine.texts import first_sentence
from matcher.kit.text import CORE_STOPWORDS, words

SEARCH_DENSE_SHARE = 0.7  # free-text search: dense similarity vs BM25


def query_terms(text: str) -> list[str]:
    return list(dict.fromkeys(words(text, min_length=3, stopwords=CORE_STOPWORDS, as_written=True)))


def search(
    retriever: Retriever,
    hold: Callable[[], AbstractContextManager[object]],
    query: str,
    query_vector: np.ndarray,
    k: int,
    filters: Filters,
    today: date,
) -> SearchResult:
    """The k best organisations and opportunities for `query` (and its vector). The index reads run under
    `hold()` (the engine's lock and thread limit)."""
    terms = query_terms(query)
    qv = query_vector.reshape(1, -1).astype(np.float32)
    with hold():
        idx, cat = retriever.indexes, retriever.catalogue
        total = max(len(idx.profiles), len(idx.offers), len(idx.requests))
        pool = max(100, 10 * k)
        no_network: Network = {}
        while True:
            # dense: profiles and active offers (an organisation counts with its best text); lexical: BM25
            lexical_top = cat.lexical.top(query, pool)
            best: dict[int, tuple[float, int | None]] = {o: (0.0, None) for o, _ in lexical_top}
            opp_hits: list[OppHit] = []
            scores, ids = idx.profiles.search(qv, pool)
            scores = idx.rescored(qv, ids, scores, idx.profiles)  # a routed model's pairs on one scale
            for s, i in zip(scores[0], ids[0], strict=True):
                if i >= 0 and float(s) > best.get(int(i), (-1.0, None))[0]:
                    best[int(i)] = (float(s), None)
            for index in (idx.offers, idx.requests):
                scores, ids = index.search(qv, pool)
                scores = idx.rescored(qv, ids, scores, index)
                for s, i in zip(scores[0], ids[0], strict=True):
                    opp = cat.opps.get(int(i))
                    if opp is None or not opp.is_active(today):
                        continue
                    opp_hits.append(OppHit(opp.id, opp.organisation_id, float(s)))
                    if opp.direction == "offer" and float(s) > best.get(opp.organisation_id, (-1.0, None))[0]:
                        best[opp.organisation_id] = (float(s), opp.id)
            allowed = set(retriever.eligible(set(best), None, filters, no_network))
            kept = {o: v for o, v in best.items() if o in allowed}
            if len(kept) >= k or pool >= total:
                break
            pool *= 4
        # organisations that only BM25 found: the similarity of their profile (their offers were not near enough
        # to be searched), which the fusion weighs their BM25 score by
        lexical_only = [o for o in kept if kept[o] == (0.0, None) and o in idx.profiles]
        if lexical_only:
            for o, sim in zip(
                lexical_only, idx.similarities(qv, idx.profiles.vectors(lexical_only))[0], strict=True
            ):
                kept[o] = (float(sim), None)
        # BM25 of every kept organisation, relative to the best lexical score of all
        kept_ids = list(kept)
        top_lexical = max((score for _, score in lexical_top), default=0.0)
        if top_lexical > 0:
            lexical = cat.lexical.scores_for(query, kept_ids) / top_lexical
        else:
            lexical = np.zeros(len(kept_ids))
        dense = np.array([max(0.0, kept[o][0]) for o in kept_ids])
        combined = fuse(dense, lexical)
        hits = [
            org_hit(cat, org_id, float(combined[i]), kept[org_id], float(lexical[i]), terms, filters)
            for i, org_id in sorted(enumerate(kept_ids), key=lambda p: (-combined[p[0]], p[1]))[:k]
        ]
        allowed = set(retriever.eligible({h.org_id for h in opp_hits}, None, filters, no_network))
        opps = [h for h in opp_hits if h.org_id in allowed]
    opps.sort(key=lambda h: (-h.score, h.opportunity_id))
    return SearchResult(organisations=hits[:k], opportunities=opps[:k])


def fuse(dense: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Each candidate's score from its dense similarity and its BM25 score (relative to the best BM25 score):
    `SEARCH_DENSE_SHARE` of the first, plus the rest of the second weighed by the candidate's similarity
    relative to the most similar candidate's. The nearest candidate keeps its whole BM25 share, one half as
    near keeps half of it: words a question shares with a text the encoder finds unrelated (a word of the
    question in a profile on another subject, while the answer is in another language and shares none of its
    words) lift that text only as far as the encoder allows; between texts the encoder finds about equally
    near, BM25 decides as before. Without any similarity (all zero) BM25 counts in full. The weight is the
    candidates' own ratio, with no constant to fit."""
    best = float(dense.max()) if len(dense) else 0.0
    agreement = dense / best if best > 0 else np.ones(len(dense))
    return SEARCH_DENSE_SHARE * dense + (1 - SEARCH_DENSE_SHARE) * lexical * agreement


def org_hit(
    catalogue: Catalogue,
    org_id: int,
    score: float,
    dense: tuple[float, int | None],
    lexical: float,
    terms: list[str],
    filters: Filters,
) -> OrgHit:
    """A search hit with the text that matched and the query terms found in it."""
    cat = catalogue
    org = cat.orgs[org_id]
    similarity, opp_id = dense
    haystack = " ".join([org.display_name, org.city or "", *org.keywords, *org.sectors]).casefold()
    if opp_id is not None:
        text = f"{cat.opps[opp_id].title}. {cat.opps[opp_id].summary}"
    else:
        text = first_sentence(org.description)
    distance = None
    if filters.near and org.latitude is not None and org.longitude is not None:
        distance = haversine_km(filters.near[0], filters.near[1], org.latitude, org.longitude)
    return OrgHit(
        org_id=org_id,
        score=score,
        dense=similarity,
        lexical=lexical,
        matched_text=text,
        matched_opportunity_id=opp_id,
        matched_terms=[t for t in terms if t in haystack or t in text.casefold()],
        distance_km=distance,
    )
