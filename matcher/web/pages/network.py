"""The cooperation network as pages: an organisation's partners and partners of partners as a picture (for who
may see the organisation), and for managers the whole ecosystem: its communities, the bridges between sectors,
kinds and communities, the brokers, and who could bridge two communities, explained. `matcher.network` computes
it, `matcher.network.drawing` draws it; hidden organisations are never in it, anonymous ones unnamed."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import require_staff, require_user, shown_to
from matcher.introductions.access import Access
from matcher.network.bridging import bridge_candidates
from matcher.network.drawing import draw
from matcher.web import i18n
from matcher.web.api.network import get_network
from matcher.web.api.params import IdPath
from matcher.web.deps import PageUserDep, ProfilesDep, RecommenderDep, RuntimeDep, SessionDep
from matcher.web.pages.common import render, router


@router.get("/organisations/{org_id}/network", response_class=HTMLResponse)
def ego_page(
    org_id: IdPath,
    request: Request,
    profiles: ProfilesDep,
    session: SessionDep,
    recommender: RecommenderDep,
    runtime: RuntimeDep,
    user: PageUserDep,
) -> Response:
    shown_to(user, profiles.get(org_id), f"organisation {org_id} does not exist")
    _ = i18n.request_gettext(request)
    lang = i18n.choose_language(request)
    ego = get_network(session, recommender, runtime).ego(org_id, Access(session, user).sees_contacts)
    svg = draw(
        ego.nodes,
        ego.edges,
        title=_("The cooperation network of %(name)s", name=ego.organisation.name),
        group_of=lambda n: f"depth-{n.depth}",
        label_of=lambda n: f"{n.name} ({i18n.label(lang, 'kind', n.kind)}, {n.partners})",
        centre=ego.organisation.id,
    )
    partners = [n for n in ego.nodes if n.depth == 1]
    return render(request, "network/ego.html", ego=ego, svg=svg, partners=partners)


@router.get("/network", response_class=HTMLResponse)
def overview_page(
    request: Request,
    session: SessionDep,
    recommender: RecommenderDep,
    runtime: RuntimeDep,
    user: PageUserDep,
    a: int | None = None,
    b: int | None = None,
) -> Response:
    """The managers' view of the whole network; `a` and `b` (two communities) ask who could bridge them."""
    require_staff(require_user(user))
    _ = i18n.request_gettext(request)
    network = get_network(session, recommender, runtime)
    sees = Access(session, user).sees_contacts
    view = network.overview(sees, limit=250, bridges=15)
    svg = draw(
        view.nodes,
        view.edges,
        title=_("The ecosystem's cooperation network"),
        group_of=lambda n: f"community-{(n.community or 0) % 8}",
    )
    known = {c.id for c in view.communities}
    bridging = None
    if a is not None and b is not None and a in known and b in known and a != b:
        bridging = bridge_candidates(network, sees, a, b, k=8)
    return render(
        request,
        "network/overview.html",
        view=view,
        svg=svg,
        bridging=bridging,
        a=a if a in known else None,
        b=b if b in known else None,
    )
