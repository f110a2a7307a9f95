"""A talent participant's data through the pages: she downloads everything stored about her as JSON and erases
it after a confirmation; who runs the programme erases another participant's data; the erased appear as
`(erased)` and keep no application page."""

from __future__ import annotations

import json

from tests.challenges.test_pages import page, posted
from tests.conftest import Browser
from tests.talent.test_pages import PIA, TOM, as_, opened  # noqa: F401  (as_: a fixture)


def test_a_participant_downloads_and_erases_her_data(as_: dict[str, Browser]) -> None:  # noqa: F811
    pid, _ = opened(as_)
    posted(as_["pia"], f"/talent/{pid}/apply", PIA)
    posted(as_["tom"], f"/talent/{pid}/apply", TOM)
    assert "Download your data (JSON)" in page(as_["pia"], f"/talent/{pid}/me")
    download = as_["pia"].get(f"/talent/{pid}/me/export")
    assert download.status_code == 200 and download.headers["content-type"].startswith("application/json")
    data = json.loads(download.text)
    assert (
        data["participant"]["name"] == "Pia Pixel"
        and data["participant"]["institution"] == PIA["institution"]
    )
    assert "Tom Tester" not in download.text  # her own, nobody else's
    page(as_["steel"], f"/talent/{pid}/me/export", 403)  # not a participant

    assert "This cannot be undone." in page(as_["pia"], f"/talent/{pid}/me/erase")
    posted(as_["pia"], f"/talent/{pid}/me/erase", {"confirm": "yes"})
    page(as_["pia"], f"/talent/{pid}/me", 403)  # no application left
    people = page(as_["manager"], f"/talent/{pid}/allocation")
    assert "Pia Pixel" not in people and "(erased)" in people and "Tom Tester" in people

    tom = people.split("Tom Tester", 1)[0].rsplit('data-participant-id="', 1)[1].split('"', 1)[0]
    page(as_["steel"], f"/talent/{pid}/participants/{tom}/erase", 403)
    posted(as_["manager"], f"/talent/{pid}/participants/{tom}/erase", {"confirm": "yes"})
    assert "Tom Tester" not in page(as_["manager"], f"/talent/{pid}/allocation")
