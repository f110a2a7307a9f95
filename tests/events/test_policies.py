"""The events' rules on plain people and records: who organises, who sees a draft, whose requests and meetings,
and whose contact reaches whom."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from matcher.auth.policies import (
    Forbidden,
    Person,
    contact_shared,
    is_participant,
    may_organise_event,
    may_see_event,
    may_see_exchange,
    organised_event,
    viewable_event,
)
from matcher.errors import NotFound


@dataclass
class EventRow:
    owner_id: int = 1
    status: str = "draft"


@dataclass
class ParticipantRow:
    user_id: int | None = None
    email: str = "pia@example.org"


MANAGER = Person(1, "m@example.org", "", "manager", None)
OWNER = Person(2, "o@example.org", "", "member", 1)
PIA = Person(3, "Pia@Example.org", "", "member", 7)
STRANGER = Person(4, "s@example.org", "", "member", 9)


def test_the_organisers_are_managers_and_the_owners_members() -> None:
    event = EventRow()
    assert may_organise_event(MANAGER, event) and may_organise_event(OWNER, event)
    assert not may_organise_event(PIA, event) and not may_organise_event(None, event)


def test_a_draft_is_hidden_and_a_later_event_is_not() -> None:
    draft, open_ = EventRow(), EventRow(status="registration")
    assert (
        not may_see_event(STRANGER, draft) and may_see_event(STRANGER, open_) and may_see_event(None, open_)
    )
    assert may_see_event(PIA, draft, participant=True)
    with pytest.raises(NotFound):
        viewable_event(None, draft, "event 1 does not exist")  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        organised_event(STRANGER, draft, "event 1 does not exist")  # type: ignore[arg-type]
    with pytest.raises(Forbidden):
        organised_event(STRANGER, open_, "event 1 does not exist")  # type: ignore[arg-type]


def test_a_participant_is_the_user_by_id_or_by_e_mail() -> None:
    assert is_participant(PIA, ParticipantRow())  # e-mails compare in lower case
    assert is_participant(PIA, ParticipantRow(user_id=3, email="other@example.org"))
    assert not is_participant(STRANGER, ParticipantRow()) and not is_participant(None, ParticipantRow())


def test_requests_and_meetings_are_their_sides_and_the_organisers() -> None:
    event = EventRow(status="requests")
    assert may_see_exchange(OWNER, event, (False, False)) and may_see_exchange(PIA, event, (False, True))
    assert not may_see_exchange(STRANGER, event, (False, False))
    assert may_see_exchange(PIA, event, (False, False, True))  # a companion of a team meeting


def test_a_contact_reaches_the_organisers_themselves_and_those_they_meet() -> None:
    event, pia = EventRow(status="running"), ParticipantRow()
    assert contact_shared(OWNER, event, pia, meets=False) and contact_shared(PIA, event, pia, meets=False)
    assert contact_shared(STRANGER, event, pia, meets=True)  # a side or a companion of a meeting with her
    assert not contact_shared(STRANGER, event, pia, meets=False) and not contact_shared(
        None, event, pia, False
    )
