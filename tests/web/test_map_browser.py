"""The map as a person sees it, in Debian's Chromium: the districts and the points are visible, a filter by kind
and one by region change the points, a cluster zooms in, a click on a point opens the organisation's profile,
and no hidden or anonymous organisation is on it. Screenshots go to test-output/browser/map/ (the docs show
them, docs/ecosystem.md)."""

from __future__ import annotations

import re

import pytest

from matcher.places import outlines
from matcher.runtime import Runtime
from tests.web.test_browser import SCREENSHOTS, browser_page, server, sync_api  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser
OUT = SCREENSHOTS / "map"


def snap(page: sync_api.Page, name: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    page.locator("section.map").screenshot(path=str(OUT / f"{name}.png"))


def test_the_map_as_a_person_sees_it(browser_page: sync_api.Page, loaded: Runtime) -> None:  # noqa: F811
    page, expect = browser_page, sync_api.expect
    page.goto("/")
    svg = page.locator("svg.region-map")
    expect(svg).to_be_visible()
    if outlines.outlines()["districts"]:
        expect(svg.locator("path.district")).to_have_count(24)
    marks = svg.locator("a.map-point, a.map-cluster")
    expect(marks.first).to_be_visible()
    everything = int(svg.get_attribute("data-points") or 0)
    assert everything == 8
    expect(svg).not_to_contain_text("Verdeckte Testfirma")  # hidden
    expect(svg).not_to_contain_text("Geheime Wasserwerke")  # anonymous
    snap(page, "01-the-region")

    # a filter by kind: only start-ups
    page.get_by_label("Start-up").check()
    page.get_by_role("button", name="Search").click()
    expect(page.locator("svg.region-map")).to_have_attribute("data-points", re.compile(r"^[1-7]$"))
    kinds = page.locator("svg.region-map a.map-point").evaluate_all("els => els.map(e => e.dataset.kind)")
    assert kinds and set(kinds) == {"startup"}
    page.get_by_label("Start-up").uncheck()

    # a filter by region: the Ruhr's districts and organisations only
    page.get_by_label("Region", exact=True).select_option("Ruhr")
    page.get_by_role("button", name="Search").click()
    ruhr = page.locator("svg.region-map")
    assert int(ruhr.get_attribute("data-points") or 0) < everything
    if outlines.outlines()["districts"]:
        expect(ruhr.locator("path.district")).to_have_count(15)
    snap(page, "02-the-ruhr")

    # a cluster zooms in, and a point opens its profile
    page.goto("/")
    cluster = page.locator("svg.region-map a.map-cluster").first
    if cluster.count():
        cluster.click()
        expect(page.get_by_role("link", name="Show the whole region")).to_be_visible()
        snap(page, "03-zoomed")
        page.goto("/")
    point = page.locator("svg.region-map a.map-point").first
    name = (point.locator("title").text_content() or "").split(" (")[0]
    point.locator("circle").click()
    expect(page).to_have_url(re.compile(r"/organisations/\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(name)
