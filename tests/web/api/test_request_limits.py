"""Hostile requests get a clear 4xx and change nothing: bodies over MATCHER_MAX_REQUEST_BYTES (413, also when
Content-Length is missing or lies), malformed JSON and bytes that are not UTF-8 (422), NUL characters that
PostgreSQL cannot store (422), and ids beyond the database's integers (422 naming the field, not 500)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from tests.web.api.conftest import World

LIMIT = 4000


@pytest.fixture
def manager(world: World) -> Iterator[TestClient]:
    """The API as a manager, with a request limit of LIMIT bytes."""
    settings = world.runtime.settings
    before, settings.max_request_bytes = settings.max_request_bytes, LIMIT
    try:
        with TestClient(world.app, headers=world.people["manager"].auth) as client:
            yield client
    finally:
        settings.max_request_bytes = before


def organisation(ref: str, size: int = 0) -> dict[str, str]:
    return {"ref": ref, "name": "Limit Test GmbH", "description": "x" * size}


def stored(client: TestClient, ref: str) -> bool:
    return client.get(f"/api/v1/organisations/by-ref/{ref}").status_code == 200


def assert_error(response, status: int, words: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "detail"}
    assert words in body["error"]


def test_a_body_within_the_limit_is_accepted(manager: TestClient) -> None:
    response = manager.post("/api/v1/organisations", json=organisation("limit-ok", LIMIT - 200))
    assert response.status_code == 201, response.text
    assert stored(manager, "limit-ok")


def test_an_oversized_body_is_413_and_writes_nothing(manager: TestClient) -> None:
    response = manager.post("/api/v1/organisations", json=organisation("limit-big", LIMIT))
    assert_error(response, 413, f"larger than the limit of {LIMIT} bytes")
    assert "MATCHER_MAX_REQUEST_BYTES" in response.json()["error"]
    assert not stored(manager, "limit-big")


def test_an_oversized_body_without_content_length_is_counted_as_it_arrives(manager: TestClient) -> None:
    body = json.dumps(organisation("limit-chunked", LIMIT)).encode()

    def chunks() -> Iterator[bytes]:  # a generator: sent chunked, with no Content-Length
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    response = manager.post(
        "/api/v1/organisations", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_error(response, 413, "larger than the limit")
    assert not stored(manager, "limit-chunked")


def test_a_content_length_that_lies_does_not_get_a_large_body_through(manager: TestClient) -> None:
    body = json.dumps(organisation("limit-liar", LIMIT)).encode()
    response = manager.post(
        "/api/v1/organisations",
        content=body,
        headers={"content-type": "application/json", "content-length": "100"},
    )
    assert_error(response, 413, "larger than the limit")
    assert not stored(manager, "limit-liar")


def test_a_declared_oversized_body_is_refused_before_it_is_read(manager: TestClient) -> None:
    response = manager.post(
        "/api/v1/organisations",
        content=b"{}",
        headers={"content-type": "application/json", "content-length": str(10 * LIMIT)},
    )
    assert_error(response, 413, "larger than the limit")


def test_the_pages_get_the_limit_too(world: World, manager: TestClient) -> None:
    with TestClient(world.app, headers={"accept": "text/html"}) as browser:
        response = browser.post("/login", data={"email": "a@b.example", "password": "p" * LIMIT})
    assert response.status_code == 413
    assert "text/html" in response.headers["content-type"]
    assert "larger than the limit" in response.text


def test_the_pages_refuse_nul_characters_with_a_page(world: World) -> None:
    with TestClient(world.app, headers={"accept": "text/html"}) as browser:
        response = browser.post("/login", data={"email": "a\x00@b.example", "password": "x"})
    assert response.status_code == 422
    assert "text/html" in response.headers["content-type"]
    assert "NUL character" in response.text


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"ref": "limit-broken", "name": ', "the body is not valid JSON"),
        (b'{"ref": "limit-broken", "name": "A"', "the body is not valid JSON"),
        (b'{"ref": "limit-broken", "name": "Caf\xe9"}', "the body is not valid JSON"),  # Latin-1, not UTF-8
    ],
    ids=["cut-off", "unclosed", "not-utf8"],
)
def test_malformed_json_is_422_and_writes_nothing(manager: TestClient, content: bytes, words: str) -> None:
    response = manager.post(
        "/api/v1/organisations", content=content, headers={"content-type": "application/json"}
    )
    assert_error(response, 422, words)
    assert response.json()["detail"][0]["field"] == "(body)"
    assert not stored(manager, "limit-broken")


@pytest.mark.parametrize(
    ("method", "url", "body", "where"),
    [
        ("POST", "/api/v1/organisations", {"ref": "limit-nul", "name": "Nul\x00 GmbH"}, "body"),
        ("POST", "/api/v1/saved-searches", {"query": "fuel\x00cells"}, "body"),
        ("GET", "/api/v1/organisations?q=a%00b", None, "query"),
        ("GET", "/api/v1/search?q=fuel%00cells", None, "query"),
        ("GET", "/api/v1/organisations/by-ref/limit%00nul", None, "path"),
    ],
)
def test_nul_characters_are_422_on_every_database(
    manager: TestClient, method: str, url: str, body: object, where: str
) -> None:
    response = manager.request(method, url, json=body)
    assert_error(response, 422, f"the {where} contains a NUL character")
    assert not stored(manager, "limit-nul")


def test_an_escaped_backslash_before_u0000_is_plain_text(manager: TestClient) -> None:
    response = manager.post(
        "/api/v1/organisations", json=organisation("limit-backslash") | {"name": "a\\u0000b"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "a\\u0000b"


@pytest.mark.parametrize(
    ("method", "url", "body", "field"),
    [
        ("GET", "/api/v1/organisations/9223372036854775808", None, "org_id"),
        ("PATCH", "/api/v1/opportunities/2147483648", {"title": "Too far"}, "opp_id"),
        ("DELETE", "/api/v1/saved-searches/99999999999999999999", None, "search_id"),
        ("GET", "/api/v1/opportunities?organisation_id=2147483648", None, "organisation_id"),
        ("GET", "/api/v1/organisations?offset=99999999999999999999", None, "offset"),
        ("POST", "/api/v1/introductions", {"organisation_id": 1, "partner_id": 2**40}, "partner_id"),
        ("POST", "/api/v1/queue/refresh?per_organisation=1000000", None, "per_organisation"),
    ],
)
def test_ids_beyond_the_database_integers_are_422(
    manager: TestClient, method: str, url: str, body: object, field: str
) -> None:
    response = manager.request(method, url, json=body)
    assert_error(response, 422, field)
    assert [d["field"] for d in response.json()["detail"]] == [field]
