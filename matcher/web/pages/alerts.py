"""The inbox and saved searches with alerts."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import require_staff
from matcher.profiles.vocab import Kind
from matcher.web.api.alerts import results_of as saved_results
from matcher.web.deps import (
    AlertsDep,
    PageUserDep,
    RecommenderDep,
)
from matcher.web.forms import FormDep
from matcher.web.pages.common import (
    form_int,
    form_text,
    render,
    router,
    see_other,
)


@router.get("/inbox", response_class=HTMLResponse)
def inbox_page(request: Request, alerts: AlertsDep, user: PageUserDep) -> Response:
    return render(
        request,
        "inbox.html",
        messages=alerts.messages(user),
        unread=alerts.unread(user),
        searches=alerts.of_user(user),
    )


@router.post("/inbox/{message_id}/read", response_class=HTMLResponse)
def mark_message_read(message_id: int, alerts: AlertsDep, user: PageUserDep, form: FormDep) -> Response:
    alerts.mark_read(user, message_id)
    return see_other("/inbox")


@router.post("/saved-searches/new", response_class=HTMLResponse)
def save_search_page(
    alerts: AlertsDep, matching: RecommenderDep, user: PageUserDep, form: FormDep
) -> Response:
    kinds = [k for k in form.getlist("kind") if isinstance(k, str) and k in {kind.value for kind in Kind}]
    alerts.save(
        user,
        form_text(form, "name"),
        form_text(form, "q") or None,
        form_int(form, "organisation_id"),
        kinds,
        saved_results(matching),
    )
    return see_other("/inbox")


@router.post("/saved-searches/{search_id}/delete", response_class=HTMLResponse)
def delete_saved_search_page(search_id: int, alerts: AlertsDep, user: PageUserDep, form: FormDep) -> Response:
    alerts.delete(user, search_id)
    return see_other("/inbox")


@router.post("/saved-searches/check", response_class=HTMLResponse)
def check_saved_searches_page(
    alerts: AlertsDep, matching: RecommenderDep, user: PageUserDep, form: FormDep
) -> Response:
    require_staff(user)
    alerts.check(saved_results(matching))
    return see_other("/inbox")
