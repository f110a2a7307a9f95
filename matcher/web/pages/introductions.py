"""Introductions: the board by status, asking for one, its page, and the forms to edit, move, answer and record an
outcome."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.policies import is_staff
from matcher.errors import InvalidInput
from matcher.introductions.schemas import (
    CONTACT_STATUSES,
    OUTCOME_STATUSES,
    IntroductionCreate,
    Outcome,
    Status,
)
from matcher.profiles.repository import OpportunityRepository
from matcher.recommendations.pairs import explain_pair
from matcher.web.deps import (
    IntroductionsDep,
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

BOARD_COLUMNS = [s.value for s in Status]


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
    partner = form_int(form, "partner_id")
    side_a = form_int(form, "organisation_id")
    if partner is None:
        raise InvalidInput(
            "say to whom: `partner_id` is missing", detail=[{"field": "partner_id", "message": "required"}]
        )
    if user is not None and not is_staff(user):
        side_a = user.organisation_id
    own, theirs = form_int(form, "opportunity_id"), form_int(form, "partner_opportunity_id")
    if user is not None and not is_staff(user) and side_a != form_int(form, "organisation_id"):
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
        intros.get(intro_id, user), user, decision, form_text(form, "note"), form_int(form, "organisation_id")
    )
    return see_other(f"/introductions/{intro_id}")


@router.post("/introductions/{intro_id}/outcome", response_class=HTMLResponse)
def record_outcome(intro_id: int, intros: IntroductionsDep, user: PageUserDep, form: FormDep) -> Response:
    outcome = form_text(form, "outcome")
    if outcome not in {o.value for o in Outcome}:
        raise InvalidInput("choose an outcome", detail=[{"field": "outcome", "message": "invalid"}])
    intros.record_outcome(
        intros.get(intro_id, user), user, outcome, form_text(form, "note"), form_int(form, "organisation_id")
    )
    return see_other(f"/introductions/{intro_id}")
