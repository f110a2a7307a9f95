"""A whole talent round in a real browser: a manager creates the programme and opens it, the steel company's
member proposes a project, the manager proposes one for the institute and opens both; a student applies (her
missing consent first stores nothing), reads the projects the engine suggests and why, and ranks two; the
manager allocates, reads why each person is where, locks a placement and publishes the teams; the student sees
her project and the host's member sees the team.

Four people in four browser contexts of Debian's Chromium (Playwright with `executable_path`) against a real
uvicorn server. Screenshots of every step go to test-output/browser/talent/.
"""

from __future__ import annotations

import pytest

from tests.conftest import Person
from tests.introductions.test_workspace_browser import browser, person_page  # noqa: F401  (browser: a fixture)
from tests.web.test_browser import SCREENSHOTS, server, sync_api  # noqa: F401  (server: a fixture)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "talent"


def snap(page: sync_api.Page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)


def propose(page: sync_api.Page, title: str, description: str, skills: str, host: str = "") -> None:
    form = page.locator("form.propose")
    if host:
        form.get_by_label("Host (the organisation's reference)").fill(host)
    form.locator("#f-title").fill(title)
    form.get_by_label("What the team will do").fill(description)
    form.get_by_label("Skills needed").fill(skills)
    form.get_by_label("Team size at least").fill("1")
    form.get_by_label("Team size at most").fill("3")
    form.get_by_role("button", name="Propose").click()


def test_a_whole_round_through_the_pages(
    browser: sync_api.Browser,  # noqa: F811
    server: str,  # noqa: F811
    talent_people: dict[str, Person],
) -> None:
    expect = sync_api.expect
    anna = person_page(browser, server, talent_people["manager"])
    sam = person_page(browser, server, talent_people["steel"])
    pia = person_page(browser, server, talent_people["pia"])
    ole = person_page(browser, server, talent_people["institute"])

    # 1. Anna creates the programme and opens it
    anna.get_by_role("link", name="Talent", exact=True).click()
    anna.get_by_role("link", name="New programme").click()
    anna.get_by_label("Run by (the organisation's reference)").fill("t-uni-water")
    anna.locator("#f-name").fill("Innovation Semester 2027")
    anna.locator("#f-starts_on").fill("2027-03-01")
    anna.locator("#f-ends_on").fill("2027-06-30")
    snap(anna, "01-new-programme")
    anna.get_by_role("button", name="Create").click()
    expect(anna.get_by_role("heading", level=1)).to_have_text("Innovation Semester 2027")
    programme_url = anna.url
    anna.get_by_role("button", name="Open for applications").click()
    expect(anna.locator("article.programme .badge.status").first).to_have_text("Open for applications")

    # 2. Sam proposes his company's project; Anna one for the institute, and opens both
    sam.goto(programme_url)
    propose(
        sam,
        "Camera inspection of sheet steel",
        "Find surface defects on rolled sheet steel with cameras and image recognition.",
        "computer vision, python",
    )
    expect(sam.locator("li.project .badge.status")).to_have_text("Proposed")
    anna.reload()
    propose(
        anna,
        "Particulate matter on construction sites",
        "Build low-cost sensors that measure fine dust on building sites.",
        "electronics, data analysis",
        host="t-h2-institute",
    )
    for title in ("Camera inspection of sheet steel", "Particulate matter on construction sites"):
        anna.locator("li.project", has_text=title).get_by_role("button", name="Open for choices").click()
        expect(anna.locator("li.project", has_text=title).locator(".badge.status")).to_have_text("Open")
    snap(anna, "02-projects")

    # 3. Pia applies: without consent nothing is stored; then she ranks what the engine suggests
    pia.goto(programme_url)
    pia.get_by_role("link", name="Apply").click()
    pia.locator("#f-name").fill("Pia Pixel")
    pia.locator("#f-track").select_option("student")
    pia.locator("#f-institution").fill("Universität Emschertal")
    pia.get_by_label("Your skills").fill("python, computer vision")
    pia.get_by_label("What interests you").fill("image recognition for industrial quality inspection")
    pia.get_by_role("button", name="Send the application").click()
    expect(pia.locator("#e-consent")).to_have_text("Please agree, or nothing of your application is stored.")
    pia.locator("fieldset[data-field=consent] input").check()
    snap(pia, "03-application")
    pia.get_by_role("button", name="Send the application").click()
    first = pia.locator("li.suggestion").first
    expect(first).to_contain_text("Camera inspection of sheet steel")
    expect(first.locator(".why")).to_contain_text("you bring")
    pia.get_by_label("Choice 1").select_option(
        label="Camera inspection of sheet steel (Dortmunder Blechwerke AG)"
    )
    pia.get_by_label("Choice 2").select_option(index=2)
    snap(pia, "04-choices")
    pia.get_by_role("button", name="Save the choices").click()
    expect(pia.get_by_label("Choice 1").locator("option:checked")).to_contain_text("Camera inspection")

    # 4. Anna allocates, reads why, locks Pia's placement and publishes the teams
    anna.goto(programme_url)
    anna.locator("nav.talent-nav").get_by_role("link", name="Participants and allocation").click()
    expect(anna.locator("tr.talent-participant")).to_have_count(1)
    anna.get_by_label("Seconds for the solver").fill("5")
    anna.get_by_role("button", name="Allocate").click()
    placement = anna.locator("tr.placement", has_text="Pia Pixel")
    expect(placement.locator(".reason")).to_contain_text("choice")
    expect(anna.locator("svg.chart")).to_be_visible()
    placement.get_by_role("button", name="Lock").click()
    expect(anna.locator("tr.placement", has_text="Pia Pixel")).to_have_attribute("data-locked", "yes")
    snap(anna, "05-allocation")
    anna.get_by_role("button", name="Publish the teams").click()
    expect(anna.locator("article.programme .badge.status").first).to_have_text("Under way")

    # 5. Pia sees her project and why; the host's member of the other project sees no team of it
    pia.reload()
    expect(pia.locator("section.placement .project-title")).to_have_text("Camera inspection of sheet steel")
    expect(pia.locator("section.placement .reason")).not_to_be_empty()
    snap(pia, "06-my-project")
    sam.goto(programme_url)
    sam.locator("li.project", has_text="Camera inspection").get_by_role("link", name="The team").click()
    expect(sam.locator("tr.member")).to_contain_text("Pia Pixel")
    expect(sam.locator("tr.member")).to_contain_text("pia@talent.example")
    snap(sam, "07-host-team")
    ole.goto(programme_url)
    expect(
        ole.locator("li.project", has_text="Camera inspection").get_by_role("link", name="The team")
    ).to_have_count(0)
