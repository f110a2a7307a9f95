"""Users, roles, logins, tokens and form tokens: who may write what, through the API, the pages and the CLI."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from matcher.auth.models import User
from matcher.cli import app as cli_app
from matcher.config import Settings
from matcher.runtime import Runtime
from tests.conftest import PASSWORD, Person, browser_for, org_id

NEW_ORG = {"ref": "t-auth-new", "name": "Neue Firma GmbH", "kind": "company", "city": "Essen"}


def test_anonymous_visitors_read_but_never_write(anonymous: TestClient, loaded: Runtime) -> None:
    steel = org_id(loaded, "t-steel-co")
    assert anonymous.get("/api/v1/organisations").status_code == 200
    assert anonymous.get(f"/api/v1/organisations/{steel}").status_code == 200
    assert anonymous.get(f"/api/v1/organisations/{steel}/matches").status_code == 200
    assert anonymous.get("/api/v1/search", params={"q": "hydrogen"}).status_code == 200
    opp = anonymous.get("/api/v1/opportunities").json()["data"][0]["id"]
    writes = [
        ("post", "/api/v1/organisations", NEW_ORG),
        ("patch", f"/api/v1/organisations/{steel}", {"city": "Bochum"}),
        ("patch", "/api/v1/organisations/by-ref/t-steel-co", {"city": "Bochum"}),
        ("delete", f"/api/v1/organisations/{steel}", None),
        ("delete", "/api/v1/organisations/by-ref/t-steel-co", None),
        (
            "post",
            f"/api/v1/organisations/{steel}/opportunities",
            {"direction": "offer", "type": "pilot", "title": "Test"},
        ),
        ("patch", f"/api/v1/opportunities/{opp}", {"trl": 5}),
        ("delete", f"/api/v1/opportunities/{opp}", None),
        ("post", "/api/v1/index/rebuild", None),
        ("get", "/api/v1/users", None),
        ("get", "/api/v1/users/me", None),
    ]
    for method, url, body in writes:
        kwargs = {"json": body} if body is not None else {}
        response = anonymous.request(method.upper(), url, **kwargs)
        assert response.status_code == 401, (method, url, response.text)
        assert response.json()["error"].startswith("log in first")
    assert anonymous.get(f"/api/v1/organisations/{steel}").json()["city"] == "Dortmund"


def test_bad_tokens_are_refused(anonymous: TestClient) -> None:
    for header in ("Bearer mw_not-a-token", "Basic abc", "Bearer "):
        response = anonymous.get("/api/v1/users/me", headers={"authorization": header})
        assert response.status_code == 401, header


def test_members_change_only_their_own_organisation(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    steel, fuelcell = org_id(loaded, "t-steel-co"), org_id(loaded, "t-fuelcell-co")
    with TestClient(app, headers=people["steel"].auth) as member:  # type: ignore[arg-type]
        assert member.get("/api/v1/users/me").json()["organisation_id"] == steel
        assert member.patch(f"/api/v1/organisations/{steel}", json={"postcode": "44139"}).status_code == 200
        assert member.patch(f"/api/v1/organisations/{fuelcell}", json={"postcode": "1"}).status_code == 403
        created = member.post(
            f"/api/v1/organisations/{steel}/opportunities",
            json={"direction": "offer", "type": "pilot", "title": "Slag for road building"},
        )
        assert created.status_code == 201
        other_opp = member.get(f"/api/v1/opportunities?organisation_id={fuelcell}").json()["data"][0]["id"]
        assert member.patch(f"/api/v1/opportunities/{other_opp}", json={"trl": 3}).status_code == 403
        assert member.delete(f"/api/v1/organisations/{steel}").status_code == 403  # deleting: managers only
        assert member.post("/api/v1/organisations", json=NEW_ORG).status_code == 403
        assert member.post("/api/v1/index/rebuild").status_code == 403
        assert member.get("/api/v1/users").status_code == 403
    with TestClient(app, headers=people["manager"].auth) as manager:  # type: ignore[arg-type]
        assert manager.post("/api/v1/organisations", json=NEW_ORG).status_code == 201
        assert (
            manager.patch(f"/api/v1/organisations/{fuelcell}", json={"postcode": "44787"}).status_code == 200
        )
        assert manager.post("/api/v1/index/rebuild").status_code == 403  # admins only
        assert (
            manager.post("/api/v1/users", json={"email": "x@y.example", "role": "admin"}).status_code == 403
        )


def test_admins_create_users_whose_token_works(client: TestClient, app: object) -> None:
    response = client.post(
        "/api/v1/users",
        json={
            "email": "nina@steel.example",
            "role": "member",
            "organisation_ref": "t-steel-co",
            "name": "Nina",
        },
    )
    assert response.status_code == 201
    created = response.json()
    assert created["role"] == "member" and created["token"].startswith("mw_")
    assert (
        client.post("/api/v1/users", json={"email": "NINA@steel.example", "role": "manager"}).status_code
        == 409
    )
    bad = client.post("/api/v1/users", json={"email": "m@x.example", "role": "member"})
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "organisation_ref"
    with TestClient(app, headers={"authorization": f"Bearer {created['token']}"}) as nina:  # type: ignore[arg-type]
        assert nina.get("/api/v1/users/me").json()["email"] == "nina@steel.example"
        second = nina.post("/api/v1/users/me/tokens").json()["token"]
    with TestClient(app, headers={"authorization": f"Bearer {second}"}) as nina:  # type: ignore[arg-type]
        assert nina.get("/api/v1/users/me").json()["name"] == "Nina"
    emails = [u["email"] for u in client.get("/api/v1/users").json()["data"]]
    assert "nina@steel.example" in emails and "admin@example.org" in emails


def test_passwords_are_stored_as_argon2_hashes(loaded: Runtime, people: dict[str, Person]) -> None:
    with loaded.session_factory() as session:
        hashes = list(session.scalars(select(User.password_hash)))
    assert hashes and all(h and h.startswith("$argon2id$") for h in hashes)
    assert not any(PASSWORD in (h or "") for h in hashes)


def test_login_logout_and_pages_that_need_a_role(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    steel = org_id(loaded, "t-steel-co")
    with browser_for(app, None) as browser:
        response = browser.get("/organisations/new", follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/login?next=%2Forganisations%2Fnew"
        wrong = browser.post("/login", data={"email": people["steel"].email, "password": "wrong password"})
        assert wrong.status_code == 401 and "Unknown e-mail or wrong password." in wrong.text
        assert "matcher_session" not in browser.cookies
        response = browser.post(
            "/login",
            data={
                "email": people["steel"].email,
                "password": PASSWORD,
                "next": f"/organisations/{steel}/edit",
            },
            follow_redirects=False,
        )
        assert response.status_code == 303 and response.headers["location"] == f"/organisations/{steel}/edit"
        assert browser.get(f"/organisations/{steel}/edit").status_code == 200
        assert browser.get(f"/organisations/{org_id(loaded, 't-fuelcell-co')}/edit").status_code == 403
        assert browser.get("/organisations/new").status_code == 403
        assert browser.get(f"/organisations/{steel}/delete").status_code == 403
        assert "sam@steel.example" in browser.get("/").text
        browser.post("/logout", data={})
        assert browser.get(f"/organisations/{steel}/edit", follow_redirects=False).status_code == 303
        assert "sam@steel.example" not in browser.get("/").text


def test_login_never_redirects_to_another_site(app: object, people: dict[str, Person]) -> None:
    with browser_for(app, None) as browser:
        for target in ("https://evil.example/", "//evil.example/x", "javascript:alert(1)"):
            response = browser.post(
                "/login",
                data={"email": people["manager"].email, "password": PASSWORD, "next": target},
                follow_redirects=False,
            )
            assert response.headers["location"] == "/", target


def test_forms_without_a_valid_csrf_token_are_refused(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    steel = org_id(loaded, "t-steel-co")
    with browser_for(app, people["manager"]) as browser:
        for token in (None, "", "0" * 64):
            data = {"confirm": "yes"} | ({"csrf_token": token} if token is not None else {})
            response = TestClient.post(browser, f"/organisations/{steel}/delete", data=data)  # no token added
            assert response.status_code == 403, token
            assert "did not come from this site" in response.text
        assert browser.get(f"/organisations/{steel}").status_code == 200
        # the token of another browser does not fit this browser's cookie
        with browser_for(app, people["manager"]) as other:
            foreign = other.csrf()
        assert (
            browser.post(
                f"/organisations/{steel}/delete", data={"confirm": "yes", "csrf_token": foreign}
            ).status_code
            == 403
        )
        assert (
            browser.post(f"/organisations/{steel}/delete", data={"confirm": "yes"}).status_code == 200
        )  # own token
        assert browser.get(f"/organisations/{steel}").status_code == 404


def test_cli_creates_users_and_prints_a_working_token(
    tmp_path: Path, settings: Settings, app: object, loaded: Runtime, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("MATCHER_DATABASE_URL", settings.resolved_database_url)
    runner = CliRunner()
    data_dir = ["--data-dir", str(settings.data_dir)]
    result = runner.invoke(
        cli_app,
        [
            *data_dir,
            "users",
            "create",
            "--email",
            "kim@steel.example",
            "--role",
            "member",
            "--organisation",
            "t-steel-co",
            "--password",
        ],
        input="a long enough password\n",
    )
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[-1]
    assert token.startswith("mw_")
    with TestClient(app, headers={"authorization": f"Bearer {token}"}) as kim:  # type: ignore[arg-type]
        me = kim.get("/api/v1/users/me").json()
    assert me["role"] == "member" and me["organisation_id"] == org_id(loaded, "t-steel-co")
    with browser_for(app, None) as browser:
        browser.post("/login", data={"email": "kim@steel.example", "password": "a long enough password"})
        assert "kim@steel.example" in browser.get("/").text
    refused = runner.invoke(
        cli_app, [*data_dir, "users", "create", "--email", "z@z.example", "--role", "member"]
    )
    assert refused.exit_code == 1 and "organisation" in refused.output
    listed = runner.invoke(cli_app, [*data_dir, "users", "list"])
    assert "kim@steel.example" in listed.stdout


def test_a_locked_out_user_can_neither_use_tokens_nor_sessions(
    client: TestClient, app: object, people: dict[str, Person]
) -> None:
    steel = people["steel"]
    with browser_for(app, steel) as sam, TestClient(app, headers=steel.auth) as sam_api:  # type: ignore[arg-type]
        assert sam_api.get("/api/v1/users/me").status_code == 200
        locked = client.patch(f"/api/v1/users/{steel.id}", json={"active": False})
        assert locked.status_code == 200 and locked.json()["active"] is False
        assert sam_api.get("/api/v1/users/me").status_code == 401
        assert "sam@steel.example" not in sam.get("/").text
        with browser_for(app, None) as again:
            assert again.post("/login", data={"email": steel.email, "password": PASSWORD}).status_code == 401
        assert client.patch(f"/api/v1/users/{people['admin'].id}", json={"active": False}).status_code == 409
        assert sam_api.patch(f"/api/v1/users/{steel.id}", json={"active": True}).status_code == 401
    with browser_for(app, people["admin"]) as admin:
        admin.post(f"/users/{steel.id}/active", data={"active": "yes"})
        from tests.web.test_pages import parse

        row = parse(admin.get("/users").text).find("tr", cls="user", data_email=steel.email)
        assert row.attrs["data-active"] == "yes"
    with TestClient(app, headers=steel.auth) as sam_api:  # type: ignore[arg-type]
        assert sam_api.get("/api/v1/users/me").status_code == 200
