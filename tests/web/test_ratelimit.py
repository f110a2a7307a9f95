"""Failed logins are limited per e-mail address and per client address, through the login page."""

from __future__ import annotations

import pytest
from fastapi import FastAPI

from matcher.runtime import Runtime
from matcher.web import ratelimit
from matcher.web.ratelimit import LoginLimiter
from tests.conftest import PASSWORD, Browser, Person, browser_for
from tests.web.test_pages import parse


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(app: FastAPI) -> Clock:
    """The app's login limiter on a clock the test moves."""
    clock = Clock()
    app.state.login_limiter = LoginLimiter(clock)
    return clock


def attempt(browser: Browser, email: str, password: str) -> object:
    return browser.post("/login", data={"email": email, "password": password}, follow_redirects=False)


def test_too_many_failures_for_one_address_are_refused_until_the_window_passes(
    app: FastAPI, people: dict[str, Person], loaded: Runtime, clock: Clock
) -> None:
    email = people["manager"].email
    limit, window = loaded.settings.login_max_failures, loaded.settings.login_window_seconds
    with browser_for(app, None) as browser:
        for _ in range(limit):
            assert attempt(browser, email, "wrong password").status_code == 401  # type: ignore[attr-defined]
        clock.now += 60
        refused = attempt(browser, email, PASSWORD)  # even the right password, while the limit holds
        assert refused.status_code == 429  # type: ignore[attr-defined]
        assert int(refused.headers["retry-after"]) == window - 60  # type: ignore[attr-defined]
        doc = parse(refused.text)  # type: ignore[attr-defined]
        assert "Too many failed logins" in doc.find(role="alert").text
        assert "matcher_session" not in refused.headers.get("set-cookie", "")  # type: ignore[attr-defined]
        assert doc.find("input", name="email").attrs["value"] == email
        # Another address from the same client is not affected by this one's limit.
        assert attempt(browser, people["admin"].email, PASSWORD).status_code == 303  # type: ignore[attr-defined]
        clock.now += window - 60
        assert attempt(browser, email, PASSWORD).status_code == 303  # type: ignore[attr-defined]


def test_a_successful_login_clears_the_failures_of_its_address(
    app: FastAPI, people: dict[str, Person], loaded: Runtime, clock: Clock
) -> None:
    email = people["institute"].email
    limit = loaded.settings.login_max_failures
    with browser_for(app, None) as browser:
        for _ in range(limit - 1):
            assert attempt(browser, email, "wrong password").status_code == 401  # type: ignore[attr-defined]
        assert attempt(browser, email, PASSWORD).status_code == 303  # type: ignore[attr-defined]
        for _ in range(limit - 1):
            assert attempt(browser, email, "wrong password").status_code == 401  # type: ignore[attr-defined]
        assert attempt(browser, email.upper(), PASSWORD).status_code == 303  # type: ignore[attr-defined]


def test_one_client_trying_many_addresses_is_refused(
    app: FastAPI,
    people: dict[str, Person],
    loaded: Runtime,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(loaded.settings, "login_max_failures_per_client", 3)
    with browser_for(app, None) as browser:
        for n in range(3):
            response = attempt(browser, f"nobody{n}@example.org", "guess")
            assert response.status_code == 401  # type: ignore[attr-defined]
        refused = attempt(browser, people["steel"].email, PASSWORD)
        assert refused.status_code == 429  # type: ignore[attr-defined]
        assert int(refused.headers["retry-after"]) > 0  # type: ignore[attr-defined]


def test_the_limit_message_is_in_german_too(
    app: FastAPI, people: dict[str, Person], loaded: Runtime, clock: Clock
) -> None:
    with browser_for(app, None) as browser:
        browser.headers["accept-language"] = "de"
        for _ in range(loaded.settings.login_max_failures):
            attempt(browser, "someone@example.org", "wrong")
        refused = attempt(browser, "someone@example.org", "wrong")
        assert refused.status_code == 429  # type: ignore[attr-defined]
        assert "Zu viele fehlgeschlagene Anmeldungen" in parse(refused.text).find(role="alert").text  # type: ignore[attr-defined]


def test_the_counts_stay_bounded_when_many_addresses_are_tried(
    app: FastAPI, loaded: Runtime, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 4)
    counts = app.state.login_limiter.failures
    with browser_for(app, None) as browser:
        for n in range(3):
            attempt(browser, f"guess{n}@example.org", "wrong")
        assert len(counts) == 4  # three addresses and the client
        clock.now += loaded.settings.login_window_seconds + 1
        attempt(browser, "late@example.org", "wrong")  # the old failures left the window: swept out
        assert len(counts) == 2
        for n in range(5):
            attempt(browser, f"burst{n}@example.org", "wrong")
        assert len(counts) == 4  # the oldest forgotten
        assert attempt(browser, "burst4@example.org", "wrong").status_code == 401  # type: ignore[attr-defined]
