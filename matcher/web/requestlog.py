"""Request ids, one log line per request, and the readiness probe.

Every request gets an id: a valid incoming `X-Request-ID`, or a new one. It is returned in the `X-Request-ID`
header and carried by every log record made while the request is handled (`matcher.kit.logs.request_id`). When the
response is complete, the logger `matcher.access` writes one record with the method, path, status, duration,
client address and user id. An unhandled error is logged (by the app's handler) under the same id and answered
with the app's 500 response, so that it, too, carries the id and the security headers.
"""

from __future__ import annotations

import logging
import re
import time
import uuid
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.types import Message, Receive, Scope, Send

from matcher.kit import db
from matcher.kit.logs import request_id
from matcher.web.middleware import HTTPMiddleware

access_log = logging.getLogger("matcher.access")
log = logging.getLogger(__name__)

REQUEST_ID_HEADER = "x-request-id"
_VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def incoming_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1").strip()
            return text if _VALID_ID.match(text) else None
    return None


def user_id_of(scope: Scope) -> int | None:
    """The user a dependency identified (`request.state.user`), if any."""
    user = scope.get("state", {}).get("user")
    return getattr(user, "id", None)


class RequestLogMiddleware(HTTPMiddleware):
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        rid = incoming_id(scope) or uuid.uuid4().hex
        token = request_id.set(rid)
        scope.setdefault("state", {})
        started = time.perf_counter()
        status = 500
        response_started = False

        async def send_with_id(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                status = message["status"]
                response_started = True
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"x-request-id"]
                message["headers"] = [*headers, (b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as exc:
            handler = getattr(scope.get("app"), "exception_handlers", {}).get(Exception)
            if response_started or handler is None:
                log.exception("unhandled error after the response started")
                raise
            response = await handler(Request(scope, receive), exc)  # logs the error under this id
            await response(scope, receive, send_with_id)
        finally:
            self.log_request(scope, rid, status, started)
            request_id.reset(token)

    @staticmethod
    def log_request(scope: Scope, rid: str, status: int, started: float) -> None:
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        client = scope.get("client")
        fields: dict[str, Any] = {
            "request_id": rid,
            "method": scope.get("method"),
            "path": scope.get("path"),
            "status": status,
            "duration_ms": duration_ms,
            "client": client[0] if client else None,
            "user_id": user_id_of(scope),
        }
        access_log.info(
            "%s %s %s %.1f ms", fields["method"], fields["path"], status, duration_ms, extra=fields
        )


# --- readiness -----------------------------------------------------------------------------------------------

probes = APIRouter(tags=["system"])


@probes.get("/ready")
def ready(request: Request) -> JSONResponse:
    """200 when the database answers and the index is loaded; 503 with the reason otherwise."""
    runtime = getattr(request.app.state, "runtime", None)
    if runtime is None:
        return not_ready("the server is starting", {"database": "unknown", "index": "not loaded"})
    try:
        db.ping(runtime.db)
    except Exception as exc:
        log.warning("readiness: the database does not answer: %s", exc)
        return not_ready("the database does not answer", {"database": "unreachable", "index": "unknown"})
    matching = runtime.indexer
    if not matching.loaded:
        job = matching.job
        progress = f" ({job.done} of {job.total} texts)" if job.total else ""
        return not_ready(
            f"the index is being built{progress}", {"database": "ok", "index": job.phase or "not loaded"}
        )
    return JSONResponse({"status": "ready", "database": "ok", "index": "loaded"})


def not_ready(reason: str, detail: dict[str, str]) -> JSONResponse:
    return JSONResponse({"error": f"not ready: {reason}", "detail": detail}, status_code=503)
