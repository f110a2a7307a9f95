"""Saved searches with alerts, and the caller's inbox."""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, status

from matcher.alerts.models import SavedSearch
from matcher.alerts.schemas import (
    CheckPublic,
    InboxMessagePublic,
    InboxPublic,
    SavedSearchCreate,
    SavedSearchesPublic,
    SavedSearchPublic,
)
from matcher.errors import InvalidInput
from matcher.recommendations.pairs import current_results
from matcher.recommendations.service import Recommender
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import AlertsDep, ApiUserDep, RecommenderDep
from matcher.web.guards import StaffUser

router = APIRouter(tags=["alerts"], responses=errors(401, 403, 404))


def results_of(matching: Recommender) -> Callable[[SavedSearch], list[tuple[int, str]]]:
    """What a saved search finds now, by the engine."""

    def find(search: SavedSearch) -> list[tuple[int, str]]:
        return current_results(matching, search.query, search.organisation_id, search.kinds)

    return find


@router.get("/saved-searches", response_model=SavedSearchesPublic)
def list_saved_searches(alerts: AlertsDep, user: ApiUserDep) -> SavedSearchesPublic:
    rows = alerts.of_user(user)
    return SavedSearchesPublic(data=[SavedSearchPublic.model_validate(r) for r in rows], count=len(rows))


@router.post("/saved-searches", response_model=SavedSearchPublic, status_code=status.HTTP_201_CREATED)
def save_search(
    data: SavedSearchCreate, alerts: AlertsDep, matching: RecommenderDep, user: ApiUserDep
) -> SavedSearchPublic:
    """Anyone logged in: follow a question (`query`, optional `kinds`) or an organisation's suggested partners
    (`organisation_id`). Today's results count as seen; later checks report what is new."""
    kinds = [k.value for k in data.kinds]
    if data.organisation_id is not None and data.organisation_id not in matching.engine.catalogue.orgs:
        raise InvalidInput(
            f"organisation {data.organisation_id} does not exist",
            detail=[{"field": "organisation_id", "message": "unknown"}],
        )
    search = alerts.save(user, data.name, data.query, data.organisation_id, kinds, results_of(matching))
    return SavedSearchPublic.model_validate(search)


@router.delete("/saved-searches/{search_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_saved_search(search_id: IdPath, alerts: AlertsDep, user: ApiUserDep) -> None:
    alerts.delete(user, search_id)


@router.post("/saved-searches/check", response_model=CheckPublic)
def check_saved_searches(alerts: AlertsDep, matching: RecommenderDep, user: StaffUser) -> CheckPublic:
    """Managers and admins (or `matcher alerts run` from cron): check every saved search now."""
    result = alerts.check(results_of(matching))
    return CheckPublic(checked=result.checked, alerts=result.alerts, emailed=result.emailed)


@router.get("/inbox", response_model=InboxPublic)
def inbox(alerts: AlertsDep, user: ApiUserDep) -> InboxPublic:
    rows = alerts.messages(user)
    return InboxPublic(
        data=[InboxMessagePublic.model_validate(m) for m in rows], count=len(rows), unread=alerts.unread(user)
    )


@router.post("/inbox/{message_id}/read", response_model=InboxMessagePublic)
def mark_read(message_id: IdPath, alerts: AlertsDep, user: ApiUserDep) -> InboxMessagePublic:
    return InboxMessagePublic.model_validate(alerts.mark_read(user, message_id))
