"""Request ids, the one log line per request (JSON or text), the log of an unhandled error under the same
id, and the probes: `/health` (alive) and `/ready` (database answers, index loaded)."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from matcher.config import Settings
from matcher.kit.logs import JsonFormatter, RequestIdFilter, TextFormatter, make_formatter
from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id


class Captured(logging.Handler):
    """Keeps records, with the request id stamped as they are emitted (as configure_logging's handler does)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.addFilter(RequestIdFilter())
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def clear(self) -> None:
        self.records.clear()


@pytest.fixture
def records(caplog: pytest.LogCaptureFixture) -> Iterator[Captured]:
    """The request log (`matcher.access`) and the error handler's records."""
    caplog.set_level(logging.INFO, logger="matcher.access")
    caplog.set_level(logging.INFO, logger="matcher.web")
    handler = Captured()
    logging.getLogger().addHandler(handler)
    yield handler
    logging.getLogger().removeHandler(handler)


def access(records: Captured) -> list[logging.LogRecord]:
    return [r for r in records.records if r.name == "matcher.access"]


def test_one_log_record_per_request_with_its_id(
    client: TestClient, people: dict[str, Person], records: Captured
) -> None:
    response = client.get("/api/v1/users/me", params={"q": "secret question"})
    assert response.status_code == 200
    rid = response.headers["x-request-id"]
    assert len(rid) == 32
    [line] = access(records)
    assert line.request_id == rid  # type: ignore[attr-defined]
    assert (line.method, line.path, line.status) == ("GET", "/api/v1/users/me", 200)  # type: ignore[attr-defined]
    assert line.duration_ms >= 0 and line.client == "testclient"  # type: ignore[attr-defined]
    assert line.user_id == people["admin"].id  # type: ignore[attr-defined]
    assert "secret question" not in line.getMessage()  # the query string stays out of the log
    assert client.get("/health").headers["x-request-id"] != rid


def test_a_valid_incoming_request_id_is_kept_and_a_bad_one_replaced(
    anonymous: TestClient, records: Captured
) -> None:
    kept = anonymous.get("/api/v1/kinds", headers={"x-request-id": "proxy-1234.abc"})
    assert kept.headers["x-request-id"] == "proxy-1234.abc"
    bad = anonymous.get("/api/v1/kinds", headers={"x-request-id": "<script>\x7f" + "x" * 200})
    assert bad.headers["x-request-id"] != "<script>" and len(bad.headers["x-request-id"]) == 32
    assert [r.request_id for r in access(records)] == [  # type: ignore[attr-defined]
        "proxy-1234.abc",
        bad.headers["x-request-id"],
    ]
    assert all(r.user_id is None for r in access(records))  # type: ignore[attr-defined]


def test_pages_log_the_logged_in_user(app: object, people: dict[str, Person], records: Captured) -> None:
    with browser_for(app, people["manager"]) as browser:
        records.clear()
        assert browser.get("/inbox").status_code == 200
    [line] = access(records)
    assert line.path == "/inbox" and line.user_id == people["manager"].id  # type: ignore[attr-defined]


def test_errors_carry_the_id_and_an_unhandled_one_is_logged_under_it(
    loaded: Runtime,
    anonymous: TestClient,
    records: Captured,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = anonymous.get("/api/v1/organisations/999999", headers={"x-request-id": "r-404"})
    assert missing.status_code == 404 and missing.headers["x-request-id"] == "r-404"

    def broken() -> None:
        raise RuntimeError("the index exploded")

    monkeypatch.setattr(loaded.indexer, "status", broken)
    response = anonymous.get("/api/v1/index", headers={"x-request-id": "r-500"})
    assert response.status_code == 500
    assert response.json()["error"].startswith("internal error")
    assert "exploded" not in response.text  # the detail stays in the log
    assert response.headers["x-request-id"] == "r-500"
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    [error] = [r for r in records.records if r.levelno >= logging.ERROR]
    assert error.exc_info and "exploded" in str(error.exc_info[1])
    assert error.request_id == "r-500"  # type: ignore[attr-defined]
    assert [(r.request_id, r.status) for r in access(records)] == [("r-404", 404), ("r-500", 500)]  # type: ignore[attr-defined]


def test_the_json_format_writes_one_object_a_line(
    anonymous: TestClient, people: dict[str, Person], loaded: Runtime
) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(make_formatter("json"))
    handler.addFilter(RequestIdFilter())
    logger = logging.getLogger("matcher.access")
    logger.addHandler(handler)
    old_level = logger.level
    logger.setLevel(logging.INFO)
    try:
        institute = org_id(loaded, "t-h2-institute")
        anonymous.get(f"/organisations/{institute}", headers={"x-request-id": "json-1"})
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
    [line] = stream.getvalue().splitlines()
    entry = json.loads(line)
    assert (
        entry["request_id"] == "json-1" and entry["level"] == "INFO" and entry["logger"] == "matcher.access"
    )
    assert entry["method"] == "GET" and entry["path"] == f"/organisations/{institute}"
    assert entry["status"] == 200 and isinstance(entry["duration_ms"], float)
    assert entry["client"] == "testclient" and entry["user_id"] is None
    assert entry["message"].startswith(f"GET /organisations/{institute} 200")


def test_the_log_format_follows_the_environment(tmp_path: object) -> None:
    assert Settings(environment="production", secret_key="k" * 40).resolved_log_format == "json"
    assert Settings(environment="development").resolved_log_format == "text"
    assert (
        Settings(environment="production", secret_key="k" * 40, log_format="text").resolved_log_format
        == "text"
    )
    assert isinstance(make_formatter("json"), JsonFormatter)
    assert isinstance(make_formatter("text"), TextFormatter)
    record = logging.makeLogRecord({"msg": "hello", "levelname": "INFO", "name": "x"})
    RequestIdFilter().filter(record)
    assert TextFormatter().format(record).endswith(" INFO x hello")  # outside a request: no id, no brackets
    inside = logging.makeLogRecord({"msg": "hi", "levelname": "INFO", "name": "x", "request_id": "abc"})
    assert TextFormatter().format(inside).endswith(" INFO x [abc] hi")


# --- probes --------------------------------------------------------------------------------------------------


def test_health_and_ready(anonymous: TestClient) -> None:
    assert anonymous.get("/health").json()["status"] == "ok"
    ready = anonymous.get("/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "database": "ok", "index": "loaded"}


def test_not_ready_while_the_index_is_built(
    loaded: Runtime, anonymous: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaded.indexer, "loaded", False)
    monkeypatch.setattr(loaded.indexer.job, "phase", "embedding")
    monkeypatch.setattr(loaded.indexer.job, "done", 32)
    monkeypatch.setattr(loaded.indexer.job, "total", 400)
    response = anonymous.get("/ready")
    assert response.status_code == 503
    assert response.json() == {
        "error": "not ready: the index is being built (32 of 400 texts)",
        "detail": {"database": "ok", "index": "embedding"},
    }
    assert anonymous.get("/health").status_code == 200  # alive all the same


def test_not_ready_when_the_database_does_not_answer(
    loaded: Runtime, anonymous: TestClient, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    unreachable = create_engine(f"sqlite:///{tmp_path}/no/such/folder/matcher.db")
    monkeypatch.setattr(loaded, "db", unreachable)
    response = anonymous.get("/ready")
    assert response.status_code == 503
    assert response.json()["error"] == "not ready: the database does not answer"
    assert response.json()["detail"]["database"] == "unreachable"


def test_a_rebuild_in_the_background_keeps_the_server_ready(loaded: Runtime, anonymous: TestClient) -> None:
    loaded.indexer.rebuild()
    assert loaded.indexer.loaded and anonymous.get("/ready").status_code == 200
