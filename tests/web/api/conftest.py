"""Module-scoped fixtures for the API's whole-surface tests (the fuzzing and the authorisation matrix): one
database with the test ecosystem and a user of every role, built once per test module instead of once per
test, so that hundreds of requests stay quick. The per-test fixtures of tests/conftest.py stay the default."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi import FastAPI

from matcher.config import Settings
from matcher.embeddings.encoder import Encoder
from matcher.runtime import Runtime, open_runtime
from matcher.web.app import create_app
from tests.conftest import Person, load, make_people, postgres_database, server_database_url


@contextmanager
def fresh_database(folder: Path) -> Iterator[str]:
    """A new, empty database for a whole module (the runtime migrates it on start): a SQLite file in `folder`,
    or a database of its own on the PostgreSQL server named by MATCHER_TEST_DATABASE_URL."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite:///{folder / 'matcher.db'}"
        return
    with postgres_database(server) as name:
        yield server_database_url(server, name)


@dataclass
class World:
    """The app on the test ecosystem and its users: `people` as in tests/conftest.py."""

    runtime: Runtime
    app: FastAPI
    people: dict[str, Person]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, encoder: Encoder) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("world")
    with fresh_database(folder) as url:
        runtime = open_runtime(Settings(data_dir=folder / "var", database_url=url, environment="test"))
        try:
            load(runtime)
            yield World(runtime, create_app(runtime=runtime), make_people(runtime))
        finally:
            wait_for_rebuild(runtime)
            runtime.close()


def wait_for_rebuild(runtime: Runtime, seconds: float = 60) -> None:
    """Let a rebuild started through the API finish before its database goes away."""
    deadline = time.monotonic() + seconds
    while runtime.indexer.job.state == "running" and time.monotonic() < deadline:
        time.sleep(0.05)
