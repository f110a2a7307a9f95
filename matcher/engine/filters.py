"""The hard filters of a match or a search: kinds, country, a place and radius, pairing rules, excluded ids."""

from __future__ import annotations

from dataclasses import dataclass, field

from matcher.engine.catalogue import OrgDoc
from matcher.engine.geo import haversine_km
from matcher.engine.pairing import PairingRules


@dataclass
class Filters:
    kinds: list[str] | None = None
    country: str | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None
    pairing: PairingRules | None = None
    exclude: set[int] = field(default_factory=set)

    def place_allows(self, org: OrgDoc) -> bool:
        if self.near is None or self.radius_km is None:
            return True
        if org.latitude is None or org.longitude is None:
            return False
        return haversine_km(self.near[0], self.near[1], org.latitude, org.longitude) <= self.radius_km
