"""The recorded cooperations the network's edges are weighted by (the edges themselves are the engine's)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from matcher.profiles.models import Cooperation

CHUNK = 500


def cooperation_years(
    session: Session, touching: Collection[int] | None = None
) -> list[tuple[int, int, int | None]]:
    """Every recorded cooperation as (a, b, year), or only those of the organisations `touching`."""
    columns = (Cooperation.organisation_a_id, Cooperation.organisation_b_id, Cooperation.year)
    if touching is None:
        return [(a, b, y) for a, b, y in session.execute(select(*columns))]
    ids = sorted(touching)
    found: set[tuple[int, int, int | None, int]] = set()
    for start in range(0, len(ids), CHUNK):
        part = ids[start : start + CHUNK]
        query = select(Cooperation.id, *columns).where(
            or_(Cooperation.organisation_a_id.in_(part), Cooperation.organisation_b_id.in_(part))
        )
        found.update((a, b, y, i) for i, a, b, y in session.execute(query))
    return [(a, b, y) for a, b, y, _ in found]
