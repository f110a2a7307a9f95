"""Script injection: markup in every text field of an organisation, its offers and requests, its contact
person, an introduction, a saved search and a user never becomes an element, an attribute or a script URL on
any page that shows it; it is shown as the text that was typed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Browser, Person, browser_for, org_id
from tests.web.test_pages import Node, parse

MARK = "XSSMARK"
# Each payload tries another way out of text or an attribute value; MARK proves the text reached the page.
PAYLOADS = [
    f'{MARK}<script>alert("s")</script>',
    f'{MARK}"><img src=x onerror=alert(1)>',
    f"{MARK}'><svg onload=alert(2)><x-inject>",
    f'{MARK}" data-injected="1',
    f"{MARK}' data-injected='1",
    f"{MARK} {{{{7*7}}}} {{% raw %}} ${{7*7}}",
    f"{MARK}</textarea><x-inject>",
    f"{MARK}</title><x-inject>",
    f"javascript:alert('{MARK}')",
]
SHORT = f'{MARK}"><b x-inject>'  # for the short fields (postcode: 20 characters)
TEMPLATE = "{{7*7}}"
INJECTED_TAGS = {"script", "img", "iframe", "object", "embed", "x-inject", "b"}  # the pages use none of them


def text(n: int, prefix: str = "") -> str:
    return prefix + PAYLOADS[n % len(PAYLOADS)]


def payload_organisation() -> dict[str, Any]:
    """An organisation whose every free-text field holds a payload (and enough real words to be matched)."""
    return {
        "ref": text(1, "t-xss-"),
        "name": text(0, "Hydrogen Bus Operator "),
        "kind": "company",
        "city": text(2),
        "latitude": 51.48,
        "longitude": 7.22,
        "postcode": SHORT[:20],
        "country": "DE",
        "region": text(3),
        "website": f"https://example.org/{PAYLOADS[1]}",
        "languages": [text(4)],
        "description": "A public transport operator converting its bus fleet to hydrogen fuel-cell buses. "
        + " ".join(PAYLOADS),
        "competences": [text(5), text(6)],
        "sectors": ["hydrogen"],
        "technology_keywords": ["fuel cell", text(7)],
        "market_keywords": [text(8)],
        "source": text(0)[:60],
        "contacts": [
            {
                "name": text(1),
                "role": text(2),
                "email": f'{MARK}"><img/src=x/onerror=alert(1)>@example.org',
                "phone": text(3)[:60],
            }
        ],
        "opportunities": [
            {
                "ref": text(4),
                "direction": "request",
                "type": "facility",
                "title": text(5, "Cold-start tests of fuel-cell stacks "),
                "summary": "We seek a test bench with a climate chamber for fuel-cell stacks. " + text(6),
                "description": " ".join(PAYLOADS),
                "keywords": ["stack testing", text(7)],
                "regions": [text(8)],
            },
            {
                "direction": "offer",
                "type": "pilot",
                "title": text(0, "Pilot routes for hydrogen buses "),
                "summary": text(1),
                "keywords": [text(2)],
            },
        ],
    }


def problems(html: str) -> list[str]:
    """Every trace of a payload that became markup: an element, an attribute, a script URL."""
    found = []
    stack: list[Node] = [parse(html)]
    while stack:
        node = stack.pop()
        stack.extend(child for child in node.children if isinstance(child, Node))
        if node.tag in INJECTED_TAGS:
            found.append(f"<{node.tag} {node.attrs}>")
        for name, value in node.attrs.items():
            if name.startswith("on") or name in ("data-injected", "x-inject", "style"):
                found.append(f"<{node.tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and value.strip().lower().startswith(
                ("javascript:", "data:", "vbscript:")
            ):
                found.append(f"<{node.tag} {name}={value!r}>")
            if MARK in name:
                found.append(f"attribute name {name!r}")
    return found


@pytest.fixture
def manager(app: object, people: dict[str, Person]) -> Iterator[Browser]:
    with browser_for(app, people["manager"]) as browser:
        yield browser


def test_no_payload_becomes_markup_on_any_page(
    loaded: Runtime, app: object, client: TestClient, people: dict[str, Person], manager: Browser
) -> None:
    manager_api = {"authorization": f"Bearer {people['manager'].token}"}
    institute = org_id(loaded, "t-h2-institute")
    # A saved search with a payload name sees the ecosystem before the new organisation exists ...
    saved = client.post(
        "/api/v1/saved-searches",
        json={"name": text(3), "query": "hydrogen fuel cell buses test bench"},
        headers=manager_api,
    )
    assert saved.status_code == 201, saved.text
    assert client.post("/api/v1/saved-searches/check").status_code == 200

    refused = client.post("/api/v1/organisations", json={**payload_organisation(), "website": PAYLOADS[-1]})
    assert refused.status_code == 422  # a javascript: URL is no website
    created = client.post("/api/v1/organisations", json=payload_organisation())
    assert created.status_code == 201, created.text
    org = created.json()
    opp = org["opportunities"][0]["id"]

    # ... and tells its owner about it; the queue, a member, an introduction and its history hold payloads too.
    assert client.post("/api/v1/saved-searches/check").json()["alerts"] == 1
    assert client.post("/api/v1/queue/refresh", headers=manager_api).status_code == 200
    member = client.post(
        "/api/v1/users",
        json={"email": "xss@example.org", "name": text(2), "role": "member", "organisation_ref": org["ref"]},
    )
    assert member.status_code == 201, member.text
    intro = client.post(
        "/api/v1/introductions",
        json={"organisation_id": org["id"], "partner_id": institute, "message": " ".join(PAYLOADS)},
    )
    assert intro.status_code == 201, intro.text
    intro_id = intro.json()["id"]
    moved = client.post(
        f"/api/v1/introductions/{intro_id}/transition", json={"to": "approved", "note": text(4)}
    )
    assert moved.status_code == 200, moved.text

    shown = {  # page -> whether the payload's text must be on it
        f"/organisations/{org['id']}": True,
        f"/organisations/{org['id']}/edit": True,
        f"/organisations/{org['id']}/delete": True,
        f"/opportunities/{opp}/edit": True,
        f"/opportunities/{opp}/delete": True,
        "/?q=hydrogen+fuel+cell+buses+cold-start+tests": True,
        f"/?q={MARK}%22%3E%3Cscript%3Ealert(1)%3C/script%3E": True,  # the question itself
        f"/organisations/{institute}": True,  # the other side's suggestions
        "/?kind=company": True,
        "/introductions": True,
        f"/introductions/{intro_id}": True,
        "/queue": True,
        "/inbox": True,
        "/reports": False,
    }
    for url, must_show in shown.items():
        response = manager.get(url)
        assert response.status_code == 200, f"{url}: {response.status_code}"
        assert problems(response.text) == [], url
        if must_show:
            assert MARK in parse(response.text).text, f"{url}: the payload is not shown"
    org_page = parse(manager.get(f"/organisations/{org['id']}").text)
    assert org_page.find("h1").text == payload_organisation()["name"]
    assert TEMPLATE in org_page.text and "49" not in org_page.find("h1").text
    assert org_page.find("a", rel="nofollow noopener").attrs["href"] == payload_organisation()["website"]
    mailto = org_page.find("li", cls="contact").find("a").attrs["href"]
    assert mailto == "mailto:" + payload_organisation()["contacts"][0]["email"]

    with browser_for(app, people["admin"]) as admin:
        for url in ("/users", "/audit", "/audit?entity=organisation"):
            response = admin.get(url)
            assert response.status_code == 200 and problems(response.text) == [], url
        assert MARK in parse(admin.get("/users").text).text
    with browser_for(app, None) as visitor:
        for url in (f"/organisations/{org['id']}", "/?q=hydrogen+fuel+cell+buses"):
            response = visitor.get(url)
            assert response.status_code == 200 and problems(response.text) == [], url
            assert MARK in parse(response.text).text


def test_payloads_sent_through_the_forms_come_back_as_text(manager: Browser, loaded: Runtime) -> None:
    fields = payload_organisation()
    form = {
        "ref": "t-xss-form",
        "name": text(0),
        "kind": "company",
        "size_band": "small",
        "founding_year": text(1),  # invalid: the form comes back with every value as typed
        "city": text(2),
        "postcode": SHORT[:20],
        "country": "DE",
        "website": PAYLOADS[-1],  # invalid too
        "languages": text(4),
        "description": fields["description"],
        "competences": "\n".join(PAYLOADS),
        "technology_keywords": text(7),
        "market_keywords": text(8),
        "visibility": "public",
        "sectors": ["hydrogen", text(3)],
    }
    response = manager.post("/organisations/new", data=form)
    assert response.status_code == 422
    assert problems(response.text) == []
    doc = parse(response.text)
    assert doc.find("input", name="name").attrs["value"] == text(0)
    assert doc.find("textarea", name="competences").text == " ".join(" ".join(PAYLOADS).split())
    assert doc.find("input", name="website").attrs["value"] == PAYLOADS[-1]

    fine = manager.post(
        "/organisations/new", data={**form, "founding_year": "2001", "website": "", "sectors": ["hydrogen"]}
    )
    assert fine.status_code == 200, [e.text for e in parse(fine.text).find_all(cls="field-error")]
    assert problems(fine.text) == []  # followed to the new page
    assert parse(fine.text).find("h1").text == text(0)
    new_opp = manager.post(
        f"{fine.url.path}/opportunities/new",
        data={
            "direction": "offer",
            "type": "pilot",
            "status": "published",
            "title": text(5),
            "summary": text(6),
            "keywords": text(7),
        },
    )
    assert new_opp.status_code == 200, [e.text for e in parse(new_opp.text).find_all(cls="field-error")]
    assert problems(new_opp.text) == []
    assert text(5) in [h.text for h in parse(new_opp.text).find_all("h4")]
