"""The pydantic schemas of saved searches, their checks and the inbox."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from matcher.kit.schemas import Strict
from matcher.profiles.schemas import Id
from matcher.profiles.vocab import Kind


class SavedSearchCreate(Strict):
    name: Annotated[str, Field(max_length=200)] = ""
    query: Annotated[str | None, Field(max_length=2000)] = None
    """A question, as for GET /api/v1/search ..."""
    organisation_id: Id | None = None
    """... or an organisation whose suggested partners to follow."""
    kinds: list[Kind] = []


class SavedSearchPublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    query: str | None
    organisation_id: int | None
    kinds: list[str]
    seen: list[int]
    last_checked_at: datetime | None


class SavedSearchesPublic(BaseModel):
    data: list[SavedSearchPublic]
    count: int


class CheckPublic(BaseModel):
    checked: int
    alerts: int
    emailed: int


class InboxMessagePublic(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    subject: str
    body: str
    link: str | None
    read: bool
    emailed: bool
    created_at: datetime


class InboxPublic(BaseModel):
    data: list[InboxMessagePublic]
    count: int
    unread: int
