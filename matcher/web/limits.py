"""Limits on what a request may carry, checked before any handler runs, so that a refused request reads and
writes nothing:

- a body larger than `MATCHER_MAX_REQUEST_BYTES` is answered `413`. The body is counted as it arrives, not
  taken from `Content-Length`, so a missing or lying header changes nothing; a `Content-Length` above the
  limit is refused at once, without reading the body;
- a NUL character (in the path, the query or the body, escaped or not) is answered `422`: PostgreSQL cannot
  store it in text, and no field of Matchwerk has a use for it.
"""

from __future__ import annotations

import re

from starlette.requests import Request
from starlette.types import Message, Receive, Scope, Send

from matcher.config import Settings
from matcher.web.errors import render
from matcher.web.middleware import HTTPMiddleware

# A NUL raw, as the JSON escape \\u0000 (not after an escaping backslash), or percent-encoded (URL, forms).
RAW_OR_JSON_NUL = re.compile(rb"\x00|(?<!\\)(?:\\\\)*\\u0000")
URL_NUL = re.compile(rb"\x00|%00")
FORM = b"application/x-www-form-urlencoded"


def carries_nul(scope: Scope, body: bytes) -> str | None:
    """Where the request carries a NUL character: `path`, `query` or `body`; None when nowhere."""
    if "\x00" in scope.get("path", ""):
        return "path"
    if URL_NUL.search(scope.get("query_string", b"")):
        return "query"
    form = dict(scope["headers"]).get(b"content-type", b"").startswith(FORM)
    if (URL_NUL if form else RAW_OR_JSON_NUL).search(body):
        return "body"
    return None


def request_limit(scope: Scope) -> int:
    """The limit of the running app's settings (the tests change it on the runtime)."""
    runtime = getattr(scope["app"].state, "runtime", None) if "app" in scope else None
    settings = runtime.settings if runtime is not None else Settings()
    return int(settings.max_request_bytes)


class TooLarge(Exception):
    """The body passed the limit while it was read."""


class ClientGone(Exception):
    """The client disconnected before its body arrived."""


async def read_body(receive: Receive, limit: int) -> bytes:
    """The whole body, counted as it arrives; `TooLarge` as soon as it passes `limit` bytes."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            raise ClientGone
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


class RequestLimits(HTTPMiddleware):
    """ASGI middleware: read the whole body (up to the limit) and check it before the app sees the request,
    then hand it on unchanged."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        limit = request_limit(scope)
        declared = dict(scope["headers"]).get(b"content-length", b"")
        try:
            if declared.isdigit() and int(declared) > limit:
                raise TooLarge
            body = await read_body(receive, limit)
        except TooLarge:
            message = (
                f"the request body is larger than the limit of {limit} bytes (MATCHER_MAX_REQUEST_BYTES); "
                "send less, or import large files with `matcher import`"
            )
            response = render(Request(scope, receive), 413, message)
            response.headers["connection"] = "close"  # the rest of the body is not read
            await response(scope, receive, send)
            return
        except ClientGone:
            return
        where = carries_nul(scope, body)
        if where is not None:
            message = f"invalid input: the {where} contains a NUL character (\\u0000), which no field accepts"
            detail = [{"field": f"({where})", "location": where, "message": "contains a NUL character"}]
            await render(Request(scope, receive), 422, message, detail)(scope, receive, send)
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)
