"""Users: who am I, and user management for admins."""

from __future__ import annotations

from fastapi import APIRouter, status

from matcher.auth.schemas import TokenPublic, UserCreate, UserCreated, UserPublic, UsersPublic, UserUpdate
from matcher.auth.service import UserService
from matcher.web.api.params import IdPath
from matcher.web.api.responses import errors
from matcher.web.deps import SessionDep
from matcher.web.guards import AdminUser, SignedInUser

router = APIRouter(prefix="/users", tags=["users"], responses=errors(401, 403, 404, 409))


@router.get("/me", response_model=UserPublic)
def who_am_i(user: SignedInUser) -> UserPublic:
    return UserPublic.model_validate(user)


@router.post("/me/tokens", response_model=TokenPublic, status_code=status.HTTP_201_CREATED)
def new_token(user: SignedInUser, session: SessionDep) -> TokenPublic:
    """Another personal token for the caller; shown once."""
    return TokenPublic(token=UserService(session).new_token(user, "made through the API"))


@router.get("", response_model=UsersPublic)
def list_users(user: AdminUser, session: SessionDep) -> UsersPublic:
    """Admins."""
    users = UserService(session).users.list()
    return UsersPublic(data=[UserPublic.model_validate(u) for u in users], count=len(users))


@router.post("", response_model=UserCreated, status_code=status.HTTP_201_CREATED)
def create_user(data: UserCreate, user: AdminUser, session: SessionDep) -> UserCreated:
    """Admins. The answer carries the new user's first token, shown once."""
    created, token = UserService(session).create(data)
    return UserCreated(**UserPublic.model_validate(created).model_dump(), token=token)


@router.patch("/{user_id}", response_model=UserPublic)
def update_user(user_id: IdPath, data: UserUpdate, user: AdminUser, session: SessionDep) -> UserPublic:
    """Admins: rename a user, or lock them out (`"active": false`) and let them in again."""
    service = UserService(session)
    return UserPublic.model_validate(service.update(service.get(user_id), user, data.active, data.name))
