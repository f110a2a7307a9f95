"""Pure functions on the cooperation network the engine keeps (`Catalogue.partners`, adjacency sets): the ego
network of an organisation, communities (Louvain) and sampled betweenness (Brandes' algorithm), both igraph's in C,
bridges and a layout for drawing. No SQL, no HTTP, no names."""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import igraph
import networkx as nx
import numpy as np

Adjacency = Mapping[int, Collection[int]]
Pair = tuple[int, int]
_IGRAPH_RANDOM = threading.Lock()


@dataclass(frozen=True)
class EdgeWeight:
    """How often two organisations cooperated (recorded cooperations) and in which years."""

    count: int = 1
    first_year: int | None = None
    last_year: int | None = None


def pair(a: int, b: int) -> Pair:
    return (a, b) if a < b else (b, a)


def weights_of(rows: Iterable[tuple[int, int, int | None]]) -> dict[Pair, EdgeWeight]:
    """Recorded cooperations (a, b, year) as one weight per pair: their number, first and last year."""
    counts: dict[Pair, int] = {}
    years: dict[Pair, list[int]] = {}
    for a, b, year in rows:
        key = (a, b) if a < b else (b, a)
        counts[key] = counts.get(key, 0) + 1
        if year is not None:
            years.setdefault(key, []).append(year)
    return {
        key: EdgeWeight(count, min(years[key]), max(years[key])) if key in years else EdgeWeight(count)
        for key, count in counts.items()
    }


@dataclass(frozen=True)
class Ego:
    """An organisation's partners (depth 1) and partners of partners (depth 2), with the edges between them."""

    center: int
    depth: dict[int, int]
    edges: list[Pair]
    more: int  # partners of partners left out by the limit


def ego_network(partners: Adjacency, center: int, shown: Callable[[int], bool], limit: int = 200) -> Ego:
    """Partners and partners of partners of `center`, walking only through organisations that are `shown`
    (a hidden organisation is no path either: a partner of partners reached through it would tell of it).
    The partners of partners kept (`limit`) are those linked to most partners, then by id. Edges: the
    centre's, between partners, and from partners to the partners of partners kept."""
    first = sorted(p for p in partners.get(center, ()) if p != center and shown(p))
    first_set = set(first)
    links: dict[int, int] = {}
    for p in first:
        for q in partners.get(p, ()):
            if q != center and q not in first_set and shown(q):
                links[q] = links.get(q, 0) + 1
    ranked = sorted(links, key=lambda q: (-links[q], q))
    second = ranked[:limit]
    depth = {center: 0, **dict.fromkeys(first, 1), **dict.fromkeys(second, 2)}
    edges = {pair(center, p) for p in first}
    for p in first:
        edges.update(pair(p, q) for q in partners.get(p, ()) if q in depth and q != center)
    return Ego(center, depth, sorted(edges), len(ranked) - len(second))


def ego_layout(ego: Ego, partners: Adjacency) -> dict[int, tuple[float, float]]:
    """A radial drawing in the unit square: the centre in the middle, its partners on an inner ring, each
    partner of partners on the outer ring at the mean angle of the partners it is linked to."""
    first = sorted(n for n, d in ego.depth.items() if d == 1)
    angle = {p: 2 * math.pi * i / max(len(first), 1) for i, p in enumerate(first)}
    pos = {ego.center: (0.5, 0.5)}
    pos.update({p: _polar(0.28, angle[p]) for p in first})
    second = [n for n, d in ego.depth.items() if d == 2]
    wanted: dict[int, float] = {}
    for q in second:
        near = [angle[p] for p in partners.get(q, ()) if p in angle]
        wanted[q] = math.atan2(sum(map(math.sin, near)), sum(map(math.cos, near))) if near else 0.0
    order = sorted(second, key=lambda q: (wanted[q] % (2 * math.pi), q))
    for i, q in enumerate(order):  # spread evenly, in the order of the wanted angles, so that none overlap
        spread = 2 * math.pi * i / max(len(order), 1)
        pos[q] = _polar(0.46, spread if len(order) > 12 else wanted[q])
    return pos


def _polar(radius: float, angle: float) -> tuple[float, float]:
    return (round(0.5 + radius * math.cos(angle), 4), round(0.5 + radius * math.sin(angle), 4))


def to_graph(
    partners: Adjacency, shown: Callable[[int], bool], weights: Mapping[Pair, EdgeWeight]
) -> nx.Graph:
    """The network of the organisations that are `shown`, weighted by the number of cooperations."""
    graph = nx.Graph()
    graph.add_nodes_from(a for a in partners if shown(a))
    once = EdgeWeight()
    graph.add_weighted_edges_from(  # in one call: faster than an add_edge for each
        (a, b, weights.get((a, b), once).count)
        for a, bs in partners.items()
        if shown(a)
        for b in bs
        if a < b and shown(b)
    )
    return graph


@dataclass(frozen=True)
class Indexed:
    """A networkx graph as an igraph one, for the algorithms in C: node i is `order[i]` (the ids sorted), edge j
    is `edges[j]`, weighted by `weights[j]` cooperations."""

    graph: igraph.Graph
    order: list[int]
    edges: list[Pair]
    weights: list[float]


def indexed(graph: nx.Graph | Indexed) -> Indexed:
    """`graph` for igraph; made once, it serves both `communities` and `betweenness`."""
    if isinstance(graph, Indexed):
        return graph
    order = sorted(graph)
    index = {v: i for i, v in enumerate(order)}
    edges, weights, ends = [], [], []
    for a, b, w in graph.edges(data="weight", default=1):
        edges.append(pair(a, b))
        weights.append(float(w))
        ends.append((index[a], index[b]))
    return Indexed(igraph.Graph(n=len(order), edges=ends), order, edges, weights)


def communities(graph: nx.Graph | Indexed, seed: int = 42) -> list[list[int]]:
    """Louvain communities (weighted by cooperations, a fixed seed), largest first, each sorted by id;
    organisations without partners are left out. igraph's multilevel algorithm (Blondel et al.'s Louvain, in C),
    the random order of its nodes drawn from a generator of its own seeded with `seed`."""
    g = indexed(graph)
    with _IGRAPH_RANDOM:  # igraph's generator is one for the whole process
        igraph.set_random_number_generator(random.Random(seed))
        try:
            found = g.graph.community_multilevel(weights=g.weights)
        finally:
            igraph.set_random_number_generator(random)
    degree = g.graph.degree()
    groups = [
        sorted(g.order[i] for i in members) for members in found if len(members) > 1 or degree[members[0]]
    ]
    return sorted(groups, key=lambda c: (-len(c), c[0]))


@dataclass(frozen=True)
class Betweenness:
    nodes: dict[int, float]
    edges: dict[Pair, float]


def betweenness(
    graph: nx.Graph | Indexed, k: int | None = 64, seed: int = 42, edges: Iterable[Pair] = ()
) -> Betweenness:
    """Shortest-path betweenness of every node and of `edges` (0 for a pair that is no edge), from `k` sampled
    sources (all when `k` is None or not smaller than the graph), normalised and scaled as networkx's
    `betweenness_centrality` and `edge_betweenness_centrality` with the same `k`.

    One run of Brandes' algorithm from the sources, in C (igraph's edge betweenness restricted to `sources`); the
    nodes' betweenness follows from the edges': from a source s, the dependencies on the edges of a node v sum to
    2 delta_s(v) + 1 when s reaches v (delta_s(v) to the edges down to v's children, 1 + delta_s(v) to the edges
    up to its parents), and to the number of nodes s reaches when v is s."""
    g = indexed(graph)
    order, n = g.order, len(g.order)
    wanted = [pair(a, b) for a, b in edges]
    if n < 2:
        return Betweenness(dict.fromkeys(order, 0.0), dict.fromkeys(wanted, 0.0))
    if k is None or k >= n:
        sources, scale = np.arange(n), 1.0
    else:
        sources, scale = np.random.default_rng(seed).choice(n, size=k, replace=False), n / k
    # igraph counts each pair of an undirected graph once, Brandes' sums (and networkx) in both directions
    along = 2 * np.asarray(g.graph.edge_betweenness(directed=False, sources=sources.tolist()), dtype=float)
    ends = np.asarray(g.graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    touching = np.bincount(ends[:, 0], along, n) + np.bincount(ends[:, 1], along, n)
    component = np.asarray(g.graph.connected_components().membership)
    is_source = np.zeros(n)
    is_source[sources] = 1.0
    reached_by = np.bincount(component, is_source)[component] - is_source  # sources other than v reaching v
    reaches = is_source * (np.bincount(component)[component] - 1)  # nodes v reaches when it is a source
    through = (touching - reached_by - reaches) / 2
    through[np.abs(through) < 1e-6] = 0.0  # what the subtraction leaves of a node on no shortest path
    node_scale = scale / ((n - 1) * (n - 2)) if n > 2 else 0.0
    edge_scale = scale / (n * (n - 1))
    eid = {e: i for i, e in enumerate(g.edges)}
    return Betweenness(
        {v: float(through[i] * node_scale) for i, v in enumerate(order)},
        {e: float(along[eid[e]] * edge_scale) if e in eid else 0.0 for e in wanted},
    )


def crossing_edges(
    graph: nx.Graph,
    community_of: Mapping[int, int],
    kind_of: Mapping[int, str | None],
    sectors_of: Mapping[int, Collection[str]],
) -> dict[Pair, list[str]]:
    """The edges whose ends are in different communities, of different kinds, or share no sector, with what
    they cross (`community`, `kind`, `sector`)."""
    found: dict[Pair, list[str]] = {}
    sectors = {n: frozenset(s) for n, s in sectors_of.items() if s}
    for a, b in graph.edges():
        across = []
        if community_of.get(a) != community_of.get(b):
            across.append("community")
        if kind_of.get(a) != kind_of.get(b):
            across.append("kind")
        if a in sectors and b in sectors and sectors[a].isdisjoint(sectors[b]):
            across.append("sector")
        if across:
            found[pair(a, b)] = across
    return found


def overview_layout(
    graph: nx.Graph, groups: list[list[int]], nodes: Collection[int], seed: int = 42
) -> dict[int, tuple[float, float]]:
    """Positions in the unit square for `nodes` (a few hundred): the communities placed by a spring layout of
    the graph of communities (weighted by the edges between them), the members of each by a spring layout of
    their own edges inside a circle that grows with the community's size. Far cheaper than a spring layout of
    the whole network, and the same for the same network."""
    keep = set(nodes)
    members = [[v for v in g if v in keep] for g in groups]
    present = [i for i, m in enumerate(members) if m]
    community_of = {v: i for i in present for v in members[i]}
    between = nx.Graph()
    between.add_nodes_from(present)
    for a, b in graph.subgraph(keep).edges():
        ca, cb = community_of.get(a), community_of.get(b)
        if ca is not None and cb is not None and ca != cb:
            w = between.get_edge_data(ca, cb, {"weight": 0})["weight"]
            between.add_edge(ca, cb, weight=w + 1)
    centres = (
        nx.spring_layout(between, seed=seed, weight="weight")
        if len(present) > 1
        else {present[0]: (0, 0)}
        if present
        else {}
    )
    total = sum(len(members[i]) for i in present) or 1
    pos: dict[int, tuple[float, float]] = {}
    for i in present:
        radius = 0.5 * math.sqrt(len(members[i]) / total)
        inner = graph.subgraph(members[i])
        local = (
            nx.spring_layout(inner, seed=seed, iterations=30)
            if len(members[i]) > 1
            else {members[i][0]: (0, 0)}
        )
        cx, cy = centres[i]
        for v, (x, y) in local.items():
            pos[v] = (cx + radius * float(x), cy + radius * float(y))
    for v in keep - pos.keys():
        pos[v] = (0.0, 0.0)
    return _unit(pos)


def _unit(pos: dict[int, tuple[float, float]]) -> dict[int, tuple[float, float]]:
    """Positions scaled into [0.02, 0.98] on both axes, keeping the aspect."""
    if not pos:
        return {}
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    return {
        v: (round(0.02 + 0.96 * (x - min(xs)) / span, 4), round(0.02 + 0.96 * (y - min(ys)) / span, 4))
        for v, (x, y) in pos.items()
    }
