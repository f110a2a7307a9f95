"""Step 3 of a match: every feature (`ranking.FEATURES`) of every candidate, as one table of values.

The work grows with the candidates, not with the catalogue: the source's needs and gives against the
candidates' offers and requests are two matrix products, and each candidate's best text pair is read from them
(`best_per_row` for the feature, `best_cell` for the explanation of a row shown).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC, date, datetime

import numpy as np

from matcher.engine.catalogue import OrgDoc
from matcher.engine.geo import haversine_km
from matcher.engine.pairing import DEFAULT
from matcher.engine.ranking import FEATURES
from matcher.engine.results import FeatureTable, Network
from matcher.engine.retrieval import Retriever, peer_votes

PROXIMITY_SCALE_KM = 40.0  # proximity is exp(-distance / scale)
FRESHNESS_SCALE_DAYS = 365.0  # freshness is exp(-age / scale)
NEUTRAL_FEEDBACK = 0.5  # the feedback value of an organisation without decided introductions


def distance_between(a: OrgDoc, b: OrgDoc) -> float | None:
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def overlap(a: set[str], b: set[str]) -> float:
    """Ochiai coefficient: shared / sqrt(|a| |b|)."""
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def best_per_row(sims: np.ndarray, bounds: np.ndarray) -> np.ndarray:
    """For each row r, the best similarity (at least 0) in the columns bounds[r]:bounds[r + 1] of `sims`."""
    result = np.zeros(len(bounds) - 1)
    if sims.shape[0] == 0 or sims.shape[1] == 0:
        return result
    best_per_column = sims.max(axis=0)
    filled = bounds[1:] > bounds[:-1]
    result[filled] = np.maximum.reduceat(best_per_column, bounds[:-1][filled])
    return np.maximum(result, 0.0)


def best_cell(sims: np.ndarray, bounds: np.ndarray, row: int) -> tuple[float, int, int] | None:
    """(similarity, row of `sims`, column) of the best cell in row `row`'s columns; None without any."""
    start, end = int(bounds[row]), int(bounds[row + 1])
    if sims.shape[0] == 0 or end == start:
        return None
    block = sims[:, start:end]
    i, j = np.unravel_index(int(np.argmax(block)), block.shape)
    return float(block[i, j]), int(i), start + int(j)


def feature_table(
    retriever: Retriever,
    feedback: Mapping[int, float],
    source: OrgDoc,
    candidate_ids: list[int],
    today: date,
    network: Network | None = None,
    similar: list[tuple[int, float]] | None = None,
    votes: dict[int, float] | None = None,
) -> FeatureTable:
    """Every feature of every candidate, as arrays (the work grows with the candidates, not with the
    catalogue); what explains a row is worked out by `explain`, for the rows shown. `feedback`: organisation
    id -> how its introductions went, between 0 and 1."""
    network = retriever.catalogue.partners if network is None else network
    idx, cat = retriever.indexes, retriever.catalogue
    n = len(candidate_ids)
    cands = [cat.orgs[c] for c in candidate_ids]
    col = {name: i for i, name in enumerate(FEATURES)}
    values = np.zeros((n, len(FEATURES)), dtype=np.float64)
    table = FeatureTable(candidate_ids, values, {}, source=source, today=today, network=network)

    # the source's needs (active requests) and what it gives (profile + active offers)
    table.need_ids = retriever.active(source, "request", today)
    needs = idx.as_queries(idx.requests.vectors(table.need_ids))  # the source's side is the query's
    has_profile = source.id in idx.profiles
    source_profile = idx.profiles.vectors([source.id]) if has_profile else np.zeros((0, idx.dimension))
    table.give_ids = ([None] if has_profile else []) + list(retriever.active(source, "offer", today))
    source_profile = idx.as_queries(source_profile)
    gives = np.vstack(
        [source_profile, idx.as_queries(idx.offers.vectors([i for i in table.give_ids if i is not None]))]
    ).astype(np.float32)

    # what candidates offer (profile + active offers) and seek (active requests): columns grouped by row
    offer_bounds, need_bounds = np.zeros(n + 1, dtype=np.int64), np.zeros(n + 1, dtype=np.int64)
    for row, (cid, cand) in enumerate(zip(candidate_ids, cands, strict=True)):
        if cid in idx.profiles:
            table.offer_cols.append((cid, None))
        if cand.opportunities:  # most organisations have none
            table.offer_cols.extend((cid, o) for o in retriever.active(cand, "offer", today))
            table.need_cols.extend((cid, o) for o in retriever.active(cand, "request", today))
        offer_bounds[row + 1], need_bounds[row + 1] = len(table.offer_cols), len(table.need_cols)
    table.offer_bounds, table.need_bounds = offer_bounds, need_bounds
    is_profile = np.array([o is None for _, o in table.offer_cols], dtype=bool)
    offer_vecs = np.zeros((len(table.offer_cols), idx.dimension), dtype=np.float32)
    if is_profile.any():
        offer_vecs[is_profile] = idx.profiles.vectors([c for c, o in table.offer_cols if o is None])
    if (~is_profile).any():
        offer_vecs[~is_profile] = idx.offers.vectors([o for _, o in table.offer_cols if o is not None])
    need_vecs = idx.requests.vectors([o for _, o in table.need_cols])
    table.sim_no = idx.similarities(needs, offer_vecs) if len(needs) else np.zeros((0, len(table.offer_cols)))
    table.sim_on = idx.similarities(gives, need_vecs) if len(gives) else np.zeros((0, len(table.need_cols)))
    values[:, col["need_offer"]] = best_per_row(table.sim_no, offer_bounds)
    values[:, col["offer_need"]] = best_per_row(table.sim_on, need_bounds)

    if has_profile and is_profile.any():  # the candidates' profiles are the offer columns read above
        present = [row for row, c in enumerate(candidate_ids) if c in idx.profiles]
        values[present, col["profile"]] = np.maximum(
            idx.similarities(source_profile, offer_vecs[is_profile])[0], 0.0
        )

    lexical = cat.lexical.scores_for(source.lexical_text(), candidate_ids)
    if lexical.max(initial=0.0) > 0:
        lexical = lexical / lexical.max()
    values[:, col["lexical"]] = lexical

    table.source_terms = source.keyword_set(today)
    source_tags = source.tag_set(today)
    values[:, col["keywords"]] = [overlap(source_tags, c.tag_set(today)) for c in cands]

    distances = [distance_between(source, c) for c in cands]
    values[:, col["proximity"]] = [
        math.exp(-d / PROXIMITY_SCALE_KM) if d is not None else 0.0 for d in distances
    ]

    # Adamic-Adar from the source's side: each partner z adds 1 / log(degree z) to its own partners
    adamic: dict[int, float] = {}
    for z in network.get(source.id, ()):
        partners = network.get(z, set())
        weight = 1.0 / math.log(max(len(partners), 2))
        for c in partners:
            adamic[c] = adamic.get(c, 0.0) + weight
    values[:, col["network"]] = [1.0 - math.exp(-adamic.get(c, 0.0)) for c in candidate_ids]

    table.similar = retriever.similar(source, network) if similar is None else similar
    if votes is None:
        votes = peer_votes(table.similar, network)
    peers = np.array([votes.get(c, 0.0) for c in candidate_ids])
    if peers.max(initial=0.0) > 0:
        peers = peers / peers.max()
    values[:, col["peers"]] = peers

    _, max_degree = retriever.network_stats(network)
    if max_degree:
        degrees = np.array([len(network.get(c, ())) for c in candidate_ids], dtype=np.float64)
        values[:, col["popularity"]] = np.log1p(degrees) / math.log1p(max_degree)
    values[:, col["feedback"]] = [feedback.get(c, NEUTRAL_FEEDBACK) for c in candidate_ids]
    values[:, col["complementarity"]] = [
        0.5 if c.kind is None or source.kind is None else float(DEFAULT.allows(source.kind, c.kind))
        for c in cands
    ]
    values[:, col["same_country"]] = [
        float(source.country is not None and source.country == c.country) for c in cands
    ]
    now = datetime.now(UTC)
    values[:, col["freshness"]] = [
        math.exp(-max((now - c.updated_at).days, 0) / FRESHNESS_SCALE_DAYS) if c.updated_at else 0.5
        for c in cands
    ]
    table.active = {
        "need_offer": len(table.need_ids) > 0,
        "offer_need": len(table.need_cols) > 0 and len(gives) > 0,
        "profile": has_profile,
        "lexical": bool(lexical.any()),
        "keywords": True,
        "proximity": any(d is not None for d in distances),
        "network": max_degree > 0,
        "peers": bool(peers.any()),
        "feedback": bool(feedback),
        "popularity": max_degree > 0,
        "complementarity": True,
        "same_country": source.country is not None,
        "freshness": True,
    }
    return table
