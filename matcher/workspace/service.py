"""Users, logins and tokens, and the rules of who may see and change what.

Who may see contact persons (and the real name of an anonymous profile): admins and managers, the
organisation's own members, and members of another organisation once an introduction between the two has
been accepted by both sides. Nobody else, the anonymous visitor included. Services never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from matcher.engine.catalogue import anonymous_label
from matcher.errors import Conflict, InvalidInput, MatcherError, NotFound
from matcher.profiles.models import Organisation
from matcher.profiles.repository import OrganisationRepository
from matcher.profiles.schemas import Contact
from matcher.profiles.service import to_public
from matcher.workspace import security
from matcher.workspace.models import ApiToken, LoginSession, User
from matcher.workspace.repository import IntroductionRepository, UserRepository
from matcher.workspace.schemas import CONTACT_STATUSES, OrganisationView, Role, UserCreate

SESSION_DAYS = 14


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


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.users = UserRepository(session)

    def create(self, data: UserCreate) -> tuple[User, str]:
        """A new user and their first API token (returned in the clear once)."""
        if self.users.get_by_email(data.email) is not None:
            raise Conflict(
                f"a user with the e-mail {data.email} already exists",
                detail=[{"field": "email", "message": "already exists"}],
            )
        org_id = None
        if data.role == Role.member:
            if not data.organisation_ref:
                raise InvalidInput(
                    "a member belongs to one organisation: give its ref",
                    detail=[{"field": "organisation_ref", "message": "required for members"}],
                )
            org = OrganisationRepository(self.session).get_by_ref(data.organisation_ref)
            if org is None:
                raise InvalidInput(
                    f"no organisation has the ref {data.organisation_ref!r}",
                    detail=[{"field": "organisation_ref", "message": "unknown"}],
                )
            org_id = org.id
        elif data.organisation_ref:
            raise InvalidInput(
                "only members belong to an organisation",
                detail=[{"field": "organisation_ref", "message": "only for members"}],
            )
        user = User(
            email=data.email.strip(),
            name=data.name.strip(),
            role=data.role.value,
            organisation_id=org_id,
            password_hash=security.hash_password(data.password) if data.password else None,
        )
        self.users.add(user)
        return user, self.new_token(user, "created with the user")

    def new_token(self, user: User, label: str = "") -> str:
        token = security.new_secret(security.TOKEN_PREFIX)
        self.users.add_token(ApiToken(user_id=user.id, token_hash=security.digest(token), label=label))
        return token

    def set_password(self, user: User, password: str) -> None:
        if len(password) < security.MIN_PASSWORD_LENGTH:
            raise InvalidInput(
                f"a password needs at least {security.MIN_PASSWORD_LENGTH} characters",
                detail=[{"field": "password", "message": "too short"}],
            )
        user.password_hash = security.hash_password(password)

    def by_token(self, token: str) -> User | None:
        row = self.users.by_token(security.digest(token))
        if row is None or not row.user.active:
            return None
        row.last_used_at = datetime.now(UTC)
        return row.user

    def login(self, email: str, password: str) -> str:
        """Check the password and open a session; returns the cookie's secret."""
        user = self.users.get_by_email(email.strip())
        if user is None or not user.active or not security.verify_password(user.password_hash, password):
            raise NotAuthenticated("unknown e-mail or wrong password")
        secret = security.new_secret()
        expires = datetime.now(UTC) + timedelta(days=SESSION_DAYS)
        self.users.add_login(
            LoginSession(user_id=user.id, token_hash=security.digest(secret), expires_at=expires)
        )
        return secret

    def by_session(self, secret: str) -> User | None:
        row = self.users.by_login(security.digest(secret))
        if row is None or row.expires_at < datetime.now(UTC) or not row.user.active:
            return None
        return row.user

    def logout(self, secret: str) -> None:
        self.users.end_login(security.digest(secret))

    def update(self, user: User, viewer: User, active: bool | None, name: str | None) -> User:
        if active is False and user.id == viewer.id:
            raise Conflict("you cannot lock yourself out; ask another admin")
        if active is not None:
            user.active = active
        if name is not None:
            user.name = name.strip()
        return user

    def get(self, user_id: int) -> User:
        user = self.users.get(user_id)
        if user is None:
            raise NotFound(f"user {user_id} does not exist")
        return user


class Access:
    """What a viewer may see of organisations."""

    def __init__(self, session: Session, viewer: User | None) -> None:
        self.session = session
        self.viewer = viewer
        self._introduced: set[int] | None = None

    def introduced(self) -> set[int]:
        """Organisations the viewer's organisation has an introduction with that both sides accepted."""
        if self._introduced is None:
            org_id = self.viewer.organisation_id if self.viewer is not None else None
            self._introduced = (
                IntroductionRepository(self.session).partners_with_status([org_id], CONTACT_STATUSES)[org_id]
                if org_id is not None
                else set()
            )
        return self._introduced

    def sees_contacts(self, org_id: int) -> bool:
        viewer = self.viewer
        if viewer is None:
            return False
        if is_staff(viewer):
            return True
        if viewer.organisation_id is None:
            return False
        return viewer.organisation_id == org_id or org_id in self.introduced()

    def name_of(self, org: Organisation) -> str:
        if org.visibility == "anonymous" and not self.sees_contacts(org.id):
            return anonymous_label(org.kind, org.city)
        return org.name

    def view(self, org: Organisation) -> OrganisationView:
        """The profile as this viewer may see it."""
        view = OrganisationView.model_validate(to_public(org).model_dump())
        if self.sees_contacts(org.id):
            view.name = org.name
            view.website = org.website
            view.contacts = [
                Contact(name=c.name, role=c.role, email=c.email, phone=c.phone) for c in org.contacts
            ]
        return view
