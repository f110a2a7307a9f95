"""Reports: introductions by status over time, conversion, sectors and kind pairs; as JSON, CSV and SVG."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime

from fastapi.testclient import TestClient

from matcher.runtime import Runtime
from tests.conftest import Person, browser_for, org_id
from tests.introductions.flows import introduction
from tests.web.test_pages import parse


def make_history(loaded: Runtime, people: dict[str, Person]) -> None:
    ids = {
        ref: org_id(loaded, ref)
        for ref in (
            "t-fuelcell-co",
            "t-h2-institute",
            "t-steel-co",
            "t-vr-studio",
            "t-chem-co",
            "t-uni-water",
        )
    }
    manager = people["manager"]
    introduction(loaded, manager, ids["t-fuelcell-co"], ids["t-h2-institute"], "cooperation")
    introduction(loaded, manager, ids["t-steel-co"], ids["t-vr-studio"], "met")
    introduction(loaded, manager, ids["t-chem-co"], ids["t-uni-water"], "declined")
    introduction(loaded, manager, ids["t-steel-co"], ids["t-h2-institute"], "suggested")


def test_summary_counts_statuses_funnel_sectors_and_kind_pairs(
    client: TestClient, loaded: Runtime, people: dict[str, Person]
) -> None:
    make_history(loaded, people)
    report = client.get("/api/v1/reports/summary").json()
    assert report["total"] == 4
    assert report["by_status"] == {
        "suggested": 1,
        "approved": 0,
        "sent": 0,
        "accepted": 0,
        "met": 1,
        "cooperation": 1,
        "declined": 1,
        "expired": 0,
    }
    assert report["funnel"] == {"sent": 3, "accepted": 2, "met": 2, "cooperation": 1}
    assert report["conversion"] == round(1 / 3, 4)
    month = datetime.now(UTC).strftime("%Y-%m")
    assert report["by_month"][month]["suggested"] == 4 and report["by_month"][month]["cooperation"] == 1
    pairs = {p["key"]: p["count"] for p in report["kind_pairs"]}
    assert pairs == {"company – research_institute": 2, "company – creative": 1, "company – university": 1}
    sectors = {s["key"]: s["count"] for s in report["top_sectors"]}
    assert sectors["hydrogen"] >= 2


def test_csv_exports(client: TestClient, loaded: Runtime, people: dict[str, Person]) -> None:
    make_history(loaded, people)
    response = client.get("/api/v1/reports/introductions.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 4
    done = next(r for r in rows if r["status"] == "cooperation")
    assert done["organisation_a"] == "Ruhrstack Antriebe GmbH" and done["outcome_a"] == "cooperation"
    assert done["sent_at"] and done["accepted_at"] and done["met_at"] and done["cooperation_at"]
    declined = next(r for r in rows if r["status"] == "declined")
    assert declined["sent_at"] and not declined["accepted_at"]
    summary = list(csv.reader(io.StringIO(client.get("/api/v1/reports/summary.csv").text)))
    assert summary[0] == ["section", "key", "value"]
    assert ["funnel", "cooperation", "1"] in summary
    assert ["conversion", "sent to cooperation", str(round(1 / 3, 4))] in summary


def test_report_page_draws_svg_charts_on_the_server(
    app: object, loaded: Runtime, people: dict[str, Person]
) -> None:
    make_history(loaded, people)
    with browser_for(app, people["manager"]) as anna:
        html = anna.get("/reports").text
        doc = parse(html)
        funnel = doc.find("figure", cls="funnel-chart").find("svg")
        values = {
            r.attrs["data-label"]: int(r.attrs["data-value"])
            for r in funnel.find_all("rect", cls="chart-bar")
        }
        assert values == {"Sent": 3, "Accepted by both": 2, "Met": 2, "Cooperation": 1}
        widths = [float(r.attrs["width"]) for r in funnel.find_all("rect", cls="chart-bar")]
        assert widths[0] > widths[1] > widths[3] > 0
        months = doc.find("figure", cls="months-chart").find_all("rect", cls="chart-bar")
        assert {r.attrs["data-status"] for r in months} >= {"suggested", "cooperation", "declined"}
        assert doc.find("p", cls="conversion").text == "Conversion from sent to cooperation: 33 %"
        assert "<script" not in html
        export = anna.get("/reports/introductions.csv")
        assert export.status_code == 200 and export.text.startswith("id,created_at,status")
    with browser_for(app, people["steel"]) as sam:
        assert sam.get("/reports").status_code == 403
        assert sam.get("/reports/introductions.csv").status_code == 403


def test_members_and_visitors_get_no_reports(
    anonymous: TestClient, app: object, people: dict[str, Person]
) -> None:
    assert anonymous.get("/api/v1/reports/summary").status_code == 401
    with TestClient(app, headers=people["steel"].auth) as sam:  # type: ignore[arg-type]
        assert sam.get("/api/v1/reports/summary").status_code == 403
        assert sam.get("/api/v1/reports/introductions.csv").status_code == 403


def test_chart_labels_are_escaped() -> None:
    from matcher.reports.charts import bar_chart

    svg = str(bar_chart("<T&C>", [("<script>x</script>", 3)]))
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;T&amp;C&gt;" in svg
    assert re.search(r'data-value="3"', svg)
