"""The transfer manager's workspace in a real browser: a member asks for an introduction, a manager approves and
sends it, both sides accept, the contacts appear, an outcome is recorded, and it shows in the report.

Three people in three browser contexts (each with its own cookies) of Debian's Chromium, driven by Playwright
with `executable_path`, against a real uvicorn server. Screenshots of every step go to
test-output/browser/workspace/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from matcher.runtime import Runtime
from tests.conftest import PASSWORD, Person, org_id
from tests.web.test_browser import CHROMIUM, SCREENSHOTS, server, sync_api  # noqa: F401  (server: a fixture)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "workspace"


@pytest.fixture
def browser(server: str) -> Iterator[sync_api.Browser]:  # noqa: F811
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield chromium
        finally:
            chromium.close()


def person_page(browser: sync_api.Browser, server: str, person: Person) -> sync_api.Page:  # noqa: F811
    """A browser context of its own for one person, logged in through the login form."""
    context = browser.new_context(base_url=server, locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/")
    page.get_by_role("link", name="Log in").click()
    page.get_by_label("E-mail").fill(person.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    sync_api.expect(page.locator(".user-name")).to_have_text(person.email)
    return page


def snap(page: sync_api.Page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)


def open_introduction(page: sync_api.Page, number: int) -> None:
    page.get_by_role("link", name="Introductions", exact=True).click()
    page.locator(f"li.card[data-intro-id='{number}'] a").click()


def test_from_request_to_cooperation_in_the_report(
    browser: sync_api.Browser,
    server: str,  # noqa: F811
    loaded: Runtime,
    people: dict[str, Person],
) -> None:
    expect = sync_api.expect
    fuelcell, institute = org_id(loaded, "t-fuelcell-co"), org_id(loaded, "t-h2-institute")
    lena = person_page(browser, server, people["fuelcell"])
    anna = person_page(browser, server, people["manager"])
    ole = person_page(browser, server, people["institute"])

    # 1. Lena (Ruhrstack) asks for an introduction to a suggested partner, the hydrogen institute
    lena.goto(f"/organisations/{fuelcell}")
    expect(lena.locator(".contacts .contact-name")).to_have_text("Petra Sommer")  # her own contacts
    suggestion = lena.locator(f"li.match[data-org-id='{institute}']")
    suggestion.locator("summary").click()
    suggestion.get_by_label("Message").fill("We would like to load-test our new stack on your bench.")
    snap(lena, "01-member-asks")
    suggestion.get_by_role("button", name="Send the request").click()
    expect(lena.get_by_role("heading", level=1)).to_have_text(
        "Ruhrstack Antriebe GmbH and Institut für Wasserstoffprüfung Duisburg"
    )
    expect(lena.locator("article.introduction")).to_have_attribute("data-status", "suggested")
    number = int(re.search(r"/introductions/(\d+)$", lena.url).group(1))  # type: ignore[union-attr]
    expect(lena.locator(".for-a .need-offer")).to_contain_text("Fuel-cell test bench")
    snap(lena, "02-request-sent")

    # 2. Anna (manager) edits the message, approves and sends it
    open_introduction(anna, number)
    anna.get_by_role("textbox", name="Message").fill(
        "Dear Lena, dear Ole: you should talk about stack testing."
    )
    anna.get_by_role("button", name="Save the message").click()
    anna.get_by_role("button", name="Approve").click()
    expect(anna.locator("article.introduction")).to_have_attribute("data-status", "approved")
    anna.get_by_role("textbox", name="Note").fill("e-mail sent to both")
    anna.get_by_role("button", name="Mark as sent").click()
    expect(anna.locator("article.introduction")).to_have_attribute("data-status", "sent")
    snap(anna, "03-manager-sent")

    # 3. both sides accept; only then do the contacts open up
    lena.goto(f"/organisations/{institute}")
    expect(lena.locator(".contacts-hidden")).to_be_visible()
    open_introduction(ole, number)
    expect(ole.locator(".message p.long")).to_have_text(
        "Dear Lena, dear Ole: you should talk about stack testing."
    )
    ole.get_by_role("button", name="Accept the introduction").click()
    expect(ole.locator(".side[data-side=b] .consent")).to_have_text("accepted")
    expect(ole.locator("article.introduction")).to_have_attribute("data-status", "sent")
    snap(ole, "04-first-side-accepts")
    open_introduction(lena, number)
    lena.get_by_role("button", name="Accept the introduction").click()
    expect(lena.locator("article.introduction")).to_have_attribute("data-status", "accepted")
    expect(lena.locator(".contacts-open")).to_be_visible()
    snap(lena, "05-both-accepted")

    # 4. the contacts appear on both sides
    lena.goto(f"/organisations/{institute}")
    expect(lena.locator(".contacts .contact-name")).to_have_text("Jonas Berg")
    snap(lena, "06-contacts-appear")
    ole.goto(f"/organisations/{fuelcell}")
    expect(ole.locator(".contacts .contact-name")).to_have_text("Petra Sommer")

    # 5. they meet, and Lena records a cooperation
    open_introduction(ole, number)
    ole.get_by_role("button", name="We have met").click()
    expect(ole.locator("article.introduction")).to_have_attribute("data-status", "met")
    open_introduction(lena, number)
    lena.get_by_label("What came of it for Ruhrstack Antriebe GmbH").select_option("cooperation")
    lena.get_by_role("button", name="Record the outcome").click()
    expect(lena.locator("article.introduction")).to_have_attribute("data-status", "cooperation")
    expect(lena.locator(".side[data-side=a] .outcome")).to_have_text("Cooperation agreement reached")
    expect(lena.locator("tr.event", has_text="met → cooperation")).to_be_visible()
    snap(lena, "07-outcome-recorded")

    # 6. the report counts it
    anna.get_by_role("link", name="Reports").click()
    expect(anna.locator("table.funnel tr[data-step=cooperation] td.num")).to_have_text("1")
    expect(anna.locator("p.conversion")).to_have_text("Conversion from sent to cooperation: 100 %")
    bar = anna.locator(".funnel-chart rect.chart-bar[data-label='Cooperation']")
    assert bar.get_attribute("data-value") == "1"
    box = bar.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 10, "the cooperation bar is not drawn"
    column = anna.locator(".months-chart rect.chart-bar[data-status='cooperation']").bounding_box()
    assert column is not None and column["height"] > 20, "the month's column is not drawn"
    snap(anna, "08-report")
    for page in (lena, anna, ole):
        page.context.close()
