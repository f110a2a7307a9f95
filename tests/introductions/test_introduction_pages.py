"""Introductions on the pages, without JavaScript: plain form posts from the organisation page to the board,
the introduction's page with both sides' explanations and its history; all output escaped."""

from __future__ import annotations

import re

import pytest

from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id
from tests.introductions.flows import introduction
from tests.web.test_pages import parse


def intro_id_of(location: str) -> int:
    match = re.fullmatch(r"/introductions/(\d+)", location)
    assert match, location
    return int(match.group(1))


def test_member_asks_manager_sends_both_accept_on_the_pages(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    with browser_for(app, people["fuelcell"]) as lena:
        doc = parse(lena.get(f"/organisations/{fuelcell}").text)
        match = doc.find("li", cls="match", data_org_id=str(institute))
        form = match.find("form")
        assert form.attrs["action"] == "/introductions/new"
        assert match.find("summary").text.startswith("Ask for an introduction")
        # a member sees no such form on another organisation's page
        assert "/introductions/new" not in lena.get(f"/organisations/{institute}").text
        fields = {
            i.attrs["name"]: i.attrs["value"]
            for i in form.find_all("input")
            if i.attrs["name"] != "csrf_token"
        }
        assert fields["partner_id"] == str(institute) and "opportunity_id" in fields
        response = lena.post(
            "/introductions/new", data={**fields, "message": "<b>Hello</b> & welcome"}, follow_redirects=False
        )
        assert response.status_code == 303
        i = intro_id_of(response.headers["location"])
        doc = parse(lena.get(f"/introductions/{i}").text)
        assert doc.find("h1").text == "Ruhrstack Antriebe GmbH and Institut für Wasserstoffprüfung Duisburg"
        html = lena.get(f"/introductions/{i}").text
        assert "&lt;b&gt;Hello&lt;/b&gt; &amp; welcome" in html and "<b>Hello</b>" not in html
        assert "Fuel-cell test bench" in doc.find(cls="for-a").text  # the institute's offer meets the request
        about = [span.text for span in doc.find_all("span", cls="about-opp")]
        assert about == [
            "Request: Load testing of fuel-cell stacks",
            "Offer: Fuel-cell test bench with climate chamber",
        ]
        assert doc.find_all("form", cls="transition") == []  # nothing for the member to move yet

    with browser_for(app, people["manager"]) as anna:
        board = parse(anna.get("/introductions").text)
        assert board.find("section", data_status="suggested").find("li", cls="card", data_intro_id=str(i))
        anna.post(f"/introductions/{i}/message", data={"message": "Dear both, please meet."})
        for to in ("approved", "sent"):
            response = anna.post(f"/introductions/{i}/transition", data={"to": to, "note": f"now {to}"})
            assert response.status_code == 200
        doc = parse(anna.get(f"/introductions/{i}").text)
        assert doc.find("article", cls="introduction").attrs["data-status"] == "sent"
        assert doc.find(cls="message").find("p", cls="long").text == "Dear both, please meet."
        wrong = anna.post(f"/introductions/{i}/transition", data={"to": "approved"})
        assert wrong.status_code == 409 and "allowed now: declined, expired" in wrong.text

    for person in (people["fuelcell"], people["institute"]):
        with browser_for(app, person) as member:
            doc = parse(member.get(f"/introductions/{i}").text)
            forms = doc.find_all("form", cls="consent")
            assert len(forms) == 1  # only for their own side
            side = forms[0].find("input", name="organisation_id").attrs["value"]
            assert int(side) == person.organisation_id
            member.post(f"/introductions/{i}/consent", data={"decision": "accepted", "organisation_id": side})
    with browser_for(app, people["fuelcell"]) as lena:
        doc = parse(lena.get(f"/introductions/{i}").text)
        assert doc.find("article", cls="introduction").attrs["data-status"] == "accepted"
        assert doc.find(cls="contacts-open")
        assert "Jonas Berg" in lena.get(f"/organisations/{institute}").text
        history = [row.text for row in doc.find_all("tr", cls="event")]
        assert any("suggested → approved" in row and "now approved" in row for row in history)
        assert any("sent → accepted" in row for row in history)


def test_the_board_and_introductions_need_a_login(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    with browser_for(app, None) as visitor:
        assert visitor.get("/introductions", follow_redirects=False).status_code == 303
        assert "/introductions/new" not in visitor.get(f"/organisations/{org_id(loaded, 't-steel-co')}").text
    with browser_for(app, people["steel"]) as sam:
        assert (
            parse(sam.get("/introductions").text).find("p", cls="lead").text == "0 introductions, by status."
        )


@pytest.mark.parametrize(
    "url",
    [
        "/login",
        "/introductions",
        "INTRO",
        "/queue",
        "/inbox",
        "/reports",
        "/users",
        "/audit",
        "/?q=fuel+cell",
    ],
)
def test_workspace_pages_label_every_control_and_carry_a_csrf_token(
    app: object, loaded: Runtime, people: dict[str, Person], url: str
) -> None:
    intro = introduction(
        loaded, people["manager"], org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute"), "met"
    )
    with browser_for(app, people["admin"]) as admin:
        admin.post("/queue/refresh", data={})
        response = admin.get(f"/introductions/{intro}" if url == "INTRO" else url)
        assert response.status_code == 200, url
        doc = parse(response.text)
        labelled = {label.attrs.get("for") for label in doc.find_all("label")}
        for control in doc.find_all("input") + doc.find_all("select") + doc.find_all("textarea"):
            if control.attrs.get("type") == "hidden":
                continue
            assert control.attrs.get("id") in labelled, f"{url}: {control.attrs} has no label"
        for form in doc.find_all("form"):
            if form.attrs.get("method") == "post":
                assert form.find_all("input", name="csrf_token"), f"{url}: {form.attrs} has no CSRF token"


def test_the_workspace_speaks_german(app: object, loaded: Runtime, people: dict[str, Person]) -> None:
    intro = introduction(
        loaded, people["manager"], org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute"), "sent"
    )
    with browser_for(app, people["fuelcell"]) as lena:
        doc = parse(lena.get(f"/introductions/{intro}", params={"lang": "de"}).text)
        assert doc.find("span", cls="badge").text == "Versandt"
        assert [b.text for b in doc.find("form", cls="consent").find_all("button")] == [
            "Vermittlung annehmen",
            "Vermittlung ablehnen",
        ]
        assert parse(lena.get("/introductions").text).find("h1").text == "Vermittlungen"


def test_markup_in_names_and_notes_is_escaped_on_every_workspace_page(
    app: object, loaded: Runtime, people: dict[str, Person], client
) -> None:  # type: ignore[no-untyped-def]
    evil = "<script>alert(1)</script> Prüf GmbH"
    created = client.post(
        "/api/v1/organisations",
        json={
            "ref": "t-evil",
            "name": evil,
            "kind": "research_institute",
            "city": "Bochum",
            "description": "Fuel-cell stack testing in a climate chamber, cold start and load cycles.",
        },
    ).json()
    fuelcell = org_id(loaded, "t-fuelcell-co")
    intro = introduction(loaded, people["manager"], fuelcell, created["id"], "sent")
    with browser_for(app, people["manager"]) as anna:
        anna.post(
            f"/introductions/{intro}/transition",
            data={"to": "expired", "note": "<img src=x onerror=alert(2)>"},
        )
        anna.post("/queue/refresh", data={})
        for url in (
            f"/introductions/{intro}",
            "/introductions",
            "/queue",
            "/reports",
            "/inbox",
            f"/organisations/{fuelcell}",
        ):
            html = anna.get(url).text
            assert "<script>alert(1)" not in html and "<img src=x" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt; Prüf GmbH" in anna.get(f"/introductions/{intro}").text
        assert "&lt;img src=x onerror=alert(2)&gt;" in anna.get(f"/introductions/{intro}").text
