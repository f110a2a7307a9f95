"""`NetworkService`: the cooperation network as a viewer may see it. The edges are the engine's own
(`Catalogue.partners`, kept in step with the database by the indexer), weighted by the recorded cooperations;
hidden organisations are left out (no node, no path), anonymous ones carry their label unless the viewer may see
their contacts. The managers' overview (communities, betweenness, bridges) is worked out once per state of the
network and kept in a `NetworkCache`; who could bridge two communities asks the recommender's `similarities`."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import networkx as nx
from sqlalchemy.orm import Session

from matcher.engine.catalogue import Catalogue, OrgDoc, anonymous_label
from matcher.errors import InvalidInput, NotFound
from matcher.network.graph import (
    Betweenness,
    EdgeWeight,
    Pair,
    betweenness,
    communities,
    crossing_edges,
    ego_layout,
    ego_network,
    indexed,
    overview_layout,
    to_graph,
    weights_of,
)
from matcher.network.repository import cooperation_weights, cooperation_years
from matcher.network.schemas import (
    BridgePublic,
    BrokerPublic,
    CommunityPublic,
    EdgePublic,
    EgoNetworkPublic,
    NetworkPublic,
    NodePublic,
)
from matcher.recommendations.service import Recommender

SAMPLES = (
    400  # sources of the sampled betweenness once the network has more (200 rank the bridges badly at 10k)
)
SEED = 42
LAYOUTS = 8
Sees = Callable[[int], bool]


@dataclass
class Overview:
    """Everything of the managers' overview that depends only on the network, not on the request."""

    key: tuple[int, ...]
    graph: nx.Graph
    groups: list[list[int]]
    community_of: dict[int, int]
    weights: dict[Pair, EdgeWeight]
    central: Betweenness
    bridges: list[tuple[Pair, list[str], float]]
    sampled: int
    brokers: list[tuple[int, float]]  # the ten organisations with the highest betweenness
    layouts: dict[int, tuple[list[int], dict[int, tuple[float, float]]]] = field(default_factory=dict)


class NetworkCache:
    """The last overview, for as long as the network and the organisations stay as they were."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.overview: Overview | None = None


def state_key(catalogue: Catalogue) -> tuple[int, ...]:
    """Changes whenever the network or an organisation does (a new catalogue after a rebuild, a cooperation, an
    organisation written or removed)."""
    return (
        id(catalogue),
        catalogue.network_version,
        len(catalogue.orgs),
        max(catalogue.versions.values(), default=0),
    )


class NetworkService:
    def __init__(self, session: Session, recommender: Recommender, cache: NetworkCache) -> None:
        self.session = session
        self.recommender = recommender
        self.cache = cache

    @property
    def catalogue(self) -> Catalogue:
        return self.recommender.engine.catalogue

    def shown(self, org_id: int) -> bool:
        org = self.catalogue.orgs.get(org_id)
        return org is not None and org.visibility != "hidden"

    def node(
        self, org: OrgDoc, sees: Sees, x: float = 0.0, y: float = 0.0, **extra: int | None
    ) -> NodePublic:
        named = org.visibility == "public" or sees(org.id)
        partners = sum(1 for p in self.catalogue.partners_of(org.id) if self.shown(p))
        return NodePublic(
            id=org.id,
            ref=org.ref if named else None,
            name=org.name if named else anonymous_label(org.kind, org.city),
            anonymous=org.visibility == "anonymous",
            kind=org.kind,
            city=org.city,
            sectors=list(org.sectors),
            partners=partners,
            x=x,
            y=y,
            **extra,
        )

    def ego(self, org_id: int, sees: Sees, limit: int = 100) -> EgoNetworkPublic:
        """The partners and partners of partners of `org_id` (which the caller may see: the web layer asked
        `shown_to`), at most `limit` of the latter, with the edges' cooperations and positions for drawing."""
        with self.recommender.engine.lock:
            cat = self.catalogue
            if org_id not in cat.orgs:
                raise NotFound(f"organisation {org_id} does not exist or is hidden")
            found = ego_network(cat.partners, org_id, self.shown, limit=limit)
            pos = ego_layout(found, cat.partners)
            docs = {n: cat.orgs[n] for n in found.depth}
        first = [n for n, d in found.depth.items() if d == 1]
        weights = weights_of(cooperation_years(self.session, [org_id, *first]))
        nodes = [
            self.node(docs[n], sees, *pos[n], depth=d)
            for n, d in sorted(found.depth.items(), key=lambda i: (i[1], i[0]))
        ]
        return EgoNetworkPublic(
            organisation=nodes[0],
            nodes=nodes,
            edges=[edge(e, weights) for e in found.edges],
            partners=len(first),
            partners_of_partners=len(found.depth) - 1 - len(first) + found.more,
            left_out=found.more,
        )

    def overview(self, sees: Sees, limit: int = 300, bridges: int = 20) -> NetworkPublic:
        """The whole ecosystem for managers: communities, the bridges between communities, kinds and sectors
        with the most shortest paths through them, the brokers, and the `limit` most connected organisations
        (shared among the communities by size) with positions for drawing."""
        view, cached = self.current()
        if limit not in view.layouts:
            if len(view.layouts) >= LAYOUTS:  # the drawings of a few limits are kept, not of every one asked
                view.layouts.pop(next(iter(view.layouts)))
            drawn = pick_drawn(view.graph, view.groups, limit)
            view.layouts[limit] = (drawn, overview_layout(view.graph, view.groups, drawn, seed=SEED))
        drawn, pos = view.layouts[limit]
        cat = self.catalogue

        def node(n: int, with_pos: bool = True) -> NodePublic:
            x, y = pos.get(n, (0.0, 0.0)) if with_pos else (0.0, 0.0)
            return self.node(cat.orgs[n], sees, x, y, community=view.community_of.get(n))

        drawn_set = set(drawn)
        return NetworkPublic(
            organisations=view.graph.number_of_nodes(),
            cooperations=view.graph.number_of_edges(),
            communities=[self.community(view, i, sees) for i in range(len(view.groups))],
            bridges=[
                BridgePublic(
                    a=node(a, False),
                    b=node(b, False),
                    across=across,
                    betweenness=round(value, 6),
                    cooperations=view.weights.get((a, b), EdgeWeight()).count,
                )
                for (a, b), across, value in view.bridges[:bridges]
                if a in cat.orgs and b in cat.orgs  # an organisation removed since: gone from the answer too
            ],
            brokers=[
                BrokerPublic(
                    organisation=node(n, False),
                    betweenness=round(value, 6),
                    communities=len({view.community_of.get(p) for p in view.graph[n]} - {None}),
                )
                for n, value in view.brokers
                if n in cat.orgs
            ],
            nodes=[node(n) for n in drawn if n in cat.orgs],
            edges=[
                edge((a, b) if a < b else (b, a), view.weights)
                for a, b in view.graph.subgraph(drawn_set).edges()
            ],
            sampled_sources=view.sampled,
            cached=cached,
        )

    def community(self, view: Overview, index: int, sees: Sees) -> CommunityPublic:
        cat = self.catalogue
        members = [cat.orgs[n] for n in view.groups[index] if n in cat.orgs]
        sectors = Counter(s for m in members for s in m.sectors)
        central = sorted(view.groups[index], key=lambda n: (-view.graph.degree(n), n))[:5]
        return CommunityPublic(
            id=index,
            size=len(view.groups[index]),
            sectors=[s for s, _ in sorted(sectors.items(), key=lambda i: (-i[1], i[0]))[:3]],
            kinds=dict(sorted(Counter(m.kind or "unknown" for m in members).items())),
            central=[self.node(cat.orgs[n], sees, community=index) for n in central if n in cat.orgs],
        )

    def current(self) -> tuple[Overview, bool]:
        """The overview of the network as it is now, and whether it was kept from before."""
        with self.cache.lock:
            with self.recommender.engine.lock:
                key = state_key(self.catalogue)
                kept = self.cache.overview
                if kept is not None and kept.key == key:
                    return kept, True
                partners = {a: set(bs) for a, bs in self.catalogue.partners.items() if bs}
                shown = {n for n, o in self.catalogue.orgs.items() if o.visibility != "hidden"}
                kinds = {n: self.catalogue.orgs[n].kind for n in shown}
                sectors = {n: list(self.catalogue.orgs[n].sectors) for n in shown}
            weights = {
                (a, b): EdgeWeight(n, first, last)
                for a, b, n, first, last in cooperation_weights(self.session)
            }
            view = build_overview(key, partners, shown, weights, kinds, sectors)
            self.cache.overview = view
            return view, False


def build_overview(
    key: tuple[int, ...],
    partners: dict[int, set[int]],
    shown: set[int],
    weights: dict[Pair, EdgeWeight],
    kinds: dict[int, str | None],
    sectors: dict[int, list[str]],
) -> Overview:
    graph = to_graph(partners, shown.__contains__, weights)
    graph.add_nodes_from(shown)
    in_c = indexed(graph)  # one copy of the graph for igraph's Louvain and betweenness
    groups = communities(in_c, seed=SEED)
    community_of = {n: i for i, g in enumerate(groups) for n in g}
    crossing = crossing_edges(graph, community_of, kinds, sectors)
    k = SAMPLES if graph.number_of_nodes() > SAMPLES else None
    central = betweenness(in_c, k=k, seed=SEED, edges=crossing)
    ranked = sorted(
        ((e, across, central.edges[e]) for e, across in crossing.items()), key=lambda r: (-r[2], r[0])
    )
    sampled = k if k is not None else graph.number_of_nodes()
    brokers = sorted(((n, v) for n, v in central.nodes.items() if v > 0), key=lambda i: (-i[1], i[0]))[:10]
    return Overview(key, graph, groups, community_of, weights, central, ranked, sampled, brokers)


def pick_drawn(graph: nx.Graph, groups: list[list[int]], limit: int) -> list[int]:
    """At most `limit` organisations to draw: each community's share of `limit` by its size (at least one for
    each community while room is left), its most connected members first."""
    total = sum(len(g) for g in groups) or 1
    drawn: list[int] = []
    for g in groups:
        room = limit - len(drawn)
        if room <= 0:
            break
        share = min(room, max(1, round(limit * len(g) / total)))
        drawn += sorted(g, key=lambda n: (-graph.degree(n), n))[:share]
    return drawn


def edge(e: Pair, weights: dict[Pair, EdgeWeight]) -> EdgePublic:
    w = weights.get(e, EdgeWeight())
    return EdgePublic(a=e[0], b=e[1], cooperations=w.count, first_year=w.first_year, last_year=w.last_year)


def community_pair(view: Overview, a: int, b: int) -> tuple[list[int], list[int]]:
    if a == b:
        raise InvalidInput("name two different communities", detail=[{"field": "b", "message": "same as a"}])
    for name, value in (("a", a), ("b", b)):
        if not 0 <= value < len(view.groups):
            raise NotFound(f"no community {value} (`{name}`): the network has {len(view.groups)}")
    return view.groups[a], view.groups[b]
