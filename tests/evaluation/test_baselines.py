"""The benchmark's baselines on a hand-made network: exclusions, ties and the evidence each one uses."""

from __future__ import annotations

import numpy as np

from matcher.evaluation import baselines
from matcher.evaluation.baselines import Candidates

# a - b - c - d, and e alone; b and c are the hubs
EARLIER = {"a": {"b"}, "b": {"a", "c"}, "c": {"b", "d"}, "d": {"c"}, "e": set()}
CANDS = Candidates(
    refs=["e", "d", "c", "b", "a"],
    countries={"a": "DE", "b": "FR", "c": "DE", "d": "DE", "e": "FR"},
    texts={
        "a": "hydrogen fuel cells for trucks",
        "b": "cardiology clinical trials",
        "c": "fuel cell stacks and hydrogen storage",
        "d": "embedded sensors",
        "e": "hydrogen electrolysers",
    },
    earlier=EARLIER,
)
QUERIES = ["a", "b", "c", "d", "e"]


def test_candidates_are_sorted_and_exclude_self_and_earlier_partners() -> None:
    assert CANDS.refs == ["a", "b", "c", "d", "e"]
    assert sorted(CANDS.refs[i] for i in CANDS.excluded("b")) == ["a", "b", "c"]
    top = baselines.top_k(np.array([0.0, 5.0, 5.0, 1.0, -1.0]), np.array([3]), k=3)
    assert top.tolist() == [1, 2, 0]  # ties by position, the excluded one skipped
    assert baselines.top_k(
        np.array([0.0, 2.0, 0.0]), np.array([], dtype=np.int64), 3, positive_only=True
    ).tolist() == [1]


def test_popularity_baselines() -> None:
    assert baselines.popularity(CANDS, ["a"], 10)["a"] == ["c", "d", "e"]  # c has 2 partners, d 1, e 0
    assert baselines.same_country_popularity(CANDS, ["e"], 10)["e"] == ["b", "c", "a", "d"]  # FR first
    assert baselines.same_country_popularity(CANDS, ["a"], 10)["a"] == ["c", "d", "e"]


def test_random_is_seeded_and_respects_exclusions() -> None:
    first = baselines.random_ranking(CANDS, QUERIES, 10, seed=1)
    assert first == baselines.random_ranking(CANDS, QUERIES, 10, seed=1)
    assert sorted(first["a"]) == ["c", "d", "e"]


def test_bm25_ranks_shared_words_and_leaves_out_candidates_without_any() -> None:
    ranked = baselines.bm25(CANDS, ["a", "d"], 10)
    assert ranked["a"][0] == "c"  # fuel, cell, hydrogen
    assert set(ranked["a"]) == {"c", "e"}  # b is an earlier partner, d shares no word
    assert ranked["d"] == []


def test_dense_uses_the_given_vectors() -> None:
    vectors = np.eye(5, dtype=np.float32)
    vectors[4] = [0.8, 0, 0, 0, 0.6]  # e is close to a
    assert baselines.dense(CANDS, ["a"], 2, vectors)["a"] == ["e", "c"]


def test_adamic_adar_scores_partners_of_partners() -> None:
    ranked = baselines.adamic_adar(CANDS, QUERIES, 10)
    assert ranked["a"] == ["c"]  # through b
    assert ranked["b"] == ["d"]  # through c
    assert ranked["e"] == []


def test_adamic_adar_times_log_degree_breaks_ties_for_the_better_connected() -> None:
    # q knows x and y; x knows m, y knows n, n knows z: m and n are both partners of partners of q
    earlier = {"q": {"x", "y"}, "x": {"q", "m"}, "y": {"q", "n"}, "m": {"x"}, "n": {"y", "z"}, "z": {"n"}}
    cands = Candidates(refs=list(earlier), countries={}, texts={}, earlier=earlier)
    assert baselines.adamic_adar(cands, ["q"], 10)["q"] == ["m", "n"]  # a tie, broken by ref
    assert baselines.adamic_adar_popular(cands, ["q"], 10)["q"] == ["n", "m"]  # n has two partners


def test_the_network_mix_learns_from_the_years_and_ranks_new_partners_only() -> None:
    """Forty organisations in chains that close one hop a year: the mix learns on 2020 against the network
    of 2019, validates on 2021, and puts weight on the partners of partners, not on popularity."""
    from matcher.evaluation.network_mix import FEATURES, learn_weights, network_mix

    refs = [f"o{i:02d}" for i in range(40)]
    cooperations = []
    for i in range(0, 40, 4):
        a, b, c, d = refs[i : i + 4]
        cooperations += [(a, b, 2019, "x"), (b, c, 2019, "x"), (a, c, 2020, "x"), (c, d, 2020, "x")]
        cooperations += [(b, d, 2021, "x")]
    earlier: dict[str, set[str]] = {r: set() for r in refs}
    for a, b, _, _ in cooperations:
        earlier[a].add(b)
        earlier[b].add(a)
    cands = Candidates(refs=refs, countries={}, texts={}, earlier=earlier)
    weights, scores = learn_weights(cands, cooperations)
    assert abs(weights.sum() - 1.0) < 1e-9 and weights[FEATURES.index("popularity")] < 0.5
    assert {"pairwise", "listwise", "popularity", "Adamic-Adar"} <= set(scores)
    ranked = network_mix(cands, ["o00"], 5, cooperations)["o00"]
    assert ranked and not set(ranked) & (earlier["o00"] | {"o00"})
