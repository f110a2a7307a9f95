"""The network's answers: nodes with positions for drawing, weighted edges, communities, bridges."""

from __future__ import annotations

from pydantic import BaseModel, Field


class NodePublic(BaseModel):
    id: int
    ref: str | None = Field(description="`null` for an anonymous profile the caller may not see named.")
    name: str = Field(
        description="An anonymous profile's label (kind and city) unless the caller may see it."
    )
    anonymous: bool
    kind: str | None
    city: str | None
    sectors: list[str]
    partners: int = Field(description="Its partners in the network (hidden ones not counted).")
    depth: int | None = Field(
        None, description="Ego network: 0 the organisation, 1 a partner, 2 a partner's partner."
    )
    community: int | None = Field(None, description="Overview: the index of its community in `communities`.")
    x: float = Field(description="Position for drawing, 0 to 1 from the left.")
    y: float = Field(description="Position for drawing, 0 to 1 from the top.")


class EdgePublic(BaseModel):
    a: int
    b: int
    cooperations: int = Field(description="Recorded cooperations of the pair (the edge's weight).")
    first_year: int | None
    last_year: int | None


class EgoNetworkPublic(BaseModel):
    organisation: NodePublic
    nodes: list[NodePublic]
    edges: list[EdgePublic]
    partners: int
    partners_of_partners: int
    left_out: int = Field(description="Partners of partners not shown (beyond `limit`).")


class CommunityPublic(BaseModel):
    id: int
    size: int
    sectors: list[str] = Field(description="Its commonest sectors, most frequent first (up to three).")
    kinds: dict[str, int]
    central: list[NodePublic] = Field(
        description="Its most connected members (up to five), without positions."
    )


class BridgePublic(BaseModel):
    a: NodePublic
    b: NodePublic
    across: list[str] = Field(description="What the edge crosses: `community`, `kind`, `sector`.")
    betweenness: float = Field(description="Share of shortest paths through the edge (sampled).")
    cooperations: int


class BrokerPublic(BaseModel):
    organisation: NodePublic
    betweenness: float
    communities: int = Field(description="Communities its partners belong to.")


class NetworkPublic(BaseModel):
    organisations: int = Field(
        description="Organisations in the network (not hidden, with or without partners)."
    )
    cooperations: int = Field(description="Pairs that cooperated.")
    communities: list[CommunityPublic]
    bridges: list[BridgePublic]
    brokers: list[BrokerPublic]
    nodes: list[NodePublic] = Field(
        description="The drawn organisations (the most connected of each community)."
    )
    edges: list[EdgePublic] = Field(description="The edges among the drawn organisations.")
    sampled_sources: int = Field(
        description="Sources of the sampled betweenness (all when the network is small)."
    )
    cached: bool


class BridgeCandidatePublic(BaseModel):
    organisation: NodePublic
    score: float = Field(description="The lower of its two fits: it must fit both communities.")
    fit_a: float
    fit_b: float
    reasons: list[str]


class BridgeCandidatesPublic(BaseModel):
    a: CommunityPublic
    b: CommunityPublic
    data: list[BridgeCandidatePublic]
    count: int
