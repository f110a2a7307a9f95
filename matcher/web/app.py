"""The FastAPI app factory. The lifespan builds the runtime (database, encoder, index) once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from matcher import __version__
from matcher.config import REPO_ROOT, Settings
from matcher.runtime import Runtime, freeze_loaded, open_runtime
from matcher.web import api, pages
from matcher.web.errors import install_error_handlers
from matcher.web.limits import RequestLimits
from matcher.web.requestlog import RequestLogMiddleware, probes
from matcher.web.security import install_security

log = logging.getLogger(__name__)
WEB_DIR = REPO_ROOT / "web"


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> FastAPI:
    """Build the app. Pass `runtime` to share an already-open one (the tests do)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = runtime is None
        app.state.runtime = runtime or open_runtime(settings or Settings())
        if own:  # a rebuild's new catalogue is frozen in its turn
            freeze_loaded()
            app.state.runtime.indexer.after_rebuild = freeze_loaded
        try:
            yield
        finally:
            if own:
                app.state.runtime.close()

    app = FastAPI(
        title="Matchwerk",
        version=__version__,
        description="Matchmaking for regional innovation ecosystems: profiles, offers and requests, explained "
        "partner suggestions and free-text search.",
        lifespan=lifespan,
        docs_url=None,  # served by matcher.web.security with their own Content-Security-Policy
        redoc_url=None,
    )
    install_error_handlers(app)

    # Request limits: bodies above MATCHER_MAX_REQUEST_BYTES (413) and NUL characters (422) are refused
    # before any handler runs.
    app.add_middleware(RequestLimits)

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=WEB_DIR / "static"), name="static")
    app.state.templates = pages.templates
    # Request ids and the request log, then (outermost) the security headers; /docs and /ready.
    app.add_middleware(RequestLogMiddleware)
    install_security(app)
    app.include_router(probes)

    @app.get("/health", tags=["system"])
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    return app
