"""Settings: the environment is a checked value, and weak secrets are refused outside development."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from matcher.cli import app
from matcher.config import MIN_SECRET_LENGTH, PLACEHOLDER_SECRETS, Settings

STRONG = "m8Qp2vX9sL4tR7wZ1yB6nC3dF5gH0jK2"


@pytest.mark.parametrize("secret", sorted(PLACEHOLDER_SECRETS) + ["short-but-real"])
def test_production_refuses_a_placeholder_or_short_secret(secret: str) -> None:
    with pytest.raises(ValidationError, match=f"at least {MIN_SECRET_LENGTH} characters"):
        Settings(environment="production", secret_key=secret)


def test_production_accepts_a_long_random_secret() -> None:
    settings = Settings(environment="production", secret_key=STRONG)
    assert settings.secret_key == STRONG
    assert settings.cookies_secure_always and settings.resolved_log_format == "json"


def test_tests_get_a_random_secret_instead_of_the_placeholder() -> None:
    first, second = Settings(environment="test"), Settings(environment="test")
    assert first.secret_key not in PLACEHOLDER_SECRETS and len(first.secret_key) >= MIN_SECRET_LENGTH
    assert first.secret_key != second.secret_key
    assert Settings(environment="test", secret_key=STRONG).secret_key == STRONG


def test_development_keeps_its_default() -> None:
    settings = Settings(environment="development")
    assert settings.secret_key == "dev-secret-change-me"
    assert not settings.cookies_secure_always and settings.resolved_log_format == "text"
    assert Settings(secure_cookies=True).cookies_secure_always
    assert not Settings(
        environment="production", secret_key=STRONG, secure_cookies=False
    ).cookies_secure_always


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(ValidationError, match="'development', 'test' or 'production'"):
        Settings(environment="prod")


def test_the_server_does_not_start_with_a_placeholder_secret_in_production(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MATCHER_ENVIRONMENT", "production")
    monkeypatch.setenv("MATCHER_SECRET_KEY", "change-me")
    result = CliRunner().invoke(app, ["--data-dir", str(tmp_path / "var"), "serve"])
    assert result.exit_code == 2
    assert "MATCHER_SECRET_KEY" in result.output and "at least 32 characters" in result.output
