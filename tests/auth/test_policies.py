"""The policies on plain people and organisations: who may change, delete and even see a profile, and which name
a viewer reads. The same rules through HTTP are the authorisation matrix (tests/web/api/test_authorisation.py)."""

from __future__ import annotations

import pytest

from matcher.auth.policies import (
    Forbidden,
    NotAuthenticated,
    Person,
    deletable,
    editable,
    may_edit,
    shown_name,
    shown_to,
)
from matcher.errors import NotFound
from matcher.profiles.models import Organisation

MISSING = "organisation 7 does not exist"
ADMIN = Person(1, "a@example.org", "Ada", "admin", None)
MANAGER = Person(2, "m@example.org", "Max", "manager", None)
OWN = Person(3, "o@example.org", "Olga", "member", 7)
OTHER = Person(4, "x@example.org", "Xaver", "member", 8)
LOOSE = Person(5, "l@example.org", "Lea", "member", None)


def org(visibility: str) -> Organisation:
    return Organisation(
        id=7,
        ref="ORG-7",
        name="Institut für Sensorik",
        kind="university",
        city="Bochum",
        visibility=visibility,
    )


@pytest.mark.parametrize(
    ("person", "expected"),
    [(ADMIN, True), (MANAGER, True), (OWN, True), (OTHER, False), (LOOSE, False), (None, False)],
)
def test_staff_and_the_own_members_may_edit(person: Person | None, expected: bool) -> None:
    assert may_edit(person, 7) is expected


@pytest.mark.parametrize("visibility", ["public", "anonymous", "hidden"])
def test_editors_may_change_every_profile_of_theirs(visibility: str) -> None:
    for person in (ADMIN, MANAGER, OWN):
        assert editable(person, org(visibility), MISSING) is person  # type: ignore[arg-type]


def test_a_visible_profile_refuses_others_with_401_or_403() -> None:
    with pytest.raises(NotAuthenticated):
        editable(None, org("public"), MISSING)
    with pytest.raises(Forbidden):
        editable(OTHER, org("anonymous"), MISSING)  # type: ignore[arg-type]


@pytest.mark.parametrize("person", [None, OTHER, LOOSE])
def test_a_hidden_profile_is_missing_to_everybody_who_may_not_change_it(person: Person | None) -> None:
    for check in (editable, deletable):
        with pytest.raises(NotFound, match=MISSING):
            check(person, org("hidden"), MISSING)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        shown_to(person, org("hidden"), MISSING)
    assert shown_to(person, org("anonymous"), MISSING).id == 7


def test_only_staff_delete_and_the_own_member_learns_it_is_there() -> None:
    assert deletable(MANAGER, org("hidden"), MISSING) is MANAGER  # type: ignore[arg-type]
    with pytest.raises(Forbidden):
        deletable(OWN, org("hidden"), MISSING)  # type: ignore[arg-type]  (403: it is theirs, so not 404)
    with pytest.raises(NotAuthenticated):
        deletable(None, org("public"), MISSING)


def test_an_anonymous_profile_is_named_by_its_label_unless_its_contacts_are_seen() -> None:
    anonymous = org("anonymous")
    assert shown_name(anonymous, sees_contacts=True) == "Institut für Sensorik"
    label = shown_name(anonymous, sees_contacts=False)
    assert "Bochum" in label and "Sensorik" not in label
    assert shown_name(org("public"), sees_contacts=False) == "Institut für Sensorik"
