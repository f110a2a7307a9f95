"""All SQL of users, login sessions and API tokens."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from matcher.auth.models import ApiToken, LoginSession, User


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)

    def get_by_email(self, email: str) -> User | None:
        return self.session.scalars(select(User).where(func.lower(User.email) == email.lower())).first()

    def list(self) -> builtins.list[User]:
        return list(self.session.scalars(select(User).order_by(User.role, User.email)))

    def add(self, user: User) -> User:
        self.session.add(user)
        self.session.flush()
        return user

    def add_token(self, token: ApiToken) -> None:
        self.session.add(token)
        self.session.flush()

    def by_token(self, token_hash: str) -> ApiToken | None:
        return self.session.scalars(select(ApiToken).where(ApiToken.token_hash == token_hash)).first()

    def add_login(self, login: LoginSession) -> None:
        self.session.add(login)
        self.session.flush()

    def by_login(self, token_hash: str) -> LoginSession | None:
        return self.session.scalars(select(LoginSession).where(LoginSession.token_hash == token_hash)).first()

    def end_login(self, token_hash: str) -> None:
        self.session.execute(delete(LoginSession).where(LoginSession.token_hash == token_hash))

    def members_of(self, org_ids: Iterable[int]) -> builtins.list[User]:
        ids = list(org_ids)
        return list(
            self.session.scalars(select(User).where(User.organisation_id.in_(ids), User.active.is_(True)))
        )

    def managers(self) -> builtins.list[User]:
        return list(
            self.session.scalars(
                select(User).where(User.role.in_(("manager", "admin")), User.active.is_(True))
            )
        )
