"""Shared fixtures: the embedding model is loaded once per test session; every test gets its own database
and data directory (SQLite by default, PostgreSQL when MATCHER_TEST_DATABASE_URL names a server)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.db import transaction  # noqa: E402
from matcher.embeddings.encoder import Encoder, load_encoder  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.runtime import Runtime, open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

DATA = Path(__file__).parent / "data"
ECOSYSTEM = DATA / "ecosystem.jsonl"


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    settings = Settings()
    return load_encoder(settings.model, settings.model_registry)


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for one test."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'matcher.db'}"
        return
    name = f"matcher_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "var", database_url=database_url, environment="test")


@pytest.fixture
def runtime(settings: Settings, encoder: Encoder) -> Iterator[Runtime]:
    rt = open_runtime(settings)
    yield rt
    rt.close()


def load(rt: Runtime, path: Path = ECOSYSTEM) -> None:
    with transaction(rt.session_factory) as session:
        import_organisations(session, path, fmt="jsonl", indexer=rt.matching)


@pytest.fixture
def loaded(runtime: Runtime) -> Runtime:
    """A runtime with the small test ecosystem (tests/data/ecosystem.jsonl) imported."""
    load(runtime)
    return runtime


@pytest.fixture
def client(loaded: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime=loaded)) as test_client:
        yield test_client


def org_id(rt: Runtime, ref: str) -> int:
    return next(o.id for o in rt.matching.engine.catalogue.orgs.values() if o.ref == ref)
