"""Cross-innovation as pages: a creative-industry studio's page of the industries its work fits (with the company
of each industry that fits best, and why), and the managers' view of the best pairs of creative studios and
companies, each with the engine's explanation. `matcher.recommendations.cross_innovation` computes both."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import require_staff, require_user
from matcher.errors import NotFound
from matcher.recommendations.cross_innovation import CrossInnovation
from matcher.web.api.params import IdPath
from matcher.web.deps import PageUserDep, RecommenderDep, SessionDep
from matcher.web.pages.common import render, router


@router.get("/cross-innovation", response_class=HTMLResponse)
def pairs_page(
    request: Request, session: SessionDep, recommender: RecommenderDep, user: PageUserDep
) -> Response:
    """The managers' view: the strongest creative x company pairs the engine finds, with why."""
    require_staff(require_user(user))
    cross = CrossInnovation(session, recommender)
    return render(request, "ecosystem/cross_pairs.html", pairs=cross.best_pairs(), studios=cross.studios())


@router.get("/cross-innovation/{org_id}", response_class=HTMLResponse)
def studio_page(
    org_id: IdPath, request: Request, session: SessionDep, recommender: RecommenderDep
) -> Response:
    """A public creative studio's page: the industries its work fits, best first."""
    cross = CrossInnovation(session, recommender)
    studio = cross.orgs.get(org_id)
    if studio is None or studio.visibility != "public" or studio.kind != "creative":
        raise NotFound(f"organisation {org_id} is not a public creative studio")
    return render(request, "ecosystem/cross_studio.html", studio=studio, fits=cross.industries(studio))
