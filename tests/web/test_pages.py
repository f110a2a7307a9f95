"""The pages as a person sees them: each test requests pages over HTTP against a real database and the real
model, parses the HTML (stdlib html.parser) and looks for the elements on screen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from matcher.profiles.models import Organisation
from matcher.runtime import Runtime
from matcher.web import i18n, pages
from tests.conftest import ECOSYSTEM, Person, browser_for, make_user, org_id

HTML = {"accept": "text/html,application/xhtml+xml"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


# --- a tiny DOM over html.parser ----------------------------------------------------------------------------


class Node:
    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    @property
    def text(self) -> str:
        parts: list[str] = []

        def walk(node: Node) -> None:
            for child in node.children:
                if isinstance(child, str):
                    parts.append(child)
                else:
                    walk(child)

        walk(self)
        return " ".join("".join(parts).split())

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        """Descendants by tag, class and attributes (`data_org_id="3"` matches data-org-id="3")."""
        wanted = {k.replace("_", "-"): v for k, v in attrs.items()}
        found: list[Node] = []
        for child in self.children:
            if isinstance(child, str):
                continue
            if (
                (tag is None or child.tag == tag)
                and (cls is None or cls in child.classes)
                and all(child.attrs.get(k) == v for k, v in wanted.items())
            ):
                found.append(child)
            found.extend(child.find_all(tag, cls, **attrs))
        return found

    def find(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> Node:
        found = self.find_all(tag, cls, **attrs)
        assert found, f"no <{tag or '*'} class={cls} {attrs}> in the page"
        return found[0]


class TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse(html: str) -> Node:
    builder = TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def field_error(doc: Node, name: str) -> str:
    """The error shown inside the field's own box (label, control, hint, error)."""
    box = doc.find(data_field=name)
    errors = box.find_all(cls="field-error")
    return errors[0].text if errors else ""


# --- fixtures and helpers ---------------------------------------------------------------------------------


@pytest.fixture
def web(app: object, people: dict[str, Person]) -> Iterator[TestClient]:
    """A browser with a manager logged in: it asks for HTML, prefers English and posts forms with their token."""
    with browser_for(app, people["manager"]) as browser:
        yield browser


@pytest.fixture
def visitor(app: object) -> Iterator[TestClient]:
    """A browser of someone who is not logged in."""
    with browser_for(app, None) as browser:
        yield browser


def page(web: TestClient, url: str, status: int = 200) -> Node:
    response = web.get(url)
    assert response.status_code == status, response.text[:2000]
    return parse(response.text)


def org_payload(**overrides: str | list[str]) -> dict[str, str | list[str]]:
    data: dict[str, str | list[str]] = {
        "ref": "t-new-lab",
        "name": "Prüflabor Kaltstart GmbH",
        "kind": "research_institute",
        "size_band": "small",
        "founding_year": "2015",
        "city": "Bochum",
        "postcode": "44787",
        "country": "DE",
        "website": "https://example.org",
        "languages": "de, en",
        "description": "Independent laboratory for endurance, cold-start and load testing of PEM fuel-cell stacks.",
        "competences": "fuel-cell stack testing\nclimate chamber",
        "sectors": ["hydrogen", "energy"],
        "technology_keywords": "fuel cell; stack testing",
        "market_keywords": "",
        "visibility": "public",
    }
    data.update(overrides)
    return data


def match_ids(doc: Node) -> list[int]:
    return [int(li.attrs["data-org-id"]) for li in doc.find_all("li", cls="match")]


def stored_org(rt: Runtime, ref: str) -> Organisation:
    with rt.session_factory() as session:
        org = session.query(Organisation).filter_by(ref=ref).one()
        session.expunge(org)
        return org


# --- search -------------------------------------------------------------------------------------------------


def test_search_finds_the_institute_and_its_offer(web: TestClient, loaded: Runtime) -> None:
    doc = page(web, "/?q=fuel+cell+stack+testing")
    assert doc.find("input", name="q").attrs["value"] == "fuel cell stack testing"
    hits = doc.find("ol", cls="hits").find_all("li", cls="hit")
    first = hits[0]
    assert first.find("a", cls="org-link").text == "Institut für Wasserstoffprüfung Duisburg"
    assert (
        first.find("a", cls="org-link").attrs["href"] == f"/organisations/{org_id(loaded, 't-h2-institute')}"
    )
    assert "Fuel-cell test bench with climate chamber" in first.find("p", cls="matched").text
    assert float(first.find(cls="score").text) > 0
    opps = doc.find("ol", cls="opps").find_all("li", cls="opp-hit")
    offer = next(li for li in opps if "Fuel-cell test bench" in li.text)
    assert offer.attrs["data-direction"] == "offer"
    assert offer.find(cls="badge").text == "Offer"
    assert any(
        li.attrs["data-direction"] == "request" and li.find(cls="badge").text == "Request" for li in opps
    )
    assert "Verdeckte Testfirma" not in doc.text  # hidden


def test_search_near_a_city_shows_distances_and_applies_the_radius(web: TestClient) -> None:
    doc = page(web, "/?q=fuel+cell+testing&near=Duisburg&radius=30")
    metas = [li.find(cls="meta").text for li in doc.find("ol", cls="hits").find_all("li", cls="hit")]
    assert metas and all("km away" in m for m in metas)
    assert not any("Dortmund" in m for m in metas)  # about 55 km from Duisburg
    assert doc.find("select", name="near").find("option", selected="").text == "Duisburg"


def test_list_without_a_question_pages_and_filters_by_kind(web: TestClient) -> None:
    doc = page(web, "/")
    names = [a.text for a in doc.find_all("a", cls="org-link")]
    assert "Sehwerk AI" in names and "Verdeckte Testfirma" not in names
    assert "9 organisations" in doc.find("h2", id="list-title").text  # ten in the file, one hidden
    doc = page(web, "/?kind=university&kind=startup")
    assert sorted(a.text for a in doc.find_all("a", cls="org-link")) == [
        "Lehrstuhl Siedlungswasserwirtschaft, Universität Emschertal",
        "Sehwerk AI",
    ]
    assert {i.attrs["value"] for i in doc.find_all("input", name="kind", checked="")} == {
        "university",
        "startup",
    }


def test_the_list_is_paged(web: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages.search, "PAGE_SIZE", 4)
    first = page(
        web,
        "/?kind=company&kind=startup&kind=university&kind=research_institute&kind=creative&kind=public_body",
    )
    assert len(first.find_all("a", cls="org-link")) == 4
    assert "Page 1 of 3" in first.find("nav", cls="pager").text
    assert not first.find_all("a", rel="prev")
    second_url = first.find("a", rel="next").attrs["href"]
    assert "page=2" in second_url and "kind=startup" in second_url
    second = page(web, second_url)
    third = page(web, second.find("a", rel="next").attrs["href"])
    names = [a.text for doc in (first, second, third) for a in doc.find_all("a", cls="org-link")]
    assert len(names) == len(set(names)) == 9
    assert not third.find_all("a", rel="next")


def test_bad_filters_are_shown_next_to_their_fields(web: TestClient) -> None:
    doc = page(web, "/?q=water&near=Atlantis", status=422)
    assert "Unknown place" in field_error(doc, "near")
    doc = page(web, "/?q=water&radius=10", status=422)
    assert "needs a city" in field_error(doc, "near")
    doc = page(web, "/?q=water&near=Essen&radius=far", status=422)
    assert "kilometres" in field_error(doc, "radius")
    assert doc.find("input", name="radius").attrs["value"] == "far"


# --- the organisation page ------------------------------------------------------------------------------------


def test_organisation_page_shows_profile_opportunities_and_explained_partners(
    web: TestClient, loaded: Runtime
) -> None:
    doc = page(web, f"/organisations/{org_id(loaded, 't-fuelcell-co')}")
    assert doc.find("h1").text == "Ruhrstack Antriebe GmbH"
    facts = doc.find("dl", cls="facts").text
    assert "Gelsenkirchen" in facts and "Medium (50-249)" in facts
    assert [s.text for s in doc.find("dd", cls="sectors").find_all(cls="tag")] == ["Hydrogen", "Mobility"]
    request = doc.find(cls="requests").find("article", cls="opp")
    assert request.find("h4").text == "Load testing of fuel-cell stacks"
    assert request.find(cls="badge").text == "Published"
    assert "No offers yet." in doc.find(cls="offers").text

    matches = doc.find("ol", cls="match-list").find_all("li", cls="match")
    assert matches, "no suggested partners"
    best = matches[0]
    assert int(best.attrs["data-org-id"]) == org_id(loaded, "t-h2-institute")
    assert best.find("a", cls="org-link").text == "Institut für Wasserstoffprüfung Duisburg"
    texts = best.find(cls="need-offer").text
    assert "This organisation seeks: Load testing of fuel-cell stacks" in texts
    assert "The partner offers: Fuel-cell test bench with climate chamber" in texts

    parts = best.find_all("li", cls="part")
    names = {p.attrs["data-part"]: p.find(cls="part-name").text for p in parts}
    assert names["need_offer"] == "The partner offers what this organisation seeks"
    assert names["offer_need"] == "The partner seeks what this organisation offers"
    widths = [float(p.find(cls="fill").attrs["width"]) for p in parts]  # of a 100 wide bar
    assert sum(widths) == pytest.approx(100, abs=0.5)
    need_offer = next(p for p in parts if p.attrs["data-part"] == "need_offer")
    assert float(need_offer.find(cls="fill").attrs["width"]) > 30  # the main reason
    shared = best.find("dl", cls="shared").text
    assert "fuel cell" in shared and "Hydrogen" in shared and "km" in shared
    assert "Verdeckte Testfirma" not in doc.text and "Altlast Logistik" not in doc.text


def test_partner_filters_narrow_the_suggestions(web: TestClient, loaded: Runtime) -> None:
    url = f"/organisations/{org_id(loaded, 't-fuelcell-co')}"
    assert set(match_ids(page(web, f"{url}?kind=startup"))) == {org_id(loaded, "t-vision-startup")}
    near = match_ids(page(web, f"{url}?near=Duisburg&radius=5"))
    assert near == [org_id(loaded, "t-h2-institute")]
    doc = page(web, f"{url}?near=Duisburg&radius=-3", status=422)
    assert field_error(doc, "radius")


def test_hidden_organisation_is_a_404_page_for_all_but_its_editors(
    web: TestClient, visitor: TestClient, app: object, people: dict[str, Person], loaded: Runtime
) -> None:
    hidden = org_id(loaded, "t-hidden")
    urls = [f"/organisations/{hidden}", f"/organisations/{hidden}/edit", f"/organisations/{hidden}/delete"]
    with browser_for(app, people["steel"]) as other_member:
        for client in (visitor, other_member):
            for url in urls:
                response = client.get(url)
                assert response.status_code == 404
                assert response.headers["content-type"].startswith("text/html")
                doc = parse(response.text)
                assert doc.find("h1").text == "Not found"
                assert "Verdeckte" not in doc.text
    # the managers keep its pages (to publish it again), with a note that nobody else sees it
    doc = page(web, f"/organisations/{hidden}")
    assert doc.find("h1").text == "Verdeckte Testfirma"
    assert "only its members and the agency's managers see it" in doc.find(cls="hidden-profile").text
    assert not doc.find_all("li", cls="match")
    assert page(web, f"/organisations/{hidden}/edit").find("form")
    assert page(web, f"/organisations/{hidden}/delete").find("form")
    # and so do its own members (deleting stays with the managers)
    member = make_user(loaded, "hanna@hidden.example", "member", "t-hidden")
    with browser_for(app, member) as own:
        assert page(own, f"/organisations/{hidden}").find(cls="hidden-profile")
        assert page(own, f"/organisations/{hidden}/edit").find("form")
        assert own.get(f"/organisations/{hidden}/delete").status_code == 403
    assert page(web, "/organisations/99999", status=404).find("h1").text == "Not found"


def test_anonymous_organisation_never_shows_its_name(
    web: TestClient, visitor: TestClient, loaded: Runtime
) -> None:
    anon = org_id(loaded, "t-anon")
    doc = page(visitor, f"/organisations/{anon}")
    assert doc.find("h1").text == "Anonymous public body in Hagen"
    assert doc.find(cls="anonymous").text.startswith("This organisation publishes its profile anonymously")
    pages = [
        doc,
        page(web, f"/organisations/{anon}/edit"),  # even a manager's form does not carry the name
        page(visitor, "/?q=leak+detection+water+network"),
        page(visitor, "/"),
        page(visitor, f"/organisations/{org_id(loaded, 't-uni-water')}"),
    ]
    for seen in pages:
        assert "Geheime" not in seen.text
        assert not any("Geheime" in v for n in seen.find_all("input") for v in n.attrs.values())
    assert "Anonymous public body in Hagen" in pages[2].text
    assert page(web, f"/organisations/{anon}").find("h1").text == "Geheime Wasserwerke"  # managers know it


def test_no_contact_person_appears_on_any_page_for_a_visitor(visitor: TestClient, loaded: Runtime) -> None:
    secrets: set[str] = set()
    for line in ECOSYSTEM.read_text(encoding="utf-8").splitlines():
        for contact in json.loads(line).get("contacts", []):
            secrets.update(v for v in contact.values() if v)
    assert "Petra Sommer" in secrets
    urls = ["/", "/?q=fuel+cell", "/about", "/organisations/new", "/login"]
    for org in loaded.indexer.engine.catalogue.orgs.values():
        if org.visibility != "hidden":
            urls += [f"/organisations/{org.id}", f"/organisations/{org.id}/edit"]
            urls += [f"/opportunities/{o.id}/edit" for o in org.opportunities]
    for url in urls:
        html = visitor.get(url).text
        leaked = [s for s in secrets if s in html]
        assert not leaked, f"{url} shows {leaked}"


# --- creating and editing ---------------------------------------------------------------------------------------


def test_create_form_shows_errors_next_to_the_fields_and_keeps_the_input(web: TestClient) -> None:
    doc = page(web, "/organisations/new")
    assert doc.find("input", name="country").attrs["value"] == "DE"
    response = web.post(
        "/organisations/new",
        data=org_payload(
            name="", founding_year="abc", sectors=["hydrogen", "nonsense"], website="example.org"
        ),
    )
    assert response.status_code == 422
    doc = parse(response.text)
    assert "whole number" in field_error(doc, "founding_year")
    assert "nonsense" in field_error(doc, "sectors")
    assert "Please fill in" in field_error(doc, "name")
    assert "http" in field_error(doc, "website")
    assert field_error(doc, "city") == ""
    assert doc.find("input", name="founding_year").attrs["value"] == "abc"
    assert doc.find("input", name="founding_year").attrs["aria-invalid"] == "true"
    assert doc.find("input", name="city").attrs["value"] == "Bochum"
    assert "load testing of PEM" in doc.find("textarea", name="description").text
    assert [i.attrs["value"] for i in doc.find_all("input", name="sectors", checked="")] == ["hydrogen"]
    assert doc.find(cls="alert").text.startswith("Please correct")


def test_too_many_keywords_and_a_taken_ref_are_refused_at_the_field(web: TestClient) -> None:
    response = web.post("/organisations/new", data=org_payload(technology_keywords="a, b, c; d, e, f"))
    assert response.status_code == 422
    assert "At most 5 keywords" in field_error(parse(response.text), "technology_keywords")
    response = web.post("/organisations/new", data=org_payload(ref="t-fuelcell-co"))
    assert response.status_code == 409
    doc = parse(response.text)
    assert "already uses this reference" in field_error(doc, "ref")
    assert doc.find("input", name="name").attrs["value"] == "Prüflabor Kaltstart GmbH"


def test_a_new_profile_is_suggested_to_a_fitting_organisation_right_away(
    web: TestClient, loaded: Runtime
) -> None:
    response = web.post("/organisations/new", data=org_payload(), follow_redirects=False)
    assert response.status_code == 303
    new_url = response.headers["location"]
    new_id = int(new_url.rsplit("/", 1)[1])
    doc = page(web, new_url)
    assert doc.find("h1").text == "Prüflabor Kaltstart GmbH"
    assert [s.text for s in doc.find("dd", cls="sectors").find_all(cls="tag")] == ["Hydrogen", "Energy"]

    fuelcell = f"/organisations/{org_id(loaded, 't-fuelcell-co')}"
    assert new_id in match_ids(page(web, fuelcell))  # by its profile alone

    response = web.post(
        f"{new_url}/opportunities/new",
        data={
            "direction": "offer",
            "type": "facility",
            "title": "Cold-start and load testing of fuel-cell stacks",
            "summary": "We validate PEM fuel-cell stacks under dynamic load and cold start in a climate chamber.",
            "keywords": "fuel cell, stack testing",
            "expires_at": "2099-06-30",
            "status": "published",
            "stage": "",
            "trl": "7",
            "description": "",
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"{new_url}#opp-")
    doc = page(web, fuelcell)
    new_match = doc.find("li", cls="match", data_org_id=str(new_id))
    assert "The partner offers: Cold-start and load testing of fuel-cell stacks" in new_match.text
    assert match_ids(doc).index(new_id) < 3


def test_edit_an_organisation(web: TestClient, visitor: TestClient, loaded: Runtime) -> None:
    url = f"/organisations/{org_id(loaded, 't-vision-startup')}"
    doc = page(web, f"{url}/edit")
    assert doc.find("input", name="name").attrs["value"] == "Sehwerk AI"
    assert doc.find("input", name="technology_keywords").attrs["value"] == "computer vision, deep learning"
    assert doc.find("select", name="kind").find("option", selected="").attrs["value"] == "startup"
    values = {
        n.attrs["name"]: n.attrs.get("value", "")
        for n in doc.find_all("input")
        if n.attrs.get("type") != "checkbox"
    }
    values.update(
        description="Sehwerk AI inspects weld seams with thermal cameras.",
        technology_keywords="thermal imaging",
        city="Dortmund",
        competences="weld inspection",
        kind="startup",
        size_band="micro",
        visibility="public",
    )
    response = web.post(f"{url}/edit", data={**values, "sectors": ["ai_data"]}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == url
    doc = page(web, url)
    assert "weld seams with thermal cameras" in doc.find(cls="description").text
    assert "Dortmund" in doc.find("dl", cls="facts").text
    assert [s.text for s in doc.find("dd", cls="sectors").find_all(cls="tag")] == ["AI & data"]

    response = web.post(f"{url}/edit", data={**values, "website": "ftp://nope", "country": "Germany"})
    assert response.status_code == 422
    doc = parse(response.text)
    assert field_error(doc, "website") and "two-letter" in field_error(doc, "country")

    response = web.post(f"{url}/edit", data={**values, "ref": "t-steel-co", "description": "changed"})
    assert response.status_code == 409
    assert "already uses this reference" in field_error(parse(response.text), "ref")
    assert stored_org(loaded, "t-vision-startup").description.startswith("Sehwerk AI inspects weld seams")

    response = web.post(f"{url}/edit", data={**values, "visibility": "hidden"})
    assert response.status_code == 200
    assert "hidden now" in parse(response.text).find("section", cls="message").text
    assert visitor.get(url).status_code == 404
    assert page(web, url).find(cls="hidden-profile")  # its editors still reach it, and can publish it again
    response = web.post(f"{url}/edit", data={**values, "visibility": "public"}, follow_redirects=False)
    assert response.status_code == 303
    assert visitor.get(url).status_code == 200


def test_editing_an_anonymous_profile_keeps_its_hidden_name(web: TestClient, loaded: Runtime) -> None:
    url = f"/organisations/{org_id(loaded, 't-anon')}"
    doc = page(web, f"{url}/edit")
    values = {n.attrs["name"]: n.attrs.get("value", "") for n in doc.find_all("input") if n.attrs.get("name")}
    values["description"] = "A public water utility in the south of the Ruhr."
    values["visibility"] = "anonymous"
    assert values["name"] == ""
    response = web.post(f"{url}/edit", data=values, follow_redirects=False)
    assert response.status_code == 303
    assert stored_org(loaded, "t-anon").name == "Geheime Wasserwerke"
    assert "south of the Ruhr" in page(web, url).text


def test_edit_and_delete_an_opportunity(web: TestClient, loaded: Runtime) -> None:
    owner = f"/organisations/{org_id(loaded, 't-vision-startup')}"
    opp = next(
        o
        for o in loaded.indexer.engine.catalogue.orgs[org_id(loaded, "t-vision-startup")].opportunities
        if o.direction == "request"
    )
    doc = page(web, f"/opportunities/{opp.id}/edit")
    assert doc.find("input", name="title").attrs["value"] == "Pilot customer in metal processing"
    form = {
        "direction": "request",
        "type": "pilot",
        "title": "Pilot line in sheet-metal forming",
        "summary": "A press line to test our inspection on.",
        "description": "",
        "stage": "prototype",
        "trl": "12",
        "keywords": "pilot",
        "expires_at": "2099-01-01",
        "status": "published",
    }
    response = web.post(f"/opportunities/{opp.id}/edit", data=form)
    assert response.status_code == 422
    assert "at most 9" in field_error(parse(response.text), "trl")
    response = web.post(f"/opportunities/{opp.id}/edit", data={**form, "trl": "6"}, follow_redirects=False)
    assert response.status_code == 303
    article = page(web, owner).find("article", id=f"opp-{opp.id}")
    assert article.find("h4").text == "Pilot line in sheet-metal forming"
    assert "Prototype" in article.text and "TRL 6" in article.text

    confirm = web.post(f"/opportunities/{opp.id}/delete", data={})
    assert confirm.status_code == 200
    assert parse(confirm.text).find("input", name="confirm").attrs["value"] == "yes"
    response = web.post(f"/opportunities/{opp.id}/delete", data={"confirm": "yes"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == owner
    assert not page(web, owner).find_all("article", id=f"opp-{opp.id}")
    assert web.get(f"/opportunities/{opp.id}/edit").status_code == 404


def test_opportunity_form_needs_direction_type_and_title(web: TestClient, loaded: Runtime) -> None:
    url = f"/organisations/{org_id(loaded, 't-steel-co')}/opportunities/new"
    doc = page(web, f"{url}?direction=offer")
    assert doc.find("select", name="direction").find("option", selected="").attrs["value"] == "offer"
    response = web.post(url, data={"direction": "", "type": "", "title": "ab", "expires_at": "next year"})
    assert response.status_code == 422
    doc = parse(response.text)
    for name in ("direction", "type", "title", "expires_at"):
        assert field_error(doc, name), name


def test_delete_an_organisation_after_confirming(web: TestClient, loaded: Runtime) -> None:
    url = f"/organisations/{org_id(loaded, 't-chem-co')}"
    doc = page(web, f"{url}/delete")
    assert doc.find("h1").text == "Delete Emscher Chemie GmbH?"
    response = web.post(f"{url}/delete", data={"confirm": "yes"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert web.get(url).status_code == 404
    assert "Emscher Chemie" not in page(web, "/").text
    assert "Emscher Chemie" not in page(web, f"/organisations/{org_id(loaded, 't-vr-studio')}").text


# --- language, escaping, about -----------------------------------------------------------------------------------


def test_german_interface(web: TestClient, loaded: Runtime) -> None:
    assert page(web, "/").find("html").attrs["lang"] == "en"
    response = web.get("/?lang=de")
    assert "lang=de" in response.headers["set-cookie"]
    doc = parse(response.text)
    assert doc.find("html").attrs["lang"] == "de"
    assert doc.find("h1").text == "Partner finden"
    assert doc.find("a", cls="lang").attrs["href"] == "/?lang=en"
    doc = page(web, f"/organisations/{org_id(loaded, 't-fuelcell-co')}")  # the cookie keeps German
    assert doc.find("h2", id="matches-title").text == "Vorgeschlagene Partner"
    assert [s.text for s in doc.find("dd", cls="sectors").find_all(cls="tag")] == ["Wasserstoff", "Mobilität"]
    assert "Der Partner bietet, was diese Organisation sucht" in doc.text
    assert "Load testing of fuel-cell stacks" in doc.text  # data as entered
    response = web.post("/organisations/new", data=org_payload(founding_year="abc"))
    assert "ganze Zahl" in field_error(parse(response.text), "founding_year")

    web.cookies.clear()
    assert page(web, "/").find("h1").text == "Find partners"
    web.headers["accept-language"] = "de-DE,de;q=0.9,en;q=0.8"
    assert page(web, "/about").find("h1").text == "Über Matchwerk"


def test_language_choice() -> None:
    assert i18n.from_accept_language("de-DE,de;q=0.9,en;q=0.8") == "de"
    assert i18n.from_accept_language("fr-FR, en;q=0.5, de;q=0.7") == "de"
    assert i18n.from_accept_language("fr, it") is None
    assert i18n.from_accept_language("en-GB,de;q=0") == "en"


def test_markup_in_profile_text_is_escaped(web: TestClient) -> None:
    response = web.post(
        "/organisations/new",
        data=org_payload(
            ref="t-xss", name='<img src=x onerror="alert(1)"> GmbH', description="<script>alert(1)</script>"
        ),
        follow_redirects=False,
    )
    assert response.status_code == 303
    html = web.get(response.headers["location"]).text
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    doc = parse(html)
    assert not doc.find_all("script") and not doc.find_all("img")
    assert doc.find("h1").text == '<img src=x onerror="alert(1)"> GmbH'
    search = web.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E").text
    assert "<script>alert(1)" not in search and not parse(search).find_all("script")


def test_about_page_counts_the_ecosystem(web: TestClient, loaded: Runtime) -> None:
    doc = page(web, "/about")
    status = loaded.indexer.status()
    assert doc.find("dd", data_count="organisations").text == str(status.organisations)
    assert doc.find("dd", data_count="offers").text == str(status.counts["offers"])
    assert doc.find("dd", data_count="requests").text == str(status.counts["requests"])
    assert "invented" in doc.find(cls="demo").text


@pytest.mark.parametrize("url", ["/", "/organisations/new", "OPP_NEW", "ORG_PAGE"])
def test_every_form_control_has_a_label(web: TestClient, loaded: Runtime, url: str) -> None:
    some_org = org_id(loaded, "t-fuelcell-co")
    url = {
        "OPP_NEW": f"/organisations/{some_org}/opportunities/new",
        "ORG_PAGE": f"/organisations/{some_org}",
    }.get(url, url)
    doc = page(web, url)
    labelled = {label.attrs.get("for") for label in doc.find_all("label")}
    inside_labels = {id(n) for label in doc.find_all("label") for n in label.find_all("input")}
    for control in doc.find_all("input") + doc.find_all("select") + doc.find_all("textarea"):
        if control.attrs.get("type") == "hidden" or id(control) in inside_labels:
            continue
        assert control.attrs.get("id") in labelled, f"{url}: {control.attrs} has no label"
