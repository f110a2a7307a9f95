"""The end of a round through the pages: once the teams are published, Pia rates her project on her own page and
the host's member rates the team on its page; the report for who runs the programme shows the ratings, the
comment and the rank profile; nobody else reaches it."""

from __future__ import annotations

import re

from tests.challenges.test_pages import page, posted
from tests.conftest import Browser
from tests.talent.test_pages import INSPECTION, PIA, as_, opened  # noqa: F401  (as_: a fixture)


def test_feedback_through_the_pages_feeds_the_round_report(as_: dict[str, Browser]) -> None:  # noqa: F811
    pid, ids = opened(as_)
    inspection = ids[INSPECTION["title"]]
    posted(as_["pia"], f"/talent/{pid}/apply", PIA)
    posted(as_["pia"], f"/talent/{pid}/choices", {"choice-1": str(inspection)})
    posted(as_["manager"], f"/talent/{pid}/allocation", {"time_limit_s": "5"})
    posted(as_["pia"], f"/talent/{pid}/projects/{inspection}/feedback", {"rating": "5"}, 409)  # not yet
    posted(as_["manager"], f"/talent/{pid}/allocation/publish", {})

    mine = page(as_["pia"], f"/talent/{pid}/me")
    assert "How was your project?" in mine
    posted(as_["pia"], f"/talent/{pid}/projects/{inspection}/feedback", {"rating": "9"}, 422)
    posted(
        as_["pia"],
        f"/talent/{pid}/projects/{inspection}/feedback",
        {"rating": "5", "comment": "We built it."},
    )
    assert re.search(r'name="rating" value="5" checked', page(as_["pia"], f"/talent/{pid}/me"))
    assert "How did the team do?" in page(as_["steel"], f"/talent/{pid}/projects/{inspection}/team")
    posted(as_["steel"], f"/talent/{pid}/projects/{inspection}/feedback", {"rating": "4"})
    posted(as_["fuelcell"], f"/talent/{pid}/projects/{inspection}/feedback", {"rating": "1"}, 403)

    report = page(as_["manager"], f"/talent/{pid}/report")
    assert 'data-count="participants_rating">5.0<' in report and 'data-count="hosts_rating">4.0<' in report
    assert '<blockquote class="comment">We built it.</blockquote>' in report and "<svg" in report
    page(as_["pia"], f"/talent/{pid}/report", 403)
    page(as_["steel"], f"/talent/{pid}/report", 403)

    agency = page(as_["manager"], "/reports")  # the agency's reports: the round in one line, linked
    row = re.search(rf'<tr class="talent-round" data-programme-id="{pid}">(.*?)</tr>', agency, re.S)
    title = re.search(r"<title>(.*?)</title>", agency, re.S)
    assert title is not None and "<" not in title.group(1)  # the section is in the page, not in its title
    assert agency.count('id="r-talent"') == 1
    assert row is not None and f'href="/talent/{pid}/report"' in row.group(1)
    cells = re.findall(r'<td class="num">([^<]*)</td>', row.group(1))
    assert cells[4:] == ["5.0", "4.0", "2"]  # the teams' and the hosts' mean ratings, how many ratings
    summary = page(as_["manager"], "/reports/summary.csv")
    assert "participants_rating,5.0" in summary and "hosts_rating,4.0" in summary
