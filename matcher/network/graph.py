"""Pure functions on the cooperation network the engine keeps (`Catalogue.partners`, adjacency sets): the ego
network of an organisation, communities, sampled betweenness (Brandes' algorithm run for many sources at once as
sparse matrix products), bridges and a layout for drawing. No SQL, no HTTP, no names."""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx
import numpy as np
from scipy import sparse

Adjacency = Mapping[int, Collection[int]]
Pair = tuple[int, int]


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
    for a, bs in partners.items():
        if not shown(a):
            continue
        graph.add_node(a)
        for b in bs:
            if a < b and shown(b):
                graph.add_edge(a, b, weight=weights.get((a, b), EdgeWeight()).count)
    return graph


def communities(graph: nx.Graph, seed: int = 42) -> list[list[int]]:
    """Louvain communities (weighted by cooperations, a fixed seed), largest first, each sorted by id;
    organisations without partners are left out."""
    connected = graph.copy()  # a graph of its own: Louvain walks a subgraph view twice as slowly
    connected.remove_nodes_from([n for n in graph if graph.degree(n) == 0])
    found = nx.community.louvain_communities(connected, weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda c: (-len(c), c[0]))


@dataclass(frozen=True)
class Betweenness:
    nodes: dict[int, float]
    edges: dict[Pair, float]


def betweenness(
    graph: nx.Graph, k: int | None = 64, seed: int = 42, edges: Iterable[Pair] = ()
) -> Betweenness:
    """Shortest-path betweenness of every node and of `edges`, from `k` sampled sources (all when `k` is None
    or not smaller than the graph), normalised and scaled as networkx's `betweenness_centrality` and
    `edge_betweenness_centrality` with the same `k`. Brandes' algorithm for a block of sources at once: each
    level of the breadth-first search, and each step back of the dependencies, is one sparse matrix product."""
    order = sorted(graph)
    n = len(order)
    index = {v: i for i, v in enumerate(order)}
    wanted = [pair(a, b) for a, b in edges]
    if n < 2:
        return Betweenness(dict.fromkeys(order, 0.0), dict.fromkeys(wanted, 0.0))
    rows = [index[a] for a, b in graph.edges()] + [index[b] for a, b in graph.edges()]
    cols = [index[b] for a, b in graph.edges()] + [index[a] for a, b in graph.edges()]
    adj = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    if k is None or k >= n:
        sources = np.arange(n)
    else:
        sources = np.random.default_rng(seed).choice(n, size=k, replace=False)
    ev = np.array([index[a] for a, _ in wanted], dtype=np.int64)
    ew = np.array([index[b] for _, b in wanted], dtype=np.int64)
    node_total = np.zeros(n)
    edge_total = np.zeros(len(wanted))
    block = max(1, min(256, 2_000_000 // n))
    for start in range(0, len(sources), block):
        chunk = sources[start : start + block]
        delta, sigma, dist = _dependencies(adj, chunk)
        delta[chunk, np.arange(len(chunk))] = 0.0
        node_total += delta.sum(axis=1)
        if len(wanted):
            reached = dist >= 0
            t = np.where(reached, (1.0 + delta) / np.where(reached, sigma, 1.0), 0.0)
            down = (dist[ew] == dist[ev] + 1) & (dist[ev] >= 0)
            up = (dist[ev] == dist[ew] + 1) & (dist[ew] >= 0)
            edge_total += (sigma[ev] * t[ew] * down + sigma[ew] * t[ev] * up).sum(axis=1)
    scale = n / len(sources)
    nodes = node_total * scale / ((n - 1) * (n - 2)) if n > 2 else node_total * 0
    edge_scale = scale / (n * (n - 1))  # both directions of an undirected pair counted, as networkx does
    return Betweenness(
        {v: float(nodes[i]) for i, v in enumerate(order)},
        {e: float(edge_total[j] * edge_scale) for j, e in enumerate(wanted)},
    )


def _dependencies(adj: sparse.csr_matrix, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For each source (a column): every node's dependency (Brandes' delta), number of shortest paths and
    distance (-1 when not reached)."""
    n, b = adj.shape[0], len(sources)
    cols = np.arange(b)
    dist = np.full((n, b), -1, dtype=np.int32)
    sigma = np.zeros((n, b))
    dist[sources, cols] = 0
    sigma[sources, cols] = 1.0
    frontier = sigma.copy()
    levels = [dist == 0]
    while True:
        reach = adj @ frontier
        new = (reach > 0) & (dist < 0)
        if not new.any():
            break
        dist[new] = len(levels)
        sigma[new] = reach[new]
        frontier = np.where(new, reach, 0.0)
        levels.append(new)
    delta = np.zeros((n, b))
    for d in range(len(levels) - 1, 0, -1):
        t = np.where(levels[d], (1.0 + delta) / np.where(levels[d], sigma, 1.0), 0.0)
        back = adj @ t
        delta += np.where(levels[d - 1], sigma * back, 0.0)
    return delta, sigma, dist


def crossing_edges(
    graph: nx.Graph,
    community_of: Mapping[int, int],
    kind_of: Mapping[int, str | None],
    sectors_of: Mapping[int, Collection[str]],
) -> dict[Pair, list[str]]:
    """The edges whose ends are in different communities, of different kinds, or share no sector, with what
    they cross (`community`, `kind`, `sector`)."""
    found: dict[Pair, list[str]] = {}
    for a, b in graph.edges():
        across = []
        if community_of.get(a) != community_of.get(b):
            across.append("community")
        if kind_of.get(a) != kind_of.get(b):
            across.append("kind")
        if sectors_of.get(a) and sectors_of.get(b) and not set(sectors_of[a]) & set(sectors_of[b]):
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
