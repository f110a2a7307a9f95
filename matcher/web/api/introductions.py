"""Introductions: ask for one, move it through its states, answer for a side, record the outcome."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Response, status

from matcher.introductions.schemas import (
    ConsentRequest,
    IntroductionCreate,
    IntroductionPublic,
    IntroductionsPublic,
    IntroductionUpdate,
    OutcomeRequest,
    Status,
    TransitionRequest,
)
from matcher.recommendations.pairs import explain_pair
from matcher.web.api.params import IdPath, Offset
from matcher.web.api.responses import errors
from matcher.web.deps import ApiUserDep, IntroductionsDep, RecommenderDep

router = APIRouter(prefix="/introductions", tags=["introductions"], responses=errors(401, 403, 404, 409))


@router.get("", response_model=IntroductionsPublic)
def list_introductions(
    intros: IntroductionsDep,
    user: ApiUserDep,
    status: Annotated[
        list[Status] | None, Query(description="Only these statuses (repeat for several).")
    ] = None,
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> IntroductionsPublic:
    """Managers see every introduction, members those of their own organisation."""
    rows, count = intros.list(user, [s.value for s in status] if status else None, offset, limit)
    return IntroductionsPublic(data=[intros.public(i, user) for i in rows], count=count)


@router.post("", response_model=IntroductionPublic, status_code=status.HTTP_201_CREATED)
def create_introduction(
    data: IntroductionCreate,
    intros: IntroductionsDep,
    matching: RecommenderDep,
    user: ApiUserDep,
    response: Response,
) -> IntroductionPublic:
    """A member asks for an introduction of their organisation to `partner_id`; a manager proposes one between
    `organisation_id` and `partner_id`. The engine's explanation of the pair is stored with it."""
    side_a = (
        data.organisation_id if data.organisation_id is not None else (user.organisation_id if user else None)
    )
    score, reasons = explain_pair(matching, side_a, data.partner_id) if side_a is not None else (None, {})
    intro = intros.create(user, data, reasons=reasons, score=score)
    response.headers["Location"] = f"/api/v1/introductions/{intro.id}"
    return intros.public(intro, user)


@router.get("/{intro_id}", response_model=IntroductionPublic)
def get_introduction(intro_id: IdPath, intros: IntroductionsDep, user: ApiUserDep) -> IntroductionPublic:
    return intros.public(intros.get(intro_id, user), user)


@router.patch("/{intro_id}", response_model=IntroductionPublic)
def edit_introduction(
    intro_id: IdPath, data: IntroductionUpdate, intros: IntroductionsDep, user: ApiUserDep
) -> IntroductionPublic:
    """Managers edit the message before it is sent."""
    intro = intros.edit_message(intros.get(intro_id, user), user, data.message)
    return intros.public(intro, user)


@router.post("/{intro_id}/transition", response_model=IntroductionPublic)
def move_introduction(
    intro_id: IdPath, data: TransitionRequest, intros: IntroductionsDep, user: ApiUserDep
) -> IntroductionPublic:
    """Move to another status; `409` names the statuses allowed from here."""
    intro = intros.transition(intros.get(intro_id, user), user, data.to.value, data.note)
    return intros.public(intro, user)


@router.post("/{intro_id}/consent", response_model=IntroductionPublic)
def answer_introduction(
    intro_id: IdPath, data: ConsentRequest, intros: IntroductionsDep, user: ApiUserDep
) -> IntroductionPublic:
    """One side accepts or declines a sent introduction (double opt-in)."""
    intro = intros.consent(
        intros.get(intro_id, user), user, data.decision.value, data.note, data.organisation_id
    )
    return intros.public(intro, user)


@router.post("/{intro_id}/outcome", response_model=IntroductionPublic)
def record_outcome(
    intro_id: IdPath, data: OutcomeRequest, intros: IntroductionsDep, user: ApiUserDep
) -> IntroductionPublic:
    """One side records what came of it, from `met` on; `cooperation` adds the pair to the network."""
    intro = intros.record_outcome(
        intros.get(intro_id, user), user, data.outcome.value, data.note, data.organisation_id
    )
    return intros.public(intro, user)
