"""Reports as the API shows them."""

from __future__ import annotations

from pydantic import BaseModel

from matcher.talent.feedback import RoundSummary


class CountPublic(BaseModel):
    key: str
    count: int


class ReportPublic(BaseModel):
    total: int
    by_status: dict[str, int]
    by_month: dict[str, dict[str, int]]
    """Month (YYYY-MM) -> status -> introductions that reached that status in that month."""
    funnel: dict[str, int]
    """How many introductions ever reached sent, accepted, met and cooperation."""
    conversion: float | None
    """Cooperations per sent introduction."""
    top_sectors: list[CountPublic]
    kind_pairs: list[CountPublic]
    programmes: list[RoundSummary]
    """The talent programmes past their draft, newest first, with their placements and feedback."""
