"""The events' pages without a browser: a whole event posted through the pages' forms (each with its CSRF
token), a CSV import that names its bad row and writes nothing, and every page asked by each role: 200 where
the policies let them in, 403 where they may see the event but not run it, 404 where it is hidden, and the
login for visitors; in German too."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from matcher.events.repository import MeetingRepository, ParticipantRepository
from matcher.kit.db import transaction
from matcher.runtime import Runtime
from tests.challenges.test_pages import page, posted
from tests.conftest import Browser, Person, browser_for, make_user

FORM = {
    "owner_ref": "t-chem-co",
    "name": "Ruhr Start-up Day",
    "venue": "Zeche Zollverein",
    "windows": "2027-05-06 09:00-10:40\n2027-05-06 11:00-12:00 After the keynote",
    "tables": "T1, Hall 2, 2\nT2, Hall 2, 4",
    "meeting_minutes": "15",
    "changeover_minutes": "5",
    "cap_per_participant": "6",
    "intents": ["pilot", "investing"],
}
CSV = """name,email,role,organisation_ref,intents,looking_for,description
Sam Steel,sam@steel.example,company,t-steel-co,pilot,startup,Sheet steel needs visual inspection of defects
Ole Institute,ole@institute.example,researcher,t-h2-institute,partnership,,Testing hydrogen components
Ina Invest,ina@fund.example,investor,,investing,startup,An early-stage fund for industrial start-ups
"""
REGISTRATION = {
    "name": "Vera Vision",
    "role": "startup",
    "organisation_ref": "t-vision-startup",
    "intents": ["pilot"],
    "looking_for": ["company"],
    "description": "Camera-based inspection of sheet steel surfaces at the press",
    "agenda": "2027-05-06 09:00-09:40 Keynote",
}


@pytest.fixture
def as_(app: object, loaded: Runtime, people: dict[str, Person]) -> Iterator[dict[str, Browser]]:
    """One logged-in browser per person (and `nobody`), opened on first use."""
    cast = {**people, "vision": make_user(loaded, "vera@vision.example", "member", "t-vision-startup")}
    contexts = []

    class Lazy(dict[str, Browser]):
        def __missing__(self, who: str) -> Browser:
            ctx = browser_for(app, None if who == "nobody" else cast[who])
            contexts.append(ctx)
            self[who] = ctx.__enter__()
            return self[who]

    yield Lazy()
    for ctx in reversed(contexts):
        ctx.__exit__(None, None, None)


def participant_ids(rt: Runtime, event_id: int) -> dict[str, int]:
    with transaction(rt.session_factory) as session:
        return {p.email.split("@")[0]: p.id for p in ParticipantRepository(session).of_event(event_id)}


def opened(as_: dict[str, Browser], rt: Runtime) -> tuple[int, dict[str, int]]:
    """An event with Vera registered by herself and three imported, open for requests."""
    eid = int(posted(as_["manager"], "/events/new", FORM).rsplit("/", 1)[1])
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "registration"})
    posted(as_["vision"], f"/events/{eid}/register", REGISTRATION)
    text = posted(as_["manager"], f"/events/{eid}/participants/import", {"csv": CSV}, 200)
    assert "3 added, 0 updated." in text
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "requests"})
    return eid, participant_ids(rt, eid)


def test_a_whole_event_through_the_pages(as_: dict[str, Browser], loaded: Runtime) -> None:
    rt = loaded
    form = page(as_["manager"], "/events/new")
    assert "2027-05-06 09:00-10:40" in form and "T1, Hall 2, 4" in form  # the formats, shown as hints
    bad = posted(as_["manager"], "/events/new", {**FORM, "windows": "6 May 9 to 11"}, 422)
    assert "Line 1: write a day and two times such as 2027-05-06 09:00-10:40." in bad
    bad = posted(as_["manager"], "/events/new", {**FORM, "tables": "T1, Hall 2, four"}, 422)
    assert "Line 1: write a table as name, location, seats" in bad
    eid = int(posted(as_["manager"], "/events/new", FORM).rsplit("/", 1)[1])
    html = page(as_["manager"], f"/events/{eid}")
    assert "Ruhr Start-up Day" in html and "Open registration" in html and "8 slots at 2 tables" in html
    page(as_["vision"], f"/events/{eid}", 404)  # a draft is its organisers' only
    assert f'data-event-id="{eid}"' not in page(as_["nobody"], "/events")

    # the tables change in the edit form while there is no schedule
    edited = {**FORM, "tables": "T1, Hall 2, 2\nT2, Hall 3, 4\nT3, Foyer, 2"}
    del edited["owner_ref"]
    posted(as_["manager"], f"/events/{eid}/edit", edited)
    assert "T3, Foyer, 2" in page(as_["manager"], f"/events/{eid}/edit")
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "registration"})
    assert f'data-event-id="{eid}"' in page(as_["nobody"], "/events")
    assert "Log in to register" in page(as_["nobody"], f"/events/{eid}")

    # Vera registers herself; a bad agenda line is named
    wrong = posted(as_["vision"], f"/events/{eid}/register", {**REGISTRATION, "agenda": "keynote"}, 422)
    assert "Line 1: write a day and two times" in wrong
    posted(as_["vision"], f"/events/{eid}/register", REGISTRATION)
    assert "You are registered as Vera Vision." in page(as_["vision"], f"/events/{eid}")

    # the import: a bad row is named by line and field, and nothing is written
    broken = CSV.replace("ina@fund.example,investor", "ina@fund.example,wizard")
    refused = posted(as_["manager"], f"/events/{eid}/participants/import", {"csv": broken}, 422)
    assert "The import wrote nothing" in refused
    assert re.search(r'<tr class="import-error"><td>4</td><td>role</td>', refused), refused
    assert len(participant_ids(rt, eid)) == 1
    text = posted(as_["manager"], f"/events/{eid}/participants/import", {"csv": CSV}, 200)
    assert "3 added, 0 updated." in text and "sam@steel.example" in text
    ids = participant_ids(rt, eid)
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "requests"})

    # Vera is told whom to meet and why, and asks Sam; Sam accepts
    suggested = page(as_["vision"], f"/events/{eid}/recommendations")
    assert f'data-participant-id="{ids["sam"]}"' in suggested and 'class="why"' in suggested
    filtered = page(as_["vision"], f"/events/{eid}/recommendations?role=investor")
    assert f'class="card recommendation" data-participant-id="{ids["sam"]}"' not in filtered
    ask = {"recipient_id": str(ids["sam"]), "priority": "must", "message": "Your press line?"}
    posted(as_["vision"], f"/events/{eid}/requests", ask)
    received = page(as_["steel"], f"/events/{eid}/requests")
    request_id = re.search(r'data-request-id="(\d+)" data-status="pending"', received)
    assert request_id and "Your press line?" in received and "Must meet" in received
    posted(as_["vision"], f"/meeting-requests/{request_id.group(1)}/answer", {"to": "accepted"}, 403)
    posted(as_["steel"], f"/meeting-requests/{request_id.group(1)}/answer", {"to": "accepted"})
    assert 'data-status="accepted"' in page(as_["vision"], f"/events/{eid}/requests")

    # the organiser solves, sees the reason of each meeting, and confirms
    refused = posted(as_["manager"], f"/events/{eid}/schedule", {"time_limit_s": "500"}, 422)
    assert "between 1 and 120 seconds" in refused
    solved = posted(as_["manager"], f"/events/{eid}/schedule", {"time_limit_s": "5"}, 200)
    assert 'data-meetings="1"' in solved and 'class="reason no-print"' in solved
    assert 'data-method="cp-sat"' in solved and "by the CP-SAT solver" in solved
    assert "Vera Vision · Sam Steel" in solved or "Sam Steel · Vera Vision" in solved
    agenda = page(as_["vision"], f"/events/{eid}/agenda")
    assert "not confirmed yet" in agenda and "agenda-meeting" not in agenda
    posted(as_["manager"], f"/events/{eid}/schedule/confirm", {})
    agenda = page(as_["vision"], f"/events/{eid}/agenda")
    assert "agenda-meeting" in agenda and "Sam Steel" in agenda and "sam@steel.example" in agenda
    assert "Keynote" in agenda  # her own block
    calendar = as_["vision"].get(f"/events/{eid}/agenda.ics")
    assert calendar.headers["content-type"].startswith("text/calendar") and "BEGIN:VEVENT" in calendar.text

    # the day: check-in, the meeting held, the outcome, the dashboard
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "scheduled"})
    posted(as_["manager"], f"/events/{eid}/transition", {"to": "running"})
    posted(as_["manager"], f"/events/{eid}/participants/{ids['vera']}/check-in", {"checked_in": "yes"})
    assert f'id="p-{ids["vera"]}" data-participant-id="{ids["vera"]}" data-checked-in="yes"' in page(
        as_["manager"], f"/events/{eid}/participants"
    )
    with transaction(rt.session_factory) as session:
        (meeting,) = MeetingRepository(session).of_event(eid)
        mid = meeting.id
    posted(as_["vision"], f"/event-meetings/{mid}/status", {"status": "held"}, 403)
    posted(as_["manager"], f"/event-meetings/{mid}/status", {"status": "held"})
    page(as_["fuelcell"], f"/event-meetings/{mid}", 404)
    form = page(as_["vision"], f"/event-meetings/{mid}")
    assert "Record the outcome" in form and 'name="participant_id"' not in form  # she reports her own
    posted(as_["vision"], f"/event-meetings/{mid}/follow-up", {"outcome": "cooperation_agreement"})
    posted(
        as_["manager"],
        f"/event-meetings/{mid}/follow-up",
        {"outcome": "negotiation", "participant_id": str(ids["sam"])},
    )
    shown = page(as_["steel"], f"/event-meetings/{mid}")
    assert 'data-outcome="cooperation_agreement"' in shown and 'data-outcome="negotiation"' in shown
    report = page(as_["manager"], f"/events/{eid}/report")
    assert (
        "<svg" in report and 'data-count="meetings">1<' in report and 'data-count="checked_in">1<' in report
    )
    assert 'data-count="acceptance_rate">100 %<' in report


ROLES = ("nobody", "vision", "steel", "fuelcell", "manager")
ORGANISERS = {"nobody": 303, "vision": 403, "steel": 403, "fuelcell": 403, "manager": 200}
PARTICIPANTS = {"nobody": 303, "vision": 200, "steel": 200, "fuelcell": 403, "manager": 200}
MATRIX = {  # page -> what each of ROLES gets (303: to the login)
    "/events": dict.fromkeys(ROLES, 200),
    "/events/{e}": dict.fromkeys(ROLES, 200),
    "/events/new": {**dict.fromkeys(ROLES, 200), "nobody": 303},
    **{f"/events/{{e}}/{step}": ORGANISERS for step in ("edit", "participants", "schedule", "report")},
    **{f"/events/{{e}}/{step}": PARTICIPANTS for step in ("recommendations", "requests", "agenda")},
    "/events/{e}/agenda.ics": PARTICIPANTS,
    "/events/999999": dict.fromkeys(ROLES, 404),
}


def test_who_gets_which_page_of_an_event(as_: dict[str, Browser], loaded: Runtime) -> None:
    eid, _ = opened(as_, loaded)
    wrong = []
    for template, expected in MATRIX.items():
        url = template.format(e=eid)
        for who in ROLES:
            got = as_[who].get(url, follow_redirects=False).status_code
            if got != expected[who]:
                wrong.append(f"{who} {url}: {got}, not {expected[who]}")
    assert wrong == []


def test_the_event_pages_speak_german(app: object, loaded: Runtime, people: dict[str, Person]) -> None:
    with browser_for(app, people["manager"]) as browser:
        browser.headers["accept-language"] = "de"
        assert "Neue Veranstaltung" in page(browser, "/events")
        assert "Sitzungsfenster" in page(browser, "/events/new")
        html = page(browser, posted(browser, "/events/new", FORM))
        assert "Entwurf" in html and "Anmeldung öffnen" in html
