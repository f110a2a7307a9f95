"""Index choice by size: exact up to the limit, IVF-SQ8 above it; both keep upsert, delete, reconstruct and
their files, and the approximate one finds what exact search finds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from matcher.config import Settings
from matcher.engine.ann import FaissIndex, IndexPolicy, IndexSet
from matcher.runtime import Runtime, open_runtime

DIMENSION = 32


@pytest.fixture(scope="module")
def clustered() -> np.ndarray:
    """Vectors in 60 clusters, like embeddings of texts about a few dozen topics (not uniform noise)."""
    rng = np.random.default_rng(7)
    centres = rng.standard_normal((60, DIMENSION))
    vectors = centres[rng.integers(0, 60, 6000)] + 0.4 * rng.standard_normal((6000, DIMENSION))
    return (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).astype(np.float32)


def test_the_policy_picks_the_kind_by_size(clustered: np.ndarray) -> None:
    policy = IndexPolicy(exact_limit=5000, nprobe=8)
    small = FaissIndex.build(DIMENSION, list(range(5000)), clustered[:5000], policy)
    large = FaissIndex.build(DIMENSION, list(range(6000)), clustered, policy)
    assert small.kind == "exact"
    assert large.kind == f"ivf{policy.lists_for(6000)}-sq8"
    assert large.memory_bytes() < small.memory_bytes()  # a byte per dimension instead of four


def test_approximate_search_finds_what_exact_search_finds(clustered: np.ndarray) -> None:
    ids = list(range(100, 6100))
    exact = FaissIndex.build(DIMENSION, ids, clustered)
    approximate = FaissIndex.build(DIMENSION, ids, clustered, IndexPolicy(exact_limit=1000, nprobe=16))
    queries = clustered[::60]
    _, truth = exact.search(queries, 10)
    _, found = approximate.search(queries, 10)
    recall = np.mean([len(set(t) & set(f)) / 10 for t, f in zip(truth, found, strict=True)])
    assert recall >= 0.9
    assert set(found.ravel().tolist()) <= set(ids)


def test_an_approximate_index_keeps_upsert_delete_and_vectors(clustered: np.ndarray, tmp_path: Path) -> None:
    ids = list(range(1, 6001))
    index = FaissIndex.build(DIMENSION, ids, clustered, IndexPolicy(exact_limit=1000, nprobe=8))
    # 8-bit codes: each value is off by at most a small step of its dimension's range
    assert np.abs(index.vectors([1, 2]) - clustered[:2]).max() < 0.02
    index.remove([1, 2, 99_999])
    assert len(index) == 5998 and 1 not in index
    index.upsert([3], clustered[[10]])  # a changed vector replaces the old one under the same id
    assert len(index) == 5998
    assert np.abs(index.vectors([3])[0] - clustered[10]).max() < 0.02
    index.upsert([7000], clustered[[11]])
    assert 7000 in index and len(index) == 5999
    scores, found = index.search(clustered[[11]], 1)
    assert found[0, 0] in (7000, 12) and scores[0, 0] > 0.99  # id 12 holds the same vector

    path = tmp_path / "offers.faiss"
    index.write(path)
    again = FaissIndex.read(path, DIMENSION)
    assert again.kind == index.kind and again.ids() == index.ids()


def test_an_exact_index_replaces_a_held_vector_in_place(clustered: np.ndarray, tmp_path: Path) -> None:
    path = tmp_path / "profiles.faiss"
    FaissIndex.build(DIMENSION, list(range(1, 101)), clustered[:100]).write(path)
    index = FaissIndex.read(path, DIMENSION)  # as a start loads it
    index.upsert([40, 500, 7], clustered[[200, 201, 202]])  # two held ids, one new, in one call
    assert len(index) == 101 and index.ids() == set(range(1, 101)) | {500}
    np.testing.assert_array_equal(index.vectors([40, 500, 7, 8]), clustered[[200, 201, 202, 7]])
    scores, found = index.search(clustered[[200]], 1)
    assert found[0, 0] == 40 and scores[0, 0] == pytest.approx(1.0, abs=1e-5)
    index.remove([40])
    assert 40 not in index and index.search(clustered[[200]], 1)[1][0, 0] != 40


def test_a_saved_set_loads_with_the_policys_nprobe(clustered: np.ndarray, tmp_path: Path) -> None:
    indexes = IndexSet("model-a", DIMENSION, IndexPolicy(exact_limit=1000, nprobe=4))
    indexes.fill("profiles", list(range(6000)), clustered)
    indexes.save(tmp_path, digest="d")
    loaded, _ = IndexSet.load(tmp_path, "model-a", DIMENSION, IndexPolicy(exact_limit=1000, nprobe=24))
    assert loaded.kinds() == {"profiles": indexes.profiles.kind, "offers": "exact", "requests": "exact"}
    assert loaded.profiles.nprobe == 24


def test_an_installation_past_the_limit_matches_and_searches_on_approximate_indexes(
    loaded: Runtime, settings: Settings
) -> None:
    org = next(o for o in loaded.indexer.engine.catalogue.orgs.values() if o.visibility == "public")
    exact = [m.organisation.id for m in loaded.recommender.match(org.id, k=5).data]
    approximate = open_runtime(settings.model_copy(update={"index_exact_limit": 5, "index_nprobe": 4}))
    try:
        approximate.indexer.rebuild()
        status = approximate.indexer.status()
        for name, count in status.counts.items():
            assert status.kinds[name] == ("exact" if count <= 5 else "ivf1-sq8"), status
        found = approximate.recommender.match(org.id, k=5).data
        # a small set has one list per 39 vectors at most, so every vector is read: the same partners,
        # the scores off by no more than the 8-bit codes allow
        assert {m.organisation.id for m in found} == set(exact)
        assert all(m.parts for m in found)
        assert approximate.recommender.search("fuel cell testing", k=3).organisations
    finally:
        approximate.close()
