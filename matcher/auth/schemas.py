"""Roles and the pydantic schemas of users and tokens, and `OrganisationView`: a profile as one viewer may see it."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Contact, OrganisationPublic


class Role(StrEnum):
    admin = "admin"
    manager = "manager"
    member = "member"


class UserCreate(Strict):
    email: Annotated[str, Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    name: Annotated[str, Field(max_length=200)] = ""
    role: Role
    organisation_ref: Annotated[str | None, Field(max_length=200)] = None
    password: Annotated[str | None, Field(min_length=10, max_length=500)] = None


class UserUpdate(Strict):
    active: bool | None = None
    """False locks the user out: their sessions and tokens stop working."""
    name: Annotated[str | None, Field(max_length=200)] = None


class UserPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str
    name: str
    role: Role
    organisation_id: int | None
    active: bool


class UsersPublic(BaseModel):
    data: list[UserPublic]
    count: int


class UserCreated(UserPublic):
    token: str
    """The personal API token; shown once."""


class TokenPublic(BaseModel):
    token: str


class OrganisationView(OrganisationPublic):
    """An organisation's profile; `contacts` only for viewers allowed to see them (see docs/workspace.md)."""

    contacts: list[Contact] | None = None
