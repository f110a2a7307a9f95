"""Response schemas of matching and search."""

from __future__ import annotations

from pydantic import BaseModel


class OrganisationSummary(BaseModel):
    id: int
    ref: str
    name: str
    kind: str | None
    city: str | None
    anonymous: bool


class ScorePartPublic(BaseModel):
    name: str
    value: float
    weight: float
    contribution: float
    share: float


class TextMatchPublic(BaseModel):
    need: str
    need_opportunity_id: int | None
    offer: str
    offer_opportunity_id: int | None
    similarity: float


class MatchPublic(BaseModel):
    organisation: OrganisationSummary
    score: float
    parts: list[ScorePartPublic]
    need_offer: TextMatchPublic | None
    """What the organisation seeks, met by what this partner offers."""
    offer_need: TextMatchPublic | None
    """What this partner seeks, met by what the organisation offers."""
    shared_keywords: list[str]
    shared_sectors: list[str]
    shared_partners: list[OrganisationSummary] = []
    """Partners both already have (at most five)."""
    distance_km: float | None
    similar_partners: list[OrganisationSummary] = []
    """Organisations with profiles like this organisation's that already work with this partner (at most
    three, the most similar first): the reason behind the `peers` part."""


class MatchesPublic(BaseModel):
    organisation: OrganisationSummary
    pairing: str
    data: list[MatchPublic]
    count: int


class OrganisationHitPublic(BaseModel):
    organisation: OrganisationSummary
    score: float
    matched_text: str
    matched_opportunity_id: int | None
    matched_terms: list[str]
    distance_km: float | None


class OpportunitySummary(BaseModel):
    id: int
    title: str
    summary: str
    direction: str
    type: str
    organisation: OrganisationSummary


class OpportunityHitPublic(BaseModel):
    opportunity: OpportunitySummary
    score: float


class SearchPublic(BaseModel):
    query: str
    organisations: list[OrganisationHitPublic]
    opportunities: list[OpportunityHitPublic]


class RankedOrganisationPublic(BaseModel):
    """One organisation ranked for a new domain's texts (`Recommender.rank_for_text`), with why: the text of
    the caller's that it fits best and what of the organisation matched it."""

    organisation: OrganisationSummary
    score: float
    text_index: int
    """Which of the caller's texts it fits best (0-based)."""
    matched_text: str
    matched_opportunity_id: int | None
    matched_terms: list[str]
    distance_km: float | None


class RankingPublic(BaseModel):
    texts: list[str]
    data: list[RankedOrganisationPublic]
    count: int
