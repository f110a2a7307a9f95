"""The end of a talent round through HTTP: a participant's or a host's feedback on a project, and the round's
report for who runs the programme. `matcher.talent.feedback` does the work."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from matcher.talent.feedback import FeedbackCreate, FeedbackPublic, FeedbackService, RoundReport
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import SessionDep
from matcher.web.guards import ManagedProgramme, SignedInUser, ViewableProgramme

router = APIRouter(tags=["talent"], responses=errors(401, 403, 404, 409))
ONE = "/talent/programmes/{programme_id}"


def get_feedback(session: SessionDep) -> FeedbackService:
    return FeedbackService(session)


FeedbackDep = Annotated[FeedbackService, Depends(get_feedback)]


@router.post(ONE + "/projects/{project_id}/feedback", response_model=FeedbackPublic)
def give_feedback(
    programme: ViewableProgramme,
    project_id: IdPath,
    user: SignedInUser,
    data: FeedbackCreate,
    feedback: FeedbackDep,
) -> FeedbackPublic:
    """The caller's rating (1 to 5) and comment of a project once the teams are published: as a participant the
    allocation put there, or as a member of its host; giving it again changes it."""
    return feedback.give(programme, project_id, user, data)


@router.get(ONE + "/report", response_model=RoundReport)
def round_report(programme: ManagedProgramme, user: SignedInUser, feedback: FeedbackDep) -> RoundReport:
    """The round in numbers for who runs it: placed, unplaced, the rank profile, cancelled projects, and the
    feedback per project and role."""
    return feedback.report(programme, user)
