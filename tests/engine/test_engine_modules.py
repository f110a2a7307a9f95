"""Unit tests of the modules the engine's match is made of, on small hand-made inputs: the retrievers' peer
votes and hard filters, the feature helpers, the one score formula, and the diversity re-ranking."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pytest

from matcher.engine.ann import IndexSet
from matcher.engine.catalogue import Catalogue, OrgDoc
from matcher.engine.diversity import diversify, top_rows
from matcher.engine.features import best_cell, best_per_row, overlap
from matcher.engine.filters import Filters
from matcher.engine.pairing import ANY, PairingRules
from matcher.engine.ranking import FEATURES, fused_scores
from matcher.engine.retrieval import Retriever, peer_votes


def make_org(org_id: int, kind: str | None = "company", **overrides: Any) -> OrgDoc:
    fields: dict[str, Any] = {
        "id": org_id,
        "ref": f"org-{org_id}",
        "name": f"Org {org_id}",
        "kind": kind,
        "city": None,
        "country": "DE",
        "region": None,
        "latitude": None,
        "longitude": None,
        "visibility": "public",
        "description": "",
        "sectors": [],
        "keywords": [],
        "text": "",
    }
    fields.update(overrides)
    return OrgDoc(**fields)


def unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


# --- retrieval ------------------------------------------------------------------------------------------


def test_peer_votes_weigh_by_similarity_over_the_log_of_the_voters_partners() -> None:
    network = {10: {1, 2}, 20: {2, 3, 4, 5}, 30: {6}, 40: set()}
    similar = [(10, 0.8), (20, 0.5), (30, -0.1), (40, 0.9), (50, 0.7)]
    votes = peer_votes(similar, network)
    # 30 has a non-positive similarity, 40 no partners, 50 is not in the network: none of them votes
    assert set(votes) == {1, 2, 3, 4, 5}
    assert votes[1] == pytest.approx(0.8 / math.log(2))
    assert votes[3] == votes[4] == votes[5] == pytest.approx(0.5 / math.log(4))
    assert votes[2] == pytest.approx(0.8 / math.log(2) + 0.5 / math.log(4))
    assert peer_votes([], network) == {}


def test_eligible_keeps_the_ids_the_hard_filters_pass_in_ascending_order() -> None:
    catalogue = Catalogue()
    science_only = PairingRules.from_mapping("science-only", {"company": ["research_institute"]})
    for org in [
        make_org(1),  # the source
        make_org(2),  # its partner
        make_org(3, kind="research_institute"),
        make_org(4, kind="research_institute", visibility="hidden"),
        make_org(5, kind="research_institute", country="AT"),
        make_org(6, kind="startup"),
        make_org(7, kind="research_institute"),
    ]:
        catalogue.put(org)
    catalogue.add_partners(1, 2)
    retriever = Retriever(catalogue, IndexSet("model", 2), science_only)
    source, ids = catalogue.orgs[1], {1, 2, 3, 4, 5, 6, 7, 99}

    assert retriever.eligible(ids, source, Filters(), catalogue.partners) == [3, 5, 7]
    assert retriever.eligible(ids, source, Filters(country="DE", exclude={7}), catalogue.partners) == [3]
    assert retriever.eligible(ids, source, Filters(pairing=ANY), catalogue.partners) == [3, 5, 6, 7]
    # a search has no source: no pairing rules, no partners left out, only the filters asked for
    assert retriever.eligible(ids, None, Filters(kinds=["company", "startup"]), {}) == [1, 2, 6]


# --- features ---------------------------------------------------------------------------------------------


def test_overlap_is_the_ochiai_coefficient() -> None:
    assert overlap({"a", "b", "c", "d"}, {"a"}) == pytest.approx(1 / math.sqrt(4))
    assert overlap({"a"}, {"a"}) == 1.0
    assert overlap({"a"}, {"b"}) == 0.0
    assert overlap({"a"}, set()) == 0.0


def test_best_per_row_and_best_cell_read_each_rows_columns() -> None:
    # two source texts (rows of sims) x five candidate texts; candidate row 0 owns columns 0-1, row 1 none,
    # row 2 columns 2-4
    sims = np.array([[0.1, 0.4, -0.2, 0.3, -0.5], [0.2, -0.1, -0.3, 0.9, -0.4]])
    bounds = np.array([0, 2, 2, 5])
    assert best_per_row(sims, bounds).tolist() == pytest.approx([0.4, 0.0, 0.9])
    assert best_cell(sims, bounds, 0) == (pytest.approx(0.4), 0, 1)
    assert best_cell(sims, bounds, 1) is None
    assert best_cell(sims, bounds, 2) == (pytest.approx(0.9), 1, 3)
    # every similarity negative: the feature is 0, not the negative best
    assert best_per_row(-np.abs(sims), bounds).tolist() == [0.0, 0.0, 0.0]
    # no source text at all
    assert best_per_row(np.zeros((0, 5)), bounds).tolist() == [0.0, 0.0, 0.0]
    assert best_cell(np.zeros((0, 5)), bounds, 0) is None


# --- the score ----------------------------------------------------------------------------------------------


def test_fused_scores_sum_the_weighted_features_and_skip_the_inactive() -> None:
    values = np.arange(2 * len(FEATURES), dtype=np.float64).reshape(2, len(FEATURES)) / 10
    weights = {"need_offer": 0.5, "profile": 0.25, "freshness": 0.25}
    col = {name: i for i, name in enumerate(FEATURES)}
    expected = [sum(w * values[r, col[name]] for name, w in weights.items()) for r in range(2)]
    assert fused_scores(values, weights).tolist() == pytest.approx(expected)
    assert fused_scores(values, {}).tolist() == [0.0, 0.0]


# --- diversity ------------------------------------------------------------------------------------------------


def diversity_case() -> tuple[IndexSet, list[int], np.ndarray]:
    """Five candidates: 1 and 2 near-copies (the best two), 3 a different profile, 4 without a vector."""
    indexes = IndexSet("model", 2)
    indexes.profiles.upsert([1, 2, 3, 5], np.vstack([unit(1, 0), unit(1, 0.01), unit(0, 1), unit(1, 1)]))
    ids = [5, 1, 2, 3, 4]
    scores = np.array([0.5, 0.9, 0.85, 0.6, 0.6])
    return indexes, ids, scores


def test_top_rows_orders_by_score_ties_to_the_smaller_id() -> None:
    _, ids, scores = diversity_case()
    assert top_rows(ids, scores, 5) == [1, 2, 3, 4, 0]  # 3 and 4 tie at 0.6: id 3 first
    assert top_rows(ids, scores, 2) == [1, 2]
    assert top_rows([], np.zeros(0), 3) == []


@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_diversity_zero_is_the_plain_top_k(k: int) -> None:
    indexes, ids, scores = diversity_case()
    assert diversify(indexes, ids, scores, k, 0.0) == top_rows(ids, scores, k)


def test_diversity_passes_over_a_near_copy_of_a_pick() -> None:
    indexes, ids, scores = diversity_case()
    picked = [ids[row] for row in diversify(indexes, ids, scores, 3, 0.5)]
    # 2 is a near-copy of 1 (cosine ~1): 0.85 - 0.5 < 0.6, so 3 (orthogonal) and 4 (no vector, no penalty)
    # come before it, 3 first as the smaller id of the tie
    assert picked == [1, 3, 4]
