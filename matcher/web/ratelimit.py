"""Failed-login limiting: after too many failed logins for one e-mail address, or from one client address,
within a window, further attempts are refused (429 with Retry-After) until the oldest failure leaves the window.
A successful login clears its e-mail address's failures.

The counts live in the memory of one server process: with several worker processes each counts on its own,
and a restart forgets them. That is enough to make guessing passwords slow; it is not an account lock-out.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from fastapi import Request

from matcher.config import Settings
from matcher.errors import MatcherError


class TooManyAttempts(MatcherError):
    status_code = 429
    error = "too_many_attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, detail={"retry_after": retry_after})
        self.retry_after = retry_after


MAX_KEYS = 100_000  # beyond this many addresses with failures, the stale ones are swept out


class FailureCounter:
    """Failures per key (an e-mail address or a client address) within a sliding window."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, window: float, now: float) -> deque[float]:
        times = self._failures.get(key)
        if times is None:
            return deque()
        while times and times[0] <= now - window:
            times.popleft()
        if not times:
            del self._failures[key]
        return times

    def retry_after(self, key: str, limit: int, window: float) -> int:
        """Seconds until `key` may try again; 0 when it may now."""
        with self._lock:
            now = self.clock()
            times = self._recent(key, window, now)
            if len(times) < limit:
                return 0
            return max(1, math.ceil(times[-limit] + window - now))

    def fail(self, key: str, window: float) -> None:
        with self._lock:
            now = self.clock()
            self._failures.setdefault(key, deque()).append(now)
            if len(self._failures) > MAX_KEYS:  # many addresses tried: forget what left the window
                for stale in [k for k, times in self._failures.items() if times[-1] <= now - window]:
                    del self._failures[stale]
                while len(self._failures) > MAX_KEYS:  # still too many: forget the oldest
                    del self._failures[next(iter(self._failures))]

    def __len__(self) -> int:
        return len(self._failures)

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


class LoginLimiter:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.failures = FailureCounter(clock)

    @staticmethod
    def keys(email: str, client: str) -> tuple[str, str]:
        return f"email:{email.strip().lower()}", f"client:{client}"

    def check(self, settings: Settings, email: str, client: str) -> None:
        """Raise TooManyAttempts when this e-mail address or this client failed too often lately."""
        by_email, by_client = self.keys(email, client)
        window = settings.login_window_seconds
        wait = max(
            self.failures.retry_after(by_email, settings.login_max_failures, window),
            self.failures.retry_after(by_client, settings.login_max_failures_per_client, window),
        )
        if wait:
            minutes = math.ceil(wait / 60)
            raise TooManyAttempts(
                f"too many failed logins: try again in {minutes} minute{'s' if minutes != 1 else ''}", wait
            )

    def failed(self, settings: Settings, email: str, client: str) -> None:
        for key in self.keys(email, client):
            self.failures.fail(key, settings.login_window_seconds)

    def succeeded(self, email: str) -> None:
        self.failures.clear(self.keys(email, "")[0])


_creation = threading.Lock()


def login_limiter(request: Request) -> LoginLimiter:
    """The app's limiter, made on first use."""
    state = request.app.state
    with _creation:
        if getattr(state, "login_limiter", None) is None:
            state.login_limiter = LoginLimiter()
    return state.login_limiter  # type: ignore[no-any-return]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"
