"""Saved searches with alerts: the inbox, and e-mail through a real local SMTP server (aiosmtpd)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, org_id
from tests.introductions.flows import introduction

NEW_LAB = {
    "ref": "t-alert-lab",
    "name": "Kaltstart Prüflabor Bochum",
    "kind": "research_institute",
    "city": "Bochum",
    "description": "Independent laboratory for fuel-cell stack testing: cold start, load cycles, climate chamber.",
    "technology_keywords": ["fuel cell", "stack testing"],
}


class Collector:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]  # noqa: N802
        self.messages.append(
            (list(envelope.rcpt_tos), message_from_bytes(envelope.content, policy=policy.default))
        )
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def smtp(loaded: Runtime) -> Iterator[Collector]:
    """A real SMTP server on 127.0.0.1 that keeps what it receives; the runtime sends its e-mails there."""
    collector = Collector()
    controller = Controller(collector, hostname="127.0.0.1", port=free_port())
    controller.start()
    loaded.settings.smtp_host, loaded.settings.smtp_port = "127.0.0.1", controller.port
    loaded.settings.mail_from = "alerts@matchwerk.example"
    loaded.settings.base_url = "https://matchwerk.example"
    try:
        yield collector
    finally:
        controller.stop()


@pytest.fixture
def api(app: object, people: dict[str, Person]) -> Iterator[dict[str, TestClient]]:
    clients = {name: TestClient(app, headers=person.auth) for name, person in people.items()}  # type: ignore[arg-type]
    with clients["admin"]:
        yield clients


def test_a_new_result_reaches_the_inbox_and_the_mailbox(
    api: dict[str, TestClient], smtp: Collector, loaded: Runtime
) -> None:
    sam = api["steel"]
    saved = sam.post(
        "/api/v1/saved-searches", json={"name": "Stack testing", "query": "fuel cell stack testing"}
    )
    assert saved.status_code == 201
    assert org_id(loaded, "t-h2-institute") in saved.json()["seen"]  # today's results are not news
    assert api["manager"].post("/api/v1/saved-searches/check").json() == {
        "checked": 1,
        "alerts": 0,
        "emailed": 0,
    }

    created = api["admin"].post("/api/v1/organisations", json=NEW_LAB).json()
    result = api["manager"].post("/api/v1/saved-searches/check").json()
    assert result == {"checked": 1, "alerts": 1, "emailed": 1}

    inbox = sam.get("/api/v1/inbox").json()
    assert inbox["unread"] == 1
    message = inbox["data"][0]
    assert message["subject"] == "1 new result for “Stack testing”"
    assert "Kaltstart Prüflabor Bochum" in message["body"] and message["emailed"] is True
    assert message["link"] == f"/organisations/{created['id']}"

    assert len(smtp.messages) == 1
    recipients, mail = smtp.messages[0]
    assert recipients == ["sam@steel.example"]
    assert mail["From"] == "alerts@matchwerk.example"
    assert mail["Subject"] == "1 new result for “Stack testing”"
    body = mail.get_content()  # type: ignore[attr-defined]
    assert f"Kaltstart Prüflabor Bochum: https://matchwerk.example/organisations/{created['id']}" in body

    # nothing new, nothing sent; reading clears the count
    assert api["manager"].post("/api/v1/saved-searches/check").json()["alerts"] == 0
    assert len(smtp.messages) == 1
    assert sam.post(f"/api/v1/inbox/{message['id']}/read").json()["read"] is True
    assert sam.get("/api/v1/inbox").json()["unread"] == 0


def test_following_an_organisations_suggestions_without_smtp(
    api: dict[str, TestClient], loaded: Runtime
) -> None:
    assert loaded.settings.smtp_host is None
    lena = api["fuelcell"]
    fuelcell = org_id(loaded, "t-fuelcell-co")
    saved = lena.post("/api/v1/saved-searches", json={"organisation_id": fuelcell}).json()
    assert saved["name"] == f"suggestions for organisation {fuelcell}"
    api["admin"].post("/api/v1/organisations", json=NEW_LAB)
    assert api["admin"].post("/api/v1/saved-searches/check").json() == {
        "checked": 1,
        "alerts": 1,
        "emailed": 0,
    }
    message = lena.get("/api/v1/inbox").json()["data"][0]
    assert "Kaltstart Prüflabor Bochum" in message["body"] and message["emailed"] is False
    assert lena.get("/api/v1/saved-searches").json()["count"] == 1
    assert api["steel"].get("/api/v1/saved-searches").json()["count"] == 0
    assert api["steel"].delete(f"/api/v1/saved-searches/{saved['id']}").status_code == 404
    assert lena.delete(f"/api/v1/saved-searches/{saved['id']}").status_code == 204


def test_bad_saved_searches_and_rights(api: dict[str, TestClient], anonymous: TestClient) -> None:
    lena = api["fuelcell"]
    assert lena.post("/api/v1/saved-searches", json={}).status_code == 422
    assert lena.post("/api/v1/saved-searches", json={"query": "x", "organisation_id": 1}).status_code == 422
    assert lena.post("/api/v1/saved-searches", json={"query": "x", "kinds": ["bank"]}).status_code == 422
    assert lena.post("/api/v1/saved-searches", json={"organisation_id": 99999}).status_code == 422
    assert lena.post("/api/v1/saved-searches/check").status_code == 403
    assert anonymous.get("/api/v1/inbox").status_code == 401
    assert anonymous.post("/api/v1/saved-searches", json={"query": "x"}).status_code == 401


def test_introductions_tell_the_people_involved(
    api: dict[str, TestClient], loaded: Runtime, people: dict[str, Person]
) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    asked = api["fuelcell"].post("/api/v1/introductions", json={"partner_id": institute}).json()
    subjects = [m["subject"] for m in api["manager"].get("/api/v1/inbox").json()["data"]]
    assert subjects == [
        "Ruhrstack Antriebe GmbH asks for an introduction to Institut für Wasserstoffprüfung Duisburg"
    ]
    for to in ("approved", "sent"):
        api["manager"].post(f"/api/v1/introductions/{asked['id']}/transition", json={"to": to})
    for member in ("fuelcell", "institute"):
        inbox = api[member].get("/api/v1/inbox").json()["data"]
        assert inbox[0]["subject"].startswith("An introduction waits for your answer")
        assert inbox[0]["link"] == f"/introductions/{asked['id']}"
    assert api["steel"].get("/api/v1/inbox").json()["count"] == 0
    # an anonymous side is named by its label, never by its name, before both accepted
    anon = org_id(loaded, "t-anon")
    introduction(loaded, people["manager"], anon, fuelcell, "sent")
    latest = api["fuelcell"].get("/api/v1/inbox").json()["data"][0]["subject"]
    assert "Anonymous public body in Hagen" in latest and "Geheime" not in latest


def test_save_and_follow_on_the_pages(
    app: object, loaded: Runtime, people: dict[str, Person], client: TestClient
) -> None:
    from tests.conftest import browser_for
    from tests.web.test_pages import parse

    fuelcell = org_id(loaded, "t-fuelcell-co")
    with browser_for(app, people["fuelcell"]) as lena:
        doc = parse(lena.get("/", params={"q": "fuel cell stack testing", "kind": "research_institute"}).text)
        form = doc.find("form", cls="save-search")
        assert form.find("input", name="q").attrs["value"] == "fuel cell stack testing"
        lena.post(
            "/saved-searches/new",
            data={"q": "fuel cell stack testing", "kind": "research_institute", "name": "Labs"},
        )
        follow = parse(lena.get(f"/organisations/{fuelcell}").text).find("form", cls="follow")
        lena.post(
            "/saved-searches/new",
            data={
                i.attrs["name"]: i.attrs["value"]
                for i in follow.find_all("input")
                if i.attrs["name"] != "csrf_token"
            },
        )
        doc = parse(lena.get("/inbox").text)
        names = [li.find("a").text for li in doc.find_all("li", cls="saved-search")]
        assert names == ["Labs", "Suggested partners: Ruhrstack Antriebe GmbH"]
        client.post("/api/v1/organisations", json=NEW_LAB)  # the admin adds a fitting laboratory
    with browser_for(app, people["manager"]) as anna:
        anna.post("/saved-searches/check", data={})
    with browser_for(app, people["fuelcell"]) as lena:
        doc = parse(lena.get("/inbox").text)
        unread = doc.find_all("li", cls="unread")
        assert len(unread) == 2
        assert {li.find("p", cls="subject").text for li in unread} == {
            "1 new result for “Labs”",
            "1 new result for “Suggested partners: Ruhrstack Antriebe GmbH”",
        }
        first = unread[0].attrs["data-message-id"]
        lena.post(f"/inbox/{first}/read", data={})
        assert len(parse(lena.get("/inbox").text).find_all("li", cls="unread")) == 1
        search_id = doc.find("li", cls="saved-search").attrs["data-search-id"]
        lena.post(f"/saved-searches/{search_id}/delete", data={})
        assert len(parse(lena.get("/inbox").text).find_all("li", cls="saved-search")) == 1
    with browser_for(app, None) as visitor:
        assert "save-search" not in visitor.get("/", params={"q": "fuel cell"}).text
