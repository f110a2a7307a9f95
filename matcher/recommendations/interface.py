"""The recommender as a new domain sees it (docs/contributing.md, step 3): a protocol, so that a domain's services
name what they ask of `Recommender` and tests can hand in anything that answers the same."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, Protocol

import numpy as np

from matcher.recommendations.schemas import RankingPublic


class Matching(Protocol):
    """What challenges, events and talent projects ask of the recommender: filters, a ranking of organisations for
    their own texts, and the similarity of texts to texts."""

    def make_filters(
        self,
        kinds: list[str] | None = None,
        country: str | None = None,
        near: str | None = None,
        radius_km: float | None = None,
        pairing: str | None = None,
        exclude: Collection[int] = (),
    ) -> Any: ...

    def rank_for_text(
        self, texts: str | Sequence[str], kinds: Sequence[str] | None = None, filters: Any = None, k: int = 10
    ) -> RankingPublic: ...

    def similarities(self, queries: Sequence[str], documents: Sequence[str]) -> np.ndarray: ...
