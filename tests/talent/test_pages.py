"""The talent programmes' pages without a browser: a whole round posted through the pages' forms (a programme,
projects proposed by a host and by a manager, applications with consent, suggestions and ranked choices, the
allocation with its reasons, a lock, a move, publishing, the participant's project and the host's team), and
every page asked by each role: a participant's data reach nobody else; in German too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from matcher.kit.db import transaction
from matcher.runtime import Runtime
from matcher.talent.repository import ParticipantRepository
from tests.challenges.test_pages import page, posted
from tests.conftest import Browser, Person, browser_for

PROGRAMME = {
    "owner_ref": "t-uni-water",
    "name": "Innovation Semester 2027",
    "starts_on": "2027-03-01",
    "ends_on": "2027-06-30",
    "min_trainees": "0",
    "min_institutions": "1",
    "languages": "de, en",
}
INSPECTION = {
    "title": "Camera inspection of sheet steel",
    "description": "Find surface defects on rolled sheet steel with cameras and image recognition.",
    "skills": "computer vision, python",
    "min_size": "1",
    "max_size": "3",
}
DUST = {
    "host_ref": "t-h2-institute",
    "title": "Particulate matter on construction sites",
    "description": "Build low-cost sensors that measure fine dust on building sites and analyse the data.",
    "skills": "electronics, data analysis",
    "min_size": "1",
    "max_size": "3",
}
PIA = {
    "name": "Pia Pixel",
    "track": "student",
    "institution": "Universität Emschertal",
    "skills": "python, computer vision",
    "interests": "image recognition for industrial quality inspection",
    "languages": "de",
    "consent": "on",
}
TOM = {
    "name": "Tom Tester",
    "track": "trainee",
    "institution": "Berufskolleg Dortmund",
    "skills": "electronics",
    "interests": "building sensors and electronics for air quality",
    "languages": "de",
    "consent": "on",
}


@pytest.fixture
def as_(app: object, talent_people: dict[str, Person]) -> Iterator[dict[str, Browser]]:
    contexts = []

    class Lazy(dict[str, Browser]):
        def __missing__(self, who: str) -> Browser:
            ctx = browser_for(app, None if who == "nobody" else talent_people[who])
            contexts.append(ctx)
            self[who] = ctx.__enter__()
            return self[who]

    yield Lazy()
    for ctx in reversed(contexts):
        ctx.__exit__(None, None, None)


def project_ids(html: str) -> dict[str, int]:
    found = re.findall(r'data-project-id="(\d+)" data-status="\w+">\s*<h3>([^<]+?) <span', html)
    return {title.strip(): int(pid) for pid, title in found}


def opened(as_: dict[str, Browser]) -> tuple[int, dict[str, int]]:
    """A programme open for applications with two open projects."""
    pid = int(posted(as_["manager"], "/talent/new", PROGRAMME).rsplit("/", 1)[1])
    posted(as_["manager"], f"/talent/{pid}/transition", {"to": "open"})
    posted(as_["steel"], f"/talent/{pid}/projects", INSPECTION)
    posted(as_["manager"], f"/talent/{pid}/projects", DUST)
    ids = project_ids(page(as_["manager"], f"/talent/{pid}"))
    for project_id in ids.values():
        posted(as_["manager"], f"/talent/{pid}/projects/{project_id}/transition", {"to": "open"})
    return pid, ids


def test_a_whole_round_through_the_pages(as_: dict[str, Browser], loaded: Runtime) -> None:
    bad = posted(as_["manager"], "/talent/new", {**PROGRAMME, "ends_on": "2027-01-01"}, 422)
    assert "the programme ends before it starts" in bad
    pid = int(posted(as_["manager"], "/talent/new", PROGRAMME).rsplit("/", 1)[1])
    page(as_["pia"], f"/talent/{pid}", 404)  # a draft
    posted(as_["manager"], f"/talent/{pid}/transition", {"to": "open"})
    assert "Log in to apply" in page(as_["nobody"], f"/talent/{pid}")

    # a host proposes its own project, a manager one for another host; the manager opens both
    posted(as_["steel"], f"/talent/{pid}/projects", INSPECTION)
    refused = posted(as_["steel"], f"/talent/{pid}/projects", {**INSPECTION, "min_size": "5"}, 422)
    assert "min_size 5 is above max_size 3" in refused
    posted(as_["manager"], f"/talent/{pid}/projects", DUST)
    ids = project_ids(page(as_["manager"], f"/talent/{pid}"))
    assert set(ids) == {INSPECTION["title"], DUST["title"]}
    assert INSPECTION["title"] not in page(as_["pia"], f"/talent/{pid}")  # proposed: not yet shown
    for project_id in ids.values():
        posted(as_["steel"], f"/talent/{pid}/projects/{project_id}/transition", {"to": "open"}, 403)
        posted(as_["manager"], f"/talent/{pid}/projects/{project_id}/transition", {"to": "open"})
    inspection, dust = ids[INSPECTION["title"]], ids[DUST["title"]]

    # applying: without consent nothing is stored
    no_consent = {k: v for k, v in PIA.items() if k != "consent"}
    told = posted(as_["pia"], f"/talent/{pid}/apply", no_consent, 422)
    assert "Please agree, or nothing of your application is stored." in told
    with transaction(loaded.session_factory) as session:
        assert ParticipantRepository(session).of_programme(pid) == []
    posted(as_["pia"], f"/talent/{pid}/apply", PIA)
    posted(as_["tom"], f"/talent/{pid}/apply", TOM)
    mine = page(as_["pia"], f"/talent/{pid}/me")
    suggested = re.findall(r'class="card suggestion" data-project-id="(\d+)"', mine)
    assert suggested[0] == str(inspection) and "you bring" in mine  # her skills, and why
    twice = {"choice-1": str(inspection), "choice-2": str(inspection)}
    posted(as_["pia"], f"/talent/{pid}/choices", twice, 422)
    posted(as_["pia"], f"/talent/{pid}/choices", {"choice-1": str(inspection), "choice-2": str(dust)})
    posted(as_["tom"], f"/talent/{pid}/choices", {"choice-1": str(dust)})
    assert f'<option value="{inspection}" selected>' in page(as_["pia"], f"/talent/{pid}/me")
    posted(as_["pia"], f"/talent/{pid}/group", {"group": "pixel friends"})
    assert "pixel friends" in page(as_["pia"], f"/talent/{pid}/me")
    page(as_["pia"], f"/talent/{pid}/allocation", 403)  # a participant never sees the others

    # the allocation: each placement with why; a lock, a move and a re-solve; publishing
    posted(as_["manager"], f"/talent/{pid}/allocation", {"time_limit_s": "5"})
    allocation = page(as_["manager"], f"/talent/{pid}/allocation")
    assert 'data-unassigned="0"' in allocation and "<svg" in allocation
    assert "Pia Pixel" in allocation and "Tom Tester" in allocation and 'class="reason"' in allocation
    placement = re.search(r'id="placement-(\d+)" data-participant-id="(\d+)" data-locked="no"', allocation)
    assert placement
    posted(
        as_["manager"], f"/talent/{pid}/allocation/placements/{placement.group(1)}/lock", {"locked": "yes"}
    )
    assert 'data-locked="yes"' in page(as_["manager"], f"/talent/{pid}/allocation")
    with transaction(loaded.session_factory) as session:
        pia_id = next(p.id for p in ParticipantRepository(session).of_programme(pid) if p.name == "Pia Pixel")
    posted(as_["manager"], f"/talent/{pid}/participants/{pia_id}/move", {"project_id": str(dust)})
    moved = page(as_["manager"], f"/talent/{pid}/allocation")
    team = moved.split(f'data-project-id="{dust}"', 1)[1].split("</table>", 1)[0]
    assert "Pia Pixel" in team and "Tom Tester" in team
    page(as_["pia"], f"/talent/{pid}/projects/{dust}/team", 404)  # not published, and not a host
    posted(as_["manager"], f"/talent/{pid}/allocation/publish", {})
    assert 'data-status="running"' in page(as_["manager"], f"/talent/{pid}")
    assert "Particulate matter on construction sites" in page(as_["pia"], f"/talent/{pid}/me")
    host = page(as_["institute"], f"/talent/{pid}/projects/{dust}/team")
    assert "Pia Pixel" in host and "pia@talent.example" in host and 'class="reason"' in host
    page(as_["steel"], f"/talent/{pid}/projects/{dust}/team", 404)  # another host's team


ROLES = ("nobody", "pia", "steel", "fuelcell", "owner", "manager")
RUNNERS = {"nobody": 303, "pia": 403, "steel": 403, "fuelcell": 403, "owner": 200, "manager": 200}
MATRIX = {  # page -> what each of ROLES gets (303: to the login)
    "/talent": dict.fromkeys(ROLES, 200),
    "/talent/{p}": dict.fromkeys(ROLES, 200),
    "/talent/new": {**dict.fromkeys(ROLES, 200), "nobody": 303},
    "/talent/{p}/edit": RUNNERS,
    "/talent/{p}/allocation": RUNNERS,
    "/talent/{p}/me": {
        "nobody": 303,
        "pia": 200,
        "steel": 403,
        "fuelcell": 403,
        "owner": 403,
        "manager": 403,
    },
    "/talent/{p}/apply": {**dict.fromkeys(ROLES, 200), "nobody": 303, "pia": 303},  # pia: to her application
    "/talent/{p}/projects/{i}/team": {
        **dict.fromkeys(ROLES, 404),
        "nobody": 303,
        "owner": 200,
        "manager": 200,
    },
    "/talent/999999": dict.fromkeys(ROLES, 404),
}


def test_who_gets_which_page_of_a_programme(as_: dict[str, Browser]) -> None:
    pid, ids = opened(as_)
    posted(as_["pia"], f"/talent/{pid}/apply", PIA)
    wrong = []
    for template, expected in MATRIX.items():
        url = template.format(p=pid, i=ids[INSPECTION["title"]])
        for who in ROLES:
            got = as_[who].get(url, follow_redirects=False).status_code
            if got != expected[who]:
                wrong.append(f"{who} {url}: {got}, not {expected[who]}")
    assert wrong == []


def test_the_talent_pages_speak_german(app: object, talent_people: dict[str, Person]) -> None:
    with browser_for(app, talent_people["manager"]) as browser:
        browser.headers["accept-language"] = "de"
        assert "Neues Programm" in page(browser, "/talent")
        html = page(browser, posted(browser, "/talent/new", PROGRAMME))
        assert "Entwurf" in html and "Teamregeln" in html
