"""The main flow in a real browser: search, open a result, read its suggested partners, create an organisation
with a request, and find it among the suggestions of the organisation whose offer it fits.

Drives Debian's Chromium (/usr/bin/chromium) through Playwright against a real uvicorn server. Skipped where
that browser is missing, except on CI (CI=true), where a missing browser is a failure. Screenshots of every
step go to test-output/browser/ (ignored by git).
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from matcher.config import REPO_ROOT
from matcher.kit.db import transaction
from matcher.profiles.schemas import OrganisationCreate
from matcher.profiles.service import ProfileService
from matcher.runtime import Runtime
from matcher.web.app import create_app
from tests.conftest import PASSWORD, make_user, org_id
from tests.web.test_injection import MARK, payload_organisation

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = REPO_ROOT / "test-output" / "browser"

if not CHROMIUM.exists():
    if os.environ.get("CI") == "true":
        pytest.fail(f"{CHROMIUM} is missing: the browser tests must run on CI", pytrace=False)
    pytest.skip(f"{CHROMIUM} is not installed", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")


@pytest.fixture
def server(loaded: Runtime) -> Iterator[str]:
    """A real server on a free port of 127.0.0.1, in a background thread."""
    config = uvicorn.Config(create_app(runtime=loaded), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def browser_page(server: str) -> Iterator[sync_api.Page]:
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context(
            base_url=server, locale="en-GB", viewport={"width": 1280, "height": 900}
        )
        page = context.new_page()
        page.set_default_timeout(15_000)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def snap(page: sync_api.Page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_search_explain_create_and_be_suggested(browser_page: sync_api.Page, loaded: Runtime) -> None:
    page = browser_page
    expect = sync_api.expect

    # 1. search
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Find partners")
    snap(page, "01-search")
    page.get_by_label("What are you looking for?").fill("fuel cell stack testing")
    page.get_by_role("button", name="Search").click()
    results = page.locator("ol.hits li.hit")
    expect(results.first.locator("a.org-link")).to_have_text("Institut für Wasserstoffprüfung Duisburg")
    expect(page.locator("li.opp-hit", has_text="Fuel-cell test bench").locator(".badge")).to_have_text(
        "Offer"
    )
    snap(page, "02-results")

    # 2. the institute and its suggested partners, with reasons
    results.first.locator("a.org-link").click()
    institute = org_id(loaded, "t-h2-institute")
    expect(page).to_have_url(re.compile(rf"/organisations/{institute}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Institut für Wasserstoffprüfung Duisburg")
    partner = page.locator("li.match", has_text="Ruhrstack Antriebe GmbH")
    expect(partner).to_be_visible()
    expect(partner.locator(".offer-need")).to_contain_text(
        "The partner seeks: Load testing of fuel-cell stacks"
    )
    assert partner.locator("li.part").count() >= 4  # the institute seeks nothing: no need_offer part
    bar = partner.locator("li.part[data-part=offer_need] .fill")
    assert bar.bounding_box()["width"] > 10, "the main reason's bar is not drawn"
    snap(page, "03-institute")

    # 3. a manager logs in and creates a new organisation ...
    make_user(loaded, "anna@agency.example", "manager")
    page.get_by_role("link", name="Log in").click()
    page.get_by_label("E-mail").fill("anna@agency.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.locator(".user-name")).to_have_text("anna@agency.example")
    page.get_by_role("link", name="New organisation").click()
    page.get_by_label("Reference").fill("t-browser-bus")
    page.get_by_label(re.compile(r"^Name\b")).fill("Emschertal Verkehrsbetriebe")
    page.get_by_label("Kind of organisation").select_option("company")
    page.get_by_label("City").fill("Bochum")
    page.get_by_label("Description").fill("A public transport operator converting its bus fleet to hydrogen.")
    page.get_by_label("Hydrogen").check()
    page.get_by_label("Technology keywords").fill("fuel cell, buses")
    snap(page, "04-new-organisation")
    page.get_by_role("button", name="Create").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Emschertal Verkehrsbetriebe")
    new_id = int(page.url.rsplit("/", 1)[1])

    # ... with a request that fits the institute's offer
    page.get_by_role("link", name="Add an offer or request").click()
    page.get_by_label("Offer or request").select_option("request")
    page.get_by_label(re.compile(r"^Type\b")).select_option("facility")
    page.get_by_label("Title").fill("Cold-start tests of fuel-cell stacks for our buses")
    page.get_by_label("Summary").fill(
        "We seek a test bench with a climate chamber to validate fuel-cell stacks under dynamic load."
    )
    snap(page, "05-new-request")
    page.get_by_role("button", name="Create").click()
    expect(page.locator(".requests article.opp h4")).to_have_text(
        "Cold-start tests of fuel-cell stacks for our buses"
    )

    # 4. the institute now suggests the new organisation, and says why
    page.goto(f"/organisations/{institute}")
    suggestion = page.locator(f"li.match[data-org-id='{new_id}']")
    expect(suggestion).to_be_visible()
    expect(suggestion.locator(".offer-need")).to_contain_text(
        "The partner seeks: Cold-start tests of fuel-cell stacks"
    )
    suggestion.scroll_into_view_if_needed()
    snap(page, "06-suggested")


def test_pages_keep_their_security_policy_and_run_no_injected_script(
    browser_page: sync_api.Page, loaded: Runtime
) -> None:
    """Every main page renders styled in Chromium without one Content-Security-Policy violation, and an
    organisation whose every text field holds a script payload makes no dialog open."""
    with transaction(loaded.session_factory) as session:
        xss = ProfileService(session, indexer=loaded.indexer).create(
            OrganisationCreate(**payload_organisation())
        )
        xss_id = xss.id
    make_user(loaded, "csp@agency.example", "manager")
    page = browser_page
    dialogs: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(  # Chromium reports what the policy blocks as "Refused to ... Content Security Policy ..."
        "console",
        lambda message: problems.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.add_init_script(
        "window.__violations = [];"
        "document.addEventListener('securitypolicyviolation', e =>"
        " window.__violations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')));"
    )
    page.goto("/login")
    page.get_by_label("E-mail").fill("csp@agency.example")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect = sync_api.expect
    expect(page.locator(".user-name")).to_have_text("csp@agency.example")

    institute = org_id(loaded, "t-h2-institute")
    urls = [
        "/",
        "/?q=hydrogen+fuel+cell+buses+cold-start",
        f"/organisations/{xss_id}",
        f"/organisations/{xss_id}/edit",
        f"/organisations/{institute}",
        "/organisations/new",
        "/introductions",
        "/queue",
        "/inbox",
        "/reports",
        "/about",
        "/nowhere",
    ]
    for url in urls:
        page.goto(url)
        page.wait_for_load_state("load")
        violations = page.evaluate("window.__violations")
        assert violations == [], f"{url}: {violations}"
        header = page.evaluate("getComputedStyle(document.querySelector('header.site')).backgroundColor")
        assert header not in ("rgba(0, 0, 0, 0)", "transparent"), f"{url}: the style sheet is not applied"
    page.goto(f"/organisations/{institute}")
    bar = page.locator(f"li.match[data-org-id='{xss_id}'] li.part .fill").first
    assert bar.evaluate("e => getComputedStyle(e).fill") != "rgb(0, 0, 0)"  # coloured by the style sheet
    page.goto(f"/organisations/{xss_id}")
    expect(page.get_by_role("heading", level=1)).to_contain_text(f'{MARK}<script>alert("s")</script>')
    snap(page, "07-injected-profile")
    assert dialogs == [], dialogs
    assert problems == []


def test_api_docs_render_offline_within_their_policy(browser_page: sync_api.Page) -> None:
    """Swagger UI comes from the installed package, not from the internet, and runs under the page's policy."""
    page = browser_page
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "console",
        lambda message: problems.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))
    page.goto("/docs")
    sync_api.expect(page.locator(".swagger-ui .info .title")).to_contain_text("Matchwerk")
    sync_api.expect(page.locator(".opblock-summary-path").first).to_be_visible()
    snap(page, "08-api-docs")
    assert problems == []
