"""Who may see and change what: the one place the rules are written, asked by the web layer, the CLI and the
services. Never check a role by hand.

Who may see contact persons (and the real name of an anonymous profile): admins and managers, the
organisation's own members, and members of another organisation once an introduction between the two has
been accepted by both sides. Nobody else, the anonymous visitor included. Hidden profiles are 404 to
everybody but their editors.
"""

from __future__ import annotations

from dataclasses import dataclass

from matcher.auth.models import User
from matcher.auth.schemas import Role
from matcher.engine.catalogue import anonymous_label
from matcher.errors import MatcherError, NotFound
from matcher.profiles.models import Organisation


class NotAuthenticated(MatcherError):
    status_code = 401
    error = "not_authenticated"


class Forbidden(MatcherError):
    status_code = 403
    error = "forbidden"


@dataclass(frozen=True)
class Person:
    """Who is logged in, as the templates see them (a plain copy, readable after the session closed)."""

    id: int
    email: str
    name: str
    role: str
    organisation_id: int | None

    @classmethod
    def of(cls, user: User) -> Person:
        return cls(user.id, user.email, user.name, user.role, user.organisation_id)


def is_staff(user: User | Person | None) -> bool:
    return user is not None and user.role in (Role.admin, Role.manager)


def require_user(user: User | None) -> User:
    if user is None:
        raise NotAuthenticated(
            "log in first: this needs a user (a session, or `Authorization: Bearer <token>`)"
        )
    return user


def require_staff(user: User | None) -> User:
    user = require_user(user)
    if not is_staff(user):
        raise Forbidden("only managers and admins may do this")
    return user


def require_admin(user: User | None) -> User:
    user = require_user(user)
    if user.role != Role.admin:
        raise Forbidden("only admins may do this")
    return user


def may_edit(user: User | Person | None, org_id: int) -> bool:
    """Managers and admins change every profile; members only their own organisation's."""
    return user is not None and (is_staff(user) or user.organisation_id == org_id)


def require_org_editor(user: User | None, org_id: int) -> User:
    user = require_user(user)
    if not may_edit(user, org_id):
        raise Forbidden("members may only change their own organisation's profile")
    return user


def shown_to(user: User | Person | None, org: Organisation, missing: str) -> Organisation:
    """Hidden means 404: a hidden organisation (with its offers and requests) exists only for those who may
    change it (its members and the managers keep its pages, so that they can make it visible again); everybody
    else gets `missing`, the same 404 as for one that does not exist, and so learns nothing of it."""
    if org.visibility == "hidden" and not may_edit(user, org.id):
        raise NotFound(missing)
    return org


def editable(user: User | None, org: Organisation, missing: str) -> User:
    """Who may change `org` (and its offers and requests): its editors; a hidden one is `missing` to others."""
    shown_to(user, org, missing)
    return require_org_editor(user, org.id)


def deletable(user: User | None, org: Organisation, missing: str) -> User:
    """Who may delete `org`: managers and admins; a hidden one is `missing` to those who may not change it."""
    shown_to(user, org, missing)
    return require_staff(user)


def shown_name(org: Organisation, sees_contacts: bool) -> str:
    """An organisation's name as a viewer may read it: an anonymous profile by its label (kind and city) unless
    the viewer may see its contacts (`Access.sees_contacts`)."""
    if org.visibility == "anonymous" and not sees_contacts:
        return anonymous_label(org.kind, org.city)
    return org.name
