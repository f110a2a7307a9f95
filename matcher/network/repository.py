"""The recorded cooperations the network's edges are weighted by (the edges themselves are the engine's)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, or_, select
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


def cooperation_weights(session: Session) -> list[tuple[int, int, int, int | None, int | None]]:
    """Every pair that cooperated as (a, b, cooperations, first year, last year), a < b as stored: the pairs'
    weights counted by the database along its unique index (`graph.weights_of` of every cooperation, faster)."""
    a, b, year = Cooperation.organisation_a_id, Cooperation.organisation_b_id, Cooperation.year
    query = select(a, b, func.count(), func.min(year), func.max(year)).group_by(a, b)
    return [(x, y, n, first, last) for x, y, n, first, last in session.execute(query)]
