"""Shared fixtures: the embedding model is loaded once per test session; every test gets its own database
and data directory (SQLite by default, PostgreSQL when MATCHER_TEST_DATABASE_URL names a server). The
migrations run once per session into a template database that each test's database is copied from."""

from __future__ import annotations

import os
import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from matcher.auth.schemas import UserCreate  # noqa: E402
from matcher.auth.service import UserService  # noqa: E402
from matcher.config import Settings  # noqa: E402
from matcher.embeddings.encoder import Encoder, load_encoder  # noqa: E402
from matcher.kit.db import make_engine, transaction  # noqa: E402
from matcher.ops.migrations import upgrade  # noqa: E402
from matcher.profiles.importer import import_organisations  # noqa: E402
from matcher.runtime import Runtime, open_runtime  # noqa: E402
from matcher.web.app import create_app  # noqa: E402

DATA = Path(__file__).parent / "data"
ECOSYSTEM = DATA / "ecosystem.jsonl"


@pytest.fixture(scope="session")
def encoder() -> Encoder:
    settings = Settings()
    return load_encoder(settings.model, settings.model_registry)


@contextmanager
def postgres_database(server: str, template: str | None = None) -> Iterator[str]:
    """A new database on the PostgreSQL server (a copy of `template` if given), dropped afterwards."""
    name = f"matcher_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    copy = f' TEMPLATE "{template}"' if template else ""
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def server_database_url(server: str, name: str) -> str:
    return make_url(server).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database migrated to the head once per session (a SQLite file, or a database name on the server):
    each test's database is a copy of it, which is cheaper than running the migrations for every test."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        path = tmp_path_factory.mktemp("template") / "matcher.db"
        engine = make_engine(f"sqlite:///{path}")
        upgrade(engine)
        engine.dispose()
        yield str(path)
        return
    with postgres_database(server) as name:
        engine = make_engine(server_database_url(server, name))
        upgrade(engine)
        engine.dispose()  # CREATE DATABASE ... TEMPLATE needs the template without connections
        yield name


@pytest.fixture
def database_url(tmp_path: Path, migrated_template: str) -> Iterator[str]:
    """A fresh database for one test, its schema at the head of the migrations and no rows."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        path = tmp_path / "matcher.db"
        with sqlite3.connect(migrated_template) as source, sqlite3.connect(path) as target:
            source.backup(target)
        yield f"sqlite:///{path}"
        return
    with postgres_database(server, template=migrated_template) as name:
        yield server_database_url(server, name)


@pytest.fixture
def empty_database_url(tmp_path: Path) -> Iterator[str]:
    """A fresh database for one test without any table (not even the migrations' version table)."""
    server = os.environ.get("MATCHER_TEST_DATABASE_URL")
    if not server:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    with postgres_database(server) as name:
        yield server_database_url(server, name)


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
        import_organisations(session, path, fmt="jsonl", indexer=rt.indexer)


@pytest.fixture
def loaded(runtime: Runtime) -> Runtime:
    """A runtime with the small test ecosystem (tests/data/ecosystem.jsonl) imported."""
    load(runtime)
    return runtime


PASSWORD = "correct horse battery"


@dataclass
class Person:
    id: int
    email: str
    role: str
    organisation_id: int | None
    token: str

    @property
    def auth(self) -> dict[str, str]:
        return {"authorization": f"Bearer {self.token}"}


def make_user(rt: Runtime, email: str, role: str, organisation_ref: str | None = None) -> Person:
    with transaction(rt.session_factory) as session:
        data = UserCreate(email=email, role=role, organisation_ref=organisation_ref, password=PASSWORD)
        user, token = UserService(session).create(data)  # type: ignore[arg-type]
        return Person(user.id, user.email, user.role, user.organisation_id, token)


def make_people(rt: Runtime) -> dict[str, Person]:
    """An admin, a manager, and members of three organisations of the test ecosystem."""
    return {
        "admin": make_user(rt, "admin@example.org", "admin"),
        "manager": make_user(rt, "manager@example.org", "manager"),
        "fuelcell": make_user(rt, "lena@fuelcell.example", "member", "t-fuelcell-co"),
        "institute": make_user(rt, "ole@institute.example", "member", "t-h2-institute"),
        "steel": make_user(rt, "sam@steel.example", "member", "t-steel-co"),
    }


@pytest.fixture
def people(loaded: Runtime) -> dict[str, Person]:
    return make_people(loaded)


class Browser(TestClient):
    """A test client that behaves like a browser on the pages: it asks for HTML, keeps its cookies, and sends
    the CSRF token of the page's forms with every form it posts."""

    def csrf(self) -> str:
        html = self.get("/login").text
        match = re.search(r'<meta name="csrf-token" content="([^"]+)"', html)
        assert match, "no CSRF token in the page"
        return match.group(1)

    def post(self, url, *args, data=None, **kwargs):  # type: ignore[no-untyped-def, override]
        if isinstance(data, dict) and "csrf_token" not in data:
            data = {**data, "csrf_token": self.csrf()}
        return super().post(url, *args, data=data, **kwargs)

    def login(self, email: str, password: str = PASSWORD) -> None:
        response = self.post("/login", data={"email": email, "password": password}, follow_redirects=False)
        assert response.status_code == 303, response.text[:500]


@pytest.fixture
def app(loaded: Runtime) -> Iterator[object]:
    yield create_app(runtime=loaded)


@pytest.fixture
def client(app: object, people: dict[str, Person]) -> Iterator[TestClient]:
    """The API as an admin (with the admin's bearer token)."""
    with TestClient(app, headers=people["admin"].auth) as test_client:  # type: ignore[arg-type]
        yield test_client


@pytest.fixture
def anonymous(app: object) -> Iterator[TestClient]:
    """The API and the pages for a visitor who is not logged in."""
    with Browser(app, headers={"accept-language": "en"}) as test_client:  # type: ignore[arg-type]
        yield test_client


@contextmanager
def browser_for(app: object, person: Person | None) -> Iterator[Browser]:
    """A browser on the pages, logged in as `person` (or nobody)."""
    headers = {"accept": "text/html,application/xhtml+xml", "accept-language": "en"}
    with Browser(app, headers=headers) as browser:  # type: ignore[arg-type]
        if person is not None:
            browser.login(person.email)
        yield browser


def org_id(rt: Runtime, ref: str) -> int:
    return next(o.id for o in rt.indexer.engine.catalogue.orgs.values() if o.ref == ref)
