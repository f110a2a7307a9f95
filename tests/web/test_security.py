"""Security headers on every response (pages, API, errors, static files, the API docs), pages that comply with
their Content-Security-Policy, and the options of every cookie the pages set, over http and https."""

from __future__ import annotations

from collections.abc import Iterator
from http.cookies import SimpleCookie

import pytest
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id
from tests.web.test_pages import Node, parse

HTML = {"accept": "text/html"}


@pytest.fixture
def https(app: object) -> Iterator[TestClient]:
    """A browser that reached the server over TLS (as behind a proxy that uvicorn trusts)."""
    with TestClient(app, base_url="https://testserver", headers=HTML) as client:  # type: ignore[arg-type]
        yield client


def assert_secure_headers(headers: object, policy_has: str = "script-src 'self';") -> None:
    h = headers  # httpx.Headers
    csp = h["content-security-policy"]  # type: ignore[index]
    assert policy_has in csp and "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert h["x-content-type-options"] == "nosniff"  # type: ignore[index]
    assert h["x-frame-options"] == "DENY"  # type: ignore[index]
    assert h["referrer-policy"] == "strict-origin-when-cross-origin"  # type: ignore[index]
    assert "camera=()" in h["permissions-policy"]  # type: ignore[index]


@pytest.mark.parametrize(
    ("url", "headers", "status"),
    [
        ("/", HTML, 200),
        ("/api/v1/kinds", {}, 200),
        ("/api/v1/organisations/999999", {}, 404),
        ("/organisations/999999", HTML, 404),
        ("/api/v1/organisations?limit=nonsense", {}, 422),
        ("/queue", {"accept": "application/json"}, 401),
        ("/static/style.css", {}, 200),
        ("/health", {}, 200),
        ("/openapi.json", {}, 200),
    ],
)
def test_every_response_carries_the_security_headers(
    anonymous: TestClient, url: str, headers: dict[str, str], status: int
) -> None:
    response = anonymous.get(url, headers=headers)
    assert response.status_code == status
    assert_secure_headers(response.headers)
    assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert "strict-transport-security" not in response.headers  # plain http


def test_hsts_only_over_https(https: TestClient) -> None:
    response = https.get("/")
    assert response.status_code == 200
    assert response.headers["strict-transport-security"].startswith("max-age=31536000")
    assert_secure_headers(response.headers)


def test_api_docs_have_their_own_policy_and_no_inline_script(anonymous: TestClient) -> None:
    response = anonymous.get("/docs")
    assert response.status_code == 200
    csp = response.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
    scripts = parse(response.text).find_all("script")
    assert scripts and all(s.attrs.get("src") and not s.children for s in scripts)
    for script in scripts:  # every file the page loads is served by this site (no internet needed)
        assert anonymous.get(script.attrs["src"]).status_code == 200
    start = anonymous.get("/static/api-docs.js")
    assert start.status_code == 200 and "/openapi.json" in start.text
    assert anonymous.get("/openapi.json").json()["info"]["title"] == "Matchwerk"


def inline_code(doc: Node) -> list[str]:
    """What a strict policy would block: inline scripts and styles, style attributes, event handlers."""
    found = []
    stack: list[Node] = [doc]
    while stack:
        node = stack.pop()
        stack.extend(c for c in node.children if isinstance(c, Node))
        if node.tag == "script" and ("src" not in node.attrs or node.children):
            found.append("inline <script>")
        if node.tag == "style":
            found.append("<style> element")
        found += [
            f"<{node.tag} {name}=...>" for name in node.attrs if name == "style" or name.startswith("on")
        ]
        href = node.attrs.get("href", "") + node.attrs.get("src", "")
        if href.strip().lower().startswith("javascript:"):
            found.append(f"<{node.tag}> with a javascript: URL")
    return found


def test_pages_hold_no_inline_script_or_style(
    loaded: Runtime, app: object, people: dict[str, Person]
) -> None:
    institute = org_id(loaded, "t-h2-institute")
    with browser_for(app, people["admin"]) as admin:
        intro = admin.post(
            "/introductions/new",
            data={"organisation_id": str(org_id(loaded, "t-fuelcell-co")), "partner_id": str(institute)},
        )
        assert intro.status_code == 200
        urls = [
            "/",
            "/?q=fuel+cell+testing",
            f"/organisations/{institute}",
            f"/organisations/{institute}/edit",
            "/organisations/new",
            "/introductions",
            intro.url.path,
            "/queue",
            "/inbox",
            "/reports",
            "/users",
            "/audit",
            "/about",
            "/login",
            "/nowhere",
        ]
        for url in urls:
            response = admin.get(url)
            assert response.status_code in (200, 404), url
            assert inline_code(parse(response.text)) == [], url
        score_bar = (
            parse(admin.get(f"/organisations/{institute}").text).find("li", cls="part").find(cls="fill")
        )
        assert score_bar.tag == "rect" and 0 <= float(score_bar.attrs["width"]) <= 100


# --- cookies -------------------------------------------------------------------------------------------------


def cookie_of(response: object, name: str) -> dict[str, str | bool]:
    """The attributes of the Set-Cookie header for `name` (lower-case keys; flags as True)."""
    for header in response.headers.get_list("set-cookie"):  # type: ignore[attr-defined]
        jar: SimpleCookie = SimpleCookie()
        jar.load(header)
        if name in jar:
            morsel = jar[name]
            flags = {k: morsel[k] for k in ("httponly", "secure", "samesite", "path", "max-age") if morsel[k]}
            return {"value": morsel.value, **flags}
    raise AssertionError(f"no Set-Cookie for {name}: {response.headers}")  # type: ignore[attr-defined]


def log_in(client: TestClient, email: str) -> object:
    page = client.get("/login")
    token = parse(page.text).find("meta", name="csrf-token").attrs["content"]
    return client.post(
        "/login",
        data={"email": email, "password": "correct horse battery", "csrf_token": token},
        follow_redirects=False,
    )


def test_cookies_over_plain_http_are_httponly_and_samesite(app: object, people: dict[str, Person]) -> None:
    with TestClient(app, headers=HTML) as client:  # type: ignore[arg-type]
        csrf = cookie_of(client.get("/login"), "matcher_csrf")
        assert csrf["httponly"] is True and csrf["samesite"] == "lax" and "secure" not in csrf
        lang = cookie_of(client.get("/?lang=de"), "lang")
        assert lang["httponly"] is True and lang["samesite"] == "lax" and "secure" not in lang
        response = log_in(client, people["manager"].email)
        assert response.status_code == 303  # type: ignore[attr-defined]
        session = cookie_of(response, "matcher_session")
        assert session["httponly"] is True and session["samesite"] == "lax" and "secure" not in session


def test_cookies_are_secure_over_https(https: TestClient, people: dict[str, Person]) -> None:
    assert cookie_of(https.get("/login"), "matcher_csrf")["secure"] is True
    assert cookie_of(https.get("/?lang=en"), "lang")["secure"] is True
    response = log_in(https, people["manager"].email)
    assert response.status_code == 303  # type: ignore[attr-defined]
    session = cookie_of(response, "matcher_session")
    assert session["secure"] is True and session["httponly"] is True and session["samesite"] == "lax"
    assert https.get("/inbox").status_code == 200  # the Secure cookie is sent back over https


def test_a_setting_forces_secure_cookies_over_http(
    loaded: Runtime, app: object, people: dict[str, Person], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loaded.settings, "secure_cookies", True)
    with TestClient(app, headers=HTML) as client:  # type: ignore[arg-type]
        csrf = cookie_of(client.get("/login"), "matcher_csrf")
        assert csrf["secure"] is True and csrf["httponly"] is True
        # The client keeps a Secure cookie to itself over http, as a browser would; the TLS proxy sends it.
        client.cookies.set("matcher_csrf", str(csrf["value"]))
        assert cookie_of(log_in(client, people["manager"].email), "matcher_session")["secure"] is True
