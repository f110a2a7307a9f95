"""Users, logins and API tokens: `UserService` creates and changes people, checks passwords and opens and closes
sessions. A service takes the session and never commits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from matcher.auth import security
from matcher.auth.models import ApiToken, LoginSession, User
from matcher.auth.policies import NotAuthenticated
from matcher.auth.repository import UserRepository
from matcher.auth.schemas import Role, UserCreate
from matcher.errors import Conflict, InvalidInput, NotFound
from matcher.profiles.repository import OrganisationRepository

SESSION_DAYS = 14


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
