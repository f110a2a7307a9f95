"""Builders for the workspace tests: introductions driven through the service to a given status."""

from __future__ import annotations

from matcher.auth.models import User
from matcher.introductions.schemas import IntroductionCreate
from matcher.introductions.service import IntroductionService
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from tests.conftest import Person

PATH = ("approved", "sent", "accepted", "met", "cooperation")


def introduction(rt: Runtime, manager: Person, a: int, b: int, until: str = "suggested") -> int:
    """A manager's introduction of a to b, moved on to `until` (both sides accept on the way; `declined`
    is a decline by side b after sending; `expired` expires it after sending)."""
    with transaction(rt.session_factory) as session:
        service = IntroductionService(session, indexer=rt.indexer)
        user = session.get(User, manager.id)
        intro = service.create(user, IntroductionCreate(organisation_id=a, partner_id=b))
        target = until
        if until in ("declined", "expired"):
            target = "sent"
        for step in PATH[: PATH.index(target) + 1] if target != "suggested" else ():
            if step == "accepted":
                service.consent(intro, user, "accepted", org_id=a)
                service.consent(intro, user, "accepted", org_id=b)
            elif step == "cooperation":
                service.record_outcome(intro, user, "cooperation", org_id=a)
            else:
                service.transition(intro, user, step)
        if until == "declined":
            service.consent(intro, user, "declined", org_id=b)
        elif until == "expired":
            service.transition(intro, user, "expired")
        return intro.id
