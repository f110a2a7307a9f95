"""What the engine answers with: a match and the parts of its score, the texts that matched, the feature table a
ranking is computed from, and the hits of a free-text search."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from matcher.engine.catalogue import OrgDoc

Network = Mapping[int, set[int]]  # organisation id -> its partners' ids

PEER_VOTERS_SHOWN = 5  # similar organisations kept to explain the `peers` feature


@dataclass
class ScorePart:
    name: str
    value: float
    weight: float

    @property
    def contribution(self) -> float:
        return self.value * self.weight


@dataclass
class TextMatch:
    """One text of the seeking side that met one text of the offering side."""

    seeker_id: int
    need: str
    need_opportunity_id: int | None
    provider_id: int
    offer: str
    offer_opportunity_id: int | None  # None: the provider's profile
    similarity: float


@dataclass
class Match:
    org_id: int
    score: float
    parts: list[ScorePart]
    need_offer: TextMatch | None  # the organisation seeks, the candidate offers
    offer_need: TextMatch | None  # the candidate seeks, the organisation offers
    shared_keywords: list[str]
    shared_sectors: list[str]
    distance_km: float | None
    shared_partners: list[int] = field(default_factory=list)
    peer_voters: list[int] = field(default_factory=list)  # similar organisations that work with the candidate

    def shares(self) -> dict[str, float]:
        total = sum(p.contribution for p in self.parts)
        return {p.name: (p.contribution / total if total > 0 else 0.0) for p in self.parts}


@dataclass
class FeatureTable:
    """Feature values of each candidate (rows in `candidate_ids` order), and what the explanation of a row
    needs (`MatchEngine.explain` reads it for the rows that are shown, not for every candidate)."""

    candidate_ids: list[int]
    values: np.ndarray  # shape (len(candidate_ids), len(FEATURES))
    active: dict[str, bool]
    source: OrgDoc | None = None
    today: date | None = None
    network: Network = field(default_factory=dict)
    similar: list[tuple[int, float]] = field(default_factory=list)
    source_terms: set[str] = field(default_factory=set)
    need_ids: list[int] = field(default_factory=list)  # the source's active requests (rows of sim_no)
    give_ids: list[int | None] = field(default_factory=list)  # its profile (None) and offers (rows of sim_on)
    offer_cols: list[tuple[int, int | None]] = field(default_factory=list)  # (candidate, offer or None)
    need_cols: list[tuple[int, int]] = field(default_factory=list)  # (candidate, request)
    offer_bounds: np.ndarray | None = None  # candidate row r owns offer_cols[bounds[r]:bounds[r + 1]]
    need_bounds: np.ndarray | None = None
    sim_no: np.ndarray | None = None  # source needs x candidate offers
    sim_on: np.ndarray | None = None  # source gives x candidate needs
    _voters: dict[int, list[int]] | None = None

    def voters_of(self) -> dict[int, list[int]]:
        """For each partner of a similar organisation, the first PEER_VOTERS_SHOWN similar organisations (with a
        positive similarity, most similar first) that work with it: the `peers` feature's explanation."""
        if self._voters is None:
            self._voters = {}
            for peer, similarity in self.similar:
                if similarity <= 0:
                    continue
                for partner in self.network.get(peer, ()):
                    voters = self._voters.setdefault(partner, [])
                    if len(voters) < PEER_VOTERS_SHOWN:
                        voters.append(peer)
        return self._voters


@dataclass
class OrgHit:
    org_id: int
    score: float
    dense: float
    lexical: float
    matched_text: str
    matched_opportunity_id: int | None
    matched_terms: list[str]
    distance_km: float | None


@dataclass
class OppHit:
    opportunity_id: int
    org_id: int
    score: float


@dataclass
class SearchResult:
    organisations: list[OrgHit]
    opportunities: list[OppHit]
