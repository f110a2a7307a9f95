"""The cooperation network and the directory as a person sees them, in Debian's Chromium: an organisation's
network is drawn and a circle opens a partner's profile, hidden partners are not there and anonymous ones are not
named; the directory's filters change the start-ups listed and a name opens the profile. Screenshots go to
test-output/browser/ecosystem/ (the docs show them, docs/ecosystem.md)."""

from __future__ import annotations

import re

import pytest

from matcher.runtime import Runtime
from tests.conftest import org_id
from tests.network.test_api import COOPERATIONS, cooperate
from tests.web.test_browser import SCREENSHOTS, browser_page, server, sync_api  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "ecosystem"


def test_the_network_and_the_directory_as_a_person_sees_them(
    browser_page: sync_api.Page,  # noqa: F811
    loaded: Runtime,
) -> None:
    page, expect = browser_page, sync_api.expect
    OUT.mkdir(parents=True, exist_ok=True)
    cooperate(loaded, COOPERATIONS)

    # an organisation's network, from its profile
    page.goto(f"/organisations/{org_id(loaded, 't-steel-co')}")
    page.get_by_role("link", name="Its cooperation network").click()
    picture = page.locator("svg.network")
    expect(picture).to_be_visible()
    expect(picture.locator("a.node")).not_to_have_count(0)
    expect(picture).not_to_contain_text("Verdeckte Testfirma")
    page.locator("section.network-picture").screenshot(path=str(OUT / "01-network.png"))
    partner = picture.locator(f"a.node[data-org-id='{org_id(loaded, 't-fuelcell-co')}'] circle")
    partner.click()
    expect(page).to_have_url(re.compile(rf"/organisations/{org_id(loaded, 't-fuelcell-co')}$"))

    # the directory: a filter changes the start-ups, a name opens the profile
    page.goto("/")
    page.get_by_role("link", name="Directory", exact=True).click()
    rows = page.locator("tr.startup")
    expect(rows.first).to_be_visible()
    everyone = rows.count()
    page.get_by_label("City").select_option("Essen")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("tr.startup").first).to_contain_text("Essen")
    assert page.locator("tr.startup").count() <= everyone
    page.get_by_label("City").select_option("")
    page.get_by_label("Sector").select_option("")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("tr.startup")).to_have_count(everyone)
    page.screenshot(path=str(OUT / "02-directory.png"), full_page=True)
    page.locator("tr.startup a").first.click()
    expect(page).to_have_url(re.compile(r"/organisations/\d+$"))
