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


def require_org_editor(user: User | None, org_id: int, hidden_as: NotFound | None = None) -> User:
    """Managers and admins change every profile; members only their own organisation's. For a hidden
    organisation pass `hidden_as`, the 404 a reader gets: whoever may not change it gets that, not 403, and
    so learns nothing of it (check `require_user` before looking it up, for the same reason)."""
    user = require_user(user)
    if is_staff(user) or (user.role == Role.member and user.organisation_id == org_id):
        return user
    if hidden_as is not None:
        raise hidden_as
    raise Forbidden("members may only change their own organisation's profile")


def unseen(org: Organisation, message: str) -> NotFound | None:
    """For `require_org_editor`: the reader's 404 when `org` is hidden."""
    return NotFound(message) if org.visibility == "hidden" else None


def shown_name(org: Organisation, sees_contacts: bool) -> str:
    """An organisation's name as a viewer may read it: an anonymous profile by its label (kind and city) unless
    the viewer may see its contacts (`Access.sees_contacts`)."""
    if org.visibility == "anonymous" and not sees_contacts:
        return anonymous_label(org.kind, org.city)
    return org.name
