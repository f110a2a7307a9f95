"""The workspace's pages: login, introductions (board, page, forms), queue, inbox and saved searches, reports,
users and the audit log. Every action is a plain form post (no JavaScript needed) protected by a CSRF token;
the views only translate HTTP to the workspace services and back."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, Response

from matcher.errors import InvalidInput, MatcherError
from matcher.matching.pairs import explain_pair
from matcher.web import i18n
from matcher.web.deps import (
    SESSION_COOKIE,
    IntroductionsDep,
    MatchingDep,
    PageUserDep,
    SessionDep,
    SettingsDep,
    get_page_user,
)
from matcher.web.forms import FormDep
from matcher.web.i18n import sector_label
from matcher.web.pages import render, see_other, translator_for
from matcher.workspace.reports import ReportService, bar_chart, months_chart
from matcher.workspace.schemas import CONTACT_STATUSES, OUTCOME_STATUSES, IntroductionCreate, Outcome, Status
from matcher.workspace.service import SESSION_DAYS, UserService, is_staff, require_staff

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
    try:
        secret = UserService(session).login(email, password if isinstance(password, str) else "")
    except MatcherError:
        message = translator_for(request)("login.failed")
        return render(
            request,
            "login.html",
            status_code=401,
            values={"email": email},
            errors={"__all__": message, "password": message},
            next=target,
        )
    response = see_other(target)
    response.set_cookie(
        SESSION_COOKIE,
        secret,
        max_age=SESSION_DAYS * 24 * 3600,
        httponly=True,
        samesite="lax",
        secure=settings.environment == "production",
    )
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, form: FormDep) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        UserService(session).logout(secret)
    response = see_other("/")
    response.delete_cookie(SESSION_COOKIE)
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
    request: Request, intros: IntroductionsDep, matching: MatchingDep, user: PageUserDep, form: FormDep
) -> Response:
    partner = _int(form, "partner_id")
    side_a = _int(form, "organisation_id")
    if partner is None:
        raise InvalidInput(
            "say to whom: `partner_id` is missing", detail=[{"field": "partner_id", "message": "required"}]
        )
    if user is not None and not is_staff(user):
        side_a = user.organisation_id
    data = IntroductionCreate(organisation_id=side_a, partner_id=partner, message=form_text(form, "message"))
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
    return render(
        request,
        "introduction.html",
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
    t = translator_for(request)
    funnel = [(t("intro.status." + step), count) for step, count in report.funnel.items()]
    return render(
        request,
        "reports.html",
        report=report,
        months_svg=months_chart(t("reports.by_month"), report.by_month),
        funnel_svg=bar_chart(t("reports.funnel"), funnel, colour="#17794a"),
        sectors_svg=bar_chart(
            t("reports.sectors"),
            [(sector_label(i18n.choose_language(request), s), n) for s, n in report.top_sectors],
        ),
        pairs_svg=bar_chart(t("reports.kind_pairs"), report.kind_pairs, colour="#a4510b"),
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
