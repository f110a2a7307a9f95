"""The managers' queue of suggested pairs across the ecosystem."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from matcher.auth.policies import require_staff
from matcher.introductions.queue import QueueEntry, QueueFilters
from matcher.introductions.schemas import (
    CapacityPublic,
    IntroductionPublic,
    PartySummary,
    QueueItemPublic,
    QueuePublic,
    QueueRefreshed,
    TakeRequest,
)
from matcher.profiles.models import Organisation
from matcher.recommendations.pairs import best_new_pairs
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import ApiUserDep, IntroductionsDep, QueueDep, RecommenderDep

router = APIRouter(prefix="/queue", tags=["queue"], responses=errors(401, 403, 404, 409))


def entry_public(entry: QueueEntry) -> QueueItemPublic:
    def party(org: Organisation) -> PartySummary:
        return PartySummary(
            id=org.id, name=org.name, kind=org.kind, city=org.city, anonymous=org.visibility == "anonymous"
        )

    return QueueItemPublic(
        id=entry.item.id,
        organisation_a=party(entry.a),
        organisation_b=party(entry.b),
        score=entry.item.score,
        reasons=entry.item.reasons or {},
    )


def parse_filters(kind_pair: str | None, region: str | None, sector: str | None) -> QueueFilters:
    kinds = tuple(k.strip() for k in kind_pair.split(",")) if kind_pair else None
    return QueueFilters(
        kind_pair=(kinds[0], kinds[1]) if kinds and len(kinds) == 2 else None,
        region=region or None,
        sector=sector or None,
    )


@router.get("", response_model=QueuePublic)
def list_queue(
    queue: QueueDep,
    user: ApiUserDep,
    kind_pair: Annotated[str | None, Query(description="Two kinds, e.g. `company,university`.")] = None,
    region: str | None = None,
    sector: str | None = None,
) -> QueuePublic:
    """Managers: open items, best first, with the caller's weekly capacity."""
    entries = queue.entries(user, parse_filters(kind_pair, region, sector))
    manager = require_staff(user)
    return QueuePublic(
        data=[entry_public(e) for e in entries],
        count=len(entries),
        capacity=CapacityPublic(used=queue.used(manager), limit=queue.weekly_capacity),
    )


@router.post("/refresh", response_model=QueueRefreshed)
def refresh_queue(
    queue: QueueDep,
    matching: RecommenderDep,
    user: ApiUserDep,
    per_organisation: Annotated[
        int | None, Query(ge=1, le=50, description="Best partners per organisation considered.")
    ] = None,
) -> QueueRefreshed:
    """Managers: compute the best new pairs across all visible organisations again (takes a while on large
    ecosystems). Partners, pairs introduced before and taken or dismissed items are left out."""
    require_staff(user)
    settled = queue.settled_pairs()
    pairs = best_new_pairs(
        matching,
        per_organisation or queue.per_organisation,
        skip=lambda a, b: (min(a, b), max(a, b)) in settled,
    )
    return QueueRefreshed(**queue.refresh(pairs))


@router.post("/{item_id}/take", response_model=IntroductionPublic, status_code=status.HTTP_201_CREATED)
def take_item(
    item_id: IdPath,
    data: TakeRequest,
    queue: QueueDep,
    intros: IntroductionsDep,
    user: ApiUserDep,
    response: Response,
) -> IntroductionPublic:
    """Managers: turn the item into an introduction (`approve` approves it at once); `409` past the weekly
    capacity or when the item was already taken or dismissed."""
    intro = queue.take(item_id, user, data.message, data.approve)
    response.headers["Location"] = f"/api/v1/introductions/{intro.id}"
    return intros.public(intro, user)


@router.post("/{item_id}/dismiss", status_code=status.HTTP_204_NO_CONTENT)
def dismiss_item(item_id: IdPath, queue: QueueDep, user: ApiUserDep) -> None:
    """Managers: the pair is never offered again."""
    queue.dismiss(item_id, user)
