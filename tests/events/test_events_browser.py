"""A whole matchmaking event in a real browser: a manager creates the event through its form and opens
registration, a start-up's founder registers herself, the manager imports the other participants from a CSV
file (a bad file first: its row and field are named and nothing is written), opens the requests; the founder
is told whom to meet and why and asks the steel company, whose member accepts; the manager solves the schedule,
reads why each meeting is where it is, confirms it; the founder's agenda shows the meeting and its calendar file
answers text/calendar; on the day the manager checks her in and marks the meeting held, she reports the outcome,
and the manager reads the dashboard.

Three people in three browser contexts of Debian's Chromium (Playwright with `executable_path`) against a real
uvicorn server. Screenshots of every step go to test-output/browser/events/.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from matcher.runtime import Runtime
from tests.conftest import Person, make_user
from tests.introductions.test_workspace_browser import browser, person_page  # noqa: F401  (browser: a fixture)
from tests.web.test_browser import SCREENSHOTS, server, sync_api  # noqa: F401  (server: a fixture)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "events"
CSV = """name,email,role,organisation_ref,intents,looking_for,description
Sam Steel,sam@steel.example,company,t-steel-co,pilot,startup,Sheet steel needs visual inspection of surface defects
Ina Invest,ina@fund.example,investor,,investing,startup,An early-stage fund for industrial start-ups
"""


def snap(page: sync_api.Page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)


@pytest.fixture
def cast(loaded: Runtime, people: dict[str, Person]) -> Iterator[dict[str, Person]]:
    yield {**people, "vision": make_user(loaded, "vera@vision.example", "member", "t-vision-startup")}


def step(page: sync_api.Page, name: str) -> None:
    """Go to one of the event's steps through its own navigation."""
    page.locator("nav.event-nav").get_by_role("link", name=name, exact=True).click()


def test_a_whole_event_through_the_pages(
    browser: sync_api.Browser,  # noqa: F811
    server: str,  # noqa: F811
    cast: dict[str, Person],
    tmp_path: Path,
) -> None:
    expect = sync_api.expect
    anna = person_page(browser, server, cast["manager"])
    vera = person_page(browser, server, cast["vision"])
    sam = person_page(browser, server, cast["steel"])

    # 1. Anna creates the event with its windows and tables, and opens registration
    anna.get_by_role("link", name="Events", exact=True).click()
    anna.get_by_role("link", name="New event").click()
    anna.get_by_label("Organiser (the organisation's reference)").fill("t-chem-co")
    anna.locator("#f-name").fill("Ruhr Start-up Day")
    anna.get_by_label("Venue", exact=True).fill("Zeche Zollverein")
    anna.get_by_label("Session windows").fill("2027-05-06 09:00-10:40\n2027-05-06 11:00-12:00")
    anna.get_by_label("Tables", exact=True).fill("T1, Hall 2, 2\nT2, Hall 2, 4")
    snap(anna, "01-new-event")
    anna.get_by_role("button", name="Create").click()
    expect(anna.get_by_role("heading", level=1)).to_have_text("Ruhr Start-up Day")
    expect(anna.locator("article.event .badge.status")).to_have_text("Draft")
    event_url = anna.url
    anna.get_by_role("button", name="Open registration").click()
    expect(anna.locator("article.event .badge.status")).to_have_text("Registration open")

    # 2. Vera registers herself on the event's page
    vera.get_by_role("link", name="Events", exact=True).click()
    vera.get_by_role("link", name="Ruhr Start-up Day").click()
    vera.locator("#f-name").fill("Vera Vision")
    vera.locator("#f-role").select_option("startup")
    vera.get_by_label("Your organisation's reference").fill("t-vision-startup")
    vera.locator("form.register").get_by_label("A pilot project").check()
    vera.get_by_label("What you offer and look for").fill(
        "Camera-based inspection of sheet steel surfaces at the press exit"
    )
    snap(vera, "02-register")
    vera.get_by_role("button", name="Register").click()
    expect(vera.locator(".registered")).to_contain_text("You are registered as")

    # 3. Anna imports the others: a bad file is refused with its row and field, the right one goes in
    step(anna, "Participants")
    bad = tmp_path / "bad.csv"
    bad.write_text(CSV.replace("ina@fund.example,investor", "ina@fund.example,wizard"), encoding="utf-8")
    anna.get_by_label("CSV file").set_input_files(str(bad))
    anna.get_by_role("button", name="Import").click()
    expect(anna.locator("#e-csv")).to_contain_text("The import wrote nothing")
    expect(anna.locator("tr.import-error").first).to_contain_text("role")
    expect(anna.locator("tr.participant")).to_have_count(1)
    snap(anna, "03-import-refused")
    good = tmp_path / "participants.csv"
    good.write_text(CSV, encoding="utf-8")
    anna.get_by_label("CSV file").set_input_files(str(good))
    anna.get_by_role("button", name="Import").click()
    expect(anna.locator(".notice")).to_have_text("2 added, 0 updated.")
    expect(anna.locator("tr.participant")).to_have_count(3)
    anna.goto(event_url)
    anna.get_by_role("button", name="Open meeting requests").click()
    expect(anna.locator("article.event .badge.status")).to_have_text("Meeting requests")

    # 4. Vera is told whom to meet and why, and asks Sam; Sam accepts
    vera.reload()
    vera.get_by_role("link", name="Whom to meet").first.click()
    suggestion = vera.locator("li.recommendation", has_text="Sam Steel")
    expect(suggestion.locator(".why li").first).to_be_visible()
    suggestion.get_by_label("How much").select_option("must")
    suggestion.get_by_label("Message").fill("Could we look at your press line?")
    snap(vera, "04-whom-to-meet")
    suggestion.get_by_role("button", name="Ask to meet Sam Steel").click()
    expect(vera.locator("section.sent tr.meeting-request .badge.status")).to_have_text("Pending")
    sam.goto(event_url)
    sam.get_by_role("link", name="Meeting requests").first.click()
    asked = sam.locator("section.received tr.meeting-request")
    expect(asked).to_contain_text("Could we look at your press line?")
    expect(asked.locator(".badge.priority")).to_have_text("Must meet")
    snap(sam, "05-request-received")
    asked.get_by_role("button", name="Accept").click()
    expect(sam.locator("section.received tr.meeting-request .badge.status")).to_have_text("Accepted")

    # 5. Anna solves the schedule, reads why, and confirms it
    anna.goto(event_url)
    step(anna, "Schedule")
    anna.get_by_label("Seconds for the solver").fill("5")
    anna.get_by_role("button", name="Solve", exact=True).click()
    expect(anna.locator("section.solve-result")).to_contain_text("Meetings placed: 1;")
    meeting = anna.locator("tr.meeting").first
    expect(meeting).to_contain_text("Vera Vision")
    expect(meeting.locator(".reason")).to_contain_text("asked to meet")
    expect(meeting.locator(".reason")).to_contain_text("09:")  # the slot by the region's clock
    snap(anna, "06-provisional-schedule")
    anna.get_by_role("button", name="Confirm the schedule").click()
    expect(anna.locator(".badge.schedule-state")).to_contain_text("Confirmed")

    # 6. Vera's agenda shows the meeting, printable, with its calendar file
    vera.goto(event_url)
    vera.get_by_role("link", name="Your agenda").click()
    expect(vera.locator("tr.agenda-meeting")).to_contain_text("Sam Steel")
    expect(vera.locator("tr.agenda-meeting .contact")).to_contain_text("sam@steel.example")
    snap(vera, "07-agenda")
    href = vera.get_by_role("link", name="Download as a calendar (ICS)").get_attribute("href")
    calendar = vera.request.get(f"{server}{href}")
    assert calendar.status == 200 and calendar.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in calendar.text()

    # 7. the day: Anna publishes, starts, checks Vera in and marks the meeting held
    anna.goto(event_url)
    anna.get_by_role("button", name="Publish the schedule").click()
    anna.get_by_role("button", name="Start the event").click()
    expect(anna.locator("article.event .badge.status")).to_have_text("Under way")
    step(anna, "Participants")
    anna.get_by_role("button", name="Check in Vera Vision").click()
    expect(anna.locator("tr.participant", has_text="Vera Vision")).to_have_attribute("data-checked-in", "yes")
    step(anna, "Schedule")
    anna.locator("tr.meeting").first.get_by_role("button", name="Held").click()
    expect(anna.locator("tr.meeting").first.locator(".badge.status")).to_have_text("Held")

    # 8. Vera reports the outcome; Anna reads the dashboard
    vera.reload()
    vera.locator("tr.agenda-meeting").get_by_role("link", name="Sam Steel").click()
    vera.get_by_label("Outcome").select_option("cooperation_agreement")
    vera.get_by_label("Note").fill("A pilot on press line 3 from June.")
    vera.get_by_role("button", name="Record the outcome").click()
    expect(vera.locator("li.follow-up")).to_contain_text("Cooperation agreement reached")
    snap(vera, "08-follow-up")
    anna.goto(event_url)
    step(anna, "Dashboard")
    expect(anna.locator('[data-count="meetings"]')).to_have_text("1")
    expect(anna.locator('[data-count="checked_in"]')).to_have_text("1")
    expect(anna.locator("svg.chart").first).to_be_visible()
    snap(anna, "09-dashboard")
