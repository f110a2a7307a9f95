"""A corporate challenge's whole round in a real browser: the owner's member creates and opens a challenge, a
manager approves the engine's invitation, the invited start-up applies and submits, the manager screens,
assigns the jury, the juror reviews (the applicant unnamed: a blind review), the manager ranks and shortlists,
plans the pitch day (its calendar answers text/calendar), decides, sends the decisions, and records the winner's
pilot, which appears in the introductions' pipeline; the owner closes the round and reads its report.

Three people in three browser contexts of Debian's Chromium (Playwright with `executable_path`) against a real
uvicorn server. Screenshots of every step go to test-output/browser/challenges/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from matcher.runtime import Runtime
from tests.conftest import Person, make_user
from tests.introductions.test_workspace_browser import browser, person_page  # noqa: F401  (browser: a fixture)
from tests.web.test_browser import SCREENSHOTS, server, sync_api  # noqa: F401  (server: a fixture)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "challenges"


def snap(page: sync_api.Page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)


@pytest.fixture
def cast(loaded: Runtime, people: dict[str, Person]) -> Iterator[dict[str, Person]]:
    yield {**people, "vision": make_user(loaded, "vera@vision.example", "member", "t-vision-startup")}


def step(page: sync_api.Page, name: str) -> None:
    """Go to one of the round's steps through the challenge's own navigation."""
    page.locator("nav.round-nav").get_by_role("link", name=name, exact=True).click()


def test_a_whole_round_through_the_pages(
    browser: sync_api.Browser,  # noqa: F811
    server: str,  # noqa: F811
    cast: dict[str, Person],
) -> None:
    expect = sync_api.expect
    sam = person_page(browser, server, cast["steel"])  # the owner's member, and the juror
    anna = person_page(browser, server, cast["manager"])
    vera = person_page(browser, server, cast["vision"])

    # 1. Sam (Dortmunder Blechwerke) creates the challenge as a draft and opens it
    sam.get_by_role("link", name="Challenges", exact=True).click()
    sam.get_by_role("link", name="New challenge").click()
    sam.get_by_label("Title").fill("Fewer defects on pressed sheet steel")
    sam.get_by_label("Problem statement").fill(
        "Our press line makes car body parts; surface defects are found too late, after painting."
    )
    sam.get_by_label("Solutions of interest").fill("Camera-based inspection of sheet steel at the press.")
    sam.get_by_label("Must-have requirements").fill("detects surface defects on sheet steel")
    sam.get_by_label("Budget or pilot offered").fill("A paid pilot of three months on one press line.")
    sam.get_by_label("Pitch slots").fill("1")
    sam.get_by_label("Reviews per application").fill("1")
    sam.get_by_label("Blind review").check()
    snap(sam, "01-new-challenge")
    sam.get_by_role("button", name="Create").click()
    expect(sam.get_by_role("heading", level=1)).to_have_text("Fewer defects on pressed sheet steel")
    expect(sam.locator("article.challenge .badge.status")).to_have_text("Draft")
    challenge_url = sam.url
    sam.get_by_role("button", name="Open for applications").click()
    expect(sam.locator("article.challenge .badge.status")).to_have_text("Open for applications")
    snap(sam, "02-open")

    # 2. Anna (a manager) asks the engine whom to invite, sees why, and invites the start-up
    anna.goto(challenge_url)
    step(anna, "Invitations")
    anna.get_by_role("button", name="Propose organisations").click()
    proposal = anna.locator("tr.invitation[data-ref='t-vision-startup']")
    expect(proposal.locator(".why")).to_contain_text("Fits: detects surface defects on sheet steel")
    expect(proposal.locator(".why .tag").first).to_be_visible()  # the shared terms
    expect(proposal.locator(".state")).to_have_text("Proposed")
    snap(anna, "03-proposals")
    proposal.get_by_role("button", name="Invite").click()
    expect(anna.locator("tr.invitation[data-ref='t-vision-startup'] .state")).to_have_text("Invited")

    # 3. Vera (Sehwerk AI) applies: the limits are shown; she saves a draft and submits it
    vera.get_by_role("link", name="Challenges", exact=True).click()
    vera.get_by_role("link", name="Fewer defects on pressed sheet steel").click()
    expect(vera.locator("article.challenge .owner")).to_have_text("Dortmunder Blechwerke AG")
    vera.get_by_role("link", name="Apply").click()
    expect(vera.locator("#h-summary")).to_contain_text("At most 600 characters.")
    vera.get_by_label("Summary").fill(
        "Line-scan cameras find scratches and dents on sheet steel at the press exit."
    )
    vera.get_by_label("Approach").fill(
        "We mount cameras above the press exit. Our model detects surface defects on sheet steel in real time."
    )
    vera.get_by_label("Why us").fill("We did this for three steelworks.")
    snap(vera, "04-application")
    vera.get_by_role("button", name="Save the draft").click()
    expect(vera.locator("article.application .badge.status")).to_have_text("Draft")
    vera.get_by_role("button", name="Submit the application").click()
    expect(vera.locator("article.application .badge.status")).to_have_text("Submitted")
    expect(vera.locator(".fit-explanation")).to_have_count(0)  # the engine's fit is not for applicants
    application_url = vera.url

    # 4. Sam closes the call; Anna screens the must-haves beside the engine's fit
    sam.reload()
    sam.get_by_role("button", name="Close applications").click()
    expect(sam.locator("article.challenge .badge.status")).to_have_text("Closed")
    step(anna, "Screening")
    card = anna.locator("section.screen-app")
    expect(card.locator(".fit-explanation li")).to_contain_text("detects surface defects on sheet steel")
    card.get_by_label("detects surface defects on sheet steel").check()
    snap(anna, "05-screening")
    card.get_by_role("button", name="Pass to review").click()
    expect(anna.locator("section.screen-app .badge.status")).to_have_text("Screened")

    # 5. the jury: Sam; the assignment says who reviews what, and why
    step(anna, "Jury and assignment")
    anna.get_by_label("New juror").select_option(label="sam@steel.example")
    anna.get_by_role("button", name="Add to the jury").click()
    expect(anna.locator("tr.juror .juror-name")).to_have_text("sam@steel.example")
    anna.get_by_role("button", name="Assign reviewers").click()
    assigned = anna.locator("li.assigned-review")
    expect(assigned.locator(".juror-name")).to_have_text("sam@steel.example")
    expect(assigned.locator(".reason")).not_to_be_empty()
    snap(anna, "06-assignment")

    # 6. Sam reviews it, without the applicant's name, one mark per criterion
    sam.reload()
    step(sam, "Reviews")
    review_link = sam.locator("li.review-card h2 a")
    expect(review_link).to_have_text(re.compile(r"^Applicant \d+$"))
    review_link.click()
    expect(sam.locator("body")).not_to_contain_text("Sehwerk")
    for criterion, mark in (("fit", "9"), ("feasibility", "8"), ("team", "7"), ("impact", "8")):
        sam.locator(f"#f-mark-{criterion}").fill(mark)
    sam.get_by_label("Comment").fill("Convincing: fast enough for our press.")
    snap(sam, "07-review")
    sam.get_by_role("button", name="Save the review").click()
    expect(sam.locator("li.review-card")).to_have_attribute("data-submitted", "yes")

    # 7. Anna ranks (z-scores) and shortlists
    step(anna, "Ranking and shortlist")
    anna.get_by_role("link", name="Z-scores per juror").click()
    expect(anna.locator(".method.current")).to_have_text("Z-scores per juror")
    expect(anna.locator("tr.ranked")).to_have_count(1)
    expect(anna.locator("tr.ranked td").nth(1)).to_have_text("Sehwerk AI")  # managers see the names
    snap(anna, "08-ranking")
    anna.get_by_role("button", name="Shortlist up to 1").click()
    expect(anna.locator("ol.shortlisted li")).to_contain_text("Sehwerk AI")

    # 8. the pitch day: planned, printable, and a calendar file
    anna.get_by_role("link", name="Plan the pitch day").click()
    anna.get_by_label("Rooms").fill("Hall A")
    anna.get_by_label("Day", exact=True).fill("2027-03-04")
    anna.get_by_label("First pitch at").fill("09:00")
    anna.get_by_label("Slots per room").fill("1")
    anna.get_by_role("button", name="Plan the pitches").click()
    pitch = anna.locator("tr.pitch")
    expect(pitch).to_contain_text("2027-03-04 09:00")
    expect(pitch.locator(".room")).to_have_text("Hall A")
    expect(pitch).to_contain_text("sam@steel.example")
    snap(anna, "09-pitch-day")
    ics = anna.get_by_role("link", name="Download as a calendar (ICS)").get_attribute("href")
    calendar = anna.request.get(f"{server}{ics}")
    assert calendar.status == 200 and calendar.headers["content-type"].startswith("text/calendar")
    assert "BEGIN:VEVENT" in calendar.text() and "Hall A" in calendar.text()

    # 9. the decision waits for the batch: Vera still reads "Submitted" until it is sent
    step(anna, "Decisions")
    row = anna.locator("tr.decision-row")
    row.get_by_role("button", name="Winner").click()
    expect(anna.locator("tr.decision-row .queued")).to_have_text("not yet sent")
    vera.goto(application_url)
    expect(vera.locator("article.application .badge.status")).to_have_text("Submitted")
    anna.get_by_role("button", name="Send the decisions (1)").click()
    expect(anna.locator(".note.sent")).to_have_text("Decisions sent: 1.")
    snap(anna, "10-decisions-sent")
    vera.reload()
    expect(vera.locator("article.application .badge.status")).to_have_text("Won")
    vera.get_by_role("link", name="Inbox").click()
    expect(vera.locator("main")).to_contain_text("You won: Fewer defects on pressed sheet steel")
    snap(vera, "11-won")

    # 10. the winner's pilot becomes an introduction in the pipeline
    anna.locator("tr.decision-row a").click()
    anna.get_by_role("button", name="Propose the pilot as an introduction").click()
    anna.get_by_role("link", name="The pilot's introduction").click()
    expect(anna.get_by_role("heading", level=1)).to_have_text("Dortmunder Blechwerke AG and Sehwerk AI")
    anna.get_by_role("link", name="Introductions", exact=True).click()
    card = anna.locator("section.column[data-status='suggested'] li.card")
    expect(card).to_contain_text("Dortmunder Blechwerke AG ↔ Sehwerk AI")
    snap(anna, "12-introduction")

    # 11. Sam marks the round decided and reads its report
    sam.goto(challenge_url)
    sam.get_by_role("button", name="Mark as decided").click()
    expect(sam.locator("article.challenge .badge.status")).to_have_text("Decided")
    step(sam, "Report")
    expect(sam.locator("dd[data-count='won']")).to_have_text("1")
    expect(sam.locator("dd[data-count='invited_applied']")).to_have_text("1")
    expect(sam.locator("figure.status-chart svg")).to_be_visible()
    snap(sam, "13-report")

    # 12. every page of the round renders within the security policy
    anna.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));"
    )
    steps = ("", "/edit", "/invitations", "/applications", "/jury", "/reviews", "/ranking", "/schedule")
    for url in ["/challenges", *(f"{challenge_url}{s}" for s in (*steps, "/decisions", "/report"))]:
        anna.goto(url)
        anna.wait_for_load_state("load")
        assert anna.evaluate("window.__violations") == [], url
