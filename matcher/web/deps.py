"""Typed dependencies for routers and page views."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from matcher.config import Settings
from matcher.matching.service import MatchingService
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime


def get_runtime(request: Request) -> Runtime:
    return request.app.state.runtime  # type: ignore[no-any-return]


RuntimeDep = Annotated[Runtime, Depends(get_runtime)]


def get_session(runtime: RuntimeDep) -> Iterator[Session]:
    """One transaction per request: committed when the handler returns, rolled back when it raises."""
    session = runtime.session_factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# scope="function": commit before the response is sent, so the next request sees the change.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_settings(runtime: RuntimeDep) -> Settings:
    return runtime.settings


SettingsDep = Annotated[Settings, Depends(get_settings)]


def get_matching(runtime: RuntimeDep) -> MatchingService:
    return runtime.matching


MatchingDep = Annotated[MatchingService, Depends(get_matching)]


def get_profiles(session: SessionDep, matching: MatchingDep) -> ProfileService:
    return ProfileService(session, indexer=matching)


ProfilesDep = Annotated[ProfileService, Depends(get_profiles)]
