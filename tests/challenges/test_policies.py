"""The challenges' rules in `matcher.auth.policies` on plain people and records: who sees a challenge and an
application, whose names a viewer reads. The same rules through HTTP are the authorisation matrix
(tests/web/api/test_authorisation.py)."""

from __future__ import annotations

import pytest

from matcher.auth.policies import (
    PITCHING_STATUSES,
    Person,
    applicant_named,
    may_manage_challenge,
    may_see_application,
    may_see_challenge,
    owner_named,
    sees_reviews,
)
from matcher.challenges.models import Application, Challenge
from matcher.challenges.schemas import APPLICATION_TRANSITIONS, SHORTLISTED_OR_LATER

MANAGER = Person(2, "m@example.org", "Max", "manager", None)
OWNER = Person(3, "o@example.org", "Olga", "member", 7)  # a member of the owner, organisation 7
APPLICANT = Person(4, "a@example.org", "Ali", "member", 8)  # a member of the applicant, organisation 8
OTHER = Person(5, "x@example.org", "Xaver", "member", 9)


def challenge(status: str = "open", visibility: str = "public", **flags: bool) -> Challenge:
    values = {"owner_anonymous": False, "blind_review": False, **flags}
    return Challenge(owner_id=7, status=status, visibility=visibility, **values)


def application(status: str = "submitted", announced: str | None = None) -> Application:
    return Application(organisation_id=8, status=status, announced_status=announced or status)


@pytest.mark.parametrize(
    ("status", "visibility", "seen_by"),
    [
        ("draft", "public", {"manager", "owner"}),
        ("open", "public", {"manager", "owner", "applicant", "other", "nobody"}),
        ("open", "invitation", {"manager", "owner"}),
        ("archived", "public", {"manager", "owner", "applicant", "other", "nobody"}),
    ],
)
def test_who_sees_a_challenge(status: str, visibility: str, seen_by: set[str]) -> None:
    people = {"manager": MANAGER, "owner": OWNER, "applicant": APPLICANT, "other": OTHER, "nobody": None}
    record = challenge(status, visibility)
    assert {name for name, person in people.items() if may_see_challenge(person, record)} == seen_by
    if visibility == "invitation" and status != "draft":
        assert may_see_challenge(APPLICANT, record, invited=True)
        assert may_see_challenge(APPLICANT, record, applied=True)
    assert may_manage_challenge(OWNER, record) and not may_manage_challenge(APPLICANT, record)


def test_an_application_is_its_applicants_and_the_assigned_jurors() -> None:
    record = challenge()
    draft = application("draft")
    assert may_see_application(APPLICANT, draft, record, assigned=False)
    assert not may_see_application(MANAGER, draft, record, assigned=False)  # a draft is the applicant's alone
    sent = application("submitted")
    assert may_see_application(MANAGER, sent, record, assigned=False)
    assert not may_see_application(OTHER, sent, record, assigned=False)
    assert not may_see_application(OWNER, sent, record, assigned=False)  # the owner judges what it is given
    assert may_see_application(OWNER, sent, record, assigned=True)
    assert may_see_application(OWNER, application("shortlisted"), record, assigned=False)  # they host it
    assert not may_see_application(None, sent, record, assigned=True)


def test_names_in_a_blind_review_and_of_an_anonymous_owner() -> None:
    blind = challenge(blind_review=True, owner_anonymous=True)
    sent = application()
    assert applicant_named(MANAGER, sent, blind) and applicant_named(APPLICANT, sent, blind)
    assert not applicant_named(OWNER, sent, blind) and not applicant_named(OTHER, sent, blind)
    assert applicant_named(OWNER, sent, challenge())
    assert owner_named(OWNER, blind) and owner_named(MANAGER, blind) and owner_named(OTHER, blind, juror=True)
    assert not owner_named(APPLICANT, blind) and owner_named(APPLICANT, blind, shortlisted=True)
    assert sees_reviews(MANAGER) and not sees_reviews(OWNER) and not sees_reviews(APPLICANT)


def test_the_pitching_statuses_are_the_applications_from_the_shortlist_on() -> None:
    assert PITCHING_STATUSES == SHORTLISTED_OR_LATER
    assert set(PITCHING_STATUSES) <= set(APPLICATION_TRANSITIONS)
