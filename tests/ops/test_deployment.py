"""The deployment files agree with the app (no Docker engine runs here): the compose file parses, sets only real
settings that validate for production, takes secrets from the environment, checks health on a real route and
migrates before serving; the Dockerfile copies every folder the app reads at run time."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from matcher.config import Settings
from matcher.web.app import create_app

ROOT = Path(__file__).resolve().parents[2]
COMPOSE: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
APP = COMPOSE["services"]["app"]
DB = COMPOSE["services"]["db"]
VARIABLE = re.compile(r"\$\{(\w+)(?::?[-?][^}]*)?\}")


def substitute(value: str, env: dict[str, str]) -> str:
    """Compose's `${NAME}`, `${NAME:?message}` and `${NAME:-default}`, with `env` for the environment."""

    def one(match: re.Match[str]) -> str:
        name, text = match.group(1), match.group(0)
        if name in env:
            return env[name]
        if ":-" in text:
            return text.split(":-", 1)[1][:-1]
        raise AssertionError(f"{name} is required by docker-compose.yml but not set")

    return VARIABLE.sub(one, value)


def test_compose_has_the_app_and_postgresql() -> None:
    assert set(COMPOSE["services"]) == {"app", "db"}
    assert DB["image"].startswith("postgres:")
    assert APP["depends_on"]["db"]["condition"] == "service_healthy"


def test_every_matcher_variable_of_the_compose_file_is_a_setting() -> None:
    names = [name for name in APP["environment"] if name.startswith("MATCHER_")]
    assert names
    unknown = [name for name in names if name.removeprefix("MATCHER_").lower() not in Settings.model_fields]
    assert not unknown, f"docker-compose.yml sets variables the app does not read: {unknown}"


def test_secrets_come_only_from_the_environment() -> None:
    for service in (APP, DB):
        for name, value in service["environment"].items():
            if any(word in name for word in ("PASSWORD", "SECRET")):
                assert VARIABLE.fullmatch(str(value)), f"{name} must come from the environment, not the file"
    assert "${POSTGRES_PASSWORD" in APP["environment"]["MATCHER_DATABASE_URL"]


def test_the_compose_settings_validate_for_production(monkeypatch: pytest.MonkeyPatch) -> None:
    env = {
        "POSTGRES_PASSWORD": "pg-from-env",
        "MATCHER_SECRET_KEY": "a-long-random-secret-that-comes-from-the-environment",
    }
    for name, value in APP["environment"].items():
        monkeypatch.setenv(name, substitute(str(value), env))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.environment == "production"
    assert settings.resolved_database_url == "postgresql+psycopg://matcher:pg-from-env@db:5432/matcher"
    assert settings.data_dir == Path(APP["volumes"][0].split(":")[1])
    with pytest.raises(AssertionError, match="MATCHER_SECRET_KEY"):
        substitute(str(APP["environment"]["MATCHER_SECRET_KEY"]), {})


def test_the_volumes_persist_the_database_and_the_data_directory() -> None:
    declared = set(COMPOSE["volumes"])
    mounts = {volume.split(":")[1]: volume.split(":")[0] for volume in DB["volumes"] + APP["volumes"]}
    assert mounts["/var/lib/postgresql/data"] in declared
    assert mounts[APP["environment"]["MATCHER_DATA_DIR"]] in declared


def test_health_checks_use_pg_isready_and_a_route_of_the_app() -> None:
    assert "pg_isready" in " ".join(DB["healthcheck"]["test"])
    app = create_app()  # included routers' routes show in the OpenAPI, not all in app.routes
    paths = {getattr(route, "path", None) for route in app.routes} | set(app.openapi()["paths"])
    for check in (" ".join(APP["healthcheck"]["test"]), DOCKERFILE.split("HEALTHCHECK", 1)[1]):
        url = re.search(r"http://127\.0\.0\.1:8000(/[\w/]*)", check)
        assert url and url.group(1) in paths, f"the health check asks for a route the app lacks: {check}"


def test_migrations_run_before_the_server_starts() -> None:
    dockerfile_cmd = re.search(r"^CMD (.+)$", DOCKERFILE, re.MULTILINE)
    assert dockerfile_cmd
    for command in (APP["command"], yaml.safe_load(dockerfile_cmd.group(1))):
        script = command[-1] if command[:2] == ["sh", "-c"] else shlex.join(command)
        assert script.index("matcher db upgrade &&") < script.index("matcher serve"), script


def folders_read_at_run_time() -> set[str]:
    """Top-level folders the package reads through REPO_ROOT (templates, models, the demo, migrations)."""
    found = set()
    for path in (ROOT / "matcher").rglob("*.py"):
        found |= set(re.findall(r'REPO_ROOT / "(\w+)"', path.read_text(encoding="utf-8")))
    return found


def test_the_image_holds_every_folder_the_app_reads_where_the_app_looks() -> None:
    folders = folders_read_at_run_time()
    assert {"web", "models", "profiles", "migrations"} <= folders
    copied = set(re.findall(r"^COPY (\w+) \./\1$", DOCKERFILE, re.MULTILINE))
    assert folders | {"matcher"} <= copied, f"the Dockerfile does not copy {sorted(folders - copied)}"
    # REPO_ROOT is the parent of the installed package: an editable install keeps it in /app beside them
    assert re.search(r"^WORKDIR /app$", DOCKERFILE, re.MULTILINE)
    assert re.search(r"pip install [^\n]*-e \.", DOCKERFILE)
