"""A talent participant's data as pages (GDPR): the participant downloads everything stored about them as JSON,
or erases it (after a confirmation), and who runs the programme erases a participant's data on request. The
allocation history stays, anonymised. `matcher.talent.privacy.PrivacyService` does both."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.models import User
from matcher.auth.policies import Forbidden, require_user
from matcher.talent.models import Programme, TalentParticipant
from matcher.talent.privacy import PrivacyService
from matcher.web import i18n
from matcher.web.api.params import IdPath
from matcher.web.deps import PageUserDep, ProgrammesDep, SessionDep
from matcher.web.forms import FormDep
from matcher.web.pages.common import confirm_delete, router, see_other
from matcher.web.pages.talent import managed


def own(privacy: PrivacyService, programme: Programme, user: User | None) -> TalentParticipant:
    me = privacy.me(programme, require_user(user))
    if me is None:
        raise Forbidden("apply first: this page is a participant's own")
    return me


@router.get("/talent/{programme_id}/me/export")
def export_mine(
    programme_id: IdPath, programmes: ProgrammesDep, session: SessionDep, user: PageUserDep
) -> Response:
    """Everything stored about the participant, as a JSON file."""
    programme = programmes.get(programme_id, require_user(user))
    privacy = PrivacyService(session)
    data = privacy.export(programme, own(privacy, programme, user), user)
    return Response(
        data.model_dump_json(indent=2),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="talent-{programme.id}-my-data.json"'},
    )


@router.get("/talent/{programme_id}/me/erase", response_class=HTMLResponse)
def confirm_erase_mine(
    programme_id: IdPath, request: Request, programmes: ProgrammesDep, session: SessionDep, user: PageUserDep
) -> Response:
    programme = programmes.get(programme_id, require_user(user))
    own(PrivacyService(session), programme, user)
    _ = i18n.request_gettext(request)
    return confirm_delete(
        request,
        _("Erase your data from %(name)s?", name=programme.name),
        _(
            "Your name, e-mail and everything you told the programme are blanked; the allocation keeps an anonymous place. This cannot be undone."
        ),
        f"/talent/{programme.id}/me/erase",
        f"/talent/{programme.id}/me",
    )


@router.post("/talent/{programme_id}/me/erase", response_class=HTMLResponse)
def erase_mine(
    programme_id: IdPath, programmes: ProgrammesDep, session: SessionDep, user: PageUserDep, form: FormDep
) -> Response:
    programme = programmes.get(programme_id, require_user(user))
    privacy = PrivacyService(session)
    privacy.erase(programme, own(privacy, programme, user), user)
    return see_other(f"/talent/{programme.id}")


@router.get("/talent/{programme_id}/participants/{participant_id}/erase", response_class=HTMLResponse)
def confirm_erase(
    programme_id: IdPath,
    participant_id: IdPath,
    request: Request,
    programmes: ProgrammesDep,
    session: SessionDep,
    user: PageUserDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    participant = PrivacyService(session).find_participant(programme, participant_id)
    _ = i18n.request_gettext(request)
    return confirm_delete(
        request,
        _("Erase the data of %(name)s?", name=participant.name),
        _(
            "Their name, e-mail and everything they told the programme are blanked; the allocation keeps an anonymous place. This cannot be undone."
        ),
        f"/talent/{programme.id}/participants/{participant.id}/erase",
        f"/talent/{programme.id}/allocation",
    )


@router.post("/talent/{programme_id}/participants/{participant_id}/erase", response_class=HTMLResponse)
def erase_participant(
    programme_id: IdPath,
    participant_id: IdPath,
    programmes: ProgrammesDep,
    session: SessionDep,
    user: PageUserDep,
    form: FormDep,
) -> Response:
    programme = managed(programmes, programme_id, user)
    privacy = PrivacyService(session)
    privacy.erase(programme, privacy.find_participant(programme, participant_id), user)
    return see_other(f"/talent/{programme.id}/allocation")
