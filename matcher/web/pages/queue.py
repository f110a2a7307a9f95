"""The managers' queue of suggested pairs: filter, refresh, take and dismiss."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import require_staff
from matcher.introductions.queue import QueueFilters
from matcher.profiles.vocab import Kind, sectors
from matcher.recommendations.pairs import best_new_pairs
from matcher.web import i18n
from matcher.web.deps import (
    PageUserDep,
    QueueDep,
    RecommenderDep,
)
from matcher.web.forms import FormDep
from matcher.web.i18n import sector_label
from matcher.web.pages.common import (
    form_text,
    render,
    router,
    see_other,
)


@router.get("/queue", response_class=HTMLResponse)
def queue_page(
    request: Request,
    queue: QueueDep,
    user: PageUserDep,
    kind_a: str = "",
    kind_b: str = "",
    region: str = "",
    sector: str = "",
) -> Response:
    manager = require_staff(user)
    pair = (kind_a, kind_b) if kind_a and kind_b else None
    entries = queue.entries(
        user, QueueFilters(kind_pair=pair, region=region.strip() or None, sector=sector or None)
    )
    lang = i18n.choose_language(request)
    return render(
        request,
        "queue.html",
        entries=entries,
        used=queue.used(manager),
        limit=queue.weekly_capacity,
        kinds=[k.value for k in Kind],
        sectors=sorted(((code, sector_label(lang, code)) for code in sectors()), key=lambda s: s[1]),
        values={"kind_a": kind_a, "kind_b": kind_b, "region": region, "sector": sector},
    )


@router.post("/queue/refresh", response_class=HTMLResponse)
def refresh_queue_page(
    queue: QueueDep, matching: RecommenderDep, user: PageUserDep, form: FormDep
) -> Response:
    require_staff(user)
    settled = queue.settled_pairs()
    queue.refresh(
        best_new_pairs(matching, queue.per_organisation, skip=lambda a, b: (min(a, b), max(a, b)) in settled)
    )
    return see_other("/queue")


@router.post("/queue/{item_id}/take", response_class=HTMLResponse)
def take_queue_item(item_id: int, queue: QueueDep, user: PageUserDep, form: FormDep) -> Response:
    intro = queue.take(item_id, user, form_text(form, "message"), approve=form_text(form, "approve") == "yes")
    return see_other(f"/introductions/{intro.id}")


@router.post("/queue/{item_id}/dismiss", response_class=HTMLResponse)
def dismiss_queue_item(item_id: int, queue: QueueDep, user: PageUserDep, form: FormDep) -> Response:
    queue.dismiss(item_id, user)
    return see_other("/queue")
