"""`matcher serve`: the web pages and the REST API in one uvicorn process."""

from __future__ import annotations

from typing import Annotated

import typer

from matcher.cli.context import console, settings


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the web UI and the API."""
    import uvicorn

    from matcher.kit.logs import configure_logging
    from matcher.web.app import create_app

    config = settings()
    configure_logging(config.resolved_log_format, config.log_level)
    console.print(f"Matchwerk on http://{host}:{port}  (API docs: http://{host}:{port}/docs)")
    uvicorn.run(
        create_app(config),
        host=host,
        port=port,
        log_config=None,  # configure_logging's format; matcher.access logs each request instead of uvicorn
        access_log=False,
        proxy_headers=True,  # scheme and client address from X-Forwarded-* of the trusted proxies only
        forwarded_allow_ips=config.forwarded_allow_ips,
    )
