"""The workspace's pages: login, introductions (board, page, forms), queue, inbox and saved searches, reports,
users and the audit log. Every action is a plain form post (no JavaScript needed) protected by a CSRF token;
the views only translate HTTP to the workspace services and back."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode, urlparse

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from matcher.audit.listener import AUDITED
from matcher.audit.repository import AuditRepository
from matcher.auth.policies import is_staff, require_admin, require_staff
from matcher.auth.schemas import Role, UserCreate
from matcher.auth.service import SESSION_DAYS, UserService
from matcher.errors import InvalidInput, MatcherError
from matcher.introductions.queue import QueueFilters
from matcher.introductions.schemas import (
    CONTACT_STATUSES,
    OUTCOME_STATUSES,
    IntroductionCreate,
    Outcome,
    Status,
)
from matcher.profiles.repository import OpportunityRepository, OrganisationRepository
from matcher.profiles.vocab import Kind, sectors
from matcher.recommendations.pairs import best_new_pairs, explain_pair
from matcher.reports.charts import bar_chart, months_chart
from matcher.reports.service import ReportService
from matcher.web import i18n
from matcher.web.api.alerts import results_of as saved_results
from matcher.web.deps import (
    SESSION_COOKIE,
    AlertsDep,
    IntroductionsDep,
    PageUserDep,
    QueueDep,
    RecommenderDep,
    SessionDep,
    SettingsDep,
    get_page_user,
)
from matcher.web.forms import FormDep
from matcher.web.i18n import sector_label
from matcher.web.pages import render, see_other
from matcher.web.ratelimit import TooManyAttempts, client_address, login_limiter
from matcher.web.security import cookie_options

router = APIRouter(include_in_schema=False, dependencies=[Depends(get_page_user)])


def safe_next(target: str | None) -> str:
    """Only a path on this site: never send someone elsewhere after a login."""
    if not target or not target.startswith("/") or target.startswith("//") or urlparse(target).netloc:
        return "/"
    return target


def form_text(form: Any, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


# --- login ---------------------------------------------------------------------------------------------------


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", values={}, errors={}, next=safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, session: SessionDep, settings: SettingsDep, form: FormDep) -> Response:
    email, password = form_text(form, "email"), form.get("password")
    target = safe_next(form_text(form, "next"))
    limiter, client = login_limiter(request), client_address(request)
    _ = i18n.request_gettext(request)
    try:
        limiter.check(settings, email, client)
    except TooManyAttempts as exc:
        message = _(
            "Too many failed logins. Please try again in %(minutes)s min.",
            minutes=math.ceil(exc.retry_after / 60),
        )
        response = render(
            request,
            "login.html",
            status_code=429,
            values={"email": email},
            errors={"__all__": message},
            next=target,
        )
        response.headers["retry-after"] = str(exc.retry_after)
        return response
    try:
        secret = UserService(session).login(email, password if isinstance(password, str) else "")
    except MatcherError:
        limiter.failed(settings, email, client)
        message = _("Unknown e-mail or wrong password.")
        return render(
            request,
            "login.html",
            status_code=401,
            values={"email": email},
            errors={"__all__": message, "password": message},
            next=target,
        )
    limiter.succeeded(email)
    response = see_other(target)
    response.set_cookie(
        SESSION_COOKIE, secret, max_age=SESSION_DAYS * 24 * 3600, **cookie_options(request, "lax")
    )
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, form: FormDep) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        UserService(session).logout(secret)
    response = see_other("/")
    response.delete_cookie(SESSION_COOKIE, **cookie_options(request, "lax"))
    return response


# --- introductions -------------------------------------------------------------------------------------------

BOARD_COLUMNS = [s.value for s in Status]


def _int(form: Any, name: str) -> int | None:
    value = form_text(form, name)
    return int(value) if value.isdigit() else None


@router.get("/introductions", response_class=HTMLResponse)
def introductions_board(request: Request, intros: IntroductionsDep, user: PageUserDep) -> Response:
    rows, _count = intros.list(user, limit=1000)
    cards = [intros.public(i, user) for i in rows]
    board = {status: [c for c in cards if c.status == status] for status in BOARD_COLUMNS}
    return render(request, "introductions.html", board=board, columns=BOARD_COLUMNS, count=len(cards))


@router.post("/introductions/new", response_class=HTMLResponse)
def ask_for_introduction(
    request: Request, intros: IntroductionsDep, matching: RecommenderDep, user: PageUserDep, form: FormDep
) -> Response:
    partner = _int(form, "partner_id")
    side_a = _int(form, "organisation_id")
    if partner is None:
        raise InvalidInput(
            "say to whom: `partner_id` is missing", detail=[{"field": "partner_id", "message": "required"}]
        )
    if user is not None and not is_staff(user):
        side_a = user.organisation_id
    own, theirs = _int(form, "opportunity_id"), _int(form, "partner_opportunity_id")
    if user is not None and not is_staff(user) and side_a != _int(form, "organisation_id"):
        own = theirs = None  # the opportunities named belong to another pair
    data = IntroductionCreate(
        organisation_id=side_a,
        partner_id=partner,
        opportunity_id=own,
        partner_opportunity_id=theirs,
        message=form_text(form, "message"),
    )
    score, reasons = explain_pair(matching, side_a, partner) if side_a is not None else (None, {})
    intro = intros.create(user, data, reasons=reasons, score=score)
    return see_other(f"/introductions/{intro.id}")


@router.get("/introductions/{intro_id}", response_class=HTMLResponse)
def introduction_page(
    intro_id: int, request: Request, intros: IntroductionsDep, user: PageUserDep
) -> Response:
    intro = intros.get(intro_id, user)
    assert user is not None  # intros.get refuses visitors
    side = intros.side_of(intro, user)
    opportunities = {
        side: opp
        for side, opp_id in (("a", intro.opportunity_a_id), ("b", intro.opportunity_b_id))
        if opp_id is not None and (opp := OpportunityRepository(intros.session).get(opp_id)) is not None
    }
    return render(
        request,
        "introduction.html",
        opportunities=opportunities,
        intro=intros.public(intro, user),
        side=side,
        staff=is_staff(user),
        outcomes=[o.value for o in Outcome],
        outcome_open=intro.status in OUTCOME_STATUSES,
        contacts_open=intro.status in CONTACT_STATUSES,
    )


@router.post("/introductions/{intro_id}/message", response_class=HTMLResponse)
def edit_introduction_message(
    intro_id: int, intros: IntroductionsDep, user: PageUserDep, form: FormDep
) -> Response:
    intros.edit_message(intros.get(intro_id, user), user, form_text(form, "message"))
    return see_other(f"/introductions/{intro_id}")


@router.post("/introductions/{intro_id}/transition", response_class=HTMLResponse)
def move_introduction(intro_id: int, intros: IntroductionsDep, user: PageUserDep, form: FormDep) -> Response:
    intros.transition(intros.get(intro_id, user), user, form_text(form, "to"), form_text(form, "note"))
    return see_other(f"/introductions/{intro_id}")


@router.post("/introductions/{intro_id}/consent", response_class=HTMLResponse)
def answer_introduction(
    intro_id: int, intros: IntroductionsDep, user: PageUserDep, form: FormDep
) -> Response:
    decision = form_text(form, "decision")
    if decision not in ("accepted", "declined"):
        raise InvalidInput(
            "answer with accepted or declined", detail=[{"field": "decision", "message": "invalid"}]
        )
    intros.consent(
        intros.get(intro_id, user), user, decision, form_text(form, "note"), _int(form, "organisation_id")
    )
    return see_other(f"/introductions/{intro_id}")


@router.post("/introductions/{intro_id}/outcome", response_class=HTMLResponse)
def record_outcome(intro_id: int, intros: IntroductionsDep, user: PageUserDep, form: FormDep) -> Response:
    outcome = form_text(form, "outcome")
    if outcome not in {o.value for o in Outcome}:
        raise InvalidInput("choose an outcome", detail=[{"field": "outcome", "message": "invalid"}])
    intros.record_outcome(
        intros.get(intro_id, user), user, outcome, form_text(form, "note"), _int(form, "organisation_id")
    )
    return see_other(f"/introductions/{intro_id}")


# --- reports -------------------------------------------------------------------------------------------------


@router.get("/reports", response_class=HTMLResponse)
def reports_page(request: Request, session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    report = ReportService(session).build()
    lang = i18n.choose_language(request)
    _ = i18n.gettext_for(lang)
    funnel = [(i18n.label(lang, "intro_status", step), count) for step, count in report.funnel.items()]
    return render(
        request,
        "reports.html",
        report=report,
        months_svg=months_chart(_("Introductions by status over time"), report.by_month),
        funnel_svg=bar_chart(_("From sent to cooperation"), funnel, colour="#17794a"),
        sectors_svg=bar_chart(_("Top sectors"), [(sector_label(lang, s), n) for s, n in report.top_sectors]),
        pairs_svg=bar_chart(
            _("Kinds introduced to each other"),
            [
                (" – ".join(i18n.label(lang, "kind", k) for k in pair.split(" – ")), n)
                for pair, n in report.kind_pairs
            ],
            colour="#a4510b",
        ),
    )


@router.get("/reports/introductions.csv")
def reports_introductions_csv(session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    return Response(
        ReportService(session).introductions_csv(),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": 'attachment; filename="introductions.csv"'},
    )


@router.get("/reports/summary.csv")
def reports_summary_csv(session: SessionDep, user: PageUserDep) -> Response:
    require_staff(user)
    service = ReportService(session)
    return Response(service.summary_csv(service.build()), media_type="text/csv; charset=utf-8")


# --- the queue -----------------------------------------------------------------------------------------------


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


# --- inbox and saved searches --------------------------------------------------------------------------------


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
        _int(form, "organisation_id"),
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


# --- users and the audit log (admins) --------------------------------------------------------------------------


def users_page_response(
    request: Request,
    session: SessionDep,
    values: dict[str, str],
    errors: dict[str, str],
    token: str | None = None,
    status_code: int = 200,
) -> Response:
    users = UserService(session).users.list()
    org_ids = {u.organisation_id for u in users if u.organisation_id}
    orgs = OrganisationRepository(session)
    names = {i: org.name for i in org_ids if (org := orgs.get(i)) is not None}
    return render(
        request,
        "users.html",
        status_code=status_code,
        users=users,
        org_names=names,
        roles=[r.value for r in Role],
        values=values,
        errors=errors,
        token=token,
    )


@router.get("/users", response_class=HTMLResponse)
def users_page(request: Request, session: SessionDep, user: PageUserDep) -> Response:
    require_admin(user)
    return users_page_response(request, session, {"role": "member"}, {})


@router.post("/users/new", response_class=HTMLResponse)
def create_user_page(request: Request, session: SessionDep, user: PageUserDep, form: FormDep) -> Response:
    require_admin(user)
    values = {k: form_text(form, k) for k in ("email", "name", "role", "organisation_ref")}
    password = form.get("password")
    try:
        data = UserCreate(
            email=values["email"],
            name=values["name"],
            role=values["role"],  # type: ignore[arg-type]
            organisation_ref=values["organisation_ref"] or None,
            password=password if isinstance(password, str) and password else None,
        )
    except ValidationError as exc:
        errors = {str(e["loc"][0]): e["msg"] for e in exc.errors()}
        return users_page_response(request, session, values, errors, status_code=422)
    try:
        _created, token = UserService(session).create(data)
    except MatcherError as exc:
        session.rollback()
        field = (exc.detail or [{}])[0].get("field", "email") if isinstance(exc.detail, list) else "email"
        return users_page_response(
            request, session, values, {field: exc.message}, status_code=exc.status_code
        )
    return users_page_response(request, session, {"role": "member"}, {}, token=token, status_code=201)


@router.post("/users/{user_id}/active", response_class=HTMLResponse)
def set_user_active(user_id: int, session: SessionDep, user: PageUserDep, form: FormDep) -> Response:
    admin = require_admin(user)
    service = UserService(session)
    service.update(service.get(user_id), admin, form_text(form, "active") == "yes", None)
    return see_other("/users")


AUDIT_PAGE = 100


@router.get("/audit", response_class=HTMLResponse)
def audit_page(
    request: Request, session: SessionDep, user: PageUserDep, entity: str = "", page: str = "1"
) -> Response:
    require_admin(user)
    number = max(1, int(page)) if page.isdigit() else 1
    rows, count = AuditRepository(session).list(
        entity=entity or None, offset=(number - 1) * AUDIT_PAGE, limit=AUDIT_PAGE
    )
    more = number * AUDIT_PAGE < count
    return render(
        request,
        "audit.html",
        entries=rows,
        count=count,
        entity=entity,
        entities=sorted(set(AUDITED.values())),
        next_url=f"/audit?{urlencode({'entity': entity, 'page': number + 1})}" if more else None,
    )
