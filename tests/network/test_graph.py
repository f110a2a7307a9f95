"""The network's pure functions: the ego network, weights, sampled betweenness against networkx, crossing
edges and the layouts."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pytest

from matcher.network.graph import (
    EdgeWeight,
    betweenness,
    communities,
    crossing_edges,
    ego_layout,
    ego_network,
    overview_layout,
    to_graph,
    weights_of,
)
from matcher.network.service import pick_drawn


def adjacency(graph: nx.Graph) -> dict[int, set[int]]:
    return {n: set(graph[n]) for n in graph}


def test_weights_count_the_cooperations_of_a_pair_and_their_years() -> None:
    found = weights_of([(1, 2, 2021), (2, 1, 2019), (1, 2, None), (3, 4, None)])
    assert found == {(1, 2): EdgeWeight(3, 2019, 2021), (3, 4): EdgeWeight(1, None, None)}


def test_the_ego_network_walks_two_steps_and_never_through_a_hidden_organisation() -> None:
    # 1 - 2 - 3, 1 - 4(hidden) - 5, 2 - 6, 4 - 6, 2 - 4
    partners = {1: {2, 4}, 2: {1, 3, 6, 4}, 3: {2}, 4: {1, 5, 6, 2}, 5: {4}, 6: {2, 4}}
    ego = ego_network(partners, 1, lambda n: n != 4)
    assert ego.depth == {1: 0, 2: 1, 3: 2, 6: 2}  # 5 only through the hidden 4: not there at all
    assert ego.edges == [(1, 2), (2, 3), (2, 6)]
    assert ego.more == 0


def test_the_limit_keeps_the_partners_of_partners_linked_to_most_partners() -> None:
    partners = {0: {1, 2}, 1: {0, 10, 11}, 2: {0, 11, 12}, 10: {1}, 11: {1, 2}, 12: {2}}
    ego = ego_network(partners, 0, lambda n: True, limit=2)
    assert [n for n, d in ego.depth.items() if d == 2] == [11, 10]  # 11 has two partners in, then by id
    assert ego.more == 1
    pos = ego_layout(ego, partners)
    assert pos[0] == (0.5, 0.5)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())
    assert len(set(pos.values())) == len(pos)


def test_betweenness_from_every_source_is_networkx_exactly() -> None:
    graph = nx.karate_club_graph()
    graph.add_edge(100, 101)  # a second component
    found = betweenness(graph, k=None, edges=graph.edges())
    nodes = nx.betweenness_centrality(graph)
    edges = nx.edge_betweenness_centrality(graph)
    assert max(abs(found.nodes[n] - nodes[n]) for n in graph) < 1e-12
    assert max(abs(found.edges[tuple(sorted(e))] - v) for e, v in edges.items()) < 1e-12


def test_sampled_betweenness_is_networkx_from_the_same_sources() -> None:
    graph = nx.connected_caveman_graph(6, 5)
    graph.add_edges_from([(100, 101), (101, 102)])  # a second component, and an organisation without partners
    graph.add_node(200)
    k, seed = 7, 3
    found = betweenness(graph, k=k, seed=seed, edges=graph.edges())
    order, n = sorted(graph), graph.number_of_nodes()
    sources = [
        order[i] for i in np.random.default_rng(seed).choice(n, size=k, replace=False)
    ]  # as documented
    assert 101 in sources  # the middle of the second component: a source on the paths of others
    nodes = nx.betweenness_centrality_subset(graph, sources, list(graph))
    edges = nx.edge_betweenness_centrality_subset(graph, sources, list(graph))
    scale = 2 * n / k  # networkx's subset counts a pair of an undirected graph once; scaled up as the sample
    assert max(abs(found.nodes[v] - nodes[v] * scale / ((n - 1) * (n - 2))) for v in graph) < 1e-12
    assert (
        max(abs(found.edges[tuple(sorted(e))] - v * scale / (n * (n - 1))) for e, v in edges.items()) < 1e-12
    )


def test_sampled_betweenness_finds_the_same_brokers() -> None:
    graph = nx.connected_caveman_graph(12, 8)  # cliques in a ring: the ring's links carry the paths
    found = betweenness(graph, k=40, seed=3)
    exact = nx.betweenness_centrality(graph)
    top = set(sorted(exact, key=lambda n: -exact[n])[:24])
    assert set(sorted(found.nodes, key=lambda n: -found.nodes[n])[:24]) == top
    assert found.nodes == betweenness(graph, k=40, seed=3).nodes  # the same for the same seed


def test_communities_and_what_an_edge_crosses() -> None:
    graph = nx.connected_caveman_graph(3, 5)
    groups = communities(graph, seed=1)
    assert sorted(len(g) for g in groups) == [5, 5, 5]
    assert groups == communities(graph, seed=1)
    community_of = {n: i for i, g in enumerate(groups) for n in g}
    kinds = {n: "company" if n != 2 else "university" for n in graph}
    sectors = {n: ["water"] for n in graph} | {2: ["steel_metal"]}
    crossing = crossing_edges(graph, community_of, kinds, sectors)
    assert all(community_of[a] != community_of[b] or "community" not in c for (a, b), c in crossing.items())
    assert crossing[(2, 3)] == ["kind", "sector"]
    assert sum("community" in c for c in crossing.values()) == 3  # the three links of the ring


def test_hidden_organisations_are_no_nodes_of_the_graph() -> None:
    graph = to_graph({1: {2, 3}, 2: {1}, 3: {1}}, lambda n: n != 3, {(1, 2): EdgeWeight(4)})
    assert list(graph.edges(data="weight")) == [(1, 2, 4)]
    assert 3 not in graph


def test_the_overview_draws_each_community_in_its_own_place() -> None:
    graph = nx.connected_caveman_graph(4, 10)
    groups = communities(graph, seed=1)
    drawn = pick_drawn(graph, groups, 20)
    assert len(drawn) == 20 and all(sum(n in g for n in drawn) == 5 for g in groups)
    pos = overview_layout(graph, groups, drawn, seed=1)
    assert pos == overview_layout(graph, groups, drawn, seed=1)
    assert set(pos) == set(drawn)
    assert all(0 <= x <= 1 and 0 <= y <= 1 for x, y in pos.values())

    def centre(g: list[int]) -> tuple[float, float]:
        mine = [pos[n] for n in g if n in pos]
        return sum(p[0] for p in mine) / len(mine), sum(p[1] for p in mine) / len(mine)

    def spread(g: list[int]) -> float:
        cx, cy = centre(g)
        return max(((pos[n][0] - cx) ** 2 + (pos[n][1] - cy) ** 2) ** 0.5 for n in g if n in pos)

    centres = [centre(g) for g in groups]
    apart = min(
        ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5
        for i, a in enumerate(centres)
        for b in centres[i + 1 :]
    )
    assert apart > max(spread(g) for g in groups)


@pytest.mark.parametrize("n", [0, 1])
def test_tiny_graphs(n: int) -> None:
    graph = nx.empty_graph(n)
    assert betweenness(graph).nodes == dict.fromkeys(range(n), 0.0)
    assert communities(graph) == []
