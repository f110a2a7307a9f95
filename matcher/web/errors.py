"""One place that turns errors into responses: JSON `{"error", "detail"}` for the API, a page for people."""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from matcher.errors import MatcherError

log = logging.getLogger(__name__)

BUSY_RETRY_AFTER = 5  # seconds a client is asked to wait when the database is saturated


def wants_json(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return request.url.path.startswith("/api/") or (
        "application/json" in accept and "text/html" not in accept
    )


def render(request: Request, status_code: int, message: str, detail: Any = None) -> Response:
    if wants_json(request):
        return JSONResponse({"error": message, "detail": detail}, status_code=status_code)
    if status_code == 401:  # a page that needs a login: go there, and come back afterwards
        return RedirectResponse(f"/login?{urlencode({'next': request.url.path})}", status_code=303)
    templates = getattr(request.app.state, "templates", None)
    if templates is None:
        return HTMLResponse(f"<h1>{status_code}</h1>", status_code=status_code)
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status_code": status_code, "message": message, "detail": detail},
        status_code=status_code,
    )


BODY_NOT_JSON = "the body is not valid JSON: send a JSON document encoded in UTF-8"
UNREADABLE_BODY = "There was an error parsing the body"  # FastAPI's words for a body it cannot decode


def describe_validation(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, str]]]:
    fields = []
    for err in errors:
        if err.get("type") == "json_invalid":  # say what is wrong with the body, not at which character
            problem = (err.get("ctx") or {}).get("error", "")
            message = (
                f"{BODY_NOT_JSON} ({problem} at character {err['loc'][-1]})" if problem else BODY_NOT_JSON
            )
            fields.append({"field": "(body)", "location": "body", "message": message})
            continue
        loc = [str(p) for p in err.get("loc", ())]
        where = loc[0] if loc else ""
        name = ".".join(loc[1:]) if len(loc) > 1 else where
        fields.append({"field": name or "(body)", "location": where, "message": err.get("msg", "invalid")})
    summary = "; ".join(f"{f['field']}: {f['message']}" for f in fields[:5])
    return f"invalid input: {summary}", fields


# PostgreSQL's too_many_connections and cannot_connect_now: transient, like SQLite's "database is locked"
# (its writer lock was not free within the busy timeout).
BUSY_SQLSTATES = {"53300", "57P03"}


def is_busy(exc: OperationalError) -> bool:
    return getattr(exc.orig, "sqlstate", None) in BUSY_SQLSTATES or "database is locked" in str(exc.orig)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(MatcherError)
    async def _matcher_error(request: Request, exc: MatcherError) -> Response:
        if exc.status_code >= 500:
            log.error("%s: %s", type(exc).__name__, exc.message)
        return render(request, exc.status_code, exc.message, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> Response:
        message, fields = describe_validation(list(exc.errors()))
        return render(request, 422, message, fields)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 400 and message == UNREADABLE_BODY:  # e.g. bytes that are not UTF-8
            detail = [{"field": "(body)", "location": "body", "message": BODY_NOT_JSON}]
            return render(request, 422, f"invalid input: {BODY_NOT_JSON}", detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}: see /docs for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return render(request, exc.status_code, message)

    @app.exception_handler(IntegrityError)
    async def _integrity_error(request: Request, exc: IntegrityError) -> Response:
        log.info("integrity error: %s", exc.orig)
        return render(request, 409, "the change conflicts with data already stored; reload and try again")

    @app.exception_handler(DataError)
    async def _data_error(request: Request, exc: DataError) -> Response:
        # A value the schemas let through but the database cannot store (on PostgreSQL, say, a number out
        # of range): the client's input, not a server fault. The schemas and limits.py should prevent it.
        log.warning("data error on %s %s: %s", request.method, request.url.path, exc.orig)
        return render(request, 422, "invalid input: a value is outside what the database can store")

    def busy(request: Request) -> Response:
        response = render(request, 503, "the server is busy: please try again in a few seconds")
        response.headers["Retry-After"] = str(BUSY_RETRY_AFTER)
        return response

    @app.exception_handler(PoolTimeout)
    async def _pool_timeout(request: Request, exc: PoolTimeout) -> Response:
        log.warning("no database connection free in time on %s %s: %s", request.method, request.url.path, exc)
        return busy(request)

    @app.exception_handler(OperationalError)
    async def _operational_error(request: Request, exc: OperationalError) -> Response:
        if is_busy(exc):
            log.warning("the database is busy on %s %s: %s", request.method, request.url.path, exc.orig)
            return busy(request)
        log.exception("database error on %s %s", request.method, request.url.path)
        return render(request, 500, "internal error: the server logged it; please try again or report it")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return render(request, 500, "internal error: the server logged it; please try again or report it")
