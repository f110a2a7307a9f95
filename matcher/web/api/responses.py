"""The API's error answers as its OpenAPI description documents them. Every error has one body,
`{"error", "detail"}` (matcher/web/errors.py renders it); routers declare which statuses they may answer."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorPublic(BaseModel):
    """The body of every error answer."""

    error: str = Field(description="A sentence that says what went wrong and, where it can, what to do.")
    detail: Any = Field(
        None,
        description="`null`, or what exactly was wrong: a list of `{field, message}` objects (validation "
        "errors add `location`), or, for a refused status change, `{status, allowed}`.",
    )


WHEN = {
    401: "No valid bearer token where a user is needed.",
    403: "The caller's role may not do this.",
    404: "No such object, or one this caller may not see.",
    409: "The change conflicts with what is stored (a taken ref, a status change not allowed now).",
    413: "The request body is larger than MATCHER_MAX_REQUEST_BYTES.",
    422: "A field or parameter is missing, malformed, outside its limits or not allowed.",
}


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` for a router or route that may answer these error statuses."""
    return {code: {"model": ErrorPublic, "description": WHEN[code]} for code in codes}
