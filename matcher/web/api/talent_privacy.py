"""A talent participant's data rights (GDPR): the export of everything stored about them and the erasure of
their personal data, for the participant themselves and who runs the programme. HTTP to
`matcher.talent.privacy` and back; a caller who may not see the participant gets the 404 of one that does not
exist."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from matcher.talent.privacy import PrivacyService
from matcher.talent.privacy_schemas import ParticipantExport
from matcher.talent.schemas import ParticipantPublic
from matcher.web.api.responses import errors
from matcher.web.deps import SessionDep
from matcher.web.guards import SignedInUser, ViewableProgramme, ViewableTalentParticipant

router = APIRouter(tags=["talent"], responses=errors(401, 403, 404, 409))
ONE = "/talent/programmes/{programme_id}/participants/{participant_id}"


def get_privacy(session: SessionDep) -> PrivacyService:
    return PrivacyService(session)


PrivacyDep = Annotated[PrivacyService, Depends(get_privacy)]


@router.get(ONE + "/export", response_model=ParticipantExport)
def export_participant(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    privacy: PrivacyDep,
) -> ParticipantExport:
    """Everything stored about the participant (application, consent, choices, group, vetoes, every placement
    with its reason), as JSON: for the participant and who runs the programme."""
    return privacy.export(programme, participant, user)


@router.post(ONE + "/erase", response_model=ParticipantPublic)
def erase_participant(
    participant: ViewableTalentParticipant,
    programme: ViewableProgramme,
    user: SignedInUser,
    privacy: PrivacyDep,
) -> ParticipantPublic:
    """Blank the participant's personal data and mark them erased; the allocation history stays, anonymised.
    For the participant and who runs the programme; a second erasure is a 409."""
    return privacy.participant_public(privacy.erase(programme, participant, user))
