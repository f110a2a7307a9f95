"""Expected errors. Each carries the HTTP status it maps to; the web layer renders them as JSON or a page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


class MatcherError(Exception):
    status_code = 400
    error = "bad_request"

    def __init__(self, message: str, detail: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


class NotFound(MatcherError):
    status_code = 404
    error = "not_found"


class Conflict(MatcherError):
    status_code = 409
    error = "conflict"


class InvalidInput(MatcherError):
    status_code = 422
    error = "invalid_input"


class PayloadTooLarge(MatcherError):
    status_code = 413
    error = "payload_too_large"


class ImportFailed(InvalidInput):
    """An import with bad rows: `detail` lists every row's problems; nothing was written."""

    error = "import_failed"


class NotReady(MatcherError):
    status_code = 503
    error = "not_ready"


class ConfigurationError(MatcherError):
    status_code = 500
    error = "configuration_error"


def refuse_move(kind: str, current: str, to: str, allowed: Sequence[str], hint: str = "") -> Conflict:
    """The 409 of a status change a domain's state machine does not allow: what is allowed from here instead."""
    return Conflict(
        f"a {kind} cannot go from {current} to {to}; "
        + (f"allowed now: {', '.join(allowed)}" if allowed else "nothing is allowed from here")
        + (f" ({hint})" if hint else ""),
        detail={"status": current, "allowed": list(allowed)},
    )
