"""Typed path and query parameters shared by the routers: ids and pages, bounded so that no value a client
sends can overflow the database's integer columns (a 422 that names the parameter instead of a 500)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path, Query

from matcher.profiles.schemas import MAX_ID

IdPath = Annotated[int, Path(ge=1, le=MAX_ID)]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_ID)]
Offset = Annotated[int, Query(ge=0, le=MAX_ID, description="How many items to skip.")]
