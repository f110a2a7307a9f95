"""Security headers on every response, the options of every cookie the pages set, and the API's
documentation page (Swagger UI from the files of the installed `fastapi-offline` package, with a policy of its own that
allows the inline styles Swagger UI sets).

The pages hold no inline script or style, so their Content-Security-Policy allows only this site's own files.
Strict-Transport-Security is sent only on requests that came over https (directly, or through a trusted proxy
whose `X-Forwarded-Proto` uvicorn honours, see `MATCHER_FORWARDED_ALLOW_IPS`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import Message, Receive, Scope, Send

from matcher.web.middleware import HTTPMiddleware

PAGE_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI: its files and our start script from this site; it sets inline styles on its elements.
DOCS_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
    "frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs",)
DOCS_ASSETS = "/docs-assets"
HSTS = "max-age=31536000; includeSubDomains"

COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"strict-origin-when-cross-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


class SecurityHeadersMiddleware(HTTPMiddleware):
    """Adds the security headers to every HTTP response that does not set them itself."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        policy = DOCS_POLICY if scope.get("path") in DOCS_PATHS else PAGE_POLICY
        extra = [*COMMON_HEADERS, (b"content-security-policy", policy.encode())]
        if scope.get("scheme") == "https":
            extra.append((b"strict-transport-security", HSTS.encode()))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(name, value) for name, value in extra if name not in present]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


# --- cookies -------------------------------------------------------------------------------------------------


def cookies_secure(request: Request) -> bool:
    """Secure when the request came over https, or always where the settings say so (production)."""
    runtime = getattr(request.app.state, "runtime", None)
    forced = runtime is not None and runtime.settings.cookies_secure_always
    return forced or request.url.scheme == "https"


def cookie_options(request: Request, samesite: Literal["lax", "strict"] = "lax") -> dict[str, Any]:
    """What every cookie of the pages is set with: never readable by scripts, not sent by other sites' posts."""
    return {"httponly": True, "samesite": samesite, "secure": cookies_secure(request), "path": "/"}


# --- the API's documentation pages ----------------------------------------------------------------------------

docs_router = APIRouter(include_in_schema=False)

SWAGGER_PAGE = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Matchwerk API</title>
<link rel="stylesheet" href="{DOCS_ASSETS}/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="{DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script src="/static/api-docs.js"></script></body></html>"""


@docs_router.get("/docs", response_class=HTMLResponse)
def swagger_ui() -> Response:
    return HTMLResponse(SWAGGER_PAGE)


def install_security(app: FastAPI) -> None:
    """The headers middleware and the documentation page (create_app passes docs_url=None, redoc_url=None)."""
    import fastapi_offline  # only for the Swagger UI files it ships

    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(docs_router)
    assets = Path(fastapi_offline.__file__).parent / "static"
    app.mount(DOCS_ASSETS, StaticFiles(directory=assets), name="docs-assets")
