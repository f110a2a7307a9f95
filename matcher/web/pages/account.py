"""Logging in and out: a login session in a cookie, limited attempts per address."""

from __future__ import annotations

import math

from fastapi import Request
from fastapi.responses import HTMLResponse, Response

from matcher.auth.service import SESSION_DAYS, UserService
from matcher.errors import MatcherError
from matcher.web import i18n
from matcher.web.deps import (
    SESSION_COOKIE,
    SessionDep,
    SettingsDep,
)
from matcher.web.forms import FormDep
from matcher.web.pages.common import (
    form_text,
    render,
    router,
    safe_next,
    see_other,
)
from matcher.web.ratelimit import TooManyAttempts, client_address, login_limiter
from matcher.web.security import cookie_options


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request, next: str = "/") -> Response:
    return render(request, "login.html", values={}, errors={}, next=safe_next(next))


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, session: SessionDep, settings: SettingsDep, form: FormDep) -> Response:
    email, password = form_text(form, "email"), form.get("password")
    target = safe_next(form_text(form, "next"))
    limiter, client = login_limiter(request), client_address(request)
    _ = i18n.request_gettext(request)
    try:
        limiter.check(settings, email, client)
    except TooManyAttempts as exc:
        message = _(
            "Too many failed logins. Please try again in %(minutes)s min.",
            minutes=math.ceil(exc.retry_after / 60),
        )
        response = render(
            request,
            "login.html",
            status_code=429,
            values={"email": email},
            errors={"__all__": message},
            next=target,
        )
        response.headers["retry-after"] = str(exc.retry_after)
        return response
    try:
        secret = UserService(session).login(email, password if isinstance(password, str) else "")
    except MatcherError:
        limiter.failed(settings, email, client)
        message = _("Unknown e-mail or wrong password.")
        return render(
            request,
            "login.html",
            status_code=401,
            values={"email": email},
            errors={"__all__": message, "password": message},
            next=target,
        )
    limiter.succeeded(email)
    response = see_other(target)
    response.set_cookie(
        SESSION_COOKIE, secret, max_age=SESSION_DAYS * 24 * 3600, **cookie_options(request, "lax")
    )
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, form: FormDep) -> Response:
    secret = request.cookies.get(SESSION_COOKIE)
    if secret:
        UserService(session).logout(secret)
    response = see_other("/")
    response.delete_cookie(SESSION_COOKIE, **cookie_options(request, "lax"))
    return response
