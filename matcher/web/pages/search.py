"""The start page: free-text search over organisations and their offers and requests, the plain list with its
filters, and the about page."""

from __future__ import annotations

import math

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.profiles.service import to_public
from matcher.web import forms
from matcher.web.deps import IndexerDep, ProfilesDep, RecommenderDep
from matcher.web.pages.common import (
    KindsQuery,
    filter_context,
    known_kinds,
    place_filters,
    render,
    router,
    with_query,
)
from matcher.web.pages.ecosystem import known_region, known_sector, region_map

PAGE_SIZE = 20  # organisations per page of the plain list


SEARCH_K = 20  # organisations (and opportunities) a search shows


MAX_QUERY = 2000


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    matching: RecommenderDep,
    profiles: ProfilesDep,
    q: str = "",
    kind: KindsQuery = None,
    near: str = "",
    radius: str = "",
    sector: str = "",
    region: str = "",
    page: str = "1",
) -> Response:
    """The map of the region above the list (or beside the results of a search), the same filters for both."""
    kinds = known_kinds(kind)
    q = q.strip()[:MAX_QUERY]
    chosen_sector, chosen_region = known_sector(sector), known_region(region)
    filters, errors = place_filters(matching, request, kinds, near, radius)
    context = filter_context(kinds, near, radius, errors) | {"q": q}
    if errors:
        return render(request, "search.html", status_code=422, **context)
    if q:
        result = matching.search(q, k=SEARCH_K, filters=filters)
        found = {hit.organisation.id for hit in result.organisations}
        found |= {hit.opportunity.organisation.id for hit in result.opportunities}
        shown = region_map(request, profiles.orgs, kinds, chosen_sector, chosen_region, only=found)
        return render(request, "search.html", result=result, **context, **shown)
    number = forms.parse_page(page)
    rows, count = profiles.orgs.list(
        kinds=kinds or None,
        region=chosen_region,
        sector=chosen_sector,
        offset=(number - 1) * PAGE_SIZE,
        limit=PAGE_SIZE,
    )
    pages = max(1, math.ceil(count / PAGE_SIZE))
    return render(
        request,
        "search.html",
        organisations=[to_public(o) for o in rows],
        count=count,
        page=number,
        pages=pages,
        prev_url=with_query(request, page=number - 1) if number > 1 else None,
        next_url=with_query(request, page=number + 1) if number < pages else None,
        **context,
        **region_map(request, profiles.orgs, kinds, chosen_sector, chosen_region),
    )


@router.get("/about", response_class=HTMLResponse)
def about_page(request: Request, matching: IndexerDep) -> Response:
    return render(request, "about.html", status=matching.status())
